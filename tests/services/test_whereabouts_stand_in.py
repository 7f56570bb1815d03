"""Who acts for a leader who is away: the entry covering the time, handing on along acting leaders, never round."""

from datetime import UTC, datetime, timedelta

from duty_desk.domain.whereabouts import Whereabouts
from duty_desk.services.context import Services
from duty_desk.services.whereabouts import stand_in
from duty_desk.storage.models import LeaderWhereabouts, Person

MONDAY = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)  # 00:00 on the 7th, Beijing


def _people(services: Services, *names: str) -> list[str]:
    with services.db.session() as session:
        rows = [Person(name=name, is_leader=True) for name in names]
        session.add_all(rows)
        session.commit()
        return [row.id for row in rows]


def _away(services: Services, person: str, acting: str | None, status: Whereabouts = Whereabouts.AWAY,
          days: int = 3) -> None:
    with services.db.session() as session:
        session.add(LeaderWhereabouts(person_id=person, status=status, starts_at=MONDAY,
                                      ends_at=MONDAY + timedelta(days=days), acting_person_id=acting))
        session.commit()


def test_an_absent_leader_has_the_acting_one_only_while_away(services: Services) -> None:
    zhang, li = _people(services, "张副市长", "李副市长")
    _away(services, zhang, li)
    with services.db.session() as session:
        assert stand_in(session, zhang, MONDAY + timedelta(hours=5)) == li
        assert stand_in(session, zhang, MONDAY - timedelta(minutes=1)) is None  # not yet gone
        assert stand_in(session, zhang, MONDAY + timedelta(days=3)) is None  # back
        assert stand_in(session, li, MONDAY) is None


def test_in_the_office_or_with_nobody_named_the_leader_takes_it(services: Services) -> None:
    zhang, li, wang = _people(services, "张", "李", "王")
    _away(services, zhang, li, Whereabouts.IN_OFFICE)
    _away(services, wang, None)
    with services.db.session() as session:
        assert stand_in(session, zhang, MONDAY) is None
        assert stand_in(session, wang, MONDAY) is None


def test_an_acting_leader_away_in_turn_hands_on_but_never_round_a_loop(services: Services) -> None:
    a, b, c = _people(services, "甲", "乙", "丙")
    _away(services, a, b)
    _away(services, b, c, Whereabouts.ABROAD)
    with services.db.session() as session:
        assert stand_in(session, a, MONDAY) == c
    _away(services, c, a, Whereabouts.ON_LEAVE)  # all three away, each naming the next: the last one not yet met
    with services.db.session() as session:
        assert stand_in(session, a, MONDAY) == c
        assert stand_in(session, b, MONDAY) == a
