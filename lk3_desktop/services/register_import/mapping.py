"""What the person decided about a register: which column is which field, the answers to the
questions the rows raised, and whether cases are opened.

The wizard builds it on screen; ``lk3-desktop import --mapping FILE`` reads it from a JSON
file (``--write-mapping FILE`` writes the suggested one, with every open question, to edit)::

    {
      "sheet": "Register 2024",
      "columns": {"Nama": "full_name", "NIK": "nik", "No": ""},
      "open_cases": true,
      "regions": [{"level": "district", "written": "Cipocok Jya", "within": "36.73",
                   "code": "36.73.05"}],
      "counselors": {"Bu Rina": "rina"},
      "problems": {"Konsultasi keluarga": {"areas": ["komunikasi_keluarga"],
                                          "ppks": ["PMKS-25"]}}
    }

Columns are named by their header as the wizard shows it (``"Alamat / Kecamatan"``) or by
letter (``"J"``); a column not named is suggested from its header. A region answer ``""``
leaves the region empty; a counselor answer ``""`` opens the case without one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.region_names import question_key
from lk3_desktop.core.register_columns import FIELD_KEYS, IGNORED, suggest_fields
from lk3_desktop.core.register_problems import ProblemCodes, normal_problem

COUNSELOR_LEVEL = "counselor"


@dataclass(frozen=True)
class ImportMapping:
    columns: tuple[str, ...]  # one field key per column of the table, IGNORED for none
    open_cases: bool = False
    regions: Mapping[str, str] = field(default_factory=dict)  # question key -> code or ""
    counselors: Mapping[str, str] = field(default_factory=dict)  # normal name -> username/""
    problems: Mapping[str, ProblemCodes] = field(default_factory=dict)  # normal text -> codes
    require_all: bool = False  # import nothing when any row fails

    def column_of(self, key: str) -> int | None:
        try:
            return self.columns.index(key)
        except ValueError:
            return None


def suggested(keys: tuple[str, ...], open_cases: bool = False) -> ImportMapping:
    """The mapping the headers suggest, with no answers yet."""
    return ImportMapping(tuple(suggest_fields(list(keys))), open_cases)


def counselor_key(written: str) -> str:
    return " ".join(written.lower().split())


def _column_index(name: str, headers: tuple[str, ...]) -> int:
    if name in headers:
        return headers.index(name)
    letters = name.strip().upper()
    if letters.isalpha() and len(letters) <= 3:
        from openpyxl.utils import column_index_from_string

        index = int(column_index_from_string(letters)) - 1
        if index < len(headers):
            return index
    raise ValidationError("import.mapping_column_unknown", column=name)


def from_json(
    doc: Mapping[str, Any], headers: tuple[str, ...], keys: tuple[str, ...]
) -> ImportMapping:
    """A mapping file's content over the suggestions for ``headers``; ValidationError names
    the first entry that does not fit."""
    columns = list(suggest_fields(list(keys)))
    for name, key in dict(doc.get("columns") or {}).items():
        if key not in FIELD_KEYS and key != IGNORED:
            raise ValidationError("import.mapping_field_unknown", field_key=key)
        index = _column_index(str(name), headers)
        if key:
            columns = [IGNORED if k == key else k for k in columns]
        columns[index] = key
    regions: dict[str, str] = {}
    for answer in doc.get("regions") or []:
        code = answer.get("code")
        if code is None:
            continue  # a question not answered yet
        key = question_key(
            str(answer.get("level", "")), str(answer.get("within", "")), str(answer["written"])
        )
        regions[key] = str(code)
    counselors = {
        counselor_key(str(k)): str(v)
        for k, v in dict(doc.get("counselors") or {}).items()
        if v is not None
    }
    problems = {
        normal_problem(str(text)): ProblemCodes(
            tuple(str(a) for a in codes.get("areas", [])),
            tuple(str(p) for p in codes.get("ppks", [])),
        )
        for text, codes in dict(doc.get("problems") or {}).items()
    }
    return ImportMapping(
        tuple(columns),
        bool(doc.get("open_cases", False)),
        regions,
        counselors,
        problems,
        bool(doc.get("require_all", False)),
    )


def read_mapping_file(path: Path) -> dict[str, Any]:
    """The JSON of a mapping file; ValidationError in one sentence when it is not JSON."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError("import.mapping_missing", file=path.name) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = int(getattr(exc, "lineno", 1))
        raise ValidationError("import.mapping_not_json", file=path.name, line=line) from exc
    if not isinstance(doc, dict):
        raise ValidationError("import.mapping_not_object", file=path.name)
    return doc


def to_json(
    headers: tuple[str, ...],
    mapping: ImportMapping,
    questions: list[tuple[str, str, str, str | None, list[str]]],
) -> dict[str, Any]:
    """A mapping file's content: the columns as chosen and every question, answered or not
    (``questions``: level, written, within, the answer or None, the candidates shown)."""
    regions = [
        {"level": level, "written": written, "within": within, "code": answer, "candidates": c}
        for level, written, within, answer, c in questions
        if level != COUNSELOR_LEVEL
    ]
    counselors = {
        written: answer for level, written, _w, answer, _c in questions if level == COUNSELOR_LEVEL
    }
    return {
        "columns": dict(zip(headers, mapping.columns, strict=True)),
        "open_cases": mapping.open_cases,
        "require_all": mapping.require_all,
        "regions": regions,
        "counselors": counselors,
        "problems": {
            text: {"areas": list(codes.areas), "ppks": list(codes.ppks)}
            for text, codes in mapping.problems.items()
        },
    }
