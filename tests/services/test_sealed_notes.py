"""The free-text notes around a case are sealed under the case's key like the rest of its
clinical content (issue 14): why a stage changed, why the case was given to another counselor,
how it ended, and the notes on a referral's status. Staf's password and the raw file show
them only as ciphertext; the case's counselor and the head read them through the services."""

from __future__ import annotations

import datetime

import pytest
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD, add_assessments_and_referral
from support.factories import HEAD_PASSWORD, login, make_vault
from support.office import Office
from support.tampering import connect
from support.unsealed import file_rows

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.db.models import Referral
from lk3_desktop.db.sealed import TEXT_PREFIX
from lk3_desktop.services import case_keys, cases, integrity
from lk3_desktop.services.referrals import cancel_referral, get_referral

STAGE_NOTE = "Ibu D. siap bercerita tentang kekerasan di rumah."
CANCELLED = "Keluarga pindah ke rumah kerabat di Cilegon."
REASSIGNED = "Konselor sebelumnya tetangga klien."
CLOSING = "Klien memilih tinggal bersama orang tuanya."
WORDS = ("kekerasan", "Cilegon", "tetangga", "orang tuanya")

NOTES = {
    "case_stage_changes": "note",
    "case_assignments": "reason",
    "referral_status_changes": "note",
    "cases": "closing_reason",
}


def _raw(office: Office, username: str, password: str, sql: str) -> list[tuple[object, ...]]:
    """What someone holding only ``username``'s password reads from the file."""
    return file_rows(office.folder, office.store, sql, username, password)


def _referral_id(office: Office) -> int:
    add_assessments_and_referral(office.head, office.home)
    with office.head.store.transaction() as s:
        return s.execute(select(Referral.id)).scalar_one()


def _write_the_notes(office: Office) -> int:
    """Rina cancels the referral and moves the case on, the head gives it to Dedi, Dedi
    closes it: a note each time. The referral's id."""
    referral_id = _referral_id(office)
    case_id = office.home.case_id
    cancel_referral(office.rina, referral_id, CANCELLED)
    cases.change_stage(office.rina, case_id, Stage.ASESMEN, datetime.date.today(), STAGE_NOTE)
    cases.reassign(office.head, case_id, office.dedi.actor.user_id, REASSIGNED)
    dedi = login(office.folder, office.store, "dedi", COUNSELOR_PASSWORD)
    try:
        cases.change_stage(
            dedi,
            case_id,
            Stage.TERMINASI,
            datetime.date.today(),
            closing_code="lainnya",
            closing_reason=CLOSING,
        )
    finally:
        dedi.store.close()
    return referral_id


@pytest.mark.embedded_only("reads lk3.db; on a server tests/server reads rows with plain SQL")
def test_staf_reads_the_case_notes_only_as_ciphertext(office: Office) -> None:
    office.person("tuti")
    referral_id = _write_the_notes(office)
    for table, column in NOTES.items():
        values = [
            v for (v,) in _raw(office, "tuti", COUNSELOR_PASSWORD, f"SELECT {column} FROM {table}")
        ]
        written = [v for v in values if v]
        assert written, table
        for value in written:
            assert isinstance(value, str) and value.startswith(TEXT_PREFIX), (table, value)
            assert not any(word in value for word in WORDS)
    # The head reads every note as written; staf's own view of the case shows none of them.
    case = cases.get_case(office.head, office.home.case_id)
    assert STAGE_NOTE in [h.note for h in case.stage_history]
    assert REASSIGNED in [a.reason for a in case.assignments]
    assert case.closing_reason == CLOSING
    history = get_referral(office.head, referral_id).history
    assert CANCELLED in [h.note for h in history]
    seen_by_staf = cases.get_case(office.tuti, office.home.case_id)
    shown = " ".join(
        [h.note for h in seen_by_staf.stage_history] + [a.reason for a in seen_by_staf.assignments]
    )
    assert not any(word in shown for word in WORDS)


@pytest.mark.embedded_only("rewrites lk3.db as an office sealed by an older release had it")
def test_notes_written_before_they_were_sealed_are_sealed_at_the_heads_sign_in(
    office: Office,
) -> None:
    """An office sealed by a release that left these notes plain (its setting says version
    1, "true"): the head's next sign-in seals them, once, and the counselor reads them on."""
    cases.change_stage(
        office.rina, office.home.case_id, Stage.ASESMEN, datetime.date.today(), STAGE_NOTE
    )
    key = integrity.keys_from_password(
        make_vault(office.folder, office.store), "kepala", HEAD_PASSWORD
    )
    conn = connect(office.folder / "lk3.db", key[0])
    try:
        conn.execute("UPDATE case_stage_changes SET note = ? WHERE note != ''", (STAGE_NOTE,))
        conn.execute(
            "UPDATE settings SET value = 'true' WHERE key = ?", (case_keys.CONTENT_SEALED,)
        )
    finally:
        conn.close()
    office.close()
    office.head.store.close()
    stage_notes = "SELECT note FROM case_stage_changes WHERE note != ''"
    assert _raw(office, "kepala", HEAD_PASSWORD, stage_notes) == [(STAGE_NOTE,)]

    head = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    head.store.close()
    ((stored,),) = _raw(office, "kepala", HEAD_PASSWORD, stage_notes)
    assert isinstance(stored, str) and stored.startswith(TEXT_PREFIX)
    rina = login(office.folder, office.store, "rina", COUNSELOR_PASSWORD)
    try:
        history = cases.get_case(rina, office.home.case_id).stage_history
        assert STAGE_NOTE in [h.note for h in history]
    finally:
        rina.store.close()
    setting = f"SELECT value FROM settings WHERE key = '{case_keys.CONTENT_SEALED}'"
    assert _raw(office, "kepala", HEAD_PASSWORD, setting) == [(case_keys.SEAL_VERSION,)]


def test_the_office_upgrade_seals_a_plain_note_on_either_engine(office: Office) -> None:
    """The batch that seals older text writes only where the plain text is still there (on a
    server another desk may write the row meanwhile), and seals it on both engines."""
    from sqlalchemy import text

    from lk3_desktop.services import content_sealing

    cases.change_stage(
        office.rina, office.home.case_id, Stage.ASESMEN, datetime.date.today(), STAGE_NOTE
    )
    with office.head.store.transaction() as s:
        s.execute(text("UPDATE case_stage_changes SET note = :n WHERE note != ''"), {"n": CLOSING})
        assert s.execute(text("SELECT note FROM case_stage_changes WHERE note != ''")).all() == [
            (CLOSING,)
        ]
    assert office.head.keys is not None
    assert content_sealing.seal_existing_content(office.head.store, office.head.keys) == 1
    with office.head.store.transaction() as s:
        (stored,) = s.execute(text("SELECT note FROM case_stage_changes WHERE note != ''")).one()
    assert stored.startswith(TEXT_PREFIX)
    history = cases.get_case(office.rina, office.home.case_id).stage_history
    assert CLOSING in [h.note for h in history]
