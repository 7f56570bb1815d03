"""Audit verify benchmark: `audit verify` over a trail of 100,000 signed entries (a standalone script; pytest
ignores tests/benchmarks).

    .venv/bin/python tests/benchmarks/bench_audit_verify.py [--entries 100000]

The entries are written by the product's own audit.record (signed, chained), in transactions of 1,000. Verify
checks every hash and link and one signature per chain (the chain makes the last cover the rest). The baseline,
in the same run: reading the same rows with plain sqlite3 and hashing each with SHA-256, as the unkeyed
verify did.

Prints ONE JSON line: seconds (verify through the services), baseline_s and ratio to the baseline.
"""

import argparse
import hashlib
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.services import accounts, audit
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "data")
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "管理员", "admin-password-1")
        for start in range(1, args.entries, 1000):
            with services.write(admin, None) as session:
                for i in range(start, min(start + 1000, args.entries)):
                    audit.record(session, admin, AuditAction.UPDATE_ORG, "organisations", f"org-{i}",
                                 before={"name": f"单位{i}"}, after={"name": f"单位{i}号"})
        started = time.perf_counter()
        result = audit.check_trail(services, admin)
        seconds = time.perf_counter() - started
        assert result.problems == [], result.problems
        started = time.perf_counter()
        conn = sqlite3.connect(db.path)
        for row in conn.execute("SELECT * FROM audit_log ORDER BY origin_site, seq"):
            hashlib.sha256(json.dumps([str(v) for v in row]).encode()).hexdigest()
        conn.close()
        baseline = time.perf_counter() - started
        db.dispose()
    print(json.dumps({"benchmark": "audit_verify", "entries": args.entries, "seconds": round(seconds, 3),
                      "baseline_s": round(baseline, 3), "ratio": round(seconds / baseline, 2)}))


if __name__ == "__main__":
    main()
