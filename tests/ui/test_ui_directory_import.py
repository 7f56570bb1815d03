"""Importing a directory CSV from the panel: checked in full first, imported only when every row is good."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import activate, ctrl, has_cjk

from duty_desk.services import directory
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.directory import DirectoryPanel

DEMO_PEOPLE = 109

BAD_CSV = """record,name,organisation,title,mobile
person,导入甲,北京市应急管理局,科员,12345678
person,导入乙,没有这个单位,科员,13900001111
organisation,,,,
person,导入丙,北京市应急管理局,科员,13900002222
"""

# As Excel on a Chinese desktop saves "CSV UTF-8": a BOM and the Chinese column names.
GOOD_CSV = """\ufeff记录类型,名称,所属单位,单位类型,区,职务,手机,领导
单位,北京市导入测试中心,,其他,朝阳区,,,
人员,导入丁,北京市导入测试中心,,,主任,139 0000 9001,是
人员,导入戊,北京市导入测试中心,,,科员,13900009002,否
人员,导入己,北京市应急管理局,,,科员,13900009003,否
"""


class Boxes:
    """Message boxes the panel shows: warnings recorded, questions answered with `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.No

        def warning(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            self.warnings.append((title, text))
            return QMessageBox.StandardButton.Ok

        def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            self.questions.append((title, text))
            return self.answer

        monkeypatch.setattr(QMessageBox, "warning", warning)
        monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: UiContext) -> MainWindow:
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    activate(qtbot, win)
    return win


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow) -> DirectoryPanel:
    ctrl(qtbot, window, Qt.Key.Key_7)
    found = window.current_panel()
    assert isinstance(found, DirectoryPanel)
    qtbot.waitUntil(lambda: found.model.rowCount() == DEMO_PEOPLE)
    return found


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _people(ctx: UiContext) -> set[str]:
    return {p.data.name for p in directory.search_people(ctx.services, ctx.actor, limit=10_000)}


def test_bad_csv_lists_the_lines_and_imports_nothing(qtbot: QtBot, tmp_path: Path, panel: DirectoryPanel,
                                                     boxes: Boxes) -> None:
    before = _people(panel.ctx)
    path = _write(tmp_path, "bad.csv", BAD_CSV)
    panel.import_file(path)
    qtbot.waitUntil(lambda: len(boxes.warnings) == 1)
    title, text = boxes.warnings[0]
    assert title == "Nothing imported"
    assert text.startswith("3 rows need correcting; nothing was imported.")
    lines = [line for line in text.splitlines() if line.startswith("Line ")]
    assert [line.split(":")[0] for line in lines] == ["Line 2", "Line 3", "Line 4"]
    assert "mobile" in lines[0] and "11 digits" in lines[0]
    assert "没有这个单位" in lines[1]
    assert "name" in lines[2]
    assert boxes.questions == [], "nothing to confirm when a row is bad"
    panel.ctx.background.wait()
    assert _people(panel.ctx) == before
    assert "导入丙" not in _people(panel.ctx), "all or nothing: the good row was not imported either"
    assert panel.model.rowCount() == DEMO_PEOPLE


def test_good_csv_is_imported_after_confirmation(qtbot: QtBot, tmp_path: Path, window: MainWindow,
                                                 panel: DirectoryPanel, boxes: Boxes) -> None:
    boxes.answer = QMessageBox.StandardButton.Yes
    path = _write(tmp_path, "good.csv", GOOD_CSV)
    panel.import_file(path)
    qtbot.waitUntil(lambda: len(boxes.questions) == 1)
    title, text = boxes.questions[0]
    assert title == "Import directory"
    assert text == "Import 4 new and 0 changed records (0 unchanged)?"
    new = {"导入丁", "导入戊", "导入己"}
    qtbot.waitUntil(lambda: new <= {r.data.name for r in panel.model.rows})
    assert boxes.warnings == []
    assert panel.model.rowCount() == DEMO_PEOPLE + 3
    assert window.statusBar().currentMessage() == "Imported 4 new and 0 changed records."
    shown = {panel.model.index(r, 0).data(): panel.model.index(r, 2).data() for r in range(panel.model.rowCount())}
    assert shown["★ 导入丁"] == "北京市导入测试中心", "a leader, in the organisation the same file created"
    assert shown["导入己"] == "北京市应急管理局"
    # The new people are found like everyone else.
    ctrl(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClicks(panel.search, "drd")
    qtbot.waitUntil(lambda: {r.data.name for r in panel.model.rows} == {"导入丁"})


def test_declining_the_confirmation_imports_nothing(qtbot: QtBot, tmp_path: Path, panel: DirectoryPanel,
                                                    boxes: Boxes) -> None:
    boxes.answer = QMessageBox.StandardButton.No
    panel.import_file(_write(tmp_path, "good.csv", GOOD_CSV))
    qtbot.waitUntil(lambda: len(boxes.questions) == 1)
    panel.ctx.background.wait()
    qtbot.wait(50)
    assert "导入丁" not in _people(panel.ctx)
    assert panel.model.rowCount() == DEMO_PEOPLE


def test_gb18030_csv_from_excel_is_read(qtbot: QtBot, tmp_path: Path, panel: DirectoryPanel, boxes: Boxes) -> None:
    boxes.answer = QMessageBox.StandardButton.Yes
    panel.import_file(_write(tmp_path, "gbk.csv", GOOD_CSV.lstrip("\ufeff"), encoding="gb18030"))
    qtbot.waitUntil(lambda: "导入戊" in {r.data.name for r in panel.model.rows})
    assert boxes.warnings == []


def test_a_file_with_wrong_columns_says_what_is_wrong(qtbot: QtBot, tmp_path: Path, panel: DirectoryPanel,
                                                      boxes: Boxes) -> None:
    panel.import_file(_write(tmp_path, "wrong.csv", "who,phone\n张三,13900000000\n"))
    qtbot.waitUntil(lambda: len(boxes.warnings) == 1)
    title, text = boxes.warnings[0]
    assert title == "Cannot import"
    assert "unknown columns: who, phone" in text
    assert "missing columns: record, name" in text
    assert boxes.questions == []
    assert panel.model.rowCount() == DEMO_PEOPLE


def test_import_problems_are_in_chinese_in_the_chinese_interface(qtbot: QtBot, tmp_path: Path, demo_ctx: UiContext,
                                                                 boxes: Boxes) -> None:
    i18n.install("zh_CN")
    panel = DirectoryPanel(demo_ctx)
    qtbot.addWidget(panel)
    panel.import_file(_write(tmp_path, "bad.csv", BAD_CSV))
    qtbot.waitUntil(lambda: len(boxes.warnings) == 1)
    title, text = boxes.warnings[0]
    assert has_cjk(title)
    rows = [line for line in text.splitlines() if line.startswith("第 ")]
    assert len(rows) == 3
    for row in rows:
        reason = row.split("：", 1)[1]
        assert has_cjk(reason), row


def test_a_file_that_cannot_be_used_at_all_is_explained_in_chinese(qtbot: QtBot, tmp_path: Path, demo_ctx: UiContext,
                                                                   boxes: Boxes) -> None:
    i18n.install("zh_CN")
    panel = DirectoryPanel(demo_ctx)
    qtbot.addWidget(panel)
    panel.import_file(_write(tmp_path, "wrong.csv", "who,phone\n张三,13900000000\n"))
    qtbot.waitUntil(lambda: len(boxes.warnings) == 1)
    _, text = boxes.warnings[0]
    assert text.splitlines()[:2] == ["无法识别的列：who, phone", "缺少的列：record, name"]
    panel.import_file(tmp_path / "nowhere.csv")
    qtbot.waitUntil(lambda: len(boxes.warnings) == 2)
    assert boxes.warnings[1][1].startswith(f"无法读取 {tmp_path / 'nowhere.csv'}：")
