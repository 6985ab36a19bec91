"""The test-support helpers start real components: an X server and a Secret Service."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from support.secret_service import run_in_secret_service
from support.xvfb import xvfb_display

_QT_ON_XCB = """\
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
size = QGuiApplication.primaryScreen().size()
print(app.platformName(), size.width(), size.height())
"""

_KEYRING_ROUND_TRIP = (
    "import keyring; keyring.set_password('lk3-test', 'a', 'b'); "
    "print(keyring.get_password('lk3-test', 'a'), type(keyring.get_keyring()).__module__)"
)


@pytest.mark.xvfb
def test_xvfb_display_lets_qt_use_the_xcb_platform() -> None:
    with xvfb_display(width=1024, height=700) as display:
        assert display.startswith(":")
        assert display[1:].isdigit()
        socket_path = f"/tmp/.X11-unix/X{display[1:]}"
        assert os.path.exists(socket_path)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        result = subprocess.run(
            [sys.executable, "-c", _QT_ON_XCB],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert not os.path.exists(socket_path), "Xvfb still running after the block"
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["xcb", "1024", "700"], result.stderr


@pytest.mark.secret_service
def test_keyring_round_trips_through_the_real_secret_service() -> None:
    result = run_in_secret_service([sys.executable, "-c", _KEYRING_ROUND_TRIP], timeout=60)
    assert result.returncode == 0, result.stderr
    value, backend = result.stdout.split()
    assert value == "b"
    assert backend == "keyring.backends.SecretService", result.stderr
