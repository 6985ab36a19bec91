"""The print path against a real print queue: CUPS with the cups-pdf backend.

The test starts its own scheduler when none runs (root only, as in CI), adds the LK3PDF queue
when it is missing, signs a two-page referral letter, prints it through QPrinter from a
subprocess running offscreen Qt (the app's own ``print_pdf``), and waits for cups-pdf to write
the printed file. cups-pdf re-renders the glyphs without a text layer, so the check is the
page count (with pypdf); the text of the letter itself is checked in tests/documents.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.factories import HEAD_PASSWORD, init_database

from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts, cases, center, clients, partners, referrals

pytestmark = pytest.mark.cups

QUEUE = "LK3PDF"
CUPSD = Path("/usr/sbin/cupsd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
ROOT = Path(__file__).resolve().parents[2]

PRINT_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtPrintSupport import QPrinterInfo
    from lk3_desktop.ui.pdf_printing import a4_printer, print_pdf

    app = QApplication([])
    queue, doc_name, pdf_path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    if queue not in names:
        print("queue missing", names)
        sys.exit(3)
    printer = a4_printer(doc_name)
    printer.setPrinterName(queue)
    print("pages", print_pdf(pdf_path.read_bytes(), printer), flush=True)
    """
)


def _run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, check=False)


def _scheduler_running() -> bool:
    if shutil.which("lpstat") is None:
        return False
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _output_folder() -> Path:
    """Where cups-pdf writes a job of this user (``Out`` in cups-pdf.conf, default ~/PDF)."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            match = re.match(r"^\s*Out\s+(\S+)", line)
            if match:
                out = match.group(1)
    home = os.path.expanduser("~")
    return Path(out.replace("${HOME}", home).replace("${USER}", os.environ.get("USER", "")))


@pytest.fixture(scope="module")
def cups_queue() -> Iterator[str]:
    missing = [str(p) for p in (CUPSD, BACKEND) if not p.exists()] + [
        name for name in ("lpadmin", "lpstat") if shutil.which(name) is None
    ]
    if missing:
        pytest.skip(
            "CUPS with the cups-pdf backend is not installed (missing: "
            + ", ".join(missing)
            + "); scripts/setup.sh installs cups, cups-client and printer-driver-cups-pdf"
        )
    scheduler: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.skip("no CUPS scheduler is running and only root may start one")
        scheduler = subprocess.Popen(
            [str(CUPSD), "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while not _scheduler_running():
            if time.monotonic() > deadline or scheduler.poll() is not None:
                scheduler.terminate()
                pytest.fail("cupsd did not start within 30 s")
            time.sleep(0.3)
    added = False
    if _run("lpstat", "-p", QUEUE).returncode != 0:
        result = _run("lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-m", PPD, "-E")
        assert result.returncode == 0, result.stderr
        added = True
    try:
        yield QUEUE
    finally:
        if added:
            _run("lpadmin", "-x", QUEUE)
        if scheduler is not None:
            scheduler.terminate()
            try:
                scheduler.wait(timeout=15)
            except subprocess.TimeoutExpired:
                scheduler.kill()
                scheduler.wait(timeout=15)


def _signed_letter(folder: Path) -> bytes:
    """A two-page letter, signed and released for printing through the services."""
    store = NoCredentialStore()
    session = init_database(folder, store).session
    try:
        info = center.get_center(session)
        center.update_center(
            session,
            accounts.CenterInput(
                name="LK3 Kabupaten Uji Coba", center_code="SRG", province_code="36",
                regency_code="36.73", head_name="Siti Rahmawati", logo=info.logo,
                logo_mime=info.logo_mime,
            ),
        )  # fmt: skip
        cid = clients.create_client(
            session,
            clients.ClientInput(
                full_name="Siti Nurhaliza", sex="P", birth_date=datetime.date(1990, 3, 12)
            ),
        )
        case = cases.open_case(
            session,
            cid,
            cases.CaseInput(
                datetime.date.today(), "datang_sendiri", counselor_id=session.actor.user_id
            ),
        )
        kind = partners.list_partner_types(session)[1].id
        partner = partners.add_partner(session, partners.PartnerInput("Puskesmas Demo", kind))
        reason = " ".join(["Klien memerlukan pendampingan lanjutan yang intensif."] * 70)
        ref = referrals.create_referral(
            session,
            case.id,
            referrals.ReferralInput(
                partner.id, reason=reason, consented_fields=("name", "sex"),
                consent_given_by_name="Siti Nurhaliza",
            ),
        )  # fmt: skip
        referrals.submit_referral(session, ref.id)
        referrals.sign_referral(session, ref.id, HEAD_PASSWORD)
        return referrals.print_letter(session, ref.id)
    finally:
        session.store.close()


def test_letter_prints_to_the_cups_pdf_queue(cups_queue: str, tmp_path: Path) -> None:
    pdf = _signed_letter(tmp_path / "data")
    expected_pages = len(PdfReader(BytesIO(pdf)).pages)
    assert expected_pages >= 2  # the long reason runs over a page: a multi-page job
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pdf)
    doc_name = f"lk3-test-{uuid.uuid4().hex[:10]}"
    out = _output_folder()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SCRIPT, cups_queue, doc_name, str(letter)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"pages {expected_pages}" in result.stdout

    deadline = time.monotonic() + 90
    printed: list[Path] = []
    while time.monotonic() < deadline:
        printed = sorted(out.glob(f"{doc_name}*.pdf")) if out.is_dir() else []
        # cups-pdf writes the file in steps (a pause in between under load): wait until it is
        # a whole PDF, its end-of-file marker written, not only until its size holds a second.
        if printed and printed[0].read_bytes().rstrip().endswith(b"%%EOF"):
            break
        time.sleep(0.5)
    assert printed, f"cups-pdf wrote nothing named {doc_name}*.pdf into {out} within 90 s"
    try:
        reader = PdfReader(printed[0])
        assert len(reader.pages) == expected_pages
        box = reader.pages[0].mediabox
        assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3  # A4
    finally:
        for path in printed:
            path.unlink(missing_ok=True)
