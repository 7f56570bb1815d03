"""Written reports to leaders (呈报单): the draft (editable, field by field) and its sending (append-only, what
was sent exactly as it was printed), so an edit made offline on another workstation never changes a sent one."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.leader_reports import TEXT_LIMIT, TITLE_LIMIT
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import UTCDateTime, rules

ADDRESSEES = 4_000  # ids of about a hundred leaders; a report goes to a few


class LeaderReport(SyncedBase):
    __tablename__ = "leader_reports"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    # 〔year〕第CODE-N期: the workstation's code and its own count, like an incident's number: final offline.
    number: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT))
    body: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMIT))
    proposal: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=TEXT_LIMIT))  # 拟办意见
    # The leaders it goes to: directory people's ids, comma-separated.
    addressee_ids: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=ADDRESSEES))
    drafted_by: Mapped[str] = mapped_column(String(100))
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("leader_reports.id"), default=None)


class LeaderReportSending(SyncedBase):
    """A report sent: the text and addressees as they went (each leader and who took it for them), and the
    incident's written report it recorded. Two workstations sending one draft offline keep both; the earliest
    counts."""

    __tablename__ = "leader_report_sendings"
    __append_only__: ClassVar[bool] = True

    report_id: Mapped[str] = mapped_column(ForeignKey("leader_reports.id"), index=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_by: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT))
    body: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMIT))
    proposal: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=TEXT_LIMIT))
    # JSON [[leader id, acting id or null], …]: whom it went to, following the whereabouts board at sending.
    addressees: Mapped[str] = mapped_column(Text, default="[]", info=rules(max_length=ADDRESSEES * 2))
    report_made_id: Mapped[str] = mapped_column(ForeignKey("incident_reports_made.id"))
