"""Fixtures for service tests: a real workstation database in tmp_path and its first administrator."""

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from account_support import add_and_log_in

from duty_desk.domain.roles import Role
from duty_desk.services import accounts
from duty_desk.services.context import Actor, Services
from duty_desk.storage.database import Database, open_database

ADMIN_PASSWORD = "Office-key-2026"
USER_PASSWORD = "user-password-1"

Sql = Callable[..., list[tuple[Any, ...]]]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "data")
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def admin(services: Services) -> Actor:
    return accounts.create_first_admin(services, "admin", "系统管理员", ADMIN_PASSWORD)


@pytest.fixture
def make_user(services: Services, admin: Actor) -> Callable[[str, Role], Actor]:
    """Create a user through the service and log them in (so the actor is what the app would hold)."""

    def make(username: str, role: Role, display_name: str = "") -> Actor:
        return add_and_log_in(services, admin, username, display_name or username.title(), role, USER_PASSWORD)

    return make


@pytest.fixture
def auditor(make_user: Callable[[str, Role], Actor]) -> Actor:
    """The audit administrator: since the split (三员分立) the only administrator who reads the trail."""
    return make_user("auditor", Role.AUDIT_ADMIN)


@pytest.fixture
def sql(db: Database) -> Sql:
    """Run SQL on the database file with the plain sqlite3 module (bypassing our code), committing writes."""

    def run(query: str, *params: Any) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(db.path)
        try:
            rows = conn.execute(query, params).fetchall()
            conn.commit()
            return rows
        finally:
            conn.close()

    return run
