"""A call about an incident already registered: the intake form's "same incident" choice.

The call becomes a follow-up report (续报) of that incident, with its caller and source, instead of a second
incident with a second set of reporting clocks. Written through the follow-up service, so it is checked,
audited and numbered as any follow-up."""

from duty_desk.domain import vocabulary as V
from duty_desk.domain.incidents import Severity
from duty_desk.domain.intake import CASUALTIES, IncidentData, clean_incident
from duty_desk.domain.places import district_name
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires

# What a follow-up says beyond the account itself, in the order the incident report prints them.
_FACTS = ("scope", "losses", "trend", "measures", "commander", "requests", "notified")
_CALLER = ("reporter_name", "reporter_title", "reporter_unit", "reporter_phone")


@internal
def follow_up_text(data: IncidentData, language: V.Language) -> tuple[str, str]:
    """The follow-up's text (the account, then each other fact given, named) and its reporter (the caller)."""

    def named(key: str, value: str) -> str:
        return V.sentence("field_value", language, field=V.pick(V.FIELD[key], language), value=value)

    parts = [data.summary]
    if data.severity is not Severity.UNASSESSED:  # the caller's word on it; the level itself is changed apart
        parts.append(named("severity", V.label(data.severity, language)))
    if data.category is not None:
        parts.append(named("category", V.label(data.category, language)))
    if data.occurred_at is not None:
        parts.append(named("occurred_at", format_beijing(data.occurred_at)))
    place = " ".join(p for p in (district_name(data.district_code, language is V.Language.ZH)
                                 if data.district_code else "", data.address) if p)
    if place:
        parts.append(named("place", place))
    if any(getattr(data, key) for key in CASUALTIES):
        parts.append(named("casualties", V.sentence("casualties", language,
                                                    **{key: getattr(data, key) for key in CASUALTIES})))
    parts += [named(key, value) for key in _FACTS if (value := getattr(data, key))]
    reporter = V.pick(V.SENTENCE["names_joined"], language).join(v for key in _CALLER if (v := getattr(data, key)))
    return V.pick(V.SENTENCE["changes_joined"], language).join(parts), reporter


@requires(Action.EDIT_INCIDENT)
def add_call_to(services: Services, actor: Actor, incident_id: str, data: IncidentData,
                language: V.Language) -> tuple[str, str]:
    """Add the call to that incident as a follow-up; returns the incident's id and number. The call is checked
    as the intake form checks it, so a refusal names the form's field."""
    data = clean_incident(data, utcnow())
    text, reporter = follow_up_text(data, language)
    incidents.add_follow_up(services, actor, incident_id, text, data.received_at, data.source, reporter)
    return incident_id, incidents.get(services, actor, incident_id).number
