"""The command line's login: `duty-desk --user NAME [--login-stdin] COMMAND`, driven through cli.main in-process."""

import io
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from duty_desk import cli
from duty_desk.domain.validation import PasswordPolicy
from duty_desk.services.directory_csv import HEADER
from duty_desk.storage.database import DB_FILENAME

Run = Callable[..., tuple[int, str, str]]
ADMIN_PASSWORD = "long-password-1"
OFFICER_PASSWORD = "long-password-2"
INITIAL_PASSWORD = "Initial-pass-9"


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
                       "--password-stdin", stdin=(ADMIN_PASSWORD, INITIAL_PASSWORD))
    assert code == 0, err
    # Her initial password is the administrator's: she changes it at her first login.
    code, _, err = run("--user", "lina", "--login-stdin", "user", "passwd", "lina", "--password-stdin",
                       stdin=(INITIAL_PASSWORD, OFFICER_PASSWORD))
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
    for _ in range(PasswordPolicy().lockout_threshold):
        code, out, err = run("--user", "lina", "--login-stdin", "sync", "--status", stdin=("wrong-password",))
        assert (code, out) == (2, "")
        assert err == "duty-desk: error: wrong user name or password\n" or "locked" in err
    code, out, err = run("--user", "lina", "--login-stdin", "sync", "--status", stdin=(OFFICER_PASSWORD,))
    assert code == 2 and out == "" and "locked" in err and err.count("\n") == 1 and "Traceback" not in err
    assert "(Beijing time)" in err  # as the window says it, never UTC
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
                         "--password-stdin", stdin=(ADMIN_PASSWORD, INITIAL_PASSWORD))
    assert code == 0 and "shen (audit_admin)" in out, err
    code, out, err = run("--user", "shen", "--login-stdin", "user", "passwd", "shen", "--password-stdin",
                         stdin=(INITIAL_PASSWORD, "long-password-4"))
    assert code == 0, err
    code, out, err = run("--user", "admin", "--login-stdin", "user", "add", "mallory", "--role", "admin",
                         "--password-stdin", stdin=(ADMIN_PASSWORD, "long-password-5"))
    assert code == 2 and out == "" and "no longer given" in err  # only the first account of a folder is `admin`
    code, out, err = run("--user", "admin", "--login-stdin", "audit", "verify", stdin=(ADMIN_PASSWORD,))
    assert code == 2 and out == "" and "may not view audit" in err
    code, out, err = run("--user", "shen", "--login-stdin", "audit", "verify", stdin=("long-password-4",))
    assert code == 0 and "intact" in out, err


# --- accounts (issue 11, item 4) -----------------------------------------------------------------------------

def _as(run: Run, user: str, password: str, *argv: object, stdin: tuple[str, ...] = ()) -> tuple[int, str, str]:
    return run("--user", user, "--login-stdin", *argv, stdin=(password, *stdin))


@pytest.fixture
def admins(run: Run, office: None) -> None:
    """A security and a system administrator, each past the first change of their initial password."""
    for name, role in (("anquan", "security_admin"), ("xitong", "system_admin")):
        code, _, err = _as(run, "admin", ADMIN_PASSWORD, "user", "add", name, "--role", role, "--password-stdin",
                           stdin=(INITIAL_PASSWORD,))
        assert code == 0, err
        code, _, err = _as(run, name, INITIAL_PASSWORD, "user", "passwd", name, "--password-stdin",
                           stdin=(ADMIN_PASSWORD,))
        assert code == 0, err


