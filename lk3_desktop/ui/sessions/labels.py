"""Words for the values of sessions, the schedule, case plans and timelines (translated)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.errors import RecordLocked
from lk3_desktop.core.session_notes import AppointmentStatus, GoalStatus, NoteFormat
from lk3_desktop.services.schedule import AppointmentConflict, Conflict
from lk3_desktop.services.timeline import TimelineEntry
from lk3_desktop.ui.dates import date_text, time_text
from lk3_desktop.ui.messages import message_for


def modality_label(code: str) -> str:
    labels = {
        "tatap_muka": QCoreApplication.translate("SessionLabels", "Face to face at the office"),
        "kunjungan_rumah": QCoreApplication.translate("SessionLabels", "Home visit"),
        "telepon": QCoreApplication.translate("SessionLabels", "Telephone"),
        "video": QCoreApplication.translate("SessionLabels", "Video call"),
    }
    return labels.get(code, code)


def service_label(code: str) -> str:
    labels = {
        "konsultasi": QCoreApplication.translate("SessionLabels", "Consultation"),
        "konseling_individu": QCoreApplication.translate("SessionLabels", "Individual counseling"),
        "konseling_keluarga": QCoreApplication.translate("SessionLabels", "Family counseling"),
        "konseling_kelompok": QCoreApplication.translate("SessionLabels", "Group counseling"),
        "mediasi": QCoreApplication.translate("SessionLabels", "Family mediation (counseling)"),
        "pendampingan": QCoreApplication.translate("SessionLabels", "Accompaniment"),
        "penjangkauan": QCoreApplication.translate("SessionLabels", "Outreach"),
        "advokasi": QCoreApplication.translate("SessionLabels", "Advocacy"),
        "psikoedukasi": QCoreApplication.translate(
            "SessionLabels", "Information / psychoeducation"
        ),
        "pemberdayaan": QCoreApplication.translate("SessionLabels", "Empowerment"),
        "rujukan": QCoreApplication.translate("SessionLabels", "Referral"),
    }
    return labels.get(code, code)


def format_label(note_format: NoteFormat) -> str:
    if note_format is NoteFormat.DAP:
        return QCoreApplication.translate("SessionLabels", "DAP (Data, Assessment, Plan)")
    if note_format is NoteFormat.SOAP:
        return QCoreApplication.translate(
            "SessionLabels", "SOAP (Subjective, Objective, Assessment, Plan)"
        )
    return QCoreApplication.translate("SessionLabels", "Free text")


def section_label(name: str) -> str:
    labels = {
        "data": QCoreApplication.translate("SessionLabels", "Data"),
        "subjective": QCoreApplication.translate("SessionLabels", "Subjective"),
        "objective": QCoreApplication.translate("SessionLabels", "Objective"),
        "assessment": QCoreApplication.translate("SessionLabels", "Assessment"),
        "free": QCoreApplication.translate("SessionLabels", "Note"),
    }
    return labels.get(name, name)


def section_hint(name: str) -> str:
    hints = {
        "data": QCoreApplication.translate(
            "SessionLabels", "What was seen and heard: facts, quotes, behaviour."
        ),
        "subjective": QCoreApplication.translate(
            "SessionLabels", "What the client and family say about the problem."
        ),
        "objective": QCoreApplication.translate(
            "SessionLabels", "What you observed: appearance, behaviour, interaction."
        ),
        "assessment": QCoreApplication.translate(
            "SessionLabels", "Your understanding: progress, risks, what it means."
        ),
        "free": QCoreApplication.translate("SessionLabels", "What happened in the session."),
    }
    return hints.get(name, "")


def stage_label(code: str) -> str:
    try:
        return STAGE_LABELS_ID[Stage(code)]
    except ValueError:
        return code


def appointment_status_label(status: AppointmentStatus) -> str:
    labels = {
        AppointmentStatus.TERJADWAL: QCoreApplication.translate("SessionLabels", "Scheduled"),
        AppointmentStatus.SELESAI: QCoreApplication.translate("SessionLabels", "Done"),
        AppointmentStatus.TIDAK_HADIR: QCoreApplication.translate("SessionLabels", "No-show"),
        AppointmentStatus.BATAL: QCoreApplication.translate("SessionLabels", "Cancelled"),
    }
    return labels[status]


def goal_status_label(status: GoalStatus) -> str:
    labels = {
        GoalStatus.BELUM_DIMULAI: QCoreApplication.translate("SessionLabels", "Not started"),
        GoalStatus.BERJALAN: QCoreApplication.translate("SessionLabels", "In progress"),
        GoalStatus.TERCAPAI: QCoreApplication.translate("SessionLabels", "Achieved"),
        GoalStatus.TIDAK_TERCAPAI: QCoreApplication.translate("SessionLabels", "Not achieved"),
        GoalStatus.DIBATALKAN: QCoreApplication.translate("SessionLabels", "Dropped"),
    }
    return labels[status]


def note_status_label(signed: bool) -> str:
    return (
        QCoreApplication.translate("SessionLabels", "Signed")
        if signed
        else QCoreApplication.translate("SessionLabels", "Draft")
    )


def kind_label(kind: str) -> str:
    """A timeline filter's name."""
    labels = {
        "intake": QCoreApplication.translate("SessionLabels", "Intake"),
        "stage": QCoreApplication.translate("SessionLabels", "Stage changes"),
        "assessment": QCoreApplication.translate("SessionLabels", "Assessments"),
        "session": QCoreApplication.translate("SessionLabels", "Sessions"),
        "addendum": QCoreApplication.translate("SessionLabels", "Addenda"),
        "referral": QCoreApplication.translate("SessionLabels", "Referrals"),
    }
    return labels.get(kind, kind.replace("_", " ").capitalize())


