"""Incident list benchmark: the first screen of 1,000,000 incidents (a standalone script; pytest ignores it).

    .venv/bin/python tests/benchmarks/bench_list.py [--incidents 1000000] [--keep DIR]

What it does, in one run:
  1. a fresh workstation database gets INCIDENTS generated incidents (bench_search's generator and loader: the
     same realistic rows, the last month's partly open, older ones closed), the search index built in bulk;
  2. the list's real table model (ui.models.IncidentModel, offscreen Qt) is reset and its first page fetched and
     every visible cell read, for the default order (most urgent first), for a filter (closed, one district),
     for the severity order and for a date range -> the median of each (`first_screen_ms` is the default);
  3. the baseline, in the same run on the same table: the plain query of one page newest first (sqlite3, no
     clocks, no model) -> baseline_ms, and the ratio of the default first screen to it.

Prints ONE JSON line on stdout; details go to stderr. The target: first_screen_ms under 300.
"""

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent.parent))

from bench_search import SEED, log, workstation  # noqa: E402
from PySide6.QtCore import QEventLoop, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from duty_desk.domain.deadlines import parse_profile  # noqa: E402
from duty_desk.domain.incident_query import IncidentQuery, SortKey  # noqa: E402
from duty_desk.domain.incidents import Status  # noqa: E402
from duty_desk.paths import resource  # noqa: E402
from duty_desk.ui.background import Background, DataBus  # noqa: E402
from duty_desk.ui.models.incident_model import IncidentModel  # noqa: E402
from duty_desk.ui.operations import Operations  # noqa: E402

INCIDENTS = 1_000_000
REPEATS = 9
SCREEN_ROWS = 30  # what a 1080-pixel screen shows


def median_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=INCIDENTS)
    parser.add_argument("--keep", type=Path, help="use (and keep) this data folder; reuse it if already loaded")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="dd-bench-list-") as scratch:
        db, services, actor = workstation(args.keep or Path(scratch), args.incidents, SEED, bulk=True)
        try:
            profile = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))
            model = IncidentModel(Operations(Background(), DataBus()), services, actor, profile)
            arrived = QEventLoop()
            model.loaded.connect(arrived.quit)

            def reload() -> None:
                """The first page is read off the GUI thread, as in the panel: until it is back."""
                model.reload()
                arrived.exec()

            def first_screen(query: IncidentQuery) -> Callable[[], object]:
                def run() -> object:
                    model.query = query
                    reload()
                    cells = [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                             for r in range(min(SCREEN_ROWS, model.rowCount(QModelIndex())))
                             for c in range(model.columnCount())]
                    assert cells, "the first screen is empty"
                    return cells
                return run

            default = IncidentQuery()
            variants = {
                "first_screen_ms": default,
                "filtered_ms": replace(default, statuses=frozenset({Status.CLOSED}), district_code="110105"),
                "severity_order_ms": replace(default, sort=SortKey.SEVERITY),
                "date_range_ms": replace(default, received_from=datetime(2024, 3, 1, tzinfo=UTC),
                                         received_to=datetime(2024, 3, 8, tzinfo=UTC)),
            }
            result = {key: median_ms(first_screen(query)) for key, query in variants.items()}
            model.query = default
            reload()
            open_rows = sum(1 for r in model.rows if r.view.status is not Status.CLOSED)
            log(f"open incidents on the first page: {open_rows} of {len(model.rows)}")
            raw = sqlite3.connect(db.path)
            try:
                plain = ("SELECT * FROM incidents WHERE deleted = 0 AND drill = 0 "
                         "ORDER BY received_at DESC, id DESC LIMIT 200")
                result["baseline_ms"] = median_ms(lambda: raw.execute(plain).fetchall())
            finally:
                raw.close()
            result["ratio"] = round(result["first_screen_ms"] / max(result["baseline_ms"], 0.01), 1)
        finally:
            db.dispose()
    app.quit()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
