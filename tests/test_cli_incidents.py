"""`duty-desk report incident` and `duty-desk incident list`, driven through duty_desk.cli.main in-process."""

import csv
import io
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from duty_desk import cli
from duty_desk.domain.incidents import Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import accounts, incidents
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database

Run = Callable[..., tuple[int, str, str]]
ADMIN_PASSWORD = "long-password-1"
DRILL = '=HYPERLINK("http://evil.example","演练")'  # a summary a spreadsheet would run


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path) -> Run:
    """`duty-desk --data-dir FOLDER --user admin --login-stdin ARGS` in this process: (exit code, stdout, stderr)."""

    def call(*argv: object) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = cli.main(["--data-dir", str(folder), "--user", "admin", "--login-stdin", *(str(a) for a in argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def numbers(folder: Path) -> dict[str, str]:
    """Three incidents received an hour apart (the middle one a drill); their numbers by name."""
    db = open_database(folder)
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "Admin", ADMIN_PASSWORD)
        now = utcnow()
        made = {}
        for name, hours, extra in (("oldest", 3, {"district_code": "110105", "severity": Severity.III}),
                                   ("drill", 2, {"drill": True, "district_code": "110108"}),
                                   ("newest", 1, {"severity": Severity.II})):
            data = IncidentData(received_at=now - timedelta(hours=hours), source=Source.PHONE,
                                summary=DRILL if name == "drill" else f"{name}：燃气泄漏, \"已疏散\"", **extra)
            incident_id, made[name] = incidents.register(services, admin, data)
            if name == "oldest":
                incidents.add_follow_up(services, admin, incident_id, "漏点已封堵", now - timedelta(hours=2),
                                        Source.PHONE)
                incidents.set_status(services, admin, incident_id, Status.HANDLING)
        made["oldest_received"] = format_beijing(now - timedelta(hours=3))
        return made
    finally:
        db.dispose()


def test_report_incident_writes_a_readable_pdf(run: Run, numbers: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    code, stdout, err = run("report", "incident", numbers["oldest"], "--out", out)
    assert code == 0, err
    assert numbers["oldest"] in stdout and str(out) in stdout
    pages = PdfReader(str(out)).pages
    text = "".join(p.extract_text() for p in pages)
    assert "突发事件信息报告" in text and numbers["oldest"] in text and "续报一" in text
    assert f"第 1 页 共 {len(pages)} 页" in pages[0].extract_text()


def test_report_incident_in_english(run: Run, numbers: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report-en.pdf"
    assert run("report", "incident", numbers["oldest"], "--out", out, "--english")[0] == 0
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert f"No. {numbers['oldest']}" in text and "Follow-up report 1" in text and "续报" not in text


def test_report_incident_of_a_drill_is_marked(run: Run, numbers: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "drill.pdf"
    assert run("report", "incident", numbers["drill"], "--out", out)[0] == 0
    assert "【演练】" in PdfReader(str(out)).pages[0].extract_text()


def test_an_unknown_number_is_a_clear_error(run: Run, numbers: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    code, _, err = run("report", "incident", "2026-XXXX-9999", "--out", out)
    assert code == 2
    assert "no incident numbered 2026-XXXX-9999" in err
    assert not out.exists()


def test_an_unwritable_out_file_is_a_clear_error(run: Run, numbers: dict[str, str], tmp_path: Path) -> None:
    code, _, err = run("report", "incident", numbers["oldest"], "--out", tmp_path / "missing" / "r.pdf")
    assert code == 2 and "cannot write" in err


def test_incident_list_csv_newest_first_without_drills(run: Run, numbers: dict[str, str]) -> None:
    code, out, err = run("incident", "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["number"] for r in rows] == [numbers["newest"], numbers["oldest"]]
    assert list(rows[0]) == ["number", "received", "severity", "status", "district", "summary"]
    oldest = rows[1]
    assert oldest["received"] == numbers["oldest_received"]  # Beijing time, "2026-11-25 14:05"
    assert (oldest["severity"], oldest["status"], oldest["district"]) == ("III", "handling", "朝阳区")
    assert oldest["summary"] == "oldest：燃气泄漏, \"已疏散\""  # commas and quotes survive
    assert (rows[0]["severity"], rows[0]["status"], rows[0]["district"]) == ("II", "new", "")


def test_incident_list_shows_drills_when_asked(run: Run, numbers: dict[str, str]) -> None:
    code, out, _ = run("incident", "list", "--format", "csv", "--drills")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["number"] for r in rows] == [numbers["newest"], numbers["drill"], numbers["oldest"]]
    assert rows[1]["district"] == "海淀区" and rows[1]["summary"] == "'" + DRILL  # read as text


def test_incident_list_to_a_file(run: Run, numbers: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    code, stdout, _ = run("incident", "list", "--format", "csv", "--out", out)
    assert code == 0 and "2 incidents" in stdout
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["number"] for r in rows] == [numbers["newest"], numbers["oldest"]]
