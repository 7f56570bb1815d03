from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from duty_desk.domain.directory import LIMITS
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import rules

# A name of 100 characters, its pinyin (6 letters a character at most) and initials.
SEARCH_KEY = 1_000


class Organisation(SyncedBase):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    district_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    duty_phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=LIMITS["notes"]))
    search_key: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=SEARCH_KEY))


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
    notes: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=LIMITS["notes"]))
    # name, pinyin and initials, lower-cased: what search-as-you-type matches against.
    search_key: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=SEARCH_KEY))

    organisation: Mapped["Organisation | None"] = relationship(lazy="joined")
