"""The registry of searchable kinds: a kind declared in a few lines is found (rows written by plain SQL too), hits
are filtered by what the actor may see, a child row indexes only itself, and the index is rebuilt when its
version or the declarations change (real SQLite files)."""

import sqlite3
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command

from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.search import search
from duty_desk.storage import migrate, search_index, search_registry
from duty_desk.storage.database import DB_FILENAME, Database, make_engine, open_database
from duty_desk.storage.search_registry import Child, Field, SearchKind

NOW = utcnow()
NOTES = SearchKind(  # what a new capability writes (here one reception may see)
    kind="test_note", code=99, action=Action.VIEW_ROSTER, table="test_notes", time="written_at",
    fields=(Field("title"), Field("body")),
    children=(Child("test_note_lines", parent="note_id", field=Field("lines", "{r}.text"), order="written_at"),),
)


def _at(hours_ago: float) -> str:
    return (NOW - timedelta(hours=hours_ago)).strftime("%Y-%m-%d %H:%M:%S.%f")


def _raw(db: Database) -> sqlite3.Connection:
    """A plain connection, as sync or another process writes: no ORM, no services."""
    return sqlite3.connect(db.path, isolation_level=None)


@pytest.fixture
def notes(db: Database) -> Iterator[SearchKind]:
    conn = _raw(db)
    conn.execute("CREATE TABLE test_notes (id TEXT PRIMARY KEY, title TEXT, body TEXT, written_at TEXT, "
                 "deleted INTEGER NOT NULL DEFAULT 0)")
    conn.execute("CREATE TABLE test_note_lines (id TEXT PRIMARY KEY, note_id TEXT, text TEXT, written_at TEXT, "
                 "deleted INTEGER NOT NULL DEFAULT 0)")
    conn.execute("INSERT INTO test_notes VALUES ('n0', '交班记录', '登记之前已有的记录', ?, 0)", (_at(9),))
    conn.close()
    with search_registry.registered(NOTES) as kind:
        with db.engine.begin() as sa_conn:
            search_index.install(sa_conn)  # as after the capability's migration: triggers, and a rebuild
        yield kind
    with db.engine.begin() as sa_conn:
        search_index.install(sa_conn)


def _found(services: Services, actor: Actor, text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.record_id) for f in search(services, actor, text)]


def _register(services: Services, actor: Actor, summary: str, hours_ago: float) -> str:
    data = IncidentData(received_at=NOW - timedelta(hours=hours_ago), source=Source.PHONE, summary=summary,
                        category=Category.ACCIDENT, severity=Severity.III)
    return incidents.register(services, actor, data)[0]


def _index_rows(db: Database) -> set[tuple[int, int, str]]:
    conn = _raw(db)
    try:
        return set(conn.execute("SELECT docid, source, row_id FROM search_rows"))
    finally:
        conn.close()


def test_a_registered_kind_is_found_with_rows_written_by_plain_sql(
        db: Database, services: Services, admin: Actor, notes: SearchKind) -> None:
    assert _found(services, admin, "已有") == [("test_note", "n0")]  # there before the kind was registered
    conn = _raw(db)
    conn.execute("INSERT INTO test_notes VALUES ('n1', '访客', '王先生来访，已登记', ?, 0)", (_at(1),))
    conn.execute("INSERT INTO test_note_lines VALUES ('l1', 'n1', '离开时间十七点', ?, 0)", (_at(0.5),))
    conn.execute("INSERT INTO test_note_lines VALUES ('l0', 'n0', '十七点交班', ?, 0)", (_at(8),))
    assert _found(services, admin, "十七点") == [("test_note", "n1"), ("test_note", "n0")]  # newest first
    assert _found(services, admin, "访 离开") == [("test_note", "n1")]  # a word in the record, one in a child
    assert _found(services, admin, "王先生") == [("test_note", "n1")]
    conn.execute("UPDATE test_note_lines SET text = '离开时间十八点' WHERE id = 'l1'")
    assert _found(services, admin, "十七点") == [("test_note", "n0")]
    assert _found(services, admin, "十八") == [("test_note", "n1")]
    conn.execute("UPDATE test_notes SET deleted = 1 WHERE id = 'n1'")  # a tombstone: the record and its lines go
    assert _found(services, admin, "十八") == []
    assert _found(services, admin, "王先生") == []
    conn.execute("UPDATE test_notes SET deleted = 0, written_at = ? WHERE id = 'n1'", (_at(20),))
    assert _found(services, admin, "十") == [("test_note", "n0"), ("test_note", "n1")]  # back, older now
    conn.execute("DELETE FROM test_note_lines WHERE id = 'l0'")
    assert _found(services, admin, "交班") == [("test_note", "n0")]  # the title still has it
    assert _found(services, admin, "十七点") == []
    conn.close()
    live = {("test_notes", "n0"), ("test_notes", "n1"), ("test_note_lines", "l1")}
    assert {(s, r) for _, s, r in _index_rows(db)} == {(dict((t, c) for c, t in NOTES.sources())[t], r)
                                                        for t, r in live}
    with db.engine.begin() as sa_conn:  # contentless FTS5 tables take deletes on trust: check them
        for name in search_index.FTS_TABLES:
            sa_conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")


