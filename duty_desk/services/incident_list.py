"""The incident list: filtered, sorted and paged, with each incident's deadline clocks.

The default order is urgency: open incidents by their next deadline (the same clock maths the screens show),
overdue first, then the closed ones newest first. Only open incidents are ranked in Python (there are few of
them; closed ones are most of a million-row table), the closed ones page straight from an index.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, select, text, type_coerce
from sqlalchemy.orm import Session

from duty_desk.domain.deadlines import Clock, Profile, clocks, first_deadline, next_due
from duty_desk.domain.incident_query import IncidentQuery, SortKey
from duty_desk.domain.incident_views import IncidentView
from duty_desk.domain.incidents import ReportKind, Severity, Status
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import as_utc
from duty_desk.services.context import Actor, Services
from duty_desk.services.incidents import view_of
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import Incident, ReportMade
from duty_desk.storage.models.incidents import OPEN_SQL

_IN_CHUNK = 10_000  # ids per IN (...): well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class IncidentRow:
    view: IncidentView
    clocks: list[Clock]
    duplicate_of: str = ""  # the number of the incident this one is a further report of: its clocks are that one's


def _filtered(query: IncidentQuery, columns: Sequence[Any] = (Incident,)) -> Select[Any]:
    q = select(*columns).where(Incident.deleted.is_(False))
    if query.only is not None:
        q = q.where(Incident.id.in_(query.only))
    if not query.include_drills:
        q = q.where(Incident.drill.is_(False))
    if query.statuses:
        q = q.where(Incident.status.in_(sorted(s.value for s in query.statuses)))
    if query.severities:
        q = q.where(Incident.severity.in_(sorted(s.value for s in query.severities)))
    if query.district_code:
        q = q.where(Incident.district_code == query.district_code)
    if query.category is not None:
        q = q.where(Incident.category == query.category.value)
    if query.received_from is not None:
        q = q.where(Incident.received_at >= as_utc(query.received_from))
    if query.received_to is not None:
        q = q.where(Incident.received_at < as_utc(query.received_to))
    return q


def _order(query: IncidentQuery) -> list[ColumnElement[Any]]:
    """SQL order for every key but urgency; newest first breaks ties."""
    newest: list[ColumnElement[Any]] = [Incident.received_at.desc(), Incident.id.desc()]
    key, desc = query.sort, query.descending
    if key is SortKey.NUMBER:
        return [Incident.number.desc() if desc else Incident.number.asc()]
    if key is SortKey.RECEIVED:
        return newest if desc else [Incident.received_at.asc(), Incident.id.asc()]
    if key is SortKey.SEVERITY:  # the stored text sorts I < II < III < IV < unassessed: most serious first
        return [Incident.severity.desc() if desc else Incident.severity.asc(), *newest]
    if key is SortKey.STATUS:  # 'new' > 'handling' > 'closed' as text: ascending is the workflow's order
        return [Incident.status.asc() if desc else Incident.status.desc(), *newest]
    if key is SortKey.DISTRICT:  # by code, which is the official order; no district last
        return [(Incident.district_code == "").asc(),
                Incident.district_code.desc() if desc else Incident.district_code.asc(), *newest]
    raise RuntimeError(f"{key} is not an SQL order")


@internal
def reports_made(session: Session, ids: Iterable[str]) -> dict[str, list[tuple[ReportKind, datetime]]]:
    """Each incident's reports made (kind, when), for its clocks."""
    ids = list(ids)
    made: dict[str, list[tuple[ReportKind, datetime]]] = {}
    for first in range(0, len(ids), _IN_CHUNK):
        chunk = ids[first:first + _IN_CHUNK]
        rows = session.execute(select(ReportMade.incident_id, ReportMade.kind, ReportMade.made_at).where(
            ReportMade.incident_id.in_(chunk), ReportMade.deleted.is_(False)))
        for incident_id, kind, at in rows:
            made.setdefault(incident_id, []).append((ReportKind(kind), at))
    return made


