"""The periodic report: every count checked against records made through the services, the
period boundaries (the last day counts, the next day does not), anonymised clients still
counted, head only, and the audited PDF that prints the chain head on every page."""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support.factories import HEAD_PASSWORD
from support.office import new_office

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import OperationCancelled, PermissionDenied, ValidationError
from lk3_desktop.core.identity import age_on
from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.db.models import AuditEntry, Client
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    accounts,
    activities,
    assessments,
    audit_log,
    cases,
    clients,
    document_settings,
    partners,
    referrals,
    reports,
    schedule,
    sessions,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.reports import PeriodicReport

TODAY = datetime.date.today()
NEXT_DAY = TODAY.replace(day=1)  # the first day after the previous month
LAST_DAY = NEXT_DAY - datetime.timedelta(days=1)
FIRST_DAY = LAST_DAY.replace(day=1)
BEFORE = FIRST_DAY - datetime.timedelta(days=1)


def previous_month() -> reports.ReportPeriod:
    return reports.period_for("bulan", LAST_DAY.year, LAST_DAY.month)


def this_year() -> reports.ReportPeriod:
    return reports.period_for("tahun", TODAY.year, 1)


def values(report: PeriodicReport, key: str) -> dict[str, tuple[int, ...]]:
    return {row.label: row.values for row in report.table(key).rows}


def totals(report: PeriodicReport, key: str) -> tuple[int, ...]:
    found = report.table(key).totals
    assert found is not None
    return found


# -- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "year", "number", "start", "end", "label"),
    [
        ("bulan", 2024, 2, (2024, 2, 1), (2024, 2, 29), "Februari 2024"),
        ("bulan", 2026, 11, (2026, 11, 1), (2026, 11, 30), "November 2026"),
        ("triwulan", 2026, 4, (2026, 10, 1), (2026, 12, 31), "Triwulan IV 2026"),
        ("triwulan", 2025, 1, (2025, 1, 1), (2025, 3, 31), "Triwulan I 2025"),
        ("semester", 2026, 2, (2026, 7, 1), (2026, 12, 31), "Semester II 2026"),
        ("tahun", 2026, 1, (2026, 1, 1), (2026, 12, 31), "Tahun 2026"),
    ],
)
def test_period_for(
    kind: str,
    year: int,
    number: int,
    start: tuple[int, int, int],
    end: tuple[int, int, int],
    label: str,
) -> None:
    period = reports.period_for(kind, year, number)
    assert period.start == datetime.date(*start)
    assert period.end == datetime.date(*end)
    assert period.label == label


@pytest.mark.parametrize(
    ("kind", "year", "number"),
    [("minggu", 2026, 1), ("bulan", 2026, 13), ("triwulan", 2026, 0), ("semester", 2026, 3)],
)
def test_period_for_refuses_what_is_not_a_period(kind: str, year: int, number: int) -> None:
    with pytest.raises(ValidationError):
        reports.period_for(kind, year, number)


# -- a small office's records -------------------------------------------------------------------


@dataclass
class Records:
    """The period's records and who made them."""

    head: UserSession
    rina: UserSession
    staf: UserSession
    child_case: int  # intake on the period's last day
    elder_case: int  # intake on the period's first day
    later_case: int  # intake on the day after the period
    earlier_case: int  # intake before the period, in asesmen at its end
    closed_case: int  # terminasi on the last day
    closed_after_case: int  # terminasi on the day after
    child_client: int


def _client(head: UserSession, name: str, sex: str, **kw: object) -> int:
    return clients.create_client(head, clients.ClientInput(full_name=name, sex=sex, **kw))  # type: ignore[arg-type]


def _case(
    head: UserSession,
    client_id: int,
    on: datetime.date,
    source: str = "datang_sendiri",
    counselor_id: int | None = None,
    areas: tuple[str, ...] = (),
) -> int:
    return cases.open_case(
        head,
        client_id,
        cases.CaseInput(
            intake_date=on,
            referral_source=source,
            referral_source_detail="Puskesmas" if source == "rujukan_lembaga" else "",
            counselor_id=counselor_id,
            problem_area_codes=areas,
        ),
    ).id


