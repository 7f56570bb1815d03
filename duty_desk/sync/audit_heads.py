"""The server's record of every workstation's audit chain head (duty_sync.sync_audit_heads), for `audit verify`."""

from dataclasses import dataclass
from datetime import datetime

import psycopg


@dataclass(frozen=True)
class ServerHead:
    seq: int
    hash: str
    change_seq: int  # where the head entry sits in the server's change log: pulled here once the cursor passes it


def fetch(conn: psycopg.Connection) -> tuple[dict[str, ServerHead], datetime]:
    """Every site's latest head as the server recorded it, and the server's time of the answer."""
    row = conn.execute("SELECT duty_sync.sync_audit_heads()").fetchone()
    assert row is not None
    answer = row[0]
    heads = {site: ServerHead(int(seq), str(digest), int(change_seq))
             for site, (seq, digest, change_seq) in answer["heads"].items()}
    return heads, datetime.fromisoformat(answer["as_of"])
