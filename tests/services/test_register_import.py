"""Register import through the services, on small registers written for each rule.

The 10,000-row messy register is in tests/e2e/test_register_import_cli.py."""

from __future__ import annotations

import csv
import datetime
import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from support.office import Office
from support.registers import nik_for

from lk3_desktop.core.errors import (
    OperationCancelled,
    PermissionDenied,
    RegisterNumbersDamaged,
    RegisterUnreadable,
    ValidationError,
)
from lk3_desktop.db.models import AuditEntry, Case, Client, PmksCategory, client_pmks
from lk3_desktop.services import center, clients
from lk3_desktop.services import register_import as ri
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.import_reasons import indonesian_reason


def _said(row: ri.FailedRow) -> str:
    return " ".join(indonesian_reason(r) for r in row.reasons)


HEADER = ["No", "Nama", "NIK", "Tgl Lahir", "L/P", "Kecamatan", "Desa/Kel", "No HP",
          "Permasalahan", "Tanggal Datang", "Konselor"]  # fmt: skip
TODAY = datetime.date.today()


def _row(n: int, name: str, birth: datetime.date, sex: str = "P", **over: object) -> list[object]:
    row: dict[str, object] = {
        "No": n,
        "Nama": name,
        "NIK": nik_for("36.73.05", birth, sex, n),
        "Tgl Lahir": birth.strftime("%d/%m/%Y"),
        "L/P": sex,
        "Kecamatan": "Cipocok Jaya",
        "Desa/Kel": "Karundang",
        "No HP": "0812-3456-7890",
        "Permasalahan": "KDRT",
        "Tanggal Datang": "5 Maret 2024",
        "Konselor": "Bu Rina",
    }
    row.update({k.replace("_", " "): v for k, v in over.items()})
    return [row[h] for h in HEADER]


