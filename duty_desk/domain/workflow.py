"""Workflow states as events: a record's transitions are append-only events, folded into its current state.

Two workstations may each make a transition offline; both events survive sync. Every site folds them in the
same order (hybrid clock, then site, then id), and a transition that no longer applies to the state reached
(e.g. "start handling" after another site closed the incident) is kept in the history but changes nothing.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from duty_desk.domain.validation import FieldError, ValidationError

# A guard looks at the reason given and answers what is wrong with it (field and words), or None.
Guard = Callable[[str], FieldError | None]
S = TypeVar("S", bound=StrEnum)


@dataclass(frozen=True)
class Transition(Generic[S]):
    name: str
    sources: frozenset[S]
    target: S
    guard: Guard | None = None


@dataclass(frozen=True)
class Event:
    """One stored transition, as the fold reads it (states are the enum's values)."""

    id: str
    hlc: int
    site: str
    transition: str
    from_state: str
    to_state: str
    at: datetime
    reason: str = ""
    actor: str = ""


def fold_order(event: Event) -> tuple[int, str, str]:
    """The same on every workstation, whatever order the events arrived in."""
    return event.hlc, event.site, event.id


@dataclass(frozen=True)
class StateMachine(Generic[S]):
    """`field` names the record's state in errors (e.g. "status")."""

    states: type[S]
    initial: S
    transitions: Sequence[Transition[S]]
    field: str = "status"

    def named(self, name: str) -> Transition[S]:
        for t in self.transitions:
            if t.name == name:
                return t
        raise ValidationError.single(self.field, "no such step: {name}", name=name)

    def towards(self, state: S, target: S) -> Transition[S]:
        """The transition from `state` to `target`, or a refusal saying why there is none."""
        if state == target:
            raise ValidationError.single(self.field, "it already has that status")
        for t in self.transitions:
            if state in t.sources and t.target == target:
                return t
        raise ValidationError.single(self.field, "cannot go from {state} to {target}", state=state, target=target)

    def check(self, state: S, name: str, reason: str = "") -> Transition[S]:
        """The transition if it may be taken now; otherwise a ValidationError with the reason in words."""
        t = self.named(name)
        if state not in t.sources:
            raise ValidationError.single(self.field, "cannot {name} from {state}", name=name, state=state)
        if t.guard is not None and (problem := t.guard(reason)):
            raise ValidationError([problem])
        return t

    def applies(self, state: S, event: Event) -> bool:
        t = next((t for t in self.transitions if t.name == event.transition), None)
        return (t is not None and state in t.sources and t.target.value == event.to_state
                and (t.guard is None or t.guard(event.reason) is None))

    def replay(self, events: Iterable[Event], cached: S | None = None) -> tuple[S, list[Event]]:
        """The state reached and the events that took effect, in fold order. The fold starts from the state
        the first event was made from (records older than their events start where they were), or from
        `cached` (else the initial state) when there are none."""
        ordered = sorted(events, key=fold_order)
        if not ordered:
            return (self.initial if cached is None else cached), []
        first = self.states._value2member_map_.get(ordered[0].from_state)  # a newer version's state: start over
        state = first if isinstance(first, self.states) else self.initial if cached is None else cached
        applied = []
        for event in ordered:
            if self.applies(state, event):
                state = self.states(event.to_state)
                applied.append(event)
        return state, applied

    def fold(self, events: Iterable[Event], cached: S | None = None) -> S:
        return self.replay(events, cached)[0]
