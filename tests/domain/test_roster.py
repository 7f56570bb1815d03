"""Roster maths: rotations over the Spring Festival 2026 and its make-up working days, handoffs across midnight,
checks, gaps and balance, who is on duty."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from duty_desk.domain import roster as R
from duty_desk.domain.timefmt import BEIJING
from duty_desk.domain.validation import ValidationError

OFFICERS = ["o1", "o2", "o3", "o4"]
HOLIDAY_OFFICERS = ["h1", "h2"]
LEADERS = ["L1", "L2", "L3"]


def bj(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BEIJING).astimezone(UTC)


def test_the_2026_spring_festival_and_its_make_up_days() -> None:
    assert R.calendar_day(date(2026, 2, 14)).kind is R.DayKind.WORKDAY  # a Saturday worked (调休)
    assert R.calendar_day(date(2026, 2, 17)).kind is R.DayKind.HOLIDAY  # the first day of the year
    assert R.calendar_day(date(2026, 2, 17)).name == "Spring Festival"
    assert R.calendar_day(date(2026, 2, 28)).kind is R.DayKind.WORKDAY  # another Saturday worked
    assert R.calendar_day(date(2026, 3, 7)).kind is R.DayKind.WEEKEND


def test_a_year_beyond_the_data_is_said_so_and_taken_as_ordinary() -> None:
    saturday = R.calendar_day(date(2035, 1, 6))
    assert (saturday.kind, saturday.known) == (R.DayKind.WEEKEND, False)
    assert R.calendar_day(date(2035, 1, 8)).kind is R.DayKind.WORKDAY


def test_rotation_over_the_festival_uses_the_holiday_list_and_keeps_each_lists_place() -> None:
    pattern = R.twenty_four_hours("总值班", officers=1)
    lists = {R.Position.OFFICER: R.RotationLists(OFFICERS, HOLIDAY_OFFICERS),
             R.Position.LEADER: R.RotationLists(LEADERS, offset=1)}
    duties = R.rotate(pattern, date(2026, 2, 13), date(2026, 3, 1), lists)
    officers = {d.day: d.person_id for d in duties if d.position is R.Position.OFFICER}
    # 13 (Fri) and 14 (make-up Saturday) are working days; 15-23 the holiday; 24-27 working; 28 worked; 1 Sunday.
    assert officers[date(2026, 2, 13)] == "o1" and officers[date(2026, 2, 14)] == "o2"
    assert [officers[date(2026, 2, d)] for d in range(15, 24)] == ["h1", "h2"] * 4 + ["h1"]
    assert officers[date(2026, 2, 24)] == "o3"  # the working-day list goes on where it stopped
    assert officers[date(2026, 2, 28)] == "o3"  # 24 o3, 25 o4, 26 o1, 27 o2, 28 o3
    assert officers[date(2026, 3, 1)] == "h2"
    leaders = [d.person_id for d in duties if d.position is R.Position.LEADER]
    assert leaders[:4] == ["L2", "L3", "L1", "L2"]  # the start offset; the leader has no holiday list


def test_a_24_hour_duty_runs_from_the_handoff_across_midnight() -> None:
    pattern = R.twenty_four_hours("总值班", handoff=time(8, 30), officers=1, leader=False)
    [duty] = R.rotate(pattern, date(2026, 3, 2), date(2026, 3, 2), {R.Position.OFFICER: R.RotationLists(["a"])})
    assert (duty.starts_at, duty.ends_at) == (bj(date(2026, 3, 2), 8, 30), bj(date(2026, 3, 3), 8, 30))
    assert duty.covers(bj(date(2026, 3, 3), 0, 5)) and not duty.covers(bj(date(2026, 3, 3), 8, 30))


def test_who_is_on_duty_right_across_the_handoff_and_midnight() -> None:
    pattern = R.day_and_night("昼夜", day_start=time(8, 30), officers=1, leader=False)
    duties = R.rotate(pattern, date(2026, 3, 2), date(2026, 3, 3), {R.Position.OFFICER: R.RotationLists(["a", "b"])})
    now, nxt = R.on_duty(duties, bj(date(2026, 3, 2), 20, 29))
    assert [d.person_id for d in now] == ["a"] and [d.person_id for d in nxt] == ["b"]
    now, nxt = R.on_duty(duties, bj(date(2026, 3, 2), 20, 30))  # the handoff itself: the night shift has it
    assert [d.person_id for d in now] == ["b"] and [d.person_id for d in nxt] == ["a"]
    now, _ = R.on_duty(duties, bj(date(2026, 3, 3), 0, 0))  # midnight belongs to the night of the 2nd
    assert [(d.person_id, d.day) for d in now] == [("b", date(2026, 3, 2))]


def test_overlaps_short_rest_and_leave_are_found_with_reasons() -> None:
    day = date(2026, 3, 2)
    a = R.Duty("p", R.Position.OFFICER, day, "day", bj(day, 8, 30), bj(day, 20, 30))
    overlapping = R.Duty("p", R.Position.LEADER, day, "day", bj(day, 12), bj(day, 20))
    short_rest = R.Duty("p", R.Position.OFFICER, day, "night", bj(day, 22), bj(day + timedelta(days=1), 8))
    found = R.problems([a, overlapping], min_rest_hours=12)
    assert [p.kind for p in found] == [R.ProblemKind.OVERLAP]
    assert [p.kind for p in R.problems([a, short_rest])] == [R.ProblemKind.REST]
    assert R.problems([a, short_rest], min_rest_hours=1) == []
    leave = R.Absence("p", bj(day, 0), bj(day, 9))
    assert [p.kind for p in R.problems([a], [leave])] == [R.ProblemKind.LEAVE]


def test_gaps_are_reported_by_the_hour_and_the_balance_counts_nights_and_holidays() -> None:
    pattern = R.twenty_four_hours("总值班", officers=2)
    lists = {R.Position.OFFICER: R.RotationLists(OFFICERS), R.Position.LEADER: R.RotationLists(LEADERS)}
    duties = R.rotate(pattern, date(2026, 2, 16), date(2026, 2, 18), lists)
    start, end = bj(date(2026, 2, 16), 8, 30), bj(date(2026, 2, 19), 8, 30)
    assert R.coverage(duties, pattern.needs(), start, end).gaps == []
    without = [d for d in duties if not (d.position is R.Position.LEADER and d.day == date(2026, 2, 17))]
    report = R.coverage(without, pattern.needs(), start, end)
    [gap] = report.gaps
    assert (gap.position, gap.starts_at, gap.ends_at, gap.missing, gap.hours) == (
        R.Position.LEADER, bj(date(2026, 2, 17), 8, 30), bj(date(2026, 2, 18), 8, 30), 1, 24)
    one_short = R.coverage(duties[1:], pattern.needs(), start, end).gaps  # an officer missing on the 16th
    assert [(g.position, g.missing, g.hours) for g in one_short] == [(R.Position.OFFICER, 1, 24)]
    balance = R.coverage(duties, pattern.needs(), start, end).balance
    assert sum(b.duties for b in balance.values()) == 9 and balance["o1"].nights == balance["o1"].duties
    assert balance["o1"].offdays == balance["o1"].duties  # 16-18 February are all holidays


def test_bad_patterns_and_ranges_are_refused() -> None:
    with pytest.raises(ValidationError):
        R.check_pattern(R.Pattern("x", (R.Shift("day", time(8), 12),)))
    with pytest.raises(ValidationError):
        R.rotate(R.twenty_four_hours("x"), date(2026, 3, 2), date(2026, 3, 1), {})
    with pytest.raises(ValidationError):
        R.rotate(R.twenty_four_hours("x"), date(2026, 3, 1), date(2026, 3, 2), {})  # no one listed


def test_an_overlap_hidden_behind_a_short_duty_is_still_found() -> None:
    day = date(2026, 3, 2)
    long = R.Duty("p", R.Position.LEADER, day, "24h", bj(day, 8, 30), bj(day + timedelta(days=1), 8, 30))
    morning = R.Duty("p", R.Position.OFFICER, day, "x", bj(day, 9), bj(day, 10))
    evening = R.Duty("p", R.Position.OFFICER, day, "y", bj(day, 21), bj(day, 22))  # inside the long one too
    found = R.problems([long, morning, evening], min_rest_hours=0)
    assert [(p.kind, p.at) for p in found] == [(R.ProblemKind.OVERLAP, morning.starts_at),
                                               (R.ProblemKind.OVERLAP, evening.starts_at)]
