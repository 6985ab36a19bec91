"""The two formats of the export: JSON for another system and a PDF for the person to read; head
only, one ``client.exported`` audit row written in the transaction that wrote the file.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lk3_desktop.core.roles import Permission
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.backup import known_file_errors
from lk3_desktop.db.models import Attachment
from lk3_desktop.services.attachments._content import read_content
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.subject_export._collect import collect


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int  # records included (cases, sessions, assessments, referrals, appointments ...)
    withheld: int  # items left out because of "jangan diungkap" marks
    files: int = 0  # attached documents written into the folder beside the export


def to_json_bytes(doc: dict[str, Any]) -> bytes:
    """The export document as UTF-8 JSON with sorted keys (stable for the same data)."""
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def _record_count(doc: dict[str, Any]) -> int:
    return sum(int(n) for n in doc["counts"].values())


def _export(
    session: UserSession, client_id: int, path: Path, fmt: str, render: Callable[[Any], bytes]
) -> ExportSummary:
    session.require(Permission.MANAGE_PERSONAL_DATA)
    now = datetime.datetime.now().astimezone().replace(microsecond=0)
    folder = files_folder(path)
    with session.store.transaction() as s:
        doc = collect(s, client_id, now, session.actor)
        documents = doc["attached_documents"]
        for entry in documents:
            entry["file"] = f"{folder.name}/{entry['file']}"
        data = render(doc)
        summary = ExportSummary(path, _record_count(doc), len(doc["withheld"]), len(documents))
        session.audit(
            s,
            "client.exported",
            "client",
            client_id,
            {
                "format": fmt,
                "records": summary.records,
                "withheld": summary.withheld,
                "files": summary.files,
            },
        )
        # Written before the transaction commits: no entry claims an export that failed.
        with known_file_errors(target_errors=True):
            write_atomic(path, data)
            _write_files(s, documents, path.parent)
    return summary


def files_folder(path: Path) -> Path:
    """Where an export's attached documents are written: ``<name>-lampiran`` beside it."""
    return path.with_name(f"{path.stem}-lampiran")


def _write_files(s: Session, documents: list[dict[str, Any]], parent: Path) -> None:
    if not documents:
        return
    (parent / documents[0]["file"]).parent.mkdir(mode=0o700, exist_ok=True)
    for entry in documents:
        row = s.get(Attachment, entry["id"])
        assert row is not None
        write_atomic(parent / entry["file"], read_content(s, row))


def export_json(session: UserSession, client_id: int, path: Path) -> ExportSummary:
    """Write everything held about ``client_id`` to ``path`` as JSON (schema
    ``lk3-subject-export/1``); head only, audited as ``client.exported``."""
    return _export(session, client_id, path, "json", to_json_bytes)


def export_pdf(session: UserSession, client_id: int, path: Path) -> ExportSummary:
    """Write everything held about ``client_id`` to ``path`` as an A4 PDF in Indonesian for
    the person to read; head only, audited as ``client.exported``."""
    from lk3_desktop.documents.subject_export import render_subject_export

    return _export(session, client_id, path, "pdf", render_subject_export)
