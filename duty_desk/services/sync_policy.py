"""Sync policies: for each synced record kind, who may see and resolve its conflicts and refused changes, how the
conflicts view names a record, which fields are chosen rather than typed, how a stored value is shown, and the
validator a typed value goes through (the record's own editor's).

Deny by default: a kind with no policy is shown to no one and resolved by no one, and a test over every synced
model fails on it. Each capability declares its kinds in its own module of `duty_desk.services.sync_policies`;
`policies()` imports every module there, so a new capability plugs in without editing this file or the sync."""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services import sync_policies
from duty_desk.services.context import Actor
from duty_desk.services.permission import internal
from duty_desk.storage.base import SECRET_COLUMNS, PushRule, SyncedBase
from duty_desk.sync.wire import table_of, to_local

Label = Callable[[Session, Any], str]  # (session, the record) -> its name
Validator = Callable[[Any], None]  # the record with a typed value in it -> raises ValidationError naming the field
Decoder = Callable[[str, Any], Any]  # (field, value as synced) -> value as shown


@internal
def as_synced(_field: str, value: Any) -> Any:
    return value


@dataclass(frozen=True)
class SyncPolicy:
    model: type[SyncedBase]
    view: Action  # sees the kind's conflicts and refused changes
    resolve: Action  # decides its conflicts (besides seeing them and resolving conflicts at all)
    label: Label
    chosen: frozenset[str] = frozenset()  # encoded or derived text fields: one of the two values, never typed
    validator: Validator | None = None  # None: nothing can check a typed value, so every field is chosen
    decode: Decoder = as_synced  # a field it decodes is shown decoded, so declare it chosen (or give no validator)

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def push(self) -> PushRule:
        """Which workstations the server takes this kind's changes from. Declared on the model (__push__), as
        the server's setup reads it there: duty_desk.sync may not import the services."""
        return self.model.__push__

    def referenced(self, field: str) -> str | None:
        """The table a field refers to, if it holds another record's id."""
        column = self.model.__table__.c.get(field)
        keys = list(column.foreign_keys) if column is not None else []
        return keys[0].column.table.name if keys else None

    def typed(self, field: str) -> bool:
        """Whether a person may type a new value: plain text, neither a secret nor a reference nor declared
        chosen, and a validator to check it."""
        column = self.model.__table__.c.get(field)
        return (self.validator is not None and column is not None and isinstance(column.type, String)
                and field not in self.chosen and field not in SECRET_COLUMNS and self.referenced(field) is None)


_DECLARED: dict[str, SyncPolicy] = {}


@internal
def declare(*declared: SyncPolicy) -> None:
    for policy in declared:
        if policy.table in _DECLARED:
            raise RuntimeError(f"two sync policies for {policy.table}")  # a programming error, not a user's
        _DECLARED[policy.table] = policy


@cache
def _load() -> None:
    for module in pkgutil.iter_modules(sync_policies.__path__):
        importlib.import_module(f"{sync_policies.__name__}.{module.name}")


@internal
def policies() -> dict[str, SyncPolicy]:
    """Every declared policy by table name."""
    _load()
    return dict(_DECLARED)


@internal
def policy_of(table: str) -> SyncPolicy | None:
    return policies().get(table)


@internal
def visible_tables(actor: Actor) -> list[str]:
    """The kinds whose conflicts and refused changes this actor may see."""
    return sorted(t for t, p in policies().items() if actor.may(p.view))


@internal
def label_of(session: Session, table: str, row_id: str, as_sent: dict[str, Any] | None = None) -> str:
    """The record's name by its policy; `as_sent`, the row a refused change carried, names one this workstation
    no longer holds (the server never had it)."""
    policy = policy_of(table)
    if policy is None:
        return row_id[:8]
    record = session.get(policy.model, row_id)
    if record is None and as_sent is not None:
        record = policy.model(**to_local(table_of(policy.model), as_sent))  # transient: never added
    return policy.label(session, record) if record is not None else row_id[:8]