def test_hits_only_of_kinds_the_actor_may_see(
        services: Services, admin: Actor, make_user: Callable[[str, Role], Actor], notes: SearchKind) -> None:
    leak = _register(services, admin, "交班时发现燃气泄漏", 1)
    reception = make_user("jiedai", Role.RECEPTION)
    officer = make_user("zhiban", Role.DUTY_OFFICER)
    assert _found(services, admin, "交班") == [("incidents", leak), ("test_note", "n0")]
    assert _found(services, reception, "交班") == [("test_note", "n0")]  # no incident text for reception
    assert _found(services, reception, "燃气") == []
    assert _found(services, officer, "燃气") == [("incidents", leak)]
    assert [f.kind for f in search(services, admin, "交班", kinds=["test_note"])] == ["test_note"]


def test_a_follow_up_adds_only_its_own_index_row(db: Database, services: Services, admin: Actor) -> None:
    incident_id = _register(services, admin, "地下管廊进水", 2)
    incidents.add_follow_up(services, admin, incident_id, "水位下降", utcnow(), Source.PHONE)
    before = _index_rows(db)
    follow_up_id = incidents.add_follow_up(services, admin, incident_id, "排水完毕", utcnow(), Source.PHONE)
    after = _index_rows(db)
    assert before < after and len(after - before) == 1  # the others kept their docids
    (_, source, row_id), = after - before
    assert source == list(search_registry.kinds()[0].sources())[1][0]
    assert row_id == follow_up_id
    incidents.update(services, admin, incident_id, summary="地下管廊进水，已排险")
    assert _index_rows(db) == after  # its own row re-indexed in its place; the follow-ups' rows untouched
    assert [f.record_id for f in search(services, admin, "排水 排险")] == [incident_id]


def test_the_index_is_rebuilt_when_its_version_changes_or_rows_are_missing(
        db: Database, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    incident_id = _register(services, admin, "山体滑坡阻断道路", 3)
    with db.engine.begin() as conn:  # its row lost, a stray one in its place: the counts agree
        conn.exec_driver_sql("UPDATE search_rows SET row_id = 'gone' WHERE row_id = ?", (incident_id,))
        search_index.install(conn)  # same version, same count: left as it is
    assert search(services, admin, "滑坡") == []
    monkeypatch.setattr(search_index, "INDEX_VERSION", "test")
    with db.engine.begin() as conn:
        search_index.install(conn)
        assert search_index.indexed_version(conn) == search_index.version()
        assert search_index.version().startswith("test.")
    assert [f.record_id for f in search(services, admin, "滑坡")] == [incident_id]
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM search_rows")
        search_index.install(conn)  # rows missing (added while the triggers were away)
    assert [f.record_id for f in search(services, admin, "滑坡")] == [incident_id]


def test_the_migration_replaces_the_first_index_and_fills_the_new_one(tmp_path: Path) -> None:
    """A database from before 0010: 0004's tables and triggers go, the incidents already there are found."""
    folder = tmp_path / "data"
    folder.mkdir()
    engine = make_engine(folder / DB_FILENAME)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
            conn.exec_driver_sql("CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, incident_id TEXT)")
            conn.exec_driver_sql(  # the first index's trigger, which would break every insert now
                "CREATE TRIGGER search_index_incident_insert AFTER INSERT ON incidents BEGIN "
                "INSERT INTO search_docs(docid, no_such_column) VALUES (1, 1); END")
    finally:
        engine.dispose()
    db = open_database(folder)
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "管理员", "Office-key-2026")
        incident_id = _register(services, admin, "迁移后登记的燃气泄漏", 1)
        assert [f.record_id for f in search(services, admin, "燃气泄漏")] == [incident_id]
        with db.engine.begin() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
            assert "search_docs" not in names and "search_index_incident_insert" not in names
            assert search_index.indexed_version(conn) == search_index.version()
    finally:
        db.dispose()
