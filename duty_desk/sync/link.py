"""The workstation's connection to the server, with a bound on every wait: connecting, and each call's reply.

libpq has no read timeout. TCP keepalives and tcp_user_timeout notice a dead peer or a path that drops packets,
and the session's statement_timeout ends a call the server is still working on; but a link that accepts bytes
and then stops passing them (a stalled proxy or NAT) answers neither. So each call also has a deadline on this
side: when it passes, the connection is closed, the call fails as a lost link, and the next run resumes from
the outbox, which only an answer ever empties.
"""

from typing import TypeVar

import psycopg
from psycopg.abc import PQGen
from psycopg.errors import _WaitTimeout
from psycopg.rows import TupleRow

CONNECT_TIMEOUT_S = 3
STATEMENT_TIMEOUT_S = 30  # the server ends a call of ours that runs longer (a push takes about a second)
READ_TIMEOUT_S = 45.0  # longer than the statement timeout: the server's own answer comes first when it can
RV = TypeVar("RV")


class LinkStalled(psycopg.OperationalError):
    """No reply within the read timeout: the link is treated as lost."""


class Link(psycopg.Connection[TupleRow]):
    read_timeout_s: float = READ_TIMEOUT_S

    def wait(self, gen: PQGen[RV], interval: float = 0.1, timeout: float | None = None) -> RV:
        """Every call on the connection goes through here: it gets the read deadline."""
        try:
            return super().wait(gen, interval, self.read_timeout_s if timeout is None else timeout)
        except _WaitTimeout as exc:
            self.pgconn.finish()  # mid-reply: the connection cannot be used again
            raise LinkStalled(f"the server sent no reply for {self.read_timeout_s:.0f} s (a stalled link); "
                              "the changes wait here and go with the next sync") from exc


def open_link(url: str, user: str, password: str) -> Link:
    conninfo = psycopg.conninfo.make_conninfo(
        url, user=user, password=password, connect_timeout=CONNECT_TIMEOUT_S,
        options=f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000}",
        # TCP keepalives, and ms unanswered before the kernel gives up (ignored where unsupported)
        keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3, tcp_user_timeout=30_000)
    conn = Link.connect(conninfo, autocommit=True)
    conn.read_timeout_s = READ_TIMEOUT_S
    return conn
