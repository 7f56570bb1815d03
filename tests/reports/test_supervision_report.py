"""The supervision notice (督办通知单) and the implementation report (批示落实情况报告): real PDFs, read back in
both languages; the incident's own report shows the instruction; reception may print neither."""

import io
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from account_support import add_and_log_in
from pypdf import PdfReader
from supervision_support import Office, instruction, office, tasks

from duty_desk.domain.roles import Role
from duty_desk.domain.supervision import code_of
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import Language
from duty_desk.services import accounts, supervision, supervision_report
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.incident_report import incident_report
from duty_desk.storage.database import open_database

PNG_DIR = os.environ.get("DUTY_DESK_PDF_PNG")  # set to look at the pages as images


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    db = open_database(tmp_path / "data")
    yield Services(db)
    db.dispose()


@pytest.fixture
def admin(services: Services) -> Actor:
    return accounts.create_first_admin(services, "admin", "系统管理员", "Office-key-2026")


@pytest.fixture
def place(services: Services, admin: Actor) -> Office:
    return office(services, admin)


def _text(pdf: bytes, name: str) -> str:
    if PNG_DIR:
        import pypdfium2
        for n, page in enumerate(pypdfium2.PdfDocument(pdf)):
            page.render(scale=1.4).to_pil().save(Path(PNG_DIR) / f"{name}-{n + 1}.png")
    return "".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def test_the_notice_says_what_the_department_must_do_by_when(services: Services, admin: Actor,
                                                            place: Office) -> None:
    water, _ = tasks(services, admin, place, instruction(services, admin, place))
    zh = _text(supervision_report.notice(services, admin, water, Language.ZH).pdf, "notice-zh")
    for words in ("督办通知单", "市水务局", "李工", "王建国", "副市长", "请市水务局、朝阳区抓紧排水", "反馈时限",
                  "签收人（签字）", code_of(water), "第 1 页 共 1 页"):
        assert words in zh, words
    en = _text(supervision_report.notice(services, admin, water, Language.EN).pdf, "notice-en")
    for words in ("Supervision notice", "Report back by", "By phone", "Page 1 of 1"):
        assert words in en, words


def test_the_implementation_report_sums_up_every_tasks_feedback(services: Services, admin: Actor,
                                                               place: Office) -> None:
    instruction_id = instruction(services, admin, place)
    water, district = tasks(services, admin, place, instruction_id, feedback_in=timedelta(hours=1))
    supervision.record_feedback(services, admin, water, "已调派泵车12台，积水已排除。", utcnow(), "李工")
    supervision.return_task(services, admin, water, "请补充交通恢复情况")
    later = utcnow() + timedelta(hours=2)
    zh = _text(supervision_report.implementation(services, admin, instruction_id, Language.ZH, later).pdf,
               "implementation-zh")
    for words in ("批示落实情况报告", "共督办2个单位", "逾期2个", "已调派泵车12台", "退回：请补充交通恢复情况",
                  "尚未反馈", "朝阳区人民政府", "已退回"):
        assert words in zh, words
    en = _text(supervision_report.implementation(services, admin, instruction_id, Language.EN, later).pdf,
               "implementation-en")
    for words in ("2 units supervised", "Returned: ", "No feedback yet", "Feedback"):
        assert words in en, words
    assert district


def test_the_incident_report_shows_the_instruction(services: Services, admin: Actor, place: Office) -> None:
    instruction(services, admin, place)
    text = _text(incident_report(services, admin, place.incident_id, Language.ZH).pdf, "incident-zh")
    assert "领导批示" in text and "王建国 副市长（电话）批示" in text


def test_reception_prints_neither(services: Services, admin: Actor, place: Office) -> None:
    instruction_id = instruction(services, admin, place)
    [water, _] = tasks(services, admin, place, instruction_id)
    desk = add_and_log_in(services, admin, "frontdesk", "前台", Role.RECEPTION, "Reception-2026!")
    with pytest.raises(PermissionDenied):
        supervision_report.notice(services, desk, water, Language.ZH)
    with pytest.raises(PermissionDenied):
        supervision_report.implementation(services, desk, instruction_id, Language.ZH)