@pytest.mark.usefixtures("office")
def test_an_initial_password_allows_nothing_but_changing_it(run: Run) -> None:
    code, _, err = _as(run, "admin", ADMIN_PASSWORD, "user", "add", "wang", "--role", "reception",
                       "--password-stdin", stdin=(INITIAL_PASSWORD,))
    assert code == 0, err
    code, out, err = _as(run, "wang", INITIAL_PASSWORD, "sync", "--status")
    assert code == 2 and out == "" and "user passwd wang" in err and "Traceback" not in err
    code, out, err = _as(run, "wang", INITIAL_PASSWORD, "user", "passwd", "lina", "--password-stdin",
                         stdin=("Someone-else-1",))  # another's password: refused like any other command
    assert code == 2 and "user passwd wang" in err
    code, out, err = _as(run, "wang", INITIAL_PASSWORD, "user", "passwd", "wang", "--password-stdin",
                         stdin=("wang-password",))
    assert code == 2 and "at least 3 of upper case" in err
    code, out, err = _as(run, "wang", INITIAL_PASSWORD, "user", "passwd", "wang", "--password-stdin",
                         stdin=("Front-desk-2026",))
    assert code == 0, err
    code, out, err = _as(run, "wang", "Front-desk-2026", "sync", "--status")
    assert code == 0, err


@pytest.mark.usefixtures("admins")
def test_disable_enable_role_unlock_and_list(run: Run, folder: Path) -> None:
    code, out, err = _as(run, "xitong", ADMIN_PASSWORD, "user", "disable", "lina")
    assert code == 0 and "lina disabled" in out, err
    code, out, err = _as(run, "lina", OFFICER_PASSWORD, "sync", "--status")
    assert code == 2 and "disabled" in err
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "enable", "lina")  # not the security admin's
    assert code == 2 and "may not manage users" in err
    assert _as(run, "xitong", ADMIN_PASSWORD, "user", "enable", "lina")[0] == 0
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "role", "lina", "shift_leader")
    assert code == 0 and "lina is now shift_leader" in out, err
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "role", "anquan", "system_admin")
    assert code == 2 and "your own" in err
    for _ in range(PasswordPolicy().lockout_threshold):
        _as(run, "lina", "Wrong-password-1", "sync", "--status")
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "list")
    line = next(row for row in out.splitlines() if row.startswith("lina "))
    assert code == 0 and "shift_leader" in line and "locked until" in line and "0 days" in line, out
    assert _as(run, "xitong", ADMIN_PASSWORD, "user", "unlock", "lina")[0] == 2  # the security admin's
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "unlock", "lina")
    assert code == 0 and "lina unlocked" in out, err
    assert _as(run, "lina", OFFICER_PASSWORD, "sync", "--status")[0] == 0
    actions = [a for _, a in _trail(folder)]
    assert {"disable_user", "enable_user", "change_role", "account_locked", "unlock_account"} <= set(actions)


@pytest.mark.usefixtures("admins")
def test_the_policy_is_the_security_administrators(run: Run) -> None:
    code, out, err = _as(run, "lina", OFFICER_PASSWORD, "user", "policy")
    assert code == 0 and "min-length" in out and "10" in out, err
    code, out, err = _as(run, "xitong", ADMIN_PASSWORD, "user", "policy", "--min-length", "12")
    assert code == 2 and "may not set password policy" in err
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "policy", "--min-length", "12", "--history", "99")
    assert code == 2 and "history: must be between 0 and 24" in err
    code, out, err = _as(run, "anquan", ADMIN_PASSWORD, "user", "policy", "--min-length", "16")
    assert code == 0 and "saved" in out, err
    code, out, err = _as(run, "lina", OFFICER_PASSWORD, "user", "passwd", "lina", "--password-stdin",
                         stdin=("Long-enough-1",))
    assert code == 2 and "at least 16 characters" in err


@pytest.mark.usefixtures("office")
def test_a_refused_import_counts_its_bad_rows_in_plain_english(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(",".join(HEADER) + "\nperson,张伟,,,,,,999,,,,,,\n", encoding="utf-8")
    code, out, err = _as(run, "admin", ADMIN_PASSWORD, "directory", "import", bad)
    assert code == 1 and out == "" and "nothing imported: 1 bad row\n" in err, err
