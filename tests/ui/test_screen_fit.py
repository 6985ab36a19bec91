"""Every page, tab, form and dialog fits a 1366x768 laptop screen less a taskbar, and every
action button on it can be reached with the mouse.

The office is a small demo office plus the hardest cases the issue named: a client with a very
long name, many PMKS categories and no consent (the header's longest form), an open suicide-risk
flag (the red banner), a PHQ-9 draft whose answers raise the risk box, the longest instrument
(DASS-21, with the longest answers), long counselor and family names. The main window is
1366x728 with the app's own style; pages, the client's tabs and nested tabs are found by
walking the navigation and every QTabWidget, and every QDialog subclass of the app is found by
importing the ``ui`` package, so a new screen is checked without being named here. A dialog
that needs data is built by a factory in ``DIALOG_FACTORIES``; a new dialog without one fails
the test until it gets one.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import io
import pkgutil
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.factories import make_vault
from support.screen_fit import AVAILABLE, fit_problems, settle

import lk3_desktop.ui
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import (
    accounts,
    assessments,
    cases,
    clients,
    demo,
    families,
    partners,
    referrals,
    schedule,
    sessions,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.assessments.administration_form import AdministrationForm
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import NAV_KEYS, MainWindow
from lk3_desktop.ui.style import apply_style

PASSWORD = "Demo-Kantor-LK3-2026"
TODAY = datetime.date.today()
LONG_CLIENT = "Raden Ajeng Kusumawardhani Sekarningrum Prameswari binti Haji Abdurrahman"
LONG_COUNSELOR = "Dra. Kusumaningtyas Wulandari Hadiningrat, S.Psi., M.Psi., Psikolog"
LONG_PROBLEM = (
    "Konflik berkepanjangan antara suami dan istri disertai kekerasan psikis, kesulitan "
    "ekonomi setelah suami kehilangan pekerjaan, dan anak sulung yang berhenti sekolah. "
) * 4


@dataclass(frozen=True)
class World:
    """The template office (copied into each test's folder) and what it holds."""

    folder: Path
    client_id: int
    case_id: int
    draft_phq9_id: int
    signed_phq9_id: int
    signed_dass_id: int
    referral_id: int
    session_id: int
    family_id: int


def _login(folder: Path, username: str) -> UserSession:
    store = NoCredentialStore("test: none")
    return accounts.login(folder, store, username, PASSWORD, vault=make_vault(folder, store))


def _build_world(folder: Path) -> World:
    store = NoCredentialStore("test: none")
    demo.generate(folder, store, PASSWORD, 40, seed=12, vault=make_vault(folder, store))
    head = _login(folder, "kepala")
    try:
        accounts.create_user(head, "ningtyas", LONG_COUNSELOR, Role.KONSELOR, password=PASSWORD)
        rina_id = next(u.id for u in accounts.list_users(head) if u.username == "rina")
        client_id = clients.create_client(
            head,
            clients.ClientInput(
                full_name=LONG_CLIENT,
                nickname="Ajeng",
                sex="P",
                birth_date=datetime.date(1989, 5, 17),
                street="Jl. Raya Pandeglang-Labuan Km 12, Gang Masjid Jami Al-Ikhlas No. 7",
                rt="004",
                rw="011",
                occupation="Buruh harian lepas dan pedagang keliling",
            ),
        )
        codes = [c.code for c in clients.list_pmks(head)][:5]
        clients.set_client_pmks(head, client_id, codes)
        family = families.create_family(head, "Keluarga Besar Wiryodiningrat Kusumawardhani")
        families.add_member(
            head,
            family.id,
            families.MemberInput(
                "Muhammad Abdurrahman Wiryodiningrat Kusumo", "kepala_keluarga", sex="L"
            ),
        )
        families.add_member(
            head, family.id, families.MemberInput("", "istri", client_id=client_id, sex="P")
        )
        families.add_member(
            head,
            family.id,
            families.MemberInput("Aisyah Putri Ramadhani Wiryodiningrat", "anak", sex="P"),
        )
        case = cases.open_case(
            head,
            client_id,
            cases.CaseInput(
                TODAY - datetime.timedelta(days=40),
                "datang_sendiri",
                presenting_problem=LONG_PROBLEM,
                counselor_id=rina_id,
                family_id=family.id,
            ),
        )
        partner_id = partners.list_partners(head)[0].id
    finally:
        head.store.close()

    rina = _login(folder, "rina")
    try:
        signed = assessments.record_administration(
            rina, case.id, "PHQ-9", [2, 2, 3, 2, 1, 2, 2, 1, 3], TODAY - datetime.timedelta(days=9)
        )
        assessments.sign_administration(rina, signed.id, PASSWORD)
        dass = assessments.instrument("DASS-21")
        dass_signed = assessments.record_administration(
            rina, case.id, "DASS-21", [max(item.values) for item in dass.items], TODAY
        )
        assessments.sign_administration(rina, dass_signed.id, PASSWORD)
        draft = assessments.record_administration(
            rina, case.id, "PHQ-9", [1, 2, 1, 2, 1, 2, 1, 2, 2], TODAY
        )
        referral = referrals.create_referral(
            rina,
            case.id,
            referrals.ReferralInput(
                partner_id=partner_id,
                reason=LONG_PROBLEM,
                services_requested="Pemeriksaan psikologis dan pendampingan hukum",
                consent_given_by_name=LONG_CLIENT,
                follow_up_on=TODAY + datetime.timedelta(days=14),
            ),
        )
        referrals.submit_referral(rina, referral.id)
        note = sessions.save_note(
            rina,
            sessions.NoteInput(
                case_id=case.id,
                session_date=TODAY - datetime.timedelta(days=2),
                sections={"data": LONG_PROBLEM, "assessment": LONG_PROBLEM},
                plan=LONG_PROBLEM,
                interventions=LONG_PROBLEM,
            ),
        )
        schedule.book(
            rina,
            schedule.AppointmentInput(
                counselor_id=rina.actor.user_id,
                client_id=client_id,
                starts_at=datetime.datetime.combine(TODAY, datetime.time(15, 0)),
                ends_at=datetime.datetime.combine(TODAY, datetime.time(16, 0)),
                case_id=case.id,
            ),
            allow_conflicts=True,
        )
    finally:
        rina.store.close()
    return World(
        folder,
        client_id,
        case.id,
        draft.id,
        signed.id,
        dass_signed.id,
        referral.id,
        note.id,
        family.id,
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return _build_world(tmp_path_factory.mktemp("screen-fit") / "office")


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's own style (Fusion, its font size and stylesheet): sizes depend on it."""
    style, palette, font, sheet = (
        qapp.style().name(),
        qapp.palette(),
        qapp.font(),
        qapp.styleSheet(),
    )
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@dataclass
class Desk:
    """One person at the office computer: the context and the main window at 1366x728."""

    context: AppContext
    window: MainWindow
    world: World


@pytest.fixture
def desk_for(
    qtbot: QtBot, world: World, tmp_path: Path, app_style: None, indonesian: None
) -> Iterator[Callable[[str], Desk]]:
    opened: list[AppContext] = []

    def open_desk(username: str) -> Desk:
        folder = tmp_path / username
        shutil.copytree(world.folder, folder)
        store = NoCredentialStore("test: none")
        context = AppContext(folder, store, vault_factory=make_vault)
        opened.append(context)
        context.set_session(_login(folder, username))
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(AVAILABLE)
        window.show()
        settle(context)
        return Desk(context, window, world)

    yield open_desk
    for context in opened:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        context.lane.wait()
        if context.session is not None:
            context.session.store.close()
            context.session = None


def _check(desk: Desk, where: str) -> list[str]:
    settle(desk.context)
    return fit_problems(desk.window, where)


def _walk_tabs(desk: Desk, root: QWidget, where: str) -> list[str]:
    """Every tab of every tab widget shown under ``root`` (nested ones too)."""
    problems: list[str] = []
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible() or tabs.window() is not desk.window:
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            name = f"{where} > {tabs.tabText(index).replace('&', '')}"
            problems += _check(desk, name)
            page = tabs.widget(index)
            if page is not None and page.findChildren(QTabWidget):
                problems += _walk_tabs(desk, page, name)
        tabs.setCurrentIndex(0)
    return problems


def _walk_pages(desk: Desk, role: str) -> list[str]:
    problems: list[str] = []
    nav = desk.window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        if item is None or item.isHidden():
            continue
        desk.window.show_page(row)
        where = f"{role}: {item.text()}"
        problems += _check(desk, where)
        page = desk.window.page(NAV_KEYS[row])
        if page is not None:
            problems += _walk_tabs(desk, page, where)
    return problems


def _open_long_client(desk: Desk) -> None:
    desk.window.open_client(desk.world.client_id)
    settle(desk.context)
    settle(desk.context)


@pytest.mark.parametrize("username", ["kepala", "rina", "tuti"])
def test_every_page_and_client_tab_fits_the_screen(
    desk_for: Callable[[str], Desk], username: str
) -> None:
    desk = desk_for(username)
    problems = _walk_pages(desk, username)
    _open_long_client(desk)
    page = desk.window.clients_page.client_page
    if username != "tuti":
        assert page.risk_banner.isVisible(), "the long client's risk banner is not shown"
    problems += _walk_tabs(desk, page, f"{username}: client {LONG_CLIENT[:20]}…")
    assert not problems, "\n".join(problems)


def test_every_screening_form_fits_with_its_risk_box_and_whole_answers(
    desk_for: Callable[[str], Desk],
) -> None:
    desk = desk_for("rina")
    _open_long_client(desk)
    page = desk.window.clients_page.client_page
    page.tabs.setCurrentWidget(page.assessments)
    settle(desk.context)
    panel = page.assessments
    problems: list[str] = []
    for instrument in assessments.list_instruments():
        form = panel.start_administration(instrument.code)
        assert isinstance(form, AdministrationForm)
        where = f"{instrument.code} (new)"
        problems += _check(desk, where)
        # every answer at its highest value: the risk box appears where the instrument has one
        for index, item in enumerate(instrument.items):
            form._go_to(index)
            form.answer(max(item.values))
        problems += _check(desk, f"{instrument.code} (answered, risk box)")
        form._dirty = False
        form.request_close()
    for record_id, where in (
        (desk.world.draft_phq9_id, "PHQ-9 (reopened draft with risk)"),
        (desk.world.signed_phq9_id, "PHQ-9 (signed)"),
        (desk.world.signed_dass_id, "DASS-21 (signed)"),
    ):
        info = assessments.get_administration(desk.context.require_session(), record_id)
        panel._open_form(
            AdministrationForm(
                desk.context,
                info.case_id,
                info.registration_number,
                assessments.instrument(info.instrument_code),
                info,
                panel.stack,
            )
        )
        problems += _check(desk, where)
        if "draft" in where:
            form = panel.current_form()
            assert isinstance(form, AdministrationForm)
            assert form.risk_warning.isVisible()
        panel._close_form()
    panel.start_psychosocial()
    problems += _check(desk, "psychosocial assessment (new)")
    panel.start_safety_plan()
    settle(desk.context)
    assert type(panel.current_form()).__name__ == "SafetyPlanForm"
    problems += _check(desk, "client safety plan (new)")
    assert not problems, "\n".join(problems)


def test_a_session_note_fits_in_the_sessions_tab_and_in_its_own_window(
    desk_for: Callable[[str], Desk],
) -> None:
    from lk3_desktop.ui.sessions import NoteEditorWindow

    desk = desk_for("rina")
    _open_long_client(desk)
    page = desk.window.clients_page.client_page
    page.tabs.setCurrentWidget(page.sessions_tab)
    settle(desk.context)
    assert page.sessions is not None
    page.sessions.open_session(desk.world.session_id)
    problems = _check(desk, "Sessions tab, a long note")
    window = NoteEditorWindow(desk.context, desk.window)
    window.open_session(desk.world.session_id)
    settle(desk.context)
    problems += fit_problems(window, "session note window")
    window.close()
    assert not problems, "\n".join(problems)


def test_the_lock_page_and_the_sign_in_window_fit(desk_for: Callable[[str], Desk]) -> None:
    from lk3_desktop.ui.login_window import LoginWindow

    desk = desk_for("kepala")
    desk.window.lock("manual")
    problems = _check(desk, "lock page")
    login = LoginWindow(desk.context)
    login.show()
    settle(desk.context)
    problems += fit_problems(login, "sign-in window")
    login.close()
    assert not problems, "\n".join(problems)


# -- the guard itself --------------------------------------------------------------------------


def test_the_check_reports_a_dialog_made_too_tall_and_a_button_pushed_off_screen(
    qtbot: QtBot, app_style: None
) -> None:
    from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton

    dialog = QDialog()  # a small dialog of the usual shape: a field and a button under it
    column = QVBoxLayout(dialog)
    column.addWidget(QPlainTextEdit(dialog))
    column.addWidget(QPushButton("Tambah adendum", dialog))
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert fit_problems(dialog, "addendum dialog") == []

    tall = QLabel("a very long explanation", dialog)
    tall.setMinimumHeight(AVAILABLE.height() + 50)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, tall)
    dialog.adjustSize()
    settle()
    problems = fit_problems(dialog, "addendum dialog")
    assert any("needs at least" in p for p in problems), problems
    assert any("'Tambah adendum'" in p for p in problems), problems


def test_the_check_reports_a_button_whose_text_is_cut(qtbot: QtBot, app_style: None) -> None:
    from PySide6.QtWidgets import QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Sesuai dengan saya sampai tingkat yang cukup besar", holder)
    button.setObjectName("squashed")
    button.setGeometry(0, 0, 120, 14)
    holder.resize(QSize(400, 200))
    holder.show()
    settle()
    problems = fit_problems(holder, "holder")
    assert any("(squashed) is 120x14: its text needs" in p for p in problems), problems


# -- dialogs -----------------------------------------------------------------------------------


def _dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass defined in lk3_desktop.ui (its modules imported first)."""
    for module in pkgutil.walk_packages(lk3_desktop.ui.__path__, "lk3_desktop.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending: list[type[Any]] = [QDialog]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("lk3_desktop.ui"):
                found.add(sub)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


# Base classes that are never shown themselves.
NOT_SHOWN = {"LaneDialog"}


def test_every_dialog_class_is_covered_by_the_dialog_check() -> None:
    missing = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _dialog_classes()
        if cls.__name__ not in NOT_SHOWN
        and cls.__name__ not in DIALOG_FACTORIES
        and not _constructible_as_is(cls)
    ]
    assert not missing, (
        "these dialogs are not checked against a 1366x768 screen; add a factory to "
        f"DIALOG_FACTORIES in {__name__}: {missing}"
    )


def _constructible_as_is(cls: type[QDialog]) -> bool:
    """A dialog whose only required argument is its parent is built without a factory."""
    required = [
        p
        for p in list(inspect.signature(cls.__init__).parameters.values())[1:]
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]
    return all(p.name == "parent" for p in required)


DialogFactory = Callable[[Desk], QDialog]


def _session(desk: Desk) -> UserSession:
    return desk.context.require_session()


def _case_info(desk: Desk) -> cases.CaseInfo:
    found = cases.list_cases(_session(desk), desk.world.client_id)
    return next(c for c in found if c.id == desk.world.case_id)


def _referral(desk: Desk) -> referrals.ReferralInfo:
    return referrals.get_referral(_session(desk), desk.world.referral_id)


def _about(desk: Desk) -> QDialog:
    from lk3_desktop.ui.about_dialog import AboutDialog

    return AboutDialog(desk.window, desk.window.overview)


def _resolve_flag(desk: Desk) -> QDialog:
    from lk3_desktop.ui.assessments.risk_banner import ResolveFlagDialog

    flags = assessments.open_risk_flags(_session(desk), desk.world.client_id)
    assert flags
    return ResolveFlagDialog(flags, desk.window)


def _change_password(desk: Desk) -> QDialog:
    from lk3_desktop.ui.change_password_dialog import ChangePasswordDialog

    return ChangePasswordDialog(desk.context, desk.window, forced=True)


def _new_case(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.case_dialogs import NewCaseDialog

    session = _session(desk)
    return NewCaseDialog(
        desk.context,
        desk.world.client_id,
        families.families_of_client(session, desk.world.client_id),
        cases.list_counselors(session),
        cases.list_problem_areas(session),
        desk.window,
    )


def _stage(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.case_dialogs import StageDialog

    return StageDialog(desk.context, _case_info(desk), desk.window)


def _reassign(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.case_dialogs import ReassignDialog

    counselors = cases.list_counselors(_session(desk))
    return ReassignDialog(desk.context, _case_info(desk), counselors, desk.window)


def _clinical(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.case_dialogs import ClinicalDialog

    areas = cases.list_problem_areas(_session(desk))
    return ClinicalDialog(desk.context, _case_info(desk), areas, desk.window)


def _client_picker(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.client_picker import ClientPickerDialog

    return ClientPickerDialog(
        desk.context,
        "Gabungkan dengan data lain",
        f"Cari data kedua dari {LONG_CLIENT}. Data itu digabungkan ke data ini.",
        "Lanjut…",
        exclude_id=desk.world.client_id,
        parent=desk.window,
    )


def _consent(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.consent_section import ConsentDialog

    return ConsentDialog(
        desk.context,
        desk.world.client_id,
        client_name=LONG_CLIENT,
        guardian_name="",
        is_minor=False,
        parent=desk.window,
    )


def _create_family(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.family_tab import CreateFamilyDialog

    return CreateFamilyDialog(desk.context, desk.world.client_id, LONG_CLIENT, "", desk.window)


def _member(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.family_tab import MemberDialog

    family = next(
        f
        for f in families.families_of_client(_session(desk), desk.world.client_id)
        if f.id == desk.world.family_id
    )
    return MemberDialog(desk.context, family, family.members[0], desk.window)


def _anonymise(desk: Desk) -> QDialog:
    from lk3_desktop.services import anonymise
    from lk3_desktop.ui.clients.personal_data_tab import AnonymiseDialog

    preview = anonymise.preview(_session(desk), desk.world.client_id)
    return AnonymiseDialog(desk.context, preview, LONG_CLIENT, desk.window)


def _mark(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.personal_data_tab import MarkDialog, load_personal_data

    data = load_personal_data(_session(desk), desk.world.client_id)
    return MarkDialog(desk.context, desk.world.client_id, data.records, desk.window)


def _duplicate(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.save_dialogs import DuplicateDialog

    candidates = [
        clients.DuplicateCandidate(
            desk.world.client_id, LONG_CLIENT, datetime.date(1989, 5, 17), "3601234505890001", r
        )
        for r in ("nik", "name_birth_date", "name_birth_date")
    ]
    return DuplicateDialog(candidates, desk.window)


def _nik_reason(desk: Desk) -> QDialog:
    from lk3_desktop.ui.clients.save_dialogs import NikReasonDialog

    warnings = [
        "Tanggal lahir pada NIK (17-05-1989) tidak sama dengan tanggal lahir yang diisi.",
        "Kode wilayah pada NIK tidak dikenal dalam daftar Kemendagri.",
    ]
    return NikReasonDialog(warnings, desk.window)


def _password_prompt(desk: Desk) -> QDialog:
    from lk3_desktop.ui.password_prompt import PasswordPromptDialog

    return PasswordPromptDialog(
        desk.context,
        desk.window,
        title="Tandatangani asesmen",
        text="Menandatangani mengunci asesmen ini: sesudahnya tidak ada yang dapat diubah, "
        "hanya adendum yang dapat ditambahkan. Masukkan kata sandi untuk menandatangani.",
        ok_text="Tandatangani",
        busy_text="Menandatangani…",
        action=lambda _session, _password: None,
    )


def _recovery_card(desk: Desk) -> QDialog:
    from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog

    return RecoveryCardDialog(
        desk.window,
        center_name="LK3 Demo Provinsi Banten, Unit Pelayanan Kabupaten Pandeglang",
        code="ZF6Y-AORL-C3RJ-KIUY-CZQK-6QF2-U7QP-O45N-S5YR-KTT3-DFM6-DQTV-W4KQ-2IGO",
        database_id="0f9d2c4e-5b7a-4c1e-9a3b-2d8e6f1a7c90",
        head_name="Kepala Demo, S.Sos., M.Si.",
    )


def _letter_preview(desk: Desk) -> QDialog:
    from lk3_desktop.ui.referrals.letter_preview import LetterPreviewDialog

    session = _session(desk)
    info = referrals.sign_referral(session, desk.world.referral_id, PASSWORD)
    assert info.letter is not None
    pdf = referrals.letter_pdf(session, info.id)
    heading = f"Surat {info.letter.number} untuk {info.partner_name}"
    return LetterPreviewDialog(
        desk.context, info.id, pdf, info.letter.number, heading, True, desk.window
    )


def _sign_letter(desk: Desk) -> QDialog:
    from lk3_desktop.ui.referrals.sign_letter import SignLetterDialog

    session = _session(desk)
    info = referrals.get_referral(session, desk.world.referral_id)
    if info.letter is None:  # the letter as signing would issue it
        pdf = referrals.preview_letter(session, info.id)
    else:  # signed by an earlier factory: its letter has the same layout
        pdf = referrals.letter_pdf(session, info.id)
    heading = f"Tandatangani rujukan {info.client_name} ke {info.partner_name}"
    return SignLetterDialog(desk.context, info.id, pdf, heading, desk.window)


def _help(desk: Desk) -> QDialog:
    from lk3_desktop.ui.help import HELP_FOLDER, HelpDialog

    longest = max(HELP_FOLDER.glob("*.id.md"), key=lambda p: len(p.read_text(encoding="utf-8")))
    return HelpDialog(longest.name.removesuffix(".id.md"), desk.window)  # the longest guide


def _shortcuts(desk: Desk) -> QDialog:
    from lk3_desktop.ui.help import ShortcutsDialog

    return ShortcutsDialog(desk.window)


def _partner(desk: Desk) -> QDialog:
    from lk3_desktop.ui.referrals.partner_dialog import PartnerDialog

    session = _session(desk)
    partner = partners.get_partner(session, partners.list_partners(session)[0].id)
    return PartnerDialog(desk.context, partners.list_partner_types(session), partner, desk.window)


def _referral_dialog(desk: Desk) -> QDialog:
    from lk3_desktop.ui.referrals.referral_dialog import ReferralDialog, load_form_context

    form = load_form_context(_session(desk), desk.world.case_id)
    return ReferralDialog(desk.context, form, _referral(desk), parent=desk.window)


def _referral_status(desk: Desk) -> QDialog:
    from lk3_desktop.ui.referrals.status_dialog import Mode, ReferralStatusDialog

    return ReferralStatusDialog(desk.context, _referral(desk), Mode.CANCEL, desk.window)


def _goal(desk: Desk) -> QDialog:
    from lk3_desktop.ui.sessions.case_plan_panel import GoalDialog

    return GoalDialog(desk.context, desk.world.case_id, None, desk.window)


def _draft_recovery(desk: Desk) -> QDialog:
    from lk3_desktop.ui.sessions.draft_recovery import DraftRecoveryDialog

    now = datetime.datetime.now().replace(microsecond=0)
    drafts = [
        sessions.DraftSummary(
            i,
            f"key-{i}",
            desk.world.case_id,
            "LK3/DMO/2026/0041",
            desk.world.client_id,
            LONG_CLIENT,
            None,
            TODAY,
            now,
            4_000 + i,
        )
        for i in range(1, 9)
    ]
    return DraftRecoveryDialog(desk.context, drafts, desk.window)


def _note_window(desk: Desk) -> QDialog:
    from lk3_desktop.ui.sessions import NoteEditorWindow

    window = NoteEditorWindow(desk.context, desk.window)
    window.open_session(desk.world.session_id)
    return window


def _appointment(desk: Desk) -> QDialog:
    from lk3_desktop.ui.sessions.appointment_dialog import AppointmentDialog

    session = _session(desk)
    return AppointmentDialog(
        desk.context,
        cases.list_counselors(session),
        schedule.list_rooms(session),
        client=schedule.client_choice(session, desk.world.client_id),
        parent=desk.window,
    )


def _rooms(desk: Desk) -> QDialog:
    from lk3_desktop.ui.sessions.rooms_dialog import RoomsDialog

    return RoomsDialog(desk.context, desk.window)


def _name(desk: Desk) -> QDialog:
    from lk3_desktop.ui.settings.lists_tab import NameDialog

    return NameDialog(
        "Ubah jenis lembaga mitra", "Nama", "Unit Pelaksana Teknis Daerah", desk.window
    )


def _add_user(desk: Desk) -> QDialog:
    from lk3_desktop.ui.settings.users_tab import AddUserDialog

    return AddUserDialog(desk.context, desk.window)


def _temporary_password(desk: Desk) -> QDialog:
    from lk3_desktop.ui.settings.users_tab import TemporaryPasswordDialog

    return TemporaryPasswordDialog(
        desk.window, full_name=LONG_COUNSELOR, username="ningtyas", password="Kx7-pQ2m-Zr4t-Wb9n"
    )


def _an_activity(session: UserSession) -> Any:
    from lk3_desktop.services import activities

    return activities.add_activity(
        session,
        activities.ActivityInput(
            activity_date=datetime.date.today(),
            kind="rapat_koordinasi",
            service_type="advokasi",
            title="Rapat koordinasi penanganan kasus kekerasan terhadap perempuan dan anak "
            "bersama UPTD PPA, Unit PPA Polres, Puskesmas dan TKSK se-Kabupaten Pandeglang",
            participants_male=14,
            participants_female=23,
            place="Aula Kantor Kecamatan",
            province_code="36",
            regency_code="36.01",
        ),
    )


def _activity(desk: Desk) -> QDialog:
    from lk3_desktop.ui.activities.dialog import ActivityDialog

    session = _session(desk)
    info = _an_activity(session)
    return ActivityDialog(desk.context, partners.list_partners(session), info, desk.window)


def _remove_activity(desk: Desk) -> QDialog:
    from lk3_desktop.ui.activities.dialog import RemoveActivityDialog

    return RemoveActivityDialog(desk.context, _an_activity(_session(desk)), desk.window)


def _import_wizard(desk: Desk) -> QDialog:
    from lk3_desktop.ui.settings.register_import.wizard import ImportWizard

    # Its later pages are measured with a real register in test_register_import_wizard.py.
    return ImportWizard(desk.context, desk.window)


def _setup_wizard(desk: Desk) -> QDialog:
    from lk3_desktop.ui.setup_wizard import SetupWizard

    return SetupWizard(desk.context)


def _join_server(desk: Desk) -> QDialog:
    from lk3_desktop.ui.setup_wizard.join_server import JoinServerDialog

    dialog = JoinServerDialog(desk.context, desk.context.data_dir, desk.window)
    dialog.message.show_error(
        "Ini bukan berkas pendaftaran LK3. Pilih berkas yang diberikan kepala."
    )
    return dialog


def _long_photo(tmp: Path) -> tuple[Path, bytes]:
    """A large photo with a long file name: the add dialog offers to make it smaller."""
    from lk3_desktop.documents.sample_documents import sample_ktp_jpeg

    path = tmp / f"Foto KTP {LONG_CLIENT} dari HP kakaknya.jpg"
    data = sample_ktp_jpeg(LONG_CLIENT, "3601234505890001")
    from PIL import Image

    big = Image.open(io.BytesIO(data)).resize((4000, 2520))
    out = io.BytesIO()
    big.save(out, "JPEG", quality=60)
    return path, out.getvalue()


def _add_attachment(desk: Desk) -> QDialog:
    from lk3_desktop.ui.attachments.add_dialog import AddAttachmentDialog, Target

    path, data = _long_photo(desk.context.data_dir)
    targets = [Target("client", None, "Klien (dokumen pribadi)")] + [
        Target("case", i, f"Kasus LK3/DMO/2026/00{i} — {LONG_PROBLEM[:60]}") for i in range(4)
    ]
    return AddAttachmentDialog(path, data, targets, desk.window)


def _an_attachment(desk: Desk, kind: str) -> int:
    from lk3_desktop.documents.sample_documents import sample_letter_pdf
    from lk3_desktop.services import attachments

    _path, photo = _long_photo(desk.context.data_dir)
    data = photo if kind == "ktp" else sample_letter_pdf("VISUM ET REPERTUM", [LONG_PROBLEM])
    info = attachments.add_attachment(
        _session(desk),
        attachments.NewAttachment(
            desk.world.client_id, data, f"{kind} {LONG_CLIENT}.pdf", kind,
            note=LONG_PROBLEM[:200].strip(), document_date=TODAY,
        ),
    )  # fmt: skip
    return info.id


def _attachment_viewer(desk: Desk) -> QDialog:
    from lk3_desktop.services import attachments
    from lk3_desktop.ui.attachments.viewer import AttachmentViewer

    opened = attachments.open_attachment(_session(desk), _an_attachment(desk, "ktp"))
    return AttachmentViewer(desk.context, opened, desk.window)


def _attachments_dialog(desk: Desk) -> QDialog:
    from lk3_desktop.ui.attachments import AttachmentsDialog

    return AttachmentsDialog(
        desk.context, desk.world.client_id, "referral", desk.world.referral_id,
        f"Lampiran rujukan {LONG_CLIENT}", desk.window,
    )  # fmt: skip


def _enclosures(desk: Desk) -> QDialog:
    from lk3_desktop.services import attachments
    from lk3_desktop.ui.attachments.enclosures import EnclosureDialog

    _an_attachment(desk, "visum")
    rows = attachments.list_attachments(_session(desk), desk.world.client_id)
    return EnclosureDialog(desk.context, desk.world.referral_id, (rows, []), desk.window)


DIALOG_FACTORIES: dict[str, DialogFactory] = {
    "AboutDialog": _about,
    "ResolveFlagDialog": _resolve_flag,
    "ChangePasswordDialog": _change_password,
    "NewCaseDialog": _new_case,
    "StageDialog": _stage,
    "ReassignDialog": _reassign,
    "ClinicalDialog": _clinical,
    "ClientPickerDialog": _client_picker,
    "ConsentDialog": _consent,
    "CreateFamilyDialog": _create_family,
    "MemberDialog": _member,
    "AnonymiseDialog": _anonymise,
    "MarkDialog": _mark,
    "DuplicateDialog": _duplicate,
    "NikReasonDialog": _nik_reason,
    "PasswordPromptDialog": _password_prompt,
    "RecoveryCardDialog": _recovery_card,
    "LetterPreviewDialog": _letter_preview,
    "SignLetterDialog": _sign_letter,
    "HelpDialog": _help,
    "ShortcutsDialog": _shortcuts,
    "PartnerDialog": _partner,
    "ReferralDialog": _referral_dialog,
    "ReferralStatusDialog": _referral_status,
    "GoalDialog": _goal,
    "DraftRecoveryDialog": _draft_recovery,
    "NoteEditorWindow": _note_window,
    "AppointmentDialog": _appointment,
    "RoomsDialog": _rooms,
    "NameDialog": _name,
    "AddUserDialog": _add_user,
    "TemporaryPasswordDialog": _temporary_password,
    "SetupWizard": _setup_wizard,
    "JoinServerDialog": _join_server,
    "ImportWizard": _import_wizard,
    "ActivityDialog": _activity,
    "RemoveActivityDialog": _remove_activity,
    "AddAttachmentDialog": _add_attachment,
    "AttachmentViewer": _attachment_viewer,
    "AttachmentsDialog": _attachments_dialog,
    "EnclosureDialog": _enclosures,
}


def _build_dialog(cls: type[QDialog], desk: Desk) -> QDialog:
    factory = DIALOG_FACTORIES.get(cls.__name__)
    if factory is not None:
        return factory(desk)
    return cls(parent=desk.window)  # type: ignore[call-arg]


def test_every_dialog_fits_the_screen_with_long_content(
    desk_for: Callable[[str], Desk],
) -> None:
    desk = desk_for("kepala")
    desk.window.open_client(desk.world.client_id)
    settle(desk.context)
    problems: list[str] = []
    checked: list[str] = []
    for cls in _dialog_classes():
        if cls.__name__ in NOT_SHOWN:
            continue
        dialog = _build_dialog(cls, desk)
        dialog.show()  # as exec() shows it: at its size hint, its layout active
        settle(desk.context)
        problems += fit_problems(dialog, cls.__name__)
        checked.append(cls.__name__)
        dialog.close()
        dialog.deleteLater()
    settle(desk.context)
    assert len(checked) >= 30, checked
    assert not problems, "\n".join(problems)
