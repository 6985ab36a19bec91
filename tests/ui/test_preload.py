"""The preload of what comes after Enter waits until the sign-in window is on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lk3_desktop.ui.preload import after_first_paint


def test_the_callback_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QLabel("Masuk")
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    widget.repaint()
    widget.hide()
    widget.show()
    qtbot.wait(50)
    assert calls == [True]


def test_the_sign_in_window_shows_before_the_database_stack_is_imported() -> None:
    """What runs before the sign-in window is painted (the composition root, the folder's
    state, an interrupted restore's completion, the crash handler, the window itself, the
    command line's parser) leaves SQLAlchemy, the models and the services to the preload, and
    the instruments and the region names to where they are used (benchmarks: cold_start)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import lk3_desktop.app, lk3_desktop.cli, lk3_desktop.db.folder_state\n"
        "import lk3_desktop.db.restore_swap, lk3_desktop.ui.context, lk3_desktop.ui.crash\n"
        "import lk3_desktop.ui.login_window\n"
        "lk3_desktop.cli.build_parser()\n"
        "heavy = ['sqlalchemy', 'lk3_desktop.db.models', 'lk3_desktop.services.accounts',\n"
        "         'lk3_desktop.core.instruments', 'lk3_desktop.core.region_names']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_a_heads_sign_in_asks_for_a_due_card_without_the_cards_dialog() -> None:
    """Every head's sign-in asks on the lane whether a recovery card is due: that imports
    the card flow, but not the card's dialog with printing and QtPdf until a card is shown
    (a new process; benchmarks: sign_in)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from lk3_desktop.ui.preload import preload_signed_in_modules\n"
        "preload_signed_in_modules()\n"
        "import lk3_desktop.ui.recovery_card_flow\n"
        "heavy = ['lk3_desktop.ui.recovery_card_dialog', 'PySide6.QtPrintSupport']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_the_preload_configures_the_models_mappers() -> None:
    """SQLAlchemy configures every mapper at the first query unless it was done before, and
    a person's keys import cryptography's backend at their first use: the preload does both
    while the password is typed (a new process; benchmarks: sign_in)."""
    import subprocess
    import sys

    code = (
        "from sqlalchemy import inspect\n"
        "from lk3_desktop.db.models import User\n"
        "mapper = inspect(User)\n"
        "print(mapper.configured)\n"
        "from lk3_desktop.ui.preload import preload_signed_in_modules\n"
        "preload_signed_in_modules()\n"
        "import sys\n"
        "print(mapper.configured, 'cryptography.hazmat.backends.openssl' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["False", "True", "True"]


def test_pysides_import_hook_keeps_no_source_in_memory() -> None:
    """PySide6 asks of every module imported after it whether it mentions PySide6; asked
    through inspect, the whole source stayed in linecache. The app's hook answers the same
    without keeping it (a new process; benchmarks: peak_rss)."""
    import subprocess
    import sys

    code = (
        "import linecache, sys\n"
        "import lk3_desktop.app\n"
        "linecache.clearcache()\n"
        "import lk3_desktop.ui.login_window, lk3_desktop.ui.field_feedback, colorsys\n"
        "feature = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(len(linecache.cache), feature['lk3_desktop.ui.field_feedback'],"
        " feature['colorsys'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    # nothing cached; a module of ours that uses PySide6 is told so (0), one that does not,
    # ignored (-1), as PySide6's own answer
    assert done.stdout.split() == ["0", "0", "-1"]
