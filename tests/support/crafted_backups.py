"""Backups made outside the app, for refusal tests: a file's members rewritten by someone
who can compute SHA-256 but does not hold the database key, and format 1 backups as the app
wrote them before format 2."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from lk3_desktop.db import backup as archive


def read_members(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(archive.MANIFEST))
        members = {name: zf.read(name) for name in archive.MEMBERS}
    return manifest, members


def unsealed_sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def write_archive(
    out: Path,
    manifest: dict[str, Any],
    members: dict[str, bytes],
    *,
    seal: str = "v2",
    mac_hex: bytes = b"0" * 64,
    compress: int = zipfile.ZIP_STORED,
) -> None:
    """A zip like the app's, members as given, sealed with a correct SHA-256 (anyone can
    compute it) and, for format 2, ``mac_hex`` where the keyed HMAC goes."""
    prefix, tail_len = (
        (archive.SEAL_PREFIX, archive.SEAL_LEN)
        if seal == "v2"
        else (archive.SEAL_PREFIX_V1, archive.SEAL_LEN_V1)
    )
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr(archive.MANIFEST, json.dumps(manifest).encode("utf-8"))
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compress)
        zf.comment = prefix + b"0" * (tail_len - len(prefix))
    raw = bytearray(out.read_bytes())
    if seal == "v2":
        raw[-128:-64] = mac_hex
        raw[-64:] = unsealed_sha(bytes(raw[:-64])).encode("ascii")
    else:
        raw[-64:] = unsealed_sha(bytes(raw[:-tail_len])).encode("ascii")
    out.write_bytes(bytes(raw))


def manifest_for(manifest: dict[str, Any], members: dict[str, bytes]) -> dict[str, Any]:
    """``manifest`` with the hashes and sizes of ``members``."""
    return {
        **manifest,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }


def as_format_1(path: Path, out: Path, center_name: str) -> None:
    """The backup at ``path`` as the app wrote it before format 2: the center's name in the
    manifest, no key check, the SHA-256 seal only."""
    manifest, members = read_members(path)
    manifest = {k: v for k, v in manifest.items() if k != "key_check"}
    manifest.update(format=archive.FORMAT_V1, center_name=center_name)
    write_archive(out, manifest, members, seal="v1")


def mac_of(path: Path) -> bytes:
    return path.read_bytes()[-128:-64]
