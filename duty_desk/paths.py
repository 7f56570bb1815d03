"""Where a workstation keeps its data: --data-dir, else DUTY_DESK_DATA_DIR, else the platform's data folder."""

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "duty-desk"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir(explicit: str | None = None, demo: bool = False) -> Path:
    """--demo never falls back to DUTY_DESK_DATA_DIR: that names the real workstation folder."""
    if explicit:
        return Path(explicit).expanduser()
    base = Path(user_data_dir(APP_NAME, appauthor=False))
    if demo:
        return base / "demo"
    env = os.environ.get("DUTY_DESK_DATA_DIR")
    return Path(env).expanduser() if env else base


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
