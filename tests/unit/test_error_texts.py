"""Errors a person reads are translatable: every ``ValidationError`` (and every ``Sentence`` a check
returns) is raised with a code whose
English sentence is in ``ui/validation_texts/`` (Indonesian in the catalogue), with a param for
each of its placeholders. Reading the English interface shows English errors.

The guard reads every module's ``ValidationError(...)`` calls; modules that still raise
Indonesian sentences are listed in NOT_YET_MOVED, and the list only shrinks.
"""

from __future__ import annotations

import ast
import datetime
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

import lk3_desktop
from lk3_desktop.core.errors import VALIDATION_CODE, ValidationError
from lk3_desktop.services import signing
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.validation_texts import TEXTS

ROOT = Path(lk3_desktop.__file__).parent
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
HOW = (
    "raise ValidationError('<area>.<what>', field, **params) and add the code's English "
    "sentence to lk3_desktop/ui/validation_texts/ (then scripts/update_translations.sh and "
    "its Indonesian translation in the .ts)"
)

# Modules that still raise ValidationError with an Indonesian sentence; they move one by one.
NOT_YET_MOVED: set[str] = set()
# Calls whose code is not a literal: the value comes from a table checked by its own test.
FORWARDERS = {
    ("services/signing.py", "add_addendum"),  # SignedKind.draft_has_no_addenda, checked below
    ("core/identity.py", "_nik_issue"),  # lokal-id's problems as our codes, checked below
    ("core/identity.py", "_phone_issue"),
    ("core/limits.py", "check"),  # a DateWindow's codes, checked below
    ("core/text_input.py", "bounded"),  # a TextLimit's code (ValidationError.because)
    ("core/limits.py", "too_long"),  # a TextLimit's code, checked below
    ("services/activities.py", "_clean"),  # _region_problem's codes, checked below
    ("services/referrals/issued_letter.py", "verify_letter"),  # VerificationCodeError's code
    ("services/document_settings.py", "_lines"),  # _REFUSALS, checked below
    ("services/document_settings.py", "_text"),
    ("services/reports/output.py", "clean_narrative"),  # _TOO_LONG, checked below
    # the form refuses what it cannot read with a sentence it has already translated
    ("ui/clients/client_form.py", "value"),
    # a row refused by the client form's own rule keeps that rule's code and params
    ("services/register_import/rows.py", "_from_form"),
}


