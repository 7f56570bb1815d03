"""A data folder or database that cannot be used stops the start with a reason in the interface language."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from duty_desk.services import demo
from duty_desk.services.context import Services
from duty_desk.services.workstation import open_workstation
from duty_desk.settings import SettingsStore
from duty_desk.storage.database import DB_FILENAME, open_database
from duty_desk.storage.errors import StorageError
from duty_desk.ui.app import run_gui
from duty_desk.ui.demo_seed import seed_with_progress


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


@pytest.mark.parametrize(("make", "start"), [
    (["CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"], "{path} is another program's database"),
    (["CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT)"], "{path} is another program's database"),
])
def test_another_programs_database_is_explained_in_a_dialog_and_left_untouched(
        tmp_path: Path, no_blocking_dialogs: list[str], make: list[str], start: str) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    foreign = folder / DB_FILENAME
    conn = sqlite3.connect(foreign)
    for statement in make:
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    SettingsStore(folder).set("language", "en")
    assert run_gui(folder) == 2
    [shown] = no_blocking_dialogs
    kind, _, text = shown.partition(" ")
    assert kind == "critical" and text.split(": ", 1)[1].startswith(start.format(path=foreign))
    assert foreign.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [DB_FILENAME,
                                                                                          "settings.toml"]


def test_a_newer_duty_desks_database_is_explained_in_a_dialog(tmp_path: Path,
                                                              no_blocking_dialogs: list[str]) -> None:
    folder = tmp_path / "desk"
    open_database(folder).dispose()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    SettingsStore(folder).set("language", "en")
    assert run_gui(folder) == 2
    [shown] = no_blocking_dialogs
    assert "made by a newer Duty Desk (revision 0099); install that version" in shown
    assert not [p for p in folder.iterdir() if "before-upgrade" in p.name]


def test_the_first_demo_start_shows_each_part_it_makes(tmp_path: Path, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    labels: list[str] = []
    original = QProgressDialog.setLabelText

    def spy(self: QProgressDialog, text: str) -> None:
        labels.append(text)
        original(self, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", spy)
    services = open_workstation(tmp_path / "demo")
    try:
        assert seed_with_progress(services) is None
        assert not demo.needs_seed(services)
    finally:
        services.db.dispose()
    assert labels[0] == "Creating the demo accounts…" and "Drawing up the duty roster…" in labels
    assert len(labels) == len(set(labels)) == len(demo.PARTS)  # each part named once, none generic


def test_a_demo_seed_that_fails_stops_the_start_with_its_reason(tmp_path: Path, no_blocking_dialogs: list[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(_services: Services, progress: object = None) -> None:
        raise StorageError("the database could not be written just now ({reason}); nothing was saved, try again",
                           reason="database or disk is full")

    monkeypatch.setattr(demo, "seed", full_disk)
    assert run_gui(tmp_path / "demo", demo_mode=True) == 2
    [shown] = no_blocking_dialogs
    assert shown.startswith("critical ") and shown.endswith("(database or disk is full); nothing was saved, try again")
