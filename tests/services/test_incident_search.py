"""The incident search box: Chinese of any length, English, every searched field, tombstones, drills, sync writes,
newest first, highlight spans; and the index staying right however rows are written (real SQLite files)."""

import random
import shutil
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Table, delete, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sync_support import Server, Site, admin_of

from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.places import district_name
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.incident_search import SearchHit, fold, parse_query, search_incidents
from duty_desk.storage import migrate, search_index
from duty_desk.storage.database import DB_FILENAME, Database, make_engine, open_database
from duty_desk.storage.models import FollowUpReport, Incident

NOW = utcnow()


def _call(summary: str, hours_ago: float, **extra: Any) -> IncidentData:
    base: dict[str, Any] = {"received_at": NOW - timedelta(hours=hours_ago), "source": Source.PHONE,
                            "summary": summary, "category": Category.ACCIDENT, "severity": Severity.III}
    return IncidentData(**{**base, **extra})


def _register(services: Services, actor: Actor, summary: str, hours_ago: float, **extra: Any) -> str:
    return incidents.register(services, actor, _call(summary, hours_ago, **extra))[0]


def _ids(hits: list[SearchHit]) -> list[str]:
    return [h.incident_id for h in hits]


@pytest.fixture
def seeded(services: Services, admin: Actor) -> dict[str, str]:
    """A small duty log; ids by nickname, registered out of received order on purpose."""
    ids = {}
    ids["gas"] = _register(services, admin, "某小区燃气管道泄漏，已疏散居民20人", 5, district_code="110105",
                           address="建国路88号", reporter_unit="朝阳区政府值班室", reporter_name="王磊")
    ids["fire"] = _register(services, admin, "居民楼起火，3人被困", 1, district_code="110108",
                            address="中关村大街27号", reporter_unit="海淀区应急管理局", reporter_name="李静")
    ids["metro"] = _register(services, admin, "Metro Line 10 suspended at 国贸站; foreign tourist injured", 3,
                             district_code="110105", address="国贸桥下", reporter_unit="市公安局指挥中心",
                             reporter_name="张伟")
    ids["leak"] = _register(services, admin, "化工厂储罐燃气泄漏，周边500米封控", 2, district_code="BDA",
                            address="经海路3号", reporter_unit="开发区安全生产监督局", reporter_name="赵敏")
    ids["crowd"] = _register(services, admin, "商场人员踩踏，5人轻伤", 4, district_code="110101",
                             address="王府井大街255号", reporter_unit="东城区政府值班室", reporter_name="刘洋")
    return ids


@pytest.mark.parametrize(("query", "expected"), [
    ("泄", ["leak", "gas"]),  # 1 character
    ("燃气", ["leak", "gas"]),  # 2
    ("朝阳区", ["metro", "gas"]),  # 3: the district's name (from its code) and the reporting unit
    ("燃气泄漏", ["leak"]),  # 4: not in "燃气管道泄漏"
    ("管道泄漏", ["gas"]),
    ("气泄漏，周", ["leak"]),  # punctuation inside a long word is matched as typed
    ("伤", ["crowd"]),
    ("区", ["fire", "leak", "metro", "crowd", "gas"]),  # every district name has it
    ("踩踏 王府井", ["crowd"]),  # several words: all of them, in any field
    ("燃气 朝阳", ["gas"]),
    ("燃气泄漏 开发", ["leak"]),  # a long and a short word together
    ("居民 泄漏 朝阳区", ["gas"]),
    ("泄漏 海淀", []),
    ("龙", []),
    ("熊猫", []),
    ("大熊猫", []),
])
def test_chinese_queries_of_every_length(services: Services, admin: Actor, seeded: dict[str, str], query: str,
                                         expected: list[str]) -> None:
    assert _ids(search_incidents(services, admin, query)) == [seeded[k] for k in expected]


@pytest.mark.parametrize(("query", "expected"), [
    ("metro", ["metro"]), ("METRO", ["metro"]), ("Tourist", ["metro"]), ("line 10", ["metro"]),
    ("10", ["metro"]), ("li", ["metro"]), ("x", []), ("metro 国贸", ["metro"]), ("metro 燃气", []),
    ("suspend", ["metro"]),  # substrings, as for Chinese
])
def test_english_words_any_case(services: Services, admin: Actor, seeded: dict[str, str], query: str,
                                expected: list[str]) -> None:
    assert _ids(search_incidents(services, admin, query)) == [seeded[k] for k in expected]


