"""Workstation settings: declared once here (name, type, default, label), stored as TOML in the data folder.

The data folder rather than the user's config folder: one folder is one workstation's whole state, so a demo
or test folder never changes the real one's settings.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

FILENAME = "settings.toml"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    label: str  # English source text; the UI translates it
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("language", str, "system", "Language", ("system", "zh_CN", "en")),
    Setting("sync_interval_s", int, 10, "Sync every (seconds)"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


class SettingsStore:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILENAME
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                self._values = tomllib.loads(self.path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                self._values = {}  # an unreadable file falls back to defaults; saving rewrites it whole

    def get(self, name: str) -> Any:
        setting = _BY_NAME[name]
        value = self._values.get(name, setting.default)
        if not isinstance(value, setting.type) or (setting.choices and value not in setting.choices):
            return setting.default
        return value

    def set(self, name: str, value: Any) -> None:
        setting = _BY_NAME[name]
        if not isinstance(value, setting.type):
            raise ValueError(f"{name} must be of type {setting.type.__name__}")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{name} must be one of {', '.join(setting.choices)}")
        self._values[name] = value
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(tomli_w.dumps(self._values), encoding="utf-8")
        tmp.replace(self.path)
