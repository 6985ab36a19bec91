"""A real Secret Service (gnome-keyring) on a private D-Bus session bus, for tests."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import tempfile

# Runs inside `dbus-run-session`: reads the keyring password from the first line of stdin,
# starts and unlocks gnome-keyring's secrets component, exports what it prints
# (GNOME_KEYRING_CONTROL, ...) and then runs the command given as arguments.
_SCRIPT = """\
set -eu
IFS= read -r password
set -a
eval "$(printf '%s\\n' "$password" | gnome-keyring-daemon --unlock --components=secrets)"
set +a
unset password
exec "$@"
"""


def secret_service_available() -> bool:
    """True when both `dbus-run-session` and `gnome-keyring-daemon` are on PATH."""
    return all(shutil.which(tool) for tool in ("dbus-run-session", "gnome-keyring-daemon"))


def run_in_secret_service(
    argv: list[str], env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Runs argv with a fresh, unlocked gnome-keyring Secret Service on its own session bus.

    The keyring lives in a temporary XDG data/config/runtime directory, so the user's own
    keyrings are never touched. `env` is added to (and overrides) the current environment.
    Returns the finished process with stdout and stderr captured as text; raises
    subprocess.TimeoutExpired (after killing the whole session) when it runs too long.
    """
    if not secret_service_available():
        raise RuntimeError(
            "dbus-run-session or gnome-keyring-daemon is missing (Debian packages 'dbus' and "
            "'gnome-keyring'); run scripts/setup.sh to install them"
        )
    with tempfile.TemporaryDirectory(prefix="lk3-keyring-", ignore_cleanup_errors=True) as home:
        child_env = dict(os.environ)
        for name in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL"):
            child_env.pop(name, None)
        for name, sub in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ):
            path = os.path.join(home, sub)
            os.mkdir(path, 0o700)
            child_env[name] = path
        child_env.update(env or {})
        cmd = ["dbus-run-session", "--", "sh", "-c", _SCRIPT, "lk3-secret-service", *argv]
        with subprocess.Popen(
            cmd,
            env=child_env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        ) as proc:
            try:
                stdout, stderr = proc.communicate(secrets.token_hex(16) + "\n", timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                raise
        return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
