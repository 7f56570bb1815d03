"""Escalation to leaders (逐级呈报): the office's policies (per severity, optionally per category, ordered steps of
whom to inform within how long), and how an escalation's steps fold from its append-only attempts.

A step is done when someone reached its person (the earliest reach counts, whichever workstation recorded it); it
may also be skipped (nobody on duty), passed over (the officer went on at once) or marked not needed. Each step is
due within its minutes of the previous step's end (step 1: of the escalation's start).
"""

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from duty_desk.domain.deadline import Deadline
from duty_desk.domain.incidents import Category, Severity
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import as_utc
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.domain.workflow import Event, StateMachine, Transition

LEVELS = (Severity.I, Severity.II, Severity.III, Severity.IV)
MAX_MINUTES = 7 * 24 * 60


class Target(StrEnum):
    POSITION = "position"  # whoever is on duty in that roster position at that moment
    PERSON = "person"  # a named directory person
    ORGANISATION = "organisation"  # an organisation's duty phone
    IN_CHARGE = "in_charge"  # the municipal leader in charge of the incident's category (分管市领导)


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    MESSAGE = "message"  # left a message
    LINE_FAILED = "line_failed"


class Means(StrEnum):
    PHONE = "phone"
    SECURE_PHONE = "secure_phone"
    IN_PERSON = "in_person"
    WRITTEN = "written"  # a written report
    FAX = "fax"


class AttemptKind(StrEnum):
    ATTEMPT = "attempt"  # a call or a visit, with its outcome
    SKIP = "skip"  # nobody on duty in the step's position (recorded by the app)
    GO_ON = "go_on"  # the officer went on to the next step at once
    NOT_NEEDED = "not_needed"  # a shift leader's decision, with a reason


