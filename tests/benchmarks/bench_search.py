"""Incident search benchmark (a standalone script; pytest ignores tests/benchmarks).

    /tmp/venv/bin/python tests/benchmarks/bench_search.py [--incidents 1000000] [--load triggers|bulk]

What it does, all in one run:
  1. a fresh workstation database (all migrations, all triggers) gets INCIDENTS generated incidents with a fixed
     seed: Beijing districts, streets and places, incident phrases, reporting units and names, a little English,
     about a quarter with one to three follow-up reports, 2% drills, 1% tombstoned; mostly level IV, every
     category; the last month's partly open, older ones closed (bench_list reads the same rows). Rows go in
     with executemany in big transactions, written as sync writes pulled rows (capture off, search triggers on: `--load
     triggers`, the default), or with the search triggers off and the index built in bulk afterwards (`--load
     bulk`, what the migration does for rows that already exist);
  2. search_incidents() (the service, snippets included; limit 200, newest first, drills hidden) times
     Chinese queries of 1, 2, 3 and 4 characters, common and rare, and English words -> the median per kind;
  3. the baseline, in the same run on the same table: a plain LIKE '%q%' over the same fields (and the follow-
     ups), newest first, LIMIT 200, for the same queries -> like_baseline_ms (median over all of them).

  4. the index's size (index_mb: its tables and their indexes, from dbstat) and the cost of adding one follow-up
     to an incident (follow_up_ms; follow_up_baseline_ms is the same insert without the index's triggers).

Prints ONE JSON line on stdout; load times, all sizes and per-query times go to stderr.
"""

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))

from duty_desk.domain.places import DISTRICTS  # noqa: E402
from duty_desk.services import accounts  # noqa: E402
from duty_desk.services.context import Actor, Services  # noqa: E402
from duty_desk.services.incident_search import search_incidents  # noqa: E402
from duty_desk.storage import search_index  # noqa: E402
from duty_desk.storage.database import Database, open_database  # noqa: E402

INCIDENTS = 1_000_000
CHUNK = 50_000
SEED = 20261127
REPEATS = 7
QUERIES = {  # common, rare and absent, as a duty officer would type them
    "zh1": ["火", "漏", "伤", "塌", "疆", "雹", "鳄"],
    "zh2": ["燃气", "朝阳", "电梯", "塌陷", "踩踏", "冰雹", "鳄鱼"],
    "zh3": ["朝阳区", "建国路", "居民楼", "化学品", "地铁站", "王伟芳", "大熊猫"],
    "zh4": ["燃气泄漏", "交通事故", "暴雨积水", "山体滑坡", "踩踏事件", "野生动物", "熊猫走失"],
    "en": ["embassy", "tourist", "metro", "Fire", "gps", "drone", "tsunami"],
}
MIXED = ["朝阳区 火", "火 漏", "雹 朝阳", "燃气 建国路 伤", "metro 国贸", "王伟芳 疆"]  # several words: stderr only

STREETS = ["建国路", "长安街", "中关村大街", "复兴路", "朝阳北路", "京顺路", "西四环北路", "南三环西路", "学院路",
           "望京街", "回龙观西大街", "通惠河北路", "新华大街", "黄村西大街", "府前街", "良乡大街", "大兴路",
           "石门路", "鼓楼外大街", "阜成门外大街", "东直门内大街", "前门大街", "丽泽路", "莲花池东路",
           "万泉河路", "苏州街", "金融大街", "安立路", "北苑路", "天通苑北街", "潞城镇政府街", "怀柔雁栖湖路"]
PLACES = ["小区", "居民楼", "商场", "农贸市场", "小学", "中学", "医院", "地铁站", "公交站", "写字楼", "建筑工地",
          "加油站", "化工厂", "仓库", "宾馆", "餐馆", "体育馆", "公园", "景区", "高速公路出口", "立交桥下",
          "养老院", "幼儿园", "物流园", "变电站", "隧道口", "村委会", "派出所门前"]
