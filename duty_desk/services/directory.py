"""The contacts directory: organisations and people, with search-as-you-type."""

from dataclasses import asdict, dataclass

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.directory import (
    OrgData,
    OrgKind,
    PersonData,
    clean_org,
    clean_person,
    masked_org,
    masked_person,
)
from duty_desk.domain.pinyin import search_key
from duty_desk.domain.roles import Action
from duty_desk.domain.roster import Position
from duty_desk.domain.validation import ValidationError
from duty_desk.services import audit
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import Organisation, Person, RosterDuty


@dataclass(frozen=True)
class OrgRow:
    id: str
    data: OrgData
    people: int


@dataclass(frozen=True)
class PersonRow:
    id: str
    data: PersonData
    organisation: str


def _org_data(org: Organisation) -> OrgData:
    return OrgData(org.name, OrgKind(org.kind), org.district_code, org.phone, org.duty_phone, org.address,
                   org.notes)


def _person_data(p: Person) -> PersonData:
    return PersonData(p.name, p.title, p.organisation_id, p.office, p.mobile, p.office_phone, p.secure_phone,
                      p.is_leader, p.notes)


def _shown(actor: Actor) -> bool:
    """Whether this actor sees mobiles, secure lines and duty phones unmasked (VIEW_PERSONAL_DATA)."""
    return actor.may(Action.VIEW_PERSONAL_DATA)


@internal
def check_stored(record: object) -> None:
    """Apply the directory's rules to a record changed outside the editors (a conflict's new value)."""
    if isinstance(record, Organisation):
        clean_org(_org_data(record))
    elif isinstance(record, Person):
        clean_person(_person_data(record))


def _live_org(session: Session, org_id: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None or org.deleted:
        raise ValidationError.single("organisation_id", "that organisation no longer exists")
    return org


def _check_unique_org(session: Session, name: str, own_id: str | None) -> None:
    query = select(Organisation.id).where(Organisation.name == name, Organisation.deleted.is_(False))
    if own_id:
        query = query.where(Organisation.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError.single("name", "an organisation named {name} already exists", name=name)


@requires(Action.EDIT_DIRECTORY)
def save_org(services: Services, actor: Actor, data: OrgData, org_id: str | None = None) -> str:
    """Create (org_id None) or update an organisation; returns its id."""
    data = clean_org(data)
    with services.write(actor, Action.EDIT_DIRECTORY) as session:
        return save_org_in(session, actor, data, org_id)


@internal
def save_org_in(session: Session, actor: Actor, data: OrgData, org_id: str | None) -> str:
    """The write itself, for callers that already hold the transaction (CSV import)."""
    _check_unique_org(session, data.name, org_id)
    org = _live_org(session, org_id) if org_id else Organisation()
    before = audit.snapshot(org) if org_id else None
    for key, value in asdict(data).items():
        setattr(org, key, value.value if isinstance(value, OrgKind) else value)
    org.search_key = search_key(data.name)
    if before == audit.snapshot(org):
        return org.id  # saved unchanged: no write, no audit entry, nothing to sync
    session.add(org)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE_ORG if org_id else AuditAction.CREATE_ORG, "organisations", org.id,
                 before, audit.snapshot(org))
    return org.id


@requires(Action.EDIT_DIRECTORY)
def save_person(services: Services, actor: Actor, data: PersonData, person_id: str | None = None) -> str:
    data = clean_person(data)
    with services.write(actor, Action.EDIT_DIRECTORY) as session:
        return save_person_in(session, actor, data, person_id)


@internal
def save_person_in(session: Session, actor: Actor, data: PersonData, person_id: str | None) -> str:
    if data.organisation_id:
        _live_org(session, data.organisation_id)
    person = session.get(Person, person_id) if person_id else Person()
    if person is None or person.deleted:
        raise ValidationError.single("name", "that person was removed from the directory")
    if person_id and not data.is_leader and is_leader(session, person):
        require(actor, Action.DELETE_DIRECTORY_LEADER)  # unmarked, a leader could then be removed by anyone
    before = audit.snapshot(person) if person_id else None
    for key, value in asdict(data).items():
        setattr(person, key, value)
    person.search_key = search_key(data.name)
    if before == audit.snapshot(person):
        return person.id
    session.add(person)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE_PERSON if person_id else AuditAction.CREATE_PERSON, "people",
                 person.id,
                 before, audit.snapshot(person))
    return person.id


LEADER_POSITIONS = (Position.LEADER.value, Position.SECRETARY_GENERAL.value)


@internal
def is_leader(session: Session, person: Person) -> bool:
    """A leader's entry: marked a leader (市领导, heads of units), or on the roster as leader in charge or duty
    secretary-general. The flag alone is not enough: a roster's leaders must not vanish from under it."""
    if person.is_leader:
        return True
    return session.scalar(select(RosterDuty.id).where(
        RosterDuty.person_id == person.id, RosterDuty.deleted.is_(False),
        RosterDuty.position.in_(LEADER_POSITIONS)).limit(1)) is not None


