"""The data-subject export (UU PDP): everything held about one client, JSON and PDF, through
a real SQLCipher database; never another person's data; "jangan diungkap" items left out and
stated; head only; audited only when the file was written."""

from __future__ import annotations

import datetime
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD
from support.office import new_office

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.client_safety_plan import Contact, SafetyPlanInput
from lk3_desktop.core.errors import PermissionDenied, TargetUnwritable, ValidationError
from lk3_desktop.core.psychosocial import SafetyPlanRow
from lk3_desktop.db.models import (
    Appointment,
    Attachment,
    AuditEntry,
    Case,
    CaseGoal,
    ClientSafetyPlan,
    Consent,
    CounselingSession,
    FamilyMember,
    InstrumentAdministration,
    PsychosocialAssessment,
    Referral,
    RiskFlag,
)
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.documents.sample_documents import sample_ktp_jpeg
from lk3_desktop.services import (
    assessments,
    attachments,
    case_plan,
    cases,
    clients,
    families,
    partners,
    referrals,
    schedule,
    sessions,
    subject_export,
    withholding,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import GoalReviewInput, NoteInput

SCHEMA_PATH = (
    Path(__file__).resolve().parents[2] / "resources/schemas/subject-export-v1.schema.json"
)
TODAY = datetime.date.today()

# The second client: every identifier distinctive, so any leak is found by a plain search.
OTHER_NAME = "Zulkarnaen Wiraatmadja"
OTHER_NICK = "Jengki"
OTHER_NIK = "3673011203850007"
OTHER_PHONE_FORMS = ("+6285711229988", "085711229988", "6285711229988", "0857-1122-9988")
OTHER_STREET = "Jl. Kenari Ungu No. 77"
OTHER_NOTE = "Hutang judi di Cilegon belum lunas"
CHILD_NAME = "Kinanti Wiraatmadja"
CHILD_NOTE = "Alergi kacang mete"
FAMILY_NAME = "Keluarga Wiraatmadja"
WITHHOLD_REASON = "Permintaan klien karena ancaman dari mantan suami"
HIDDEN_SESSION_TEXT = "Cerita tentang kejadian di pasar malam"


def ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


@dataclass(frozen=True)
class World:
    head: UserSession
    rina: UserSession
    tuti: UserSession
    client_id: int
    other_id: int
    case_id: int
    joint_session_id: int
    solo_session_id: int


@pytest.fixture
def world(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Iterator[World]:
    office = new_office(head, data_dir, cred_store, "rina", "tuti")
    office.letterhead(head_name="Siti Rahmawati")
    rina, tuti = office.rina, office.tuti
    dewi = clients.create_client(
        head,
        clients.ClientInput(
            full_name="Dewi Lestari",
            sex="P",
            birth_place="Serang",
            birth_date=datetime.date(1988, 4, 2),
            nik="3673014204880001",
            religion="Islam",
            occupation="Pedagang",
            phone="0812-3456-7890",
            street="Jl. Ki Mas Jong No. 5",
            rt="2",
            rw="5",
            province_code="36",
            regency_code="36.73",
            district_code="36.73.01",
            village_code="36.73.01.1001",
        ),
        nik_override_reason="NIK sesuai KTP",
    )
    other = clients.create_client(
        head,
        clients.ClientInput(
            full_name=OTHER_NAME,
            nickname=OTHER_NICK,
            sex="L",
            birth_place="Cilegon",
            birth_date=datetime.date(1985, 3, 12),
            nik=OTHER_NIK,
            phone=OTHER_PHONE_FORMS[-1],
            street=OTHER_STREET,
            rt="9",
            rw="9",
            province_code="36",
            regency_code="36.73",
            district_code="36.73.01",
            village_code="36.73.01.1001",
        ),
        nik_override_reason="NIK sesuai KTP",
    )
    clients.record_consent(head, dewi, ago(40), "klien", "Dewi Lestari", "Konseling keluarga")
    clients.record_consent(head, other, ago(40), "klien", OTHER_NAME, "Konseling keluarga")
    clients.set_client_pmks(head, dewi, [clients.list_pmks(head)[0].code])

    family = families.create_family(head, FAMILY_NAME)
    families.add_member(
        head, family.id, families.MemberInput("", "kepala_keluarga", client_id=other, sex="L")
    )
    families.add_member(head, family.id, families.MemberInput("", "istri", client_id=dewi))
    info = families.add_member(
        head,
        family.id,
        families.MemberInput(CHILD_NAME, "anak", sex="P", birth_year=2015, note=CHILD_NOTE),
    )
    member_of = {m.client_id: m.id for m in info.members if m.client_id}

    case = cases.open_case(
        head,
        dewi,
        cases.CaseInput(
            intake_date=ago(35),
            referral_source="datang_sendiri",
            presenting_problem="Konflik suami-istri",
            counselor_id=rina.actor.user_id,
            family_id=family.id,
        ),
    )
    other_case = cases.open_case(
        head,
        other,
        cases.CaseInput(
            intake_date=ago(35),
            referral_source="datang_sendiri",
            presenting_problem="Tekanan keuangan",
            counselor_id=rina.actor.user_id,
            family_id=family.id,
        ),
    )
    goal = case_plan.add_goal(
        rina, case.id, case_plan.GoalInput("Komunikasi pasangan membaik", ago(-30))
    )
    joint = sessions.save_note(
        rina,
        NoteInput(
            case_id=case.id,
            session_date=ago(20),
            start_time=datetime.time(9, 0),
            end_time=datetime.time(10, 30),
            service_type="konseling_keluarga",
            attendee_member_ids=(member_of[dewi], member_of[other]),
            # Counselors name the people in the room: the export must not pass it on.
            sections={
                "data": f"Dewi datang bersama {OTHER_NAME}; Zulkarnaen banyak diam.",
                "assessment": "Komunikasi tegang.",
            },
            interventions="Latihan mendengar aktif",
            homework="Makan malam bersama tiga kali seminggu",
            plan="Sesi berikut membahas keuangan",
            goal_reviews=(GoalReviewInput(goal.id, "berjalan", "Mulai berbicara"),),
        ),
    )
    sessions.sign_note(rina, joint.id, COUNSELOR_PASSWORD)
    sessions.add_addendum(rina, joint.id, f"Nomor {OTHER_PHONE_FORMS[1]} dari istri.")
    solo = sessions.save_note(
        rina,
        NoteInput(
            case_id=case.id,
            session_date=ago(10),
            sections={"data": HIDDEN_SESSION_TEXT, "assessment": "Cemas."},
        ),
    )
    sessions.save_note(
        rina,
        NoteInput(
            case_id=other_case.id,
            session_date=ago(15),
            sections={"data": OTHER_NOTE, "assessment": "Butuh pendampingan."},
        ),
    )
    assessments.create_psychosocial(
        rina,
        case.id,
        assessments.PsychosocialInput(
            assessed_on=ago(30),
            presenting_problem="Pertengkaran berulang",
            history="Menikah 2010",
            family_relations="Hubungan dengan anak dekat",
            strengths="Mau belajar",
            needs={"relasi_keluarga": "Mediasi"},
            conclusion="Perlu konseling pasangan",
            risk_level="tinggi",
            safety_plan=(SafetyPlanRow("Klien", "Menghubungi kakak", "Saat konflik"),),
        ),
    )
    plan = assessments.create_safety_plan(
        rina,
        case.id,
        SafetyPlanInput(
            made_on=ago(29),
            warning_signs=("Tidak bisa tidur berhari-hari",),
            coping=("Menelepon kakak",),
            helpers=(Contact("Kakak klien", "0812-5555-6666"),),
            professionals=(Contact("SAPA", "129"),),
            reasons="Anak-anak",
        ),
    )
    assessments.sign_safety_plan(rina, plan.id, COUNSELOR_PASSWORD)
    assessments.record_administration(
        rina, case.id, "PHQ-9", [1, 1, 2, 1, 0, 1, 1, 0, 1], ago(29), note="Tidur terganggu"
    )
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    partner = partners.add_partner(
        rina, partners.PartnerInput(name="Puskesmas Serang Kota", type_id=types["puskesmas"])
    )
    ref = referrals.create_referral(
        rina,
        case.id,
        referrals.ReferralInput(
            partner_id=partner.id,
            reason="Pemeriksaan kesehatan jiwa",
            services_requested="Psikolog klinis",
            consented_fields=("name", "sex", "birth"),
            consent_given_by="klien",
            consent_given_by_name="Dewi Lestari",
            problem_summary="Sulit tidur",
            family_summary="Tinggal bersama suami dan anak",
        ),
    )
    referrals.submit_referral(rina, ref.id)
    referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
    when = datetime.datetime.combine(ago(-3), datetime.time(10, 0))
    schedule.book(
        tuti,
        schedule.AppointmentInput(
            rina.actor.user_id, dewi, when, when + datetime.timedelta(hours=1), case_id=case.id
        ),
    )
    later = when + datetime.timedelta(days=1)
    schedule.book(
        tuti,
        schedule.AppointmentInput(
            rina.actor.user_id,
            other,
            later,
            later + datetime.timedelta(hours=1),
            case_id=other_case.id,
            note=f"Antar jemput di {OTHER_STREET}",
        ),
    )
    attachments.add_attachment(  # a scanned KTP: the export writes it beside itself
        tuti,
        attachments.NewAttachment(dewi, sample_ktp_jpeg("Dewi", "3673014204880001"), "ktp.jpg",
                                  "ktp"),
    )  # fmt: skip
    w = World(head, rina, tuti, dewi, other, case.id, joint.id, solo.id)
    yield w
    office.close()


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_bytes().decode("utf-8"))
    return data


def validate(doc: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """PDF text with line breaks undone (table cells wrap long words)."""
    return re.sub(r"\s+", " ", text)


def exports(head: UserSession, client_id: int) -> list[AuditEntry]:
    with head.store.transaction() as s:
        return list(
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.action == "client.exported")
                .where(AuditEntry.entity_id == str(client_id))
                .order_by(AuditEntry.id)
            ).scalars()
        )


