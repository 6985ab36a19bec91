"""The insider with a counselor's password and the files (issue 14 item 7).

Dedi opens his own slot as anyone with a Python shell can: the database key and his private
keys. With plain sqlcipher3 he tries every case key sealed in the file and every sealed cell
with every key he gets: only his own case opens, never Rina's. He then edits Rina's case to
his name straight in the file and has his password reset: the row now says he holds the
case, the services let him ask, and still nothing of Rina's text comes back.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.casework import COUNSELOR_PASSWORD, note_input
from support.factories import login, make_vault
from support.office import Office
from support.tampering import connect

from lk3_desktop.db import key_seals, sealed
from lk3_desktop.db.aead import SealError
from lk3_desktop.db.person_keys import PrivateKeys
from lk3_desktop.services import accounts, sessions

RINA_NOTE = "Ibu D. bercerita tentang pukulan suaminya semalam."
DEDI_NOTE = "Pak S. bercerita tentang utang rentenir."


def _aad(database_id: str, scope: str, scope_id: int | None, serial: str) -> bytes:
    # The format is no secret: the insider reads it in the source.
    return f"lk3-key-seal|{database_id}|{scope}|{scope_id}|{serial}".encode()


def _what_the_insider_opens(office: Office, username: str, password: str) -> dict[str, Any]:
    """Every case key and every sealed cell ``username``'s slot lets them open."""
    unlocked = make_vault(office.folder, office.store).unlock(username, password)
    keys = unlocked.keys
    assert isinstance(keys, PrivateKeys)
    conn = connect(office.folder / "lk3.db", unlocked.db_key)
    try:
        database_id = office.head.store.database_id
        case_keys: dict[int, bytes] = {}
        for scope, scope_id, serial, blob in conn.execute(
            "SELECT scope, scope_id, cert_serial, sealed FROM key_seals"
        ):
            try:
                opened = keys.open(blob, _aad(database_id, scope, scope_id, serial))
            except SealError:
                continue
            if scope == key_seals.SCOPE_CASE:
                case_keys[scope_id] = opened
        texts: list[str] = []
        unopened = 0
        for table, columns in sealed.SEALED.items():
            for column in columns:
                for row_id, value in conn.execute(f"SELECT id, {column} FROM {table}"):
                    if not sealed.is_sealed(value):
                        continue
                    for key in case_keys.values():
                        try:
                            plain = sealed.open_value(
                                key, database_id, table, column, row_id, value
                            )
                        except SealError:
                            continue
                        texts.append(plain if isinstance(plain, str) else plain.decode("latin-1"))
                        break
                    else:
                        unopened += 1
        return {"cases": set(case_keys), "texts": " ".join(texts), "unopened": unopened}
    finally:
        conn.close()


@pytest.mark.embedded_only("opens lk3.db with plain sqlcipher3")
def test_a_counselors_password_and_the_files_open_only_her_own_cases(office: Office) -> None:
    sessions.save_note(office.rina, note_input(office.home, RINA_NOTE))
    dedis = office.add_home("dedis", "dedi", full_name="Siti Aminah", surname="Saputra")
    sessions.save_note(office.dedi, note_input(dedis, DEDI_NOTE))

    seen = _what_the_insider_opens(office, "dedi", COUNSELOR_PASSWORD)
    assert seen["cases"] == {dedis.case_id}
    assert "utang rentenir" in seen["texts"]  # the method works: his own note opens
    assert "pukulan" not in seen["texts"] and seen["unopened"] > 0

    # Staf open no case key at all.
    staf = _what_the_insider_opens(office, "tuti", COUNSELOR_PASSWORD)
    assert staf["cases"] == set() and staf["texts"] == ""


@pytest.mark.embedded_only("edits lk3.db with plain sqlcipher3")
def test_a_case_edited_to_his_name_in_the_file_gives_no_key(office: Office) -> None:
    saved = sessions.save_note(office.rina, note_input(office.home, RINA_NOTE))
    unlocked = make_vault(office.folder, office.store).unlock("dedi", COUNSELOR_PASSWORD)
    conn = connect(office.folder / "lk3.db", unlocked.db_key)
    try:
        conn.execute(
            "UPDATE cases SET counselor_id = ? WHERE id = ?",
            (office.dedi.actor.user_id, office.home.case_id),
        )
    finally:
        conn.close()
    # He asks the head for a new password: his new keys get the seals he held, no others.
    temporary = accounts.reset_password(office.head, office.dedi.actor.user_id)
    office.dedi.store.close()
    dedi = login(office.folder, office.store, "dedi", temporary)
    new_password = "Dedi-Kunci-Baru-2027!"
    dedi = accounts.change_password(dedi, temporary, new_password)
    try:
        # The service now takes him for the case's counselor; the key still says no.
        note = sessions.get_note(dedi, saved.id)
        assert "pukulan" not in repr(note)
    finally:
        dedi.store.close()
    seen = _what_the_insider_opens(office, "dedi", new_password)
    assert office.home.case_id not in seen["cases"] and "pukulan" not in seen["texts"]
    # The head still reads the note (and sees the case under Dedi's name, to put right).
    assert "pukulan" in sessions.get_note(office.head, saved.id).data.sections["data"]


def test_through_the_services_others_get_no_clinical_text(office: Office) -> None:
    """The same attempt through the service API: Dedi (another case's counselor) and Tuti
    (staf) ask every reader of a case for Rina's case. Each call is refused or answers
    without a word of the clinical text (0 breaches)."""
    import io

    from pypdf import PdfReader

    from lk3_desktop.core.errors import PermissionDenied
    from lk3_desktop.services import case_plan, case_summary, cases, timeline

    home = office.home
    saved = sessions.save_note(office.rina, note_input(home, RINA_NOTE))
    case_plan.add_goal(office.rina, home.case_id, case_plan.GoalInput("Kekerasan berhenti total"))
    cases.update_clinical(
        office.rina, home.case_id, "Pukulan berulang di rumah", ("kdrt",), "segera"
    )
    secrets = ("pukulan", "kekerasan berhenti")

    def summary_text(who: Any) -> str:
        pdf = case_summary.case_summary_pdf(who, home.case_id)
        return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)

    readers = {
        "note": lambda who: sessions.get_note(who, saved.id),
        "case sessions": lambda who: sessions.list_case_sessions(who, home.case_id),
        "client sessions": lambda who: sessions.list_client_sessions(who, home.client_id),
        "case": lambda who: cases.get_case(who, home.case_id),
        "cases": lambda who: cases.list_cases(who, home.client_id),
        "goals": lambda who: case_plan.list_goals(who, home.case_id),
        "timeline": lambda who: timeline.case_timeline(who, home.case_id),
        "summary": summary_text,
    }
    # The readers work: the case's counselor gets the text from each that carries it.
    assert "pukulan" in repr(readers["note"](office.rina)).lower()
    assert "pukulan" in summary_text(office.rina).lower()
    breaches = []
    for who in (office.dedi, office.tuti):
        for name, read in readers.items():
            try:
                answer = repr(read(who)).lower()
            except PermissionDenied:
                continue
            breaches += [(who.actor.username, name, s) for s in secrets if s in answer]
    assert breaches == []
