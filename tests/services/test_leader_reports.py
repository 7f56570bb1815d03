"""Written reports to leaders (呈报单): numbered per year and workstation, drafted from the incident, edited,
sent to the leaders the whereabouts board says (an absent one's acting one beside them), fulfilling the incident's
written-report deadline; a sent one is never edited, a correction is a new report."""

import io
from datetime import timedelta

import pytest
from leader_support import incident, leaders, staff
from pypdf import PdfReader

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import parse_profile
from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import ReportKind, Source
from duty_desk.domain.leader_reports import ReportText
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language
from duty_desk.domain.whereabouts import Whereabouts, WhereaboutsData
from duty_desk.paths import resource
from duty_desk.services import incidents, leader_report_print, leader_reports, whereabouts
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.models import LeaderReport


def _text(view: leader_reports.ReportView, *addressees: str) -> ReportText:
    return ReportText(view.text.title, view.text.body, view.text.proposal, addressees)


def test_numbers_run_per_year_and_workstation(services: Services, admin: Actor) -> None:
    incident_id = incident(services, admin)
    code, year = services.db.site_id[-4:].upper(), beijing(utcnow()).year
    numbers = [leader_reports.get(services, admin, leader_reports.draft(services, admin, incident_id)).number
               for _ in range(3)]
    assert numbers == [f"〔{year}〕第{code}-{n}期" for n in (1, 2, 3)]
    with services.db.session() as session:  # the tenth after the ninth: by value, not as text
        row = session.query(LeaderReport).filter_by(number=numbers[2]).one()
        row.number = f"〔{year}〕第{code}-9期"
        session.commit()
    nxt = leader_reports.draft(services, admin, incident_id)
    assert leader_reports.get(services, admin, nxt).number == f"〔{year}〕第{code}-10期"


def test_the_draft_is_written_from_the_facts_and_follow_ups(services: Services, admin: Actor) -> None:
    incident_id = incident(services, admin)
    incidents.add_follow_up(services, admin, incident_id, "漏点已封堵", utcnow(), Source.FAX)
    view = leader_reports.get(services, admin, leader_reports.draft(services, admin, incident_id))
    assert view.text.title == "关于朝阳区某小区燃气管道泄漏，已疏散居民的情况报告"
    assert "报告单位：朝阳区政府值班室" in view.text.body and "事发地点：朝阳区" in view.text.body
    assert "区应急局局长已到场指挥" in view.text.body and "续报一" in view.text.body and "漏点已封堵" in view.text.body
    assert view.text.proposal == "妥否，请领导阅示。" and not view.sent
    english = leader_reports.get(services, admin, leader_reports.draft(services, admin, incident_id, Language.EN))
    assert english.text.title.startswith("Report on:") and "Follow-up report 1" in english.text.body


def test_sending_fulfils_the_written_deadline_naming_the_document(services: Services, admin: Actor) -> None:
    profile = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))
    zhou, wu = leaders(services, admin, "周明远", "吴海宁")
    day = beijing(utcnow()).date()
    whereabouts.save_entry(services, admin, WhereaboutsData(zhou, Whereabouts.AWAY, day, day, "上海",
                                                            acting_person_id=wu))
    incident_id = incident(services, admin)
    report_id = leader_reports.draft(services, admin, incident_id)
    view = leader_reports.get(services, admin, report_id)
    leader_reports.save(services, admin, report_id, _text(view, zhou))
    draft = leader_reports.get(services, admin, report_id)
    assert [(a.leader, a.acting) for a in draft.addressees] == [("周明远", "吴海宁")]  # the board's acting leader
    clocks = {c.kind: c for c in incidents.deadline_clocks(services, admin, incident_id, profile)}
    assert clocks[ReportKind.WRITTEN].state(utcnow()) is not DeadlineState.DONE
    leader_reports.send(services, admin, report_id)
    clocks = {c.kind: c for c in incidents.deadline_clocks(services, admin, incident_id, profile)}
    assert clocks[ReportKind.WRITTEN].state(utcnow()) is DeadlineState.DONE  # the clock stopped
    events = incidents.timeline(services, admin, incident_id)
    made = next(e for e in events if e.kind is TimelineKind.REPORT_MADE)
    assert (made.report_kind, made.source, made.text) == ("written", view.number, "周明远（离京，吴海宁代）")
    sent = next(e for e in events if e.kind is TimelineKind.LEADER_REPORT)
    assert sent.words is not None
    assert sent.words(Language.ZH).startswith(f"呈报单{view.number}《") and "吴海宁代" in sent.words(Language.ZH)
    assert sent.words(Language.EN).startswith(f"Written report {view.number}") and "acting" in sent.words(Language.EN)


