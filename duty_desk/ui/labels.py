"""Translated names of domain values (roles, organisation kinds, districts)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duty_desk.domain.directory import OrgKind
from duty_desk.domain.places import DISTRICTS
from duty_desk.domain.roles import Role
from duty_desk.ui.i18n import is_chinese


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP only marks text for lupdate (typed as returning object); translation happens here.
    return QCoreApplication.translate("Labels", str(text))


def role_name(role: Role) -> str:
    return _t({
        Role.DUTY_OFFICER: QT_TRANSLATE_NOOP("Labels", "Duty officer"),
        Role.SHIFT_LEADER: QT_TRANSLATE_NOOP("Labels", "Shift leader"),
        Role.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Reception officer"),
        Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    }[role])


def org_kind_name(kind: OrgKind) -> str:
    return _t({
        OrgKind.MUNICIPAL_DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Municipal department"),
        OrgKind.DISTRICT_GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "District government"),
        OrgKind.DISTRICT_DUTY_ROOM: QT_TRANSLATE_NOOP("Labels", "District duty room"),
        OrgKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other unit"),
    }[kind])


def districts() -> list[tuple[str, str]]:
    """(code, name) in the interface language: place names stay Chinese in the Chinese interface."""
    chinese = is_chinese()
    return [(code, zh if chinese else f"{en} ({zh})") for code, zh, en in DISTRICTS]


def district_label(code: str) -> str:
    return dict(districts()).get(code, code)
