"""One way for a widget to call a service: ``ui.operations.Operation`` on the lane.

The operation runs the call with the signed-in session off the UI thread, comes back on the
UI thread, words a failure (a dialog, a line under the form, or the widget's own handler),
shows busy while it runs, drops what comes back once its widget is gone or the window locked,
and lets long work be asked to stop. A guard fails when a widget module reaches the lane
without it.
"""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from ui_helpers import ModalLog

import lk3_desktop
from lk3_desktop.core.errors import DiskFull, OperationCancelled, ValidationError
from lk3_desktop.services import center
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, StatusMessage
from lk3_desktop.ui.operations import Operation

UI = Path(lk3_desktop.__file__).parent / "ui"
# The lane itself, the holder of the one lane, and the operation that alone calls it.
LANE_MODULES = {"worker.py", "context.py", "operations.py"}


def _finish(context: AppContext) -> None:
    context.lane.wait()
    QApplication.processEvents()


def test_what_runs_after_a_result_runs_on_the_lane_and_its_failure_is_reported(
    signed_in: AppContext, qtbot: QtBot
) -> None:
    """A job's ``after`` (writing the views it recorded through to the disk) runs on the
    lane once the result is on its way, before the next job; what it raises is emitted as
    the lane's ``after_failed`` (the window shows it), never dropped."""
    owner = QWidget()
    qtbot.addWidget(owner)
    order: list[str] = []
    failures: list[BaseException] = []
    signed_in.lane.after_failed.connect(failures.append)

    def after() -> None:
        order.append(f"after on lane: {not _on_ui_thread()}")
        raise DiskFull("the disk is full")

    signed_in.lane.run(owner, lambda: "read", order.append, order.append, after=after)
    signed_in.lane.run(owner, lambda: "next", order.append, order.append)
    _finish(signed_in)
    qtbot.waitUntil(lambda: len(order) == 3 and bool(failures))
    assert order.index("after on lane: True") < order.index("next")
    assert "read" in order
    assert len(failures) == 1 and isinstance(failures[0], DiskFull)


def test_success_gets_the_result_on_the_ui_thread(signed_in: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[str, bool]] = []
    worker_threads: list[bool] = []

    def call(session: UserSession) -> str:
        worker_threads.append(QThread.currentThread() is not QApplication.instance().thread())
        return center.get_center(session).name

    started = Operation(
        signed_in, owner, call, lambda name: seen.append((name, _on_ui_thread()))
    ).run()

    assert started
    qtbot.waitUntil(lambda: bool(seen))
    assert worker_threads == [True]
    assert seen[0][1] is True
    assert seen[0][0]  # the center's name as saved at setup


