"""Password hashing with scrypt (memory-hard, in the standard library).

One scrypt run gives 64 bytes: the stored hash keeps the first 32 (the check, as before) and the SHA-256 of the
other 32, the verifier. Those other 32 bytes, the password's key, come only from the password itself: a
workstation proves to the server that a password change was made by someone who knew the old password by
sending the old key, which the server checks against the verifier it holds (sync/server_authz.sql)."""

import base64
import hashlib
import hmac
import os

from duty_desk.services.permission import internal
from duty_desk.storage.base import verifier_of

_N, _R, _P = 2**14, 8, 1
_DIGEST = _KEY = 32


@internal
def hash_password(password: str) -> str:
    """'scrypt$N$r$p$salt$digest$verifier'; hashes from before verifiers lack the last part."""
    salt = os.urandom(16)
    derived = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_DIGEST + _KEY)
    verifier = hashlib.sha256(derived[_DIGEST:]).hexdigest()
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(derived[:_DIGEST]), verifier])


@internal
def check_password(password: str, stored: str) -> bool:
    return password_key(password, stored) is not None


@internal
def password_key(password: str, stored: str) -> bytes | None:
    """The password's key if `password` is the stored one, else None; the same single scrypt run as the check."""
    parts = stored.split("$")
    if len(parts) not in (6, 7) or parts[0] != "scrypt":
        return None
    _scheme, n, r, p, salt, digest = parts[:6]
    expected = base64.b64decode(digest)
    derived = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(expected) + _KEY)
    if not hmac.compare_digest(derived[:len(expected)], expected):
        return None
    return derived[len(expected):]


@internal
def proves(key: bytes, stored: str) -> bool:
    """Whether `key` is the key of the password `stored` hashes (the server's own check, sync/server_authz.sql)."""
    verifier = verifier_of(stored)
    return bool(verifier) and hmac.compare_digest(hashlib.sha256(key).hexdigest(), verifier)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