def test_reporter_address_district_and_follow_ups_are_searched(services: Services, admin: Actor,
                                                                seeded: dict[str, str]) -> None:
    assert _ids(search_incidents(services, admin, "王磊")) == [seeded["gas"]]  # reporter name, 2 characters
    assert _ids(search_incidents(services, admin, "磊")) == [seeded["gas"]]
    assert _ids(search_incidents(services, admin, "应急管理局")) == [seeded["fire"]]  # reporter unit
    assert _ids(search_incidents(services, admin, "中关村")) == [seeded["fire"]]  # address
    assert _ids(search_incidents(services, admin, "海淀区")) == [seeded["fire"]]  # district name from the code
    assert _ids(search_incidents(services, admin, "经济技术开发区")) == [seeded["leak"]]
    incidents.add_follow_up(services, admin, seeded["crowd"], "伤者已送协和医院", NOW, Source.PHONE)
    incidents.add_follow_up(services, admin, seeded["crowd"], "现场秩序恢复 order restored", NOW, Source.FAX)
    hits = search_incidents(services, admin, "协和")
    assert _ids(hits) == [seeded["crowd"]]
    assert hits[0].field == "follow_ups" and hits[0].summary == "商场人员踩踏，5人轻伤"
    assert _ids(search_incidents(services, admin, "协和医院 秩序")) == [seeded["crowd"]]  # two follow-ups
    assert _ids(search_incidents(services, admin, "踩踏 restored")) == [seeded["crowd"]]  # summary and follow-up
    # a tombstoned follow-up is not searched any more
    with services.db.engine.begin() as conn:
        conn.execute(update(FollowUpReport).where(FollowUpReport.text == "伤者已送协和医院").values(deleted=True))
    assert search_incidents(services, admin, "协和") == []
    assert _ids(search_incidents(services, admin, "restored")) == [seeded["crowd"]]


def test_deleted_incidents_are_not_found_and_come_back_when_restored(services: Services, admin: Actor,
                                                                    seeded: dict[str, str]) -> None:
    with services.db.engine.begin() as conn:  # a tombstone, as sync writes it
        conn.execute(update(Incident).where(Incident.id == seeded["gas"]).values(deleted=True))
    for query in ("燃气", "燃气泄漏", "王磊", "泄", "建国路"):
        assert seeded["gas"] not in _ids(search_incidents(services, admin, query))
    assert _ids(search_incidents(services, admin, "燃气")) == [seeded["leak"]]
    with services.db.engine.begin() as conn:  # an edit that raced the delete restores the record
        conn.execute(update(Incident).where(Incident.id == seeded["gas"]).values(deleted=False))
    assert _ids(search_incidents(services, admin, "燃气")) == [seeded["leak"], seeded["gas"]]
    with services.db.engine.begin() as conn:  # sync may take a record out for good (refused by the server)
        conn.execute(delete(Incident).where(Incident.id == seeded["gas"]))
    assert _ids(search_incidents(services, admin, "燃气")) == [seeded["leak"]]


def test_a_row_updated_or_upserted_by_sql_is_indexed_again(services: Services, admin: Actor,
                                                           seeded: dict[str, str]) -> None:
    with services.db.engine.begin() as conn:  # a pulled change, written with a Core UPDATE
        conn.execute(update(Incident).where(Incident.id == seeded["fire"])
                     .values(summary="仓库起火，已扑灭", address="上地十街10号", reporter_name="周杰"))
    assert search_incidents(services, admin, "居民楼") == []
    assert search_incidents(services, admin, "被困") == []
    assert _ids(search_incidents(services, admin, "仓库")) == [seeded["fire"]]
    assert _ids(search_incidents(services, admin, "上地十街")) == [seeded["fire"]]
    assert _ids(search_incidents(services, admin, "周杰")) == [seeded["fire"]]
    assert search_incidents(services, admin, "李静") == []
    # a pulled row that is new here, and one that exists, through sync's own upsert
    with services.db.session() as session:
        row = session.get(Incident, seeded["crowd"])
        assert row is not None
        values = {c.name: getattr(row, c.name) for c in Incident.__table__.columns}
    values.update(summary="地铁站大客流，已限流", received_at=NOW - timedelta(minutes=10))
    pulled = dict(values, id="pulled-0001", number="2026-ZZZZ-0001", summary="高速公路出口团雾，多车追尾",
                  received_at=NOW - timedelta(hours=4.5))
    table = Incident.__table__
    assert isinstance(table, Table)
    with services.db.engine.begin() as conn:
        for row_values in (values, pulled):
            stmt = sqlite_insert(table).values(**row_values)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["id"], set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"}))
    assert search_incidents(services, admin, "踩踏") == []
    assert _ids(search_incidents(services, admin, "限流")) == [seeded["crowd"]]
    assert _ids(search_incidents(services, admin, "追尾")) == ["pulled-0001"]
    assert _ids(search_incidents(services, admin, "区")) == [  # the new received_at moved it to the top
        seeded["crowd"], seeded["fire"], seeded["leak"], seeded["metro"], "pulled-0001", seeded["gas"]]


