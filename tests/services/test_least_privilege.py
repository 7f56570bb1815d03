"""Least privilege in the services (issue 11's access-control findings), each reproduced: personal data masked
for roles without it on screen, in exports and printouts; a leader's entry and the export of every phone kept
for the system administrator; duties signed only by their own people within the duty; swaps asked by one of
their two people and decided by another shift leader; every refusal naming its action."""

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader

from duty_desk.domain import roster as R
from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import BEIJING
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory, directory_csv, roster, roster_export
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied

MakeUser = Callable[..., Actor]
FIRST, LAST = date(2026, 3, 2), date(2026, 3, 8)
MOBILE, SECURE, OFFICE, DUTY = "13800138000", "65190001", "01065192233", "01065190110"


def bj(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BEIJING).astimezone(UTC)


def refused(action: Action, run: Callable[[], object]) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as info:
        run()
    assert info.value.action == action.value  # the refusal names what was refused
    return info.value


@pytest.fixture
def officer(make_user: MakeUser) -> Actor:
    return make_user("zhangwei", Role.DUTY_OFFICER, "张伟")


@pytest.fixture
def reception(make_user: MakeUser) -> Actor:
    return make_user("desk", Role.RECEPTION, "孙静")


@pytest.fixture
def people(services: Services, admin: Actor) -> dict[str, str]:
    """张伟, 王磊 and 李娜 officers, 陈静, 赵敏 and 罗建平 leaders in charge; 王磊 has every kind of phone."""
    ids = {n: directory.save_person(services, admin, PersonData(n, mobile=f"1390000{i:04d}"))
           for i, n in enumerate(("张伟", "李娜", "陈静", "赵敏", "罗建平"))}
    ids["王磊"] = directory.save_person(services, admin, PersonData(
        "王磊", title="值班员", mobile=MOBILE, office_phone=OFFICE, secure_phone=SECURE))
    return ids


@pytest.fixture
def drawn(services: Services, admin: Actor, people: dict[str, str]) -> str:
    """One officer and one leader a day: 张伟 on the 2nd, 王磊 the 3rd, 李娜 the 4th...; 陈静 leads the 2nd."""
    pattern_id = roster.save_pattern(services, admin, "总值班室", "24h", time(8, 30), officers=1)
    lists = {R.Position.OFFICER: R.RotationLists([people[n] for n in ("张伟", "王磊", "李娜")]),
             R.Position.LEADER: R.RotationLists([people[n] for n in ("陈静", "赵敏", "罗建平")])}
    roster.save_rotation(services, admin, pattern_id, FIRST, LAST, lists)
    return pattern_id


def duty_of(services: Services, actor: Actor, day: date, position: R.Position) -> roster.DutyRow:
    [row] = [r for r in roster.duties(services, actor, bj(day, 9), bj(day, 10)) if r.duty.position is position]
    return row


# -- personal data --------------------------------------------------------------------------------------------

def test_reception_sees_mobiles_and_secure_lines_masked_and_the_office_phone_whole(
        services: Services, admin: Actor, officer: Actor, reception: Actor, people: dict[str, str]) -> None:
    [shown] = directory.search_people(services, reception, "王磊")
    assert (shown.data.mobile, shown.data.secure_phone, shown.data.office_phone) == (
        "138****8000", "****0001", OFFICE)
    [full] = directory.search_people(services, officer, "王磊")  # officers phone people: everything
    assert (full.data.mobile, full.data.secure_phone) == (MOBILE, SECURE)


def test_a_masked_number_cannot_be_found_by_its_digits(
        services: Services, officer: Actor, reception: Actor, people: dict[str, str]) -> None:
    assert [p.data.name for p in directory.search_people(services, officer, "0013800")] == ["王磊"]
    assert directory.search_people(services, reception, "0013800") == []  # would confirm the hidden number
    assert [p.data.name for p in directory.search_people(services, reception, "65192233")] == ["王磊"]


def test_a_duty_rooms_own_line_is_masked_for_reception(services: Services, admin: Actor, officer: Actor,
                                                       reception: Actor) -> None:
    directory.save_org(services, admin, OrgData("东城区值班室", phone="01064012345", duty_phone=DUTY))
    [org] = directory.organisations(services, reception)
    assert (org.data.phone, org.data.duty_phone) == ("01064012345", "*******0110")
    assert directory.organisations(services, officer)[0].data.duty_phone == DUTY


