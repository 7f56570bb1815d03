"""Roster services on a real database: draw up (preview, then save), changes refused with reasons, leave, the
swap approval flow, sign-in and sign-out, who is on duty, coverage, role checks."""

import csv
import io
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from duty_desk.domain import roster as R
from duty_desk.domain.directory import PersonData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import BEIJING
from duty_desk.domain.validation import ValidationError
from duty_desk.services import audit, directory, office_rules, roster, roster_export, roster_import
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.models import RosterSwap, WorkflowEvent

FIRST, LAST = date(2026, 3, 2), date(2026, 3, 8)


def bj(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BEIJING).astimezone(UTC)


@pytest.fixture
def people(services: Services, admin: Actor) -> dict[str, str]:
    names = ["张伟", "李娜", "王磊", "刘洋", "陈静", "赵敏", "孙强", "周平"]
    return {n: directory.save_person(services, admin, PersonData(name=n, mobile=f"1390000{i:04d}"))
            for i, n in enumerate(names)}


@pytest.fixture
def drawn(services: Services, admin: Actor, people: dict[str, str]) -> str:
    """One officer and the leader a day; each officer every fourth day (张伟 on the 2nd and 6th, 王磊 the 4th
    and 8th), each leader every third."""
    pattern_id = roster.save_pattern(services, admin, "总值班室", "24h", time(8, 30), officers=1)
    lists = {R.Position.OFFICER: R.RotationLists([people[n] for n in ("张伟", "李娜", "王磊", "刘洋")]),
             R.Position.LEADER: R.RotationLists([people[n] for n in ("陈静", "赵敏", "孙强")])}
    assert roster.save_rotation(services, admin, pattern_id, FIRST, LAST, lists) == 7 * 2
    return pattern_id


def test_the_preview_writes_nothing_and_the_saved_roster_covers_every_hour(
        services: Services, admin: Actor, people: dict[str, str]) -> None:
    pattern_id = roster.save_pattern(services, admin, "总值班室", "24h", time(8, 30), officers=1)
    lists = {R.Position.OFFICER: R.RotationLists([people["张伟"], people["李娜"]]),
             R.Position.LEADER: R.RotationLists([people["陈静"], people["赵敏"]])}
    plan = roster.preview(services, admin, pattern_id, FIRST, LAST, lists)
    assert len(plan.duties) == 14 and plan.problems == [] and plan.beyond_calendar == []
    assert roster.duties(services, admin, bj(FIRST, 0), bj(LAST, 23)) == []
    roster.save_rotation(services, admin, pattern_id, FIRST, LAST, lists)
    report = roster.coverage(services, admin, pattern_id, FIRST + timedelta(days=1), LAST - timedelta(days=1))
    assert report.gaps == []
    assert report.balance[people["张伟"]].duties + report.balance[people["李娜"]].duties >= 5


def test_a_rotation_with_too_little_rest_is_refused_whole(services: Services, admin: Actor,
                                                         people: dict[str, str]) -> None:
    pattern_id = roster.save_pattern(services, admin, "昼夜", "day_night", time(8, 30), officers=1, leader=False)
    lists = {R.Position.OFFICER: R.RotationLists([people["张伟"]])}  # one person, day and night
    plan = roster.preview(services, admin, pattern_id, FIRST, FIRST, lists)
    assert {p.kind for p in plan.problems} == {R.ProblemKind.OVERLAP} or plan.problems
    with pytest.raises(ValidationError):
        roster.save_rotation(services, admin, pattern_id, FIRST, FIRST, lists)
    assert roster.duties(services, admin, bj(FIRST, 0), bj(LAST, 23)) == []


def test_who_is_on_duty_now_and_next_across_the_handoff(services: Services, admin: Actor, drawn: str) -> None:
    day = date(2026, 3, 4)
    now, nxt = roster.on_duty(services, admin, bj(day, 8, 29))
    assert {r.duty.day for r in now} == {day - timedelta(days=1)} and len(now) == 2
    assert {r.duty.day for r in nxt} == {day} and all(r.phone for r in nxt)
    now, _ = roster.on_duty(services, admin, bj(day, 8, 30))
    assert {r.duty.day for r in now} == {day}