@requires(Action.EDIT_DIRECTORY)
def delete_person(services: Services, actor: Actor, person_id: str) -> None:
    """A leader's entry needs DELETE_DIRECTORY_LEADER as well (the system administrator)."""
    with services.write(actor, Action.EDIT_DIRECTORY) as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise ValidationError.single("name", "that person was already removed from the directory")
        if is_leader(session, person):
            require(actor, Action.DELETE_DIRECTORY_LEADER)
        before = audit.snapshot(person)
        person.deleted = True
        audit.record(session, actor, AuditAction.DELETE_PERSON, "people", person.id, before, audit.snapshot(person))


@requires(Action.EDIT_DIRECTORY)
def delete_org(services: Services, actor: Actor, org_id: str) -> None:
    """Refused while people still belong to the organisation: move or remove them first."""
    with services.write(actor, Action.EDIT_DIRECTORY) as session:
        org = _live_org(session, org_id)
        members = session.scalar(select(func.count()).select_from(Person).where(
            Person.organisation_id == org_id, Person.deleted.is_(False)))
        if members:
            raise ValidationError.single("organisation_id", "{org} still has {count} people; move or remove them first",
                                         org=org.name, count=members)
        before = audit.snapshot(org)
        org.deleted = True
        audit.record(session, actor, AuditAction.DELETE_ORG, "organisations", org.id, before, audit.snapshot(org))


@requires(Action.VIEW_DIRECTORY)
def organisations(services: Services, actor: Actor, text: str = "") -> list[OrgRow]:
    """Every word of `text` must match the name (characters, pinyin or initials) or a phone."""
    count = (select(func.count()).where(Person.organisation_id == Organisation.id, Person.deleted.is_(False))
             .correlate(Organisation).scalar_subquery())
    query = (select(Organisation, count).where(Organisation.deleted.is_(False))
             .order_by(Organisation.kind, func.pinyin_key(Organisation.name), Organisation.id))
    for word in text.lower().split():
        like = f"%{word}%"
        query = query.where(or_(Organisation.name.like(like), Organisation.search_key.like(like),
                                Organisation.duty_phone.like(like), Organisation.phone.like(like)))
    with services.read(actor, Action.VIEW_DIRECTORY) as session:
        rows = session.execute(query)
        shown = _shown(actor)
        return [OrgRow(org.id, _org_data(org) if shown else masked_org(_org_data(org)), n) for org, n in rows]


def _people_query(text: str, shown: bool) -> Select[Person]:
    """`shown` False: digits match the office phone only, so a search cannot reveal a masked number."""
    query = (select(Person).outerjoin(Person.organisation).where(Person.deleted.is_(False))
             # Leaders first in protocol order (the mayor first), then each organisation by pinyin, its head
             # before its deputies before its staff.
             .order_by(Person.is_leader.desc(), case((Person.is_leader, func.precedence(Person.title)), else_=0),
                       Organisation.kind.desc(), func.pinyin_key(Organisation.name), Organisation.id,
                       func.precedence(Person.title), func.pinyin_key(Person.name), Person.id))  # ids: a total order
    for word in text.lower().split():
        like = f"%{word}%"
        conditions = [Person.search_key.like(like), Person.title.like(like), Person.office.like(like),
                      Organisation.name.like(like), Organisation.search_key.like(like)]
        digits = "".join(ch for ch in word if ch.isdigit())
        if digits and len(digits) == len(word.replace("-", "").replace("+", "")):
            dlike = f"%{digits}%"
            conditions += ([Person.mobile.like(dlike), Person.office_phone.like(dlike),
                            Person.secure_phone.like(dlike)] if shown else [Person.office_phone.like(dlike)])
        query = query.where(or_(*conditions))
    return query


@requires(Action.VIEW_DIRECTORY)
def search_people(services: Services, actor: Actor, text: str = "", limit: int = 500,
                  offset: int = 0) -> list[PersonRow]:
    """Every word must match a name (characters, pinyin or initials), title, office, organisation or phone.
    Mobiles and secure lines are masked for a role without personal data (reception)."""
    shown = _shown(actor)
    with services.read(actor, Action.VIEW_DIRECTORY) as session:
        people = session.scalars(_people_query(text, shown).limit(limit).offset(offset)).unique()
        return [PersonRow(p.id, _person_data(p) if shown else masked_person(_person_data(p)),
                          p.organisation.name if p.organisation else "") for p in people]


@dataclass(frozen=True)
class DirectoryCounts:
    organisations: int
    people: int
    leaders: int


@requires(Action.VIEW_DIRECTORY)
def counts(services: Services, actor: Actor) -> DirectoryCounts:
    """How many organisations, people and leaders the directory holds: counted by the database, none loaded."""
    with services.read(actor, Action.VIEW_DIRECTORY) as session:
        orgs = session.scalar(select(func.count()).select_from(Organisation).where(Organisation.deleted.is_(False)))
        people, leaders = session.execute(select(func.count(), func.count().filter(Person.is_leader))
                                          .where(Person.deleted.is_(False))).one()
        return DirectoryCounts(orgs or 0, people, leaders)