def database_counts(head: UserSession, client_id: int) -> dict[str, int]:
    """Records of the client counted straight from the tables (nothing withheld)."""
    with head.store.transaction() as s:
        case_ids = list(s.execute(select(Case.id).where(Case.client_id == client_id)).scalars())

        def n(model: Any, column: Any, values: Any) -> int:
            return int(
                s.execute(
                    select(func.count()).select_from(model).where(column.in_(values))
                ).scalar_one()
            )

        return {
            "consents": n(Consent, Consent.client_id, [client_id]),
            "families": n(FamilyMember, FamilyMember.client_id, [client_id]),
            "cases": len(case_ids),
            "case_goals": n(CaseGoal, CaseGoal.case_id, case_ids),
            "psychosocial_assessments": n(
                PsychosocialAssessment, PsychosocialAssessment.case_id, case_ids
            ),
            "client_safety_plans": n(ClientSafetyPlan, ClientSafetyPlan.case_id, case_ids),
            "instrument_administrations": n(
                InstrumentAdministration, InstrumentAdministration.case_id, case_ids
            ),
            "risk_flags": n(RiskFlag, RiskFlag.case_id, case_ids),
            "sessions": n(CounselingSession, CounselingSession.case_id, case_ids),
            "appointments": n(Appointment, Appointment.client_id, [client_id]),
            "referrals": n(Referral, Referral.case_id, case_ids),
            "attached_documents": n(Attachment, Attachment.client_id, [client_id]),
        }


