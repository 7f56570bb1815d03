from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import Base


class SiteMeta(Base):
    """This workstation's own facts (site id, clock, audit head). Local only, never synced."""

    __tablename__ = "site_meta"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
