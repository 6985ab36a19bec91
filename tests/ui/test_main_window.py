"""The main window: Indonesian navigation, status bar, pages, shortcuts, About, signing out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.factories import CENTER_NAME, HEAD_PASSWORD, make_vault
from ui_helpers import ModalLog

from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import NAV_KEYS, MainWindow

HEAD_NAME = "Siti Rahmawati"


def open_main_window(qtbot: QtBot, context: AppContext, **kwargs: Any) -> MainWindow:
    window = MainWindow(context, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview is not None)
    return window


@pytest.fixture
def main_window(qtbot: QtBot, signed_in: AppContext, indonesian: None) -> MainWindow:
    return open_main_window(qtbot, signed_in)


def nav_texts(window: MainWindow) -> list[str]:
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None and nav.isVisible()
    return [nav.item(i).text() for i in range(nav.count())]


def test_comes_up_in_indonesian(main_window: MainWindow) -> None:
    assert QCoreApplication.translate("MainWindow", "Home") == "Beranda"
    assert nav_texts(main_window) == [
        "Beranda",
        "Klien",
        "Jadwal",
        "Rujukan",
        "Laporan",
        "Pengaturan",
    ]
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&Berkas", "&Halaman", "Ba&ntuan"]
    search = main_window.findChild(QLineEdit, "globalSearch")
    assert search is not None
    assert "Cari klien" in search.placeholderText()
    assert search.accessibleName() == "Cari klien"


def test_window_title_and_status_bar(main_window: MainWindow) -> None:
    assert main_window.windowTitle() == f"LK3 Desktop — {CENTER_NAME}"
    user = main_window.findChild(QLabel, "userStatus")
    protection = main_window.findChild(QLabel, "protectionStatus")
    badge = main_window.findChild(QLabel, "demoBadge")
    assert user is not None and protection is not None and badge is not None
    assert user.text() == f"{HEAD_NAME} · Kepala LK3"
    assert protection.text() == "Terenkripsi · kunci perangkat"
    assert user.isVisible() and protection.isVisible()
    assert not badge.isVisible()


def test_beranda_welcomes_the_user(main_window: MainWindow) -> None:
    welcome = main_window.findChild(QLabel, "welcomeLabel")
    role = main_window.findChild(QLabel, "welcomeRoleLabel")
    center = main_window.findChild(QLabel, "centerNameValue")
    protection = main_window.findChild(QLabel, "protectionValue")
    assert welcome is not None and role is not None and center is not None
    assert protection is not None
    assert welcome.text() == f"Selamat datang, {HEAD_NAME}"
    assert role.text() == "Anda masuk sebagai Kepala LK3."
    assert center.text() == CENTER_NAME
    assert protection.text() == "Terenkripsi · kunci perangkat"


def test_password_only_mode_and_demo_badge(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, indonesian: None
) -> None:
    store = NoCredentialStore("test")
    folder = tmp_path / "demo"
    context = AppContext(folder, store, vault_factory=make_vault)
    result = accounts.initialize(
        folder,
        store,
        accounts.CenterInput(name="LK3 Demo", head_name="Budi Santoso"),
        accounts.NewAccount("budi", "Budi Santoso", HEAD_PASSWORD),
        vault=make_vault(folder, store),
        demo=True,
    )
    context.set_session(result.session)
    try:
        window = open_main_window(qtbot, context)
        badge = window.findChild(QLabel, "demoBadge")
        protection = window.findChild(QLabel, "protectionStatus")
        assert badge is not None and protection is not None
        assert badge.isVisible() and badge.text() == "DATA DEMO"
        assert protection.text() == "Terenkripsi · kata sandi saja"
        note = window.findChild(QLabel, "demoNote")
        assert note is not None and note.isVisible()
        window.close()
        context.lane.wait()
    finally:
        if context.session is not None:
            context.session.store.close()
        result.session.store.close()


def test_pages_behind_the_navigation(qtbot: QtBot, main_window: MainWindow) -> None:
    from lk3_desktop.ui.clients import ClientsPage
    from lk3_desktop.ui.pages.reports import ReportsPage
    from lk3_desktop.ui.referrals import ReferralsPage

    expected = {
        2: ("klienPage", ClientsPage),
        4: ("rujukanPage", ReferralsPage),
        5: ("laporanPage", ReportsPage),
    }
    for key, (name, kind) in expected.items():
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + key), Qt.KeyboardModifier.ControlModifier)
        page = main_window.pages.currentWidget()
        assert page is not None and page.objectName() == name
        assert page.findChild(kind) is not None


def test_global_search_opens_the_only_match(qtbot: QtBot, main_window: MainWindow) -> None:
    import datetime

    from lk3_desktop.services import clients

    session = main_window._context.require_session()
    client_id = clients.create_client(
        session,
        clients.ClientInput(
            full_name="Nurhayati Kusumawardani", sex="P", birth_date=datetime.date(1988, 4, 2)
        ),
    )
    main_window.search.setText("kusumawar")
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    assert main_window.pages.currentWidget() is main_window.page("klien")
    page = main_window.clients_page
    qtbot.waitUntil(lambda: page.client_page.client_id == client_id, timeout=10_000)
    qtbot.waitUntil(lambda: page.client_page.name_label.text() == "Nurhayati Kusumawardani")


def test_global_search_is_the_list_search_live(qtbot: QtBot, main_window: MainWindow) -> None:
    """One search: what is typed at the top shows in the list at once (no Enter), the list's
    own field holds the same text, and typing there shows at the top too."""
    import datetime

    from lk3_desktop.services import clients

    session = main_window._context.require_session()
    for name in ("Wahyu Anggraini", "Wahyudi Sanggar", "Siti Rahayu"):
        clients.create_client(
            session,
            clients.ClientInput(full_name=name, sex="P", birth_date=datetime.date(1988, 4, 2)),
        )
    main_window.show_page(NAV_KEYS.index("beranda"))
    main_window.focus_search()
    qtbot.keyClicks(main_window.search, "wahyu")
    assert main_window.pages.currentWidget() is main_window.page("klien")
    panel = main_window.clients_page.list_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    assert panel.search_field.text() == "wahyu"
    assert main_window.search.hasFocus()  # typing goes on where it started
    qtbot.keyClicks(main_window.search, " ang")
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 2 and panel.search_field.text() == "wahyu ang"
    )
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "siti")
    assert main_window.search.text() == "siti"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    main_window.focus_search()
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)  # the only match opens
    page = main_window.clients_page
    qtbot.waitUntil(lambda: page.client_page.name_label.text() == "Siti Rahayu", timeout=10_000)


def test_shortcuts_switch_pages_and_focus_search(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert main_window.nav.currentRow() == 5
    assert main_window.pages.currentIndex() == 5
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.pages.currentWidget() is main_window.page("beranda")
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(main_window.search.hasFocus)
    main_window.nav.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(main_window.search.hasFocus)


def test_about_shows_versions(main_window: MainWindow, modal_log: ModalLog) -> None:
    main_window.about_action.trigger()
    assert modal_log.names() == ["aboutDialog"]
    dialog = modal_log.seen[0]
    cipher = dialog.findChild(QLabel, "cipherVersion")
    protection = dialog.findChild(QLabel, "protectionMode")
    version = dialog.findChild(QLabel, "appVersion")
    assert cipher is not None and protection is not None and version is not None
    assert cipher.text()[0].isdigit() and "community" in cipher.text()
    assert protection.text() == "Terenkripsi · kunci perangkat"
    import lk3_desktop

    assert version.text() == lk3_desktop.__version__
    assert dialog.windowTitle() == "Tentang LK3 Desktop"


def test_sign_out_closes_the_database(
    qtbot: QtBot, main_window: MainWindow, signed_in: AppContext
) -> None:
    session = signed_in.session
    assert session is not None
    with qtbot.waitSignal(main_window.signed_out, timeout=10_000):
        main_window.sign_out_action.trigger()
    signed_in.lane.wait()
    assert signed_in.session is None
    assert not session.store.is_open
    again = accounts.login(
        signed_in.data_dir,
        signed_in.credential_store,
        "kepala",
        HEAD_PASSWORD,
        vault=signed_in.make_vault(),
    )
    try:
        with again.store.transaction() as s:
            actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
        assert actions[-2:] == ["logout", "login.success"]
    finally:
        again.store.close()


def test_every_control_has_an_accessible_name(main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for widget in main_window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit | QAbstractButton | QListWidget) and widget.objectName():
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), widget.objectName()
