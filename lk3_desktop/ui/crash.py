"""Bugs end in a crash dialog and a crash file; known errors end in one clear sentence.

A crash file holds the app and library versions, the exception's type and the frames it passed
through (module, function, line). It never holds the exception's message, local variables or
source lines: those could carry names, notes or NIKs. Paths are cut down to module paths, so not
even the user's home folder name is written.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from lk3_desktop import __version__
from lk3_desktop.core.errors import KnownError

CRASH_FOLDER = "crash"
_MAX_CHAIN = 5

_state: dict[str, object] = {"data_dir": None, "showing": False}


def _module_path(filename: str) -> str:
    """``lk3_desktop/ui/login_window.py`` or ``sqlalchemy/engine/base.py``, never a full path."""
    parts = Path(filename).parts
    for anchor in ("lk3_desktop", "tests", "migrations"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    for marker in ("site-packages", "dist-packages"):
        if marker in parts:
            return "/".join(parts[parts.index(marker) + 1 :])
    if parts and parts[0].startswith("<"):
        return filename  # "<string>", "<frozen importlib._bootstrap>"
    return "/".join(parts[-2:])  # the standard library: "json/decoder.py"


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def report_text(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The crash report: versions, exception types and frames; no messages, no values."""
    lines = [
        f"LK3 Desktop {__version__}",
        f"time: {datetime.now().replace(microsecond=0).isoformat()}",
        f"python: {platform.python_version()}",
        f"platform: {platform.system()} {platform.release()} {platform.machine()}",
    ]
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        lines.append(f"qt: {qVersion()} (PySide6 {pyside_version})")
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    current: BaseException | None = exc
    current_type: type[BaseException] = exc_type
    current_tb = tb
    for depth in range(_MAX_CHAIN):
        title = "exception" if depth == 0 else "caused by"
        code = getattr(current, "code", None) if isinstance(current, KnownError) else None
        lines.append(f"{title}: {_type_name(current_type)}" + (f" [{code}]" if code else ""))
        for frame in traceback.extract_tb(current_tb):
            lines.append(f"  {_module_path(frame.filename)}:{frame.lineno} in {frame.name}")
        if current is None:
            break
        following = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
        if following is None:
            break
        current, current_type, current_tb = following, type(following), following.__traceback__
    return "\n".join(lines) + "\n"


def write_crash_file(data_dir: Path, text: str) -> Path:
    """Write ``text`` to ``<data_dir>/crash/crash-<time>-<pid>.txt``; returns the path."""
    from lk3_desktop.services.data_folder import mkdir_private, open_private

    folder = data_dir / CRASH_FOLDER
    mkdir_private(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.txt"
    with open_private(path) as fh:
        fh.write(text.encode("utf-8"))
    return path


def _record(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> Path | None:
    """Write the crash file; returns its path, or None when it could not be written."""
    data_dir = _state["data_dir"]
    text = report_text(exc_type, exc, tb)
    if isinstance(data_dir, Path):
        try:
            return write_crash_file(data_dir, text)
        except OSError:
            pass
    sys.stderr.write(text)
    return None


def handle_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> None:
    """The excepthook: a known error is shown as its sentence, anything else as a crash."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc if exc is not None else exc_type(), tb)
        return
    from PySide6.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() is app.thread()
    if isinstance(exc, KnownError) and on_ui_thread and not _state["showing"]:
        from lk3_desktop.ui import dialogs
        from lk3_desktop.ui.messages import message_for

        _state["showing"] = True
        try:
            dialogs.warn(None, "LK3 Desktop", message_for(exc))
        finally:
            _state["showing"] = False
        return
    path = _record(exc_type, exc, tb)
    if not on_ui_thread or _state["showing"]:
        return
    from lk3_desktop.ui import dialogs

    where = str(path) if path else QCoreApplication.translate("Crash", "(could not be written)")
    _state["showing"] = True
    try:
        dialogs.error(
            None,
            QCoreApplication.translate("Crash", "LK3 Desktop: unexpected error"),
            QCoreApplication.translate(
                "Crash",
                "Something went wrong inside LK3 Desktop. What was already saved is safe. "
                "A report without personal data was written to:\n{path}\n\n"
                "Please give this file to whoever supports the application. If the window "
                "behaves oddly now, close LK3 Desktop and open it again.",
            ).format(path=where),
            details=report_text(exc_type, exc, tb),
        )
    finally:
        _state["showing"] = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _record(args.exc_type, args.exc_value, args.exc_traceback)


def install(data_dir: Path) -> None:
    """Route every uncaught exception (also those raised in Qt slots) through here."""
    _state["data_dir"] = data_dir
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
