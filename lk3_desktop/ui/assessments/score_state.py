"""What a screening form reads off a score: its risk flags by key (with the label to show in
the app's language) and whether every scale got a score, which signing needs."""

from __future__ import annotations

from lk3_desktop.core.instruments import Instrument, Score
from lk3_desktop.ui.assessments import labels

FlagKey = tuple[str, int | None, str | None]
"""(flag code, item number or None, scale or None): one risk flag of a record."""


def flag_keys(score: Score) -> dict[FlagKey, str]:
    """The flags ``score`` raises, each with its label."""
    return {
        (f.code, f.item, f.score): (f.label_en if labels.english() else f.label)
        for f in score.flags
    }


def fully_scored(instrument: Instrument, score: Score) -> bool:
    """Whether every scale of ``instrument`` got a score (what signing needs)."""
    if instrument.total is not None and score.total is None:
        return False
    return len(score.subscales) == len(instrument.subscales)
