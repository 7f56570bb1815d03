"""The incident list: urgency first by the clocks, every header order, the filters, paging across the open and
closed incidents."""

from datetime import datetime, timedelta

import pytest

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import Profile, parse_profile
from duty_desk.domain.incident_query import IncidentQuery, SortKey
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.paths import resource
from duty_desk.services import attention, incident_attention, incidents, rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.incident_list import list_incidents, list_with_clocks

OVERDUE = DeadlineState.OVERDUE


def _rules_text() -> str:
    """The default rules, but the daily follow-ups due twelve hours from now: at 08:00 or 17:00 Beijing the
    default times would make an incident received an hour before overdue, and the order here depend on the
    time of day the tests run."""
    far = (beijing(utcnow()) + timedelta(hours=12)).strftime("%H:%M")
    text = resource("rules", "deadlines.toml").read_text(encoding="utf-8")
    return text.replace('follow_up_times = ["08:00", "17:00"]', f'follow_up_times = ["{far}"]')



@pytest.fixture
def profile() -> Profile:
    return parse_profile(_rules_text())


def _add(services: Services, admin: Actor, minutes_ago: int, severity: Severity, district: str = "110105",
         category: Category = Category.ACCIDENT, drill: bool = False, status: Status = Status.NEW) -> str:
    data = IncidentData(received_at=utcnow() - timedelta(minutes=minutes_ago), source=Source.PHONE,
                        summary=f"{minutes_ago} 分钟前的事件", district_code=district, category=category,
                        severity=severity, drill=drill)
    incident_id, _ = incidents.register(services, admin, data)
    if status is not Status.NEW:
        incidents.set_status(services, admin, incident_id, status, "已处置完毕")
    return incident_id


@pytest.fixture
def room(services: Services, admin: Actor) -> dict[str, str]:
    """A spread of incidents whose urgency order is known from the default rules."""
    return {
        "overdue_old": _add(services, admin, 50, Severity.I),  # telephone due 35 min ago
        "overdue": _add(services, admin, 20, Severity.II),  # telephone due 5 min ago
        "soon": _add(services, admin, 12, Severity.I, district="110108"),  # telephone due in 3 min
        "later": _add(services, admin, 10, Severity.III, category=Category.PUBLIC_HEALTH),  # due in 20 min
        "iv": _add(services, admin, 5, Severity.IV),  # written due in 5 h 55 min
        "closed_new": _add(services, admin, 30, Severity.I, status=Status.CLOSED),
        "closed_old": _add(services, admin, 300, Severity.IV, status=Status.CLOSED),
        "drill": _add(services, admin, 40, Severity.I, drill=True),
    }


