"""`duty-desk escalation list`: escalations in progress, the overdue ones alone, as CSV guarded against formulas."""

import csv
import io
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from escalation_support import duty, pattern, people, register

from duty_desk import cli
from duty_desk.domain.incidents import Severity
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, escalations
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database

Run = Callable[..., tuple[int, str, str]]
PASSWORD = "long-password-1"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two escalations in progress: one overdue (received 20 min ago, its leader within 10), one not yet."""
    folder = tmp_path / "data"
    db = open_database(folder)
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "Admin", PASSWORD)
        wang, = people(services, "=王带班")  # a name a spreadsheet would run
        duty(services, pattern(services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
        register(services, admin, utcnow() - timedelta(minutes=20), Severity.I)
        escalations.start(services, admin, register(services, admin, utcnow(), Severity.IV))
    finally:
        db.dispose()
    return folder


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path) -> Run:
    def call(*argv: object) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = cli.main(["--data-dir", str(folder), "--user", "admin", "--login-stdin", *(str(a) for a in argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_escalation_list_as_csv_overdue_first_and_guarded(run: Run) -> None:
    code, out, err = run("escalation", "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["incident", "summary", "severity", "step"]
    assert [(r[2], r[3], r[5], r[-1]) for r in rows[1:]] == [("I", "1 带班领导", "'=王带班", "yes"),
                                                              ("IV", "1 带班领导", "'=王带班", "no")]
    assert rows[1][8] == "13910000000"  # the mobile, unmasked for the administrator who escalates


def test_escalation_list_overdue_only_as_text(run: Run) -> None:
    code, out, _ = run("escalation", "list", "--overdue")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1 and "\tI\t" in lines[0] and "=王带班" in lines[0]