def _note(head: UserSession, case_id: int, on: datetime.date, modality: str, sign: bool) -> None:
    note = sessions.save_note(
        head,
        sessions.NoteInput(
            case_id=case_id,
            session_date=on,
            modality=modality,
            service_type="konseling_keluarga",
            sections={"data": "Data sesi uji.", "assessment": "Asesmen sesi uji."},
            plan="Sesi lanjutan.",
        ),
    )
    if sign:
        sessions.sign_note(head, note.id, HEAD_PASSWORD)


def _no_show(head: UserSession, counselor_id: int, client_id: int, on: datetime.date) -> None:
    start = datetime.datetime.combine(on, datetime.time(10, 0))
    booked = schedule.book(
        head,
        schedule.AppointmentInput(
            counselor_id, client_id, start, start + datetime.timedelta(hours=1)
        ),
        allow_conflicts=True,
    )
    schedule.mark_no_show(head, booked.id)


@pytest.fixture
def world(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[Records]:
    head = initialized.session
    built = new_office(head, data_dir, cred_store, "rina")
    rina, staf = built.rina, built.person("tuti", "Tuti Handayani")
    rid = rina.actor.user_id
    child = _client(
        head,
        "Anak Uji",
        "P",
        birth_date=datetime.date(LAST_DAY.year - 9, 1, 1),  # 8 or 9 on the last day
        guardian_name="Ibu Uji",
        guardian_relationship="Ibu",
    )
    clients.set_client_pmks(head, child, ["PMKS-02"])
    child_case = _case(head, child, LAST_DAY, counselor_id=rid, areas=("pengasuhan_anak",))
    elder = _client(head, "Kakek Uji", "L", estimated_age=75)
    elder_case = _case(head, elder, FIRST_DAY, "penjangkauan", areas=("lansia", "disabilitas"))
    later = _client(head, "Datang Kemudian", "P", birth_date=datetime.date(1990, 1, 1))
    later_case = _case(head, later, NEXT_DAY, counselor_id=rid)
    earlier = _client(head, "Sudah Lama", "L", birth_date=datetime.date(1985, 6, 1))
    clients.set_client_pmks(head, earlier, ["PMKS-02", "PMKS-25"])
    earlier_case = _case(
        head, earlier, BEFORE - datetime.timedelta(days=10), "rujukan_lembaga", counselor_id=rid
    )
    cases.change_stage(head, earlier_case, Stage.ASESMEN, FIRST_DAY)
    cases.change_stage(head, earlier_case, Stage.RENCANA, NEXT_DAY)
    closing = _client(head, "Selesai Tepat", "P", birth_date=datetime.date(1970, 1, 1))
    closed_case = _case(head, closing, BEFORE)
    cases.change_stage(head, closed_case, Stage.TERMINASI, LAST_DAY, closing_reason="Tercapai")
    closing_later = _client(head, "Selesai Nanti", "P", birth_date=datetime.date(1972, 1, 1))
    closed_after_case = _case(head, closing_later, BEFORE)
    cases.change_stage(
        head, closed_after_case, Stage.TERMINASI, NEXT_DAY, closing_reason="Pindah domisili"
    )
    # Sessions: two in the period (one signed), one the day after.
    _note(head, child_case, LAST_DAY, "kunjungan_rumah", sign=True)
    _note(head, elder_case, FIRST_DAY, "telepon", sign=False)
    _note(head, child_case, NEXT_DAY, "tatap_muka", sign=True)
    _no_show(head, rid, child, LAST_DAY)
    _no_show(head, rid, child, NEXT_DAY)
    # PHQ-9 answers summing to 9 (Ringan), item 9 answered 0: no risk flag.
    admin = assessments.record_administration(
        head, child_case, "PHQ-9", [1, 1, 1, 1, 1, 1, 1, 2, 0], LAST_DAY
    )
    assessments.sign_administration(head, admin.id, HEAD_PASSWORD)
    assessments.record_administration(
        head, elder_case, "PHQ-9", [2, 2, 2, 2, 2, 2, 2, 2, 0], NEXT_DAY
    )
    office = Records(
        head,
        rina,
        staf,
        child_case,
        elder_case,
        later_case,
        earlier_case,
        closed_case,
        closed_after_case,
        child,
    )
    yield office
    built.close()


def test_new_clients_by_age_band_and_sex_with_the_period_boundaries(world: Records) -> None:
    report = reports.build_report(world.head, previous_month())
    ages = values(report, "clients_by_age")
    # The child (8, intake on the last day) and the estimated 75-year-old (intake on the
    # first day) are new; the client whose first intake is the next day is not, nor are
    # clients whose first case is older.
    assert ages["6\u201312 tahun"] == (0, 1, 1)
    assert ages["60 tahun ke atas"] == (1, 0, 1)
    assert totals(report, "clients_by_age") == (1, 1, 2)
    assert report.count("Klien baru") == 2
    assert report.count("Kasus baru") == 2


def test_new_cases_by_source_pmks_and_problem_area(world: Records) -> None:
    report = reports.build_report(world.head, previous_month())
    sources = values(report, "cases_by_source")
    assert sources["Datang sendiri"] == (1,)
    assert sources["Penjangkauan"] == (1,)
    assert sources["Rujukan lembaga"] == (0,)  # the earlier case was taken in before
    assert totals(report, "cases_by_source") == (2,)
    pmks = values(report, "cases_by_pmks")
    assert pmks == {
        "PMKS-02 Anak Telantar": (1,),
        "Belum ditetapkan kategori PPKS": (1,),
    }
    assert report.table("cases_by_pmks").totals is None  # a client may be in two categories
    areas = values(report, "cases_by_problem")
    assert set(areas) == {
        "Pengasuhan anak",
        "Masalah lanjut usia dalam keluarga",
        "Pengasuhan anggota keluarga dengan disabilitas",
    }
    assert all(v == (1,) for v in areas.values())


def test_open_cases_at_the_end_by_stage_and_closed_cases(world: Records) -> None:
    report = reports.build_report(world.head, previous_month())
    stages = values(report, "open_by_stage")
    # Open on the last day: the two new cases (intake), the earlier case (asesmen since the
    # first day; rencana only from the next day), the case closed the day after (intake).
    assert stages["Penerimaan (intake)"] == (3,)
    assert stages["Asesmen"] == (1,)
    assert stages["Rencana intervensi"] == (0,)
    assert totals(report, "open_by_stage") == (4,)
    assert report.count("Kasus ditutup (terminasi)") == 1
    assert report.count("Kasus aktif pada akhir periode") == 4

    # Now, the next-day moves show: the later case is new this year, one more is closed.
    year = reports.build_report(world.head, this_year())
    if FIRST_DAY.year == TODAY.year:
        assert values(year, "open_by_stage")["Rencana intervensi"] == (1,)
        assert year.count("Kasus ditutup (terminasi)") == 2


def test_sessions_no_shows_and_instruments(world: Records) -> None:
    report = reports.build_report(world.head, previous_month())
    modality = values(report, "sessions_by_modality")
    assert modality["Kunjungan rumah"] == (1, 0, 1)
    assert modality["Telepon"] == (0, 1, 1)
    assert modality["Tatap muka di kantor"] == (0, 0, 0)  # held the next day
    assert totals(report, "sessions_by_modality") == (1, 1, 2)
    # by the Permensos type: family counseling counts as konseling (sessions, activities, both)
    assert values(report, "services_by_type")["Konseling"] == (2, 0, 2)
    assert values(report, "appointments")["Tidak hadir"] == (1,)
    assert report.count("Janji temu tidak hadir") == 1
    assert values(report, "instruments") == {"PHQ-9 \u00b7 Ringan": (1, 0, 1)}
    assert report.count("Administrasi instrumen skrining") == 1


def test_appointments_still_to_come_are_not_counted(world: Records) -> None:
    before = values(reports.build_report(world.head, this_year()), "appointments")
    start = (datetime.datetime.now() + datetime.timedelta(hours=2)).replace(second=0)
    schedule.book(
        world.head,
        schedule.AppointmentInput(
            world.rina.actor.user_id,
            world.child_client,
            start,
            start + datetime.timedelta(minutes=45),
        ),
        allow_conflicts=True,
    )
    after = values(reports.build_report(world.head, this_year()), "appointments")
    assert after == before


def test_caseload_per_counselor_at_the_end_of_the_period(world: Records) -> None:
    report = reports.build_report(world.head, previous_month())
    load = values(report, "caseload")
    # Rina: the child's case and the earlier case open at the end, one new; no sessions.
    assert load["Rina Marlina"] == (2, 1, 0, 0)
    # Unassigned: the elder's case (new) and the case closed the day after; the case closed
    # on the last day counts as closed.
    assert load["Belum ditugaskan"] == (2, 1, 1, 0)
    # The head wrote both sessions of the period.
    assert load["Siti Rahmawati"] == (0, 0, 0, 2)
    assert totals(report, "caseload") == (4, 2, 1, 2)


def test_anonymised_clients_still_count(world: Records) -> None:
    before = reports.build_report(world.head, previous_month())
    # What anonymisation (services/anonymise.py) leaves: the row and its sex, the age on the
    # day of anonymising instead of the birth date, no name.
    with world.head.store.transaction() as s:
        client = s.get(Client, world.child_client)
        assert client is not None and client.birth_date is not None
        client.full_name = f"Anonim {client.id}"
        client.estimated_age = age_on(client.birth_date, TODAY)
        client.estimated_on = TODAY
        client.birth_date = None
        client.anonymised_at = datetime.datetime.now()
    after = reports.build_report(world.head, previous_month())
    assert after.summary == before.summary
    assert after.tables == before.tables


def test_risk_flags_open_at_the_end_and_referrals_issued(world: Records) -> None:
    head = world.head
    # PHQ-9 item 9 answered: an open risk flag, raised now.
    assessments.record_administration(
        head, world.child_case, "PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 2], TODAY
    )
    assert assessments.open_risk_flags(head, world.child_client)
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    partner = partners.add_partner(
        head, partners.PartnerInput(name="Puskesmas Uji", type_id=types["puskesmas"])
    )
    ref = referrals.create_referral(
        head,
        world.child_case,
        referrals.ReferralInput(
            partner_id=partner.id,
            reason="Pemeriksaan lanjutan.",
            consented_fields=("name",),
            consent_given_by="orang_tua",
            consent_given_by_name="Ibu Uji",
        ),
    )
    referrals.submit_referral(head, ref.id)
    referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
    referrals.change_status(head, ref.id, ReferralStatus.DIKIRIM)
    drafted = referrals.create_referral(
        head,
        world.child_case,
        referrals.ReferralInput(
            partner_id=partner.id,
            reason="Belum dikirim.",
            consent_given_by="orang_tua",
            consent_given_by_name="Ibu Uji",
        ),
    )
    assert drafted.id != ref.id

    report = reports.build_report(head, this_year())
    assert values(report, "risk_flags") == {"PHQ-9": (1, 1)}
    assert totals(report, "risk_flags") == (1, 1)
    assert values(report, "referrals_by_type") == {"Puskesmas": (1,)}  # the draft is no letter
    assert values(report, "referrals_by_status") == {"Dikirim": (1,)}
    assert report.count("Surat rujukan yang diterbitkan") == 1
    # Nothing of this happened in the previous month.
    month = reports.build_report(head, previous_month())
    assert month.count("Tanda risiko tinggi terbuka pada akhir periode") == 0
    assert month.count("Surat rujukan yang diterbitkan") == 0

    flag = assessments.open_risk_flags(head, world.child_client)[0]
    assessments.resolve_flag(head, flag.id, "Rencana keselamatan disusun bersama keluarga.")
    resolved = reports.build_report(head, this_year())
    assert resolved.count("Tanda risiko tinggi terbuka pada akhir periode") == 0


def test_only_the_head_makes_reports(world: Records) -> None:
    for who in (world.rina, world.staf):
        with pytest.raises(PermissionDenied):
            reports.build_report(who, previous_month())
        with pytest.raises(PermissionDenied):
            reports.report_pdf(who, previous_month())


def test_a_period_that_has_not_begun_is_refused(world: Records) -> None:
    future = reports.period_for("tahun", TODAY.year + 1, 1)
    with pytest.raises(ValidationError):
        reports.build_report(world.head, future)


def test_no_name_reaches_the_report(world: Records) -> None:
    report = reports.build_report(world.head, previous_month())
    text = json.dumps(
        [report.summary, [[t.title, [r.label for r in t.rows]] for t in report.tables]]
    )
    for name in ("Anak Uji", "Kakek Uji", "Sudah Lama", "Selesai Tepat", "Ibu Uji"):
        assert name not in text


def test_pdf_prints_the_chain_head_on_every_page_and_is_audited(world: Records) -> None:
    head = world.head
    period = previous_month()
    before = audit_log.chain_head(head)
    report = reports.build_report(head, period)
    assert report.chain_head == before  # building is not audited: the head stays
    pdf = reports.report_pdf(head, period)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Kode ujung rantai audit: {before}" in text
        assert f"Halaman {number} dari {len(pages)}" in text
    whole = " ".join(" ".join(pages).split())
    assert f"LAPORAN KEGIATAN LK3 {period.label.upper()}" in whole
    assert "Anak Uji" not in whole and "Kakek Uji" not in whole
    # The summary's figures and a table's total row, as printed.
    assert (
        "1. Klien baru 2 2. Klien dilayani 5 3. Keluarga dilayani 5 4. Kasus baru 2 "
        "5. Kasus ditutup (terminasi) 1" in whole
    )
    # Table 1's last band and its total row: men, women, together.
    assert "60 tahun ke atas 1 0 1 Jumlah 1 1 2" in whole

    with head.store.transaction() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.action == "report.exported")
        ).scalar_one()
        detail = json.loads(entry.detail)
    assert detail == {
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "head": before,
        "format": "pdf",
    }
    # The printed head is in the chain: comparing later catches a rebuilt chain.
    assert audit_log.verify_chain(head, before).ok
    assert audit_log.chain_head(head) != before

    reports.report_pdf(head, period, printed=True)
    with head.store.transaction() as s:
        printed = s.execute(
            select(AuditEntry.id).where(AuditEntry.action == "report.printed")
        ).all()
    assert len(printed) == 1


