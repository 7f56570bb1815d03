"""Every command and subcommand of `duty-desk`, found by walking its argument parser (so a new command is
covered without a line here), run with hostile arguments: none may end in a traceback or an internal error."""

import argparse
import contextlib
import io
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from duty_desk import cli
from duty_desk.services import accounts
from duty_desk.services.context import Actor
from duty_desk.storage.database import DB_FILENAME

PASSWORD = "long-password-1"
SKIP = {("gui",)}  # opens the window
# The login's password then a new one; bytes that are not UTF-8; nothing at all.
STDINS = (f"{PASSWORD}\n{PASSWORD}x\n".encode(), b"\xff\xfe\x80\n", b"")


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...],
                                                                                         argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*path, name))


def _argv(parser: argparse.ArgumentParser, value: str) -> list[str]:
    """`value` in every positional and every option that takes a value."""
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.nargs == 0:
            continue
        if action.option_strings:
            argv += [action.option_strings[-1], value]
        else:
            argv.append(value)
    return argv


@pytest.fixture
def hostile_values(tmp_path: Path) -> list[str]:
    odd = tmp_path / os.fsdecode(b"odd-\xff\xfe-\xc3(-name.csv")
    odd.write_bytes(b"\xff\xfe\x00\x01")
    return ["", " ", "/dev/zero", "/dev/full", str(tmp_path), str(odd), "9" * 400, "-1", "2026-02-30",
            "--", "nonexistent/file.csv", "x" * 5000]


def test_every_command_with_hostile_arguments_says_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str],
                                                            memory_keyring: object, hostile_values: list[str]) -> None:
    folder = tmp_path / "data"
    monkeypatch.chdir(tmp_path)  # a hostile --out such as "-1" is a file name in the folder it runs from
    monkeypatch.setenv("PGHOST", str(tmp_path / "no-server"))  # an empty server URL reaches nothing real
    monkeypatch.setenv("PGPORT", "1")
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "2")
    # The login is real (the first one checks the password); later ones of the same user reuse its sealed actor,
    # so that a slow password hash does not make this test slow.
    real, known = accounts.authenticate, {}

    def authenticate(services: object, name: str, password: str) -> Actor:
        if (name, password) not in known:
            known[(name, password)] = real(services, name, password)  # type: ignore[arg-type]
        return known[(name, password)]

    monkeypatch.setattr(accounts, "authenticate", authenticate)

    def run(argv: list[str], stdin: bytes) -> str:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        with contextlib.suppress(SystemExit):  # argparse refusing an argument: its usage line
            cli.main(argv)
        out, err = capsys.readouterr()
        return out + err

    assert "first administrator" in run(["--data-dir", str(folder), "user", "add", "admin", "--role", "admin",
                                         "--password-stdin"], f"{PASSWORD}\n".encode())
    failures, runs = [], 0
    for path, parser in _leaves(cli.build_parser()):
        if path in SKIP:
            continue
        for n, value in enumerate(hostile_values):
            stdin = STDINS[(n + len(path)) % len(STDINS)]
            argv = ["--data-dir", str(folder), "--user", "admin", "--login-stdin", *path, *_argv(parser, value)]
            said = run(argv, stdin)
            runs += 1
            if "Traceback" in said or "internal error" in said:
                failures.append(f"{' '.join(map(repr, argv))}:\n{said}")
    for data_dir in ("", " ", "/dev/null", "/dev/full", str(tmp_path / "missing" / DB_FILENAME)):
        said = run(["--data-dir", data_dir, "user", "list"], b"")
        if "Traceback" in said or "internal error" in said:
            failures.append(f"--data-dir {data_dir!r}:\n{said}")
    assert failures == [], "\n\n".join(failures[:5])
    assert runs > 200


def test_an_empty_data_folder_path_is_refused_not_the_default_folder(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    default = tmp_path / "default"
    monkeypatch.setenv("DUTY_DESK_DATA_DIR", str(default))
    with pytest.raises(SystemExit) as info:
        cli.main(["--data-dir", "", "user", "list"])
    assert info.value.code == 2
    assert "an empty data folder path" in capsys.readouterr().err
    assert not default.exists()


def test_a_password_that_is_not_utf8_is_refused_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9-password-1\n")))
    code = cli.main(["--data-dir", str(tmp_path), "user", "add", "admin", "--role", "admin", "--password-stdin"])
    assert code == 2 and "standard input is not UTF-8 text" in capsys.readouterr().err


def test_a_listing_to_a_full_disk_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{PASSWORD}\n".encode())))
    cli.main(["--data-dir", str(tmp_path), "user", "add", "admin", "--role", "admin", "--password-stdin"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{PASSWORD}\n".encode())))
    full = open("/dev/full", "w")  # noqa: SIM115 - stands in for standard output
    monkeypatch.setattr(sys, "stdout", full)
    try:
        code = cli.main(["--data-dir", str(tmp_path), "--user", "admin", "--login-stdin", "incident", "list"])
    finally:
        monkeypatch.undo()
        full.close()  # nothing is left to flush: said once, then let go
    assert code == 2
    assert "No space left on device" in capsys.readouterr().err


def test_a_server_url_that_is_not_one_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], memory_keyring: object) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"workstation-password\n")))
    code = cli.main(["--data-dir", str(tmp_path), "connect", "--url", "notaurl", "--workstation", "ws1",
                     "--password-stdin"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "internal error" not in err and "notaurl" in err


def test_a_foreign_database_is_one_line_and_left_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / DB_FILENAME
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    for argv in (["db", "upgrade"], ["user", "list"], ["--user", "admin", "audit", "verify"]):
        assert cli.main(["--data-dir", str(tmp_path), *argv]) == 2
        assert "another program's database" in capsys.readouterr().err
    assert foreign.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == [DB_FILENAME]


def test_a_database_readable_by_others_is_made_private_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{PASSWORD}\n".encode())))
    assert cli.main(["--data-dir", str(tmp_path), "user", "add", "admin", "--role", "admin", "--password-stdin"]) == 0
    (tmp_path / DB_FILENAME).chmod(0o644)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(tmp_path), "db", "upgrade"]) == 0
    assert "was readable by other accounts; now only by its owner" in capsys.readouterr().err
    assert stat.S_IMODE((tmp_path / DB_FILENAME).stat().st_mode) == 0o600
