"""The reporting deadlines, edited by an administrator as a form (per level: telephone, written, follow-ups),
with the office's rule file behind it: the form writes the file, which is checked whole before anything is saved."""

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.deadlines import LEVELS, MAX_MINUTES, FollowUps, LevelEntry, Profile, parse_profile, rule_file
from duty_desk.domain.validation import ValidationError
from duty_desk.services import rules
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.i18n import field_message
from duty_desk.ui.operations import Failure


class DeadlineRulesDialog(EditorDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Reporting deadlines"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Minutes are counted from when the duty room received the report. Changes apply to "
                               "every incident's clocks on every workstation as soon as they are saved (and synced)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, heading in enumerate((self.tr("Level"), self.tr("Telephone report within"),
                                          self.tr("Written report within"), self.tr("Follow-up reports"))):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.widgets: dict[str, QWidget] = {}
        self.names: dict[str, str] = {}
        self.phone: dict[str, QSpinBox] = {}
        self.written: dict[str, QSpinBox] = {}
        self.follow: dict[str, QComboBox] = {}
        for row, level in enumerate(LEVELS, start=1):
            name = L.severity(level)
            grid.addWidget(QLabel(name), row, 0)
            phone = self._minutes(0, self.tr("{level}: telephone report within").format(level=name))
            phone.setSpecialValueText(self.tr("not required"))  # 0: this level owes no telephone report
            written = self._minutes(1, self.tr("{level}: written report within").format(level=name))
            follow = QComboBox()
            follow.addItem(self.tr("every day, before the times below"), FollowUps.DAILY.value)
            follow.addItem(self.tr("when there are new facts"), FollowUps.AS_NEW_FACTS.value)
            follow.setAccessibleName(self.tr("{level}: follow-up reports").format(level=name))
            for column, widget in enumerate((phone, written, follow), start=1):
                grid.addWidget(widget, row, column)
            where = f"levels.{level.value}"
            for key, widget in ((f"{where}.telephone_minutes", phone), (f"{where}.written_minutes", written),
                                (f"{where}.follow_ups", follow)):
                self.widgets[key], self.names[key] = widget, widget.accessibleName()
            self.phone[level.value], self.written[level.value], self.follow[level.value] = phone, written, follow
        layout.addLayout(grid)
        form = QFormLayout()
        self.times = QLineEdit()
        self.times.setPlaceholderText("08:00, 17:00")
        self.amber = self._minutes(1, "")  # named with its row below
        self.unassessed = QComboBox()
        for level in LEVELS:
            self.unassessed.addItem(L.severity(level), level.value)
        for label, widget, key in ((self.tr("Daily follow-ups due before (Beijing time)"), self.times,
                                    "follow_up_times"),
                                   (self.tr("A clock turns amber this long before it is due"), self.amber,
                                    "amber_minutes"),
                                   (self.tr("An unassessed incident's clocks run as for"), self.unassessed,
                                    "unassessed_as")):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
            self.widgets[key], self.names[key] = widget, label
        layout.addLayout(form)
        buttons = self.add_save_row(layout)
        self.errors.setStyleSheet("color: #c62828;")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.loaded = False
        self._editable(False)  # until the office's rules are read; Cancel and Esc work meanwhile
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: rules.rule_text(services, actor), self._loaded, self._refused)

    def _editable(self, on: bool) -> None:
        for widget in (*self.widgets.values(), self.save_button):
            widget.setEnabled(on)

    def _minutes(self, lowest: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(lowest, MAX_MINUTES)
        box.setSuffix(self.tr(" min"))
        box.setAccessibleName(name)
        return box

    def _loaded(self, text: str) -> None:
        try:
            profile = parse_profile(text)
        except ValidationError as exc:  # a newer version's file, say: the default is in force here meanwhile
            profile = parse_profile(rules.default_text())
            self._show(exc, self.tr("This version cannot read the office's rule file, so the default rules apply "
                                    "on this workstation until it is corrected (saving this form replaces it):"))
        self._fill(profile)
        self._editable(True)
        self.loaded = True
        self.install_editor_keys()
        self.phone[LEVELS[0].value].setFocus()

    def _fill(self, profile: Profile) -> None:
        for level, rule in profile.levels.items():
            self.phone[level.value].setValue(rule.telephone_minutes or 0)
            self.written[level.value].setValue(rule.written_minutes or 1)
            follow = self.follow[level.value]
            follow.setCurrentIndex(follow.findData(rule.follow_ups.value))
        self.times.setText(", ".join(t.strftime("%H:%M") for t in profile.follow_up_times))
        self.amber.setValue(profile.amber_minutes)
        self.unassessed.setCurrentIndex(self.unassessed.findData(profile.unassessed_as.value))

    def _show(self, exc: ValidationError, heading: str) -> None:
        lines = [QCoreApplication.translate("Validation", "{field}: {message}").format(
            field=self.names.get(e.field, e.field), message=field_message(e)) for e in exc.errors]
        self.errors.setText(heading + "\n" + "\n".join(lines))

    def text(self) -> str:
        """The rule file the form stands for."""
        times = [t for t in re.split(r"[\s,，、;；]+", self.times.text()) if t]
        levels = {level.value: LevelEntry(self.phone[level.value].value() or None, self.written[level.value].value(),
                                          str(self.follow[level.value].currentData()))
                  for level in LEVELS}
        return rule_file(self.amber.value(), times, str(self.unassessed.currentData()), levels)

    def try_save(self) -> None:
        if not self.loaded:
            return  # not read yet: saving would overwrite the office's rules with the form's blanks
        services, actor, text = self.ctx.services, self.ctx.actor, self.text()
        # A daily time's error names its place in the list: the times box is where to mend it.
        widgets = {**self.widgets, **{f"follow_up_times[{i}]": self.times for i in range(24)}}
        names = {**self.names, **{f"follow_up_times[{i}]": self.names["follow_up_times"] for i in range(24)}}
        self.save_with(lambda: rules.save_rules(services, actor, text), widgets, self.errors, names)

    def _refused(self, failure: Failure) -> None:
        self.errors.setText(failure.text)