# -- the tables Dinas Sosial forms ask for ---------------------------------------------------------


def test_clients_and_families_served_where_they_live_and_their_ppks_by_sex_and_age(
    world: Records,
) -> None:
    head = world.head
    detail = clients.get_client(head, world.child_client)
    clients.update_client(
        head,
        world.child_client,
        replace(
            detail.data,
            province_code="36",
            regency_code="36.73",
            district_code="36.73.01",
            village_code="36.73.01.1001",
            disability_kinds="netra,rungu",
            disability="Low vision dan tuli",
        ),
    )
    report = reports.build_report(head, previous_month())
    # Served: the child and the elder (new), the earlier case (open), the case closed on the
    # last day, the case closed the day after; the client taken in the day after is not.
    assert report.count("Klien dilayani") == 5
    assert values(report, "clients_by_regency") == {
        "Kota Serang": (0, 1, 1),
        "Tidak tercatat": (2, 2, 4),
    }
    assert values(report, "clients_by_district")["Serang, Kota Serang"] == (0, 1, 1)
    village = values(report, "clients_by_village")
    assert [label for label in village if label != "Tidak tercatat"] == ["Serang, Kec. Serang"]
    ppks = values(report, "clients_by_ppks")
    # Anak L, Anak P, Dewasa L, Dewasa P, umur tidak diketahui, Jumlah
    assert ppks["PMKS-02 Anak Telantar"] == (0, 1, 1, 0, 0, 2)
    assert ppks["PMKS-25 Keluarga Bermasalah Sosial Psikologis"] == (0, 0, 1, 0, 0, 1)
    assert ppks["Belum ditetapkan kategori PPKS"] == (0, 0, 1, 2, 0, 3)
    assert totals(report, "clients_by_ppks") == (0, 1, 3, 2, 0, 6)
    # No families recorded: each client is a household of one.
    assert values(report, "families_served")["1 klien"] == (5, 5)
    assert report.count("Keluarga dilayani") == 5
    disability = values(report, "clients_with_disability")
    assert disability["Disabilitas ganda atau multi"] == (0, 1, 1)  # counted once
    assert totals(report, "clients_with_disability") == (0, 1, 1)