def _calls(path: Path) -> list[tuple[str, ast.Call]]:
    """Every ``ValidationError(...)`` call in ``path`` with the function it is in."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, ast.Call]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            if isinstance(child, ast.Call):
                func = child.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in ("ValidationError", "Sentence"):
                    found.append((function, child))
            visit(child, name)

    visit(tree, "")
    return found


def _problems(path: Path) -> list[str]:
    where = path.relative_to(ROOT).as_posix()
    problems: list[str] = []
    for function, call in _calls(path):
        line = f"{where}:{call.lineno}"
        first = call.args[0] if call.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            if (where, function) not in FORWARDERS:
                problems.append(f"{line}: the code is not a literal")
            continue
        code = first.value
        if not VALIDATION_CODE.fullmatch(code):
            problems.append(f"{line}: a sentence, not a code: {code[:50]!r}")
            continue
        if code not in TEXTS:
            problems.append(f"{line}: {code!r} has no sentence in ui/validation_texts/")
            continue
        params = {k.arg for k in call.keywords if k.arg and k.arg != "field"}
        if len(call.args) > 1 and isinstance(call.args[1], ast.Dict):  # Sentence(code, {...})
            params = {k.value for k in call.args[1].keys if isinstance(k, ast.Constant)}
        wanted = set(PLACEHOLDER.findall(TEXTS[code]))
        if wanted != params:
            problems.append(f"{line}: {code!r} needs params {sorted(wanted)}, has {sorted(params)}")
    return problems


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_raised_validation_error_has_a_sentence() -> None:
    problems: list[str] = []
    for path in _modules():
        if path.relative_to(ROOT).as_posix() in NOT_YET_MOVED:
            continue
        problems += _problems(path)
    assert problems == [], HOW + ":\n" + "\n".join(problems)


def test_the_modules_not_yet_moved_still_need_it() -> None:
    moved = [
        where
        for where in sorted(NOT_YET_MOVED)
        if (ROOT / where).exists() and not _problems(ROOT / where)
    ]
    assert moved == [], f"moved to codes: take {moved} out of NOT_YET_MOVED"


def test_every_signed_kind_words_its_draft_addendum_refusal() -> None:
    from lk3_desktop.services.assessments import administrations, psychosocial
    from lk3_desktop.services.sessions import signing as note_signing

    kinds = [note_signing.NOTE, administrations.ADMINISTRATION, psychosocial.PSYCHOSOCIAL]
    assert all(isinstance(kind, signing.SignedKind) for kind in kinds)
    assert [k.draft_has_no_addenda for k in kinds if k.draft_has_no_addenda not in TEXTS] == []


def test_the_identity_checks_word_every_problem() -> None:
    from lk3_desktop.core import identity

    codes = set(identity._NIK_ISSUES.values()) | set(identity._PHONE_ISSUES.values())
    assert sorted(codes - TEXTS.keys()) == []


def test_every_limit_words_what_it_refuses() -> None:
    from lk3_desktop.core import limits

    codes: list[str] = []
    for value in vars(limits).values():
        if isinstance(value, limits.TextLimit):
            codes.append(value.code)
            assert set(PLACEHOLDER.findall(TEXTS.get(value.code, ""))) == {"max"}, value
        elif isinstance(value, limits.DateWindow):
            codes += [value.too_early, value.too_late]
    assert sorted(set(codes) - TEXTS.keys()) == []


def test_the_tables_of_forwarded_codes_are_worded() -> None:
    from lk3_desktop.services import document_settings
    from lk3_desktop.services.reports import output

    codes = [c for codes in document_settings._REFUSALS.values() for c in codes]
    codes += list(output._TOO_LONG.values())
    codes += ["activity.region_unknown", "activity.region_mismatch"]
    codes += ["verification.length", "verification.letters", "verification.mistyped"]
    assert sorted(set(codes) - TEXTS.keys()) == []


def test_every_sentence_is_a_code_with_english_text() -> None:
    assert [code for code in TEXTS if not VALIDATION_CODE.fullmatch(code)] == []
    assert [code for code, text in TEXTS.items() if not text.strip()] == []
    # "field" names where an error goes (ValidationError's own argument), never a placeholder
    assert [code for code, text in TEXTS.items() if "{field}" in text] == []


def test_the_english_interface_words_errors_in_english(qapp: QApplication) -> None:
    error = ValidationError("signing.addendum_empty", "addendum")
    assert message_for(error) == "Write the addendum."


def test_the_indonesian_interface_words_them_in_indonesian(
    qapp: QApplication, indonesian_catalogue: None
) -> None:
    assert message_for(ValidationError("signing.addendum_empty")) == "Tulis isi adendum."


def test_params_are_written_the_interfaces_way(qapp: QApplication) -> None:
    TEXTS["test.example"] = "At most {count} by {day}."
    try:
        error = ValidationError("test.example", count=20000, day=datetime.date(2026, 11, 28))
        locale = QLocale()
        day = locale.toString(QDate(2026, 11, 28), "d MMM yyyy")  # as ui.dates.date_text
        assert message_for(error) == f"At most {locale.toString(20000)} by {day}."
    finally:
        del TEXTS["test.example"]


@pytest.fixture
def indonesian_catalogue(qapp: QApplication) -> object:
    from lk3_desktop.ui.i18n import install_translators, remove_translators

    locale = QLocale()
    assert install_translators("id")
    yield None
    remove_translators()
    QLocale.setDefault(locale)


def test_a_damaged_instrument_file_is_named_in_its_sentence() -> None:
    """The sentence names the file only (the messages module no longer imports the
    instruments: it recognises their error once they are in)."""
    from lk3_desktop.core.instruments import InstrumentDefinitionError

    error = InstrumentDefinitionError("/home/rina/instrumen/phq9.json", "is not valid JSON")
    text = message_for(error)
    assert "phq9.json" in text and "damaged or incomplete" in text and "rina" not in text
