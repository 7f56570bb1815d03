"""Correcting what was recorded wrongly: an incident's fields with a reason, each change in the timeline in words;
a follow-up by a new entry naming the one it corrects (the wrong one stays); a linked duplicate's row names its
original instead of running clocks."""

import io
import json
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from duty_desk.domain import vocabulary as V
from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.deadlines import parse_profile
from duty_desk.domain.incident_query import IncidentQuery
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.paths import resource
from duty_desk.services import incident_list, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.storage.models import AuditEntry, FollowUpReport

PROFILE = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))


def _register(services: Services, actor: Actor, received: datetime | None = None) -> str:
    data = IncidentData(received_at=received or utcnow() - timedelta(minutes=20), source=Source.PHONE,
                        summary="丰台区一处仓库起火", reporter_name="张三", district_code="110106",
                        category=Category.ACCIDENT, severity=Severity.III)
    return incidents.register(services, actor, data)[0]


def _corrections(services: Services, incident_id: str) -> list[AuditEntry]:
    with services.db.session() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == incident_id, AuditEntry.action == AuditAction.UPDATE_INCIDENT)))


def _changes(services: Services, actor: Actor, incident_id: str) -> list[TimelineEvent]:
    return [e for e in incidents.timeline(services, actor, incident_id) if e.kind is TimelineKind.CHANGE]


def test_a_correction_changes_the_fields_and_the_timeline_says_which_in_words_with_the_reason(
        services: Services, admin: Actor) -> None:
    incident_id = _register(services, admin)
    incidents.correct(services, admin, incident_id, " 报告人姓名记错 ", reporter_name="张山", address="南四环西路",
                      injured=2, source=Source.FAX)
    data = incidents.get(services, admin, incident_id).data
    assert (data.reporter_name, data.address, data.injured, data.source) == ("张山", "南四环西路", 2, Source.FAX)
    [change] = _changes(services, admin, incident_id)
    assert dict(change.changes)["reason"] == "报告人姓名记错" and change.changes[-1][0] == "reason"
    text = V.change_text(change.changes, V.Language.ZH)
    for said in ("报告人：张山", "地址：南四环西路", "受伤：2", "信息来源：传真", "变更原因：报告人姓名记错"):
        assert said in text
    assert "Reporter: 张山" in V.change_text(change.changes, V.Language.EN)


def test_a_correction_without_a_reason_or_of_the_severity_is_refused_naming_the_field(
        services: Services, admin: Actor) -> None:
    incident_id = _register(services, admin)
    with pytest.raises(ValidationError) as info:
        incidents.correct(services, admin, incident_id, "  ", address="南四环西路")
    assert [e.field for e in info.value.errors] == ["reason"]
    with pytest.raises(ValidationError) as info:
        incidents.correct(services, admin, incident_id, "级别", severity=Severity.IV)
    assert [e.field for e in info.value.errors] == ["severity"]
    assert _corrections(services, incident_id) == []
    assert incidents.get(services, admin, incident_id).data.severity is Severity.III


@pytest.mark.parametrize(("field", "value"), [
    ("received_at", timedelta(days=365)),  # in the future
    ("received_at", datetime(1900, 1, 1).astimezone()),
    ("occurred_at", timedelta(days=1)),
    ("occurred_at", timedelta(minutes=-10)),  # after it was received (received 20 minutes ago)
])
def test_a_corrected_time_keeps_the_time_checks(services: Services, admin: Actor, field: str,
                                                value: timedelta | datetime) -> None:
    incident_id = _register(services, admin)
    at = utcnow() + value if isinstance(value, timedelta) else value
    with pytest.raises(ValidationError) as info:
        incidents.correct(services, admin, incident_id, "时间记错", **{field: at})
    assert [e.field for e in info.value.errors] == [field]
    assert _corrections(services, incident_id) == []


def test_a_corrected_receipt_re_plans_the_clocks_and_cannot_follow_a_report_made(
        services: Services, admin: Actor) -> None:
    received = (utcnow() - timedelta(minutes=20)).replace(second=0, microsecond=0)
    incident_id = _register(services, admin, received)
    earlier = received - timedelta(minutes=40)
    incidents.correct(services, admin, incident_id, "接报时间记错", received_at=earlier)
    due = {c.kind: c.due for c in incidents.deadline_clocks(services, admin, incident_id, PROFILE)}
    assert due[ReportKind.TELEPHONE] == earlier + timedelta(minutes=30)  # III: now overdue, as it truly is
    incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, earlier + timedelta(minutes=5),
                            "市政府总值班室", "phone")
    with pytest.raises(ValidationError) as info:
        incidents.correct(services, admin, incident_id, "再改", received_at=received)
    assert [e.field for e in info.value.errors] == ["received_at"]
    assert incidents.get(services, admin, incident_id).data.received_at == earlier
    [entry] = _corrections(services, incident_id)
    assert json.loads(entry.after)["reason"] == "接报时间记错"


