"""The client list at work: search as you type, one page of rows, paint after a jump.

The real Klien page (``ClientsPage``) in a 1366x768 window, signed in through the services.
The list's pause before it asks (150 ms after the last key) is set to nothing: it is a choice
made for the person typing, not work, so the figure is the app's work for one keystroke.
"""

from __future__ import annotations

import gc
import random
import time
from typing import Any

from benchmarks import raw
from benchmarks.timing import FRAME_MS

# Typed into the search field, one figure sample each: the last letter is the keystroke.
TERMS = ("anggr", "siti h", "wahyu", "rahma", "dewi s", "hidayat")


def _spread(count: int, size: int, low: float, high: float, seed: int) -> list[int]:
    """``count`` rows between ``low`` and ``high`` (fractions of ``size``), far apart, in a
    shuffled order: rows nobody has fetched yet."""
    first, last = int(size * low), max(int(size * low) + 1, int(size * high) - 1)
    step = max(1, (last - first) // max(count, 1))
    rows = [min(size - 1, first + i * step) for i in range(count)]
    random.Random(seed).shuffle(rows)
    return rows


def run(folder: str, username: str, password: str, rounds_text: str, key_hex: str) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtTest import QTest

    import lk3_desktop.ui.clients.list_panel as list_panel
    from benchmarks.gui import screen_window, settle, signed_in_context, wait_for, watchdog
    from benchmarks.timing import report
    from lk3_desktop.services import client_list
    from lk3_desktop.ui.clients import ClientsPage

    watchdog()
    rounds = int(rounds_text)
    list_panel.SEARCH_DELAY_MS = 0
    context = signed_in_context(folder, username, password)
    recorder = raw.attach(context.session.store.engine)
    fetched: list[list[int]] = []
    fetch_rows = client_list.fetch_rows

    def recording_fetch(session: Any, ids: Any) -> Any:
        fetched.append(list(ids))
        return fetch_rows(session, ids)

    client_list.fetch_rows = recording_fetch
    page = ClientsPage(context)
    window = screen_window(page)
    settle(context, window)
    panel = page.list_panel
    model, table = panel.model, panel.table
    conn = raw.connect(context.data_dir / "lk3.db", bytes.fromhex(key_hex))
    ids = list(model.ids)
    result: dict[str, Any] = {"clients": len(ids)}

    # -- one page of rows: the model's fetch of rows nobody has seen, beside SELECT * of them
    pages_app, pages_floor = [], []
    for i, row in enumerate(_spread(rounds + 1, len(ids), 0.05, 0.5, 1)):
        fetched.clear()
        model.forget_all()  # cold rows, also in a small office
        gc.collect()
        start = time.perf_counter()
        model.data(model.index(row, 0, QModelIndex()))
        app = (time.perf_counter() - start) * 1000
        wanted = fetched[-1] if fetched else ids[row : row + 1]
        sql, params = raw.ids_select("clients", "id", wanted)
        start = time.perf_counter()
        raw.rows(conn, sql, params)
        floor = (time.perf_counter() - start) * 1000
        if i:  # the first is a warm-up
            pages_app.append(app)
            pages_floor.append(floor)
    result["list_page"] = {"app": pages_app, "floor": pages_floor, "rows": len(wanted)}

    # -- paint after a jump with the scrollbar, to rows not fetched yet
    jumps = []
    bar = table.verticalScrollBar()
    for row in _spread(rounds + 1, len(ids), 0.55, 1.0, 2):
        model.forget_all()
        gc.collect()
        start = time.perf_counter()
        bar.setValue(row)
        table.viewport().repaint()
        jumps.append((time.perf_counter() - start) * 1000)
    result["paint_jump"] = {"app": jumps[1:], "floor": [FRAME_MS] * (len(jumps) - 1)}

    # -- search as you type: the last keystroke of a word to the list model holding its ids
    finished: list[float] = []
    model.search_finished.connect(lambda _count: finished.append(time.perf_counter()))
    field = panel.search_field
    search_app, search_floor = [], []
    for i in range(rounds + 1):
        term = TERMS[i % len(TERMS)]
        field.setText(term[:-1])
        settle(context)
        finished.clear()
        with recorder.recording():
            start = time.perf_counter()
            QTest.keyClicks(field, term[-1])
            wait_for(lambda: bool(finished))
            app = (finished[0] - start) * 1000
            settle(context)
        searches = recorder.matching(r"^\s*SELECT c\.id FROM")
        assert searches, "no search statement was recorded"
        sql, params = searches[-1]
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        floor = (time.perf_counter() - start) * 1000
        if i:
            search_app.append(app)
            search_floor.append(floor)
    result["search"] = {"app": search_app, "floor": search_floor}
    conn.close()
    window.close()
    report(result)
