"""Clients, families, cases and the client list through real SQLCipher files."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD
from support.error_text import indonesian
from support.factories import login

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, cases, client_list, clients, families
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()
# Kota Serang (36.73), kecamatan Serang (36.73.01): a woman born 12 March 1990 -> day 52.
NIK_SITI = "3673015203900002"


def siti(**overrides: object) -> clients.ClientInput:
    base: dict[str, object] = {
        "full_name": "Siti Nurhaliza Rahman",
        "nickname": "Ita",
        "sex": "P",
        "birth_place": "Serang",
        "birth_date": datetime.date(1990, 3, 12),
        "nik": NIK_SITI,
        "kk_number": "3673011201150007",
        "phone": "0812-3456-7890",
        "street": "Jl. Ki Mas Jong No. 5",
        "rt": "2",
        "rw": "5",
        "province_code": "36",
        "regency_code": "36.73",
        "district_code": "36.73.01",
        "village_code": "36.73.01.1001",
    }
    base.update(overrides)
    return clients.ClientInput(**base)  # type: ignore[arg-type]


def add_user(
    head: UserSession, data_dir: Path, store: KeyringStore, name: str, role: Role
) -> UserSession:
    accounts.create_user(head, name, name.title() + " Test", role, password=COUNSELOR_PASSWORD)
    return login(data_dir, store, name, COUNSELOR_PASSWORD)


def test_register_client_and_search_by_name_nik_phone(head: UserSession) -> None:
    cid = clients.create_client(head, siti())
    detail = clients.get_client(head, cid)
    assert detail.data.phone == "0812-3456-7890"
    assert detail.age is not None and detail.age >= 35
    assert not detail.has_consent
    for query in ("nurhal", NIK_SITI, "08123456", "+62 812 3456 7890", "6281234567890", "Ki Mas"):
        ids = client_list.search_ids(head, client_list.ClientFilter(query=query))
        assert ids == [cid], query
    assert client_list.search_ids(head, client_list.ClientFilter(query="budiman")) == []
    row = client_list.fetch_rows(head, [cid])[cid]
    assert row.regency == "Kota Serang" and row.phone == "0812-3456-7890"


def test_nik_checks_error_warning_and_override(head: UserSession) -> None:
    with pytest.raises(ValidationError) as bad:
        clients.create_client(head, siti(nik="12345"))
    assert bad.value.field == "nik" and "16 digit" in indonesian(bad.value)
    wrong_sex = siti(sex="L", guardian_name="")
    with pytest.raises(clients.NikNeedsReason) as warn:
        clients.create_client(head, wrong_sex)
    assert "Jenis kelamin" in indonesian(warn.value.warnings[0])
    cid = clients.create_client(head, wrong_sex, nik_override_reason="KTP salah cetak")
    assert clients.get_client(head, cid).nik_override_reason == "KTP salah cetak"


def test_duplicate_shown_before_second_record(head: UserSession) -> None:
    first = clients.create_client(head, siti())
    with pytest.raises(clients.PossibleDuplicate) as dup:
        clients.create_client(head, siti(nik="", phone=""))
    assert [c.client_id for c in dup.value.candidates] == [first]
    assert dup.value.candidates[0].reason == "name_birth_date"
    second = clients.create_client(
        head, siti(nik="", phone=""), confirmed_not_duplicate_of=(first,)
    )
    clients.merge_clients(head, first, second)
    ids = client_list.search_ids(head, client_list.ClientFilter(query="Nurhaliza"))
    assert ids == [first]
    with head.store.transaction() as s:
        merged = s.execute(
            select(AuditEntry).where(AuditEntry.action == "client.merged")
        ).scalar_one()
    assert merged.entity_id == str(first)


def test_minor_needs_guardian_and_guardian_consent(head: UserSession) -> None:
    child = siti(
        full_name="Rafi Pratama", nik="", birth_date=TODAY.replace(year=TODAY.year - 12), sex="L"
    )
    with pytest.raises(ValidationError) as err:
        clients.create_client(head, child)
    assert err.value.field == "guardian_name"
    cid = clients.create_client(
        head,
        clients.ClientInput(
            **{**child.__dict__, "guardian_name": "Siti", "guardian_relationship": "Ibu"}
        ),
    )
    with pytest.raises(ValidationError) as consent_err:
        clients.record_consent(head, cid, TODAY, "klien", "Rafi", "Konseling keluarga")
    assert "UU PDP" in indonesian(consent_err.value)
    clients.record_consent(head, cid, TODAY, "orang_tua", "Siti", "Konseling keluarga")
    assert clients.get_client(head, cid).has_consent


def test_family_with_members(head: UserSession) -> None:
    cid = clients.create_client(head, siti())
    fam = families.create_family(head, "Keluarga Bapak Rahman", "3673011201150007")
    families.add_member(
        head, fam.id, families.MemberInput("Ahmad Rahman", "kepala_keluarga", sex="L")
    )
    families.add_member(head, fam.id, families.MemberInput("", "istri", client_id=cid))
    with pytest.raises(ValidationError):
        families.add_member(head, fam.id, families.MemberInput("Budi", "kepala_keluarga"))
    info = families.families_of_client(head, cid)
    assert [m.relationship for m in info[0].members] == ["kepala_keluarga", "istri"]
    assert info[0].members[1].name == "Siti Nurhaliza Rahman"


def test_case_numbers_per_year_and_stage_workflow(head: UserSession) -> None:
    cid = clients.create_client(head, siti())
    a = cases.open_case(
        head,
        cid,
        cases.CaseInput(
            datetime.date(2025, 5, 2), "datang_sendiri", presenting_problem="Konflik",
            counselor_id=head.actor.user_id, problem_area_codes=("kdrt",),
        ),
    )  # fmt: skip
    b = cases.open_case(head, cid, cases.CaseInput(TODAY, "telepon_hotline"))
    c = cases.open_case(head, cid, cases.CaseInput(datetime.date(2025, 9, 1), "penjangkauan"))
    # the center code, as letter numbers carry it (the test office's code is UJI)
    assert a.registration_number == "LK3-UJI/2025/0001"
    assert c.registration_number == "LK3-UJI/2025/0002"
    assert b.registration_number == f"LK3-UJI/{TODAY.year}/0001"
    listed = cases.list_cases(head, cid)
    assert [x.id for x in listed] == [b.id, c.id, a.id]  # newest first
    with pytest.raises(ValidationError):
        cases.change_stage(head, a.id, Stage.INTERVENSI, TODAY)  # cannot skip stages
    cases.change_stage(head, a.id, Stage.ASESMEN, TODAY, "asesmen awal")
    with pytest.raises(ValidationError):
        cases.change_stage(head, a.id, Stage.TERMINASI, TODAY)  # needs a closing reason
    done = cases.change_stage(head, a.id, Stage.TERMINASI, TODAY, closing_reason="Tujuan tercapai")
    assert [h.to_stage for h in done.stage_history] == ["intake", "asesmen", "terminasi"]
    assert done.closed_on == TODAY and not done.is_open
    # a reason without a code is "lainnya" with that note, as the migration reads old cases
    assert (done.closing_code, done.closing_reason) == ("lainnya", "Tujuan tercapai")
    # numbers are never reused: the template changes, the sequence goes on
    cases.set_case_number_template(head, "REG-{seq:05d}/{year}")
    d = cases.open_case(head, cid, cases.CaseInput(datetime.date(2025, 10, 1), "penjangkauan"))
    assert d.registration_number == "REG-00003/2025"


def test_termination_records_a_coded_outcome_with_its_note(head: UserSession) -> None:
    cid = clients.create_client(head, siti())
    opened = [cases.open_case(head, cid, cases.CaseInput(TODAY, "datang_sendiri")) for _ in "abc"]
    with pytest.raises(ValidationError) as unknown:
        cases.change_stage(head, opened[0].id, Stage.TERMINASI, TODAY, closing_code="sembuh")
    assert unknown.value.field == "closing_code"
    with pytest.raises(ValidationError) as bare:  # "lainnya" must say what happened
        cases.change_stage(head, opened[0].id, Stage.TERMINASI, TODAY, closing_code="lainnya")
    assert bare.value.field == "closing_reason"
    assert cases.get_case(head, opened[0].id).is_open  # nothing was written
    moved = cases.change_stage(
        head, opened[0].id, Stage.TERMINASI, TODAY, closing_code="pindah_domisili"
    )
    assert (moved.closing_code, moved.closing_reason) == ("pindah_domisili", "")
    noted = cases.change_stage(
        head, opened[1].id, Stage.TERMINASI, TODAY, "", "Dilayani UPTD PPA", "dirujuk"
    )
    assert (noted.closing_code, noted.closing_reason) == ("dirujuk", "Dilayani UPTD PPA")
    # the stage change is audited with the outcome code, never the note
    with head.store.transaction() as s:
        details = [
            json.loads(detail)
            for detail in s.execute(
                select(AuditEntry.detail).where(
                    AuditEntry.action == "case.stage_changed",
                    AuditEntry.entity_id == str(opened[1].id),
                )
            ).scalars()
        ]
    assert details[-1] == {"from": "intake", "to": "terminasi", "outcome": "dirujuk"}
    assert cases.get_case(head, opened[2].id).closing_code is None  # open: no outcome


def test_counselor_sees_clinical_only_of_own_cases(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head = initialized.session
    budi = add_user(head, data_dir, cred_store, "budi", Role.KONSELOR)
    ani = add_user(head, data_dir, cred_store, "ani", Role.KONSELOR)
    staf = add_user(head, data_dir, cred_store, "sari", Role.STAF)
    cid = clients.create_client(staf, siti())  # staff registers the walk-in
    with pytest.raises(PermissionDenied):
        cases.open_case(staf, cid, cases.CaseInput(TODAY, "datang_sendiri", presenting_problem="x"))
    case = cases.open_case(staf, cid, cases.CaseInput(TODAY, "datang_sendiri"))
    with pytest.raises(PermissionDenied):  # staff cannot assign
        cases.reassign(staf, case.id, budi.actor.user_id)
    cases.reassign(head, case.id, budi.actor.user_id, "beban kerja")
    cases.update_clinical(budi, case.id, "Rahasia keluarga", ("kdrt",), "segera")

    own = cases.get_case(budi, case.id)
    assert own.presenting_problem == "Rahasia keluarga" and own.problem_areas == ("kdrt",)
    for other in (ani, staf):
        seen = cases.get_case(other, case.id)
        assert seen.presenting_problem is None and seen.problem_areas is None
        assert all(x.presenting_problem is None for x in cases.list_cases(other, cid))
        with pytest.raises(PermissionDenied):
            cases.update_clinical(other, case.id, "x", (), "biasa")
        with pytest.raises(PermissionDenied):
            cases.change_stage(other, case.id, Stage.ASESMEN, TODAY)
    # reassigning moves the clinical view with the case; the history keeps both
    cases.reassign(head, case.id, ani.actor.user_id)
    assert cases.get_case(budi, case.id).presenting_problem is None
    moved = cases.get_case(ani, case.id)
    assert moved.presenting_problem == "Rahasia keluarga"
    assert [a.counselor for a in moved.assignments] == ["Budi Test", "Ani Test"]
    for sess in (budi, ani, staf):
        sess.store.close()


def test_list_filters_and_sorting(head: UserSession) -> None:
    a = clients.create_client(head, siti())
    b = clients.create_client(
        head, siti(full_name="Ahmad Fauzi", nik="", sex="L", phone="", regency_code="36.04")
    )
    cases.open_case(
        head, a, cases.CaseInput(TODAY, "datang_sendiri", counselor_id=head.actor.user_id)
    )
    flt = client_list.ClientFilter
    assert client_list.search_ids(head, flt(), sort="name") == [b, a]
    assert client_list.search_ids(head, flt(), sort="name", descending=True) == [a, b]
    assert client_list.search_ids(head, flt(status="no_case")) == [b]
    assert client_list.search_ids(head, flt(status="active")) == [a]
    assert client_list.search_ids(head, flt(stage=Stage.INTAKE)) == [a]
    assert client_list.search_ids(head, flt(regency_code="36.04")) == [b]
    assert client_list.search_ids(head, flt(counselor_id=head.actor.user_id)) == [a]
    clients.set_client_pmks(head, b, ["PMKS-25"])
    assert client_list.search_ids(head, flt(pmks_code="PMKS-25")) == [b]
    assert client_list.search_ids(head, flt(query="Ah")) == [b]  # short: name prefix
    reg = cases.list_cases(head, a)[0].registration_number
    assert client_list.search_ids(head, flt(query=reg)) == [a]


def test_a_member_who_is_a_client_shows_the_client_record(head: UserSession) -> None:
    """The client's own row in her family table carries her sex and year of birth even when
    the member row was made without them, and follows a correction of her record."""
    cid = clients.create_client(head, siti())
    estimated = clients.create_client(
        head, clients.ClientInput(full_name="Raka", sex="L", estimated_age=29)
    )
    fam = families.create_family(head, "Keluarga Bapak Rahman")
    families.add_member(head, fam.id, families.MemberInput("", "istri", client_id=cid))
    families.add_member(head, fam.id, families.MemberInput("", "anak", client_id=estimated))
    families.add_member(head, fam.id, families.MemberInput("Ahmad", "kepala_keluarga"))
    members = {m.relationship: m for m in families.get_family(head, fam.id).members}
    born = siti().birth_date
    assert born is not None
    assert (members["istri"].sex, members["istri"].birth_year) == ("P", born.year)
    assert members["anak"].sex == "L"
    assert members["anak"].birth_year == datetime.date.today().year - 29
    assert (members["kepala_keluarga"].sex, members["kepala_keluarga"].birth_year) == (None, None)
    data = clients.get_client(head, cid).data
    corrected = dataclasses.replace(data, birth_date=datetime.date(1991, 1, 2))
    clients.update_client(head, cid, corrected, nik_override_reason="Akta lahir menyebut 1991")
    again = {m.relationship: m for m in families.get_family(head, fam.id).members}
    assert again["istri"].birth_year == 1991
