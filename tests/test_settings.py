"""Workstation settings: defaults, checked values, a damaged file falls back to defaults."""

from pathlib import Path

import pytest

from duty_desk.settings import SettingsStore


def test_defaults_then_saved_values_survive_a_restart(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    assert store.get("language") == "system" and store.get("sync_interval_s") == 10
    store.set("language", "zh_CN")
    store.set("sync_interval_s", 30)
    again = SettingsStore(tmp_path)
    assert (again.get("language"), again.get("sync_interval_s")) == ("zh_CN", 30)


def test_bad_values_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    with pytest.raises(ValueError, match="one of"):
        store.set("language", "fr")
    with pytest.raises(ValueError, match="int"):
        store.set("sync_interval_s", "often")
    assert not (tmp_path / "settings.toml").exists()


def test_a_damaged_file_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text("language = [unclosed", encoding="utf-8")
    assert SettingsStore(tmp_path).get("language") == "system"
    (tmp_path / "settings.toml").write_text('language = "klingon"\nsync_interval_s = "x"', encoding="utf-8")
    store = SettingsStore(tmp_path)
    assert (store.get("language"), store.get("sync_interval_s")) == ("system", 10)
