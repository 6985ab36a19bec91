"""What a measuring child process runs: ``python -m benchmarks.probe KIND ARGS``.

Every figure with a window is measured in a new process of its own (the app's memory and
its first-time costs are what a person meets), on the platform the environment gives
(``QT_QPA_PLATFORM``: offscreen by default, ``xcb`` under Xvfb). Kinds:

- ``start-app DIR`` / ``start-bare``: print ``READY`` once the sign-in window (or a bare
  window) is painted and the event loop is free again, then quit; the parent times the
  process from its start to that line.
- ``session DIR USER PASSWORD``: the real app; types into the sign-in window, presses Enter,
  times until Beranda is painted (minus the time spent in Argon2id), opens Klien and takes
  the peak RSS with the client list painted (Argon2id's own allocation excluded).
- ``list DIR USER PASSWORD ROUNDS KEY``: search as you type, one list page, paint after a
  scrollbar jump (:mod:`benchmarks.gui_list`).
- ``client DIR USER PASSWORD ROUNDS KEY CLIENT``: opening a client to its page painted.
"""

from __future__ import annotations

import sys

from benchmarks.memory import peak_kib


def start_bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from benchmarks.gui import when_painted

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(660, 440)
    window.show()
    when_painted(window, lambda: _ready(app.quit))
    app.exec()
    from benchmarks.timing import report

    report({"peak_kib": peak_kib()})


def _ready(then: object) -> None:
    print("READY", flush=True)
    if callable(then):
        then()


def start_app(folder: str) -> None:
    import lk3_desktop.app as app_module

    original = app_module.AppController.show_login

    def show_login(controller: app_module.AppController) -> None:
        from PySide6.QtWidgets import QApplication

        from benchmarks.gui import when_painted

        original(controller)
        assert controller.window is not None
        when_painted(controller.window, lambda: _ready(QApplication.quit))

    app_module.AppController.show_login = show_login  # type: ignore[method-assign, assignment]
    from lk3_desktop.cli import main

    main(["--data-dir", folder])
    from benchmarks.timing import report

    report({"peak_kib": peak_kib()})


def main(argv: list[str]) -> int:
    kind, args = argv[0], argv[1:]
    if kind == "start-bare":
        start_bare()
    elif kind == "start-app":
        start_app(args[0])
    elif kind == "session":
        from benchmarks import gui_session

        gui_session.run(*args)
    elif kind == "list":
        from benchmarks import gui_list

        gui_list.run(*args)
    elif kind == "client":
        from benchmarks import gui_client

        gui_client.run(*args)
    else:
        raise SystemExit(f"unknown probe {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
