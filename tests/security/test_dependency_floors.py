"""Issue 11 item 19: no dependency floor admits a version with a published advisory.

``tests/security/advisories.json`` records advisories and their first fixed versions. Every
package named there that pyproject.toml declares (dependencies, test extras, build-system)
must have a floor at or above the highest fixed version; pip and setuptools must be upgraded
by scripts/setup.sh to at least theirs; a package only pulled in by another one must be
installed at or above it in this environment.
"""

from __future__ import annotations

import json
import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
ADVISORIES = Path(__file__).with_name("advisories.json")
SETUP_TOOLS = ("pip", "setuptools")  # upgraded by scripts/setup.sh inside .venv


def highest_fixed() -> dict[str, Version]:
    fixed: dict[str, Version] = {}
    for entry in json.loads(ADVISORIES.read_text("utf-8"))["advisories"]:
        name = canonicalize_name(entry["package"])
        version = Version(entry["fixed"])
        fixed[name] = max(fixed.get(name, version), version)
    return fixed


def floor_of(requirement: Requirement) -> Version | None:
    floors = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==")]
    return max(floors) if floors else None


def declared() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    lines = [
        *project["project"]["dependencies"],
        *(dep for deps in project["project"]["optional-dependencies"].values() for dep in deps),
        *project["build-system"]["requires"],
    ]
    return {canonicalize_name(r.name): r for r in map(Requirement, lines)}


def test_every_declared_floor_is_past_its_advisories() -> None:
    fixed = highest_fixed()
    below = []
    for name, requirement in declared().items():
        if name not in fixed:
            continue
        floor = floor_of(requirement)
        if floor is None or floor < fixed[name]:
            below.append(f"{requirement} (fixed in {fixed[name]})")
    assert below == [], "raise these floors in pyproject.toml: " + ", ".join(below)


def test_setup_upgrades_pip_and_setuptools_past_their_advisories() -> None:
    fixed = highest_fixed()
    script = (ROOT / "scripts" / "setup.sh").read_text("utf-8")
    for tool in SETUP_TOOLS:
        found = re.findall(rf'"{tool}>=([0-9][0-9.]*)"', script)
        assert found, f"scripts/setup.sh does not upgrade {tool} with a floor"
        assert all(Version(v) >= fixed[tool] for v in found), (tool, found, str(fixed[tool]))


def test_packages_pulled_in_by_others_are_installed_past_their_advisories() -> None:
    fixed = highest_fixed()
    own = set(declared()) | set(SETUP_TOOLS)
    stale = []
    for name, version in fixed.items():
        if name in own:
            continue
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            continue  # not installed here: nothing to hold back
        if installed < version:
            stale.append(f"{name} {installed} (fixed in {version})")
    assert stale == [], "upgrade or add a floor for: " + ", ".join(stale)


def test_the_list_is_well_formed() -> None:
    entries = json.loads(ADVISORIES.read_text("utf-8"))["advisories"]
    assert entries
    for entry in entries:
        assert set(entry) == {"package", "id", "cve", "fixed", "summary", "source"}, entry
        assert entry["id"] or entry["cve"], entry  # an advisory anyone can look up
        assert entry["source"].startswith("https://")
        Version(entry["fixed"])