def test_json_validates_and_holds_every_record(world: World, tmp_path: Path) -> None:
    out = tmp_path / "dewi.json"
    summary = subject_export.export_json(world.head, world.client_id, out)
    raw = out.read_bytes()
    doc = load(out)
    validate(doc)
    assert doc["schema"] == "lk3-subject-export/1"
    assert doc["center"] == {"name": "LK3 Kabupaten Uji Coba", "code": "SRG"}
    # Sorted keys, UTF-8, ISO dates.
    assert raw == subject_export.to_json_bytes(doc)
    assert list(doc) == sorted(doc)
    assert doc["cases"][0]["intake_date"] == ago(35).isoformat()

    expected = database_counts(world.head, world.client_id)
    assert all(expected[k] > 0 for k in expected), expected  # the world has every kind
    assert doc["counts"] == expected
    assert {k: len(doc[k]) for k in expected} == expected
    assert summary.records == sum(expected.values()) and summary.withheld == 0
    assert summary.path == out

    client = doc["client"]
    assert client["full_name"] == "Dewi Lestari" and client["nik"] == "3673014204880001"
    assert client["phone"] == "+6281234567890" and client["has_photo"] is False
    assert client["address"].startswith("Jl. Ki Mas Jong No. 5, RT 002/RW 005")
    assert client["pmks"] and doc["consents"][0]["scope"] == "Konseling keluarga"
    case = doc["cases"][0]
    assert case["presenting_problem"] == "Konflik suami-istri" and case["stage_history"]
    assert doc["case_goals"][0]["reviews"][0]["note"] == "Mulai berbicara"
    psy = doc["psychosocial_assessments"][0]
    assert psy["needs"] == {"relasi_keluarga": "Mediasi"} and psy["safety_plan"]
    adm = doc["instrument_administrations"][0]
    assert adm["answers"] == [1, 1, 2, 1, 0, 1, 1, 0, 1] and adm["total"] == 8
    assert adm["note"] == "Tidur terganggu"
    joint = next(x for x in doc["sessions"] if x["id"] == world.joint_session_id)
    assert joint["client_attended"] is True and joint["others_present"] == 1
    assert joint["homework"] == "Makan malam bersama tiga kali seminggu"
    assert joint["signed_by"] == "Rina Marlina" and len(joint["addenda"]) == 1
    letter = doc["referrals"][0]["letter"]
    assert letter["number"] and letter["verification_code"] and letter["cancelled"] is False
    assert doc["referrals"][0]["consents"][0]["fields"] == ["name", "sex", "birth"]
    assert doc["families"][0]["relationship"] == "istri"
    assert doc["withheld"] == [] and doc["withheld_statement"] == ""

    history = doc["processing_history"]
    actions = {h["action"] for h in history}
    assert {"client.created", "case.opened", "session_note.signed", "referral.signed"} <= actions
    assert {h["actor_role"] for h in history} <= {"kepala", "konselor", "staf"}
    assert "konselor" in {h["actor_role"] for h in history}
    assert "Rina" not in json.dumps(history) and "Tuti" not in json.dumps(history)

    rows = exports(world.head, world.client_id)
    assert len(rows) == 1 and rows[0].actor_id == world.head.actor.user_id
    assert rows[0].entity_type == "client"
    assert json.loads(rows[0].detail) == {
        "format": "json",
        "records": summary.records,
        "withheld": 0,
        "files": 1,
    }