def test_replacing_someone_who_is_on_leave_is_refused_with_the_reason(
        services: Services, admin: Actor, people: dict[str, str], drawn: str) -> None:
    roster.add_absence(services, admin, people["孙强"], bj(date(2026, 3, 5), 0), bj(date(2026, 3, 7), 0), "年假")
    duty = next(r for r in roster.duties(services, admin, bj(date(2026, 3, 5), 9), bj(date(2026, 3, 5), 10))
                if r.duty.position is R.Position.LEADER)
    with pytest.raises(ValidationError) as caught:
        roster.replace_person(services, admin, duty.id, people["孙强"])
    assert "孙强" in str(caught.value.errors[0].params)
    with pytest.raises(ValidationError) as caught:  # 赵敏 has the next day's duty: no rest between
        roster.replace_person(services, admin, duty.id, people["赵敏"])
    assert "rest less than" in caught.value.errors[0].template
    roster.replace_person(services, admin, duty.id, people["周平"])
    assert {r.person_name for r in roster.duties(services, admin, bj(date(2026, 3, 5), 9),
                                                 bj(date(2026, 3, 5), 10))} >= {"周平"}
    with pytest.raises(ValidationError):
        roster.add_absence(services, admin, people["孙强"], bj(FIRST, 9), bj(FIRST, 8), "")  # ends before it starts


def test_a_swap_is_asked_by_an_officer_and_approved_by_a_shift_leader(
        services: Services, admin: Actor, drawn: str, make_user: Callable[..., Actor], auditor: Actor) -> None:
    officer, leader = make_user("officer", Role.DUTY_OFFICER, "张伟"), make_user("leader", Role.SHIFT_LEADER)
    day2, day4 = (next(r for r in roster.duties(services, admin, bj(d, 9), bj(d, 10))
                       if r.duty.position is R.Position.OFFICER) for d in (date(2026, 3, 2), date(2026, 3, 4)))
    swap = roster.request_swap(services, officer, day2.id, day4.id, "家中有事")
    with pytest.raises(PermissionDenied):
        roster.decide_swap(services, officer, swap, approve=True)
    roster.decide_swap(services, leader, swap, approve=True)
    after = {r.id: r.duty.person_id for r in roster.duties(services, admin, bj(FIRST, 0), bj(LAST, 23))}
    assert (after[day2.id], after[day4.id]) == (day4.duty.person_id, day2.duty.person_id)
    with pytest.raises(ValidationError):
        roster.decide_swap(services, leader, swap, approve=False)  # decided already
    with services.db.session() as session:  # the decision is a workflow event, the state its fold
        steps = session.execute(select(WorkflowEvent.transition, WorkflowEvent.from_state, WorkflowEvent.to_state)
                                .where(WorkflowEvent.record_id == swap)).all()
        stored = session.get(RosterSwap, swap)
        assert stored is not None and stored.status is R.SwapState.APPROVED
    assert [tuple(s) for s in steps] == [("approve", "pending", "approved")]
    actions = [e.action for e in audit.entries(services, auditor, 100)]
    assert "request_swap" in actions and "decide_swap" in actions


def test_sign_in_and_out_are_events_and_reception_may_only_look(
        services: Services, admin: Actor, drawn: str, make_user: Callable[..., Actor]) -> None:
    officer, reception = make_user("officer", Role.DUTY_OFFICER, "张伟"), make_user("desk", Role.RECEPTION)
    [duty] = [r for r in roster.duties(services, reception, bj(FIRST, 9), bj(FIRST, 10))
              if r.duty.position is R.Position.OFFICER]  # 张伟's
    roster.sign(services, officer, duty.id, R.SignKind.SIGN_IN, bj(FIRST, 8, 20))
    roster.sign(services, officer, duty.id, R.SignKind.SIGN_OUT, bj(FIRST + timedelta(days=1), 8, 40))
    forbidden: Callable[[], object]
    for forbidden in (lambda: roster.sign(services, reception, duty.id, R.SignKind.SIGN_IN),
                      lambda: roster.save_pattern(services, officer, "x", "24h", time(8, 30))):
        with pytest.raises(PermissionDenied):
            forbidden()
    with pytest.raises(ValidationError):
        roster.save_pattern(services, admin, "  ", "24h", time(8, 30))


