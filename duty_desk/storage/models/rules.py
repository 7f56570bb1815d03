"""The duty room's own rules (minimum rest, attachment size, reporting deadlines): the same on every workstation,
so they are synced rows rather than workstation settings."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import PushRule, SyncedBase
from duty_desk.storage.types import rules


class OfficeRule(SyncedBase):
    """One rule. Its id is derived from its name, so two workstations that set the same rule while offline
    change one row (a field conflict, kept for a person to decide) rather than make two."""

    __tablename__ = "office_rules"
    __push__ = PushRule.MANAGES_RULES  # the server takes them only from a workstation that manages the rules

    name: Mapped[str] = mapped_column(String(64), index=True)
    value: Mapped[str] = mapped_column(Text, info=rules(max_length=64_000, json="any"))
