from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from duty_desk.storage.base import SyncedBase


class Organisation(SyncedBase):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    district_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    duty_phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class Person(SyncedBase):
    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(50), index=True)
    title: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), default=None)
    office: Mapped[str] = mapped_column(String(100), default="")
    mobile: Mapped[str] = mapped_column(String(40), default="")
    office_phone: Mapped[str] = mapped_column(String(40), default="")
    secure_phone: Mapped[str] = mapped_column(String(40), default="")
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # name, pinyin and initials, lower-cased: what search-as-you-type matches against.
    search_key: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped["Organisation | None"] = relationship(lazy="joined")
