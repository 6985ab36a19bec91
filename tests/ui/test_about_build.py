"""Bantuan > Tentang says which build runs: version, kind, build date and commit."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from lk3_desktop import __version__
from lk3_desktop.build_info import BuildInfo, BuildKind, current_build, parse_build_file
from lk3_desktop.ui import about_dialog
from lk3_desktop.ui.about_dialog import AboutDialog
from lk3_desktop.ui.icons import APP_ICON_SIZES, app_icon


def test_a_build_file_describes_the_package_or_the_bundle() -> None:
    raw = '{"version": "0.2.0", "built_at": "2026-12-07T10:30:00+00:00", "commit": "ab12cd34ef"}'
    packaged = parse_build_file(raw, frozen=False)
    assert packaged == BuildInfo(
        "0.2.0",
        BuildKind.PACKAGE,
        datetime.datetime(2026, 12, 7, 10, 30, tzinfo=datetime.UTC),
        "ab12cd34ef",
    )
    assert parse_build_file(raw, frozen=True).kind is BuildKind.BUNDLE
    bare = parse_build_file('{"commit": null}', frozen=False)
    assert bare == BuildInfo(__version__, BuildKind.PACKAGE)


def test_a_checkout_reports_the_source_version() -> None:
    assert current_build() == BuildInfo(__version__, BuildKind.SOURCE)


@pytest.mark.usefixtures("indonesian")
def test_about_shows_the_build_in_indonesian(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = datetime.datetime(2026, 12, 7, 10, 30, tzinfo=datetime.UTC)
    monkeypatch.setattr(
        about_dialog,
        "current_build",
        lambda: BuildInfo("0.2.0", BuildKind.BUNDLE, built, "ab12cd34ef"),
    )
    dialog = AboutDialog(None, None)
    version = dialog.findChild(QLabel, "appVersion")
    build = dialog.findChild(QLabel, "buildInfo")
    assert version is not None and build is not None
    assert version.text() == "0.2.0"
    assert build.text() == "aplikasi siap pakai, dibuat 7 Des 2026 (ab12cd34ef)"
    dialog.deleteLater()

    monkeypatch.setattr(about_dialog, "current_build", current_build)
    dialog = AboutDialog(None, None)
    build = dialog.findChild(QLabel, "buildInfo")
    assert build is not None and build.text() == "kode sumber"
    dialog.deleteLater()


def test_the_window_icon_has_every_usual_size(qapp: QApplication) -> None:
    icon = app_icon()
    sizes = sorted({s.width() for s in icon.availableSizes()})
    assert sizes == list(APP_ICON_SIZES)
    small = icon.pixmap(16, 16).toImage()
    # The 16 px picture is the simplified drawing: blue square, white house, blue heart.
    assert small.pixelColor(8, 1).name() == "#2f5d8a"
    assert small.pixelColor(8, 10).name() == "#2f5d8a"  # the heart
    assert small.pixelColor(4, 12).name() == "#ffffff"  # the wall
