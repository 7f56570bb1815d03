"""The contacts directory: organisations and people, search by characters, pinyin, title, unit or phone."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event

from duty_desk.domain.directory import OrgData, OrgKind, PersonData
from duty_desk.domain.validation import ValidationError
from duty_desk.services import directory
from duty_desk.services.context import Actor, Services

Sql = Callable[..., list[tuple[Any, ...]]]


def _fields(err: ValidationError) -> set[str]:
    return {e.field for e in err.errors}


def _names(services: Services, actor: Actor, text: str) -> set[str]:
    return {row.data.name for row in directory.search_people(services, actor, text)}


# --- organisations -------------------------------------------------------------------------------------------

def test_save_and_list_an_organisation(services: Services, admin: Actor) -> None:
    org_id = directory.save_org(services, admin, OrgData(
        " 北京市应急管理局 ", OrgKind.MUNICIPAL_DEPARTMENT, "110105", phone="010-6519 2233",
        duty_phone="12345", address="某路1号"))
    rows = directory.organisations(services, admin)
    assert [r.id for r in rows] == [org_id]
    data = rows[0].data
    assert data.name == "北京市应急管理局"
    assert data.kind is OrgKind.MUNICIPAL_DEPARTMENT
    assert (data.district_code, data.phone, data.duty_phone, data.address) == (
        "110105", "01065192233", "12345", "某路1号")
    assert rows[0].people == 0


def test_update_an_organisation(services: Services, admin: Actor, sql: Sql) -> None:
    org_id = directory.save_org(services, admin, OrgData("市应急局"))
    same = directory.save_org(services, admin, OrgData("市应急管理局", OrgKind.MUNICIPAL_DEPARTMENT,
                                                       phone="010-65192233"), org_id)
    assert same == org_id
    rows = directory.organisations(services, admin)
    assert len(rows) == 1
    assert (rows[0].data.name, rows[0].data.kind, rows[0].data.phone) == (
        "市应急管理局", OrgKind.MUNICIPAL_DEPARTMENT, "01065192233")
    assert sql("SELECT count(*) FROM organisations") == [(1,)]


def test_duplicate_organisation_name_is_refused(services: Services, admin: Actor) -> None:
    first = directory.save_org(services, admin, OrgData("市公安局"))
    other = directory.save_org(services, admin, OrgData("市卫健委"))
    attempt: Callable[[], object]
    for attempt in (lambda: directory.save_org(services, admin, OrgData("市公安局")),
                    lambda: directory.save_org(services, admin, OrgData("  市公安局 ")),
                    lambda: directory.save_org(services, admin, OrgData("市公安局"), other)):
        with pytest.raises(ValidationError) as info:
            attempt()
        assert _fields(info.value) == {"name"}
    # Saving an organisation under its own name is not a duplicate.
    directory.save_org(services, admin, OrgData("市公安局", phone="110"), first)
    assert sorted(r.data.name for r in directory.organisations(services, admin)) == ["市公安局", "市卫健委"]


def test_name_of_a_removed_organisation_can_be_used_again(services: Services, admin: Actor) -> None:
    old = directory.save_org(services, admin, OrgData("市公安局"))
    directory.delete_org(services, admin, old)
    new = directory.save_org(services, admin, OrgData("市公安局"))
    assert new != old
    assert [r.id for r in directory.organisations(services, admin)] == [new]


def test_person_in_an_unknown_organisation_is_refused(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        directory.save_person(services, admin, PersonData("张伟", organisation_id="no-such-id"))
    assert _fields(info.value) == {"organisation_id"}
    assert directory.search_people(services, admin) == []


# --- people --------------------------------------------------------------------------------------------------

def test_save_and_update_a_person(services: Services, admin: Actor, sql: Sql) -> None:
    org = directory.save_org(services, admin, OrgData("市应急管理局"))
    pid = directory.save_person(services, admin, PersonData(
        "张伟", title="处长", organisation_id=org, mobile="138 0013 8000", is_leader=True))
    (row,) = directory.search_people(services, admin)
    assert row.id == pid
    assert row.organisation == "市应急管理局"
    assert (row.data.name, row.data.title, row.data.mobile, row.data.is_leader) == (
        "张伟", "处长", "13800138000", True)

    directory.save_person(services, admin, PersonData("王伟", title="副局长", organisation_id=org), pid)
    (row,) = directory.search_people(services, admin)
    assert (row.id, row.data.name, row.data.title, row.data.mobile) == (pid, "王伟", "副局长", "")
    # The search key follows the new name.
    assert _names(services, admin, "wangwei") == {"王伟"}
    assert _names(services, admin, "zhangwei") == set()
    assert sql("SELECT count(*) FROM people") == [(1,)]


def test_bad_person_is_refused_naming_the_fields(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        directory.save_person(services, admin, PersonData("", mobile="1380013800"))
    assert _fields(info.value) == {"name", "mobile"}


# --- search --------------------------------------------------------------------------------------------------

@dataclass
class Book:
    emergency: str
    police: str
    zhang_wei: str
    wang_fang: str
    li_qiang: str
    zhang_xiaoming: str


@pytest.fixture
def book(services: Services, admin: Actor) -> Book:
    s, a = services, admin
    emergency = directory.save_org(s, a, OrgData("市应急管理局"))
    police = directory.save_org(s, a, OrgData("市公安局"))
    return Book(
        emergency, police,
        directory.save_person(s, a, PersonData("张伟", title="处长", organisation_id=emergency,
                                               mobile="13800138000")),
        directory.save_person(s, a, PersonData("王芳", title="科员", organisation_id=police,
                                               office_phone="010-65192233")),
        directory.save_person(s, a, PersonData("李强", title="副处长", organisation_id=police,
                                               secure_phone="12345", is_leader=True)),
        directory.save_person(s, a, PersonData("张小明", title="科长", mobile="13912345678")),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {"张伟", "王芳", "李强", "张小明"}),
        ("张伟", {"张伟"}),
        ("张", {"张伟", "张小明"}),
        ("zhangwei", {"张伟"}),
        ("ZhangWei", {"张伟"}),
        ("zw", {"张伟"}),
        ("zxm", {"张小明"}),
        ("zhang", {"张伟", "张小明"}),
        ("处长", {"张伟", "李强"}),  # 副处长 contains 处长
        ("副处长", {"李强"}),
        ("公安", {"王芳", "李强"}),
        ("市应急管理局", {"张伟"}),
        ("0013", {"张伟"}),
        ("138 0013", {"张伟"}),
        ("65192233", {"王芳"}),
        ("010-6519", {"王芳"}),
        ("12345", {"李强", "张小明"}),
        ("公安 wang", {"王芳"}),
        ("zhang 处长", {"张伟"}),
        ("公安 处长", {"李强"}),
        ("王芳 张伟", set()),
        ("nobody", set()),
    ],
)
def test_search(services: Services, admin: Actor, book: Book, text: str, expected: set[str]) -> None:
    assert _names(services, admin, text) == expected


def test_search_result_carries_the_organisation(services: Services, admin: Actor, book: Book) -> None:
    rows = {r.data.name: r for r in directory.search_people(services, admin, "")}
    assert rows["王芳"].organisation == "市公安局"
    assert rows["王芳"].data.office_phone == "01065192233"
    assert rows["张小明"].organisation == ""


def test_search_pages(services: Services, admin: Actor, book: Book) -> None:
    everyone = [r.id for r in directory.search_people(services, admin, "")]
    first = [r.id for r in directory.search_people(services, admin, "", limit=2)]
    rest = [r.id for r in directory.search_people(services, admin, "", limit=10, offset=2)]
    assert len(everyone) == 4
    assert first + rest == everyone


# --- removing ------------------------------------------------------------------------------------------------

def test_delete_person_leaves_a_tombstone(services: Services, admin: Actor, book: Book, sql: Sql) -> None:
    directory.delete_person(services, admin, book.wang_fang)
    assert sql("SELECT deleted FROM people WHERE id = ?", book.wang_fang) == [(1,)]
    assert _names(services, admin, "") == {"张伟", "李强", "张小明"}
    assert _names(services, admin, "王芳") == set()
    counts = {r.data.name: r.people for r in directory.organisations(services, admin)}
    assert counts == {"市公安局": 1, "市应急管理局": 1}
    with pytest.raises(ValidationError):
        directory.delete_person(services, admin, book.wang_fang)
    with pytest.raises(ValidationError):
        directory.save_person(services, admin, PersonData("王芳"), book.wang_fang)
    assert sql("SELECT deleted FROM people WHERE id = ?", book.wang_fang) == [(1,)]


def test_counts_are_counted_by_the_database_not_loaded(services: Services, admin: Actor, book: Book) -> None:
    directory.delete_person(services, admin, book.wang_fang)  # a tombstone is not counted
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        found = directory.counts(services, admin)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)
    assert found == directory.DirectoryCounts(organisations=2, people=3, leaders=1)  # 李强
    queries = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert queries and all("count(" in q.lower() for q in queries)  # no row of a person comes back


def test_delete_org_is_refused_while_it_has_people(services: Services, admin: Actor, book: Book,
                                                   sql: Sql) -> None:
    with pytest.raises(ValidationError) as info:
        directory.delete_org(services, admin, book.police)
    assert _fields(info.value) == {"organisation_id"}
    assert "2" in str(info.value)
    assert sql("SELECT deleted FROM organisations WHERE id = ?", book.police) == [(0,)]

    directory.delete_person(services, admin, book.wang_fang)
    directory.delete_person(services, admin, book.li_qiang)
    directory.delete_org(services, admin, book.police)
    assert sql("SELECT deleted FROM organisations WHERE id = ?", book.police) == [(1,)]
    assert [r.data.name for r in directory.organisations(services, admin)] == ["市应急管理局"]
    with pytest.raises(ValidationError):
        directory.save_person(services, admin, PersonData("新人", organisation_id=book.police))


def test_leaders_come_first_in_protocol_order_then_units_by_pinyin(services: Services, admin: Actor) -> None:
    office = directory.save_org(services, admin, OrgData("北京市人民政府办公厅", OrgKind.MUNICIPAL_DEPARTMENT))
    water = directory.save_org(services, admin, OrgData("北京市水务局", OrgKind.MUNICIPAL_DEPARTMENT))
    planning = directory.save_org(services, admin, OrgData("北京市规划和自然资源委员会", OrgKind.MUNICIPAL_DEPARTMENT))
    entered = [("吴海宁", "副市长", office, True), ("王磊", "值班员", water, False),
               ("陈思源", "市政府秘书长", office, True), ("林正华", "市长", office, True),
               ("张伟", "局长", water, False), ("周明远", "常务副市长", office, True),
               ("李娜", "副局长", water, False), ("赵敏", "值班员", planning, False)]
    for name, title, org, leader in entered:  # in no order at all
        directory.save_person(services, admin, PersonData(name=name, title=title, organisation_id=org,
                                                          is_leader=leader))
    assert [r.data.name for r in directory.search_people(services, admin)] == [
        "林正华", "周明远", "吴海宁", "陈思源",  # the mayor, executive vice-mayor, vice-mayor, secretary-general
        "赵敏",  # 规划 (gui) before 水务 (shui), though 规 comes after 水 by code point
        "张伟", "李娜", "王磊"]  # the head, the deputy, the staff
    assert [r.data.name for r in directory.organisations(services, admin)] == [
        "北京市规划和自然资源委员会", "北京市人民政府办公厅", "北京市水务局"]