def test_outcomes_services_activities_referral_outcomes_and_staffing(world: Records) -> None:
    head = world.head
    report = reports.build_report(head, previous_month())
    # The case closed on the last day had a reason but no code: "lainnya" with that note.
    assert values(report, "closing_outcomes")["Lainnya"] == (1,)
    assert report.count("Kasus ditutup (terminasi)") == totals(report, "closing_outcomes")[0]
    activities.add_activity(
        world.staf,
        activities.ActivityInput(
            activity_date=LAST_DAY,
            kind="penyuluhan",
            service_type="psikoedukasi",
            title="Penyuluhan pengasuhan positif",
            participants_male=4,
            participants_female=11,
        ),
    )
    activities.add_activity(
        world.staf,
        activities.ActivityInput(
            activity_date=NEXT_DAY,
            kind="sosialisasi",
            service_type="psikoedukasi",
            title="Sosialisasi sesudah periode",
            participants_male=1,
            participants_female=1,
        ),
    )
    month = reports.build_report(head, previous_month())
    assert values(month, "activities_by_kind")["Penyuluhan"] == (1, 4, 11, 15)
    assert totals(month, "activities_by_kind") == (1, 4, 11, 15)
    assert values(month, "services_by_type")["Pemberian informasi / psikoedukasi"] == (0, 1, 1)
    assert month.count("Peserta kegiatan di luar kasus") == 15
    # The accounts were made today: none was there last month, all three are this year.
    assert totals(month, "staffing") == (0,)
    staff = values(reports.build_report(head, this_year()), "staffing")
    assert staff == {"Kepala LK3": (1,), "Konselor": (1,), "Staf administrasi": (1,)}
    document_settings.set_document_settings(
        head, document_settings.DocumentSettings(head_title="ketua")
    )
    assert "Ketua LK3" in values(reports.build_report(head, this_year()), "staffing")


