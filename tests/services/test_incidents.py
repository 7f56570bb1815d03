"""Registering incidents, follow-ups, reports made, edits with history, status, and who may do what."""

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import parse_profile
from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.paths import resource
from duty_desk.services import audit, incidents, office_rules, rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.models import Incident, OutboxOp


def _call(at: datetime | None = None, **extra: object) -> IncidentData:
    base = {"received_at": at or utcnow() - timedelta(minutes=3), "source": Source.PHONE,
            "summary": "朝阳区某小区燃气管道泄漏，已疏散居民", "reporter_unit": "朝阳区政府值班室",
            "reporter_name": "王磊", "reporter_phone": "010-6509 1234", "district_code": "110105",
            "category": Category.ACCIDENT, "severity": Severity.III, "injured": 2}
    return IncidentData(**{**base, **extra})  # type: ignore[arg-type]


def test_register_numbers_by_year_and_workstation(services: Services, admin: Actor) -> None:
    first_id, first = incidents.register(services, admin, _call())
    _, second = incidents.register(services, admin, _call())
    year = datetime.now(UTC).astimezone().year
    code = services.db.site_id[-4:].upper()
    assert first.endswith(f"-{code}-0001") and second.endswith(f"-{code}-0002")
    assert first.split("-")[0] in (str(year), str(year + 1))  # Beijing may already be in the new year
    view = incidents.get(services, admin, first_id)
    assert view.data.reporter_phone == "01065091234" and view.status is Status.NEW
    assert view.taken_by == admin.display_name


@pytest.mark.parametrize(("changes", "field"), [
    ({"summary": "   "}, "summary"),
    ({"received_at": timedelta(minutes=10)}, "received_at"),  # from now, when the test runs
    ({"injured": -1}, "injured"),
    ({"dead": "两人"}, "dead"),
    ({"district_code": "999999"}, "district_code"),
    ({"reporter_phone": "電話"}, "reporter_phone"),
    ({"summary": "长" * 4001}, "summary"),
])
def test_bad_intake_is_refused_naming_the_field_and_nothing_is_saved(
        services: Services, admin: Actor, changes: dict[str, Any], field: str, auditor: Actor) -> None:
    changes = {k: utcnow() + v if isinstance(v, timedelta) else v for k, v in changes.items()}
    before = audit.entries(services, auditor, 1000)
    with pytest.raises(ValidationError) as info:
        incidents.register(services, admin, _call(**changes))
    assert field in [e.field for e in info.value.errors]
    assert len(audit.entries(services, auditor, 1000)) == len(before)


def test_follow_ups_are_numbered_by_receipt_and_everything_is_on_one_timeline(
        services: Services, admin: Actor) -> None:
    start = utcnow() - timedelta(hours=2)
    incident_id, _ = incidents.register(services, admin, _call(at=start))
    incidents.add_follow_up(services, admin, incident_id, "又有一人受伤", start + timedelta(minutes=40), Source.PHONE)
    incidents.add_follow_up(services, admin, incident_id, "漏点已封堵", start + timedelta(minutes=20), Source.FAX)
    incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, start + timedelta(minutes=10),
                            "市应急管理局值班室", "phone")
    incidents.update(services, admin, incident_id, severity=Severity.II)
    incidents.set_status(services, admin, incident_id, Status.CLOSED, "现场处置完毕")
    events = incidents.timeline(services, admin, incident_id)
    assert [(e.kind, e.number) for e in events[:4]] == [
        (TimelineKind.INTAKE, 0), (TimelineKind.REPORT_MADE, 0), (TimelineKind.FOLLOW_UP, 1),
        (TimelineKind.FOLLOW_UP, 2)]
    assert (events[2].text, events[2].source) == ("漏点已封堵", "fax") and events[3].text == "又有一人受伤"
    assert (events[1].report_kind, events[1].text, events[1].source) == ("telephone", "市应急管理局值班室", "phone")
    assert [e.kind for e in events[4:]] == ["change", "change"]
    assert events[4].changes == (("severity", "II"),)
    assert dict(events[5].changes) == {"status": "closed", "status_reason": "现场处置完毕"}


