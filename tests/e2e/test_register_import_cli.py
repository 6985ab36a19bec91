"""`lk3-desktop import` on a messy 10,000-row register, as an office runs it: real processes,
a real SQLCipher file, the real Argon2 cost of the signed-in head's slot.

The register (tests/support/registers.py) has a merged title, a two-row merged header, blank
rows, the header repeated every 500 rows, numbers stored as text, dates written four ways and
as bare serial numbers, a misspelt kecamatan, planted bad rows and copies of earlier rows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from support.casework import add_user
from support.factories import HEAD_PASSWORD, init_database, login
from support.registers import BAD_KINDS, RegisterFacts, messy_register

from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry, Case, Client
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import center

# A 10,000-row register imported twice by real processes with the real Argon2 cost: some four
# minutes on two cores shared with other work (the CLI's own timeout is 900 s too).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
CONFIG = tempfile.mkdtemp(prefix="lk3-import-config-")
STORE = NoCredentialStore("test: password only, like the CLI's null keyring backend")


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # no real OS keyring
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["XDG_CONFIG_HOME"] = CONFIG  # no language chosen: the CLI answers in Indonesian
    return env


def run_import(folder: Path, register: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lk3_desktop", "import", "--data-dir", str(folder),
         "--username", "kepala", "--password-stdin", "--from", str(register), *extra],
        input=HEAD_PASSWORD + "\n", capture_output=True, text=True, env=cli_env(), timeout=900,
    )  # fmt: skip


@pytest.fixture(scope="module")
def office_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A password-only office in Kota Serang with counselors Rina and Dedi."""
    folder = tmp_path_factory.mktemp("import") / "data"
    head = init_database(folder, STORE).session
    for username, name in (("rina", "Rina Marlina"), ("dedi", "Dedi Supriadi")):
        add_user(head, folder, STORE, username, name, Role.KONSELOR).store.close()
    info = center.get_center(head)
    center.update_center(
        head,
        center.CenterInput(
            name=info.name, center_code=info.center_code, province_code="36",
            regency_code="36.73", head_name=info.head_name,
        ),
    )  # fmt: skip
    head.store.close()
    return folder


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> RegisterFacts:
    return messy_register(tmp_path_factory.mktemp("register") / "register.xlsx")


def counts(folder: Path) -> tuple[int, int, list[str]]:
    session = login(folder, STORE, "kepala", HEAD_PASSWORD)
    try:
        with session.store.transaction() as s:
            clients = s.execute(select(func.count()).select_from(Client)).scalar_one()
            cases = s.execute(select(func.count()).select_from(Case)).scalar_one()
            actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
        return clients, cases, actions
    finally:
        session.store.close()


