"""One signed session note as a PDF, to print or to save (the note window's Simpan PDF)."""

from __future__ import annotations

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.session_notes import (
    GOAL_STATUS_LABELS_ID,
    MODALITIES,
    SECTION_LABELS_ID,
    SERVICE_TYPES,
    NoteFormat,
    sections_for,
)
from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions.access import _load
from lk3_desktop.services.sessions.data import SessionNote
from lk3_desktop.services.sessions.reading import _note


def note_pdf(session: UserSession, session_id: int) -> bytes:
    """A signed note with its addenda as an A4 PDF (kop, RAHASIA, signature, content seal);
    audited as printed.

    Same access as reading the note: the head or the counselor of the case, never staf. Only a
    signed note whose content still matches its seal is printed. The PDF is an export: a note
    marked "jangan diungkap" (UU PDP art. 33) is refused; when the family is marked, the family
    members who attended are left out and the PDF says so.
    """
    from lk3_desktop.services._kop import kop_center
    from lk3_desktop.services._withheld import withheld_in

    with session.store.transaction() as s:
        row, case = _load(s, session, session_id)
        withheld = withheld_in(s, case.client_id)
        if withheld.record_withheld("session", row.id):
            raise ValidationError("session.pdf_withheld")
        note = _note(s, row, case)
        if not note.is_signed:
            raise ValidationError("session.pdf_unsigned")
        if note.erased:
            raise ValidationError("session.pdf_erased")
        if not note.intact:
            raise ValidationError("session.pdf_seal_broken")
        family_hidden = withheld.field_withheld("family")
        center = kop_center(s)
        session.audit(
            s,
            "session_note.printed",
            "counseling_session",
            row.id,
            {"case": case.id, "addenda": len(note.addenda), "withheld": int(family_hidden)},
        )
    return _render(note, center, family_hidden, withheld.statement)


def _render(note: SessionNote, center: object, family_hidden: bool, statement: object) -> bytes:
    from lk3_desktop.documents import session_note as document
    from lk3_desktop.documents.assessment_report import AddendumLine
    from lk3_desktop.documents.kop import KopCenter

    assert isinstance(center, KopCenter) and callable(statement)
    data = note.data
    note_format = NoteFormat(data.note_format)
    sections = tuple(
        (SECTION_LABELS_ID.get(key, key), text)
        for key, text in sections_for(note_format, data.sections).items()
    )
    attendees = [
        a.name for a in note.attendees if not (family_hidden and a.family_member_id is not None)
    ]
    span = ""
    if data.start_time is not None:
        span = data.start_time.strftime("%H.%M")
        if data.end_time is not None:
            span += "\u2013" + data.end_time.strftime("%H.%M")
    stage = ""
    if data.case_stage:
        try:
            stage = STAGE_LABELS_ID[Stage(data.case_stage)]
        except ValueError:
            stage = data.case_stage
    next_text = ""
    if data.next_appointment_at is not None:
        from lk3_desktop.core.dates_id import format_date_id

        when = data.next_appointment_at
        next_text = f"{format_date_id(when.date())}, pukul {when.strftime('%H.%M')}"
    pdf_data = document.SessionNoteData(
        center=center,
        client_name=note.client_name,
        registration_number=note.registration_number,
        session_date=data.session_date,
        time_span=span,
        modality=MODALITIES.get(data.modality, data.modality),
        service=SERVICE_TYPES.get(data.service_type, data.service_type),
        case_stage=stage,
        counselor=note.author_name,
        attendees=tuple(attendees),
        sections=sections,
        interventions=data.interventions,
        homework=data.homework,
        plan=data.plan,
        goals=tuple(
            document.GoalLine(
                r.description, GOAL_STATUS_LABELS_ID.get(r.status, str(r.status)), r.note
            )
            for r in note.goal_reviews
        ),
        next_appointment=next_text,
        signed_by=note.signed_by_name,
        signed_at=note.signed_at,  # type: ignore[arg-type]  # signed: checked above
        cosigned_by=note.cosigned_by_name,
        cosigned_at=note.cosigned_at,
        content_seal=(note.content_sha256 or "")[:16],
        addenda=tuple(
            AddendumLine(author=a.author_name, at=a.written_at, text=a.text) for a in note.addenda
        ),
        omission_note=statement([WITHHOLDABLE_FIELDS["family"]]) if family_hidden else "",
    )
    return document.render_session_note(pdf_data)
