"""Every export onto a disk that fills up half-way: a clear error, the earlier export intact, no half file and
no temporary file left. A real small tmpfs where this box allows mounting one (root), else a write that fails
half-way with ENOSPC, as a full disk does."""

import errno
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from duty_desk import cli
from duty_desk.services import demo, files
from duty_desk.services.directory_csv import CsvFormatError, export_csv
from duty_desk.services.workstation import open_workstation

EARLIER = b"the good export of yesterday\n"
ROOM = 4096  # what is left on the disk: less than any export here


class _HalfWrite:
    """A file whose write stops half-way with ENOSPC."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh

    def write(self, data: bytes) -> int:
        self.fh.write(data[:len(data) // 2])
        self.fh.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fh, name)

    def __enter__(self) -> "_HalfWrite":
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()


def _fill(filler: Path) -> None:
    with filler.open("ab", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder holding an earlier export, on a disk with only ROOM bytes left."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(folder)], capture_output=True).returncode == 0
    try:
        if mounted:
            filler = folder / "filler"
            _fill(filler)
            filler.unlink()
            (folder / "earlier").write_bytes(EARLIER)
            _fill(filler)  # again, then hand back ROOM
            os.truncate(filler, max(filler.stat().st_size - ROOM, 0))
        else:
            (folder / "earlier").write_bytes(EARLIER)
            real_mkstemp, real_fdopen, on_disk = tempfile.mkstemp, os.fdopen, set()

            def mkstemp(**where: Any) -> tuple[int, str]:
                fd, name = real_mkstemp(**where)
                if Path(name).parent == folder:
                    on_disk.add(fd)
                return fd, name

            monkeypatch.setattr(tempfile, "mkstemp", mkstemp)  # the module files.py writes through

            def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
                fh = real_fdopen(fd, *args, **kwargs)
                if fd in on_disk:
                    on_disk.discard(fd)  # its number is free for the next file once this one is closed
                    return _HalfWrite(fh)
                return fh

            monkeypatch.setattr(os, "fdopen", fdopen)
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)


def _intact(folder: Path, target: Path) -> None:
    assert target.read_bytes() == EARLIER
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    services = open_workstation(folder)
    demo.seed(services)
    services.db.dispose()
    return folder


Run = Callable[..., tuple[int, str]]


def _cli(folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    user, _display, _role, password = demo.DEMO_ACCOUNTS[0]

    def run(*argv: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{password}\n".encode())))
        capsys.readouterr()
        code = cli.main(["--data-dir", str(folder), "--user", user, "--login-stdin", *argv])
        out, err = capsys.readouterr()
        return code, out + err

    return run


def _first_number(run: Run) -> str:
    code, listing = run("incident", "list")
    assert code == 0
    return listing.splitlines()[1].split(",")[0]


def _exports(run: Run) -> dict[str, list[str]]:
    today = date.today()
    span = ["--from", today.replace(day=1).isoformat(), "--to", (today + timedelta(days=40)).isoformat()]
    return {"roster.pdf": ["roster", "export", *span, "--format", "pdf", "--out"],
            "roster.ics": ["roster", "export", *span, "--format", "ics", "--out"],
            "roster.csv": ["roster", "export", *span, "--format", "csv", "--out"],
            "incidents.csv": ["incident", "list", "--drills", "--out"],
            "report.pdf": ["report", "incident", _first_number(run), "--out"]}


@pytest.mark.parametrize("name", ["roster.pdf", "roster.ics", "roster.csv", "incidents.csv", "report.pdf"])
def test_a_command_line_export_onto_a_full_disk_leaves_the_earlier_file(
        name: str, demo_folder: Path, full_disk: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    run = _cli(demo_folder, monkeypatch, capsys)
    argv = _exports(run)[name]
    target = full_disk / name
    os.replace(full_disk / "earlier", target)
    code, said = run(*argv, str(target))
    assert code == 2 and f"cannot write {target}: No space left on device" in said, said
    _intact(full_disk, target)
    elsewhere = demo_folder.parent / name  # the same export where there is room: larger than the room left
    assert run(*argv, str(elsewhere))[0] == 0 and elsewhere.stat().st_size > ROOM


def test_the_directory_export_onto_a_full_disk_leaves_the_earlier_file(demo_folder: Path, full_disk: Path) -> None:
    services = open_workstation(demo_folder)
    try:
        user, _display, _role, password = demo.DEMO_ACCOUNTS[0]
        from duty_desk.services import accounts

        admin = accounts.authenticate(services, user, password)
        target = full_disk / "directory.csv"
        os.replace(full_disk / "earlier", target)
        with pytest.raises(CsvFormatError, match="No space left on device"):
            export_csv(services, admin, target)
        _intact(full_disk, target)
        elsewhere = demo_folder.parent / "directory.csv"
        assert export_csv(services, admin, elsewhere) > 100 and elsewhere.stat().st_size > ROOM
    finally:
        services.db.dispose()


def test_the_shared_writer_onto_a_full_disk_leaves_the_earlier_file(full_disk: Path) -> None:
    """What the window's exports (directory, roster, incident list and report, attachment copies) write through."""
    target = full_disk / "earlier"
    with pytest.raises(OSError) as info:
        files.write_atomic(target, os.urandom(3 * ROOM))
    assert info.value.errno == errno.ENOSPC and info.value.filename == str(target)
    _intact(full_disk, target)
