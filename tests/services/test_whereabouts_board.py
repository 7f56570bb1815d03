"""The leaders' whereabouts board: entries recorded, edited and ended, refused with the field named, the board
and who is away today."""

from datetime import timedelta

import pytest
from leader_support import leaders, staff

from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.whereabouts import Whereabouts, WhereaboutsData
from duty_desk.services import accounts, demo, leader_reports, whereabouts
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.sync_policy import policy_of
from duty_desk.storage.models import LeaderWhereabouts


def _today() -> tuple:  # type: ignore[type-arg]
    day = beijing(utcnow()).date()
    return day, day + timedelta(days=2)


def test_an_entry_puts_a_leader_away_with_the_acting_one_until_it_is_ended(services: Services, admin: Actor) -> None:
    zhou, wu, lin = leaders(services, admin, "周明远", "吴海宁", "林正华")
    first, last = _today()
    entry = whereabouts.save_entry(services, admin, WhereaboutsData(zhou, Whereabouts.AWAY, first, last, " 上海 ",
                                                                    "上海市政府接待处 021-1234", wu))
    board = {row.name: row for row in whereabouts.board(services, admin)}
    assert board["周明远"].status is Whereabouts.AWAY and board["周明远"].acting_name == "吴海宁"
    assert (board["周明远"].first_day, board["周明远"].last_day, board["周明远"].place) == (first, last, "上海")
    assert board["林正华"].status is Whereabouts.IN_OFFICE and board["林正华"].entry_id is None
    assert [r.name for r in whereabouts.away_today(services, admin)] == ["周明远"]
    # Edited: abroad now, nobody acting.
    whereabouts.save_entry(services, admin, WhereaboutsData(zhou, Whereabouts.ABROAD, first, last, "日内瓦"),
                           entry)
    (away,) = whereabouts.away_today(services, admin)
    assert (away.status, away.acting_name, away.place) == (Whereabouts.ABROAD, "", "日内瓦")
    whereabouts.end_entry(services, admin, entry)
    assert whereabouts.away_today(services, admin) == []
    assert lin  # in the office all along
    with pytest.raises(ValidationError) as again:
        whereabouts.end_entry(services, admin, entry)
    assert again.value.errors[0].field == "entry"


def test_an_entry_not_begun_is_withdrawn_when_ended(services: Services, admin: Actor) -> None:
    (zhou,) = leaders(services, admin, "周明远")
    first = beijing(utcnow()).date() + timedelta(days=3)
    entry = whereabouts.save_entry(services, admin, WhereaboutsData(zhou, Whereabouts.ON_LEAVE, first, first))
    assert whereabouts.board(services, admin)[0].entry_id == entry  # the next one planned is shown
    whereabouts.end_entry(services, admin, entry)
    with services.db.session() as session:
        row = session.get(LeaderWhereabouts, entry)
        assert row is not None and row.deleted


@pytest.mark.parametrize("case", ["end_before_start", "acting_self", "acting_unknown", "acting_not_leader",
                                  "leader_unknown", "not_leader", "control"])
def test_bad_entries_are_refused_naming_the_field_and_nothing_is_saved(services: Services, admin: Actor,
                                                                        case: str) -> None:
    zhou, wu = leaders(services, admin, "周明远", "吴海宁")
    clerk = staff(services, admin, "李娜")
    first, last = _today()
    data, field = {
        "end_before_start": (WhereaboutsData(zhou, Whereabouts.AWAY, last, first), "last_day"),
        "acting_self": (WhereaboutsData(zhou, Whereabouts.AWAY, first, last, acting_person_id=zhou),
                        "acting_person_id"),
        "acting_unknown": (WhereaboutsData(zhou, Whereabouts.AWAY, first, last, acting_person_id="nobody"),
                           "acting_person_id"),
        "acting_not_leader": (WhereaboutsData(zhou, Whereabouts.AWAY, first, last, acting_person_id=clerk),
                              "acting_person_id"),
        "leader_unknown": (WhereaboutsData("nobody", Whereabouts.AWAY, first, last), "person_id"),
        "not_leader": (WhereaboutsData(clerk, Whereabouts.AWAY, first, last, acting_person_id=wu), "person_id"),
        "control": (WhereaboutsData(zhou, Whereabouts.AWAY, first, last, place="上\x00海"), "place"),
    }[case]
    with pytest.raises(ValidationError) as refused:
        whereabouts.save_entry(services, admin, data)
    assert refused.value.errors[0].field == field
    with services.db.session() as session:
        assert session.query(LeaderWhereabouts).count() == 0


def test_a_typed_value_from_a_conflict_goes_through_the_editors_rules(services: Services, admin: Actor) -> None:
    (zhou,) = leaders(services, admin, "周明远")
    first, last = _today()
    entry = whereabouts.save_entry(services, admin, WhereaboutsData(zhou, Whereabouts.AWAY, first, last))
    policy = policy_of("leader_whereabouts")
    assert policy is not None and policy.typed("place") and not policy.typed("acting_person_id")
    with services.db.session() as session:
        row = session.get(LeaderWhereabouts, entry)
        assert row is not None
        row.place = "长" * 101
        with pytest.raises(ValidationError) as refused:
            assert policy.validator is not None
            policy.validator(row)
        assert refused.value.errors[0].field == "place"


def test_reception_sees_no_board(services: Services, admin: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    reception: Actor = make_user("desk", Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        whereabouts.board(services, reception)


def test_the_demo_has_leaders_away_with_acting_ones_and_a_draft_and_a_sent_report(services: Services) -> None:
    demo.seed(services)
    demo.seed(services)  # again: nothing added
    officer = accounts.authenticate(services, "officer", "On-duty-2026")
    away = {r.name: r.acting_name for r in whereabouts.away_today(services, officer)}
    assert away == {"周明远": "吴海宁", "郭立群": "陈思源"}
    states = sorted(v.sent for v in leader_reports.reports(services, officer))
    assert states == [False, True]
