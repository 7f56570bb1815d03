"""CSV import/export of the directory, against real SQLite files."""

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from account_support import add_and_log_in
from sqlalchemy import func, select

from duty_desk.domain.directory import OrgData, OrgKind, PersonData
from duty_desk.domain.roles import Role
from duty_desk.services import accounts
from duty_desk.services.context import Actor, Services
from duty_desk.services.directory import organisations, save_org, search_people
from duty_desk.services.directory_csv import HEADER, CsvFormatError, export_csv, import_csv
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.database import open_database
from duty_desk.storage.models import AuditEntry, Organisation, Person

CANONICAL = ",".join(HEADER)
SAMPLE = f"""{CANONICAL}
person,张伟,北京市应急管理局,,,副局长,办公室,139-1234-5678,010-6512 3456,8123,,,是,分管值班
organisation,北京市应急管理局,,市政府部门,,,,,010-65123456,,010-65120000,东城区某路1号,,
organisation,朝阳区值班室,,district_duty_room,朝阳区,,,,,,(010) 8562 0000,,,
person,李娜,朝阳区值班室,,,值班员,,13800138000,,,,,no,
person,王芳,,,,顾问,,,,,,,,"两行
备注"
"""


def _services(folder: Path) -> Iterator[tuple[Services, Actor]]:
    db = open_database(folder)
    services = Services(db)
    admin = accounts.create_first_admin(services, "admin", "Admin", "long-password-1")
    yield services, admin
    db.dispose()


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Services, Actor]]:
    yield from _services(tmp_path / "db")


@pytest.fixture
def other_env(tmp_path: Path) -> Iterator[tuple[Services, Actor]]:
    yield from _services(tmp_path / "db2")


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _counts(services: Services) -> tuple[int, ...]:
    """Organisations, people and audit entries."""
    with services.db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (Organisation, Person, AuditEntry))