def test_a_report_made_stops_its_clock_and_a_severity_change_moves_them(services: Services, admin: Actor) -> None:
    profile = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))
    received = utcnow() - timedelta(minutes=40)
    incident_id, _ = incidents.register(services, admin, _call(at=received))
    by_kind = {c.kind: c for c in incidents.deadline_clocks(services, admin, incident_id, profile)}
    assert by_kind[ReportKind.TELEPHONE].state(utcnow()) is DeadlineState.OVERDUE  # III: 30 min
    assert by_kind[ReportKind.WRITTEN].due == received + timedelta(minutes=60)
    incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, utcnow(), "市领导秘书", "phone")
    incidents.update(services, admin, incident_id, severity=Severity.I)
    by_kind = {c.kind: c for c in incidents.deadline_clocks(services, admin, incident_id, profile)}
    assert by_kind[ReportKind.TELEPHONE].state(utcnow()) is DeadlineState.DONE
    assert by_kind[ReportKind.WRITTEN].due == received + timedelta(minutes=30)


def test_closing_needs_a_reason_and_reopening_is_recorded(services: Services, admin: Actor) -> None:
    incident_id, _ = incidents.register(services, admin, _call())
    with pytest.raises(ValidationError):
        incidents.set_status(services, admin, incident_id, Status.CLOSED)
    incidents.set_status(services, admin, incident_id, Status.HANDLING)
    incidents.set_status(services, admin, incident_id, Status.CLOSED, "已处置")
    incidents.set_status(services, admin, incident_id, Status.HANDLING, "群众再次来电，泄漏复发")
    assert incidents.get(services, admin, incident_id).status is Status.HANDLING
    assert [e.kind for e in incidents.timeline(services, admin, incident_id)].count(TimelineKind.CHANGE) == 3


def test_reception_may_neither_see_nor_register(services: Services, admin: Actor,
                                                 make_user: Callable[[str, Role], Actor]) -> None:
    reception = make_user("jiedai", Role.RECEPTION)
    incident_id, _ = incidents.register(services, admin, _call())
    with pytest.raises(PermissionDenied):
        incidents.register(services, reception, _call())
    with pytest.raises(PermissionDenied):
        incidents.get(services, reception, incident_id)
    officer = make_user("zhiban", Role.DUTY_OFFICER)
    incidents.add_follow_up(services, officer, incident_id, "补充情况", utcnow(), Source.PHONE)


def test_a_second_report_of_the_same_incident_is_offered_as_a_duplicate(services: Services, admin: Actor) -> None:
    now = utcnow()
    first_id, _ = incidents.register(services, admin, _call(at=now - timedelta(minutes=50)))
    elsewhere, _ = incidents.register(services, admin, _call(at=now - timedelta(minutes=40), district_code="110108"))
    long_ago, _ = incidents.register(services, admin, _call(at=now - timedelta(hours=3)))
    unlike, _ = incidents.register(services, admin, _call(summary="海淀区一学校发生食物中毒"))
    second = _call(at=now, summary="朝阳区小区燃气泄漏，居民已疏散")
    candidates = [v.id for v in incidents.possible_duplicates(services, admin, second)]
    assert candidates == [first_id]  # not another district, not three hours ago, not an unlike account
    assert {elsewhere, long_ago, unlike}.isdisjoint(candidates)
    incidents.set_status(services, admin, first_id, Status.CLOSED, "已处置")
    assert incidents.possible_duplicates(services, admin, second) == []  # only open incidents
    second_id, _ = incidents.register(services, admin, second, duplicate_of=first_id)  # one call, one transaction
    first_number = incidents.get(services, admin, first_id).number
    assert any(e.kind == "change" and ("duplicate_of", first_number) in e.changes
               for e in incidents.timeline(services, admin, second_id))
    with pytest.raises(ValidationError):
        incidents.link_duplicate(services, admin, second_id, second_id)


def test_a_registration_whose_link_fails_saves_nothing(services: Services, admin: Actor, auditor: Actor) -> None:
    """The link is checked after the incident's row is written: the whole transaction goes, not only the link."""
    gone_id, _ = incidents.register(services, admin, _call())
    with services.db.session() as session, session.begin():
        session.get_one(Incident, gone_id).deleted = True
    before = audit.entries(services, auditor, 1000)
    with services.db.session() as session:
        outbox = session.scalar(select(func.count()).select_from(OutboxOp))
    for target in (gone_id, "0190a0b0-0000-7000-8000-000000000000"):
        with pytest.raises(ValidationError) as info:
            incidents.register(services, admin, _call(), duplicate_of=target)
        assert [e.field for e in info.value.errors] == ["duplicate_of"]
    assert len(audit.entries(services, auditor, 1000)) == len(before)
    with services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 1  # only the deleted one
        assert session.scalar(select(func.count()).select_from(OutboxOp)) == outbox  # nothing went to sync
    _, number = incidents.register(services, admin, _call())
    assert number.endswith("-0002")  # no number was used up by the failed attempts


