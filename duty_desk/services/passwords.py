"""Password hashing with scrypt (memory-hard, in the standard library).

Every workstation keeps every hash for offline login, so the cost is what a login can afford: N=2^17, r=8, p=1
(128 MiB) measured 0.44 s per hash on the office's 2-core reference machine (README, "Accounts and passwords").
A stored hash names its own parameters, so older, cheaper ones still verify; a login upgrades them."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from duty_desk.services.permission import internal


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
_cost = PRODUCTION


@internal
def use_cost(cost: Cost) -> Cost:
    """For the test suite only (tests/conftest.py): cheap hashes keep the tests fast. Returns the previous."""
    global _cost
    previous, _cost = _cost, cost
    return previous


@internal
def hash_password(password: str) -> str:
    salt = os.urandom(16)
    c = _cost
    digest = hashlib.scrypt(password.encode(), salt=salt, n=c.n, r=c.r, p=c.p, maxmem=c.maxmem, dklen=32)
    return "$".join(["scrypt", str(c.n), str(c.r), str(c.p), _b64(salt), _b64(digest)])


@internal
def dummy_check(password: str) -> None:
    """As long as a real check, for a name with no account: the time a login takes tells no one which exist."""
    c = _cost
    hashlib.scrypt(password.encode(), salt=bytes(16), n=c.n, r=c.r, p=c.p, maxmem=c.maxmem, dklen=32)


def _parsed(stored: str) -> tuple[Cost, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        cost = Cost(int(n), int(r), int(p))
        if scheme != "scrypt" or not 1 < cost.n <= MAX_N or not 0 < cost.r <= 32 or not 0 < cost.p <= 4:
            return None
        return cost, base64.b64decode(salt), base64.b64decode(digest)
    except ValueError:
        return None


@internal
def check_password(password: str, stored: str) -> bool:
    parsed = _parsed(stored)
    if parsed is None:
        return False
    c, salt, expected = parsed
    try:
        actual = hashlib.scrypt(password.encode(), salt=salt, n=c.n, r=c.r, p=c.p, maxmem=c.maxmem,
                                dklen=len(expected))
    except (ValueError, MemoryError):  # parameters scrypt refuses (N not a power of two)
        return False
    return hmac.compare_digest(actual, expected)


@internal
def needs_upgrade(stored: str) -> bool:
    """Made with other parameters than today's: rehashed at the next successful login."""
    parsed = _parsed(stored)
    return parsed is None or parsed[0] != _cost


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
