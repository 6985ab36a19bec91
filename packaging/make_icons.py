"""Render the application icon (resources/icons/*.svg) as the files desktops want.

    python packaging/make_icons.py OUT_DIR

writes ``OUT_DIR/hicolor/<N>x<N>/apps/lk3-desktop.png`` for every size of
``lk3_desktop.ui.icons.APP_ICON_SIZES`` (16 and 24 from the simplified drawing), a copy of the
SVG as ``hicolor/scalable/apps/lk3-desktop.svg``, and ``lk3-desktop.ico`` (every size up to 256,
PNG-compressed entries, as Windows Vista and later read them) for the Windows programs and the
installer. Runs without a screen (Qt's offscreen platform).
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication

from lk3_desktop.paths import ICONS
from lk3_desktop.ui.icons import APP_ICON, APP_ICON_SIZES, app_icon_pixmap

NAME = "lk3-desktop"


def png_bytes(size: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not app_icon_pixmap(size).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon")
    return bytes(buffer.data().data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding each (size -> PNG) image; 256 is written as 0, as the format says."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: png_bytes(size) for size in APP_ICON_SIZES}
    for size, data in images.items():
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{NAME}.png").write_bytes(data)
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / APP_ICON, scalable / f"{NAME}.svg")
    (out / f"{NAME}.ico").write_bytes(ico_bytes(images))
    del app
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
