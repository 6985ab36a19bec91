"""The demo generator: a plausible, consistent, searchable database, flagged as demo."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from support.factories import login, make_vault
from support.tampering import connect

from lk3_desktop.core.identity import check_nik
from lk3_desktop.db import audit
from lk3_desktop.db.attachment_seal import content_matches, damaged_attachments
from lk3_desktop.db.models import Case, Client, CounselingSession, FamilyMember
from lk3_desktop.db.sealed import SEALED, is_sealed, readable
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import center, client_list, demo, integrity
from lk3_desktop.services._search_index import reindex_client

PASSWORD = "Demo-Kantor-LK3-2026"
DISABILITY_ORDER = ["fisik", "intelektual", "mental", "netra", "rungu", "wicara"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    store = NoCredentialStore()
    progress: list[tuple[int, int]] = []
    result = demo.generate(
        folder, store, PASSWORD, 300, seed=7, progress=lambda d, t: progress.append((d, t)),
        vault=make_vault(folder, store),
    )  # fmt: skip
    assert result.clients == 300 and result.cases > 200
    assert progress[-1] == (300, 300)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    return folder


def test_demo_database_is_flagged_consistent_and_searchable(demo_dir: Path) -> None:
    session = login(demo_dir, NoCredentialStore(), "rina", PASSWORD)
    try:
        assert center.get_center(session).is_demo
        with session.store.transaction() as s:
            assert s.execute(select(func.count()).select_from(Client)).scalar_one() == 300
            niks = list(s.execute(select(Client.nik, Client.birth_date, Client.sex)).all())
            members = s.execute(select(func.count()).select_from(FamilyMember)).scalar_one()
            assert members == 300
            # every client's latest_case_id is really their newest case
            stale = s.execute(
                text(
                    "SELECT count(*) FROM clients c WHERE coalesce(c.latest_case_id, 0) != "
                    "coalesce((SELECT max(id) FROM cases k WHERE k.client_id = c.id), 0)"
                )
            ).scalar_one()
            assert stale == 0
            assert audit.verify(s).ok
            sample = s.execute(select(Client).limit(1)).scalar_one()
            number = (
                s.execute(select(Case.registration_number).where(Case.client_id == sample.id))
                .scalars()
                .first()
            )
            before = s.execute(
                text("SELECT names, identifiers, address FROM client_search WHERE rowid = :i"),
                {"i": sample.id},
            ).one()
            reindex_client(s, sample.id)
            after = s.execute(
                text("SELECT names, identifiers, address FROM client_search WHERE rowid = :i"),
                {"i": sample.id},
            ).one()
            assert tuple(before) == tuple(after)  # the generator indexes like the app does
        for nik, birth, sex in niks:
            if nik:
                assert not check_nik(nik, birth, sex).errors, nik
        assert sample.id in client_list.search_ids(
            session, client_list.ClientFilter(query=sample.full_name)
        )
        if number:
            ids = client_list.search_ids(session, client_list.ClientFilter(query=number))
            assert ids == [sample.id]
    finally:
        session.store.close()


def test_every_demo_account_signs_in(demo_dir: Path) -> None:
    for username in ("kepala", "wulan", "tuti"):
        login(demo_dir, NoCredentialStore(), username, PASSWORD).store.close()


def test_demo_refuses_a_folder_with_data(demo_dir: Path) -> None:
    with pytest.raises(demo.ValidationError):
        demo.generate(demo_dir, NoCredentialStore(), PASSWORD, 5)
    assert (demo_dir / "lk3.db").exists()


def test_demo_has_partners_and_referrals_in_every_status(demo_dir: Path) -> None:
    from lk3_desktop.core.referrals import HAS_LETTER, PARTNER_TYPES, ReferralStatus
    from lk3_desktop.db.models import NumberSequence, Partner, PartnerType, ReferralLetter
    from lk3_desktop.services import referrals

    session = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    try:
        rows = referrals.list_referrals(session)
        assert {r.status for r in rows} == set(ReferralStatus)
        assert all(r.letter_number for r in rows if r.status in HAS_LETTER)
        assert referrals.overdue_referrals(session)
        with session.store.transaction() as s:
            partners = list(s.execute(select(Partner.name, PartnerType.code).join(PartnerType)))
            assert {code for _, code in partners} == {code for code, _ in PARTNER_TYPES}
            assert all("Demo" in name for name, _ in partners)
            letters = list(s.execute(select(ReferralLetter)).scalars())
            by_year: dict[int, list[int]] = {}
            for letter in letters:
                by_year.setdefault(letter.seq_year, []).append(letter.seq_value)
                assert hashlib.sha256(letter.pdf).hexdigest() == letter.sha256
            for year, values in by_year.items():
                assert sorted(values) == list(range(1, len(values) + 1))  # none skipped
                sequence = s.get(NumberSequence, f"letter:{year}")
                assert sequence is not None and sequence.last_value == len(values)
        sample = letters[0]
        found = referrals.verify_letter(session, sample.verification_code)
        assert found is not None and found.intact and found.letter.number == sample.number
        # signing after the demo continues the year's sequence
        waiting = next(r for r in rows if r.status is ReferralStatus.DIAJUKAN)
        signed = referrals.sign_referral(session, waiting.id, PASSWORD)
        year = signed.letter.letter_date.year  # type: ignore[union-attr]
        assert signed.letter.number.startswith(f"{len(by_year.get(year, [])) + 1:03d}/")  # type: ignore[union-attr]
    finally:
        session.store.close()


def test_demo_fills_outcomes_services_disabilities_and_activities(demo_dir: Path) -> None:
    """What the Dinas Sosial report counts is in the demo: a coded outcome on every closed
    case, several Permensos service types, disability kinds, and activities in the register."""
    from lk3_desktop.core.case_stages import CLOSING_OUTCOMES
    from lk3_desktop.core.session_notes import SERVICE_TYPES
    from lk3_desktop.db.models import Activity, CounselingSession, Referral

    session = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    try:
        with session.store.transaction() as s:
            closed = list(
                s.execute(select(Case.closing_code).where(Case.closed_on.is_not(None))).scalars()
            )
            assert closed and all(code in CLOSING_OUTCOMES for code in closed)
            assert len(set(closed)) >= 4
            open_codes = s.execute(
                select(func.count(Case.id)).where(
                    Case.closed_on.is_(None), Case.closing_code.is_not(None)
                )
            ).scalar_one()
            assert open_codes == 0
            services = set(s.execute(select(CounselingSession.service_type)).scalars())
            assert services <= set(SERVICE_TYPES) and len(services) >= 5
            kinds = [k for k in s.execute(select(Client.disability_kinds)).scalars() if k]
            assert kinds and all(
                k == ",".join(sorted(k.split(","), key=DISABILITY_ORDER.index)) for k in kinds
            )
            described = s.execute(
                select(func.count(Client.id)).where(
                    Client.disability_kinds != "", Client.disability == ""
                )
            ).scalar_one()
            assert described == 0  # every coded disability has the person's words too
            copies = "\n".join(s.execute(select(Referral.copies_to)).scalars())
            assert copies and "Arsip" not in copies  # "Arsip" is not a tembusan
            activities = list(s.execute(select(Activity)).scalars())
            assert len(activities) > 50
            assert len({a.kind for a in activities}) == 5
            assert all(a.participants_male + a.participants_female > 0 for a in activities)
    finally:
        session.store.close()


def test_demo_people_and_caseloads_are_plausible(demo_dir: Path) -> None:
    """Only PPKS categories that fit the client's age and sex; a wife is married; no
    counselor carries more than 40 open cases."""
    import datetime

    from lk3_desktop.core.identity import age_on
    from lk3_desktop.core.ppks_fit import fits
    from lk3_desktop.db.models import PmksCategory, client_pmks

    session = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    today = datetime.date.today()
    try:
        with session.store.transaction() as s:
            given = list(
                s.execute(
                    select(PmksCategory.code, Client.birth_date, Client.sex)
                    .join(client_pmks, client_pmks.c.category_id == PmksCategory.id)
                    .join(Client, Client.id == client_pmks.c.client_id)
                )
            )
            assert len(given) > 100
            for code, birth, sex in given:
                assert fits(code, age_on(birth, today), sex), (code, birth, sex)
            wives = list(
                s.execute(
                    select(Client.marital_status)
                    .join(FamilyMember, FamilyMember.client_id == Client.id)
                    .where(FamilyMember.relationship == "istri")
                ).scalars()
            )
            assert wives and set(wives) == {"Kawin"}
            open_cases = dict(
                s.execute(
                    select(Case.counselor_id, func.count(Case.id))
                    .where(Case.closed_on.is_(None))
                    .group_by(Case.counselor_id)
                ).all()
            )
            assert open_cases and max(open_cases.values()) <= 40, open_cases
    finally:
        session.store.close()


def test_a_staf_password_and_the_raw_file_show_no_clinical_text(demo_dir: Path) -> None:
    """The insider: staf's own password gives the database key; plain sqlcipher3 then shows
    every clinical column of the whole demo office as ciphertext, and no case key is sealed
    to staf. A counselor's seals are those of her own cases (and letters she signs)."""
    vault = make_vault(demo_dir, NoCredentialStore())
    (key, *_) = integrity.keys_from_password(vault, "tuti", PASSWORD)
    conn = connect(demo_dir / "lk3.db", key)
    try:
        sealed_cells = 0
        for table, columns in SEALED.items():
            for column in columns:
                values = [v for (v,) in conn.execute(f"SELECT {column} FROM {table}")]
                plain = [v for v in values if v not in (None, "", b"") and not is_sealed(v)]
                assert plain == [], f"{table}.{column}: {len(plain)} plain values"
                sealed_cells += sum(1 for v in values if is_sealed(v))
        assert sealed_cells > 1000
        # The notes beside closed cases' outcomes too (the loop above found none plain).
        closing = [v for (v,) in conn.execute("SELECT closing_reason FROM cases") if v]
        assert closing and all(is_sealed(v) for v in closing)
        # Its clinical documents (a visum) are pieces no key in the file opens: sealed under
        # their case's key, verified by the hash of the pieces; a KTP under the client's.
        client_keys = dict(conn.execute("SELECT client_id, key FROM subject_keys").fetchall())
        documents = conn.execute(
            "SELECT id, client_id, clinical, chunks, sha256, sealed_sha256 FROM attachments"
        ).fetchall()
        assert any(clinical for _, _, clinical, *_ in documents)
        for doc_id, client_id, clinical, chunks, sha256, sealed_sha256 in documents:
            pieces = [
                (seq, bytes(data))
                for seq, data in conn.execute(
                    "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
                    (doc_id,),
                )
            ]
            key = client_keys.get(client_id)
            opened = content_matches(key, client_id, doc_id, pieces, chunks, sha256)
            assert (opened is None) == bool(clinical), doc_id
            assert (sealed_sha256 is not None) == bool(clinical), doc_id
        assert damaged_attachments(conn) == []
        users = dict(conn.execute("SELECT username, id FROM users").fetchall())
        assert conn.execute(
            "SELECT count(*) FROM key_seals WHERE user_id IN (?, ?)", (users["tuti"], users["asep"])
        ).fetchone() == (0,)
        foreign = conn.execute(
            "SELECT count(*) FROM key_seals AS k JOIN cases AS c ON c.id = k.scope_id "
            "WHERE k.scope = 'case' AND k.user_id = ? AND c.counselor_id IS NOT ?",
            (users["rina"], users["rina"]),
        ).fetchone()
        assert foreign == (0,)
        holders = conn.execute(
            "SELECT count(DISTINCT scope_id) FROM key_seals WHERE scope = 'case' AND user_id = ?",
            (users["rina"],),
        ).fetchone()[0]
        assert holders > 10
    finally:
        conn.close()
    # Through the app, the head and Rina read her cases' notes as written.
    rina = login(demo_dir, NoCredentialStore(), "rina", PASSWORD)
    try:
        with rina.store.transaction() as s:
            note = s.execute(
                select(CounselingSession)
                .join(Case, Case.id == CounselingSession.case_id)
                .where(Case.counselor_id == rina.actor.user_id, CounselingSession.plan != "")
                .limit(1)
            ).scalar_one()
            assert note.plan and not is_sealed(note.plan) and readable(note, "plan")
    finally:
        rina.store.close()


