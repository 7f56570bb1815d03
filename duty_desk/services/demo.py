"""Demo data for `duty-desk --demo` and `seed-demo`. Idempotent: running it again adds nothing, so a seed cut
short (the window closed, the machine off) is finished by the next start."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory
from duty_desk.services.context import Actor, Services
from duty_desk.services.demo_directory import DUTY_STAFF, LEADERS, fictional_name, mobile, organisations
from duty_desk.services.demo_escalations import seed_escalations
from duty_desk.services.demo_incidents import seed_incidents
from duty_desk.services.demo_instructions import seed_instructions
from duty_desk.services.demo_leader_reports import seed_leader_reports
from duty_desk.services.demo_roster import seed_roster
from duty_desk.services.permission import self_service
from duty_desk.storage.models import Incident, Organisation, Person, RosterPattern, SiteMeta, User

# Written when a seed has finished; a newer version (one with more demo records) seeds again and adds them.
SEEDED_KEY, SEEDED_VERSION = "demo_seeded", "2"
# The parts in the order they are made, for a progress bar: (part, its share of the work).
PARTS: tuple[tuple[str, int], ...] = (("accounts", 4), ("directory", 2), ("incidents", 2), ("roster", 1),
                                      ("instructions", 1), ("escalations", 1),
                                      ("leader_reports", 1))
Progress = Callable[[str], None]  # called with a part's name as it starts

DEMO_ACCOUNTS: tuple[tuple[str, str, Role, str], ...] = (
    ("demo", "演示管理员", Role.ADMIN, "Duty-room-2026"),
    ("leader", "罗建平", Role.SHIFT_LEADER, "Lead-shift-2026"),
    ("officer", "李娜", Role.DUTY_OFFICER, "On-duty-2026"),
    ("reception", "孙静", Role.RECEPTION, "Front-desk-2026"),
    # The three of separation of duties, each alone; `demo` is today's combined system and security administrator.
    ("sysadmin", "演示系统管理员", Role.SYSTEM_ADMIN, "Run-systems-2026"),
    ("security", "演示安全管理员", Role.SECURITY_ADMIN, "Keep-safe-2026"),
    ("auditor", "演示审计管理员", Role.AUDIT_ADMIN, "Check-trail-2026"),
)


@dataclass
class SeedReport:
    accounts: int = 0
    organisations: int = 0
    people: int = 0
    incidents: int = 0
    duties: int = 0


def _demo_only(users: set[str]) -> bool:
    return not users - {name for name, *_ in DEMO_ACCOUNTS}


@self_service
def needs_seed(services: Services) -> bool:
    """An empty folder, or a demo folder whose seed was cut short or is older than this version's."""
    with services.db.session() as session:
        users = set(session.scalars(select(User.username)))
        marker = session.get(SiteMeta, SEEDED_KEY)
    return _demo_only(users) and (marker is None or marker.value != SEEDED_VERSION)


@self_service
def seed(services: Services, progress: Progress | None = None) -> SeedReport:
    """Refused in a folder that has real accounts: demo logins with published passwords must never reach a
    real duty room (they would sync to every workstation)."""
    step = progress or (lambda _part: None)
    report = SeedReport()
    with services.db.session() as session:
        users = set(session.scalars(select(User.username)))
        orgs = {o.name: o.id for o in session.scalars(select(Organisation).where(Organisation.deleted.is_(False)))}
        people = {(p.name, p.organisation_id) for p in session.scalars(select(Person))}
    if not _demo_only(users):
        raise ValidationError.single("data_dir", "this data folder has real accounts; demo data goes only into "
                                                 "an empty or demo folder (duty-desk --demo)")
    step("accounts")
    if "demo" in users:
        admin = _login(services, "demo")
    else:  # an empty folder: the demo administrator is its first
        _name, display, _role, password = DEMO_ACCOUNTS[0]
        admin = accounts.create_first_admin(services, "demo", display, password)
        users.add("demo")
        report.accounts += 1
    for username, display, role, password in DEMO_ACCOUNTS:
        if username not in users:
            accounts.add_user(services, admin, username, display, role, password, initial=False)
            report.accounts += 1
    officer = _login(services, "officer")  # once: each login checks a password (scrypt, half a second)
    step("directory")
    for name, kind, code, phone, duty_phone, address in organisations():
        if name not in orgs:
            orgs[name] = directory.save_org(services, admin, OrgData(name, kind, code, phone, duty_phone, address))
            report.organisations += 1
    for person in _people(orgs):
        if (person.name, person.organisation_id) not in people:
            directory.save_person(services, admin, person)
            report.people += 1
    step("incidents")
    with services.db.session() as session:
        has_incidents = session.scalar(select(Incident.id).limit(1)) is not None
    if not has_incidents:
        report.incidents = seed_incidents(services, officer, utcnow())
    step("roster")
    with services.db.session() as session:
        has_roster = session.scalar(select(RosterPattern.id).limit(1)) is not None
    if not has_roster:
        report.duties = seed_roster(services, admin, beijing(utcnow()).date())
    step("instructions")
    seed_instructions(services, officer, _login(services, "leader"), utcnow())
    step("escalations")
    seed_escalations(services, officer, utcnow())
    step("leader_reports")
    seed_leader_reports(services, officer, utcnow())
    with services.db.session() as session:
        session.merge(SiteMeta(key=SEEDED_KEY, value=SEEDED_VERSION))
        session.commit()
    return report


def _login(services: Services, username: str) -> Actor:
    """The demo accounts log in like anyone, with their published passwords."""
    password = next(p for name, _, _, p in DEMO_ACCOUNTS if name == username)
    return accounts.authenticate(services, username, password)


def _people(orgs: dict[str, str]) -> list[PersonData]:
    office = orgs["北京市人民政府办公厅"]
    out = [PersonData(name, title, office, room, mobile(i), "010-65190001", f"{8100 + i}", is_leader=True)
           for i, (name, title, room) in enumerate(LEADERS)]
    out += [PersonData(name, title, office, "总值班室", mobile(50 + i), "010-65192233")
            for i, (name, title) in enumerate(DUTY_STAFF)]
    n = 100
    for org_name, org_id in orgs.items():
        if org_name == "北京市人民政府办公厅":
            continue
        if org_name.endswith("值班室"):
            roles = (("值班主任", False), ("值班员", False))
        else:
            roles = (("主要负责人", True), ("办公室主任", False))
        for title, leader in roles:
            out.append(PersonData(fictional_name(n), title, org_id, "", mobile(n), "", "", leader))
            n += 1
    return out
