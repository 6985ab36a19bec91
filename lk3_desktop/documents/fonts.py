"""TrueType fonts for every PDF this application makes.

Text is always set in embedded TrueType fonts, never in the PDF base-14 fonts (Helvetica and
friends are not embedded and render differently on every viewer). The sans family is Bitstream
Vera, which ships inside the ``reportlab`` package itself, so it is present wherever ReportLab
is. For codes a person must read and type (the recovery card), a monospace face is registered
too, taken from the system: DejaVu Sans Mono (Linux), Consolas or Courier New (Windows), Courier
New (macOS) or Liberation Mono; when none can be loaded, Vera again. Either way it is embedded.
Documents that print codes place each character in a fixed-width cell themselves, so their
layout does not depend on which face was found; ``FontNames.mono_fixed_pitch`` says which.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = [
    "BOLD",
    "BOLD_ITALIC",
    "FAMILY",
    "ITALIC",
    "MONO",
    "MONO_BOLD",
    "FontNames",
    "register_fonts",
]

FAMILY: Final = "LK3Sans"
BOLD: Final = "LK3Sans-Bold"
ITALIC: Final = "LK3Sans-Italic"
BOLD_ITALIC: Final = "LK3Sans-BoldItalic"
MONO: Final = "LK3Mono"
MONO_BOLD: Final = "LK3Mono-Bold"

_VERA_FILES: Final = {
    FAMILY: "Vera.ttf",
    BOLD: "VeraBd.ttf",
    ITALIC: "VeraIt.ttf",
    BOLD_ITALIC: "VeraBI.ttf",
}


def _mono_candidates() -> list[tuple[Path, Path]]:
    """(regular, bold) monospace TrueType files to try, most preferred first."""
    windows_fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    mac_supplemental = Path("/System/Library/Fonts/Supplemental")
    pairs: list[tuple[Path, Path]] = []
    for folder in (
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/dejavu-sans-mono-fonts"),
    ):
        pairs.append((folder / "DejaVuSansMono.ttf", folder / "DejaVuSansMono-Bold.ttf"))
    pairs += [
        (windows_fonts / "consola.ttf", windows_fonts / "consolab.ttf"),
        (windows_fonts / "cour.ttf", windows_fonts / "courbd.ttf"),
        (mac_supplemental / "Courier New.ttf", mac_supplemental / "Courier New Bold.ttf"),
        (Path("/Library/Fonts/Courier New.ttf"), Path("/Library/Fonts/Courier New Bold.ttf")),
        (
            Path("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"),
            Path("/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"),
        ),
    ]
    return pairs


@dataclass(frozen=True, slots=True)
class FontNames:
    """Registered ReportLab font names to use in styles and on the canvas."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    mono: str
    mono_bold: str
    mono_fixed_pitch: bool
    """True when ``mono`` is a real fixed-pitch system face, False for the Vera fallback."""


_lock = threading.Lock()
_registered: FontNames | None = None


def _reportlab_font_dir() -> Path:
    import reportlab

    return Path(reportlab.__file__).resolve().parent / "fonts"


def _load_mono() -> tuple[Any, Any] | None:
    """Load the first system monospace pair that exists and may be embedded."""
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in _mono_candidates():
        if not (regular.is_file() and bold.is_file()):
            continue
        try:
            return TTFont(MONO, str(regular)), TTFont(MONO_BOLD, str(bold))
        except Exception:  # unreadable, or its license forbids embedding: try the next one
            continue
    return None


def register_fonts() -> FontNames:
    """Register the application's fonts with ReportLab (once) and return their names.

    Safe to call from every document builder and from several threads; only the first call
    reads font files. Raises ``FileNotFoundError`` if the Vera fonts are missing from the
    ReportLab installation.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return _registered

        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        vera_dir = _reportlab_font_dir()
        for name, filename in _VERA_FILES.items():
            path = vera_dir / filename
            if not path.is_file():
                raise FileNotFoundError(f"ReportLab font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )

        mono = _load_mono()
        if mono is None:
            mono = (
                TTFont(MONO, str(vera_dir / "Vera.ttf")),
                TTFont(MONO_BOLD, str(vera_dir / "VeraBd.ttf")),
            )
            fixed_pitch = False
        else:
            fixed_pitch = True
        for font in mono:
            pdfmetrics.registerFont(font)
        # Paragraph markup (<b>) inside a mono style should stay in the mono family.
        addMapping(MONO, 0, 0, MONO)
        addMapping(MONO, 1, 0, MONO_BOLD)
        addMapping(MONO, 0, 1, MONO)
        addMapping(MONO, 1, 1, MONO_BOLD)

        _registered = FontNames(
            regular=FAMILY,
            bold=BOLD,
            italic=ITALIC,
            bold_italic=BOLD_ITALIC,
            mono=MONO,
            mono_bold=MONO_BOLD,
            mono_fixed_pitch=fixed_pitch,
        )
        return _registered
