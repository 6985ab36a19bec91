"""The activity register: what an LK3 does outside casework (sosialisasi, penyuluhan, visits
to institutions, coordination meetings, training), counted by the Dinas Sosial report.

Each activity is typed twice: its kind (what it was) and the Permensos 25/2017 service it
delivers (a penyuluhan is usually "pemberian informasi / psikoedukasi").
"""

from __future__ import annotations

from typing import Final

ACTIVITY_KINDS: Final[dict[str, str]] = {
    "sosialisasi": "Sosialisasi",
    "penyuluhan": "Penyuluhan",
    "kunjungan_lembaga": "Kunjungan lembaga",
    "rapat_koordinasi": "Rapat koordinasi",
    "pelatihan": "Pelatihan",
    "lainnya": "Kegiatan lain",
}

# The service each kind usually delivers: the form proposes it, the person may change it.
DEFAULT_SERVICE: Final[dict[str, str]] = {
    "sosialisasi": "psikoedukasi",
    "penyuluhan": "psikoedukasi",
    "kunjungan_lembaga": "advokasi",
    "rapat_koordinasi": "advokasi",
    "pelatihan": "pemberdayaan",
    "lainnya": "psikoedukasi",
}

MAX_PARTICIPANTS: Final = 100_000  # per sex; a typo guard, not a venue limit
TITLE_MAX: Final = 300