def test_the_spring_festival_roster_prints_with_its_holidays_and_leaders(
        services: Services, admin: Actor, people: dict[str, str]) -> None:
    pattern_id = roster.save_pattern(services, admin, "总值班室", "24h", time(8, 30), officers=1)
    lists = {R.Position.OFFICER: R.RotationLists([people[n] for n in ("张伟", "李娜", "王磊", "刘洋")],
                                                 [people[n] for n in ("周平", "孙强")]),
             R.Position.LEADER: R.RotationLists([people[n] for n in ("陈静", "赵敏")])}
    first, last = date(2026, 2, 1), date(2026, 2, 28)
    with pytest.raises(ValidationError):  # 赵敏 alone would lead every day, with no rest between
        roster.save_rotation(services, admin, pattern_id, first, last, {
            **lists, R.Position.LEADER: R.RotationLists([people["赵敏"]])})
    roster.save_rotation(services, admin, pattern_id, first, last, lists)
    pdf = roster_export.export(services, admin, first, last, "pdf")
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "总值班室值班表" in text and "2026年2月" in text and "春节" in text and "调休上班" in text
    assert "带班领导" in text and "陈静" in text and "13900000004" in text  # 陈静's phone in the contacts


def test_the_calendar_file_has_one_event_per_duty_with_person_and_position(
        services: Services, admin: Actor, drawn: str) -> None:
    ics = roster_export.export(services, admin, FIRST, LAST, "ics")
    cal = icalendar.Calendar.from_ical(ics)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 14 and len({str(e["uid"]) for e in events}) == 14
    first = min(events, key=lambda e: (e.decoded("dtstart"), str(e["summary"])))
    assert first.decoded("dtstart") == bj(FIRST, 8, 30) and first.decoded("dtend") == bj(FIRST + timedelta(1), 8, 30)
    assert {str(e["summary"]).split("：")[0] for e in events} == {"带班领导", "值班员"}
    csv_text = roster_export.export(services, admin, FIRST, FIRST, "csv").decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "day,shift,position,person,phone,starts,ends"
    assert len(csv_text.splitlines()) == 3 and "2026-03-02 08:30" in csv_text


def test_a_csv_roster_is_imported_whole_or_refused_with_every_bad_line(
        services: Services, admin: Actor, people: dict[str, str], drawn: str) -> None:
    exported = roster_export.export(services, admin, FIRST, FIRST + timedelta(days=1), "csv").decode("utf-8-sig")
    later = exported.replace("2026-03-02", "2026-04-06").replace("2026-03-03", "2026-04-07")
    bad = later.replace("张伟", "张无忌", 1).replace(",24h,", ",夜班,", 1)
    with pytest.raises(ValidationError) as caught:
        roster_import.import_roster(services, admin, "总值班室", bad)
    assert len(caught.value.errors) == 2 and all(e.field.startswith("line ") for e in caught.value.errors)
    templates = {e.template for e in caught.value.errors}
    assert templates == {"{name} is not in the directory", "the pattern has no shift {value}"}
    april = roster.day_range(date(2026, 4, 6), date(2026, 4, 7))
    assert roster.duties(services, admin, *april) == []  # nothing half-imported
    assert roster_import.import_roster(services, admin, "总值班室", later, dry_run=True) == 4
    assert roster.duties(services, admin, *april) == []
    assert roster_import.import_roster(services, admin, "总值班室", later) == 4
    assert {r.person_name for r in roster.duties(services, admin, *april)} == {"张伟", "李娜", "陈静", "赵敏"}
    header, *rows = later.splitlines()
    again = "\n".join([header, *(r.replace("2026-04-06", "2026-04-07") for r in rows if r.startswith("2026-04-06"))])
    with pytest.raises(ValidationError) as caught:  # the 6th's people on the 7th too: no rest in between
        roster_import.import_roster(services, admin, "总值班室", again)
    assert "rest less than" in caught.value.errors[0].template


def test_the_minimum_rest_is_the_offices_rule(services: Services, admin: Actor,
                                                      people: dict[str, str]) -> None:
    pattern_id = roster.save_pattern(services, admin, "值班", "24h", time(8, 30), officers=1, leader=False)
    alone = {R.Position.OFFICER: R.RotationLists([people["张伟"]])}  # one person, 24 hours on, 24 hours on
    [problem, *_] = roster.preview(services, admin, pattern_id, FIRST, FIRST + timedelta(days=1), alone).problems
    assert problem.kind is R.ProblemKind.REST
    office_rules.set_numbers(services, admin, {office_rules.MIN_REST: 0})
    assert roster.preview(services, admin, pattern_id, FIRST, FIRST + timedelta(days=1), alone).problems == []