def _follow_ups(services: Services, actor: Actor, incident_id: str) -> list[TimelineEvent]:
    return [e for e in incidents.timeline(services, actor, incident_id)
            if e.kind in (TimelineKind.FOLLOW_UP, TimelineKind.FINAL)]


def test_a_wrong_follow_up_is_corrected_by_a_new_entry_beside_it_that_keeps_its_number(
        services: Services, admin: Actor) -> None:
    incident_id = _register(services, admin)
    now = utcnow()
    first = incidents.add_follow_up(services, admin, incident_id, "死亡3人", now - timedelta(minutes=10),
                                    Source.PHONE, "李四")
    incidents.add_follow_up(services, admin, incident_id, "火势已控制", now - timedelta(minutes=5), Source.PHONE)
    correction = incidents.add_follow_up(services, admin, incident_id, "受伤3人，无人死亡", now - timedelta(minutes=10),
                                         Source.PHONE, "李四", corrects=first)
    shown = [(e.text, e.number, e.corrected, e.corrects) for e in _follow_ups(services, admin, incident_id)]
    assert shown == [("死亡3人", 1, True, ""), ("受伤3人，无人死亡", 1, False, first), ("火势已控制", 2, False, "")]
    wrong, right, _second = _follow_ups(services, admin, incident_id)
    assert V.event_name(wrong, V.Language.ZH) == "续报一（已更正，见更正）"
    assert V.event_name(right, V.Language.ZH) == "续报一更正"
    assert V.event_name(right, V.Language.EN) == "Correction of Follow-up report 1"
    with services.db.session() as session:  # append-only: the wrong one is kept as it was
        texts = {r.id: (r.text, r.corrects) for r in session.scalars(select(FollowUpReport))}
    assert texts[first] == ("死亡3人", None) and texts[correction] == ("受伤3人，无人死亡", first)
    with pytest.raises(ValidationError) as info:  # one current text: correct the correction
        incidents.add_follow_up(services, admin, incident_id, "又错了", now, Source.PHONE, corrects=first)
    assert [e.field for e in info.value.errors] == ["corrects"]
    incidents.add_follow_up(services, admin, incident_id, "受伤4人，无人死亡", now, Source.PHONE, corrects=correction)
    assert [(e.number, e.corrected) for e in _follow_ups(services, admin, incident_id)] == [
        (1, True), (1, True), (1, False), (2, False)]


def test_a_correction_names_a_follow_up_of_the_same_incident_and_keeps_its_kind(
        services: Services, admin: Actor) -> None:
    one, other = _register(services, admin), _register(services, admin)
    final = incidents.add_follow_up(services, admin, one, "处置完毕", utcnow(), Source.PHONE, final=True)
    with pytest.raises(ValidationError) as info:
        incidents.add_follow_up(services, admin, other, "处置完毕，撤离", utcnow(), Source.PHONE, corrects=final)
    assert [e.field for e in info.value.errors] == ["corrects"]
    incidents.add_follow_up(services, admin, one, "处置完毕，已撤离", utcnow(), Source.PHONE, corrects=final)
    assert [(e.kind, e.corrects == final) for e in _follow_ups(services, admin, one)] == [
        (TimelineKind.FINAL, False), (TimelineKind.FINAL, True)]
    assert V.event_name(_follow_ups(services, admin, one)[1], V.Language.ZH) == "终报更正"


def test_a_linked_duplicate_s_row_names_its_original_instead_of_its_own_clocks(
        services: Services, admin: Actor) -> None:
    original = _register(services, admin)
    number = incidents.get(services, admin, original).number
    duplicate = _register(services, admin)
    incidents.link_duplicate(services, admin, duplicate, original)
    rows = {r.view.id: r for r in incident_list.list_with_clocks(services, admin, PROFILE, IncidentQuery())}
    assert rows[duplicate].duplicate_of == number and rows[duplicate].clocks == []
    assert rows[original].duplicate_of == "" and rows[original].clocks


def test_the_printed_report_shows_the_correction_beside_the_follow_up_and_the_change_in_words(
        services: Services, admin: Actor) -> None:
    from duty_desk.services.incident_report import incident_report

    incident_id = _register(services, admin)
    incidents.correct(services, admin, incident_id, "报告人姓名记错", reporter_name="张山")
    wrong = incidents.add_follow_up(services, admin, incident_id, "死亡3人", utcnow(), Source.PHONE)
    incidents.add_follow_up(services, admin, incident_id, "受伤3人无人死亡", utcnow(), Source.PHONE, corrects=wrong)
    pdf = incident_report(services, admin, incident_id, V.Language.ZH).pdf
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
    assert text.index("续报一（已更正，见更正）") < text.index("死亡3人") < text.index("续报一更正") < \
        text.index("受伤3人无人死亡")
    assert "报告人：张山" in text and "变更原因：报告人姓名记错" in text
    english = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        incident_report(services, admin, incident_id, V.Language.EN).pdf)).pages).replace("\n", " ")
    assert "Correction of Follow-up report 1" in english and "Reason for the change: 报告人姓名记错" in english
