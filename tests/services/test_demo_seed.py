"""The demo seed: it says which part it is making, and a seed cut short is finished by the next start."""

import pytest
from sqlalchemy import func, select

from duty_desk.domain.roles import Role
from duty_desk.services import accounts, demo
from duty_desk.services.context import Services
from duty_desk.storage.models import Incident, Organisation, RosterPattern, User


class CutShort(Exception):
    pass


def _count(services: Services, model: type) -> int:
    with services.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_seed_reports_each_part_in_order_and_then_needs_nothing_more(services: Services) -> None:
    assert demo.needs_seed(services)
    parts: list[str] = []
    demo.seed(services, parts.append)
    assert parts == [name for name, _share in demo.PARTS]
    assert not demo.needs_seed(services)


def test_a_seed_cut_short_is_finished_by_the_next_and_nothing_doubles(services: Services) -> None:
    def stop_at_incidents(part: str) -> None:
        if part == "incidents":
            raise CutShort  # the window closed, the machine went off

    with pytest.raises(CutShort):
        demo.seed(services, stop_at_incidents)
    assert accounts.has_users(services) and _count(services, Incident) == 0
    assert demo.needs_seed(services)  # accounts alone do not make a demo
    organisations = _count(services, Organisation)
    demo.seed(services)
    assert not demo.needs_seed(services)
    assert _count(services, Incident) > 0 and _count(services, RosterPattern) > 0
    assert _count(services, Organisation) == organisations
    assert _count(services, User) == len(demo.DEMO_ACCOUNTS)


def test_a_real_duty_rooms_folder_is_never_seeded(services: Services) -> None:
    admin = accounts.create_first_admin(services, "chief", "主任", "Real-office-2026")
    accounts.add_user(services, admin, "wangxm", "王晓明", Role.DUTY_OFFICER, "Watch-2026-Ab", initial=False)
    assert not demo.needs_seed(services)
