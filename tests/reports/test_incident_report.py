"""The incident information report (突发事件信息报告), built through the services on a real database and read back."""

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from account_support import add_and_log_in
from pypdf import PdfReader

from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import Language, chinese_numeral
from duty_desk.services import accounts, attachments, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.incident_report import incident_report, incident_report_by_number
from duty_desk.storage.database import open_database

PRINTED = datetime(2026, 11, 25, 6, 5, tzinfo=UTC)  # 14:05 in Beijing
SUMMARY = "朝阳区某小区燃气管道泄漏，已疏散居民 120 人"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    db = open_database(tmp_path / "data")
    yield Services(db)
    db.dispose()


@pytest.fixture
def admin(services: Services) -> Actor:
    return accounts.create_first_admin(services, "admin", "Admin", "long-password-1")


def call(received: datetime, **extra: object) -> IncidentData:
    base: dict[str, object] = {
        "received_at": received, "source": Source.PHONE, "summary": SUMMARY,
        "reporter_unit": "朝阳区政府值班室", "reporter_name": "王磊", "reporter_title": "值班员",
        "reporter_phone": "010-6509 1234", "occurred_at": received - timedelta(minutes=20),
        "district_code": "110105", "address": "望京街道某小区 3 号楼", "category": Category.ACCIDENT,
        "severity": Severity.III, "scope": "周边三栋居民楼", "injured": 2, "trapped": 1,
        "losses": "正在核实", "trend": "泄漏点已找到，预计两小时内封堵",
        "measures": "副区长张某已到现场；燃气集团抢修队已到场，周边道路临时封闭", "commander": "张某 13900001234",
        "requests": "请市燃气集团增派抢修力量", "notified": "市应急管理局、市城市管理委",
    }
    return IncidentData(**{**base, **extra})  # type: ignore[arg-type]


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def report(services: Services, admin: Actor, incident_id: str, language: Language = Language.ZH) -> bytes:
    return incident_report(services, admin, incident_id, language, PRINTED).pdf


def handled_incident(services: Services, admin: Actor, drill: bool = False,
                     reason_repeats: int = 0) -> tuple[str, str]:
    start = utcnow() - timedelta(hours=3)
    incident_id, number = incidents.register(services, admin, call(start, drill=drill))
    incidents.add_follow_up(services, admin, incident_id, "又有一人受伤，已送医", start + timedelta(minutes=40),
                            Source.PHONE, "王磊")
    incidents.add_follow_up(services, admin, incident_id, "漏点已封堵，居民陆续返回", start + timedelta(minutes=90),
                            Source.FAX)
    incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, start + timedelta(minutes=10),
                            "市应急管理局值班室", "电话")
    incidents.add_follow_up(services, admin, incident_id, "现场处置完毕，无新增伤亡", start + timedelta(minutes=150),
                            Source.PHONE, final=True)
    incidents.update(services, admin, incident_id, severity=Severity.II, dead=1)
    reason = "现场处置完毕" + "，经核实无次生灾害" * reason_repeats
    incidents.set_status(services, admin, incident_id, Status.CLOSED, reason)
    return incident_id, number


def test_report_holds_the_fields_and_numbered_follow_ups(services: Services, admin: Actor) -> None:
    incident_id, number = handled_incident(services, admin)
    pdf = report(services, admin, incident_id)
    pages = text_of(pdf)
    text = "".join(pages)
    assert "突发事件信息报告" in pages[0] and number in pages[0]
    assert "2026-11-25 14:05" in pages[0]  # printed, in Beijing time
    assert SUMMARY in text.replace("\n", "")
    for expected in ("朝阳区", "Ⅱ级 重大", "死亡 1 人", "受伤 2 人", "被困 1 人", "电话", "王磊", "已办结", "Admin",
                     "事件级别：Ⅱ级 重大"):  # the last from the history of changes
        assert expected in text, expected
    assert text.index("续报一") < text.index("续报二") < text.index("终报")
    assert "又有一人受伤" in text and "市应急管理局值班室" in text and "电话报告" in text
    assert "值班员（签字）" in text and "带班领导（签字）" in text
    assert "【演练】" not in text and "DRILL" not in text
    assert "Incident information report" not in text  # Chinese throughout
    for n, page in enumerate(pages, start=1):
        assert f"第 {n} 页 共 {len(pages)} 页" in page


def test_a_very_long_reason_for_closing_still_lays_out(services: Services, admin: Actor) -> None:
    incident_id, _ = handled_incident(services, admin, reason_repeats=300)  # 2,700 characters
    pages = text_of(report(services, admin, incident_id))
    assert len(pages) >= 2 and "状态说明" in pages[0]


