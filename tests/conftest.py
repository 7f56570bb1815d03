"""Fixtures shared by every test folder: a PostgreSQL server, an in-memory OS keyring, cheap password hashes."""

import os
import uuid
from collections.abc import Iterator

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from pg_cluster import Cluster
from psycopg import sql

from duty_desk.services import passwords

# Production hashes cost 0.44 s each (services/passwords.py); the tests make hundreds, so they use a cheap cost.
# A test that needs the real cost asks for `production_scrypt`. Commands run as a subprocess hash at full cost.
TEST_SCRYPT = passwords.Cost(2**8, 8, 1)


class MemoryKeyring(KeyringBackend):
    """A headless box has no keyring; tests keep secrets in memory (never on disk)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base is untyped
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def cheap_scrypt() -> Iterator[None]:
    previous = passwords.use_cost(TEST_SCRYPT)
    yield
    passwords.use_cost(previous)


@pytest.fixture
def production_scrypt(cheap_scrypt: None) -> Iterator[None]:
    previous = passwords.use_cost(passwords.PRODUCTION)
    yield
    passwords.use_cost(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    url = os.environ.get("DUTY_DESK_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        cluster = Cluster()
    except Exception as exc:  # no server to be had here
        if os.environ.get("DUTY_DESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL is required (DUTY_DESK_REQUIRE_PG=1) but none could be started: {exc}")
        pytest.skip(f"no PostgreSQL server: set DUTY_DESK_TEST_PG_URL or install PostgreSQL ({exc})")
    try:
        yield cluster.url
    finally:
        cluster.stop()


def _with_database(url: str, database: str) -> str:
    """The same server as a postgresql:// URL naming another database (URLs are what people type)."""
    p = psycopg.conninfo.conninfo_to_dict(url)
    auth = str(p.get("user", "postgres")) + (f":{p['password']}" if p.get("password") else "")
    return f"postgresql://{auth}@{p.get('host', '127.0.0.1')}:{p.get('port', 5432)}/{database}"


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh database for one test (roles are cluster-wide: tests name theirs uniquely)."""
    name = f"dd_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield _with_database(pg_admin_url, name)
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
