"""`duty-desk supervision list` and `duty-desk report supervision-notice / implementation`, in-process."""

import csv
import io
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from supervision_support import instruction, office, tasks

from duty_desk import cli
from duty_desk.domain.supervision import code_of
from duty_desk.services import accounts
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database

Run = Callable[..., tuple[int, str, str]]
PASSWORD = "long-password-1"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def made(folder: Path) -> dict[str, str]:
    """An instruction and its two tasks (feedback due in two days), by name."""
    db = open_database(folder)
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "Admin", PASSWORD)
        place = office(services, admin)
        first = instruction(services, admin, place)
        water, district = tasks(services, admin, place, first, feedback_in=timedelta(days=2))
        return {"instruction": first, "water": water, "district": district}
    finally:
        db.dispose()


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path) -> Run:
    def call(*argv: object) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = cli.main(["--data-dir", str(folder), "--user", "admin", "--login-stdin", *(str(a) for a in argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_list_as_csv_filtered_by_department_and_overdue(run: Run, made: dict[str, str]) -> None:
    code, out, err = run("supervision", "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["department"] for r in rows} == {"市水务局", "朝阳区人民政府"}
    assert {r["code"] for r in rows} == {code_of(made["water"]), code_of(made["district"])}
    assert rows[0]["state"] == "Issued" and rows[0]["instruction"] == code_of(made["instruction"])
    code, out, _ = run("supervision", "list", "--department", "水务")
    assert code == 0 and "市水务局" in out and "朝阳区" not in out
    code, out, _ = run("supervision", "list", "--overdue")
    assert code == 0 and out == "no supervision tasks\n"


def test_reports_are_written_by_code(run: Run, made: dict[str, str], tmp_path: Path) -> None:
    notice = tmp_path / "notice.pdf"
    code, _, err = run("report", "supervision-notice", code_of(made["water"]).lower(), "--out", notice)
    assert code == 0, err
    assert "督办通知单" in PdfReader(notice).pages[0].extract_text()
    report = tmp_path / "report.pdf"
    code, _, err = run("report", "implementation", code_of(made["instruction"]), "--out", report, "--english")
    assert code == 0, err
    assert "2 units supervised" in PdfReader(report).pages[0].extract_text().replace("\n", " ")


def test_an_unknown_code_is_one_line_naming_it(run: Run, made: dict[str, str], tmp_path: Path) -> None:
    code, _, err = run("report", "supervision-notice", "NOPE1234", "--out", tmp_path / "x.pdf")
    assert code != 0 and "NOPE1234" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