def test_the_roster_on_screen_in_files_and_printed_shows_reception_no_mobile(
        services: Services, officer: Actor, reception: Actor, drawn: str) -> None:
    day = FIRST + timedelta(days=1)  # 王磊's: he has an office phone, which reception is given instead
    assert duty_of(services, reception, day, R.Position.OFFICER).phone == OFFICE
    assert duty_of(services, officer, day, R.Position.OFFICER).phone == MOBILE
    leader = duty_of(services, reception, FIRST, R.Position.LEADER)  # 陈静: a mobile only, masked
    assert leader.phone == "139****0002"
    rows = list(csv.reader(io.StringIO(roster_export.export(services, reception, FIRST, LAST, "csv")
                                       .decode("utf-8-sig"))))
    phones = {row[3]: row[4] for row in rows[1:]}
    assert phones["陈静"] == "139****0002" and phones["王磊"] == OFFICE
    ics = roster_export.export(services, reception, FIRST, LAST, "ics").decode()
    assert "13900000002" not in ics and "139****0002" in ics
    pdf = PdfReader(io.BytesIO(roster_export.export(services, reception, FIRST, LAST, "pdf")))
    text = "".join(page.extract_text() for page in pdf.pages).replace(" ", "")
    assert "13900000002" not in text and MOBILE not in text
    officer_pdf = PdfReader(io.BytesIO(roster_export.export(services, officer, FIRST, LAST, "pdf")))
    assert "13900000002" in "".join(p.extract_text() for p in officer_pdf.pages).replace(" ", "")


def test_a_masked_number_is_never_saved_back(services: Services, admin: Actor, reception: Actor,
                                             people: dict[str, str]) -> None:
    [shown] = directory.search_people(services, reception, "王磊")
    with pytest.raises(ValidationError):  # an editor given masked values cannot overwrite the real ones
        directory.save_person(services, admin, shown.data, shown.id)


# -- the directory's leaders and its export -------------------------------------------------------------------

def test_an_officer_may_not_remove_a_leader_from_the_directory(
        services: Services, admin: Actor, officer: Actor, people: dict[str, str], drawn: str) -> None:
    mayor = directory.save_person(services, admin, PersonData("殷勇", title="市长", is_leader=True))
    refused(Action.DELETE_DIRECTORY_LEADER, lambda: directory.delete_person(services, officer, mayor))
    # Unmarked first, a leader could then be removed by anyone: unmarking is the same action.
    refused(Action.DELETE_DIRECTORY_LEADER, lambda: directory.save_person(
        services, officer, PersonData("殷勇", title="市长", is_leader=False), mayor))
    # A leader in charge on the roster is a leader too, flag or not.
    refused(Action.DELETE_DIRECTORY_LEADER, lambda: directory.delete_person(services, officer, people["陈静"]))
    directory.delete_person(services, officer, people["李娜"])  # an officer's entry: any editor's
    directory.delete_person(services, admin, mayor)  # the system administrator's part
    assert [p.data.name for p in directory.search_people(services, admin, "殷勇")] == []


def test_only_the_system_administrator_exports_every_phone(services: Services, admin: Actor, officer: Actor,
                                                          make_user: MakeUser, people: dict[str, str],
                                                          tmp_path: Path) -> None:
    target = tmp_path / "directory.csv"
    for actor in (officer, make_user("leader", Role.SHIFT_LEADER)):
        refused(Action.EXPORT_DIRECTORY, partial(directory_csv.export_csv, services, actor, target))
    assert not target.exists()
    assert directory_csv.export_csv(services, make_user("sys", Role.SYSTEM_ADMIN), target) == 6
    assert MOBILE in target.read_text(encoding="utf-8-sig")


# -- signing in and out ---------------------------------------------------------------------------------------

