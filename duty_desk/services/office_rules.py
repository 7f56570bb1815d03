"""The duty room's rules, the same on every workstation: read by anyone (everyone works by them), changed only
by an administrator, audited, and synced like any record. A workstation's own preferences (its language, how
often it syncs) stay in settings.toml."""

import json
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.services import audit
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import OfficeRule

_NAMESPACE = uuid.UUID("6f1d7c2e-3b0a-5e8f-9a41-d2c0b7e5a913")  # fixed: the same rule has the same id everywhere


@dataclass(frozen=True)
class NumberRule:
    name: str
    default: int
    low: int
    high: int


MIN_REST = NumberRule("min_rest_hours", 12, 0, 48)
ATTACHMENT_LIMIT = NumberRule("attachment_limit_mb", 20, 1, 100)  # every attachment is on every workstation
DEADLINES = "deadline_rules"  # the reporting-deadline rule file's text (TOML)
IDLE_LOCK = NumberRule("idle_lock_minutes", 15, 1, 240)  # the screen locks after this long without input
PASSWORD_POLICY = "password_policy"  # the security administrator's (services.password_policy), a JSON object
ESCALATION_POLICIES = "escalation_policies"  # services.escalation_policies: a JSON object


@internal
def rule_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


def _stored(session: Session, name: str) -> object | None:
    row = session.get(OfficeRule, rule_id(name))
    return None if row is None or row.deleted else json.loads(row.value)


@requires(Action.VIEW_RULES)
def number(services: Services, actor: Actor, rule: NumberRule) -> int:
    return stored_number(services, rule)


@internal  # for a service that applies the rule inside its own checked use case (the roster's rest)
def stored_number(services: Services, rule: NumberRule) -> int:
    with services.db.session() as session:
        value = _stored(session, rule.name)
    # A value out of range can only come from a newer version's wider limits: the nearest one this version allows.
    return min(max(value, rule.low), rule.high) if type(value) is int else rule.default  # not a JSON true


@internal  # for a rule whose own service checks who may read it (the password policy)
def stored_value(services: Services, name: str) -> object | None:
    with services.db.session() as session:
        return _stored(session, name)


@internal  # read inside the caller's own checked session (an escalation's policy, folded with its attempts)
def stored_in(session: Session, name: str) -> object | None:
    return _stored(session, name)


@requires(Action.VIEW_RULES)
def text(services: Services, actor: Actor, name: str) -> str | None:
    with services.db.session() as session:
        value = _stored(session, name)
    return value if isinstance(value, str) else None


@requires(Action.EDIT_SETTINGS)
def set_numbers(services: Services, actor: Actor, values: dict[NumberRule, int]) -> None:
    """All or none, every value out of range named."""
    errors = [FieldError.of(rule.name, "must be between {low} and {high}", low=rule.low, high=rule.high)
              for rule, value in values.items() if not rule.low <= value <= rule.high]
    if errors:
        raise ValidationError(errors)
    with services.write(actor, Action.EDIT_SETTINGS) as session:
        for rule, value in values.items():
            put(session, actor, rule.name, value)


@requires(Action.EDIT_SETTINGS)
def set_text(services: Services, actor: Actor, name: str, value: str) -> None:
    """For a rule checked by its caller (the deadline file is parsed whole first)."""
    with services.write(actor, Action.EDIT_SETTINGS) as session:
        put(session, actor, name, value)


@internal  # in the caller's checked transaction: a rule whose own service decides who may set it
def put(session: Session, actor: Actor, name: str, value: object) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(OfficeRule, rule_id(name))
    if row is not None and row.value == encoded and not row.deleted:
        return  # unchanged: no edit to sync, nothing to audit
    before = audit.snapshot(row)
    if row is None:
        row = OfficeRule(id=rule_id(name), name=name)
        session.add(row)
    row.value, row.deleted = encoded, False
    session.flush()
    audit.record(session, actor, AuditAction.EDIT_OFFICE_RULE, "office_rules", row.id, before, audit.snapshot(row))