def test_a_closed_case_carries_its_outcome(world: World, tmp_path: Path) -> None:
    today = datetime.date.today()
    cases.change_stage(world.rina, world.case_id, Stage.RUJUKAN, today)
    cases.change_stage(
        world.rina,
        world.case_id,
        Stage.TERMINASI,
        today,
        closing_reason="Dilayani UPTD PPA sampai selesai.",
        closing_code="dirujuk",
    )
    subject_export.export_json(world.head, world.client_id, tmp_path / "dewi.json")
    doc = load(tmp_path / "dewi.json")
    validate(doc)
    case = next(c for c in doc["cases"] if c["id"] == world.case_id)
    assert case["closed_on"] == today.isoformat() and case["closing_code"] == "dirujuk"
    assert case["closing_reason"] == "Dilayani UPTD PPA sampai selesai."
    subject_export.export_pdf(world.head, world.client_id, tmp_path / "dewi.pdf")
    text = flat(pdf_text(tmp_path / "dewi.pdf"))
    assert "Hasil terminasi Dirujuk dan dilayani pihak lain" in text
    assert "Alasan terminasi Dilayani UPTD PPA sampai selesai." in text


def test_another_person_appears_nowhere(world: World, tmp_path: Path) -> None:
    summary = subject_export.export_json(world.head, world.client_id, tmp_path / "a.json")
    subject_export.export_pdf(world.head, world.client_id, tmp_path / "a.pdf")
    raw = (tmp_path / "a.json").read_bytes().decode("utf-8")
    text = flat(pdf_text(tmp_path / "a.pdf"))
    assert "Dewi Lestari" in raw and "Dewi Lestari" in text  # the export is about her
    assert "Konflik suami-istri" in text and "Makan malam bersama" in text
    # the client's safety plan, in both
    (plan,) = json.loads(raw)["client_safety_plans"]
    assert plan["helpers"] == [{"name": "Kakak klien", "phone": "0812-5555-6666"}]
    assert plan["warning_signs"] == ["Tidak bisa tidur berhari-hari"] and plan["signed_by"]
    assert "Rencana keselamatan klien" in text and "Kakak klien 0812-5555-6666" in text
    forbidden = [
        OTHER_NAME,
        "Zulkarnaen",
        "Wiraatmadja",
        OTHER_NICK,
        OTHER_NIK,
        *OTHER_PHONE_FORMS,
        "85711229988",
        OTHER_STREET,
        "Kenari Ungu",
        OTHER_NOTE,
        "Tekanan keuangan",
        CHILD_NAME,
        "Kinanti",
        CHILD_NOTE,
        "2015",
        FAMILY_NAME,
        "Cilegon",
    ]
    for needle in forbidden:
        assert needle.casefold() not in raw.casefold(), needle
        assert needle.casefold() not in text.casefold(), needle
    # The joint session is hers: it is there, with the other person's name replaced.
    doc = json.loads(raw)
    joint = next(x for x in doc["sessions"] if x["id"] == world.joint_session_id)
    assert joint["sections"]["data"] == (
        "Dewi datang bersama [orang lain]; [orang lain] banyak diam."
    )
    assert joint["addenda"][0]["text"] == "Nomor [orang lain] dari istri."
    assert "[orang lain] banyak diam" in text
    assert summary.records == sum(doc["counts"].values())
    # His records stay his: no case, session or appointment of the other client.
    assert {c["id"] for c in doc["cases"]} == {world.case_id}
    assert all(a["note"] == "" for a in doc["appointments"])


