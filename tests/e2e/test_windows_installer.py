"""The Inno Setup script keeps its promises (it is compiled and run on the Windows runner,
.github/workflows/windows.yml): per-user, a Start-menu entry, and the data folder untouched."""

from __future__ import annotations

import re

from lk3_desktop.paths import PROJECT_ROOT

ISS = PROJECT_ROOT / "packaging" / "windows" / "lk3-desktop.iss"


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            current = match.group(1)
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_installs_per_user_with_a_start_menu_entry_and_never_names_the_data_folder() -> None:
    sections = _sections(ISS.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{userpf}\\")
    assert any(
        line.startswith('Name: "{userprograms}\\LK3 Desktop"') and "lk3-desktop.exe" in line
        for line in sections["Icons"]
    )
    # The uninstaller removes what it installed; nothing may point it at the data folder.
    assert "UninstallDelete" not in sections
    for line in sections.get("InstallDelete", []):
        assert 'Name: "{app}\\' in line, line  # only the program's own folder
    body = "\n".join(line for lines in sections.values() for line in lines).lower()
    assert "{localappdata}" not in body and "{userappdata}" not in body