def _on_ui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_nothing_runs_while_locked(ui_context: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ran: list[bool] = []
    busy: list[bool] = []

    def call(_session: UserSession) -> None:
        ran.append(True)

    started = (
        Operation(ui_context, owner, call, lambda _r: ran.append(True)).busy(busy.append).run()
    )

    _finish(ui_context)
    assert started is False
    assert ran == [] and busy == []


def test_a_known_error_is_one_sentence_in_a_dialog(
    signed_in: AppContext, qtbot: QtBot, modal_log: ModalLog
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def call(_session: UserSession) -> None:
        raise ValidationError("Nama lengkap wajib diisi.", field="full_name")

    Operation(signed_in, owner, call).titled("Klien").run()

    qtbot.waitUntil(lambda: bool(modal_log.texts))
    assert modal_log.texts == ["Nama lengkap wajib diisi."]
    assert modal_log.seen[0].windowTitle() == "Klien"


def test_failure_in_a_line_and_busy_around_the_call(signed_in: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    status = StatusMessage("status", "Status", owner)
    indicator = BusyIndicator("busy", owner)
    owner.show()
    release = threading.Event()

    def call(_session: UserSession) -> None:
        release.wait(5)
        raise ValidationError("Tanggal tidak boleh di masa depan.")

    Operation(signed_in, owner, call).busy(indicator, "Menyimpan…").failure_in(status).run()

    assert indicator.isVisible()
    assert indicator.accessibleName() == "Menyimpan…"
    release.set()
    qtbot.waitUntil(lambda: status.text() != "")
    assert status.text() == "Tanggal tidak boleh di masa depan."
    assert not indicator.isVisible()


def test_own_failure_handler_gets_the_error(signed_in: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[BaseException] = []
    order: list[str] = []

    def call(_session: UserSession) -> None:
        raise ValidationError("x", field="nik")

    Operation(signed_in, owner, call).busy(lambda on: order.append(f"busy {on}")).failure(
        lambda exc: (failures.append(exc), order.append("failure"))
    ).run()

    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValidationError) and failures[0].field == "nik"
    assert order == ["busy True", "busy False", "failure"]


def test_nothing_comes_back_to_a_destroyed_widget(signed_in: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    seen: list[object] = []

    def call(_session: UserSession) -> int:
        release.wait(5)
        return 1

    Operation(signed_in, owner, call, seen.append).failure(seen.append).run()
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(owner)
    release.set()
    _finish(signed_in)
    assert seen == []


def test_nothing_comes_back_once_the_window_locked(signed_in: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    seen: list[object] = []
    session = signed_in.session

    def call(_session: UserSession) -> int:
        release.wait(5)
        return 1

    Operation(signed_in, owner, call, seen.append).failure(seen.append).run()
    signed_in.session = None  # locked while the call ran
    release.set()
    _finish(signed_in)
    signed_in.session = session
    assert seen == []


def test_sessionless_work_runs_without_anyone_signed_in(
    ui_context: AppContext, qtbot: QtBot
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[int] = []

    assert Operation.sessionless(ui_context, owner, lambda: 42, seen.append).run()

    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [42]


def test_cancel_asks_the_running_work_to_stop(signed_in: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    failures: list[BaseException] = []

    def call(_session: UserSession) -> None:
        started.set()
        while not op.cancelled():
            threading.Event().wait(0.01)
        raise OperationCancelled()

    op: Operation[None] = Operation(signed_in, owner, call).failure(failures.append)
    op.run()
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OperationCancelled)


# -- the guard: widgets reach the lane only through an Operation ------------------------------

# The call helpers that came before Operation; each widget module moves off them area by area.
OLD_HELPERS = {"service_calls", "calls", "run_service", "run_for"}
OLD_MODULES = {"lk3_desktop.ui.service_calls", "lk3_desktop.ui.sessions.calls"}
NOT_YET_MOVED: set[str] = set()


def _offences(path: Path) -> list[str]:
    """Places in ``path`` that run work on a lane directly (``….lane.run(…)``), import the
    worker, or use a call helper that came before Operation."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(UI.parent).as_posix()
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func.value
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if node.func.attr == "run" and "lane" in name.lower():
                found.append(f"{where}:{node.lineno} runs on the lane")
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            names = {alias.name for alias in node.names}
            if node.module == "lk3_desktop.ui.worker":
                found.append(f"{where}:{node.lineno} imports ui.worker")
            elif node.module in OLD_MODULES or (
                node.module.startswith("lk3_desktop.ui") and names & OLD_HELPERS
            ):
                found.append(f"{where}:{node.lineno} imports an old call helper")
    return found


def test_widgets_call_services_only_through_an_operation() -> None:
    offences: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name in LANE_MODULES:
            continue
        found = _offences(path)
        if found:
            offences[path.relative_to(UI.parent).as_posix()] = found
    new = [
        line for where, lines in offences.items() if where not in NOT_YET_MOVED for line in lines
    ]
    assert new == [], (
        "These widget modules run work on the lane directly or through an old helper. Use "
        "lk3_desktop.ui.operations.Operation (Operation(context, self, call, success)"
        ".failure(...).busy(...).run(), or Operation.sessionless for work before sign-in): "
        + "; ".join(new)
    )
    moved = sorted(p for p in NOT_YET_MOVED - offences.keys() if (UI.parent / p).exists())
    assert moved == [], f"Moved to Operation: take {moved} out of NOT_YET_MOVED"


@pytest.mark.parametrize("module", ["service_calls.py", "sessions/calls.py"])
def test_the_old_call_helpers_are_gone(module: str) -> None:
    assert not (UI / module).exists(), f"ui/{module} came back; widgets use ui/operations.py"
