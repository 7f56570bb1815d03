"""Translated names of domain values (roles, organisation kinds, districts)."""

from PySide6.QtCore import QCoreApplication

from duty_desk.domain.directory import OrgKind
from duty_desk.domain.places import DISTRICTS
from duty_desk.domain.roles import Role
from duty_desk.ui.i18n import is_chinese


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_name(role: Role) -> str:
    return {
        Role.DUTY_OFFICER: _t("Duty officer"),
        Role.SHIFT_LEADER: _t("Shift leader"),
        Role.RECEPTION: _t("Reception officer"),
        Role.ADMIN: _t("Administrator"),
    }[role]


def org_kind_name(kind: OrgKind) -> str:
    return {
        OrgKind.MUNICIPAL_DEPARTMENT: _t("Municipal department"),
        OrgKind.DISTRICT_GOVERNMENT: _t("District government"),
        OrgKind.DISTRICT_DUTY_ROOM: _t("District duty room"),
        OrgKind.OTHER: _t("Other unit"),
    }[kind]


def districts() -> list[tuple[str, str]]:
    """(code, name) in the interface language: place names stay Chinese in the Chinese interface."""
    chinese = is_chinese()
    return [(code, zh if chinese else f"{en} ({zh})") for code, zh, en in DISTRICTS]


def district_label(code: str) -> str:
    return dict(districts()).get(code, code)
