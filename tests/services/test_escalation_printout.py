"""The incident's printout carries its escalation: the start, each attempt with whom it reached, in both
languages (read back from the PDF)."""

import io
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
from escalation_support import duty, pattern, people, register
from pypdf import PdfReader

from duty_desk.domain import escalation as E
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import Language
from duty_desk.services import escalations, incident_report
from duty_desk.services.context import Actor, Services


def test_the_printout_lists_every_attempt_in_both_languages(services: Services, admin: Actor,
                                                            tmp_path: Path) -> None:
    wang, = people(services, "王带班")
    duty(services, pattern(services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
    incident_id = register(services, admin, utcnow() - timedelta(minutes=8))
    row = escalations.in_progress(services, admin)[0]
    assert row.step is not None
    escalations.record_attempt(services, admin, row.id, row.step.key, E.Outcome.BUSY, E.Means.PHONE,
                               at=utcnow() - timedelta(minutes=4))
    escalations.record_attempt(services, admin, row.id, row.step.key, E.Outcome.REACHED, E.Means.SECURE_PHONE)
    for language, words in ((Language.ZH, ["逐级呈报", "启动逐级呈报（共 3 步）", "第 1 步，王带班：占线（电话）",
                                           "已联系上（保密电话）", "第 2 步跳过：该岗位无人值班"]),
                            (Language.EN, ["Escalation to leaders", "Escalation started (3 steps)",
                                           "Step 1, 王带班: Busy (Phone)", "Reached (Secure phone)",
                                           "Step 2 skipped: nobody on duty in that position"])):
        pdf = incident_report.incident_report(services, admin, incident_id, language).pdf
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        flat = "".join(text.split())
        for expected in words:
            assert "".join(expected.split()) in flat, (language, expected)
        document = pdfium.PdfDocument(pdf)
        for n in range(len(document)):  # looked at by eye while building; kept beside the test's files
            document[n].render(scale=1.2).to_pil().save(tmp_path / f"incident-{language.value}-{n + 1}.png")
