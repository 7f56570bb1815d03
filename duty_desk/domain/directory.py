"""The contacts directory's records as plain data, with their validation."""

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from duty_desk.domain.places import DISTRICT_CODES
from duty_desk.domain.validation import FieldError, PhoneKind, ValidationError, control_problem, normalize_phone


class OrgKind(StrEnum):
    MUNICIPAL_DEPARTMENT = "municipal_department"
    DISTRICT_GOVERNMENT = "district_government"
    DISTRICT_DUTY_ROOM = "district_duty_room"
    OTHER = "other"


@dataclass(frozen=True)
class OrgData:
    name: str
    kind: OrgKind = OrgKind.OTHER
    district_code: str = ""
    phone: str = ""
    duty_phone: str = ""
    address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonData:
    name: str
    title: str = ""
    organisation_id: str | None = None
    office: str = ""
    mobile: str = ""
    office_phone: str = ""
    secure_phone: str = ""
    is_leader: bool = False
    notes: str = ""


# Protocol order of the titles a municipal directory puts first; a title is matched by the first entry it
# contains, so the longer title comes before the one inside it (市长助理 and 常务副市长 before 副市长 before 市长).
_PRECEDENCE = (("市长助理", 3), ("常务副市长", 1), ("副市长", 2), ("市长", 0), ("副秘书长", 5), ("秘书长", 4))
_HEADS = ("书记", "局长", "主任", "区长", "处长", "科长", "主席", "院长", "队长", "经理", "负责人")
# Ranks and assistants that contain a head's title but are not heads: 一级主任科员, 调研员, 处长助理.
_STAFF = ("科员", "调研员", "办事员")
HEAD, DEPUTY, STAFF = 6, 7, 8


def precedence(title: str) -> int:
    """Where a title stands in the office's protocol order, 0 first: the mayor, the executive vice-mayor, the
    vice-mayors, the assistants to the mayor, the secretary-general and the deputies; then heads of units, their
    deputies and assistants, and everyone else. A note in brackets, like （值班秘书长）, is not the title."""
    plain = re.sub(r"[（(].*?[）)]", "", title)
    for words, rank in _PRECEDENCE:
        if words in plain:
            return rank
    if any(words in plain for words in _STAFF):
        return STAFF
    if any(head in plain for head in _HEADS):
        return DEPUTY if "副" in plain or "助理" in plain else HEAD
    return STAFF


LIMITS = {"name": 50, "title": 100, "office": 100, "address": 200, "notes": 2000}
ORG_NAME_LIMIT = 100


def _phones(obj: object, fields: dict[str, PhoneKind], errors: list[FieldError]) -> dict[str, str]:
    out = {}
    for f, kind in fields.items():
        try:
            out[f] = normalize_phone(getattr(obj, f), kind)
        except ValueError as exc:
            errors.append(FieldError(f, str(exc)))
    return out


def _lengths(obj: object, fields: dict[str, int], errors: list[FieldError]) -> None:
    for f, limit in fields.items():
        if len(getattr(obj, f)) > limit:
            errors.append(FieldError.of(f, "at most {limit} characters", limit=limit))
        elif problem := control_problem(getattr(obj, f)):
            errors.append(FieldError(f, problem))


def clean_org(data: OrgData) -> OrgData:
    """Trimmed and normalised copy, or ValidationError listing every bad field."""
    errors: list[FieldError] = []
    data = replace(data, name=data.name.strip(), address=data.address.strip(), notes=data.notes.strip())
    if not data.name:
        errors.append(FieldError("name", "the organisation's name is required"))
    _lengths(data, {"name": ORG_NAME_LIMIT, "address": LIMITS["address"], "notes": LIMITS["notes"]}, errors)
    if data.district_code and data.district_code not in DISTRICT_CODES:
        errors.append(FieldError.of("district_code", "unknown district code {code}", code=data.district_code))
    p = _phones(data, {"phone": PhoneKind.PUBLIC, "duty_phone": PhoneKind.PUBLIC}, errors)
    if errors:
        raise ValidationError(errors)
    return replace(data, phone=p["phone"], duty_phone=p["duty_phone"])


def mask_phone(stored: str) -> str:
    """A stored number as shown to a role without personal data: its last four digits (and a mobile's carrier
    prefix) only, 138****8000; a short secure line or extension, all masked. The extension is dropped."""
    number = stored.partition(" ext. ")[0]
    if len(number) <= 6:
        return "*" * len(number)
    head = 3 if len(number) == 11 and number.startswith("1") else 0
    return number[:head] + "*" * (len(number) - head - 4) + number[-4:]


def masked_person(data: PersonData) -> PersonData:
    """The office phone stays: it is the number a visitor's host is reached at."""
    return replace(data, mobile=mask_phone(data.mobile), secure_phone=mask_phone(data.secure_phone))


def masked_org(data: OrgData) -> OrgData:
    """The switchboard stays; the duty room's own line is masked."""
    return replace(data, duty_phone=mask_phone(data.duty_phone))


def clean_person(data: PersonData) -> PersonData:
    errors: list[FieldError] = []
    data = replace(data, name=data.name.strip(), title=data.title.strip(), office=data.office.strip(),
                   notes=data.notes.strip())
    if not data.name:
        errors.append(FieldError("name", "the person's name is required"))
    _lengths(data, {k: LIMITS[k] for k in ("name", "title", "office", "notes")}, errors)
    p = _phones(data, {"mobile": PhoneKind.MOBILE, "office_phone": PhoneKind.LANDLINE,
                       "secure_phone": PhoneKind.SECURE}, errors)
    if errors:
        raise ValidationError(errors)
    return replace(data, mobile=p["mobile"], office_phone=p["office_phone"], secure_phone=p["secure_phone"])
