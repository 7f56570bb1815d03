"""Incidents: the current fields (editable), and their history by nature (append-only): follow-up reports
and the reports the duty room made to the level above. Field changes are in the audit trail."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.incidents import INCIDENT_STATUS, Category, ReportKind, Severity, Source, Status
from duty_desk.domain.intake import TEXT_LIMITS
from duty_desk.storage import workflow
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import FREE_TEXT, StrEnumType, UTCDateTime, rules

# Written out (not bound parameters) so SQLite sees that a query on open incidents may use the partial index.
OPEN_SQL = "status IN ({})".format(", ".join(f"'{s.value}'" for s in Status if s is not Status.CLOSED))


class Incident(SyncedBase):
    __tablename__ = "incidents"
    # The list's filters and orders, newest first within each value (a million rows page from an index).
    __table_args__ = (
        Index("ix_incidents_severity_received_at", "severity", "received_at"),
        Index("ix_incidents_district_code_received_at", "district_code", "received_at"),
        Index("ix_incidents_category_received_at", "category", "received_at"),
        # The few open incidents among many closed ones, with what the urgency order reads (no table lookups);
        # the closed ones page from received_at.
        Index("ix_incidents_open", "received_at", "severity", "id", "drill", "deleted",
              sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL)),
    )

    # Year, this workstation's code and its own count: unique without asking anyone, so it is final offline.
    number: Mapped[str] = mapped_column(String(24), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    source: Mapped[str] = mapped_column(String(20), info=rules(enum=Source))
    reporter_unit: Mapped[str] = mapped_column(String(100), default="")
    reporter_name: Mapped[str] = mapped_column(String(50), default="")
    reporter_title: Mapped[str] = mapped_column(String(100), default="")
    reporter_phone: Mapped[str] = mapped_column(String(40), default="")
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    district_code: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20), default="", info=rules(enum=Category, blank=True))
    severity: Mapped[str] = mapped_column(String(12), info=rules(enum=Severity))
    summary: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["summary"]))
    scope: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["scope"]), default="")
    dead: Mapped[int] = mapped_column(Integer, default=0, info=rules(minimum=0))
    injured: Mapped[int] = mapped_column(Integer, default=0, info=rules(minimum=0))
    missing: Mapped[int] = mapped_column(Integer, default=0, info=rules(minimum=0))
    trapped: Mapped[int] = mapped_column(Integer, default=0, info=rules(minimum=0))
    losses: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["losses"]), default="")
    trend: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["trend"]), default="")
    measures: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["measures"]), default="")
    commander: Mapped[str] = mapped_column(String(100), default="")
    requests: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["requests"]), default="")
    notified: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMITS["notified"]), default="")
    taken_by: Mapped[str] = mapped_column(String(100))
    drill: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[Status] = mapped_column(StrEnumType(Status, 12), default=Status.NEW)
    status_reason: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=FREE_TEXT))
    duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"), default=None)


workflow.declare(Incident, "status", INCIDENT_STATUS, reason_column="status_reason")


class FollowUpReport(SyncedBase):
    """续报 (and the final 终报). Numbered for display by order of receipt, never stored: two workstations
    may take follow-ups offline at once, and neither number would be wrong."""

    __tablename__ = "incident_follow_ups"
    __append_only__: ClassVar[bool] = True

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text, info=rules(max_length=FREE_TEXT))
    source: Mapped[str] = mapped_column(String(20), info=rules(enum=Source))
    reporter: Mapped[str] = mapped_column(String(100), default="")
    taken_by: Mapped[str] = mapped_column(String(100))
    # A follow-up entered wrongly stays as it was; the one that corrects it names it (services.incidents).
    corrects: Mapped[str | None] = mapped_column(ForeignKey("incident_follow_ups.id"), default=None)


class ReportMade(SyncedBase):
    """A report the duty room made to the level above; it stops that deadline clock."""

    __tablename__ = "incident_reports_made"
    __append_only__: ClassVar[bool] = True

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    kind: Mapped[ReportKind] = mapped_column(StrEnumType(ReportKind, 12))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime())
    to_whom: Mapped[str] = mapped_column(String(100))
    how: Mapped[str] = mapped_column(String(20))
    made_by: Mapped[str] = mapped_column(String(100))

