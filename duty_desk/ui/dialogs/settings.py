"""Settings of this workstation (later issues add theirs to duty_desk.settings and here)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duty_desk.settings import SettingsStore


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (("system", self.tr("Same as the system")), ("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(settings.get("language")))
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.interval = QSpinBox()
        self.interval.setRange(5, 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(int(settings.get("sync_interval_s")))
        self.interval.setAccessibleName(self.tr("Sync every"))
        interval_label = QLabel(self.tr("S&ync every"))
        interval_label.setBuddy(self.interval)
        form.addRow(interval_label, self.interval)
        self.attachment_limit = QSpinBox()
        self.attachment_limit.setRange(1, 100)  # files are kept in the database and synced to every workstation
        self.attachment_limit.setSuffix(self.tr(" MB"))
        self.attachment_limit.setValue(int(settings.get("attachment_limit_mb")))
        self.attachment_limit.setAccessibleName(self.tr("Largest attachment"))
        limit_label = QLabel(self.tr("Largest &attachment"))
        limit_label.setBuddy(self.attachment_limit)
        form.addRow(limit_label, self.attachment_limit)
        self.min_rest = QSpinBox()
        self.min_rest.setRange(0, 48)
        self.min_rest.setSuffix(self.tr(" h"))
        self.min_rest.setValue(int(settings.get("min_rest_hours")))
        self.min_rest.setAccessibleName(self.tr("Minimum rest between duties"))
        rest_label = QLabel(self.tr("Minimum &rest between duties"))
        rest_label.setBuddy(self.min_rest)
        form.addRow(rest_label, self.min_rest)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.set("sync_interval_s", self.interval.value())
        self.settings.set("attachment_limit_mb", self.attachment_limit.value())
        self.settings.set("min_rest_hours", self.min_rest.value())
        self.accept()