class StepState(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"
    PASSED = "passed"
    NOT_NEEDED = "not_needed"


class EscalationState(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"  # every step ended
    ENDED = "ended"  # the incident was closed


class DueKind(StrEnum):
    """What an escalation's attention item is about."""

    STEP = "step"  # the step's own time
    REMINDER = "reminder"  # call again: the last attempt went unanswered


# A reach ends a step whatever else was recorded about it (on another workstation, offline); a decision that it
# was not needed stands over a skip or a going-on. Folded in the shared order, so every site agrees.
_ENDED = frozenset({StepState.OPEN, StepState.SKIPPED, StepState.PASSED, StepState.NOT_NEEDED})
STEP = StateMachine(StepState, StepState.OPEN, (
    Transition("reach", _ENDED, StepState.DONE),
    Transition("skip", frozenset({StepState.OPEN}), StepState.SKIPPED),
    Transition("go_on", frozenset({StepState.OPEN}), StepState.PASSED),
    Transition("not_needed", frozenset({StepState.OPEN, StepState.SKIPPED, StepState.PASSED}), StepState.NOT_NEEDED),
), field="step")
_TRANSITION = {AttemptKind.SKIP: "skip", AttemptKind.GO_ON: "go_on", AttemptKind.NOT_NEEDED: "not_needed"}


@dataclass(frozen=True)
class Step:
    target: Target
    ref: str = ""  # a Position value, a person's or an organisation's id (a name, in the editor's text)
    minutes: int = 30

    @property
    def key(self) -> str:
        """Which step an attempt belongs to: the same target keeps its attempts when the plan changes."""
        return f"{self.target.value}:{self.ref}"


@dataclass(frozen=True)
class Policy:
    severities: tuple[Severity, ...]
    category: Category | None
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Policies:
    policies: tuple[Policy, ...]
    start_on_registration: frozenset[Severity] = frozenset({Severity.I, Severity.II})
    reminder_minutes: int = 5
    due_soon_minutes: int = 5
    in_charge: dict[Category, str] = field(default_factory=dict)  # category -> person id (a name in the text)

    def plan(self, severity: Severity, category: Category | None) -> tuple[Step, ...]:
        """The steps for an incident: a policy for its category first, else the severity's general one. An
        unassessed incident is escalated as the most serious level until assessed."""
        level = Severity.I if severity is Severity.UNASSESSED else severity
        general: tuple[Step, ...] = ()
        for policy in self.policies:
            if level in policy.severities:
                if category is not None and policy.category is category:
                    return policy.steps
                if policy.category is None and not general:
                    general = policy.steps
        return general


_LEADER = Step(Target.POSITION, Position.LEADER.value, 10)
DEFAULT = Policies((
    Policy((Severity.I, Severity.II), None, (_LEADER, Step(Target.POSITION, Position.SECRETARY_GENERAL.value, 15),
                                             Step(Target.IN_CHARGE, "", 30))),
    Policy((Severity.III,), None, (replace(_LEADER, minutes=30),
                                   Step(Target.POSITION, Position.SECRETARY_GENERAL.value, 30))),
    Policy((Severity.IV,), None, (replace(_LEADER, minutes=120),)),
))


# ---- the stored form (JSON, ids) and the editor's text (TOML, names) ----

def to_json(p: Policies) -> dict[str, Any]:
    return {"start_on_registration": sorted(s.value for s in p.start_on_registration),
            "reminder_minutes": p.reminder_minutes, "due_soon_minutes": p.due_soon_minutes,
            "in_charge": {c.value: ref for c, ref in p.in_charge.items()},
            "policies": [{"severity": [s.value for s in pol.severities],
                          "category": pol.category.value if pol.category else None,
                          "steps": [{"target": s.target.value, "ref": s.ref, "minutes": s.minutes}
                                    for s in pol.steps]} for pol in p.policies]}


def from_json(data: object) -> Policies:
    """The stored form; anything this version cannot read gives the default (a newer version's, arrived by sync)."""
    try:
        assert isinstance(data, dict)
        return Policies(
            tuple(Policy(tuple(Severity(s) for s in pol["severity"]),
                         Category(pol["category"]) if pol["category"] else None,
                         tuple(Step(Target(s["target"]), str(s["ref"]), int(s["minutes"])) for s in pol["steps"]))
                  for pol in data["policies"]),
            frozenset(Severity(s) for s in data["start_on_registration"]), int(data["reminder_minutes"]),
            int(data["due_soon_minutes"]), {Category(c): str(ref) for c, ref in data["in_charge"].items()})
    except (AssertionError, KeyError, TypeError, ValueError):
        return DEFAULT


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_text(p: Policies, name_of: dict[str, str]) -> str:
    """The editor's text: people and organisations by name (`name_of` maps their ids)."""
    lines = [f"start_on_registration = [{', '.join(_quoted(s.value) for s in sorted(p.start_on_registration))}]",
             f"reminder_minutes = {p.reminder_minutes}", f"due_soon_minutes = {p.due_soon_minutes}", "",
             "[in_charge]"]
    lines += [f"{c.value} = {_quoted(name_of.get(ref, ref))}" for c, ref in p.in_charge.items()]
    for pol in p.policies:
        lines += ["", "[[policy]]", f"severity = [{', '.join(_quoted(s.value) for s in pol.severities)}]"]
        if pol.category is not None:
            lines.append(f"category = {_quoted(pol.category.value)}")
        lines.append("steps = [")
        for s in pol.steps:
            whom = "in_charge = true" if s.target is Target.IN_CHARGE else \
                f"{s.target.value} = {_quoted(name_of.get(s.ref, s.ref))}"
            lines.append(f"  {{ {whom}, minutes = {s.minutes} }},")
        lines.append("]")
    return "\n".join(lines) + "\n"


def _minutes(raw: object, where: str, errors: list[FieldError]) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_MINUTES:
        errors.append(FieldError.of(where, "must be a whole number of minutes from 1 to {max}", max=MAX_MINUTES))
        return 1
    return raw


def _levels(raw: object, where: str, errors: list[FieldError]) -> tuple[Severity, ...]:
    values = [level.value for level in LEVELS]
    if not isinstance(raw, list) or any(r not in values for r in raw):
        errors.append(FieldError.of(where, "{value} is not a list of I, II, III, IV", value=repr(raw)))
        return ()
    return tuple(Severity(r) for r in raw)


def _step(raw: object, where: str, errors: list[FieldError]) -> Step | None:
    if not isinstance(raw, dict):
        errors.append(FieldError(where, "a step is { position = \"leader\", minutes = 10 }"))
        return None
    minutes = _minutes(raw.get("minutes"), f"{where}.minutes", errors)
    whom = [t for t in Target if t.value in raw]
    if len(whom) != 1:
        errors.append(FieldError(where, "name one of position, person, organisation or in_charge"))
        return None
    target = whom[0]
    if target is Target.IN_CHARGE:
        return Step(target, "", minutes)
    ref = raw[target.value]
    if target is Target.POSITION and ref not in (Position.LEADER.value, Position.SECRETARY_GENERAL.value):
        errors.append(FieldError.of(f"{where}.position", "{value} is not leader or secretary_general",
                                    value=repr(ref)))
    elif not isinstance(ref, str) or not ref.strip():
        errors.append(FieldError.of(f"{where}.{target.value}", "give a name from the directory"))
        return None
    return Step(target, str(ref).strip(), minutes)


def parse_text(text: str) -> Policies:
    """The editor's text, checked whole; people and organisations stay names (the service finds them)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError.single("file", "not a valid TOML file: {problem}", problem=str(exc)) from exc
    errors: list[FieldError] = []
    start = _levels(data.get("start_on_registration", []), "start_on_registration", errors)
    reminder = _minutes(data.get("reminder_minutes", 5), "reminder_minutes", errors)
    soon = _minutes(data.get("due_soon_minutes", 5), "due_soon_minutes", errors)
    in_charge: dict[Category, str] = {}
    raw_charge = data.get("in_charge", {})
    for name, who in (raw_charge.items() if isinstance(raw_charge, dict) else ()):
        if name not in [c.value for c in Category]:
            errors.append(FieldError.of(f"in_charge.{name}", "{value} is not a category", value=repr(name)))
        elif not isinstance(who, str) or not who.strip():
            errors.append(FieldError(f"in_charge.{name}", "give a name from the directory"))
        else:
            in_charge[Category(name)] = who.strip()
    policies: list[Policy] = []
    raw_policies = data.get("policy", [])
    if not isinstance(raw_policies, list) or not raw_policies:
        errors.append(FieldError("policy", "give at least one [[policy]]"))
        raw_policies = []
    for i, raw in enumerate(raw_policies):
        where = f"policy[{i + 1}]"
        if not isinstance(raw, dict):
            errors.append(FieldError(where, "a policy is a table of severity, category and steps"))
            continue
        levels = _levels(raw.get("severity"), f"{where}.severity", errors)
        category = raw.get("category")
        if category is not None and category not in [c.value for c in Category]:
            errors.append(FieldError.of(f"{where}.category", "{value} is not a category", value=repr(category)))
            category = None
        steps_raw = raw.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            errors.append(FieldError(f"{where}.steps", "give at least one step"))
            steps_raw = []
        steps = [s for j, r in enumerate(steps_raw) if (s := _step(r, f"{where}.steps[{j + 1}]", errors))]
        policies.append(Policy(levels, Category(category) if category else None, tuple(steps)))
    unknown = sorted(set(data) - {"start_on_registration", "reminder_minutes", "due_soon_minutes", "in_charge",
                                  "policy"})
    if unknown:
        errors.append(FieldError.of(unknown[0], "unknown setting {name}", name=unknown[0]))
    if errors:
        raise ValidationError(errors)
    return Policies(tuple(policies), frozenset(start), reminder, soon, in_charge)


# ---- an escalation's progress, folded from its attempts ----

@dataclass(frozen=True)
class Attempt:
    """One stored attempt, as the fold reads it."""

    id: str
    hlc: int
    site: str
    step_key: str
    kind: AttemptKind
    outcome: Outcome | None
    at: datetime


@dataclass(frozen=True)
class StepProgress:
    step: Step
    state: StepState
    ended_at: datetime | None  # the earliest reach, or when it was skipped, passed or marked not needed
    due: datetime | None  # the open step's own time: within its minutes of the previous step's end
    remind_at: datetime | None  # an open step's last attempt went unanswered: call again then


@dataclass(frozen=True)
class Progress:
    steps: tuple[StepProgress, ...]
    current: int | None  # the step due now (the first open one), or None when every step ended

    @property
    def state(self) -> EscalationState:
        return EscalationState.IN_PROGRESS if self.current is not None else EscalationState.COMPLETE

    def deadline(self, soon: timedelta) -> tuple[Deadline, DueKind] | None:
        """The current step's next time: a reminder before the step's own time, else the step's time."""
        if self.current is None:
            return None
        now = self.steps[self.current]
        assert now.due is not None
        if now.remind_at is not None and now.remind_at < now.due:
            return Deadline(now.remind_at, soon), DueKind.REMINDER
        return Deadline(now.due, soon), DueKind.STEP


def _event(a: Attempt) -> Event:
    name = "reach" if a.kind is AttemptKind.ATTEMPT else _TRANSITION[a.kind]
    target = STEP.named(name).target
    return Event(a.id, a.hlc, a.site, name, "", target.value, a.at)


def progress(plan: Sequence[Step], started_at: datetime, attempts: Iterable[Attempt],
             reminder: timedelta) -> Progress:
    by_step: dict[str, list[Attempt]] = {}
    for a in attempts:
        by_step.setdefault(a.step_key, []).append(a)
    out: list[StepProgress] = []
    current: int | None = None
    previous_end = as_utc(started_at)
    for i, step in enumerate(plan):
        mine = by_step.get(step.key, [])
        # Unanswered calls move nothing; reaches, skips and decisions fold like workflow transitions.
        events = [_event(a) for a in mine if a.kind is not AttemptKind.ATTEMPT or a.outcome is Outcome.REACHED]
        state, applied = STEP.replay(events, StepState.OPEN)
        if state is not StepState.OPEN:
            reaches = [as_utc(a.at) for a in mine if a.outcome is Outcome.REACHED]
            ended = min(reaches) if state is StepState.DONE else as_utc(applied[-1].at)
            out.append(StepProgress(step, state, ended, None, None))
            previous_end = max(previous_end, ended) if current is None else previous_end
            continue
        due = previous_end + timedelta(minutes=step.minutes) if current is None else None
        unanswered = [as_utc(a.at) for a in mine if a.kind is AttemptKind.ATTEMPT]
        remind = max(unanswered) + reminder if unanswered and current is None else None
        out.append(StepProgress(step, state, None, due, remind))
        current = i if current is None else current
    return Progress(tuple(out), current)


@dataclass(frozen=True)
class AttemptView:
    """An attempt as the screens and printouts read it: whom the step named, and whom it reached."""

    at: datetime
    step_no: int
    kind: AttemptKind
    outcome: Outcome | None
    means: Means | None
    named: str
    reached: str
    reason: str
    by: str