def entry_title(entry: TimelineEntry) -> str:
    """What a timeline entry says, in the interface language."""
    codes = entry.codes
    if entry.kind == "intake":
        return QCoreApplication.translate("SessionLabels", "Intake, case %1").replace(
            "%1", entry.text
        )
    if entry.kind == "stage" and len(codes) >= 2:
        return (
            QCoreApplication.translate("SessionLabels", "Stage: %1 → %2")
            .replace("%1", stage_label(codes[0]))
            .replace("%2", stage_label(codes[1]))
        )
    if entry.kind == "session" and codes:
        return QCoreApplication.translate("SessionLabels", "Session: %1").replace(
            "%1", service_label(codes[0])
        )
    if entry.kind == "addendum" and codes:
        day = datetime.date.fromisoformat(codes[0])
        return QCoreApplication.translate("SessionLabels", "Addendum to the session of %1").replace(
            "%1", date_text(day)
        )
    if entry.kind == "assessment" and codes:
        if codes[0] == "safety_plan":
            return QCoreApplication.translate("SessionLabels", "Client safety plan")
        if codes[0] == "instrument":
            return QCoreApplication.translate("SessionLabels", "Screening instrument %1").replace(
                "%1", codes[1] if len(codes) > 1 else ""
            )
        return QCoreApplication.translate("SessionLabels", "Psychosocial assessment")
    if entry.kind == "referral":
        if entry.text:
            return QCoreApplication.translate("SessionLabels", "Referral to %1").replace(
                "%1", entry.text
            )
        return QCoreApplication.translate("SessionLabels", "Referral")
    return kind_label(entry.kind)


def entry_detail(entry: TimelineEntry) -> str:
    if entry.kind == "session" and len(entry.codes) >= 3:
        stage = QCoreApplication.translate("SessionLabels", "stage %1").replace(
            "%1", stage_label(entry.codes[2])
        )
        return f"{modality_label(entry.codes[1])} · {stage}"
    if entry.kind == "assessment" and entry.codes and entry.codes[0] == "psychosocial":
        risk = entry.codes[2] if len(entry.codes) > 2 else ""
        labels = {
            "rendah": QCoreApplication.translate("SessionLabels", "low"),
            "sedang": QCoreApplication.translate("SessionLabels", "moderate"),
            "tinggi": QCoreApplication.translate("SessionLabels", "high"),
        }
        return (
            QCoreApplication.translate("SessionLabels", "Risk: %1").replace("%1", labels[risk])
            if risk in labels
            else ""
        )
    if entry.kind == "referral" and entry.codes and entry.codes[0]:
        return entry.codes[0].replace("_", " ").capitalize()
    if entry.kind in ("intake",):
        return ""
    return entry.text


def entry_status(entry: TimelineEntry) -> str:
    if entry.signed is None:
        return ""
    return note_status_label(entry.signed)


# -- dates (one style for the whole interface: ui/dates) ---------------------------------------


def span_text(start: datetime.datetime, end: datetime.datetime) -> str:
    return f"{time_text(start)}–{time_text(end)}"


# -- errors -----------------------------------------------------------------------------------


def conflict_line(conflict: Conflict) -> str:
    if conflict.kind == "room":
        text = QCoreApplication.translate("SessionLabels", "%1 is taken %2 (%3 with %4).")
        return (
            text.replace("%1", conflict.room_name)
            .replace("%2", span_text(conflict.starts_at, conflict.ends_at))
            .replace("%3", conflict.client_name)
            .replace("%4", conflict.counselor_name)
        )
    text = QCoreApplication.translate("SessionLabels", "%1 already meets %2 at %3.")
    return (
        text.replace("%1", conflict.counselor_name)
        .replace("%2", conflict.client_name)
        .replace("%3", span_text(conflict.starts_at, conflict.ends_at))
    )


def failure_text(exc: BaseException) -> str:
    """One sentence for a failure of these pages (known errors of other modules included)."""
    if isinstance(exc, RecordLocked):
        return QCoreApplication.translate(
            "SessionLabels",
            "This note is signed and can no longer be changed. Add an addendum instead.",
        )
    if isinstance(exc, AppointmentConflict):
        return "\n".join(conflict_line(c) for c in exc.conflicts)
    return message_for(exc)
