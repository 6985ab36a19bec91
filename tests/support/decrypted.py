"""The plaintext of every page of an SQLCipher database file, decrypted here by hand, so free
pages and the free space inside pages can be searched for what should be gone."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of ``path`` decrypted (SQLCipher 4 defaults: 4096-byte pages, 80 reserved
    bytes, AES-256-CBC with the page's IV, the raw key)."""
    data = path.read_bytes()
    plain = bytearray()
    for offset in range(0, len(data), 4096):
        page = data[offset : offset + 4096]
        start = 16 if offset == 0 else 0  # the first page begins with the salt
        decryptor = Cipher(algorithms.AES(key), modes.CBC(page[4016:4032])).decryptor()
        plain += decryptor.update(page[start:4016]) + decryptor.finalize()
    return bytes(plain)