def test_withheld_items_are_left_out_and_stated(world: World, tmp_path: Path) -> None:
    withholding.mark(world.head, world.client_id, WITHHOLD_REASON, field_code="address")
    withholding.mark(world.head, world.client_id, WITHHOLD_REASON, field_code="phone")
    withholding.mark(
        world.rina,
        world.client_id,
        WITHHOLD_REASON,
        kind="session",
        record_id=world.solo_session_id,
    )
    full = database_counts(world.head, world.client_id)
    as_json = subject_export.export_json(world.head, world.client_id, tmp_path / "w.json")
    as_pdf = subject_export.export_pdf(world.head, world.client_id, tmp_path / "w.pdf")
    assert as_json.withheld == as_pdf.withheld == 3
    assert as_json.records == as_pdf.records == sum(full.values()) - 1

    raw = (tmp_path / "w.json").read_bytes().decode("utf-8")
    doc = json.loads(raw)
    validate(doc)
    for key in ("address", "street", "rt", "rw", "village_code", "phone"):
        assert key not in doc["client"], key
    assert doc["client"]["nik"] == "3673014204880001"  # not withheld: still there
    assert [x["id"] for x in doc["sessions"]] == [world.joint_session_id]
    assert doc["counts"]["sessions"] == full["sessions"] - 1
    session_label = f"Catatan sesi {withholding_label_date(world.head, world)}"
    assert doc["withheld"] == ["Alamat", "Nomor telepon", session_label]
    statement = doc["withheld_statement"]
    assert statement.startswith("Data berikut tidak diungkapkan") and session_label in statement
    assert not any(
        h["record_type"] == "counseling_session" and h["record_id"] == world.solo_session_id
        for h in doc["processing_history"]
    )

    text = flat(pdf_text(tmp_path / "w.pdf"))
    assert flat(statement) in text
    for needle in (
        "Ki Mas Jong",
        "81234567890",
        "3456-7890",
        HIDDEN_SESSION_TEXT,
        WITHHOLD_REASON,
        "ancaman",
    ):
        assert needle not in raw, needle
        assert needle not in text, needle

    details = [json.loads(r.detail) for r in exports(world.head, world.client_id)]
    assert details == [
        {"format": "json", "records": as_json.records, "withheld": 3, "files": 1},
        {"format": "pdf", "records": as_pdf.records, "withheld": 3, "files": 1},
    ]


def withholding_label_date(head: UserSession, w: World) -> str:
    from lk3_desktop.core.dates_id import format_date_id

    with head.store.transaction() as s:
        row = s.get(CounselingSession, w.solo_session_id)
        assert row is not None
        return format_date_id(row.session_date)


def test_only_the_head_exports(world: World, tmp_path: Path) -> None:
    for who in (world.rina, world.tuti):
        for export in (subject_export.export_json, subject_export.export_pdf):
            target = tmp_path / f"{who.actor.username}.out"
            with pytest.raises(PermissionDenied):
                export(who, world.client_id, target)
            assert not target.exists()
    assert exports(world.head, world.client_id) == []


