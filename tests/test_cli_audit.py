"""`duty-desk audit verify` and `audit export` on the command line, driven through cli.main in-process."""

import io
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from duty_desk import cli

ADMIN_PASSWORD = "office-password-1"
AUDITOR_PASSWORD = "auditor-password-1"
INITIAL_PASSWORD = "Initial-pass-9"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Run:
    def call(*argv: object, stdin: tuple[str, ...] = ()) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in stdin)))
        code = cli.main(["--data-dir", str(tmp_path / "data"), *(str(a) for a in argv)])
        out, err = capsys.readouterr()
        return code, out, err

    assert call("user", "add", "admin", "--role", "admin", "--password-stdin", stdin=(ADMIN_PASSWORD,))[0] == 0
    assert call("--user", "admin", "--login-stdin", "user", "add", "shenji", "--role", "audit_admin",
                "--password-stdin", stdin=(ADMIN_PASSWORD, INITIAL_PASSWORD))[0] == 0
    assert call("--user", "shenji", "--login-stdin", "user", "passwd", "shenji", "--password-stdin",
                stdin=(INITIAL_PASSWORD, AUDITOR_PASSWORD))[0] == 0  # the first login's change
    return call


def test_verify_says_intact_and_how_far_it_checked(run: Run) -> None:
    code, out, err = run("--user", "shenji", "--login-stdin", "audit", "verify", stdin=(AUDITOR_PASSWORD,))
    assert code == 0, err
    assert "audit trail intact" in out and "not linked" in out


def test_verify_names_an_account_changed_behind_the_services(run: Run, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "data" / "duty-desk.sqlite3")
    conn.execute("UPDATE users SET role = 'security_admin' WHERE username = 'admin'")
    conn.commit()
    conn.close()
    code, _out, err = run("--user", "shenji", "--login-stdin", "audit", "verify", stdin=(AUDITOR_PASSWORD,))
    assert code == 3
    assert "account admin" in err and "changed outside Duty Desk" in err


def test_the_audit_administrator_exports_by_day(run: Run, tmp_path: Path) -> None:
    out_file = tmp_path / "trail.csv"
    code, out, err = run("--user", "shenji", "--login-stdin", "audit", "export", out_file, "--since", "2026-01-01",
                         stdin=(AUDITOR_PASSWORD,))
    assert code == 0, err
    assert "exported" in out
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbfworkstation,seq,")
    with pytest.raises(SystemExit) as info:  # argparse's usage message, before any login
        run("--user", "shenji", "--login-stdin", "audit", "export", out_file, "--until", "not-a-day")
    assert info.value.code == 2
