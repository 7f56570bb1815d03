"""A data folder or database that cannot be used stops the start with a reason in the interface language."""

from pathlib import Path

import pytest

from duty_desk.settings import SettingsStore
from duty_desk.storage.database import DB_FILENAME
from duty_desk.ui.app import run_gui


@pytest.mark.parametrize(("lang", "start"), [("zh_CN", "数据库 {path} 已损坏或不是值班台数据库"),
                                             ("en", "The database {path} is damaged or is not a Duty Desk database")])
def test_a_damaged_database_is_explained_and_left_untouched(tmp_path: Path, no_blocking_dialogs: list[str],
                                                            lang: str, start: str) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    damaged = folder / DB_FILENAME
    damaged.write_bytes(b"this is no database " * 300)
    SettingsStore(folder).set("language", lang)
    assert run_gui(folder) == 2
    [shown] = no_blocking_dialogs
    kind, _, text = shown.partition(" ")
    assert kind == "critical" and text.split(": ", 1)[1].startswith(start.format(path=damaged))
    assert damaged.read_bytes() == b"this is no database " * 300
