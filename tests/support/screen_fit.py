"""Does a window fit a 1366x768 laptop screen, and can every action button be reached?

``fit_problems(window, where)`` returns one sentence per fault (empty when all is well):

- the window needs more than the screen less a taskbar (its minimum size hint, or an explicit
  minimum size, is wider than 1366 or taller than 728), or it already is larger;
- a visible action button (QPushButton, QToolButton, a QDialogButtonBox button) lies wholly or
  partly outside what can be seen: beyond the screen, or cut off by a parent that is smaller
  than it. A button inside a scroll area's content counts as reachable (the person scrolls),
  except the buttons of a QDialogButtonBox, which must never scroll away;
- a button is narrower or lower than its text needs (the text is cut or its descenders
  clipped); a button whose text wraps (height-for-width) must be as high as its width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from lk3_desktop.ui.context import AppContext

SCREEN = QSize(1366, 768)
TASKBAR = 40
AVAILABLE = QSize(SCREEN.width(), SCREEN.height() - TASKBAR)

# Buttons that belong to a compound Qt control (a spin box's arrows, a line edit's clear
# button, a tab bar's scroll arrows): Qt places them, they are not the app's actions.
_QT_PARTS = (QAbstractSpinBox, QCalendarWidget, QComboBox, QLineEdit, QScrollBar, QTabBar)


def settle(context: AppContext | None = None, rounds: int = 6) -> None:
    """Let queued events, lane calls and their answers run, and layouts settle."""
    for _ in range(rounds):
        QCoreApplication.processEvents()
        if context is not None:
            context.lane.wait()
        QCoreApplication.processEvents()
        QApplication.sendPostedEvents()


def _is_qt_part(button: QWidget, window: QWidget) -> bool:
    parent = button.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, _QT_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def action_buttons(window: QWidget) -> list[QAbstractButton]:
    """The visible push and tool buttons of ``window`` that the app put there."""
    found: list[QAbstractButton] = []
    for button in window.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton):
            continue
        if not button.isVisibleTo(window) or not button.isVisible():
            continue
        if button.window() is not window or _is_qt_part(button, window):
            continue
        found.append(button)
    return found


def _describe(button: QAbstractButton) -> str:
    text = button.text() or button.accessibleName() or button.toolTip()
    shown = getattr(button, "shown_text", None)
    if not text and callable(shown):
        text = shown()
    return f"button '{text}' ({button.objectName() or type(button).__name__})"


def _in_button_box(button: QWidget) -> bool:
    return isinstance(button.parentWidget(), QDialogButtonBox)


def _scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _reachable(widget: QWidget, window: QWidget, screen: QRect) -> bool:
    """Whether all of ``widget`` can be seen, or reached by scrolling a scroll area."""
    shown = QRect(QPoint(0, 0), widget.size())
    current = widget
    while current is not window:
        parent = current.parentWidget()
        if parent is None:
            return False
        shown = shown.translated(current.pos())
        if _scroll_viewport(parent) and not _in_button_box(widget):
            # inside scrolling content: reachable once its scroll area itself is in view
            return shown.size() == widget.size() and _reachable(parent, window, screen)
        clipped = shown.intersected(parent.rect())
        if clipped != shown:
            return False
        current = parent
    return screen.contains(shown)


def _text_cut(button: QAbstractButton) -> str:
    """How the button's text does not fit the space its style gives it ("" when it does)."""
    if button.hasHeightForWidth():
        need = button.heightForWidth(button.width())
        if button.height() < need:
            return f"is {button.height()} px high, its wrapped text needs {need}"
        return ""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return ""
    metrics = button.fontMetrics()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        if not option.icon.isNull():
            room.setWidth(room.width() - option.iconSize.width() - 4)
    else:
        hint = button.sizeHint()
        room = QRect(0, 0, button.width() - (hint.width() - metrics.horizontalAdvance(text)), 0)
        room.setHeight(button.height() - (hint.height() - metrics.height()))
    width, height = metrics.horizontalAdvance(text), metrics.height()
    if room.width() < width or room.height() < height:
        return (
            f"is {button.width()}x{button.height()}: its text needs {width}x{height}, "
            f"it has {max(room.width(), 0)}x{max(room.height(), 0)}"
        )
    return ""


def fit_problems(window: QWidget, where: str, limit: QSize = AVAILABLE) -> list[str]:
    """Every way ``window`` (a main window or a dialog) does not fit ``limit``."""
    problems: list[str] = []
    layout = window.layout()
    if layout is not None:
        layout.activate()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > limit.width() or need.height() > limit.height():
        problems.append(
            f"{where}: needs at least {need.width()}x{need.height()}, "
            f"the screen has {limit.width()}x{limit.height()}"
        )
    if window.width() > limit.width() or window.height() > limit.height():
        problems.append(
            f"{where}: is {window.width()}x{window.height()}, "
            f"larger than the screen's {limit.width()}x{limit.height()}"
        )
    screen = QRect(0, 0, min(window.width(), limit.width()), min(window.height(), limit.height()))
    for button in action_buttons(window):
        if button.width() <= 0 or button.height() <= 0 or not _reachable(button, window, screen):
            problems.append(f"{where}: {_describe(button)} lies outside the visible area")
            continue
        cut = _text_cut(button)
        if cut:
            problems.append(f"{where}: {_describe(button)} {cut}")
    return problems
