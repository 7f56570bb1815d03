from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.whereabouts import Whereabouts
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import StrEnumType, UTCDateTime


class LeaderWhereabouts(SyncedBase):
    """One entry of the board: a leader's whereabouts from one time to another (a day's midnight to the next's,
    Beijing time, for a whole day), where to reach them and who acts for them meanwhile."""

    __tablename__ = "leader_whereabouts"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[Whereabouts] = mapped_column(StrEnumType(Whereabouts))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(100), default="")  # 北京市外 / 上海 / 日内瓦
    reach_at: Mapped[str] = mapped_column(String(100), default="")  # how to reach them there
    acting_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
