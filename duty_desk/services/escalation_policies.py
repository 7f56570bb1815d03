"""The office's escalation policies: an administrator's, kept as an office rule (synced to every workstation like
the reporting deadlines), else the default shipped with the app. The editor's text names people and
organisations; the stored rule keeps their ids, so a renamed person stays in the step."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain import escalation as E
from duty_desk.domain.roles import Action
from duty_desk.domain.roster import Position
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.services import office_rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import Organisation, Person, RosterPattern


@internal
def policies_in(session: Session) -> E.Policies:
    stored = office_rules.stored_in(session, office_rules.ESCALATION_POLICIES)
    return E.DEFAULT if stored is None else E.from_json(stored)


@requires(Action.VIEW_ESCALATIONS)
def policies(services: Services, actor: Actor) -> E.Policies:
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        return policies_in(session)


def _names(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    """Live people and organisations: id -> name."""
    people = {i: n for i, n in session.execute(select(Person.id, Person.name).where(Person.deleted.is_(False)))}
    orgs = {i: n for i, n in session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.deleted.is_(False)))}
    return people, orgs


@requires(Action.MANAGE_ESCALATION_POLICIES)
def policy_text(services: Services, actor: Actor) -> str:
    with services.read(actor, Action.MANAGE_ESCALATION_POLICIES) as session:
        people, orgs = _names(session)
        return E.to_text(policies_in(session), people | orgs)


def _find(names: dict[str, str], name: str, where: str, errors: list[FieldError]) -> str:
    found = [i for i, n in names.items() if n == name]
    if not found:
        errors.append(FieldError.of(where, "{name} is not in the directory", name=name))
    elif len(found) > 1:
        errors.append(FieldError.of(where, "{name} is in the directory more than once; rename one", name=name))
    if len(found) != 1:
        return name
    return found[0]


def _positions(session: Session) -> set[str]:
    """The positions some shift pattern has."""
    out: set[str] = set()
    for leader, secretary in session.execute(select(RosterPattern.leader, RosterPattern.secretary_general).where(
            RosterPattern.deleted.is_(False))):
        out |= {Position.LEADER.value} if leader else set()
        out |= {Position.SECRETARY_GENERAL.value} if secretary else set()
    return out


def _resolved(session: Session, p: E.Policies) -> E.Policies:
    """Names to ids; a person not in the directory or a position no shift pattern has is refused by its place."""
    people, orgs = _names(session)
    positions = _positions(session)
    errors: list[FieldError] = []
    in_charge = {c: _find(people, name, f"in_charge.{c.value}", errors) for c, name in p.in_charge.items()}
    out: list[E.Policy] = []
    for i, pol in enumerate(p.policies):
        steps = []
        for j, step in enumerate(pol.steps):
            where = f"policy[{i + 1}].steps[{j + 1}].{step.target.value}"
            ref = step.ref
            if step.target is E.Target.PERSON:
                ref = _find(people, ref, where, errors)
            elif step.target is E.Target.ORGANISATION:
                ref = _find(orgs, ref, where, errors)
            elif step.target is E.Target.POSITION and ref not in positions:
                errors.append(FieldError.of(where, "no shift pattern has the position {name}", name=ref))
            steps.append(E.Step(step.target, ref, step.minutes))
        out.append(E.Policy(pol.severities, pol.category, tuple(steps)))
    if errors:
        raise ValidationError(errors)
    return E.Policies(tuple(out), p.start_on_registration, p.reminder_minutes, p.due_soon_minutes, in_charge)


@requires(Action.MANAGE_ESCALATION_POLICIES)
def save_policy_text(services: Services, actor: Actor, text: str) -> E.Policies:
    """Checked whole first: a bad text is refused with every reason by its place, and nothing is written."""
    parsed = E.parse_text(text)
    with services.write(actor, Action.MANAGE_ESCALATION_POLICIES) as session:
        resolved = _resolved(session, parsed)
        office_rules.put(session, actor, office_rules.ESCALATION_POLICIES, E.to_json(resolved))
        return resolved
