"""argparse's own words (usage, options, "the following arguments are required") in the app's
language.

argparse words its help and its errors through ``gettext``, whose catalogues we do not ship;
left alone, ``lk3-desktop report --help`` would answer "usage:", "options:" and "show this
help message and exit" around our Indonesian lines. Its exact source strings are listed here
under the context "argparse" so that ``pyside6-lupdate`` puts them in ``lk3_id.ts``, and
:func:`translate_argparse` makes argparse ask the app's catalogue for them. Only the command
line calls it, once, after the catalogue is installed; the process ends with the command.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "argparse"

# The strings argparse (Python 3.11 and later) words for a person who types a command: help
# titles and lines, and the errors of a command typed wrong. Its errors for a programmer
# (a parser built wrong) are not listed: nobody at an office sees them.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(message: str) -> str:
    return QCoreApplication.translate(CONTEXT, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    # Indonesian has one form; each English form is a message of its own in the catalogue.
    return QCoreApplication.translate(CONTEXT, singular if n == 1 else plural)


def translate_argparse() -> None:
    """Make argparse word its help and errors through the installed catalogue (a message
    the catalogue lacks stays as argparse wrote it)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
