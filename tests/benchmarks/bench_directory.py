"""Directory benchmark: the first page of a 20,000-person directory in its reading order (a standalone script;
pytest ignores tests/benchmarks).

    .venv/bin/python tests/benchmarks/bench_directory.py [--people 20000]

The order is the one the panel shows: leaders first in protocol order (the mayor first), then organisations and
names by pinyin, each unit's head before its deputies and staff. SQLite cannot sort by pinyin or protocol, so two
Python functions give it keys, one call per row. The baseline, in the same run: the same page ordered by code
point with plain sqlite3.

Prints ONE JSON line: seconds (the first page through the services, keys computed afresh), warm_s (again, the
keys cached), baseline_s and ratio to the baseline.
"""

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from duty_desk.domain.directory import OrgKind
from duty_desk.domain.ids import uuid7
from duty_desk.domain.pinyin import search_key, sort_key
from duty_desk.services import accounts, directory
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database
from duty_desk.storage.models import Organisation, Person

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文海燕博浩然思源立群正"
TITLES = ("局长", "副局长", "主任", "副主任", "值班员", "科员", "联络员")
PAGE = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="dd-bench-directory-") as scratch:
        db = open_database(Path(scratch))
        try:
            services = Services(db)
            admin = accounts.create_first_admin(services, "bench", "基准", "Speed-trial-2026")
            with db.transaction() as session:
                orgs = [Organisation(id=uuid7(), name=f"北京市{''.join(rng.choices(GIVEN, k=3))}局{n}",
                                     kind=OrgKind.MUNICIPAL_DEPARTMENT.value, search_key="") for n in range(300)]
                session.add_all(orgs)
                session.flush()
                for n in range(args.people):
                    name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
                    session.add(Person(id=uuid7(), name=name, title=rng.choice(TITLES),
                                       organisation_id=orgs[n % 300].id, search_key=search_key(name),
                                       is_leader=n % 100 == 0))
            sort_key.cache_clear()
            started = time.perf_counter()
            first = directory.search_people(services, admin, limit=PAGE)
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            again = directory.search_people(services, admin, limit=PAGE)
            warm = time.perf_counter() - started
            assert [p.id for p in first] == [p.id for p in again] and len(first) == PAGE
        finally:
            db.dispose()
        conn = sqlite3.connect(Path(scratch) / db.path.name)
        try:
            started = time.perf_counter()
            rows = conn.execute(
                "SELECT p.* FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE NOT p.deleted "
                "ORDER BY p.is_leader DESC, o.kind DESC, o.name, p.name LIMIT ?", (PAGE,)).fetchall()
            baseline = time.perf_counter() - started
            assert len(rows) == PAGE
        finally:
            conn.close()
    print(json.dumps({"people": args.people, "seconds": round(seconds, 4), "warm_s": round(warm, 4),
                      "baseline_s": round(baseline, 4), "ratio": round(seconds / baseline, 1)}), flush=True)


if __name__ == "__main__":
    main()
