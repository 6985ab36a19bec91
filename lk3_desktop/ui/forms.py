"""Form building blocks: labels left and fields aligned, messages under their field.

QFormLayout keeps a cached height for rows whose field wraps text (a message under a field);
when such a message grows to more lines the cache is not renewed and the rows overlap.
:func:`relayout` renews it for every layout above a widget; call it after changing messages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def form_layout() -> QFormLayout:
    """Labels on the left, top-aligned with their field; fields take the remaining width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(8)
    return form


def scrolling_body(parent: QWidget, object_name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless, vertically scrolling area and the layout of its content.

    Long forms put their fields here and their action buttons outside, in a bar that never
    scrolls away: on a 1366x768 screen the form scrolls inside its page instead of pushing the
    window (and its buttons) below the screen.
    """
    scroll = QScrollArea(parent)
    scroll.setObjectName(object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    content = QWidget(scroll)
    content.setObjectName(f"{object_name}Content")
    layout = QVBoxLayout(content)
    scroll.setWidget(content)
    return scroll, layout


def column(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A field with what belongs under it (strength meter, message) as one form cell."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def link_labels(form: QFormLayout) -> None:
    """Each row's label becomes the buddy of its field (Alt+letter focuses the field)."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label_widget = label.widget() if label else None
        buddy = field.widget() if field else None
        if isinstance(label_widget, QLabel) and buddy is not None:
            label_widget.setBuddy(buddy)


def relayout(widget: QWidget) -> None:
    """Renew the layouts above ``widget`` once the current event is handled."""

    def renew() -> None:
        current: QWidget | None = widget
        while current is not None:
            layout = current.layout()
            if layout is not None:
                layout.invalidate()
            if current.isWindow():
                break
            current = current.parentWidget()

    QTimer.singleShot(0, widget, renew)
