"""Correct an incident after it is saved (F2 on the Incidents panel): the intake form, filled in with what is
recorded, and a reason. Only the fields changed are written, each kept in the history with the reason; the
severity keeps its own dialog (Ctrl+L), the status its own. Ctrl+Enter on an unchanged form writes nothing."""

from dataclasses import fields
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from duty_desk.domain.incident_views import IncidentView
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import as_utc
from duty_desk.services import incidents
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.intake import IntakeDialog, to_qt
from duty_desk.ui.forms_support import plain

_OWN_DIALOG = frozenset({"severity"})


def _minute(value: datetime | None) -> datetime | None:
    """A time as the form shows it: to the minute, so a time left alone is not a change."""
    return None if value is None else as_utc(value).replace(second=0, microsecond=0)


def changed_fields(before: IncidentData, after: IncidentData) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for f in fields(IncidentData):
        old, new = getattr(before, f.name), getattr(after, f.name)
        if f.name in _OWN_DIALOG:
            continue
        if f.name.endswith("_at"):
            if _minute(old) != _minute(new):
                changes[f.name] = new
        elif old != new:
            changes[f.name] = new
    return changes


class IncidentEditDialog(IntakeDialog):
    def __init__(self, ctx: UiContext, view: IncidentView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = view
        self.setWindowTitle(self.tr("Correct {number}").format(number=view.number))
        self._dup_timer.timeout.disconnect()  # it is registered: no duplicates to offer
        body = self.severity.parentWidget()
        form = body.layout() if body is not None else None
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.severity, False)  # Ctrl+L, with its own rule for lowering
        self.reason = QLineEdit()
        caption = QLabel(self.tr("Reason for the &correction *"))
        caption.setBuddy(self.reason)
        self.reason.setAccessibleName(plain(caption.text()))
        form.addRow(caption, self.reason)
        self._fill(view.data)
        self.mark_unchanged()
        self.source.setFocus()

    def _fill(self, d: IncidentData) -> None:
        self.source.setCurrentIndex(self.source.findData(d.source))
        self.received.setDateTime(to_qt(d.received_at))
        for key, widget in self.widgets.items():  # the caller, the account and the other texts
            value = getattr(d, key, None)
            if isinstance(widget, QPlainTextEdit) and isinstance(value, str):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit) and isinstance(value, str):
                widget.setText(value)
        self.category.setCurrentIndex(max(0, self.category.findData(d.category)))
        self.district.setCurrentIndex(max(0, self.district.findData(d.district_code)))
        self.occurred_known.setChecked(d.occurred_at is not None)
        if d.occurred_at is not None:
            self.occurred.setDateTime(to_qt(d.occurred_at))
        self.severity.setCurrentIndex(self.severity.findData(d.severity))
        for key, box in self.casualties.items():
            box.setValue(getattr(d, key))
        self.drill.setChecked(d.drill)
        self.offer.setVisible(False)

    def try_save(self) -> None:
        changes = changed_fields(self.view.data, self.collect())
        if not changes:
            self.accept()  # nothing corrected: no write, no entry in the history
            return
        widgets: dict[str, QWidget] = {**self.widgets, "reason": self.reason}
        names = {key: (w.accessibleName() or key) for key, w in widgets.items()}
        services, actor, incident_id, reason = self.ctx.services, self.ctx.actor, self.view.id, self.reason.text()
        self.save_with(lambda: incidents.correct(services, actor, incident_id, reason, **changes), widgets,
                       self.errors, names)
