"""Files brought to the imports as a careless or hostile person would: each is refused whole with where and why,
and nothing is imported (all rows or none)."""

import io
import sys
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duty_desk import cli
from duty_desk.domain.directory import PersonData
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory, roster, roster_import
from duty_desk.services.context import Actor, Services
from duty_desk.services.directory_csv import HEADER, CsvFormatError, import_csv
from duty_desk.storage.database import open_database
from duty_desk.storage.models import Organisation, Person

CANONICAL = ",".join(HEADER)


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    return path


def _people(services: Services) -> int:
    with services.db.session() as s:
        return (s.scalar(select(func.count()).select_from(Person)) or 0) + (
            s.scalar(select(func.count()).select_from(Organisation)) or 0)


def _refused(services: Services, admin: Actor, path: Path, *words: str) -> str:
    with pytest.raises(CsvFormatError) as info:
        import_csv(services, admin, path, dry_run=True)
    with pytest.raises(CsvFormatError):
        import_csv(services, admin, path)
    message = str(info.value)
    assert all(w in message for w in words), message
    assert _people(services) == 0
    return message


def test_an_unclosed_quote_is_refused_with_its_line_not_swallowing_the_rows_after(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    text = (f"{CANONICAL}\nperson,张伟,,,,,,13900000001,,,,,,ok\nperson,李娜,,,,,,13900000002,,,,,,\"no end\n"
            "person,王磊,,,,,,13900000003,,,,,,\nperson,刘洋,,,,,,13900000004,,,,,,\n")
    _refused(services, admin, _file(tmp_path, text.encode()), "line 3", "never closed")


def test_a_stray_quote_is_refused_with_its_line(services: Services, admin: Actor, tmp_path: Path) -> None:
    text = (f"{CANONICAL}\nperson,张伟,,,,,,13900000001,,,,,,ok\nperson,\"李娜\"x,,,,,,13900000002,,,,,,\n"
            "person,王磊,,,,,,13900000003,,,,,,\"a\"\n")
    _refused(services, admin, _file(tmp_path, text.encode()), "line 3", "stray quote")


def test_latin1_is_refused_naming_the_encodings_read_not_imported_as_gb18030(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    text = f"{CANONICAL}\nperson,Müller,,,,Referent,,13900000001,,,,,,\nperson,Jäger,,,,,,,,,,,,\n"
    message = _refused(services, admin, _file(tmp_path, text.encode("latin-1")), "UTF-8", "GB18030", "line 2",
                       "M黮ler")
    assert "Latin-1" in message


def test_real_gb18030_with_uncommon_name_characters_is_still_read(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    text = f"{CANONICAL}\nperson,朱镕基,,,,顾问,,13900000001,,,,,,\nperson,王堃,,,,,,13900000002,,,,,,备注：A座\n"
    report = import_csv(services, admin, _file(tmp_path, text.encode("gb18030")))
    assert report.ok and report.created == 2
    assert {p.data.name for p in directory.search_people(services, admin, "")} == {"朱镕基", "王堃"}


def test_dev_zero_is_refused_at_once_by_the_bytes_read(services: Services, admin: Actor) -> None:
    started = time.monotonic()
    _refused(services, admin, Path("/dev/zero"), "larger than 20 MB")
    assert time.monotonic() - started < 10


def test_a_folder_is_refused_as_unreadable(services: Services, admin: Actor, tmp_path: Path) -> None:
    _refused(services, admin, tmp_path, "cannot read")


def test_a_cell_of_200000_characters_is_refused_with_its_line_and_column(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    text = f"{CANONICAL}\nperson,张伟,,,,,,13900000001,,,,,,\nperson,李娜,,,,,,13900000002,,,,,,{'长' * 200_000}\n"
    _refused(services, admin, _file(tmp_path, text.encode()), "line 3", "column 14 (notes)", "200000 characters")


def test_999_is_not_a_mobile_number(services: Services, admin: Actor, tmp_path: Path) -> None:
    report = import_csv(services, admin, _file(tmp_path, f"{CANONICAL}\nperson,张伟,,,,,,999,,,,,,\n".encode()))
    assert not report.ok and report.errors[0].line == 2 and "mobile" in report.errors[0].reason
    assert _people(services) == 0


ROSTER = "day,shift,position,person\n2026-03-02,24h,officer,张伟\n2026-03-02,24h,leader,陈静\n"


@pytest.fixture
def office(services: Services, admin: Actor) -> str:
    for n, name in enumerate(("张伟", "陈静")):
        directory.save_person(services, admin, PersonData(name=name, mobile=f"1390000000{n}"))
    return roster.save_pattern(services, admin, "总值班室", "24h", clock(8, 30), officers=1)


def test_a_roster_with_a_stray_quote_or_a_huge_cell_is_refused_with_its_line(
        services: Services, admin: Actor, office: str) -> None:
    with pytest.raises(ValidationError, match="line 3: a stray quote"):
        roster_import.import_roster(services, admin, "总值班室", ROSTER.replace(",leader,", ',"leader"x,'))
    with pytest.raises(ValidationError, match="line 2: a quote opened here is never closed"):
        roster_import.import_roster(services, admin, "总值班室", ROSTER.replace(",officer,", ',"officer,'))
    with pytest.raises(ValidationError, match=r"line 2, column 4 \(person\)"):
        roster_import.import_roster(services, admin, "总值班室", ROSTER.replace("张伟", "张" * 200_000))
    assert roster.duties(services, admin, *roster.day_range(date(2026, 3, 2), date(2026, 3, 2))) == []


def test_the_command_line_imports_a_gb18030_roster_like_the_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    db = open_database(folder)
    services = Services(db)
    admin = accounts.create_first_admin(services, "admin", "Admin", "long-password-1")
    for n, name in enumerate(("张伟", "陈静")):
        directory.save_person(services, admin, PersonData(name=name, mobile=f"1390000000{n}"))
    roster.save_pattern(services, admin, "总值班室", "24h", clock(8, 30), officers=1)
    db.dispose()
    path = tmp_path / "roster.csv"

    def run(*argv: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"long-password-1\n")))
        code = cli.main(["--data-dir", str(folder), "--user", "admin", "--login-stdin", *argv])
        out, err = capsys.readouterr()
        return code, out + err

    path.write_bytes(ROSTER.encode("gb18030"))
    assert run("roster", "import", str(path), "--pattern", "总值班室") == (0, "imported 2 duties\n")
    path.write_text("day,shift,position,person\n2026-03-04,24h,officer,陈静\n", encoding="utf-8")
    assert run("roster", "import", str(path), "--pattern", "总值班室", "--dry-run") == (0, "would import 1 duty\n")
    path.write_bytes("day,shift,position,person\n2026-03-02,24h,officer,Müller\n".encode("latin-1"))
    code, said = run("roster", "import", str(path), "--pattern", "总值班室")
    assert code == 1 and "neither UTF-8 nor GB18030" in said and "codec" not in said
    code, said = run("roster", "import", "/dev/zero", "--pattern", "总值班室")
    assert code == 1 and "larger than 20 MB" in said
