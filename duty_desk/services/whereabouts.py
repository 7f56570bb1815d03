"""The leaders' whereabouts board (领导去向): where each leader is, and who acts for one who is away (代岗).
Escalation steps and written reports that name an absent leader go to the acting one."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain.whereabouts import ABSENT, MAX_STAND_INS
from duty_desk.services.permission import internal
from duty_desk.storage.models import LeaderWhereabouts


def _acting(session: Session, person_id: str, at: datetime) -> str | None:
    """Who acts for this person at that time: of the entries covering it, the latest recorded wins."""
    entry = session.scalars(
        select(LeaderWhereabouts)
        .where(LeaderWhereabouts.person_id == person_id, LeaderWhereabouts.deleted.is_(False),
               LeaderWhereabouts.starts_at <= at, LeaderWhereabouts.ends_at > at)
        .order_by(LeaderWhereabouts.hlc.desc(), LeaderWhereabouts.id.desc())).first()
    if entry is None or entry.status not in ABSENT:
        return None
    return entry.acting_person_id


@internal  # inside the caller's checked use case (an escalation step, a written report's addressees)
def stand_in(session: Session, person_id: str, at: datetime) -> str | None:
    """The person who takes this leader's matters at that time, or None when the leader takes them. An acting
    leader who is away in turn hands on (at most MAX_STAND_INS times; a loop ends at the last one not yet met)."""
    seen = {person_id}
    current = person_id
    for _ in range(MAX_STAND_INS):
        nxt = _acting(session, current, at)
        if nxt is None or nxt in seen:
            break
        seen.add(nxt)
        current = nxt
    return None if current == person_id else current
