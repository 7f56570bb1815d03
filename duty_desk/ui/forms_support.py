"""Showing validation errors on a form: the field highlighted, the reason in words, nothing typed is lost."""

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from duty_desk.domain.roles import Action, Role
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import label
from duty_desk.services.errors import PermissionDenied, StorageError
from duty_desk.ui.i18n import field_message, language
from duty_desk.ui.labels import role_name

ERROR_STYLE = "[invalid=\"true\"] { border: 2px solid #c62828; }"


def clear_errors(widgets: Mapping[str, QWidget], label: QLabel) -> None:
    for w in widgets.values():
        w.setProperty("invalid", False)
        w.setStyleSheet("")
    label.clear()


def plain(label: str) -> str:
    """A label as a screen reader should say it: no accelerator ('&Name', '名称(&N)') and no '*'."""
    return re.sub(r"\(&.\)|&", "", label).rstrip(" *")


def storage_text(exc: StorageError) -> str:
    """Why the data folder or database cannot be used, in the interface language."""
    return QCoreApplication.translate("Validation", exc.template).format(**exc.params)


def refusal_text(exc: Exception) -> str:
    """Why a service said no, in the interface language: the fields' reasons, no permission, or a busy
    database."""
    if isinstance(exc, ValidationError):
        return "\n".join(field_message(e) for e in exc.errors)
    if isinstance(exc, PermissionDenied):
        return permission_text(exc)
    if isinstance(exc, StorageError):
        return storage_text(exc)  # busy, disk full, read-only: its own reason
    return str(exc)


def permission_text(exc: PermissionDenied) -> str:
    """Which action was refused, and why when the role may take it but not on this record."""
    action = label(Action(exc.action), language()) if exc.action in set(Action) else exc.action
    if exc.reason:
        return QCoreApplication.translate("Validation", "You may not {action}: {reason}").format(
            action=action, reason=QCoreApplication.translate("Validation", exc.reason))
    role = role_name(Role(exc.role)) if exc.role in set(Role) else exc.role
    return QCoreApplication.translate("Validation", "The role {role} may not {action}.").format(
        role=role, action=action)


def show_refusal(label: QLabel, exc: Exception) -> None:
    """Not a field's fault: no permission, or the database was busy. Said in words beside the buttons."""
    label.setText(refusal_text(exc))
    label.setStyleSheet("color: #c62828;")


def show_errors(error: ValidationError, widgets: Mapping[str, QWidget], label: QLabel,
                names: Mapping[str, str]) -> None:
    """Mark each named field and list the reasons; focus goes to the first bad field."""
    clear_errors(widgets, label)
    lines = []
    first: QWidget | None = None
    for e in error.errors:
        widget = widgets.get(e.field)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.setStyleSheet(ERROR_STYLE)
            first = first or widget
        lines.append(QCoreApplication.translate("Validation", "{field}: {message}")
                     .format(field=names.get(e.field, e.field), message=field_message(e)))
    label.setText("\n".join(lines))
    label.setStyleSheet("color: #c62828;")
    if first is not None:
        first.setFocus()
