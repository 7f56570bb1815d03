"""Password hashing with scrypt (memory-hard, in the standard library).

Every workstation keeps every hash for offline login, so the cost is what a login can afford: N=2^17, r=8, p=1
(128 MiB) measured 0.44 s per hash on the office's 2-core reference machine (README, "Accounts and passwords").
A stored hash names its own parameters, so older, cheaper ones still verify; a login upgrades them.

One scrypt run gives 64 bytes: the stored hash keeps the first 32 (the check) and the SHA-256 of the other 32, the
verifier. Those other 32 bytes, the password's key, come only from the password itself: a workstation proves to
the server that a password change was made by someone who knew the old password by sending the old key, which the
server checks against the verifier it holds (sync/server_authz.sql)."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from duty_desk.services.permission import internal
from duty_desk.storage.base import verifier_of


@dataclass(frozen=True)
class Cost:
    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:  # hashlib's default (32 MiB) is below what N=2^17 needs
        return 129 * self.n * self.r * self.p + 1024 * 1024


PRODUCTION = Cost(2**17, 8, 1)
MAX_N = 2**20  # a stored hash asking for more memory than this is refused, not computed
_DIGEST = _KEY = 32
_cost = PRODUCTION


@internal
def use_cost(cost: Cost) -> Cost:
    """For the test suite only (tests/conftest.py): cheap hashes keep the tests fast. Returns the previous."""
    global _cost
    previous, _cost = _cost, cost
    return previous


def _scrypt(password: str, salt: bytes, c: Cost, dklen: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=c.n, r=c.r, p=c.p, maxmem=c.maxmem, dklen=dklen)


@internal
def hash_password(password: str) -> str:
    """'scrypt$N$r$p$salt$digest$verifier'; hashes from before verifiers lack the last part."""
    return hashed(password)[0]


@internal
def hashed(password: str) -> tuple[str, bytes]:
    """A new hash of `password` and the password's key under it, from one scrypt run."""
    salt, c = os.urandom(16), _cost
    derived = _scrypt(password, salt, c, _DIGEST + _KEY)
    verifier = hashlib.sha256(derived[_DIGEST:]).hexdigest()
    parts = ["scrypt", str(c.n), str(c.r), str(c.p), _b64(salt), _b64(derived[:_DIGEST]), verifier]
    return "$".join(parts), derived[_DIGEST:]


@internal
def dummy_check(password: str) -> None:
    """As long as a real check, for a name with no account: the time a login takes tells no one which exist."""
    _scrypt(password, bytes(16), _cost, _DIGEST + _KEY)


def _parsed(stored: str) -> tuple[Cost, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) not in (6, 7) or parts[0] != "scrypt":
        return None
    try:
        cost = Cost(int(parts[1]), int(parts[2]), int(parts[3]))
        if not 1 < cost.n <= MAX_N or not 0 < cost.r <= 32 or not 0 < cost.p <= 4:
            return None
        return cost, base64.b64decode(parts[4]), base64.b64decode(parts[5])
    except ValueError:
        return None


@internal
def check_password(password: str, stored: str) -> bool:
    return password_key(password, stored) is not None


@internal
def password_key(password: str, stored: str) -> bytes | None:
    """The password's key if `password` is the stored one, else None; the same single scrypt run as the check."""
    parsed = _parsed(stored)
    if parsed is None:
        return None
    c, salt, expected = parsed
    try:
        derived = _scrypt(password, salt, c, len(expected) + _KEY)
    except (ValueError, MemoryError):  # parameters scrypt refuses (N not a power of two)
        return None
    if not hmac.compare_digest(derived[:len(expected)], expected):
        return None
    return derived[len(expected):]


@internal
def proves(key: bytes, stored: str) -> bool:
    """Whether `key` is the key of the password `stored` hashes (the server's own check, sync/server_authz.sql)."""
    verifier = verifier_of(stored)
    return bool(verifier) and hmac.compare_digest(hashlib.sha256(key).hexdigest(), verifier)


@internal
def needs_upgrade(stored: str) -> bool:
    """Made with other parameters than today's: rehashed at the next successful login."""
    parsed = _parsed(stored)
    return parsed is None or parsed[0] != _cost


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