EVENTS = [
    "燃气管道泄漏，已疏散居民{n}人", "居民楼起火，{n}人被困，消防已到场", "发生交通事故，{n}人受伤送医",
    "路面塌陷，深约{n}米，已设围挡", "暴雨积水严重，{n}辆车被淹", "电梯故障困人{n}人，已救出",
    "化学品泄漏，周边{n}米范围已封控", "群众聚集上访约{n}人，秩序平稳", "疑似食物中毒{n}人，已送医观察",
    "山体滑坡阻断道路，约{n}米", "大风刮倒广告牌，砸中车辆{n}辆", "供水管线爆裂，{n}户停水",
    "变压器起火，{n}户停电", "工地脚手架坍塌，{n}人受伤", "人员踩踏事件，{n}人轻伤",
    "野外火情，过火面积约{n}亩", "游客走失{n}人，正在搜寻", "危险品运输车侧翻，无泄漏，{n}人受伤",
    "有人员坠河，已救起{n}人", "供热管道泄漏，影响{n}户", "新疆籍游客突发疾病，{n}人送医",
]
RARE_EVENTS = ["突降冰雹，砸坏车辆{n}辆", "野生动物闯入小区，{n}人受惊",
               "drone sighted over the airport, {n} flights held"]
ENGLISH = ["foreign tourist injured, embassy notified", "Metro Line {n} service suspended",
           "GPS signal of the bus lost", "Fire alarm at the international school", "tourist group of {n} stranded"]
UNITS = ["{d}政府值班室", "{d}应急管理局", "{d}公安分局指挥中心", "{d}消防救援支队", "市公安局指挥中心",
         "市应急管理局值班室", "市交通委员会", "市水务局", "{d}卫生健康委", "市城市管理委", "12345市民服务热线"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红海燕春梅鹏飞"
FOLLOW_UPS = ["现场已处置完毕，无新增伤亡", "又有{n}人受伤，已送医", "漏点已封堵，恢复供气", "道路已恢复通行",
              "明火已扑灭，正在清理现场", "受伤人员情况稳定", "区领导已到现场指挥", "已转移群众{n}人",
              "the embassy has been informed", "排查隐患{n}处，已整改"]
SEVERITIES = ("I", "II", "III", "IV", "unassessed")
SEVERITY_WEIGHTS = (0.5, 2, 10, 70, 17.5)
CATEGORIES = ("natural_disaster", "accident", "public_health", "social_security")
COLUMNS = ("id", "number", "received_at", "source", "reporter_unit", "reporter_name", "reporter_title",
           "reporter_phone", "occurred_at", "district_code", "address", "category", "severity", "summary", "scope",
           "dead", "injured", "missing", "trapped", "losses", "trend", "measures", "commander", "requests",
           "notified", "taken_by", "drill", "status", "status_reason", "duplicate_of", "created_at", "updated_at",
           "hlc", "origin_site", "deleted", "server_version")
FU_COLUMNS = ("id", "incident_id", "received_at", "final", "text", "source", "reporter", "taken_by", "created_at",
              "updated_at", "hlc", "origin_site", "deleted", "server_version")


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def stamp(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def generate(count: int, seed: int) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """Chunks of (incident rows, follow-up rows), received over the last five years, in no particular order."""
    rng = random.Random(seed)
    start = datetime(2021, 11, 1, tzinfo=UTC)
    span = int(timedelta(days=5 * 365).total_seconds())
    recent = start + timedelta(days=5 * 365 - 30)
    serial = 0
    for first in range(0, count, CHUNK):
        incidents, follow_ups = [], []
        for _ in range(first, min(first + CHUNK, count)):
            serial += 1
            received = start + timedelta(seconds=rng.randrange(span), microseconds=rng.randrange(1_000_000))
            code, district, _ = rng.choice(DISTRICTS)
            event = rng.choice(RARE_EVENTS if rng.random() < 0.001 else EVENTS).format(n=rng.randint(1, 60))
            place = f"{rng.choice(STREETS)}{rng.randint(1, 300)}号{rng.choice(PLACES)}"
            summary = f"{district}{place}{event}"
            if rng.random() < 0.03:
                summary += "; " + rng.choice(ENGLISH).format(n=rng.randint(1, 20))
            incident_id = f"bench-{serial:08d}"
            at = stamp(received)
            severity = rng.choices(SEVERITIES, SEVERITY_WEIGHTS)[0]
            # As a real log has them: the last month's still partly open, everything older closed.
            status = rng.choice(("new", "handling", "closed")) if received > recent else "closed"
            incidents.append((
                incident_id, f"{received.year}-BNCH-{serial:07d}", at, "phone",
                rng.choice(UNITS).format(d=district), rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2)), "",
                f"010{rng.randint(10_000_000, 99_999_999)}", None, code, place, rng.choice(CATEGORIES), severity,
                summary, "", 0, rng.randint(0, 5), 0, 0, "", "", "", "", "", "", "值班员", int(rng.random() < 0.02),
                status, "", None, at, at, serial, "bench", int(rng.random() < 0.01), None))
            if rng.random() < 0.25:
                for k in range(rng.randint(1, 3)):
                    later = stamp(received + timedelta(minutes=20 * (k + 1)))
                    follow_ups.append((f"{incident_id}-f{k}", incident_id, later, 0,
                                       rng.choice(FOLLOW_UPS).format(n=rng.randint(1, 30)), "phone", "", "值班员",
                                       later, later, serial, "bench", 0, None))
        yield incidents, follow_ups


