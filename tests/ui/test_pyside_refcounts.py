"""PySide6 must not lose references to None/True/False (6.12.0 does, and CPython 3.11
aborts with "none_dealloc"/"bool_dealloc" after a few thousand table paints or signals).

pyproject pins PySide6 below 6.12 for this; the test keeps a future upgrade honest.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

ROUNDS = 200  # few enough that a buggy build fails the assertion instead of aborting


class _Emitter(QObject):
    flag = Signal(bool)


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None  # what every model returns for the roles it does not answer


def test_signal_emit_keeps_references_to_bools(qapp: object) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(ROUNDS):
        emitter.flag.emit(True)
    received.clear()
    assert sys.getrefcount(True) >= before - 10


def test_model_data_returning_none_keeps_references(qapp: object) -> None:
    model = _Model()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        proxy.data(index, 0)
    assert sys.getrefcount(None) >= before - 10
