"""The office's password and lockout policy: the security administrator's, kept as an office rule so every
workstation applies the same one, and read by anyone (a person choosing a password should know the rules)."""

import dataclasses
import json

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import POLICY_BOUNDS, FieldError, PasswordPolicy, ValidationError, policy_problems
from duty_desk.services import office_rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.passwords import check_password
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import User


@internal
def policy_of(services: Services) -> PasswordPolicy:
    """The policy in force. A setting missing, unknown or out of bounds (a newer version's) falls back to its
    default or the nearest bound, so a stored value can never stop a login."""
    stored = office_rules.stored_value(services, office_rules.PASSWORD_POLICY)
    defaults = PasswordPolicy()
    if not isinstance(stored, dict):
        return defaults
    values: dict[str, int] = {}
    for name, (low, high) in POLICY_BOUNDS.items():
        value = stored.get(name)
        values[name] = min(max(value, low), high) if type(value) is int else getattr(defaults, name)
    return PasswordPolicy(**values)


@requires(Action.VIEW_RULES)
def password_policy(services: Services, actor: Actor) -> PasswordPolicy:
    return policy_of(services)


@requires(Action.SET_PASSWORD_POLICY)
def set_password_policy(services: Services, actor: Actor, policy: PasswordPolicy) -> PasswordPolicy:
    """All or none, every setting out of its bounds named; audited as an office rule edit and synced."""
    errors = [FieldError.of(name, "must be between {low} and {high}", low=low, high=high)
              for name, (low, high) in POLICY_BOUNDS.items() if not low <= getattr(policy, name) <= high]
    if errors:
        raise ValidationError(errors)
    with services.write(actor, Action.SET_PASSWORD_POLICY) as session:
        office_rules.put(session, actor, office_rules.PASSWORD_POLICY, dataclasses.asdict(policy))
    return policy


@internal
def check_new_password(policy: PasswordPolicy, user: User | None, username: str, password: str) -> None:
    """Every rule the new password breaks, named; then (an existing account) the last passwords, newest first."""
    if problems := policy_problems(password, username, policy):
        raise ValidationError(problems)
    if user is not None and policy.history and any(check_password(password, old)
                                                   for old in recent_hashes(user, policy)):
        raise ValidationError([FieldError.of("password", "password must differ from the last {n} passwords",
                                             n=policy.history)])


@internal
def recent_hashes(user: User, policy: PasswordPolicy) -> list[str]:
    """The current hash and the older ones kept, as many as the policy says are not used again."""
    return [user.password_hash, *_history(user)][:policy.history]


@internal
def remember(user: User, policy: PasswordPolicy, new_hash: str) -> None:
    """The old hash goes into the history; the new one is current, changed now."""
    keep = max(policy.history - 1, 0)  # the current one is the first of the last N
    user.password_history = json.dumps([user.password_hash, *_history(user)][:keep])
    user.password_hash = new_hash
    user.password_changed_at = utcnow()


@internal
def expired(user: User, policy: PasswordPolicy) -> bool:
    if not policy.max_age_days:
        return False
    changed = user.password_changed_at or user.created_at
    return (utcnow() - changed).days >= policy.max_age_days


def _history(user: User) -> list[str]:
    try:
        stored = json.loads(user.password_history or "[]")
    except ValueError:  # an unreadable history (arrived by sync) protects nothing, but stops no one either
        return []
    return [h for h in stored if isinstance(h, str)] if isinstance(stored, list) else []