def load(db: Database, count: int, seed: int, bulk: bool) -> dict[str, float]:
    """Rows in as sync writes pulled rows: capture off (the 'applying' flag), executemany per table and chunk."""
    conn = sqlite3.connect(db.path, isolation_level=None)
    conn.execute("PRAGMA synchronous=NORMAL")  # loading only; the app's FULL is for real records
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("UPDATE sync_flags SET value = '1' WHERE key = 'applying'")
    triggers = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_index_%'")]
    if bulk:
        for name in search_index.triggers():
            conn.execute(f"DROP TRIGGER {name}")
    started = time.perf_counter()
    insert = f"INSERT INTO incidents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    insert_fu = f"INSERT INTO incident_follow_ups ({', '.join(FU_COLUMNS)}) VALUES ({', '.join('?' * len(FU_COLUMNS))})"
    done = 0
    for incidents, follow_ups in generate(count, seed):
        conn.execute("BEGIN")
        conn.executemany(insert, incidents)
        conn.executemany(insert_fu, follow_ups)
        conn.execute("COMMIT")
        done += len(incidents)
        if done % 200_000 == 0 or done == count:
            log(f"  {done:>9,} incidents loaded, {time.perf_counter() - started:6.1f} s")
    timings = {"load_s": time.perf_counter() - started}
    if bulk:
        started = time.perf_counter()
        conn.execute("BEGIN")
        for sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        with db.engine.begin() as sa_conn:
            search_index.rebuild(sa_conn)
        timings["rebuild_s"] = time.perf_counter() - started
    else:
        started = time.perf_counter()
        with db.engine.begin() as sa_conn:
            search_index.optimize(sa_conn)
        timings["optimize_s"] = time.perf_counter() - started
    conn.execute("UPDATE sync_flags SET value = '0' WHERE key = 'applying'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return timings


def like_sql() -> str:
    fields = " OR ".join(f"i.{c} LIKE :q" for c in ("summary", "address", "reporter_unit", "reporter_name"))
    return (f"SELECT i.id, i.number, i.received_at, i.summary FROM incidents i WHERE i.deleted = 0 AND i.drill = 0 "
            f"AND ({fields} OR EXISTS (SELECT 1 FROM incident_follow_ups f WHERE f.incident_id = i.id AND "
            f"f.deleted = 0 AND f.text LIKE :q)) ORDER BY i.received_at DESC LIMIT 200")


def timed(run: Callable[[], list[str]]) -> tuple[float, list[str]]:
    """Median of REPEATS runs (of 3 for one taking over a second: the LIKE scans of rare words), and the ids found."""
    times: list[float] = []
    found: list[str] = []
    while len(times) < (REPEATS if not times or times[0] < 1000 else 3):
        started = time.perf_counter()
        found = run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), found


def sizes(path: Path) -> dict[str, float]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        conn.close()
    mb = {name: size / 1e6 for name, size in rows}
    search = sum(v for k, v in mb.items() if k.startswith("search_"))
    return {"file_mb": round(sum(mb.values()), 1), "search_index_mb": round(search, 1),
            "incidents_mb": round(mb.get("incidents", 0.0), 1)}


