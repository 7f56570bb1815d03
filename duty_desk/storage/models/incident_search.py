"""Incidents in the search box: summary, place (district name and address), reporter (unit and name), and the
follow-up reports' texts."""

from duty_desk.domain.places import DISTRICTS
from duty_desk.domain.roles import Action
from duty_desk.storage.search_registry import Child, Field, SearchKind, register


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _joined(*parts: str) -> str:
    """The parts joined by a space, in SQL; trimmed, so an empty first or last part leaves no stray space."""
    return "trim(" + " || ' ' || ".join(f"coalesce({p}, '')" for p in parts) + ")"


_DISTRICT = "(CASE {r}.district_code " + " ".join(f"WHEN {_lit(c)} THEN {_lit(zh)}" for c, zh, _ in DISTRICTS) \
    + " ELSE '' END)"

INCIDENTS = register(SearchKind(
    kind="incidents", code=1, action=Action.VIEW_INCIDENTS, table="incidents", time="received_at",
    fields=(Field("summary"), Field("place", _joined(_DISTRICT, "{r}.address")),
            Field("reporter", _joined("{r}.reporter_unit", "{r}.reporter_name"))),
    children=(Child("incident_follow_ups", parent="incident_id", field=Field("follow_ups", "{r}.text")),),
    hidden="{r}.drill = 1", extra=("number",),
))
