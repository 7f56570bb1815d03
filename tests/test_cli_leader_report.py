"""`duty-desk report leader-report NUMBER --out FILE.pdf`, driven through duty_desk.cli.main in-process."""

import io
import sys
from pathlib import Path

import pytest
from leader_support import incident, leaders
from pypdf import PdfReader

from duty_desk import cli
from duty_desk.services import accounts, leader_reports
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database

PASSWORD = "long-password-1"


def _number(folder: Path) -> str:
    db = open_database(folder)
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "Admin", PASSWORD)
        (zhou,) = leaders(services, admin, "周明远")
        report_id = leader_reports.draft(services, admin, incident(services, admin), addressee_ids=(zhou,))
        leader_reports.send(services, admin, report_id)
        return leader_reports.get(services, admin, report_id).number
    finally:
        db.dispose()


@pytest.mark.parametrize(("flags", "words"), [((), "值班信息专报"), (("--english",), "Proposed")])
def test_the_command_writes_the_report_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, flags: tuple[str, ...],
                                                 words: str) -> None:
    folder, out = tmp_path / "data", tmp_path / "report.pdf"
    number = _number(folder)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(folder), "--user", "admin", "--login-stdin", "report", "leader-report",
                     number, "--out", str(out), *flags])
    assert code == 0 and number in capsys.readouterr().out
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert words in text and number in text.replace(" ", "") and "周明远" in text


def test_an_unknown_number_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    _number(folder)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(folder), "--user", "admin", "--login-stdin", "report", "leader-report",
                     "〔2026〕第X-9期", "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code != 0 and "no written report numbered" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