def test_referral_outcomes_count_time_to_service_and_replies(world: Records) -> None:
    head = world.head
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    partner = partners.add_partner(
        head, partners.PartnerInput(name="UPTD PPA Uji", type_id=types["uptd_ppa"])
    )
    signed = []
    for reason in ("Pendampingan hukum.", "Pemeriksaan psikologis."):
        ref = referrals.create_referral(
            head,
            world.child_case,
            referrals.ReferralInput(
                partner_id=partner.id,
                reason=reason,
                consented_fields=("name",),
                consent_given_by="orang_tua",
                consent_given_by_name="Ibu Uji",
            ),
        )
        referrals.submit_referral(head, ref.id)
        referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
        referrals.change_status(head, ref.id, ReferralStatus.DIKIRIM)
        signed.append(ref.id)
    referrals.change_status(head, signed[0], ReferralStatus.DITERIMA_MITRA)
    referrals.change_status(head, signed[0], ReferralStatus.DITINDAKLANJUTI)
    referrals.record_reply(head, signed[0], TODAY, "Klien sudah didampingi.")
    report = reports.build_report(head, this_year())
    # letters, served <= 7 days, 8-30, > 30, not (yet) served, replies
    assert values(report, "referral_outcomes") == {"UPTD PPA (d/h P2TP2A)": (2, 1, 0, 0, 1, 1)}
    row = values(report, "referral_outcomes")["UPTD PPA (d/h P2TP2A)"]
    assert row[0] == sum(row[1:5])  # every letter sits in one of the four columns


