"""The service context: who is acting, on which database; every write is checked and audited here."""

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from duty_desk.domain.changes import committed
from duty_desk.domain.roles import Action, Role, allowed
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.database import Database
from duty_desk.storage.errors import StorageError
from duty_desk.storage.session import ACTOR, CHANGED, WROTE

AUDITED = "audited"
# This process's key: an actor is sealed over who it is, so neither a hand-made one nor a copy with another role
# (dataclasses.replace) gets through. Only services.accounts, which checks passwords, calls _issue_actor.
_KEY = secrets.token_bytes(32)


def _seal(user_id: str, username: str, display_name: str, role: Role, scope: frozenset[Action] | None) -> bytes:
    scoped = "*" if scope is None else ",".join(sorted(scope))
    return hmac.new(_KEY, "\0".join((user_id, username, display_name, role.value, scoped)).encode(),
                    hashlib.sha256).digest()


@dataclass(frozen=True)
class Actor:
    """Who is acting: made only by authentication (services.accounts), never constructed by a caller."""

    user_id: str
    username: str
    display_name: str
    role: Role
    seal: bytes = field(default=b"", repr=False, compare=False)
    scope: frozenset[Action] | None = None  # narrower than the role (the setup actor): only these actions
    # The logged-in password's key (services.passwords), the proof a change of one's own password carries to the
    # server. Not sealed: a wrong one only makes the server refuse that change.
    password_key: bytes = field(default=b"", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not hmac.compare_digest(self.seal, _seal(self.user_id, self.username, self.display_name, self.role,
                                                    self.scope)):
            raise TypeError("an Actor is made only by logging in (services.accounts.authenticate)")

    def may(self, action: Action) -> bool:
        return allowed(self.role, action) and (self.scope is None or action in self.scope)


def _issue_actor(user_id: str, username: str, display_name: str, role: Role,
                 scope: frozenset[Action] | None = None, password_key: bytes = b"") -> Actor:
    """For services.accounts alone, once it has checked a password (or created the first administrator)."""
    return Actor(user_id, username, display_name, role, _seal(user_id, username, display_name, role, scope), scope,
                 password_key)


def require(actor: Actor, action: Action) -> None:
    if not actor.may(action):
        raise PermissionDenied(actor.role.value, action.value)


class Services:
    """Entry point the CLI and the UI share. Holds no session between calls."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def write(self, actor: Actor, action: Action | None) -> Iterator[Session]:
        """One transaction for a use case. `action=None` only for self-service steps (one's own password)."""
        if action is not None:
            require(actor, action)
        with self.self_service(actor.username) as session:
            yield session

    @contextmanager
    def self_service(self, username: str) -> Iterator[Session]:
        """A write before anyone is logged in (a login, the first administrator): recorded under that name."""
        try:
            with self.db.transaction() as session:
                session.info[ACTOR] = username
                yield session
                session.flush()  # so the check below sees rows the body added but did not flush
                if session.info.get(WROTE) and not session.info.get(AUDITED):
                    raise RuntimeError("a service wrote without an audit entry")
                self.db.save_clock(session)
            committed(session.info.get(CHANGED, ()))  # for the operation that ran this use case
        except OperationalError as exc:  # e.g. locked for longer than the busy timeout by a long sync
            raise StorageError("the database could not be written just now ({reason}); nothing was saved, try "
                               "again", reason=str(exc.orig)) from exc

    @contextmanager
    def read(self, actor: Actor, action: Action) -> Iterator[Session]:
        require(actor, action)
        with self.db.session() as session:
            yield session
