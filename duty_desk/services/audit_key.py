"""This workstation's audit signing key and its last known chain head, kept outside the database.

Ed25519: the private half stays in the OS keyring (service "duty-desk-audit", one entry per site id), the public
half is published in the synced `audit_keys` table so every workstation checks every chain. With no keyring (a
headless start) both go to 0600 files in the data folder: weaker, since whoever can read that folder can sign,
and `audit verify` says so. Loaded once per process: no keyring read per write.
"""

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from keyring.errors import KeyringError, NoKeyringError

from duty_desk.services.permission import internal

SERVICE = "duty-desk-audit"
KEY_FILE = "audit-signing-key"
HEAD_FILE = "audit-head"


@dataclass
class SigningKey:
    site: str
    folder: Path
    private: Ed25519PrivateKey
    in_keyring: bool
    published: bool = False  # this process has seen the public half in audit_keys
    anchored_seq: int = field(default=0)  # the highest head this process has kept outside the database

    @property
    def public_hex(self) -> str:
        return self.private.public_key().public_bytes_raw().hex()

    def sign(self, digest_hex: str) -> str:
        return self.private.sign(bytes.fromhex(digest_hex)).hex()

    def keep_head(self, seq: int, digest_hex: str) -> None:
        """After the entry is committed: a head kept outside the database lags it at worst, never leads it."""
        if seq <= self.anchored_seq:
            return
        value = f"{seq}:{digest_hex}"
        if self.in_keyring:
            try:
                keyring.set_password(SERVICE, _head_name(self.site), value)
            except KeyringError:
                return  # the entry is committed and signed; the anchor catches up at the next write
        else:
            _write_private(self.folder / HEAD_FILE, value)
        self.anchored_seq = seq

    def kept_head(self) -> tuple[int, str] | None:
        try:
            value = (keyring.get_password(SERVICE, _head_name(self.site)) if self.in_keyring
                     else _read(self.folder / HEAD_FILE))
        except KeyringError:
            return None
        if not value:
            return None
        seq, digest = value.split(":", 1)
        return int(seq), digest


_cache: dict[tuple[str, Path], SigningKey] = {}


def _head_name(site: str) -> str:
    return f"{site}:head"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None


def _write_private(path: Path, value: str) -> None:
    """Owner-only, written aside and renamed over so a cut write leaves the old value."""
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value)
    os.replace(tmp, path)


def _from_hex(value: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(value))


@internal
def load(site: str, folder: Path, create: bool) -> SigningKey | None:
    """The site's key: the file when one exists (a start that had no keyring), else the keyring's; made when
    missing and `create` (in the keyring when there is one). None when missing and not `create`."""
    cached = _cache.get((site, folder))
    if cached is not None:
        return cached
    key: SigningKey | None = None
    stored = _read(folder / KEY_FILE)
    if stored:
        key = SigningKey(site, folder, _from_hex(stored), in_keyring=False)
    else:
        try:
            stored = keyring.get_password(SERVICE, site)
            if stored:
                key = SigningKey(site, folder, _from_hex(stored), in_keyring=True)
            elif create:
                private = Ed25519PrivateKey.generate()
                keyring.set_password(SERVICE, site, private.private_bytes_raw().hex())
                key = SigningKey(site, folder, private, in_keyring=True)
        except (NoKeyringError, KeyringError):
            if create:
                private = Ed25519PrivateKey.generate()
                _write_private(folder / KEY_FILE, private.private_bytes_raw().hex())
                key = SigningKey(site, folder, private, in_keyring=False)
    if key is not None:
        _cache[(site, folder)] = key
    return key


@internal
def forget_cached() -> None:
    """Tests: as a new process would, read the key and head again."""
    _cache.clear()


@internal
def verifier(public_hex: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))


@internal
def signed(public: Ed25519PublicKey, digest_hex: str, signature_hex: str) -> bool:
    try:
        public.verify(bytes.fromhex(signature_hex), bytes.fromhex(digest_hex))
    except (InvalidSignature, ValueError):
        return False
    return True
