"""What needs attention now, from every capability: a registry of attention sources, deny by default.

Each capability registers a source: its name, the action an actor needs to see it, and a function listing its
deadlines. `gather` asks every source the actor may see and keeps the items that are overdue or due soon;
a source whose action the actor lacks is never asked, so its records cannot leak into the banner.
"""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache

from duty_desk.domain.deadline import Deadline, DeadlineState
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import utcnow
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, self_service


@dataclass(frozen=True)
class AttentionItem:
    source: str  # the registered source's name
    record_kind: str  # what clicking the item opens: a record kind some panel opens, and its id
    record_id: str
    title: str  # the record as people name it, e.g. an incident's number and summary
    deadline: Deadline
    subject: StrEnum | None = None  # what is due, for the source's own wording (an incident's report kind)
    drill: bool = False  # practice: listed after every real item
    sort_key: str = ""  # breaks ties between items due at the same time

    @property
    def key(self) -> tuple[str, str, str]:
        """The same deadline of the same record across checks (one notification each)."""
        return self.source, self.record_id, "" if self.subject is None else self.subject.value


@dataclass(frozen=True)
class AttentionSource:
    name: str
    action: Action  # to see any of its items
    items: Callable[[Services, Actor, datetime], list[AttentionItem]]


SOURCES: dict[str, AttentionSource] = {}
SOURCE_MODULES = "_attention"  # each capability's services/<name>_attention.py registers its sources
_NOW = (DeadlineState.OVERDUE, DeadlineState.DUE_SOON)


@cache
def _load() -> None:
    """Every capability's sources, whoever asks first (the window, the command line, a test)."""
    package = importlib.import_module("duty_desk.services")
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.endswith(SOURCE_MODULES):
            importlib.import_module(f"duty_desk.services.{module.name}")


@internal
def register(source: AttentionSource) -> None:
    """Add a source (registering a name again replaces it)."""
    SOURCES[source.name] = source


@self_service  # each source is asked only if the actor may see it
def gather(services: Services, actor: Actor, now: datetime | None = None) -> list[AttentionItem]:
    """Every overdue or due-soon item the actor may see: overdue first, real before drills, soonest due first."""
    now = now or utcnow()
    _load()
    found = [item for source in SOURCES.values() if actor.may(source.action)
             for item in source.items(services, actor, now) if item.deadline.state(now) in _NOW]
    return sorted(found, key=lambda i: (i.deadline.state(now) is not DeadlineState.OVERDUE, i.drill,
                                        i.deadline.seconds_left(now), i.sort_key))
