"""Fixtures: a server made by `server init`, and workstations on real SQLite files."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_support import Server, Site


@pytest.fixture
def pg_server(pg_url: str) -> Iterator[Server]:
    srv = Server(pg_url)
    yield srv
    srv.drop_roles()


@pytest.fixture
def make_site(pg_server: Server, tmp_path: Path) -> Iterator[Callable[[str], Site]]:
    sites: list[Site] = []

    def make(name: str) -> Site:
        role, password = pg_server.add()
        site = Site(tmp_path / name, pg_server.url, role, password)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()