def test_failed_write_leaves_no_audit_row(world: World, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for target in (tmp_path / "missing" / "dewi.json", blocker / "dewi.pdf"):
        export = (
            subject_export.export_pdf if target.suffix == ".pdf" else subject_export.export_json
        )
        with pytest.raises(TargetUnwritable):
            export(world.head, world.client_id, target)
        assert not target.exists()
    assert exports(world.head, world.client_id) == []
    # The same export to a writable place succeeds and is audited once.
    subject_export.export_json(world.head, world.client_id, tmp_path / "ok.json")
    assert len(exports(world.head, world.client_id)) == 1


def test_merged_duplicates_by_id_only(world: World, tmp_path: Path) -> None:
    duplicate = clients.create_client(
        world.head,
        clients.ClientInput(
            full_name="Dewi Lestari Ganda",
            sex="P",
            nickname="Dewigan",
            birth_date=datetime.date(1988, 4, 2),
        ),
        confirmed_not_duplicate_of=(world.client_id,),
    )
    clients.merge_clients(world.head, world.client_id, duplicate)
    subject_export.export_json(world.head, world.client_id, tmp_path / "m.json")
    raw = (tmp_path / "m.json").read_text("utf-8")
    assert json.loads(raw)["merged_record_ids"] == [duplicate]
    assert "Dewigan" not in raw and "Ganda" not in raw
    with pytest.raises(ValidationError):
        subject_export.export_json(world.head, duplicate, tmp_path / "gone.json")
    with pytest.raises(ValidationError):
        subject_export.export_json(world.head, 999_999, tmp_path / "none.json")
    assert not (tmp_path / "gone.json").exists() and not (tmp_path / "none.json").exists()


def test_every_kind_of_mark_is_honoured(world: World, tmp_path: Path) -> None:
    from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS

    for code in WITHHOLDABLE_FIELDS:
        withholding.mark(world.head, world.client_id, WITHHOLD_REASON, field_code=code)
    with world.head.store.transaction() as s:
        records = {
            "psychosocial": s.execute(select(PsychosocialAssessment.id)).scalars().first(),
            "administration": s.execute(select(InstrumentAdministration.id)).scalars().first(),
            "referral": s.execute(select(Referral.id)).scalars().first(),
            "session": world.joint_session_id,
        }
    for kind, record_id in records.items():
        assert record_id is not None
        withholding.mark(
            world.head, world.client_id, WITHHOLD_REASON, kind=kind, record_id=record_id
        )
    summary = subject_export.export_json(world.head, world.client_id, tmp_path / "all.json")
    pdf = subject_export.export_pdf(world.head, world.client_id, tmp_path / "all.pdf")
    marks = len(WITHHOLDABLE_FIELDS) + len(records)
    assert summary.withheld == pdf.withheld == marks
    doc = load(tmp_path / "all.json")
    validate(doc)
    assert len(doc["withheld"]) == marks
    left = set(doc["client"])
    for gone in ("nik", "kk_number", "birth_date", "birth_place", "guardian_name", "has_photo"):
        assert gone not in left, gone
    assert "families" not in doc and doc["counts"]["families"] == 0
    for kind in (
        "psychosocial_assessments",
        "instrument_administrations",
        "referrals",
        "risk_flags",
    ):
        assert doc[kind] == [], kind
    assert [x["id"] for x in doc["sessions"]] == [world.solo_session_id]
    assert doc["case_goals"][0]["reviews"] == []  # the review was in the withheld session
    hidden_types = {"psychosocial_assessment", "instrument_administration", "referral", "family"}
    assert not hidden_types & {h["record_type"] for h in doc["processing_history"]}
    text = flat(pdf_text(tmp_path / "all.pdf"))
    assert flat(doc["withheld_statement"]) in text
    assert "Pertengkaran berulang" not in text and "Puskesmas Serang Kota" not in text
    assert WITHHOLD_REASON not in text


def test_typed_attendees_count_and_never_appear(world: World, tmp_path: Path) -> None:
    note = sessions.save_note(
        world.rina,
        NoteInput(
            case_id=world.case_id,
            session_date=ago(5),
            other_attendees=("Dewi Lestari", "Darmawan Sukmajaya"),
            sections={"data": "Dewi Lestari hadir; Pak Darmawan (tetangga) ikut mendampingi."},
        ),
    )
    subject_export.export_json(world.head, world.client_id, tmp_path / "t.json")
    raw = (tmp_path / "t.json").read_text("utf-8")
    assert "Darmawan" not in raw and "Sukmajaya" not in raw
    row = next(x for x in json.loads(raw)["sessions"] if x["id"] == note.id)
    assert row["client_attended"] is True and row["others_present"] == 1
    assert row["sections"]["data"] == (
        "Dewi Lestari hadir; Pak [orang lain] (tetangga) ikut mendampingi."
    )
