"""What differs between the note typed here and the version saved at another desk meanwhile
(the same unsigned note open twice), for ``ui/edit_conflict``'s question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk3_desktop.services.sessions import NoteInput
from lk3_desktop.ui.sessions.labels import section_label

# The parts of a note beside its sections, each shown with its own label.
_TEXTS = ("plan", "interventions", "homework")
# What the question names together as "the session's details" when any of it differs.
_DETAILS = (
    "session_date",
    "start_time",
    "end_time",
    "modality",
    "service_type",
    "case_stage",
    "attendee_member_ids",
    "other_attendees",
    "next_appointment_at",
    "appointment_id",
    "goal_reviews",
)


def _label(name: str) -> str:
    labels = {
        "plan": QCoreApplication.translate("NoteConflict", "Plan"),
        "interventions": QCoreApplication.translate("NoteConflict", "Interventions used"),
        "homework": QCoreApplication.translate("NoteConflict", "Homework / agreements"),
    }
    return labels.get(name, name)


def note_differences(mine: NoteInput, saved: NoteInput) -> list[tuple[str, object, object]]:
    """(label, typed, saved) of each section and text that differs."""
    out: list[tuple[str, object, object]] = []
    for name in dict.fromkeys([*mine.sections, *saved.sections]):
        typed, kept = mine.sections.get(name, ""), saved.sections.get(name, "")
        if typed.strip() != kept.strip():
            out.append((section_label(name), typed, kept))
    for name in _TEXTS:
        typed, kept = getattr(mine, name), getattr(saved, name)
        if typed.strip() != kept.strip():
            out.append((_label(name), typed, kept))
    return out


def details_differ(mine: NoteInput, saved: NoteInput) -> list[str]:
    """One sentence when the session's details (date, times, service, who came) differ."""
    if all(_same(getattr(mine, name), getattr(saved, name)) for name in _DETAILS):
        return []
    return [
        QCoreApplication.translate(
            "NoteConflict",
            "The session's details (date, times, service or who came) differ too; saving "
            "your version keeps the ones in your form.",
        )
    ]


def _same(a: object, b: object) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):  # who came: in any order
        return sorted(map(repr, a)) == sorted(map(repr, b))
    return a == b