def test_an_officer_signs_only_their_own_duty(services: Services, officer: Actor, drawn: str) -> None:
    theirs = duty_of(services, officer, FIRST + timedelta(days=1), R.Position.OFFICER)  # 王磊's
    error = refused(Action.SIGN_DUTY, lambda: roster.sign(services, officer, theirs.id, R.SignKind.SIGN_OUT,
                                                          bj(FIRST + timedelta(days=1), 20)))
    assert error.reason  # the role may sign: the refusal says why not this one
    own = duty_of(services, officer, FIRST, R.Position.OFFICER)
    roster.sign(services, officer, own.id, R.SignKind.SIGN_IN, bj(FIRST, 8, 25))


def test_a_duty_is_never_signed_out_before_it_started(services: Services, officer: Actor, drawn: str) -> None:
    own = duty_of(services, officer, FIRST, R.Position.OFFICER)  # 08:30 on the 2nd to 08:30 on the 3rd
    for at in (bj(FIRST - timedelta(days=3), 9), bj(FIRST, 7, 0), bj(FIRST + timedelta(days=1), 10, 0)):
        with pytest.raises(ValidationError) as info:
            roster.sign(services, officer, own.id, R.SignKind.SIGN_OUT, at)
        assert [e.field for e in info.value.errors] == ["at"]
    roster.sign(services, officer, own.id, R.SignKind.SIGN_IN, bj(FIRST, 7, 45))  # handoffs take a while
    roster.sign(services, officer, own.id, R.SignKind.SIGN_OUT, bj(FIRST + timedelta(days=1), 9, 15))


# -- swaps ----------------------------------------------------------------------------------------------------

def test_a_swap_is_asked_for_only_by_one_of_its_two_people(services: Services, make_user: MakeUser,
                                                           drawn: str) -> None:
    lina = make_user("lina", Role.DUTY_OFFICER, "李娜")
    zhang = duty_of(services, lina, FIRST, R.Position.OFFICER)
    wang = duty_of(services, lina, FIRST + timedelta(days=1), R.Position.OFFICER)
    refused(Action.REQUEST_SWAP, lambda: roster.request_swap(services, lina, zhang.id, wang.id))
    assert roster.pending_swaps(services, lina) == []
    mine = duty_of(services, lina, FIRST + timedelta(days=2), R.Position.OFFICER)
    roster.request_swap(services, lina, mine.id, wang.id)


def test_a_shift_leader_never_decides_a_swap_they_asked_for(services: Services, make_user: MakeUser,
                                                            drawn: str) -> None:
    chen, zhao = make_user("chen", Role.SHIFT_LEADER, "陈静"), make_user("zhao", Role.SHIFT_LEADER, "赵敏")
    other = make_user("luo", Role.SHIFT_LEADER, "罗建平")
    own = duty_of(services, chen, FIRST, R.Position.LEADER)
    hers = duty_of(services, chen, FIRST + timedelta(days=1), R.Position.LEADER)
    swap = roster.request_swap(services, chen, own.id, hers.id, "开会")
    refused(Action.APPROVE_SWAP, lambda: roster.decide_swap(services, chen, swap, approve=True))
    refused(Action.APPROVE_SWAP, lambda: roster.decide_swap(services, zhao, swap, approve=True))  # a party to it
    roster.decide_swap(services, other, swap, approve=True)
    assert duty_of(services, other, FIRST, R.Position.LEADER).person_name == "赵敏"


# -- accounts -------------------------------------------------------------------------------------------------

def test_the_combined_administrator_is_never_given_to_a_new_account(services: Services, admin: Actor,
                                                                     make_user: MakeUser) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.create_user(services, admin, "mallory", "Mallory", Role.ADMIN, "long-password-9")
    assert [e.field for e in info.value.errors] == ["role"]
    system = make_user("sys", Role.SYSTEM_ADMIN)
    # The system administrator makes accounts; an administrator's role is the security administrator's to give.
    for role in (Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.SYSTEM_ADMIN):
        refused(Action.MANAGE_ROLES, partial(accounts.create_user, services, system, f"x{role}", "X", role,
                                             "long-password-9"))
    accounts.create_user(services, system, "lina", "李娜", Role.DUTY_OFFICER, "long-password-9")
    accounts.create_user(services, admin, "shen", "审计员", Role.AUDIT_ADMIN, "long-password-9")
    assert {u.username for u in accounts.list_users(services, make_user("sec", Role.SECURITY_ADMIN))} >= {
        "lina", "shen"}
