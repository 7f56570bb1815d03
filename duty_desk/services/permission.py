"""What each service entry point requires, checked before its body runs and kept on the function.

Every public function of a module in duty_desk.services carries one of four marks (tests/services/
test_permissions.py fails on a function with none):

    @requires(Action.VIEW_ROSTER)   the actor parameter must be an authenticated Actor allowed that action
    @self_service                   no action: a login, the first administrator, one's own password
    @by_kind                        the action its record-kind argument declares, checked in the body
    @internal                       not an entry point: a helper other services call with their own check
"""

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from typing import ParamSpec, TypeVar

from duty_desk.domain.roles import Action
from duty_desk.services.context import Actor, require

P = ParamSpec("P")
R = TypeVar("R")
ACTOR_PARAMETER = "actor"
_MARK = "__permission__"


class Access(StrEnum):
    SELF_SERVICE = "self-service"
    INTERNAL = "internal"
    BY_KIND = "by-kind"  # the action is the one the record kind it is given declared (attachments by owner)


def _actor_of(fn: Callable[..., object]) -> Callable[[tuple[object, ...], dict[str, object]], object]:
    """How to find the actor among a call's arguments (found once, at decoration)."""
    params = list(inspect.signature(fn).parameters)
    if ACTOR_PARAMETER not in params:
        raise TypeError(f"{fn.__qualname__} is checked but has no {ACTOR_PARAMETER!r} parameter")
    position = params.index(ACTOR_PARAMETER)

    def find(args: tuple[object, ...], kwargs: dict[str, object]) -> object:
        return kwargs[ACTOR_PARAMETER] if ACTOR_PARAMETER in kwargs else args[position]

    return find


def _authentic(actor: object) -> Actor:
    # An Actor cannot be constructed but by authentication (context.Actor checks its seal); anything else is refused.
    if not isinstance(actor, Actor):
        raise TypeError(f"a service was called with {type(actor).__name__}, not an authenticated Actor")
    return actor


def requires(action: Action) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def mark(fn: Callable[P, R]) -> Callable[P, R]:
        find = _actor_of(fn)

        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            require(_authentic(find(args, kwargs)), action)
            return fn(*args, **kwargs)

        setattr(checked, _MARK, action)
        return checked

    return mark


def _authenticated(fn: Callable[P, R], mark: Access) -> Callable[P, R]:
    if ACTOR_PARAMETER not in inspect.signature(fn).parameters:
        setattr(fn, _MARK, mark)
        return fn
    find = _actor_of(fn)

    @functools.wraps(fn)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        _authentic(find(args, kwargs))
        return fn(*args, **kwargs)

    setattr(checked, _MARK, mark)
    return checked


def self_service(fn: Callable[P, R]) -> Callable[P, R]:
    """Any authenticated actor (when the function takes one) or none at all (login, first administrator)."""
    return _authenticated(fn, Access.SELF_SERVICE)


def by_kind(fn: Callable[P, R]) -> Callable[P, R]:
    """An authenticated actor here; the body checks the action its record-kind argument declares."""
    return _authenticated(fn, Access.BY_KIND)


def internal(fn: Callable[P, R]) -> Callable[P, R]:
    """A helper for other services (given a session, or pure): no check of its own, the caller's covers it."""
    setattr(fn, _MARK, Access.INTERNAL)
    return fn


def permission_of(fn: object) -> Action | Access | None:
    mark = getattr(fn, _MARK, None)
    return mark if isinstance(mark, Action | Access) else None