def _write(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _plan(session: UserSession, path: Path, open_cases: bool = True, **answers: object):
    table = ri.read_table(path)
    doc = {"open_cases": open_cases, **answers}
    return ri.plan_import(session, table, ri.from_json(doc, table.headers, table.keys))


@pytest.fixture
def serang(office: Office) -> Office:
    """The office sits in Kota Serang, so districts are looked for there first."""
    info = center.get_center(office.head)
    center.update_center(
        office.head,
        center.CenterInput(
            name=info.name, center_code=info.center_code, province_code="36",
            regency_code="36.73", head_name=info.head_name,
        ),
    )  # fmt: skip
    return office


def _count(session: UserSession, model: type) -> int:
    with session.store.transaction() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_ready_rows_import_like_the_form_in_one_transaction(serang: Office, tmp_path: Path):
    path = _write(tmp_path / "r.xlsx", [
        _row(1, "Siti Aminah", datetime.date(1988, 3, 5)),
        _row(2, "Ahmad Fauzi", datetime.date(1990, 7, 1), "L", Permasalahan="suami pakai sabu",
             Konselor="dedi"),
    ])  # fmt: skip
    plan = _plan(serang.head, path)
    assert [r.number for r in plan.ready] == [2, 3] and not plan.failed
    before = _count(serang.head, Client)
    result = ri.commit_import(serang.head, plan)
    assert (result.imported, result.cases) == (2, 2)
    assert _count(serang.head, Client) == before + 2
    with serang.head.store.transaction() as s:
        siti = s.execute(select(Client).where(Client.full_name == "Siti Aminah")).scalar_one()
        assert siti.birth_date == datetime.date(1988, 3, 5)
        assert siti.phone == "+6281234567890"
        assert (siti.district_code, siti.village_code) == ("36.73.05", "36.73.05.1002")
        case = s.execute(select(Case).where(Case.client_id == siti.id)).scalar_one()
        assert case.counselor_id == serang.rina.actor.user_id
        assert case.intake_date == datetime.date(2024, 3, 5)
        assert case.presenting_problem == "KDRT"
        codes = set(
            s.execute(
                select(PmksCategory.code)
                .join(client_pmks, client_pmks.c.category_id == PmksCategory.id)
                .where(client_pmks.c.client_id == siti.id)
            ).scalars()
        )
        assert codes == {"PMKS-19"}  # an adult victim of violence
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert last.action == "register.imported"
        assert '"imported":2' in last.detail and '"cases":2' in last.detail
    detail = clients.get_client(serang.head, siti.id)
    assert detail.pmks_codes == ("PMKS-19",)


@pytest.mark.embedded_only("compares the bytes of lk3.db")
def test_dry_run_writes_nothing_not_even_audit(serang: Office, tmp_path: Path):
    path = _write(tmp_path / "r.xlsx", [_row(1, "Siti Aminah", datetime.date(1988, 3, 5))])
    db = serang.folder / "lk3.db"
    with serang.head.store.transaction() as s:
        s.execute(select(1))
    serang.head.store.engine.dispose()  # checkpoint: the file itself holds every page

    def snapshot() -> tuple[str, int, int]:
        files = b"".join(p.read_bytes() for p in sorted(serang.folder.glob("lk3.db*")))
        return (
            hashlib.sha256(files).hexdigest(),
            _count(serang.head, Client),
            _count(serang.head, AuditEntry),
        )

    before = snapshot()
    bytes_before = hashlib.sha256(db.read_bytes()).hexdigest()
    plan = _plan(serang.head, path)
    assert len(plan.ready) == 1
    assert snapshot() == before
    assert hashlib.sha256(db.read_bytes()).hexdigest() == bytes_before


def test_dates_as_offices_write_them(serang: Office, tmp_path: Path):
    birth = datetime.date(1988, 3, 5)
    serial = (birth - datetime.date(1899, 12, 30)).days
    written = ["05/03/1988", "5-3-88", "5 Maret 1988", "05.03.1988", "5 Mar 88",
               datetime.datetime(1988, 3, 5), serial]  # fmt: skip
    rows = [
        _row(i, f"Klien {i}", birth, **{"Tgl Lahir": w, "NIK": ""})
        for i, w in enumerate(written, 1)
    ]
    plan = _plan(serang.head, _write(tmp_path / "r.xlsx", rows), open_cases=False)
    # same name+birth date would be duplicates: names differ, so all are ready
    assert [r.values["birth_date"] for r in plan.ready] == [birth] * len(written)


def test_bad_rows_fail_with_a_reason_and_go_to_the_error_workbook(serang: Office, tmp_path: Path):
    rows = [
        _row(1, "Siti Aminah", datetime.date(1988, 3, 5)),
        _row(2, "", datetime.date(1990, 1, 1)),
        _row(3, "Tanggal Salah", datetime.date(1990, 1, 1), **{"Tgl Lahir": "31 Februari 1990"}),
        _row(4, "Nik Pendek", datetime.date(1990, 1, 1), NIK="367305010190001"),
        _row(5, "Hp Salah", datetime.date(1990, 1, 1), **{"No HP": "12345"}),
        _row(6, "Jk Salah", datetime.date(1990, 1, 1), **{"L/P": "X"}),
    ]
    plan = _plan(serang.head, _write(tmp_path / "r.xlsx", rows))
    reasons = {f.number: _said(f) for f in plan.failed}
    assert set(reasons) == {3, 4, 5, 6, 7}
    assert "Nama lengkap wajib diisi" in reasons[3]
    assert reasons[4] == "Tanggal lahir tidak ada di kalender."
    assert "NIK" in reasons[5]
    assert reasons[6].startswith("Nomor HP: ")
    assert reasons[7] == "Jenis kelamin tidak dikenal; tulis L atau P."
    out = tmp_path / "gagal.xlsx"
    assert ri.save_error_workbook(serang.head, plan, out, indonesian_reason) == 5
    sheet = load_workbook(out)["Baris gagal"]
    header = [c.value for c in sheet[1]]
    assert header[-2:] == ["Baris asal", "Alasan tidak diimpor"]
    assert "Bukan orang yang sama (isi YA)" in header
    nik_column = header.index("NIK") + 1
    values = {r[header.index("Baris asal")].value: r for r in sheet.iter_rows(min_row=2)}
    assert values[5][nik_column - 1].value == "367305010190001"
    assert values[5][nik_column - 1].number_format == "@"  # stays text when edited in Excel


def test_fixed_error_workbook_imports_again(serang: Office, tmp_path: Path):
    rows = [_row(1, "Jk Salah", datetime.date(1990, 1, 1), **{"L/P": "X"})]
    plan = _plan(serang.head, _write(tmp_path / "r.xlsx", rows))
    out = tmp_path / "gagal.xlsx"
    ri.save_error_workbook(serang.head, plan, out, indonesian_reason)
    book = load_workbook(out)
    sheet = book["Baris gagal"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Jenis kelamin") + 1, "P")
    book.save(out)
    again = _plan(serang.head, out)
    assert [r.values["full_name"] for r in again.ready] == ["Jk Salah"] and not again.failed
    assert ri.commit_import(serang.head, again).imported == 1


def test_duplicates_are_listed_never_merged(serang: Office, tmp_path: Path):
    birth = datetime.date(1988, 3, 5)
    first = _plan(serang.head, _write(tmp_path / "a.xlsx", [_row(1, "Siti Aminah", birth)]))
    ri.commit_import(serang.head, first)
    budi = datetime.date(1991, 1, 2)
    rows = [
        [*_row(1, "Siti Aminah", birth), None],  # the same NIK as the registered client
        [*_row(2, "Budi Santoso", budi, "L"), None],
        [*_row(3, "budi santoso", budi, "L", NIK=""), None],  # same name and birth date
        [*_row(4, "Budi Santoso", budi, "L", NIK=""), "YA"],  # said to be someone else
    ]
    path = _write(tmp_path / "b.xlsx", rows, [*HEADER, "Bukan orang yang sama"])
    plan = _plan(serang.head, path)
    dupes = {f.number: _said(f) for f in plan.failed if f.duplicate}
    assert set(dupes) == {2, 4}
    assert "klien no." in dupes[2] and "NIK sama" in dupes[2]
    assert "baris 3" in dupes[4] and "nama dan tanggal lahir sama" in dupes[4]
    assert [r.number for r in plan.ready] == [3, 5]  # row 5 said "not the same person"
    before = _count(serang.head, Client)
    ri.commit_import(serang.head, plan)
    assert _count(serang.head, Client) == before + 2
    with serang.head.store.transaction() as s:
        merged = s.execute(select(Client).where(Client.merged_into_id.is_not(None))).all()
    assert merged == []


def test_excel_numbers_in_the_nik_column_are_refused_with_the_fix(serang: Office, tmp_path):
    rows = [_row(1, "Siti Aminah", datetime.date(1988, 3, 5), NIK=3.67301e15)]
    with pytest.raises(RegisterNumbersDamaged) as caught:
        _plan(serang.head, _write(tmp_path / "r.xlsx", rows))
    assert caught.value.example == "3.67301E+15" and caught.value.rows == 1
    csv_path = tmp_path / "r.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerow(_row(1, "Siti Aminah", datetime.date(1988, 3, 5), NIK="3,67301E+15"))
    with pytest.raises(RegisterNumbersDamaged):
        _plan(serang.head, csv_path)


def test_region_typo_is_a_question_answered_in_the_mapping(serang: Office, tmp_path: Path):
    rows = [_row(1, "Siti Aminah", datetime.date(1988, 3, 5), Kecamatan="Kec. Cipocok Jya")]
    path = _write(tmp_path / "r.xlsx", rows)
    plan = _plan(serang.head, path)
    assert not plan.ready
    (asked,) = plan.questions
    assert asked.rows == 1 and asked.question.level == "district"
    assert asked.question.candidates[0][0] == "36.73.05"
    answer = {"level": "district", "written": "Kec. Cipocok Jya", "within": "36.73",
              "code": "36.73.05"}  # fmt: skip
    plan = _plan(serang.head, path, regions=[answer])
    assert plan.ready[0].values["district_code"] == "36.73.05"


def test_unknown_counselor_is_asked(serang: Office, tmp_path: Path):
    path = _write(tmp_path / "r.xlsx", [_row(1, "Siti", datetime.date(1988, 3, 5),
                                              Konselor="Pak Joko")])  # fmt: skip
    plan = _plan(serang.head, path)
    assert plan.questions[0].question.level == "counselor"
    plan = _plan(serang.head, path, counselors={"Pak Joko": "dedi"})
    assert plan.ready[0].case is not None
    assert plan.ready[0].case.counselor_id == serang.dedi.actor.user_id


def test_only_the_head_imports(serang: Office, tmp_path: Path):
    path = _write(tmp_path / "r.xlsx", [_row(1, "Siti", datetime.date(1988, 3, 5))])
    table = ri.read_table(path)
    for who in (serang.rina, serang.tuti):
        with pytest.raises(PermissionDenied):
            ri.plan_import(who, table, ri.suggested(table.keys))
    plan = _plan(serang.head, path)
    with pytest.raises(PermissionDenied):
        ri.commit_import(serang.tuti, plan)


def test_cancel_rolls_the_whole_import_back(serang: Office, tmp_path: Path):
    rows = [_row(i, f"Klien {i}", datetime.date(1980, 1, 1) + datetime.timedelta(days=i))
            for i in range(1, 251)]  # fmt: skip
    plan = _plan(serang.head, _write(tmp_path / "r.xlsx", rows))
    assert len(plan.ready) == 250
    before = (_count(serang.head, Client), _count(serang.head, AuditEntry))
    with pytest.raises(OperationCancelled):
        ri.commit_import(serang.head, plan, should_stop=lambda: True)
    assert (_count(serang.head, Client), _count(serang.head, AuditEntry)) == before


def test_registered_meanwhile_stops_the_import(serang: Office, tmp_path: Path):
    birth = datetime.date(1988, 3, 5)
    plan = _plan(serang.head, _write(tmp_path / "r.xlsx", [_row(1, "Siti Aminah", birth)]))
    clients.create_client(
        serang.head,
        clients.ClientInput("Siti Aminah", "P", birth_date=birth, nik=nik_for("36.73.05", birth,
                                                                               "P", 1)),
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        ri.commit_import(serang.head, plan)
    assert caught.value.code == "import.registered_meanwhile"


def test_unreadable_files_are_one_sentence(serang: Office, tmp_path: Path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(RegisterUnreadable) as caught:
        ri.read_table(tmp_path / "old.xls")
    assert caught.value.reason == "old_excel"
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(RegisterUnreadable) as caught:
        ri.read_table(tmp_path / "x.xlsx")
    assert caught.value.reason == "not_a_workbook"
    path = _write(tmp_path / "noh.xlsx", [["a", "b"]], ["foo", "bar"])
    with pytest.raises(RegisterUnreadable) as caught:
        ri.read_table(path)
    assert caught.value.reason == "no_header"


def test_nik_fills_missing_sex_and_birth_date(serang: Office, tmp_path: Path):
    birth = datetime.date(1988, 3, 5)
    rows = [_row(1, "Siti Aminah", birth, **{"Tgl Lahir": None, "L/P": None})]
    plan = _plan(serang.head, _write(tmp_path / "r.xlsx", rows), open_cases=False)
    (ready,) = plan.ready
    assert (ready.values["sex"], ready.values["birth_date"]) == ("P", birth)
