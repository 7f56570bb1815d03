"""The service context: who is acting, on which database; every write is checked and audited here."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from duty_desk.domain.changes import committed
from duty_desk.domain.roles import Action, Role, allowed
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.database import Database
from duty_desk.storage.errors import StorageError
from duty_desk.storage.session import ACTOR, CHANGED, WROTE

AUDITED = "audited"


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    display_name: str
    role: Role

    def may(self, action: Action) -> bool:
        return allowed(self.role, action)


# The local command line: whoever can run it on this workstation already holds the database file.
CONSOLE = Actor("console", "console", "Command line", Role.ADMIN)


def require(actor: Actor, action: Action) -> None:
    if not actor.may(action):
        raise PermissionDenied(actor.role.value, action.value)


class Services:
    """Entry point the CLI and the UI share. Holds no session between calls."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def write(self, actor: Actor, action: Action | None) -> Iterator[Session]:
        """One transaction for a use case. `action=None` only for self-service steps (login, first admin)."""
        if action is not None:
            require(actor, action)
        try:
            with self.db.transaction() as session:
                session.info[ACTOR] = actor.username
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