def test_drills_are_hidden_unless_asked_for(services: Services, admin: Actor) -> None:
    real = _register(services, admin, "地下管廊进水", 2)
    drill = _register(services, admin, "地下管廊进水（演练）", 1, drill=True)
    assert _ids(search_incidents(services, admin, "管廊")) == [real]
    assert _ids(search_incidents(services, admin, "管廊进水", include_drills=True)) == [drill, real]
    incidents.update(services, admin, real, drill=True)
    assert search_incidents(services, admin, "管廊") == []


def test_newest_first_by_received_at_and_the_limit(services: Services, admin: Actor) -> None:
    hours = [7, 3, 9, 1, 5, 2, 8, 4, 6]
    ids = {h: _register(services, admin, f"雨后积水第{h}处", h) for h in hours}
    newest_first = [ids[h] for h in sorted(hours)]
    for query in ("积", "积水", "雨后积", "雨后积水"):
        hits = search_incidents(services, admin, query)
        assert _ids(hits) == newest_first
        assert [h.received_at for h in hits] == sorted((h.received_at for h in hits), reverse=True)
    assert _ids(search_incidents(services, admin, "积水", limit=3)) == newest_first[:3]
    incidents.update(services, admin, ids[9], received_at=NOW - timedelta(minutes=1))  # corrected time
    assert _ids(search_incidents(services, admin, "积水", limit=2)) == [ids[9], ids[1]]
    # incidents received in the same millisecond still each get found, once
    same = NOW - timedelta(minutes=30)
    twins = [_register(services, admin, f"同时来电{i}", 0, received_at=same) for i in range(3)]
    assert sorted(_ids(search_incidents(services, admin, "同时来电"))) == sorted(twins)
    with pytest.raises(ValidationError):
        search_incidents(services, admin, "积水", limit=0)


def test_highlight_spans_mark_the_words_in_the_snippet(services: Services, admin: Actor) -> None:
    short = _register(services, admin, "朝阳公园燃气泄漏，燃气公司已到场", 1)
    hit = search_incidents(services, admin, "燃气")[0]
    assert hit.incident_id == short and hit.field == "summary"
    assert hit.snippet == "朝阳公园燃气泄漏，燃气公司已到场"
    assert hit.spans == ((4, 6), (9, 11))
    hit = search_incidents(services, admin, "泄漏 公园燃 阳")[0]
    assert hit.spans == ((1, 5), (6, 8))  # 阳 + 公园燃 (touching: one span), 泄漏
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["阳公园燃", "泄漏"]
    long_text = "前期情况：" + "现场人员正在排查，" * 10 + "发现Metro线路信号中断" + "，后续情况待报" * 10
    incidents.add_follow_up(services, admin, short, long_text, NOW, Source.PHONE)
    hit = search_incidents(services, admin, "metro 信号")[0]
    assert hit.field == "follow_ups"
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["Metro", "信号"]
    assert len(hit.snippet) == 60 + 2


def test_empty_queries_find_nothing_and_reception_may_not_search(
        services: Services, admin: Actor, seeded: dict[str, str], make_user: Callable[[str, Role], Actor]) -> None:
    assert search_incidents(services, admin, "") == []
    assert search_incidents(services, admin, "  \u3000 ") == []
    assert search_incidents(services, admin, "!!") == []  # 1-2 ASCII punctuation marks: nothing to look up
    with pytest.raises(PermissionDenied):
        search_incidents(services, make_user("jiedai", Role.RECEPTION), "燃气")
    officer = make_user("zhiban", Role.DUTY_OFFICER)
    assert _ids(search_incidents(services, officer, "燃气")) == [seeded["leak"], seeded["gas"]]


def test_parse_query() -> None:
    assert parse_query(" Metro  燃气 metro #3 a. 燃气泄漏 ") == ["metro", "燃气", "3", "a", "燃气泄漏"]
    assert fold("İstanbul ÄB") == "İstanbul äb"  # one character for one, so spans stay true


