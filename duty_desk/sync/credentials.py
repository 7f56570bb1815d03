"""The workstation's server password lives in the OS keyring, never in a file or the database."""

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "duty-desk"


class KeyringUnavailable(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            "No OS keyring is available to keep the server password. On Linux install and unlock a Secret Service "
            "keyring (GNOME Keyring or KWallet, with the 'secretstorage' Python package); on Windows and macOS the "
            "system keyring is used. Then run 'duty-desk connect' again.")


def _key(url: str, workstation: str) -> str:
    return f"{workstation}@{url}"


def store(url: str, workstation: str, password: str) -> None:
    try:
        keyring.set_password(SERVICE, _key(url, workstation), password)
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable() from exc


def load(url: str, workstation: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(url, workstation))
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable() from exc


def forget(url: str, workstation: str) -> None:
    try:
        keyring.delete_password(SERVICE, _key(url, workstation))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: already forgotten
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable() from exc
