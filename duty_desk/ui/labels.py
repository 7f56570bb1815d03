"""Names of domain values in the interface language: roles and organisation kinds (from domain.vocabulary),
districts, and the records and fields the conflicts view names."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duty_desk.domain import vocabulary
from duty_desk.domain.directory import OrgKind
from duty_desk.domain.places import DISTRICTS
from duty_desk.domain.roles import Role
from duty_desk.domain.vocabulary import label
from duty_desk.ui.i18n import is_chinese, language


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP only marks text for lupdate (typed as returning object); translation happens here.
    return QCoreApplication.translate("Labels", str(text))


def role_name(role: Role) -> str:
    return label(role, language())


def org_kind_name(kind: OrgKind) -> str:
    return label(kind, language())


def districts() -> list[tuple[str, str]]:
    """(code, name) in the interface language: place names stay Chinese in the Chinese interface."""
    chinese = is_chinese()
    return [(code, zh if chinese else f"{en} ({zh})") for code, zh, en in DISTRICTS]


def district_label(code: str) -> str:
    return dict(districts()).get(code, code)


_RECORDS = {
    "people": QT_TRANSLATE_NOOP("Labels", "Person"),
    "organisations": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "users": QT_TRANSLATE_NOOP("Labels", "Account"),
    "incidents": QT_TRANSLATE_NOOP("Labels", "Incident"),
    "roster_duties": QT_TRANSLATE_NOOP("Labels", "Duty"),
    "roster_absences": QT_TRANSLATE_NOOP("Labels", "Leave"),
    "roster_swaps": QT_TRANSLATE_NOOP("Labels", "Swap request"),
    "office_rules": QT_TRANSLATE_NOOP("Labels", "Office rule"),
}
_RULES = {
    "min_rest_hours": QT_TRANSLATE_NOOP("Labels", "Minimum rest between duties (hours)"),
    "attachment_limit_mb": QT_TRANSLATE_NOOP("Labels", "Largest attachment (MB)"),
    "deadline_rules": QT_TRANSLATE_NOOP("Labels", "Reporting deadlines"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "office": QT_TRANSLATE_NOOP("Labels", "Office"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
    "office_phone": QT_TRANSLATE_NOOP("Labels", "Office phone"),
    "secure_phone": QT_TRANSLATE_NOOP("Labels", "Secure line"),
    "duty_phone": QT_TRANSLATE_NOOP("Labels", "Duty phone"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Switchboard"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "is_leader": QT_TRANSLATE_NOOP("Labels", "Leader"),
    "organisation_id": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "deleted": QT_TRANSLATE_NOOP("Labels", "Removed"),
    "display_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "person_id": QT_TRANSLATE_NOOP("Labels", "Person on duty"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
}


def record_kind(table: str) -> str:
    return _t(_RECORDS[table]) if table in _RECORDS else table


def record_label(table: str, label: str) -> str:
    """A record as the conflicts view names it: an office rule by what it rules."""
    return _t(_RULES[label]) if table == "office_rules" and label in _RULES else label


def field_label(field: str) -> str:
    """A field as the conflicts view names it: the directory's and accounts' here, an incident's from the vocabulary."""
    return _t(_FIELDS[field]) if field in _FIELDS else vocabulary.field(field, language())