def _brute_force(db: Database, words: list[str], include_drills: bool) -> list[str]:
    """What the index must answer, computed the slow way from the source tables."""
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT id, summary, address, district_code, reporter_unit, reporter_name, received_at, "
                            "drill FROM incidents WHERE deleted = 0").fetchall()
        follow_ups: dict[str, list[str]] = {}
        for incident_id, text in conn.execute("SELECT incident_id, text FROM incident_follow_ups WHERE deleted = 0"):
            follow_ups.setdefault(incident_id, []).append(text)
    finally:
        conn.close()
    found = []
    for incident_id, summary, address, code, unit, name, received_at, drill in rows:
        fields = [summary, f"{district_name(code) if code else ''} {address}", f"{unit} {name}",
                  *follow_ups.get(incident_id, [])]
        if drill and not include_drills:
            continue
        if all(any(w in fold(f) for f in fields) for w in words):
            found.append((received_at, incident_id))
    return [i for _, i in sorted(found, reverse=True)]


def test_random_writes_by_every_path_keep_the_index_exact(services: Services, admin: Actor) -> None:
    """Register, edit, follow up, tombstone, restore, hard-delete follow-ups and bulk SQL, at random; after each
    round every query agrees with a brute-force scan, and FTS5's own integrity check passes."""
    rng = random.Random(7)
    chars = "燃气泄漏火灾朝阳区建国路居民楼Fire AB ab"
    live: list[str] = []
    tombstoned: list[str] = []

    def text(n: int) -> str:
        return "".join(rng.choice(chars) for _ in range(n)).strip() or "空"

    for round_ in range(6):
        for _ in range(12):
            action = rng.random()
            if action < 0.35 or not live:
                live.append(_register(services, admin, text(rng.randint(1, 12)), rng.uniform(0, 48),
                                      drill=rng.random() < 0.2, address=text(4), reporter_name=text(2),
                                      district_code=rng.choice(["", "110105", "110101"])))
            elif action < 0.55:
                incidents.update(services, admin, rng.choice(live), summary=text(rng.randint(1, 10)),
                                 received_at=NOW - timedelta(hours=rng.uniform(0, 48)))
            elif action < 0.75:
                incidents.add_follow_up(services, admin, rng.choice(live), text(rng.randint(1, 8)), NOW,
                                        Source.PHONE)
            elif action < 0.85:  # tombstone one, or restore one
                restore = bool(tombstoned) and rng.random() < 0.4
                chosen = (tombstoned if restore else live).pop()
                (live if restore else tombstoned).append(chosen)
                with services.db.engine.begin() as conn:
                    conn.execute(update(Incident).where(Incident.id == chosen).values(deleted=not restore))
            elif action < 0.93:
                with services.db.engine.begin() as conn:  # bulk SQL, many rows in one statement
                    conn.execute(update(Incident).where(Incident.summary.like(f"%{rng.choice(chars)}%"))
                                 .values(reporter_unit=text(3)))
            else:  # sync takes records out for good when the server refused them
                with services.db.engine.begin() as conn:
                    conn.execute(delete(FollowUpReport).where(FollowUpReport.incident_id == rng.choice(live)))
        queries = ["燃", "区", "A", "b", "火灾", "ab", "re", "燃气泄", "Fire", "朝阳区 火", "居 民",
                   chars[rng.randrange(9)] + chars[rng.randrange(9)]]
        for query in queries:
            for drills in (False, True):
                assert _ids(search_incidents(services, admin, query, include_drills=drills)) == _brute_force(
                    services.db, parse_query(query), drills), (round_, query, drills)
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO search_text(search_text, rank) VALUES ('integrity-check', 1)")
        conn.exec_driver_sql("INSERT INTO search_grams(search_grams) VALUES ('integrity-check')")


def _make_at_0003(folder: Path) -> Path:
    folder.mkdir()
    path = folder / DB_FILENAME
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")
    finally:
        engine.dispose()
    return path


