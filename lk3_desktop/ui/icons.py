"""Line icons for the navigation and the lock page, drawn from small SVG paths.

Each icon is rendered in the normal ink colour and, for a selected navigation item, in white,
at 1x and 2x so it stays sharp on high-DPI screens. No icon files are needed.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from lk3_desktop.paths import ICONS
from lk3_desktop.ui.style import INK

APP_ICON = "lk3-desktop.svg"
APP_ICON_SMALL = "lk3-desktop-small.svg"  # the same drawing simplified for 16-24 px
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# 24x24 line drawings (stroke only).
_PATHS: dict[str, str] = {
    "beranda": '<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 9.8V20h13V9.8"/>'
    '<path d="M10 20v-5.5h4V20"/>',
    "klien": '<circle cx="9" cy="8" r="3.2"/><path d="M3 20c0-3.6 2.7-6.2 6-6.2s6 2.6 6 6.2"/>'
    '<circle cx="17" cy="9" r="2.4"/><path d="M16.6 13.9c2.5.3 4.4 2.6 4.4 5.6"/>',
    "jadwal": '<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17"/>'
    '<path d="M8 3v4M16 3v4"/><path d="M7.5 14h2M11 14h2M14.5 14h2M7.5 17h2M11 17h2"/>',
    "rujukan": '<path d="M12.5 21H6.5A1.5 1.5 0 0 1 5 19.5v-15A1.5 1.5 0 0 1 6.5 3H14l4 4v4"/>'
    '<path d="M8 8h5M8 11.5h6"/><path d="M13.5 17h7.5M18 14l3 3-3 3"/>',
    "laporan": '<path d="M4 20.5h16"/><path d="M7 20V13M12 20V7.5M17 20v-9" stroke-width="2.6"/>',
    "pengaturan": '<path d="M4 7h16M4 12h16M4 17h16"/><circle cx="9" cy="7" r="2.1" fill="BG"/>'
    '<circle cx="15.5" cy="12" r="2.1" fill="BG"/><circle cx="7.5" cy="17" r="2.1" fill="BG"/>',
    "kunci": '<rect x="5" y="10.5" width="14" height="10" rx="2"/>'
    '<path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/><path d="M12 14.5v2.5"/>',
}

_SIZES = (16, 20, 24, 32, 40, 48, 64)


def _svg(name: str, colour: str, background: str) -> bytes:
    body = _PATHS[name].replace('"BG"', f'"{background}"')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">'
        f"{body}</svg>"
    ).encode()


def _pixmap(data: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, colour: str = INK, background: str = "#e9ecf0") -> QIcon:
    """The icon ``name`` (a navigation key or "kunci"); white when selected."""
    result = QIcon()
    normal = _svg(name, colour, background)
    selected = _svg(name, "#ffffff", "#2f5d8a")
    for size in _SIZES:
        result.addPixmap(_pixmap(normal, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(selected, size), QIcon.Mode.Selected)
    return result


def names() -> list[str]:
    return list(_PATHS)


def app_icon_svg(size: int) -> bytes:
    """The application icon's drawing meant for ``size`` pixels (a simpler one when small)."""
    return (ICONS / (APP_ICON_SMALL if size <= 24 else APP_ICON)).read_bytes()


def app_icon_pixmap(size: int) -> QPixmap:
    return _pixmap(app_icon_svg(size), size)


def app_icon() -> QIcon:
    """The window and taskbar icon (resources/icons), at every usual size."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addPixmap(app_icon_pixmap(size))
    return result