def test_deadline_rules_are_saved_only_when_valid_and_only_by_an_administrator(
        services: Services, admin: Actor, make_user: Callable[[str, Role], Actor], auditor: Actor) -> None:
    default = rules.rule_text(services, admin)
    faster = default.replace("telephone_minutes = 30", "telephone_minutes = 20")
    with pytest.raises(ValidationError):
        rules.save_rules(services, admin, default.replace("written_minutes = 360", "written_minutes = -1"))
    assert rules.rule_text(services, admin) == default  # nothing was written
    with pytest.raises(PermissionDenied):
        rules.save_rules(services, make_user("leader1", Role.SHIFT_LEADER), faster)
    profile = rules.save_rules(services, admin, faster)
    assert profile.rule(Severity.III).telephone_minutes == 20
    assert rules.load_profile(services, admin).rule(Severity.III).telephone_minutes == 20
    [entry] = [e for e in audit.entries(services, auditor, limit=50) if e.action == "edit_office_rule"]
    assert entry.actor_name == "admin" and "telephone_minutes = 20" in json.loads(entry.after)["value"]


def test_an_earlier_versions_rule_file_applies_until_the_office_saves_one(services: Services, admin: Actor) -> None:
    default = rules.rule_text(services, admin)
    earlier = default.replace("telephone_minutes = 30", "telephone_minutes = 25")
    (services.db.path.parent / rules.FILENAME).write_text(earlier, encoding="utf-8")  # as the last version kept it
    assert rules.load_profile(services, admin).rule(Severity.III).telephone_minutes == 25
    rules.save_rules(services, admin, default)
    assert rules.load_profile(services, admin).rule(Severity.III).telephone_minutes == 30


def test_an_unreadable_earlier_rule_file_gives_way_to_the_default(services: Services, admin: Actor) -> None:
    earlier = rules.default_text().replace("telephone_minutes = 30", "telephone_minutes = 25") + "# 手工改过\n"
    (services.db.path.parent / rules.FILENAME).write_bytes(earlier.encode("gbk"))  # saved from a GBK editor
    assert rules.load_profile(services, admin).rule(Severity.III).telephone_minutes == 30


def test_a_rule_file_this_version_cannot_read_gives_way_to_the_default(services: Services, admin: Actor) -> None:
    newer = "[future]\nescalate_to = \"mayor\"\n" + rules.default_text().replace("telephone_minutes = 30",
                                                                                 "telephone_minutes = 20")
    office_rules.set_text(services, admin, office_rules.DEADLINES, newer)  # as a newer version's sync brings it
    with pytest.raises(ValidationError):
        parse_profile(rules.rule_text(services, admin))
    assert rules.load_profile(services, admin).rule(Severity.III).telephone_minutes == 30  # the clocks go on


def test_numbers_go_on_past_9999(services: Services, admin: Actor, sql: Callable[..., list[object]]) -> None:
    _, first = incidents.register(services, admin, _call())
    prefix = first.rsplit("-", 1)[0]
    sql("UPDATE incidents SET number = ? WHERE number = ?", f"{prefix}-9999", first)
    _, tenth_thousand = incidents.register(services, admin, _call())
    _, next_one = incidents.register(services, admin, _call())
    assert (tenth_thousand, next_one) == (f"{prefix}-10000", f"{prefix}-10001")


def test_a_status_changed_before_workflow_events_keeps_its_history_and_moves_on_from_there(
        services: Services, admin: Actor) -> None:
    incident_id, _ = incidents.register(services, admin, _call())
    with services.write(admin, Action.EDIT_INCIDENT) as session:  # as the version before events recorded a close
        row = session.get(Incident, incident_id)
        assert row is not None
        before = audit.snapshot(row)
        row.status, row.status_reason = Status.CLOSED, "旧版本办结"
        audit.record(session, admin, AuditAction.SET_INCIDENT_STATUS, "incidents", row.id, before,
                     audit.snapshot(row))
    with pytest.raises(ValidationError) as refused:
        incidents.set_status(services, admin, incident_id, Status.CLOSED, "再办结一次")
    assert refused.value.errors[0].reason == "the incident already has that status"
    incidents.set_status(services, admin, incident_id, Status.HANDLING, "群众再次来电")
    assert incidents.get(services, admin, incident_id).status is Status.HANDLING
    statuses = [dict(e.changes)["status"] for e in incidents.timeline(services, admin, incident_id)
                if e.kind is TimelineKind.CHANGE]
    assert statuses == ["closed", "handling"]  # the old close from the audit trail, the reopening from its event
