"""The real app on a real X server (Xvfb, xcb platform): it starts, shows its window in
Indonesian, and the window is a real X11 top-level window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from support.xvfb import xvfb_display

from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts

# Runs run_gui() itself; a timer reads what a person would see, then quits the app.
HARNESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
    from lk3_desktop.app import create_application, run_gui

    app = create_application()

    def report():
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not any(w.findChildren(QAbstractButton) for w in shown):
            QTimer.singleShot(300, report)  # still on the start-up window
            return
        print("platform", QApplication.platformName(), flush=True)
        for w in shown:
            print("window", w.windowTitle(), flush=True)
            for child in w.findChildren(QLabel) + w.findChildren(QAbstractButton):
                if child.isVisible() and child.text():
                    print("text", child.text().replace("\\n", " "), flush=True)
        print("ready", flush=True)
        QTimer.singleShot(int(sys.argv[2]), app.quit)

    QTimer.singleShot(500, report)
    sys.exit(run_gui(Path(sys.argv[1])))
    """
)


def window_names(display: str) -> str:
    result = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=20,
    )
    return result.stdout


@pytest.mark.xvfb
def test_real_app_starts_on_xcb_in_indonesian(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = NoCredentialStore()
    accounts.initialize(
        folder,
        store,
        accounts.CenterInput(name="LK3 Kota Serang"),
        accounts.NewAccount("kepala", "Siti Aminah", "Sangat-Rahasia-Kantor-2026"),
    ).session.store.close()
    config = tmp_path / "config"  # QSettings of this run only
    with xvfb_display() as display:
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            XDG_CONFIG_HOME=str(config),
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        with subprocess.Popen(
            [sys.executable, "-c", HARNESS, str(folder), "4000"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as proc:
            assert proc.stdout is not None
            lines: list[str] = []
            deadline = time.monotonic() + 60
            for line in proc.stdout:
                lines.append(line.rstrip("\n"))
                if line.startswith("ready") or time.monotonic() > deadline:
                    break
            # while the app is up, X11 itself knows its window
            tree = window_names(display)
            out, err = proc.communicate(timeout=60)
            lines.extend(out.splitlines())
    assert proc.returncode == 0, err
    assert "platform xcb" in lines
    assert '"LK3 Desktop"' in tree
    texts = " ".join(line[5:] for line in lines if line.startswith("text "))
    assert "Masuk" in texts  # the sign-in button, in Indonesian
    assert "Kata sandi" in texts
    assert "Password" not in texts and "Sign in" not in texts
