"""Fixtures: a server made by `server init`, and workstations on real SQLite files."""

from collections.abc import Callable, Collection, Iterator
from pathlib import Path

import pytest
from sync_support import Server, Site

from duty_desk.storage.base import CAPABILITIES, PushRule


@pytest.fixture
def pg_server(pg_url: str) -> Iterator[Server]:
    srv = Server(pg_url)
    yield srv
    srv.drop_roles()


@pytest.fixture
def make_site(pg_server: Server, tmp_path: Path) -> Iterator[Callable[..., Site]]:
    sites: list[Site] = []

    def make(name: str, manages: Collection[PushRule] = CAPABILITIES) -> Site:
        role, password = pg_server.add(manages)
        site = Site(tmp_path / name, pg_server.url, role, password)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()
