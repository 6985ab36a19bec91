"""Opening a client with a long history (200 session notes) to its page painted.

The real Klien page in a 1366x768 window. Each sample opens another client first, then the
busy one, and waits until every panel of the client page has its data and is painted. The
floor selects the rows that page shows directly: the client, the cases, the notes with
their attendees, the family and the appointments.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks import raw


def _floor(conn: Any, client_id: int) -> None:
    cases = [r[0] for r in raw.rows(conn, "SELECT id FROM cases WHERE client_id = ?", [client_id])]
    raw.rows(conn, "SELECT * FROM clients WHERE id = ?", [client_id])
    raw.rows(conn, *raw.ids_select("cases", "id", cases))
    notes = raw.rows(conn, *raw.ids_select("counseling_sessions", "case_id", cases))
    raw.rows(conn, *raw.ids_select("session_attendees", "session_id", [n[0] for n in notes]))
    families = raw.rows(
        conn, "SELECT family_id FROM family_members WHERE client_id = ?", [client_id]
    )
    raw.rows(conn, *raw.ids_select("family_members", "family_id", [f[0] for f in families]))
    raw.rows(conn, "SELECT * FROM appointments WHERE client_id = ?", [client_id])


def run(
    folder: str, username: str, password: str, rounds_text: str, key_hex: str, client: str
) -> None:
    from benchmarks.gui import screen_window, settle, signed_in_context, watchdog
    from benchmarks.timing import report
    from lk3_desktop.ui.clients import ClientsPage

    watchdog()
    rounds = int(rounds_text)
    busy = int(client)
    context = signed_in_context(folder, username, password)
    page = ClientsPage(context)
    window = screen_window(page)
    settle(context, window)
    ids = [cid for cid in page.list_panel.model.ids if cid != busy]
    conn = raw.connect(context.data_dir / "lk3.db", bytes.fromhex(key_hex))
    apps, floors = [], []
    for i in range(rounds + 1):
        page.open_client(ids[(i * 7919) % len(ids)])  # another client first
        settle(context, window)
        start = time.perf_counter()
        page.open_client(busy)
        settle(context, window)
        app = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        _floor(conn, busy)
        floor = (time.perf_counter() - start) * 1000
        if i:
            apps.append(app)
            floors.append(floor)
    conn.close()
    window.close()
    report({"client_page": {"app": apps, "floor": floors}})