def workstation(data: Path, count: int, seed: int, bulk: bool) -> tuple[Database, Services, Actor]:
    """The bench's database in `data`, loaded with `count` incidents unless a kept folder already holds them."""
    reuse = (data / "duty-desk.sqlite3").exists()
    db = open_database(data)
    services = Services(db)
    if reuse:
        return db, services, accounts.authenticate(services, "bench", "Speed-trial-2026")
    actor = accounts.create_first_admin(services, "bench", "基准", "Speed-trial-2026")
    log(f"loading {count:,} incidents ({'bulk' if bulk else 'triggers'})")
    log("timings:", json.dumps({k: round(v, 1) for k, v in load(db, count, seed, bulk).items()}))
    return db, services, actor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=INCIDENTS)
    parser.add_argument("--load", choices=("triggers", "bulk"), default="triggers")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="use (and keep) this data folder; reuse it if already loaded")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dd-bench-search-") as scratch:
        db, services, actor = workstation(args.keep or Path(scratch), args.incidents, args.seed,
                                          args.load == "bulk")
        try:
            size = sizes(db.path)
            log("sizes:", json.dumps(size))
            result = measure(db, services, actor)
            result["index_mb"] = size["search_index_mb"]
            result |= follow_up_cost(db.path)
        finally:
            db.dispose()
    print(json.dumps(result), flush=True)


def follow_up_cost(path: Path, repeats: int = 41) -> dict[str, float]:
    """Median time to insert one follow-up into an existing incident, with the index's triggers and (the
    baseline) without them; each insert rolled back (no commit's sync to disk, the database left as it was)."""
    conn = sqlite3.connect(path, isolation_level=None)
    rng = random.Random(SEED)
    targets = [r[0] for r in conn.execute("SELECT id FROM incidents WHERE deleted = 0 ORDER BY random() LIMIT ?",
                                          (repeats,))]
    insert = f"INSERT INTO incident_follow_ups ({', '.join(FU_COLUMNS)}) VALUES ({', '.join('?' * len(FU_COLUMNS))})"
    names = [n for n in search_index.triggers() if n.startswith("search_index_incident_follow_ups_")]
    result = {}
    kept = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                       f"({', '.join('?' * len(names))})", names)]
    try:
        for label, keep in (("follow_up_ms", True), ("follow_up_baseline_ms", False)):
            if not keep:  # committed: DDL inside the transaction would make each rollback reload the schema
                for name in names:
                    conn.execute(f"DROP TRIGGER {name}")
            conn.execute("BEGIN")
            times = []
            for n, incident_id in enumerate(targets):
                at = stamp(datetime.now(UTC))
                row = (f"bench-new-{n}", incident_id, at, 0, rng.choice(FOLLOW_UPS).format(n=n), "phone", "",
                       "值班员", at, at, 0, "bench", 0, None)
                conn.execute("SAVEPOINT one")
                started = time.perf_counter()
                conn.execute(insert, row)
                times.append((time.perf_counter() - started) * 1000)
                conn.execute("ROLLBACK TO one")
                conn.execute("RELEASE one")
            conn.execute("ROLLBACK")
            result[label] = round(statistics.median(times), 3)
        for sql in kept:
            conn.execute(sql)
    finally:
        conn.close()
    log("follow-up insert:", json.dumps(result))
    return result


def measure(db: Database, services: Services, actor: Actor) -> dict[str, float]:
    """Each query through the service and as a LIKE scan; both must find the same incidents in the same order."""
    result: dict[str, float] = {}
    like_times, index_times = [], []
    raw = sqlite3.connect(db.path)

    def index_run(q: str) -> list[str]:
        return [h.incident_id for h in search_incidents(services, actor, q)]

    def like_run(q: str) -> list[str]:
        return [r[0] for r in raw.execute(like_sql(), {"q": f"%{q}%"})]

    try:
        for kind, queries in QUERIES.items():
            times = []
            for q in queries:
                ms, hits = timed(lambda q=q: index_run(q))  # type: ignore[misc]
                like_ms, like_hits = timed(lambda q=q: like_run(q))  # type: ignore[misc]
                same = "same hits" if hits == like_hits else "HITS DIFFER"
                log(f"  {kind:4} {q:10} index {ms:8.2f} ms   LIKE {like_ms:9.2f} ms   {len(hits):3} hits, {same}")
                times.append(ms)
                index_times.append(ms)
                like_times.append(like_ms)
            result[f"{kind}_ms"] = round(statistics.median(times), 2)
        for q in MIXED:
            ms, hits = timed(lambda q=q: index_run(q))  # type: ignore[misc]
            log(f"  and  {q:10} index {ms:8.2f} ms   {len(hits):3} hits")
    finally:
        raw.close()
    result["like_baseline_ms"] = round(statistics.median(like_times), 2)
    log(f"LIKE baseline: worst {max(like_times):.1f} ms; index: worst {max(index_times):.1f} ms")
    return result


if __name__ == "__main__":
    main()