def test_happy_path_orgs_and_people_in_any_order(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    before = _counts(services)
    report = import_csv(services, admin, _write(tmp_path, SAMPLE))
    assert report.ok and (report.created, report.updated, report.unchanged) == (5, 0, 0)
    assert _counts(services) == (before[0] + 2, before[1] + 3, before[2] + 5)
    orgs = {o.data.name: o.data for o in organisations(services, admin)}
    assert orgs["北京市应急管理局"].kind is OrgKind.MUNICIPAL_DEPARTMENT
    assert orgs["北京市应急管理局"].phone == "01065123456"
    assert orgs["朝阳区值班室"].district_code == "110105"
    assert orgs["朝阳区值班室"].duty_phone == "01085620000"
    people = {p.data.name: p for p in search_people(services, admin)}
    assert people["张伟"].organisation == "北京市应急管理局"
    assert people["张伟"].data.is_leader and people["张伟"].data.mobile == "13912345678"
    assert people["张伟"].data.secure_phone == "8123"
    assert not people["李娜"].data.is_leader
    assert people["王芳"].data.organisation_id is None and people["王芳"].data.notes == "两行\n备注"


def test_people_reference_existing_org(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    save_org(services, admin, OrgData("西城区政府", OrgKind.DISTRICT_GOVERNMENT, "110102"))
    report = import_csv(services, admin, _write(tmp_path, f"{CANONICAL}\nperson,赵强,西城区政府,,,区长,,,,,,,yes,\n"))
    assert report.ok and report.created == 1
    assert search_people(services, admin, "赵强")[0].organisation == "西城区政府"


def test_chinese_header_and_labels(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    text = ("记录类型,名称,所属单位,单位类型,区,领导,手机\n单位,海淀区政府,,区政府,Haidian,,\n"
            "人员,陈静,海淀区政府,,,否,13900000000\n")
    report = import_csv(services, admin, _write(tmp_path, text))
    assert report.ok and report.created == 2
    org = organisations(services, admin)[0].data
    assert (org.kind, org.district_code) == (OrgKind.DISTRICT_GOVERNMENT, "110108")


BAD = f"""{CANONICAL}
organisation,好单位,,other,,,,,,,,,,
person,,好单位,,,,,,,,,,,
person,甲,好单位,,,,,139123,,,,,,
organisation,坏类型,,ministry,,,,,,,,,,
organisation,坏区,,,Gotham,,,,,,,,,
person,乙,不存在的单位,,,,,,,,,,,
person,丙,好单位,,,,,,,,,,maybe,
person,{"长" * 51},好单位,,,{"职" * 101},,,,,,,,
organisation,好单位,,,,,,,,,,,,
organisation,带手机,,,,,,13900000000,,,,,,
"""


def test_every_bad_row_listed_and_nothing_written(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    before = _counts(services)
    report = import_csv(services, admin, _write(tmp_path, BAD))
    assert not report.ok
    reasons = {e.line: e.reason for e in report.errors}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert reasons[3].startswith("name:")
    assert "mobile:" in reasons[4]
    assert "kind:" in reasons[5] and "ministry" in reasons[5]
    assert "district:" in reasons[6] and "Gotham" in reasons[6]
    assert "organisation:" in reasons[7] and "不存在的单位" in reasons[7]
    assert "leader:" in reasons[8] and "maybe" in reasons[8]
    assert "name: at most 50" in reasons[9] and "title: at most 100" in reasons[9]
    assert "already on line 2" in reasons[10]
    assert "mobile: not used for an organisation" in reasons[11]
    assert (report.created, report.updated) == (1, 0)  # only line 2 passed; still nothing is written
    assert _counts(services) == before


def test_line_numbers_count_multiline_cells_and_blank_lines(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    text = f'{CANONICAL}\r\norganisation,甲,,,,,,,,,,,,"a\r\nb\r\nc"\r\n\r\n,,,,,,,,,,,,,\r\nperson,,,,,,,,,,,,,\r\n'
    report = import_csv(services, admin, _write(tmp_path, text))
    assert [e.line for e in report.errors] == [7]


@pytest.mark.parametrize(("header", "named"), [
    ("name,kind", ["missing", "record"]),
    ("record,name,phone,email", ["unknown", "phone", "email"]),
    ("record,name,姓名", ["repeated", "name"]),
])
def test_wrong_columns(env: tuple[Services, Actor], tmp_path: Path, header: str, named: list[str]) -> None:
    services, admin = env
    with pytest.raises(CsvFormatError) as info:
        import_csv(services, admin, _write(tmp_path, f"{header}\norganisation,x\n"))
    assert all(word in str(info.value) for word in named)
    assert CANONICAL in str(info.value)


def test_empty_and_header_only_files(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    for text in ("", "\n\n", CANONICAL + "\n"):
        with pytest.raises(CsvFormatError):
            import_csv(services, admin, _write(tmp_path, text))
    with pytest.raises(CsvFormatError, match="cannot read"):
        import_csv(services, admin, tmp_path / "missing.csv")


def test_gb18030_file(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    report = import_csv(services, admin, _write(tmp_path, SAMPLE, "gb18030"))
    assert report.ok and report.created == 5
    assert {o.data.name for o in organisations(services, admin)} == {"北京市应急管理局", "朝阳区值班室"}


def test_utf8_with_bom(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    report = import_csv(services, admin, _write(tmp_path, SAMPLE, "utf-8-sig"))
    assert report.ok and report.created == 5


def test_undecodable_bytes(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    path = tmp_path / "bad.csv"
    path.write_bytes(CANONICAL.encode() + b"\norganisation,\xff\xfe\x80,,,,,,,,,,,,\n")
    with pytest.raises(CsvFormatError, match="neither UTF-8 nor GB18030"):
        import_csv(services, admin, path)
    path.write_bytes(SAMPLE.encode("utf-16"))
    with pytest.raises(CsvFormatError):
        import_csv(services, admin, path)


def test_dry_run_writes_nothing(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    before = _counts(services)
    report = import_csv(services, admin, _write(tmp_path, SAMPLE), dry_run=True)
    assert report.ok and report.created == 5
    assert _counts(services) == before
    assert not import_csv(services, admin, _write(tmp_path, BAD), dry_run=True).ok


def test_duty_officer_refused_before_reading(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    officer = add_and_log_in(services, admin, "officer", "Officer", Role.DUTY_OFFICER, "long-password-2")
    before = _counts(services)
    for dry_run in (False, True):
        with pytest.raises(PermissionDenied):
            import_csv(services, officer, tmp_path / "does-not-exist.csv", dry_run=dry_run)
    assert _counts(services) == before
    with pytest.raises(PermissionDenied):  # every phone of the office in one file: the system administrator's
        export_csv(services, officer, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()
    assert import_csv(services, admin, _write(tmp_path, SAMPLE)).created == 5  # an admin may import


def test_reimport_is_idempotent(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    path = _write(tmp_path, SAMPLE)
    import_csv(services, admin, path)
    before = _counts(services)
    report = import_csv(services, admin, path)
    assert report.ok and (report.created, report.updated, report.unchanged) == (0, 0, 5)
    assert _counts(services) == before
    changed = SAMPLE.replace("副局长", "局长").replace("东城区某路1号", "东城区某路2号")
    report = import_csv(services, admin, _write(tmp_path, changed, name="changed.csv"))
    assert (report.created, report.updated, report.unchanged) == (0, 2, 3)
    assert _counts(services) == (before[0], before[1], before[2] + 2)
    assert search_people(services, admin, "张伟")[0].data.title == "局长"


def test_round_trip_is_byte_identical(env: tuple[Services, Actor], other_env: tuple[Services, Actor],
                                      tmp_path: Path) -> None:
    services, admin = env
    import_csv(services, admin, _write(tmp_path, SAMPLE, "gb18030"))
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert export_csv(services, admin, first) == 5
    assert first.read_bytes().startswith(b"\xef\xbb\xbf" + CANONICAL.encode())
    report = import_csv(services, admin, first)
    assert report.ok and (report.created, report.updated, report.unchanged) == (0, 0, 5)

    services2, admin2 = other_env
    assert import_csv(services2, admin2, first).created == 5
    assert export_csv(services2, admin2, second) == 5
    assert first.read_bytes() == second.read_bytes()
    rows = list(csv.reader(io.StringIO(first.read_text("utf-8-sig"), newline="")))
    # Orgs by kind value then name, people by organisation (none first) then name; names by pinyin.
    assert [r[:5] for r in rows[1:3]] == [["organisation", "朝阳区值班室", "", "district_duty_room", "110105"],
                                          ["organisation", "北京市应急管理局", "", "municipal_department", ""]]
    assert [(r[1], r[2], r[12]) for r in rows[3:]] == [("王芳", "", "no"), ("张伟", "北京市应急管理局", "yes"),
                                                       ("李娜", "朝阳区值班室", "no")]
    assert rows[3][13] == "两行\n备注" and rows[4][7:10] == ["13912345678", "01065123456", "8123"]


def test_person_data_is_kept_through_round_trip(env: tuple[Services, Actor], other_env: tuple[Services, Actor],
                                                tmp_path: Path) -> None:
    services, admin = env
    import_csv(services, admin, _write(tmp_path, SAMPLE))
    export_csv(services, admin, tmp_path / "out.csv")
    services2, admin2 = other_env
    import_csv(services2, admin2, tmp_path / "out.csv")

    def people(s: Services, a: Actor) -> dict[str, tuple[PersonData, str]]:
        return {p.data.name: (PersonData(**{**p.data.__dict__, "organisation_id": None}), p.organisation)
                for p in search_people(s, a)}

    assert people(services, admin) == people(services2, admin2)


def test_bad_record_type_and_stray_cells(env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    text = f"{CANONICAL}\nleader,某人,,,,,,,,,,,,\norganisation,甲,,,,,,,,,,,,,多出来\n单位,乙,,其他,,,,,,,,,,\n"
    report = import_csv(services, admin, _write(tmp_path, text))
    assert [e.line for e in report.errors] == [2, 3]
    assert "record:" in report.errors[0].reason and "outside the header" in report.errors[1].reason
    assert _counts(services)[:2] == (0, 0)


def test_formulas_are_exported_as_text_and_come_back_whole(env: tuple[Services, Actor],
                                                          other_env: tuple[Services, Actor], tmp_path: Path) -> None:
    services, admin = env
    formula = '=HYPERLINK("http://evil.example","点我")'
    text = (f"{CANONICAL}\n"
            f"person,\"{formula.replace(chr(34), chr(34) * 2)}\",,,,@SUM(1),,+86 139 1234 5678,,,,,no,''=已加引号\n")
    import_csv(services, admin, _write(tmp_path, text))  # a guarded cell's apostrophe comes off on import
    [person] = search_people(services, admin)
    assert (person.data.name, person.data.title, person.data.notes) == (formula, "@SUM(1)", "'=已加引号")
    out = tmp_path / "out.csv"
    export_csv(services, admin, out)
    [row] = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline="")))[1:]
    assert row[1] == "'" + formula and row[5] == "'@SUM(1)" and row[13] == "''=已加引号"
    assert not any(cell.startswith(("=", "@")) for cell in row)  # nothing a spreadsheet would run
    services2, admin2 = other_env
    import_csv(services2, admin2, out)
    [person] = search_people(services2, admin2)
    assert (person.data.name, person.data.title, person.data.notes) == (formula, "@SUM(1)", "'=已加引号")