def test_a_high_risk_demo_assessment_comes_with_a_signed_client_safety_plan(
    demo_dir: Path,
) -> None:
    """Each signed psychosocial assessment of high risk has the plan made with the client
    that day, signed, sealed like the other clinical records, and printable for the client."""
    from lk3_desktop.db.models import ClientSafetyPlan, PsychosocialAssessment
    from lk3_desktop.services import assessments

    head = login(demo_dir, NoCredentialStore(), "kepala", PASSWORD)
    try:
        with head.store.transaction() as s:
            high = set(
                s.execute(
                    select(
                        PsychosocialAssessment.case_id, PsychosocialAssessment.assessed_on
                    ).where(PsychosocialAssessment.risk_level == "tinggi")
                ).all()
            )
            plans = s.execute(
                select(
                    ClientSafetyPlan.id,
                    ClientSafetyPlan.case_id,
                    ClientSafetyPlan.made_on,
                    ClientSafetyPlan.signed_at,
                )
            ).all()
        assert high and {(case_id, day) for _id, case_id, day, _at in plans} == high
        assert all(signed_at is not None for *_rest, signed_at in plans)
        plan = assessments.get_safety_plan(head, plans[0][0])
        assert plan.is_signed and plan.data.warning_signs and plan.data.coping
        assert any(c.name.startswith("SAPA 129") for c in plan.data.professionals)
        assert not assessments.safety_plan_problems_of(plan.data)  # complete as signed
        assert assessments.safety_plan_pdf(head, plan.id).startswith(b"%PDF")
    finally:
        head.store.close()
