"""A PostgreSQL server for the tests: DUTY_DESK_TEST_PG_URL, or a throwaway cluster started here.

With DUTY_DESK_REQUIRE_PG=1 (set by .ci/run) a missing server fails the run instead of skipping those tests.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root; the packaged 'postgres' user runs the throwaway cluster then.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class Cluster:
    def __init__(self, durable: bool = False) -> None:
        """`durable`: fsync on, as the office's server runs (the benchmarks); the tests run without it."""
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        initdb = shutil.which("initdb") or (bins[-1] if bins else None)
        if initdb is None:
            raise RuntimeError("no PostgreSQL server binaries (initdb) found")
        self.bin = Path(initdb).parent
        self.dir = Path(tempfile.mkdtemp(prefix="duty-desk-pg-"))
        os.chmod(self.dir, 0o777)
        self.data = self.dir / "data"
        self.port = _free_port()
        subprocess.run(_as_postgres([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                                     "-A", "trust", "-E", "UTF8", "--no-locale"]),
                       check=True, capture_output=True)
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync={'on' if durable else 'off'}"
        subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w",
                                     "-l", str(self.dir / "log"), "start"]), check=True, capture_output=True)
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
