"""The look: Fusion with a calm, light, neutral palette; red only for risk and destruction.

Widgets opt into the few special looks through a ``role`` property (``title``, ``subtitle``,
``muted``, ``badge-demo``, ``code``) or the ``prominent`` / ``destructive`` properties of
buttons, so the stylesheet never needs to know object names of other modules.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

INK = "#1f2933"
MUTED = "#52606d"
WINDOW = "#f4f5f7"
PANEL = "#ffffff"
LINE = "#d5dae1"
ACCENT = "#2f5d8a"  # calm blue for selection and the main action
ACCENT_DARK = "#244a6e"
RISK = "#b42318"  # risk and destructive actions only
WARNING_INK = "#8a4b08"  # needs attention, not danger
DEMO = "#f5c451"

STYLESHEET = f"""
QLabel[role="title"] {{ font-size: 17pt; font-weight: 600; color: {INK}; }}
QLabel[role="heading"] {{ font-size: 12.5pt; font-weight: 600; color: {INK}; }}
QLabel[role="subtitle"] {{ color: {MUTED}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="warning"] {{ color: {WARNING_INK}; }}
QLabel[role="risk"] {{ color: {RISK}; font-weight: 600; }}
QLabel[role="code"] {{
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    font-size: 15pt; font-weight: 600; color: {INK};
    background: {PANEL}; border: 1px solid {LINE}; border-radius: 6px; padding: 10px;
}}
QLabel[role="badge-demo"] {{
    background: {DEMO}; color: #3d2b00; font-weight: 700;
    border-radius: 4px; padding: 1px 8px;
}}
QFrame[role="card"] {{
    background: {PANEL}; border: 1px solid {LINE}; border-radius: 8px;
}}
QListWidget#navigation {{
    background: #e9ecf0; border: none; border-right: 1px solid {LINE};
    outline: none; padding-top: 6px;
}}
QListWidget#navigation::item {{
    padding: 8px 10px; margin: 1px 6px; border-radius: 6px; color: {INK};
}}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #dde2e8; }}
QPushButton[prominent="true"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    border-radius: 4px; padding: 6px 16px; font-weight: 600;
}}
QPushButton[prominent="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[prominent="true"]:disabled {{ background: #9fb2c4; border-color: #9fb2c4; }}
QPushButton[destructive="true"] {{ color: {RISK}; }}
QPushButton[role="link"] {{
    border: none; background: transparent; color: {ACCENT};
    text-decoration: underline; padding: 4px 0;
}}
QPushButton[role="link"]:hover {{ color: {ACCENT_DARK}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (the same on Windows and Linux), light palette, base font size."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eceff3"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8794"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa5b1"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` one of the looks above and re-polish it."""
    if widget.property("role") == role:
        return  # polished for it already (polishing again is the cost, not the look)
    widget.setProperty("role", role)
    _repolish(widget)


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a boolean look property (``prominent``, ``destructive``) and re-polish."""
    widget.setProperty(name, on)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
