"""The command line's login: `duty-desk --user NAME [--login-stdin] COMMAND`, driven through cli.main in-process."""

import io
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from duty_desk import cli
from duty_desk.services import accounts
from duty_desk.storage.database import DB_FILENAME

Run = Callable[..., tuple[int, str, str]]
ADMIN_PASSWORD = "long-password-1"
OFFICER_PASSWORD = "long-password-2"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path) -> Run:
    """`duty-desk --data-dir FOLDER ARGS` with `stdin` lines fed to it: (exit code, stdout, stderr)."""

    def call(*argv: object, stdin: tuple[str, ...] = ()) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in stdin)))
        code = cli.main(["--data-dir", str(folder), *(str(a) for a in argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def office(run: Run) -> None:
    """The first administrator (no login: there is no one yet) and a duty officer she adds."""
    code, out, err = run("user", "add", "admin", "--role", "admin", "--password-stdin", stdin=(ADMIN_PASSWORD,))
    assert code == 0 and "first administrator" in out, err
    code, _, err = run("--user", "admin", "--login-stdin", "user", "add", "lina", "--role", "duty_officer",
                       "--password-stdin", stdin=(ADMIN_PASSWORD, OFFICER_PASSWORD))
    assert code == 0, err


def _trail(folder: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        return [(r[0], r[1]) for r in conn.execute("SELECT actor_name, action FROM audit_log ORDER BY seq")]
    finally:
        conn.close()


def test_the_first_account_needs_no_login_and_must_be_an_administrator(run: Run, folder: Path) -> None:
    code, out, err = run("user", "add", "lina", "--role", "duty_officer", "--password-stdin",
                         stdin=(OFFICER_PASSWORD,))
    assert code == 2 and out == "" and "first account must be an administrator" in err
    code, _, err = run("user", "list")
    assert code == 2 and "no account yet" in err and "user add NAME --role admin" in err


@pytest.mark.usefixtures("office")
def test_the_trail_names_the_user_who_logged_in(run: Run, folder: Path) -> None:
    assert ("admin", "create_user") in _trail(folder)
    assert all(name != "console" for name, _ in _trail(folder))
    code, out, err = run("--user", "lina", "--login-stdin", "user", "passwd", "lina", "--password-stdin",
                         stdin=(OFFICER_PASSWORD, "long-password-3"))  # the new password on the following line
    assert code == 0 and "password changed for lina" in out, err
    assert _trail(folder)[-2:] == [("lina", "login"), ("lina", "change_password")]


@pytest.mark.usefixtures("office")
def test_a_command_needs_a_login_and_the_role_for_it(run: Run) -> None:
    code, out, err = run("user", "list")
    assert code == 2 and out == "" and "--user NAME user" in err
    code, out, err = run("--user", "lina", "--login-stdin", "user", "list", stdin=(OFFICER_PASSWORD,))
    assert code == 2 and out == "" and "may not view accounts" in err
    code, out, err = run("--user", "admin", "--login-stdin", "user", "list", stdin=(ADMIN_PASSWORD,))
    assert code == 0 and "lina" in out


@pytest.mark.usefixtures("office")
def test_a_wrong_password_is_one_line_and_counts_toward_the_lockout(run: Run, folder: Path) -> None:
    for _ in range(accounts.MAX_FAILURES):
        code, out, err = run("--user", "lina", "--login-stdin", "sync", "--status", stdin=("wrong-password",))
        assert (code, out) == (2, "")
        assert err == "duty-desk: error: wrong user name or password\n" or "locked" in err
    code, out, err = run("--user", "lina", "--login-stdin", "sync", "--status", stdin=(OFFICER_PASSWORD,))
    assert code == 2 and out == "" and "locked" in err and err.count("\n") == 1 and "Traceback" not in err
    assert ("lina", "login_failed") in _trail(folder)


@pytest.mark.usefixtures("office")
def test_without_a_terminal_the_password_comes_only_from_login_stdin(run: Run) -> None:
    code, out, err = run("--user", "admin", "user", "list", stdin=(ADMIN_PASSWORD,))  # stdin is no terminal
    assert code == 2 and out == "" and "--login-stdin" in err


@pytest.mark.usefixtures("office")
def test_the_database_upgrade_needs_no_login(run: Run) -> None:
    code, out, err = run("db", "upgrade")
    assert code == 0 and "up to date" in out, err


@pytest.mark.usefixtures("office")
def test_todays_administrator_makes_the_three_administrators_and_only_the_auditor_reads_the_trail(run: Run) -> None:
    code, out, err = run("--user", "admin", "--login-stdin", "user", "add", "shen", "--role", "audit_admin",
                         "--password-stdin", stdin=(ADMIN_PASSWORD, "long-password-4"))
    assert code == 0 and "shen (audit_admin)" in out, err
    code, out, err = run("--user", "admin", "--login-stdin", "user", "add", "mallory", "--role", "admin",
                         "--password-stdin", stdin=(ADMIN_PASSWORD, "long-password-5"))
    assert code == 2 and out == "" and "never admin" in err  # only the first account of a folder is `admin`
    code, out, err = run("--user", "admin", "--login-stdin", "audit", "verify", stdin=(ADMIN_PASSWORD,))
    assert code == 2 and out == "" and "may not view audit" in err
    code, out, err = run("--user", "shen", "--login-stdin", "audit", "verify", stdin=("long-password-4",))
    assert code == 0 and "intact" in out, err
