"""Settings: this workstation's own (language, how often it syncs), and the office's rules, which every
workstation follows and only an administrator may change (saved through the services: audited and synced)."""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.roles import Action
from duty_desk.services import office_rules
from duty_desk.services.office_rules import NumberRule
from duty_desk.ui.context import UiContext
from duty_desk.ui.forms_support import show_refusal
from duty_desk.ui.operations import Failure


def _labelled(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        own = QGroupBox(self.tr("This workstation"))
        form = QFormLayout(own)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (("system", self.tr("Same as the system")), ("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(settings.get("language")))
        _labelled(form, self.tr("&Language"), self.language)
        self.interval = QSpinBox()
        self.interval.setRange(5, 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(int(settings.get("sync_interval_s")))
        self.interval.setAccessibleName(self.tr("Sync every"))
        _labelled(form, self.tr("S&ync every"), self.interval)
        layout.addWidget(own)

        self.may_edit_rules = ctx.actor.may(Action.EDIT_SETTINGS)
        office = QGroupBox(self.tr("The office's rules (every workstation)"))
        form = QFormLayout(office)
        self.min_rest = self._rule(office_rules.MIN_REST, self.tr(" h"), self.tr("Minimum rest between duties"))
        _labelled(form, self.tr("Minimum &rest between duties"), self.min_rest)
        self.attachment_limit = self._rule(office_rules.ATTACHMENT_LIMIT, self.tr(" MB"),
                                           self.tr("Largest attachment"))
        _labelled(form, self.tr("Largest &attachment"), self.attachment_limit)
        self.idle_lock = self._rule(office_rules.IDLE_LOCK, self.tr(" min"), self.tr("Lock the screen after"))
        _labelled(form, self.tr("Loc&k the screen after"), self.idle_lock)
        self.rules = {office_rules.MIN_REST: self.min_rest, office_rules.ATTACHMENT_LIMIT: self.attachment_limit,
                      office_rules.IDLE_LOCK: self.idle_lock}
        self.shown: dict[NumberRule, int] = {}  # the office's values once read; the boxes wait for them
        services, actor, rules = ctx.services, ctx.actor, tuple(self.rules)
        ctx.ops.query(self, lambda: {rule: office_rules.number(services, actor, rule) for rule in rules},
                      self._loaded, self._refused)
        if not self.may_edit_rules:
            note = QLabel(self.tr("Only the system administrator can change the office's rules."))
            note.setWordWrap(True)
            form.addRow(note)
        layout.addWidget(office)

        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):  # as in every form
            QShortcut(QKeySequence(key), self, self.save)

    def _rule(self, rule: NumberRule, suffix: str, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(rule.low, rule.high)
        box.setSuffix(suffix)
        box.setAccessibleName(name)
        box.setEnabled(False)
        return box

    def _loaded(self, numbers: dict[NumberRule, int]) -> None:
        for rule, box in self.rules.items():
            box.setValue(numbers[rule])
            box.setEnabled(self.may_edit_rules)
        self.shown = numbers

    def save(self) -> None:
        # Only what was changed here: saving the language must not rewrite a rule another administrator has just
        # set elsewhere (or one a newer version set beyond this one's range).
        changed = {rule: box.value() for rule, box in self.rules.items()
                   if rule in self.shown and box.value() != self.shown[rule]}
        if not changed:  # only an administrator's boxes can change
            self._save_own()
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: office_rules.set_numbers(services, actor, changed),
                           lambda _: self._save_own(), self._refused)

    def _refused(self, failure: Failure) -> None:
        show_refusal(self.error, failure.error)

    def _save_own(self) -> None:
        self.ctx.settings.set("language", self.language.currentData())
        self.ctx.settings.set("sync_interval_s", self.interval.value())
        self.accept()
