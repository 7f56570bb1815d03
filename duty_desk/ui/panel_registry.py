"""The panels of the main window, registered by each capability rather than listed by position.

A panel says the action a role needs to see it, its place on the rail, the attention sources its rail badge
counts (and how their items read), and the record kinds it opens. The window shows the panels the actor may
see in their order; Ctrl+1… follow that order.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from duty_desk.domain.roles import Action
from duty_desk.services.attention import AttentionItem
from duty_desk.services.context import Actor
from duty_desk.ui.context import UiContext
from duty_desk.ui.panels.base import Panel

Describe = Callable[[AttentionItem, datetime], str]  # what is due, in the interface language


@dataclass(frozen=True)
class PanelSpec:
    key: str  # kept in window.ini as the last panel shown
    order: int  # place on the rail, smallest first
    icon: str  # resources/icons/<icon>.svg
    factory: Callable[[UiContext], Panel]  # the panel sets its own (translated) title
    action: Action | None = None  # to see the panel at all; None: every role
    badge_sources: tuple[str, ...] = ()  # attention sources counted on its rail item
    describe: Describe | None = None  # how those sources' items read; None: the generic wording
    opens: frozenset[str] = frozenset()  # record kinds it can show when an attention item is clicked


PANELS: dict[str, PanelSpec] = {}


def register(spec: PanelSpec) -> None:
    """Add a panel; a later capability registering a key again (e.g. a "coming" panel's) replaces it."""
    PANELS[spec.key] = spec


def visible(actor: Actor) -> list[PanelSpec]:
    return sorted((s for s in PANELS.values() if s.action is None or actor.may(s.action)), key=lambda s: s.order)


def index_opening(specs: list[PanelSpec], record_kind: str) -> int | None:
    """The first of these panels that opens this kind of record."""
    return next((i for i, s in enumerate(specs) if record_kind in s.opens), None)


def describer(source: str) -> Describe | None:
    return next((s.describe for s in PANELS.values() if source in s.badge_sources and s.describe), None)


def shortcut(actor: Actor, key: str) -> str:
    """The Ctrl+digit that opens a panel for this actor (its place among the panels they see), or ''."""
    keys = [s.key for s in visible(actor)]
    return f"Ctrl+{keys.index(key) + 1}" if key in keys[:9] else ""