def test_a_range_of_dates_is_a_period_too(world: Records) -> None:
    period = reports.range_period(FIRST_DAY + datetime.timedelta(days=1), LAST_DAY)
    assert period.label.endswith(f"s.d. {format_date_id(LAST_DAY)}")
    report = reports.build_report(world.head, period)
    # The elder's case came in on the first day: outside this range; the child's is inside.
    assert report.count("Kasus baru") == 1
    with pytest.raises(ValidationError):
        reports.range_period(LAST_DAY, FIRST_DAY)
    with pytest.raises(ValidationError):
        reports.range_period(datetime.date(2001, 1, 1), datetime.date(2010, 1, 1))


def test_progress_is_reported_and_counting_can_be_stopped(world: Records) -> None:
    seen: list[tuple[int, int]] = []
    reports.build_report(world.head, previous_month(), progress=lambda d, t: seen.append((d, t)))
    total = seen[-1][1]
    assert seen[-1] == (total, total) and [d for d, _t in seen] == sorted({d for d, _t in seen})
    calls = 0

    def stop_after_three() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(OperationCancelled):
        reports.build_report(world.head, previous_month(), cancelled=stop_after_three)
    assert calls == 4
    # the temporary table of served clients went with the cancelled count
    assert reports.build_report(world.head, previous_month()).count("Klien dilayani") == 5
