"""Sync test helpers: workstations (real SQLite folders) and a server set up by the product's own commands."""

import uuid
from collections.abc import Collection
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from duty_desk.services import accounts, audit
from duty_desk.services.context import Actor, Services
from duty_desk.storage.base import CAPABILITIES, PushRule
from duty_desk.storage.database import Database, open_database
from duty_desk.sync import client, server
from duty_desk.sync.client import SyncReport


class Site:
    """One workstation: its own data folder and database, and a login on the server."""

    def __init__(self, folder: Path, url: str, role: str, password: str) -> None:
        self.folder = folder
        self.url = url
        self.role = role
        self.password = password
        self.db: Database = open_database(folder)
        self.services = Services(self.db)

    def connect(self) -> psycopg.Connection:
        return psycopg.connect(self.url, user=self.role, password=self.password, autocommit=True, connect_timeout=3)

    def sync(self) -> SyncReport:
        with self.connect() as conn:
            return client.sync_once(self.db, conn)

    def reopen(self) -> None:
        """As after a crash: a new process opens the same files."""
        self.db.dispose()
        self.db = open_database(self.folder)
        self.services = Services(self.db)

    def close(self) -> None:
        self.db.dispose()


class Server:
    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        server.init_server(admin_url)
        p = psycopg.conninfo.conninfo_to_dict(admin_url)
        self.url = f"postgresql://{p['host']}:{p['port']}/{p['dbname']}"  # what workstations are given
        self.roles: list[str] = []

    def add(self, manages: Collection[PushRule] = CAPABILITIES) -> tuple[str, str]:
        """A workstation login; the tests' office workstations manage accounts and rules unless told otherwise
        (tests/sync/test_server_attacks_authz.py uses plain ones)."""
        role = f"ws_{uuid.uuid4().hex[:10]}"
        password = server.add_workstation(self.admin_url, role, manages)
        self.roles.append(role)
        return role, password

    def drop_roles(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            for role in self.roles:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))

    def query(self, statement: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            return list(conn.execute(statement.encode(), params).fetchall())


def trail_intact(site: Site) -> bool:
    """The site's audit chains hold, checked as `duty-desk audit verify` checks them, without logging in an audit
    administrator (whose account and login would be more entries to sync)."""
    with site.db.session() as session:
        return audit.verify(session).problems == []


def admin_of(site: Site, name: str = "admin") -> Actor:
    """The first site makes the administrator; the others get the account by sync and log in."""
    if not accounts.has_users(site.services):
        return accounts.create_first_admin(site.services, name, "Administrator", "long-password-1")
    return accounts.authenticate(site.services, name, "long-password-1")
