"""Deadline clocks: the default rule file, severity changes, reports made, the 08:00/17:00 cadence, midnight."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import (
    Clock,
    LevelEntry,
    Profile,
    clocks,
    next_due,
    next_slot,
    parse_profile,
    rule_file,
)
from duty_desk.domain.incidents import ReportKind, Severity
from duty_desk.domain.timefmt import BEIJING
from duty_desk.domain.validation import ValidationError
from duty_desk.paths import resource


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))


def bj(text: str) -> datetime:
    """A Beijing wall-clock time, as the officer reads it."""
    return datetime.fromisoformat(text).replace(tzinfo=BEIJING).astimezone(UTC)


def by_kind(items: list[Clock], kind: ReportKind) -> Clock:
    return next(c for c in items if c.kind is kind)


def test_default_profile_matches_the_published_rules(profile: Profile) -> None:
    for level, phone, written in ((Severity.I, 15, 30), (Severity.II, 15, 30), (Severity.III, 30, 60),
                                  (Severity.IV, None, 360)):
        rule = profile.rule(level)
        assert (rule.telephone_minutes, rule.written_minutes) == (phone, written)
    assert profile.amber_minutes == 5


def test_level_one_clocks_from_the_received_time(profile: Profile) -> None:
    received = bj("2026-11-25T14:05")
    items = clocks(profile, Severity.I, received, [])
    assert by_kind(items, ReportKind.TELEPHONE).due == bj("2026-11-25T14:20")
    assert by_kind(items, ReportKind.WRITTEN).due == bj("2026-11-25T14:35")
    assert by_kind(items, ReportKind.FOLLOW_UP).due == bj("2026-11-25T17:00")


def test_level_four_has_no_telephone_clock_and_no_daily_follow_ups(profile: Profile) -> None:
    items = clocks(profile, Severity.IV, bj("2026-11-25T09:00"), [])
    assert [c.kind for c in items] == [ReportKind.WRITTEN]
    assert items[0].due == bj("2026-11-25T15:00")


def test_changing_the_severity_recomputes_the_clocks(profile: Profile) -> None:
    received = bj("2026-11-25T10:00")
    before = by_kind(clocks(profile, Severity.III, received, []), ReportKind.WRITTEN).due
    after = by_kind(clocks(profile, Severity.II, received, []), ReportKind.WRITTEN).due
    assert (before, after) == (bj("2026-11-25T11:00"), bj("2026-11-25T10:30"))


def test_unassessed_runs_as_the_configured_level(profile: Profile) -> None:
    received = bj("2026-11-25T10:00")
    assert clocks(profile, Severity.UNASSESSED, received, []) == clocks(profile, Severity.I, received, [])


def test_states_turn_amber_then_red_and_a_report_made_stops_the_clock(profile: Profile) -> None:
    received = bj("2026-11-25T14:05")
    phone = by_kind(clocks(profile, Severity.II, received, []), ReportKind.TELEPHONE)
    assert phone.state(bj("2026-11-25T14:09")) is DeadlineState.PENDING
    assert phone.state(bj("2026-11-25T14:15")) is DeadlineState.DUE_SOON
    assert phone.state(bj("2026-11-25T14:21")) is DeadlineState.OVERDUE
    made = clocks(profile, Severity.II, received, [(ReportKind.TELEPHONE, bj("2026-11-25T14:30"))])
    assert by_kind(made, ReportKind.TELEPHONE).state(bj("2026-11-25T15:00")) is DeadlineState.DONE


def test_follow_ups_roll_from_17_00_to_08_00_across_midnight(profile: Profile) -> None:
    received = bj("2026-11-25T16:50")  # written due 17:20, so the first follow-up is tomorrow 08:00
    items = clocks(profile, Severity.I, received, [])
    assert by_kind(items, ReportKind.FOLLOW_UP).due == bj("2026-11-26T08:00")
    after_one = clocks(profile, Severity.I, received, [(ReportKind.FOLLOW_UP, bj("2026-11-26T07:40"))])
    assert by_kind(after_one, ReportKind.FOLLOW_UP).due == bj("2026-11-26T17:00")
    late = clocks(profile, Severity.I, received, [(ReportKind.FOLLOW_UP, bj("2026-11-26T23:30"))])
    assert by_kind(late, ReportKind.FOLLOW_UP).due == bj("2026-11-27T17:00")  # it answers 08:00 on the 27th
    early = clocks(profile, Severity.I, received, [(ReportKind.FOLLOW_UP, bj("2026-11-25T16:55"))])
    assert by_kind(early, ReportKind.FOLLOW_UP).due == bj("2026-11-26T08:00")  # the first slot still stands


def test_received_just_after_midnight_in_beijing_is_still_the_same_beijing_day(profile: Profile) -> None:
    received = bj("2026-11-26T00:10")  # 2026-11-25 16:10 UTC
    assert received.date().isoformat() == "2026-11-25"
    items = clocks(profile, Severity.III, received, [])
    assert by_kind(items, ReportKind.WRITTEN).due == bj("2026-11-26T01:10")
    assert by_kind(items, ReportKind.FOLLOW_UP).due == bj("2026-11-26T08:00")


def test_a_closed_incident_owes_no_more_follow_ups(profile: Profile) -> None:
    items = clocks(profile, Severity.I, bj("2026-11-25T10:00"), [], closed=True)
    assert ReportKind.FOLLOW_UP not in [c.kind for c in items]


def test_next_slot_is_strictly_after(profile: Profile) -> None:
    assert next_slot(bj("2026-11-25T08:00"), profile.follow_up_times) == bj("2026-11-25T17:00")
    assert next_slot(bj("2026-11-25T17:00") + timedelta(seconds=1), profile.follow_up_times) == bj("2026-11-26T08:00")


@pytest.mark.parametrize(("text", "field"), [
    ("amber_minutes = 5\n[levels.I]\nwritten_minutes = 30", "levels.II"),
    ("[levels.I]\ntelephone_minutes = -5\nwritten_minutes = 30", "levels.I.telephone_minutes"),
    ("[levels.I]\ntelephone_minutes = 40\nwritten_minutes = 30", "levels.I.telephone_minutes"),
    ("[levels.I]\nwritten_minutes = \"soon\"", "levels.I.written_minutes"),
    ("follow_up_times = [\"25:00\"]", "follow_up_times[0]"),
    ("unassessed_as = \"V\"", "unassessed_as"),
    ("[levels.I]\nwritten_minutes = 30\nfollow_ups = \"weekly\"", "levels.I.follow_ups"),
    ("amber_minutes = 5\nsurprise = 1", "surprise"),
    ("this is not toml", "file"),
])
def test_a_bad_rule_file_is_refused_naming_the_entry(text: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_profile(text)
    assert field in [e.field for e in info.value.errors], info.value


@given(severity=st.sampled_from(list(Severity)),
       received=st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(UTC)),
       made=st.lists(st.tuples(st.sampled_from(list(ReportKind)), st.integers(0, 3000)), max_size=4))
def test_next_due_is_the_earliest_running_clock(severity: Severity, received: datetime,
                                                made: list[tuple[ReportKind, int]]) -> None:
    profile = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))
    reports = [(kind, received + timedelta(minutes=m)) for kind, m in made]
    running = [c.due for c in clocks(profile, severity, received, reports) if c.done_at is None]
    assert next_due(profile, severity, received, reports) == (min(running) if running else None)


def test_the_editors_form_writes_a_file_that_reads_back_as_the_same_rules() -> None:
    shipped = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))
    levels = {level.value: LevelEntry(rule.telephone_minutes, rule.written_minutes or 0, rule.follow_ups.value)
              for level, rule in shipped.levels.items()}
    text = rule_file(shipped.amber_minutes, [t.strftime("%H:%M") for t in shipped.follow_up_times],
                     shipped.unassessed_as.value, levels)
    assert parse_profile(text) == shipped
    bad = rule_file(5, ["8点", "17:00"], "I", {**levels, "III": LevelEntry(90, 60, "daily")})
    with pytest.raises(ValidationError) as refused:
        parse_profile(bad)
    assert {e.field for e in refused.value.errors} == {"follow_up_times[0]", "levels.III.telephone_minutes"}