def test_messy_register_dry_run_then_import(
    office_folder: Path, register: RegisterFacts, tmp_path: Path
) -> None:
    mapping = tmp_path / "mapping.json"
    before = counts(office_folder)

    dry = run_import(office_folder, register.path, "--open-cases", "--dry-run",
                     "--write-mapping", str(mapping))  # fmt: skip
    assert dry.returncode == 1, dry.stderr  # some rows are not ready
    assert "Traceback" not in dry.stderr
    assert "10000 baris data" in dry.stdout
    assert f"{register.blank_rows} baris kosong" in dry.stdout
    assert f"{register.repeated_headers} judul berulang" in dry.stdout
    assert 'Kecamatan "Cipocok Jya"' in dry.stdout
    assert "Uji coba: tidak ada yang ditulis ke basis data." in dry.stdout
    after_dry = counts(office_folder)
    # the dry run changed nothing: same clients and cases; the only new audit entries are
    # the sign-ins of the command and of this check
    assert after_dry[:2] == before[:2]
    new_actions = set(after_dry[2][len(before[2]) :])
    assert new_actions <= {"login.success", "logout"}, new_actions

    doc = json.loads(mapping.read_text(encoding="utf-8"))
    (typo,) = [q for q in doc["regions"] if q["written"] == "Cipocok Jya"]
    assert typo["code"] is None and typo["candidates"][0].startswith("36.73.05")
    typo["code"] = "36.73.05"
    mapping.write_text(json.dumps(doc), encoding="utf-8")

    errors = tmp_path / "gagal.xlsx"
    done = run_import(office_folder, register.path, "--open-cases", "--mapping", str(mapping),
                      "--errors", str(errors))  # fmt: skip
    assert done.returncode == 1, done.stderr
    expected = register.good_rows
    assert f"{expected} klien dan {expected} kasus diimpor" in done.stdout, done.stdout
    clients, cases, actions = counts(office_folder)
    assert (clients, cases) == (before[0] + expected, before[1] + expected)
    assert actions.count("register.imported") == 1
    assert actions.count("client.created") == before[2].count("client.created") + expected
    assert register.typo_districts == {"Cipocok Jya": "36.73.05"}

    book = load_workbook(errors, read_only=True)
    rows = list(book["Baris gagal"].iter_rows(values_only=True))
    book.close()
    header = rows[0]
    origin = header.index("Baris asal")
    reason = header.index("Alasan tidak diimpor")
    failed = {r[origin]: r[reason] for r in rows[1:]}
    assert set(failed) == set(register.bad) | set(register.duplicates_in_file)
    for number in register.duplicates_in_file:
        assert "tidak digabung" in failed[number]
    words = {
        "nik_short": "16 digit",
        "no_name": "Nama lengkap",
        "bad_date": "kalender",
        "bad_sex": "L atau P",
        "bad_phone": "Nomor HP",
        "unknown_district": "Kecamatan tidak ada",
    }
    assert set(words) == set(BAD_KINDS)
    for number, kind in register.bad.items():
        assert words[kind] in failed[number], (number, kind, failed[number])


def test_fixed_error_rows_import_again(office_folder: Path, tmp_path: Path) -> None:
    """Two rows of a small register fail; the office fixes one in the error workbook and
    imports that workbook: the fixed row comes in, the other fails again."""
    register = messy_register(tmp_path / "small.xlsx", rows=40, seed=3, bad_every=20,
                              duplicate_every=1000, typo_every=1000)  # fmt: skip
    errors = tmp_path / "gagal.xlsx"
    first = run_import(office_folder, register.path, "--errors", str(errors))
    assert first.returncode == 1, first.stderr
    book = load_workbook(errors)
    sheet = book["Baris gagal"]
    header = [c.value for c in sheet[1]]
    fixes = {"no_name": ("Nama lengkap", "Rahmat Hidayat"),
             "bad_date": ("Tempat, tanggal lahir", "Serang, 28 Februari 1990"),
             "bad_sex": ("Jenis kelamin", "P"), "bad_phone": ("Nomor HP", "0812-1111-2222"),
             "nik_short": ("NIK", ""), "unknown_district": ("Kecamatan", "Kasemen")}  # fmt: skip
    first_bad = min(register.bad)
    fixed = 0
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("Baris asal")].value == first_bad:
            column, value = fixes[register.bad[first_bad]]
            row[header.index(column)].value = value
            fixed += 1
    assert fixed == 1
    book.save(errors)
    again = run_import(office_folder, errors)
    assert "1 klien dan 0 kasus diimpor" in again.stdout, again.stdout + again.stderr
    assert again.returncode == 1  # the other row still fails


def test_nik_that_excel_made_a_number_is_refused_with_the_fix(
    office_folder: Path, tmp_path: Path
) -> None:
    register = messy_register(tmp_path / "numbers.xlsx", rows=300, nik_as_numbers=True)
    before = counts(office_folder)[:2]
    result = run_import(office_folder, register.path, "--open-cases")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert "3.6730" in lines[-1] and "E+15" in lines[-1]
    assert "Ubah format kolom NIK menjadi Teks" in lines[-1]
    assert counts(office_folder)[:2] == before
