"""The app's garbage collector: automatic collection off, cycles collected on the UI thread."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from lk3_desktop.ui.garbage import GarbageCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_by_the_timer_and_never_automatically(qapp: QApplication) -> None:
    collector = GarbageCollector(qapp)
    was_enabled = gc.isenabled()
    collector.start()
    try:
        assert not gc.isenabled()
        gc.collect()
        threshold = gc.get_threshold()[0]
        for _ in range(threshold * 3):
            Cycle()
        # nothing collected them: automatic collection is off
        assert sum(isinstance(o, Cycle) for o in gc.get_objects()) >= threshold * 3
        assert collector.collect_due() >= threshold * 3
        assert not any(isinstance(o, Cycle) for o in gc.get_objects())
        assert collector.collect_due() == 0  # nothing due right after a collection
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()


def test_what_exists_when_the_preload_is_done_is_left_out_of_collections(
    qapp: QApplication,
) -> None:
    """Setting aside the long-lived objects freezes them, only while the app's collector
    runs (one made but not started, as in tests sharing one process, does nothing)."""
    import weakref

    collector = GarbageCollector(qapp)
    kept = Cycle()
    ref = weakref.ref(kept)
    # tests/ui/conftest.py set aside what existed before the first UI test
    before = gc.get_freeze_count()
    collector.set_aside_long_lived()
    assert gc.get_freeze_count() == before  # not started
    was_enabled = gc.isenabled()
    collector.start()
    try:
        collector.set_aside_long_lived()
        assert gc.get_freeze_count() > before
        del kept
        gc.collect()
        assert ref() is not None  # frozen: left out of the collection
    finally:
        gc.unfreeze()
        collector.stop()
        collector.deleteLater()
    if not was_enabled:
        gc.disable()
    gc.collect()
    assert ref() is None
    gc.freeze()  # the conftest's set-aside objects, again out of the collections