def test_the_bundled_cjk_font_is_embedded(services: Services, admin: Actor) -> None:
    incident_id, _ = handled_incident(services, admin)
    page = PdfReader(io.BytesIO(report(services, admin, incident_id))).pages[0]
    fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert fonts and all("WenQuanYi" in name for name in fonts), fonts


def test_a_long_incident_flows_onto_more_pages_numbered_of_the_total(services: Services, admin: Actor) -> None:
    start = utcnow() - timedelta(hours=20)
    long_summary = ("现场情况复杂，" * 600)[:3990] + "摘要到此结束"
    incident_id, _ = incidents.register(services, admin, call(start, summary=long_summary))
    for n in range(1, 16):
        incidents.add_follow_up(services, admin, incident_id, f"第{n}次续报内容：" + "情况持续更新，" * 40,
                                start + timedelta(minutes=10 * n), Source.PHONE)
    pages = text_of(report(services, admin, incident_id))
    total = len(pages)
    assert total >= 2
    for n, page in enumerate(pages, start=1):
        assert f"第 {n} 页 共 {total} 页" in page
    text = "".join(pages).replace("\n", "")
    assert "摘要到此结束" in text  # nothing of the long summary is cut off
    lines = [line for page in pages for line in page.splitlines()]
    assert not [line for line in lines if line.startswith(("，", "；", "。"))]  # Chinese line-breaking rules
    headings = re.findall(r"续报([一二三四五六七八九十]+)\s", text)
    assert headings == [chinese_numeral(n) for n in range(1, 16)]  # 续报一 … 续报十五, in order
    assert "值班员（签字）" in pages[-1]


def test_a_drill_is_watermarked_on_every_page_and_titled(services: Services, admin: Actor) -> None:
    incident_id, _ = handled_incident(services, admin, drill=True)
    pages = text_of(report(services, admin, incident_id))
    assert "【演练】突发事件信息报告" in pages[0]
    for page in pages:
        assert "演练 DRILL" in page


def test_the_english_version(services: Services, admin: Actor) -> None:
    incident_id, number = handled_incident(services, admin)
    pages = text_of(report(services, admin, incident_id, language=Language.EN))
    text = "".join(pages)
    assert "Incident information report" in text and f"No. {number}" in text
    assert "Follow-up report 1" in text and "Final report" in text and "II Serious" in text
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_the_report_needs_the_right_to_read_incidents(services: Services, admin: Actor) -> None:
    incident_id, number = handled_incident(services, admin)
    reception = add_and_log_in(services, admin, "desk", "Front Desk", Role.RECEPTION, "long-password-2")
    with pytest.raises(PermissionDenied):
        incident_report(services, reception, incident_id, Language.ZH)
    with pytest.raises(PermissionDenied):
        incident_report_by_number(services, reception, number, Language.ZH)
    by_number = incident_report_by_number(services, admin, number, Language.ZH, PRINTED)
    assert by_number.number == number and text_of(by_number.pdf) == text_of(report(services, admin, incident_id))


def test_follow_ups_name_their_source_and_reporter_and_attachments_are_listed(services: Services,
                                                                              admin: Actor) -> None:
    incident_id, _ = handled_incident(services, admin)
    attachments.add(services, admin, incidents.ATTACHMENTS, incident_id, "传真件.tif", bytes(3000))
    text = "".join(text_of(report(services, admin, incident_id)))
    flat = re.sub(r"\s+", "", text)
    assert "来源：电话" in flat and "报告人：王磊" in flat and "来源：传真" in flat
    assert "附件" in flat and "传真件.tif(3KB)" in flat
    english = re.sub(r"\s+", " ", "".join(text_of(report(services, admin, incident_id, language=Language.EN))))
    assert "via Phone, from 王磊" in english and "Attachments" in english


def test_the_change_record_gives_the_reason_a_level_was_lowered(services: Services, admin: Actor) -> None:
    incident_id, _ = incidents.register(services, admin, call(utcnow() - timedelta(minutes=30)))
    incidents.update(services, admin, incident_id, severity=Severity.IV, reason="经核实仅一人轻伤")
    text = re.sub(r"\s+", "", "".join(text_of(report(services, admin, incident_id))))
    assert "事件级别：Ⅳ级一般；变更原因：经核实仅一人轻伤" in text
    english = re.sub(r"\s+", " ", "".join(text_of(report(services, admin, incident_id, Language.EN))))
    assert "Reason for the change: 经核实仅一人轻伤" in english