def test_a_new_duty_that_clashes_with_a_later_one_of_another_pattern_is_found(
        services: Services, admin: Actor, people: dict[str, str]) -> None:
    day = date(2026, 3, 10)
    office = roster.save_pattern(services, admin, "总值班室", "24h", time(8, 30), officers=1, leader=False)
    night = roster.save_pattern(services, admin, "应急值守", "24h", time(4, 0), officers=1, leader=False)
    person = {R.Position.OFFICER: R.RotationLists([people["张伟"]])}
    roster.save_rotation(services, admin, office, day, day, person)
    plan = roster.preview(services, admin, night, day, day, person)  # 04:00 to 04:00: inside the 08:30 duty
    assert [p.kind for p in plan.problems] == [R.ProblemKind.OVERLAP]
    with pytest.raises(ValidationError):
        roster.save_rotation(services, admin, night, day, day, person)
    with pytest.raises(ValidationError):  # a year's worth and more at once
        roster.preview(services, admin, night, day, day + timedelta(days=500), person)


def test_part_of_a_duty_is_taken_over_and_people_are_added_and_removed(
        services: Services, admin: Actor, people: dict[str, str], drawn: str, auditor: Actor) -> None:
    day = date(2026, 3, 3)
    [officer] = [r for r in roster.duties(services, admin, *roster.day_range(day, day))
                 if r.duty.day == day and r.duty.position is R.Position.OFFICER]
    roster.replace_person(services, admin, officer.id, people["周平"], bj(day, 14), bj(day, 20))  # an afternoon
    on = [(r.person_name, r.duty.starts_at, r.duty.ends_at) for r in
          roster.duties(services, admin, *roster.day_range(day, day + timedelta(days=1)))
          if r.duty.day == day and r.duty.position is R.Position.OFFICER]
    end = bj(day + timedelta(days=1), 8, 30)
    assert sorted(on, key=lambda o: o[1]) == [(officer.person_name, bj(day, 8, 30), bj(day, 14)),
                                              ("周平", bj(day, 14), bj(day, 20)),
                                              (officer.person_name, bj(day, 20), end)]
    assert all(g.ends_at <= bj(day, 8, 30) for g in roster.coverage(services, admin, drawn, day, day).gaps)
    with pytest.raises(ValidationError):  # outside the duty
        roster.replace_person(services, admin, officer.id, people["周平"], bj(day, 6), bj(day, 9))
    extra = roster.add_to_shift(services, admin, officer.id, people["孙强"])
    assert "孙强" in {r.person_name for r in roster.on_duty(services, admin, bj(day, 9))[0]}
    roster.remove_duty(services, admin, extra)
    assert "孙强" not in {r.person_name for r in roster.on_duty(services, admin, bj(day, 9))[0]}
    actions = [e.action for e in audit.entries(services, auditor, 10)]
    assert {"replace_on_duty", "add_duty", "remove_duty"} <= set(actions)


def test_a_name_a_spreadsheet_would_run_is_exported_as_text_and_imported_back(
        services: Services, admin: Actor) -> None:
    name = "=HYPERLINK(\"http://evil.example\",\"值班\")"
    person = directory.save_person(services, admin, PersonData(name=name, mobile="13900001111"))
    pattern_id = roster.save_pattern(services, admin, "值班", "24h", time(8, 30), officers=1, leader=False)
    roster.save_rotation(services, admin, pattern_id, FIRST, FIRST, {R.Position.OFFICER: R.RotationLists([person])})
    exported = roster_export.export(services, admin, FIRST, FIRST, "csv").decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(exported)))
    assert row["person"] == "'" + name
    later = exported.replace(FIRST.isoformat(), "2026-04-06")
    assert roster_import.import_roster(services, admin, "值班", later) == 1
    assert [r.person_name for r in roster.duties(services, admin, *roster.day_range(date(2026, 4, 6),
                                                                                   date(2026, 4, 6)))] == [name]