def test_upgrading_indexes_the_incidents_already_there(tmp_path: Path) -> None:
    path = _make_at_0003(tmp_path / "data")
    conn = sqlite3.connect(path)
    at = (NOW - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    columns = [c.name for c in Incident.__table__.columns]
    for n, (summary, deleted) in enumerate([("旧库里的燃气泄漏", 0), ("已删除的燃气事件", 1)]):
        values = {c: 0 for c in columns} | {
            "id": f"old-{n}", "number": f"2026-OLD-{n}", "received_at": at, "created_at": at, "updated_at": at,
            "summary": summary, "deleted": deleted, "district_code": "110105", "duplicate_of": None,
            "server_version": None, **{c: "" for c in ("source", "reporter_unit", "reporter_name", "reporter_title",
                                                       "reporter_phone", "address", "category", "severity",
                                                       "scope", "losses", "trend", "measures", "commander",
                                                       "requests", "notified", "taken_by", "status",
                                                       "status_reason", "origin_site")}}
        values["occurred_at"] = None
        conn.execute(f"INSERT INTO incidents ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                     list(values.values()))
    conn.execute("INSERT INTO incident_follow_ups (id, incident_id, received_at, final, text, source, reporter, "
                 "taken_by, created_at, updated_at, hlc, origin_site, deleted) VALUES ('f1', 'old-0', ?, 0, "
                 "'续报：已关阀', 'phone', '', '', ?, ?, 0, '', 0)", (at, at, at))
    conn.commit()
    conn.close()
    db = open_database(tmp_path / "data")
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "管理员", "Office-key-2026")
        assert _ids(search_incidents(services, admin, "燃气")) == ["old-0"]
        assert _ids(search_incidents(services, admin, "关阀 朝阳")) == ["old-0"]
        assert _ids(search_incidents(services, admin, "泄")) == ["old-0"]
        new = _register(services, admin, "新库里的燃气泄漏", 0.5)  # and the triggers are there
        assert _ids(search_incidents(services, admin, "燃气泄漏")) == [new, "old-0"]
    finally:
        db.dispose()


NEXT_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incidents", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("test_extra", sa.Text(), nullable=True))


def downgrade() -> None:
    pass
'''


def test_a_later_batch_migration_of_incidents_keeps_search_working(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batch mode drops and renames the table; the search triggers name it, so they are set aside meanwhile."""
    data = tmp_path / "data"
    db = open_database(data)
    services = Services(db)
    admin = accounts.create_first_admin(services, "admin", "管理员", "Office-key-2026")
    before = _register(services, admin, "迁移前登记的山体滑坡", 2)
    db.dispose()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test.py").write_text(NEXT_REVISION.format(head=migrate.head_revision()),
                                                       encoding="utf-8")

    def config() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(migrate, "alembic_config", config)
    db = open_database(data)
    try:
        services = Services(db)
        assert migrate.current_revision(db.engine) == "9999"
        after = _register(services, admin, "迁移后登记的山体滑坡", 1)
        assert _ids(search_incidents(services, admin, "滑坡")) == [after, before]
        incidents.update(services, admin, before, summary="迁移前登记的泥石流")
        assert _ids(search_incidents(services, admin, "山体滑坡")) == [after]
    finally:
        db.dispose()


def test_install_rebuilds_an_index_of_another_version_or_with_rows_missing(
        db: Database, services: Services, admin: Actor, seeded: dict[str, str]) -> None:
    for stamp in (search_index.INDEX_VERSION, "0"):
        with db.engine.begin() as conn:  # incidents added while the triggers were away; or older index rules
            conn.exec_driver_sql("DELETE FROM search_rows WHERE row_id = ?", (seeded["gas"],))
            conn.exec_driver_sql("UPDATE site_meta SET value = ? WHERE key = ?", (stamp, search_index.VERSION_KEY))
        assert _ids(search_incidents(services, admin, "燃气")) == [seeded["leak"]]
        with db.engine.begin() as conn:
            search_index.install(conn)
            assert search_index.indexed_version(conn) == search_index.version()
        assert _ids(search_incidents(services, admin, "燃气")) == [seeded["leak"], seeded["gas"]]
        assert _ids(search_incidents(services, admin, "泄")) == [seeded["leak"], seeded["gas"]]


@pytest.mark.postgres
def test_incidents_and_follow_ups_pulled_by_sync_are_found(pg_url: str, tmp_path: Path) -> None:
    srv = Server(pg_url)
    sites = [Site(tmp_path / name, srv.url, *srv.add()) for name in ("a", "b")]
    try:
        a, b = sites
        actor_a = admin_of(a)
        incident_id = _register(a.services, actor_a, "通州区运河东岸发生火情", 1, district_code="110112")
        a.sync()
        b.sync()
        actor_b = admin_of(b)
        assert _ids(search_incidents(b.services, actor_b, "运河")) == [incident_id]
        incidents.add_follow_up(a.services, actor_a, incident_id, "火势已控制", utcnow(), Source.PHONE)
        incidents.update(a.services, actor_a, incident_id, summary="通州区运河西岸发生火情")
        a.sync()
        b.sync()
        assert _ids(search_incidents(b.services, actor_b, "西岸 控制")) == [incident_id]
        assert search_incidents(b.services, actor_b, "东岸") == []
    finally:
        for site in sites:
            site.close()
        srv.drop_roles()
