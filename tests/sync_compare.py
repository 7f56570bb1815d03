"""Every synced table of a workstation or the server, read through the same models so values compare exactly."""

from typing import Any

from sqlalchemy import Engine, select

from duty_desk.sync.server import server_engine
from duty_desk.sync.wire import synced_tables


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with engine.connect() as conn:
        for name, table in synced_tables().items():
            out[name] = [tuple(row) for row in conn.execute(select(table).order_by(table.c.id))]
    return out


def server_snapshot(admin_url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = server_engine(admin_url)
    try:
        return snapshot(engine)
    finally:
        engine.dispose()
