"""The real crash test: the note editor runs in a child process (offscreen Qt, a real SQLCipher
data folder, a signed-in counselor) while key clicks type into the note; the process is killed
with SIGKILL; after signing in again, the draft holds everything typed up to at most the last
10 seconds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from support.casework import COUNSELOR_PASSWORD, add_user, household
from support.factories import init_database, login

from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import sessions

TESTS_DIR = Path(__file__).resolve().parent.parent
# Long enough for several autosaves (every 5 s) and for the kill to come more than
# MAX_LOSS_SECONDS after typing began (what was typed by then must be in the draft).
TYPING_SECONDS = 18.0
MAX_LOSS_SECONDS = 10.0

EDITOR = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.ui.context import AppContext
    from lk3_desktop.ui.sessions import SessionsPanel
    from support.casework import COUNSELOR_PASSWORD
    from support.factories import login, make_vault

    folder, client_id, case_id = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv)
    store = NoCredentialStore()
    context = AppContext(folder, store, vault_factory=make_vault)
    context.set_session(login(folder, store, "rina", COUNSELOR_PASSWORD))
    panel = SessionsPanel(context, client_id)
    panel.resize(1100, 700)
    panel.show()
    state = {"typed": 0, "i": 0}

    def type_a_word():
        edit = panel.editor.section_edit("data")
        if edit is None:
            return
        if not edit.hasFocus():
            edit.setFocus()
        word = "kata%05d " % state["i"]
        QTest.keyClicks(edit, word)
        state["i"] += 1
        state["typed"] += len(word)
        # typed (not yet saved) up to this moment
        print("%.3f %d" % (time.time(), state["typed"]), flush=True)

    def begin():
        panel.start_new(case_id)
        timer = QTimer(panel)
        timer.timeout.connect(type_a_word)
        timer.start(100)

    QTimer.singleShot(500, begin)
    print("ready", flush=True)
    app.exec()
    """
)


def expected_text(length: int) -> str:
    words = "".join(f"kata{i:05d} " for i in range(length // 10 + 2))
    return words[:length]


@pytest.mark.slow
def test_sigkill_while_typing_a_note_keeps_the_draft(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = NoCredentialStore()
    head = init_database(folder, store).session
    rina = add_user(head, folder, store, "rina", "Rina Marlina", Role.KONSELOR)
    home = household(head, rina.actor.user_id)
    rina.store.close()
    head.store.close()

    paths = [str(TESTS_DIR), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
    env["QT_QPA_PLATFORM"] = "offscreen"
    progress: list[tuple[float, int]] = []
    with subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(folder), str(home.client_id), str(home.case_id)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for line in proc.stdout:
            stamp, typed = line.split()
            progress.append((float(stamp), int(typed)))
            if progress[-1][0] - progress[0][0] >= TYPING_SECONDS:
                break
        killed_at = time.time()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(progress) > 100, "the editor typed too little to judge"

    # sign in again through the services: the draft is offered
    again = login(folder, store, "rina", COUNSELOR_PASSWORD)
    try:
        pending = sessions.pending_drafts(again)
        assert len(pending) == 1
        assert pending[0].case_id == home.case_id and pending[0].session_id is None
        draft = sessions.get_draft(again, pending[0].id)
    finally:
        again.store.close()
    text = draft.data.sections["data"]
    typed_by = max(
        (typed for stamp, typed in progress if stamp <= killed_at - MAX_LOSS_SECONDS), default=0
    )
    assert typed_by > 0
    assert text == expected_text(len(text)), "the draft is not what was typed"
    assert len(text) >= typed_by, (
        f"draft holds {len(text)} characters; {typed_by} were typed "
        f"{MAX_LOSS_SECONDS:.0f} s before the kill"
    )