def test_a_sent_report_is_not_edited_but_corrected_by_a_new_one(services: Services, admin: Actor) -> None:
    (zhou,) = leaders(services, admin, "周明远")
    incident_id = incident(services, admin)
    report_id = leader_reports.draft(services, admin, incident_id, addressee_ids=(zhou,))
    leader_reports.send(services, admin, report_id)
    view = leader_reports.get(services, admin, report_id)
    with pytest.raises(ValidationError) as refused:
        leader_reports.save(services, admin, report_id, ReportText("新标题", "正文", "", (zhou,)))
    assert refused.value.errors[0].field == "report"
    with pytest.raises(ValidationError) as twice:
        leader_reports.send(services, admin, report_id)
    assert twice.value.errors[0].field == "report"
    fixed = leader_reports.get(services, admin, leader_reports.correct(services, admin, report_id))
    assert fixed.corrects == view.number and fixed.number != view.number and not fixed.sent
    assert fixed.text == view.text
    assert [v.number for v in leader_reports.reports(services, admin)] == [fixed.number, view.number]  # drafts first


@pytest.mark.parametrize(("case", "field"), [("no_title", "title"), ("no_body", "body"),
                                             ("not_leader", "addressee_ids"), ("control", "proposal")])
def test_bad_drafts_are_refused_naming_the_field(services: Services, admin: Actor, case: str, field: str) -> None:
    (zhou,) = leaders(services, admin, "周明远")
    clerk = staff(services, admin, "李娜")
    report_id = leader_reports.draft(services, admin, incident(services, admin))
    text = {"no_title": ReportText(" ", "正文", "", (zhou,)), "no_body": ReportText("标题", "\n", "", (zhou,)),
            "not_leader": ReportText("标题", "正文", "", (zhou, clerk)),
            "control": ReportText("标题", "正文", "拟\x07办", (zhou,))}[case]
    with pytest.raises(ValidationError) as refused:
        leader_reports.save(services, admin, report_id, text)
    assert refused.value.errors[0].field == field


def test_sending_needs_a_leader_and_a_time_that_can_be_right(services: Services, admin: Actor) -> None:
    (zhou,) = leaders(services, admin, "周明远")
    incident_id = incident(services, admin, minutes_ago=20)
    report_id = leader_reports.draft(services, admin, incident_id)
    with pytest.raises(ValidationError) as nobody:
        leader_reports.send(services, admin, report_id)
    assert nobody.value.errors[0].field == "addressee_ids"
    view = leader_reports.get(services, admin, report_id)
    leader_reports.save(services, admin, report_id, _text(view, zhou))
    for when in (utcnow() + timedelta(hours=1), utcnow() - timedelta(hours=1)):  # future; before it was received
        with pytest.raises(ValidationError) as refused:
            leader_reports.send(services, admin, report_id, when)
        assert refused.value.errors[0].field in ("sent_at", "made_at")
    assert not leader_reports.get(services, admin, report_id).sent  # nothing saved


@pytest.mark.parametrize("language", [Language.ZH, Language.EN])
def test_the_pdf_reads_back(services: Services, admin: Actor, language: Language) -> None:
    zhou, wu = leaders(services, admin, "周明远", "吴海宁")
    day = beijing(utcnow()).date()
    whereabouts.save_entry(services, admin, WhereaboutsData(zhou, Whereabouts.AWAY, day, day, acting_person_id=wu))
    report_id = leader_reports.draft(services, admin, incident(services, admin), addressee_ids=(zhou,))
    printout = leader_report_print.leader_report(services, admin, report_id, language)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(printout.pdf)).pages)
    text = text.replace(" ", "").replace("\n", "")
    assert "值班信息专报" in text and printout.number in text and "燃气管道泄漏" in text
    if language is Language.ZH:
        assert "拟办意见" in text and "领导批示" in text and "周明远（离京，吴海宁代）" in text and "第1页共1页" in text
    else:
        assert "Proposedhandling" in text and "Leader'sinstruction" in text and "acting" in text


def test_reception_sees_none_of_it(services: Services, admin: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    reception: Actor = make_user("desk", Role.RECEPTION)
    report_id = leader_reports.draft(services, admin, incident(services, admin))
    for call in (lambda: leader_reports.reports(services, reception),
                 lambda: leader_reports.get(services, reception, report_id),
                 lambda: leader_report_print.leader_report(services, reception, report_id, Language.ZH)):
        with pytest.raises(PermissionDenied):
            call()