def _urgency(session: Session, query: IncidentQuery, profile: Profile) -> list[str]:
    """The open incidents the query keeps, most urgent first: soonest (or longest overdue) running clock, then
    those with no clock running, newest first. Read from the covering index of open incidents; most have
    nothing reported yet and take the profile's first deadline, the rest go through next_due."""
    if query.statuses and not query.statuses & {Status.NEW, Status.HANDLING}:
        return []
    received = type_coerce(Incident.received_at, String)  # parsed below: quicker than the column type's
    light = _filtered(query, (Incident.id, Incident.severity, received)).where(text(OPEN_SQL))
    rows = session.execute(light).all()
    made: dict[str, list[tuple[ReportKind, datetime]]] = {}
    reports = select(ReportMade.incident_id, ReportMade.kind, ReportMade.made_at).where(
        ReportMade.deleted.is_(False), ReportMade.incident_id.in_(light.with_only_columns(Incident.id)))
    for incident_id, kind, at in session.execute(reports):  # one query, however many are open
        made.setdefault(incident_id, []).append((ReportKind(kind), at))
    # Naive UTC throughout the loop: ten thousand rows are ranked on each page fetched.
    first = {s.value: first_deadline(profile, s) for s in Severity}
    far = datetime.max
    keyed = []
    for incident_id, severity, at_text in rows:
        at = datetime.fromisoformat(at_text)
        if incident_id in made:
            aware = next_due(profile, Severity(severity), at.replace(tzinfo=UTC), made[incident_id])
            due = None if aware is None else aware.replace(tzinfo=None)
        else:
            offset = first[severity]
            due = None if offset is None else at + offset
        keyed.append((far if due is None else due, at, incident_id))
    keyed.sort(key=lambda k: k[1], reverse=True)  # newest first among equals (the sort below is stable)
    keyed.sort(key=lambda k: k[0])
    return [incident_id for *_, incident_id in keyed]


def _rows(session: Session, query: IncidentQuery, profile: Profile | None, limit: int, offset: int) -> list[Incident]:
    if query.sort is not SortKey.URGENCY:
        return list(session.scalars(_filtered(query).order_by(*_order(query)).limit(limit).offset(offset)))
    if profile is None:
        raise RuntimeError("the urgency order needs the deadline rules")
    ranked = _urgency(session, query, profile)
    page_ids = ranked[offset:offset + limit]
    by_id = {r.id: r for r in session.scalars(select(Incident).where(Incident.id.in_(page_ids)))}
    out = [by_id[i] for i in page_ids]
    if len(out) < limit and (not query.statuses or Status.CLOSED in query.statuses):
        closed = _filtered(query).where(Incident.status == Status.CLOSED.value).order_by(
            Incident.received_at.desc(), Incident.id.desc())
        out += session.scalars(closed.limit(limit - len(out)).offset(max(0, offset - len(ranked))))
    return out


@requires(Action.VIEW_INCIDENTS)
def list_incidents(services: Services, actor: Actor, query: IncidentQuery | None = None, limit: int = 100,
                   offset: int = 0, profile: Profile | None = None) -> list[IncidentView]:
    """A page of the list (newest first unless the query says otherwise; urgency needs the profile)."""
    query = (query or IncidentQuery(sort=SortKey.RECEIVED, descending=True)).checked()
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        return [view_of(row) for row in _rows(session, query, profile, limit, offset)]


@requires(Action.VIEW_INCIDENTS)
def list_with_clocks(services: Services, actor: Actor, profile: Profile, query: IncidentQuery, limit: int = 100,
                     offset: int = 0) -> list[IncidentRow]:
    """A page of the list with each incident's deadline clocks (a few queries, whatever the page size)."""
    query = query.checked()
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        rows = _rows(session, query, profile, limit, offset)
        made = reports_made(session, (r.id for r in rows))
        views = [(view_of(r), r.duplicate_of) for r in rows]
        linked = {r.duplicate_of for r in rows if r.duplicate_of}
        originals: dict[str, str] = {i: n for i, n in session.execute(select(Incident.id, Incident.number).where(
            Incident.id.in_(linked), Incident.deleted.is_(False)))} if linked else {}
    # A linked duplicate's clocks never run (services.incident_attention counts them so): it names its original.
    return [IncidentRow(v, [] if of in originals else clocks(
        profile, v.data.severity, v.data.received_at, made.get(v.id, []), closed=v.status is Status.CLOSED),
        originals.get(of, "") if of else "") for v, of in views]