def _ids(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [getattr(r, "view", r).id for r in rows]


def test_urgency_puts_the_longest_overdue_first_and_closed_ones_last_newest_first(
        services: Services, admin: Actor, profile: Profile, room: dict[str, str]) -> None:
    rows = list_with_clocks(services, admin, profile, IncidentQuery())
    names = {v: k for k, v in room.items()}
    assert [names[i] for i in _ids(rows)] == ["overdue_old", "overdue", "soon", "later", "iv", "closed_new",
                                              "closed_old"]
    for kind in (ReportKind.TELEPHONE, ReportKind.WRITTEN):  # both made: only the next daily follow-up runs
        incidents.record_report(services, admin, room["overdue_old"], kind, utcnow(), "市委值班室", "phone")
    rows = list_with_clocks(services, admin, profile, IncidentQuery())
    assert [names[i] for i in _ids(rows)][:2] == ["overdue", "soon"]


def test_pages_cross_from_open_to_closed_without_loss_or_repeat(
        services: Services, admin: Actor, profile: Profile, room: dict[str, str]) -> None:
    whole = _ids(list_with_clocks(services, admin, profile, IncidentQuery(include_drills=True), limit=100))
    paged: list[str] = []
    for offset in range(0, 10, 3):
        paged += _ids(list_with_clocks(services, admin, profile, IncidentQuery(include_drills=True), 3, offset))
    assert paged == whole and len(whole) == len(room)


@pytest.mark.parametrize(("key", "descending", "value"), [
    (SortKey.NUMBER, False, lambda v: v.number),
    (SortKey.NUMBER, True, lambda v: v.number),
    (SortKey.RECEIVED, False, lambda v: v.data.received_at),
    (SortKey.RECEIVED, True, lambda v: v.data.received_at),
    (SortKey.SEVERITY, False, lambda v: ["I", "II", "III", "IV", "unassessed"].index(v.data.severity)),
    (SortKey.STATUS, False, lambda v: ["new", "handling", "closed"].index(v.status)),
    (SortKey.DISTRICT, True, lambda v: v.data.district_code),
])
def test_every_header_order(services: Services, admin: Actor, room: dict[str, str], key: SortKey,
                            descending: bool, value: object) -> None:
    views = list_incidents(services, admin, IncidentQuery(sort=key, descending=descending))
    keys = [value(v) for v in views]  # type: ignore[operator]
    assert keys == sorted(keys, reverse=descending) and len(views) == len(room) - 1


def test_the_filters_keep_what_they_say(services: Services, admin: Actor, profile: Profile,
                                        room: dict[str, str]) -> None:
    def shown(**filters: object) -> set[str]:
        query = IncidentQuery(**filters)  # type: ignore[arg-type]
        return set(_ids(list_with_clocks(services, admin, profile, query)))

    assert shown(statuses=frozenset({Status.CLOSED})) == {room["closed_new"], room["closed_old"]}
    assert shown(severities=frozenset({Severity.IV})) == {room["iv"], room["closed_old"]}
    assert shown(district_code="110108") == {room["soon"]}
    assert shown(category=Category.PUBLIC_HEALTH) == {room["later"]}
    assert room["drill"] not in shown() and room["drill"] in shown(include_drills=True)
    now = utcnow()
    assert shown(received_from=now - timedelta(minutes=15), received_to=now) == {room["soon"], room["later"],
                                                                                room["iv"]}
    assert shown(statuses=frozenset({Status.CLOSED}), severities=frozenset({Severity.I})) == {room["closed_new"]}


def test_a_range_that_ends_before_it_starts_is_refused(services: Services, admin: Actor, profile: Profile) -> None:
    start = datetime(2026, 12, 5, tzinfo=utcnow().tzinfo)
    with pytest.raises(ValidationError) as caught:
        list_with_clocks(services, admin, profile, IncidentQuery(received_from=start, received_to=start))
    assert caught.value.errors[0].field == "received_to"


def test_attention_lists_real_incidents_before_drills_each_longest_overdue_first(
        services: Services, admin: Actor, room: dict[str, str]) -> None:
    rules.save_rules(services, admin, _rules_text())  # the rules the source reads are the office's
    found = attention.gather(services, admin)
    names = {v: k for k, v in room.items()}
    # By due time alone the drill's reports (25 and 10 min overdue) would come between the real ones; the
    # one due soon comes after every overdue one, drills included.
    assert [(names[i.record_id], i.subject, i.deadline.state(utcnow())) for i in found] == [
        ("overdue_old", ReportKind.TELEPHONE, OVERDUE), ("overdue_old", ReportKind.WRITTEN, OVERDUE),
        ("overdue", ReportKind.TELEPHONE, OVERDUE), ("drill", ReportKind.TELEPHONE, OVERDUE),
        ("drill", ReportKind.WRITTEN, OVERDUE), ("soon", ReportKind.TELEPHONE, DeadlineState.DUE_SOON)]
    assert {(i.source, i.record_kind) for i in found} == {(incident_attention.SOURCE, incident_attention.INCIDENT)}
    assert [i.drill for i in found] == [False, False, False, True, True, False]
