"""A keyring backend that keeps passwords in a JSON file: a TEST DOUBLE for the OS keyring in a child process.

Tests that run a real `duty-desk` process (python -m duty_desk ...) cannot share the in-memory keyring of the
test process, and a headless test box has no Secret Service. Such tests start the child with

    PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring
    PYTHONPATH=<this tests folder>
    DUTY_DESK_TEST_KEYRING_FILE=<a file under the test's tmp_path>

so `connect` stores the workstation password in that file and a later `sync` process reads it back.
Never use this outside tests: it writes secrets to disk in plain text. Without DUTY_DESK_TEST_KEYRING_FILE the
backend declares itself unusable, so keyring's auto-detection never picks it by accident.
"""

import json
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

ENV = "DUTY_DESK_TEST_KEYRING_FILE"


def _path() -> Path:
    value = os.environ.get(ENV)
    if not value:
        raise RuntimeError(f"{ENV} is not set: the file keyring is for tests only")
    return Path(value)


def _key(service: str, username: str) -> str:
    return f"{service}\x1f{username}"


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file named by DUTY_DESK_TEST_KEYRING_FILE (a test double for the OS keyring)."""

    @properties.classproperty
    def priority(cls) -> float:
        _path()  # raises (not viable) unless a test configured the file
        return 1

    def _read(self) -> dict[str, str]:
        path = _path()
        if not path.exists():
            return {}
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return {str(k): str(v) for k, v in data.items()}

    def _write(self, data: dict[str, str]) -> None:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside, then renamed over: a process killed mid-write leaves the old file whole.
        fd, tmp = tempfile.mkstemp(prefix=".keyring-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(_key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[_key(service, username)] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if _key(service, username) not in data:
            raise PasswordDeleteError(username)
        del data[_key(service, username)]
        self._write(data)
