"""Leaders' instructions and supervision tasks through the services, on a real database: corrections shown
together, task states as workflow events, chases, bad input refused with the field named and nothing saved,
attention (amber, red), the counts for the Overview, search, the incident's timeline, and roles."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from supervision_support import Office, instruction, office, tasks

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.roles import Role
from duty_desk.domain.supervision import Channel, ChaseMeans, ChaseOutcome, TaskState
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language
from duty_desk.services import attention, incidents, instructions, office_rules, search, supervision
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.instructions import InstructionData
from duty_desk.services.supervision import TaskData
from duty_desk.storage.models import Instruction, SupervisionReply, SupervisionTask

MakeUser = Callable[..., Actor]


@pytest.fixture
def officer(make_user: MakeUser) -> Actor:
    return make_user("lina", Role.DUTY_OFFICER, "李娜")


@pytest.fixture
def leader(make_user: MakeUser) -> Actor:
    return make_user("luo", Role.SHIFT_LEADER, "罗建平")


@pytest.fixture
def place(services: Services, officer: Actor) -> Office:
    return office(services, officer)


def _count(services: Services, model: type) -> int:
    with services.db.session() as session:
        return session.query(model).count()


def test_a_correction_is_a_new_record_shown_with_the_one_it_corrects(services: Services, officer: Actor,
                                                                     place: Office) -> None:
    first = instruction(services, officer, place, "请市水务局抓紧排水。")
    fixed = instructions.record(services, officer, InstructionData(
        place.leader_id, utcnow() - timedelta(hours=2), Channel.PHONE, "请市水务局、朝阳区抓紧排水，确保安全。",
        incident_id=place.incident_id), corrects=first)
    [item] = instructions.list_instructions(services, officer)
    assert item.current.id == fixed and item.current.corrects_id == first
    assert [e.id for e in item.earlier] == [first] and item.earlier[0].text == "请市水务局抓紧排水。"
    assert item.root_id == first and instructions.get(services, officer, first) == item
    assert item.current.leader == "王建国 副市长" and item.current.incident_number
    with services.db.session() as session:  # the first record is untouched: history by nature
        stored = session.get(Instruction, first)
        assert stored is not None and stored.text == "请市水务局抓紧排水。"
    timeline = incidents.timeline(services, officer, place.incident_id)
    said = [e.words(Language.ZH) for e in timeline if e.kind is TimelineKind.INSTRUCTION and e.words]
    assert said == ["王建国 副市长（电话）批示：请市水务局抓紧排水。",
                    "王建国 副市长（电话）批示（更正" + said[1].split("更正")[1]]
    assert "correcting the record of" in [e.words(Language.EN) for e in timeline if e.words][1]


def test_several_leaders_each_instruction_stands_on_its_own(services: Services, officer: Actor, place: Office,
                                                             admin: Actor) -> None:
    from duty_desk.domain.directory import PersonData
    from duty_desk.services import directory
    other = directory.save_person(services, officer, PersonData("陈志强", "秘书长", is_leader=True))
    instruction(services, officer, place)
    instructions.record(services, officer, InstructionData(other, utcnow(), Channel.SECURE_LINE, "同意。",
                                                           incident_id=place.incident_id))
    assert len(instructions.list_instructions(services, officer)) == 2


def test_an_instruction_refused_names_the_field_and_saves_nothing(services: Services, officer: Actor,
                                                                  place: Office) -> None:
    cases = {
        "leader": InstructionData(place.staff_id, utcnow(), Channel.PHONE, "同意"),  # not a leader
        "text": InstructionData(place.leader_id, utcnow(), Channel.PHONE, "  "),
        "given_at": InstructionData(place.leader_id, utcnow() + timedelta(hours=1), Channel.PHONE, "同意"),
        "incident": InstructionData(place.leader_id, utcnow(), Channel.PHONE, "同意", incident_id="nope"),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationError) as refused:
            instructions.record(services, officer, data)
        assert refused.value.errors[0].field == field
    assert _count(services, Instruction) == 0


def test_a_task_goes_issued_received_feedback_returned_feedback_closed(services: Services, officer: Actor,
                                                                       leader: Actor, place: Office) -> None:
    water, district = tasks(services, officer, place, instruction(services, officer, place))
    supervision.record_receipt(services, officer, water, "李工", utcnow())
    supervision.record_chase(services, officer, district, utcnow(), ChaseMeans.PHONE, "张科长",
                             ChaseOutcome.NO_ANSWER)
    supervision.record_chase(services, officer, district, utcnow(), ChaseMeans.PHONE, "张科长",
                             ChaseOutcome.REACHED, "答应今天报")
    supervision.record_feedback(services, officer, water, "已调派泵车12台，积水已排除。", utcnow(), "李工")
    assert supervision.return_task(services, leader, water, "请补充交通恢复情况") is TaskState.RETURNED
    supervision.record_feedback(services, officer, water, "交通已于17时恢复。", utcnow(), "李工")
    assert supervision.close_task(services, leader, water) is TaskState.CLOSED
    detail = supervision.detail(services, officer, water)
    assert [s.to_state for s in detail.steps] == [TaskState.RECEIVED, TaskState.FEEDBACK, TaskState.RETURNED,
                                                  TaskState.FEEDBACK, TaskState.CLOSED]
    assert detail.steps[2].reason == "请补充交通恢复情况" and detail.task.state_reason == ""
    assert [r.kind.value for r in detail.replies] == ["receipt", "feedback", "feedback"]
    assert detail.task.text == "请市水务局、朝阳区抓紧排水，确保安全。" and detail.task.department == "市水务局"
    chases = supervision.detail(services, officer, district).chases
    assert [c.outcome for c in chases] == [ChaseOutcome.NO_ANSWER, ChaseOutcome.REACHED]


def test_bad_task_input_is_refused_with_the_field_and_nothing_saved(services: Services, officer: Actor,
                                                                    leader: Actor, place: Office) -> None:
    instruction_id = instruction(services, officer, place)
    now = utcnow()
    cases = {
        "handle_by": [TaskData(place.water_id, now - timedelta(hours=1), now + timedelta(days=1))],
        "feedback_by": [TaskData(place.water_id, now + timedelta(hours=1), now - timedelta(days=1))],
        "organisation": [TaskData("no-such-organisation", now + timedelta(hours=1), now + timedelta(days=1))],
        "tasks[1].organisation": [TaskData(place.water_id, now + timedelta(hours=1), now + timedelta(days=1)),
                                  TaskData("gone", now + timedelta(hours=1), now + timedelta(days=1))],
    }
    for field, data in cases.items():
        with pytest.raises(ValidationError) as refused:
            supervision.issue(services, officer, instruction_id, data)
        assert refused.value.errors[0].field == field, field
    assert _count(services, SupervisionTask) == 0
    [task, _] = tasks(services, officer, place, instruction_id)
    supervision.record_feedback(services, officer, task, "已办结。", utcnow())
    supervision.close_task(services, leader, task)
    replies = _count(services, SupervisionReply)
    with pytest.raises(ValidationError) as refused:
        supervision.record_feedback(services, officer, task, "补充。", utcnow())
    assert refused.value.errors[0].field == "feedback"
    with pytest.raises(ValidationError) as refused:
        supervision.return_task(services, leader, task, "再报")
    assert refused.value.errors[0].field == "state"
    assert _count(services, SupervisionReply) == replies


def test_returning_needs_a_reason(services: Services, officer: Actor, leader: Actor, place: Office) -> None:
    [task, _] = tasks(services, officer, place, instruction(services, officer, place))
    supervision.record_feedback(services, officer, task, "已办。", utcnow())
    with pytest.raises(ValidationError) as refused:
        supervision.return_task(services, leader, task, " ")
    assert refused.value.errors[0].field == "reason"


def test_due_soon_amber_and_overdue_red_as_the_supervision_tasks_source(services: Services, officer: Actor,
                                                                        admin: Actor, place: Office) -> None:
    instruction_id = instruction(services, officer, place)
    [soon, _] = tasks(services, officer, place, instruction_id, feedback_in=timedelta(hours=20))
    later = tasks(services, officer, place, instruction(services, officer, place), feedback_in=timedelta(days=3))
    found = {i.record_id: i for i in attention.gather(services, officer) if i.source == "supervision_tasks"}
    assert set(found) == {soon, _} and found[soon].deadline.state(utcnow()) is DeadlineState.DUE_SOON
    assert not set(later) & set(found)
    in_two_days = utcnow() + timedelta(days=2)
    states = {i.record_id: i.deadline.state(in_two_days) for i in attention.gather(services, officer, in_two_days)
              if i.source == "supervision_tasks"}
    assert states[soon] is DeadlineState.OVERDUE and states[later[0]] is DeadlineState.DUE_SOON
    office_rules.set_numbers(services, admin, {supervision.DUE_SOON: 0})  # the office's rule: no amber at all
    assert not [i for i in attention.gather(services, officer) if i.source == "supervision_tasks"]
    supervision.record_feedback(services, officer, soon, "已办。", utcnow())  # feedback in: nothing is due
    assert soon not in {i.record_id for i in attention.gather(services, officer, in_two_days)}


def test_counts_and_the_list_put_the_overdue_first(services: Services, officer: Actor, place: Office) -> None:
    instruction(services, officer, place, "请做好防汛准备。")  # awaits its tasks
    first = tasks(services, officer, place, instruction(services, officer, place), timedelta(hours=2))
    second = tasks(services, officer, place, instruction(services, officer, place), timedelta(days=3))
    later = utcnow() + timedelta(hours=3)
    counts = supervision.counts(services, officer, later)
    assert (counts.awaiting_tasks, counts.open_tasks, counts.overdue_tasks) == (1, 4, 2)
    listed = supervision.tasks(services, officer, later)
    assert {t.id for t in listed[:2]} == set(first)
    assert {t.id for t in listed[2:]} == set(second)
    assert {t.id for t in supervision.tasks(services, officer, later, overdue=True)} == set(first)
    assert len(supervision.tasks(services, officer, later, department="水务")) == 2
    assert instructions.list_instructions(services, officer)[0].tasks == 0  # awaiting tasks first


def test_search_finds_instruction_text_leader_and_department(services: Services, officer: Actor,
                                                             place: Office) -> None:
    instruction_id = instruction(services, officer, place)
    tasks(services, officer, place, instruction_id)
    for words in ("排水", "王建国", "朝阳区人民政府"):
        hits = search.search(services, officer, words, kinds=["instructions"])
        assert [h.record_id for h in hits] == [instruction_id], words


def test_roles_reception_sees_none_and_an_officer_cannot_close(services: Services, officer: Actor,
                                                               make_user: MakeUser, place: Office) -> None:
    [task, _] = tasks(services, officer, place, instruction(services, officer, place))
    supervision.record_feedback(services, officer, task, "已办。", utcnow())
    reception = make_user("desk", Role.RECEPTION)
    calls: list[Callable[[], object]] = [
        lambda: instructions.list_instructions(services, reception),
        lambda: supervision.tasks(services, reception),
        lambda: supervision.counts(services, reception, utcnow())]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert not [i for i in attention.gather(services, reception) if i.source == "supervision_tasks"]
    assert search.search(services, reception, "排水") == []
    decisions: list[Callable[[], object]] = [lambda: supervision.close_task(services, officer, task),
                                             lambda: supervision.return_task(services, officer, task, "再报")]
    for decide in decisions:
        with pytest.raises(PermissionDenied):
            decide()


def test_the_scanned_report_sheet_and_feedback_files_are_attached(services: Services, officer: Actor,
                                                                 make_user: MakeUser, place: Office) -> None:
    from duty_desk.services import attachments
    instruction_id = instruction(services, officer, place)
    attachments.add(services, officer, instructions.ATTACHMENTS, instruction_id, "呈报单批示.png", b"\x89PNG scan")
    [task, _] = tasks(services, officer, place, instruction_id)
    reply = supervision.record_feedback(services, officer, task, "已办。", utcnow())
    attachments.add(services, officer, supervision.FEEDBACK_FILES, reply, "报告.pdf", b"%PDF-1.4 report")
    assert [a.file_name for a in attachments.list_for(services, officer, instructions.ATTACHMENTS,
                                                      instruction_id)] == ["呈报单批示.png"]
    assert attachments.content(services, officer, supervision.FEEDBACK_FILES,
                               attachments.list_for(services, officer, supervision.FEEDBACK_FILES, reply)[0].id) \
        == ("报告.pdf", b"%PDF-1.4 report")
    with pytest.raises(PermissionDenied):
        attachments.list_for(services, make_user("desk", Role.RECEPTION), instructions.ATTACHMENTS, instruction_id)
