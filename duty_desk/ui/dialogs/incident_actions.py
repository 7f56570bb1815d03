"""The small dialogs an incident needs after intake: a follow-up report, a report made to the level above."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain import vocabulary as V
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.incidents import ReportKind, Source
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import incidents
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.dialogs.intake import beijing_edit, from_qt, to_qt
from duty_desk.ui.forms_support import plain
from duty_desk.ui.i18n import language


class _IncidentForm(EditorDialog):
    def __init__(self, ctx: UiContext, incident_id: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.incident_id = ctx, incident_id
        self.setWindowTitle(title)
        self.resize(560, 0)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = self.add_save_row(layout)
        self.when = beijing_edit(utcnow())

    def row(self, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(plain(label))
        self.form.addRow(caption, widget)

    def run_save(self, save: Callable[[], object], fields: dict[str, QWidget]) -> None:
        self.save_with(save, fields, self.errors, {k: w.accessibleName() for k, w in fields.items()})


class FollowUpDialog(_IncidentForm):
    """续报: only what is new; 终报 closes the series. With `correcting`, a follow-up entered wrongly: the form
    opens on what it says, and saving adds its correction (the wrong one stays, marked as corrected)."""

    def __init__(self, ctx: UiContext, incident_id: str, parent: QWidget | None = None,
                 correcting: TimelineEvent | None = None) -> None:
        super().__init__(ctx, incident_id, self.tr("Correct {report}").format(
            report=V.event_name(correcting, language())) if correcting else self.tr("Follow-up report"), parent)
        self.correcting = correcting
        self.source = QComboBox()
        for src in Source:
            self.source.addItem(L.source(src), src)
        self.row(self.tr("S&ource"), self.source)
        self.row(self.tr("&Received *"), self.when)
        self.reporter = QLineEdit()
        self.row(self.tr("Re&ported by"), self.reporter)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.row(self.tr("&What is new *"), self.text)
        self.final = QCheckBox(self.tr("Final report (终报)"))
        self.row(self.tr("&Final"), self.final)
        if correcting is not None:  # of the corrected one's kind
            self.source.setCurrentIndex(max(0, self.source.findData(correcting.source)))
            self.when.setDateTime(to_qt(correcting.at))
            self.reporter.setText(correcting.reporter)
            self.text.setPlainText(correcting.text)
            self.final.setChecked(correcting.kind is TimelineKind.FINAL)
            self.final.setEnabled(False)
        self.install_editor_keys()
        self.text.setFocus()

    def try_save(self) -> None:
        if self.correcting is not None and not self.changed():
            self.accept()  # corrected to what it said: nothing to add
            return
        services, actor, incident_id = self.ctx.services, self.ctx.actor, self.incident_id
        text, when, source = self.text.toPlainText(), from_qt(self.when.dateTime()), Source(self.source.currentData())
        reporter, final = self.reporter.text(), self.final.isChecked()
        corrects = self.correcting.record_id if self.correcting else None
        self.run_save(lambda: incidents.add_follow_up(services, actor, incident_id, text, when, source, reporter,
                                                      final, corrects),
                      {"text": self.text, "received_at": self.when, "corrects": self.text})


class ReportMadeDialog(_IncidentForm):
    """The duty room reported to the level above: when, to whom, how. Its clock stops."""

    def __init__(self, ctx: UiContext, incident_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, incident_id, self.tr("Report made"), parent)
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem(L.report(kind), kind)
        self.row(self.tr("&Report"), self.kind)
        self.row(self.tr("&Made at *"), self.when)
        self.to_whom = QLineEdit()
        self.row(self.tr("&To whom *"), self.to_whom)
        self.how = QComboBox()
        for src in (Source.PHONE, Source.FAX, Source.SECURE_LINE, Source.SYSTEM):
            self.how.addItem(L.source(src), src)
        self.row(self.tr("&How"), self.how)
        self.install_editor_keys()
        self.to_whom.setFocus()

    def try_save(self) -> None:
        services, actor, incident_id = self.ctx.services, self.ctx.actor, self.incident_id
        kind, when = ReportKind(self.kind.currentData()), from_qt(self.when.dateTime())
        to_whom, how = self.to_whom.text(), str(self.how.currentData())
        self.run_save(lambda: incidents.record_report(services, actor, incident_id, kind, when, to_whom, how),
                      {"to_whom": self.to_whom, "made_at": self.when})
