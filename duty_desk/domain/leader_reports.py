"""The written report to a leader (呈报单 / 值班信息专报): its document number, and the draft made from an incident's
facts and follow-ups."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from duty_desk.domain import vocabulary as V
from duty_desk.domain.incident_views import IncidentView, TimelineEvent, TimelineKind
from duty_desk.domain.places import district_name
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.vocabulary import Language
from duty_desk.domain.whereabouts import ABSENT, Whereabouts

TITLE_LIMIT, TEXT_LIMIT = 200, 20_000


def number_prefix(year: int, code: str) -> str:
    """〔2026〕第7F3A-: the year and the workstation's code, as an incident's number carries them."""
    return f"〔{year}〕第{code}-"


def document_number(year: int, code: str, serial: int) -> str:
    """〔2026〕第7F3A-12期: the twelfth this workstation issued in 2026, final the moment it is given."""
    return f"{number_prefix(year, code)}{serial}期"


def serial_of(number: str, prefix: str) -> int:
    return int(number[len(prefix):].removesuffix("期"))


@dataclass(frozen=True)
class ReportText:
    """What an officer edits before it is sent."""

    title: str
    body: str
    proposal: str  # 拟办意见
    addressee_ids: tuple[str, ...]  # the leaders it goes to (directory people), in the order printed


_WORDS: dict[str, V.Term] = {
    "title": ("Report on: {summary}", "关于{summary}的情况报告"),
    "proposal": ("Submitted for the leaders' attention and instructions.", "妥否，请领导阅示。"),
    "follow_up": ("{event} ({at}): {text}", "{event}（{at}）：{text}"),
}


def _w(key: str, language: Language, **values: object) -> str:
    return V.pick(_WORDS[key], language).format(**values)


def draft_text(view: IncidentView, events: Sequence[TimelineEvent], language: Language) -> ReportText:
    """The incident's facts, then each follow-up by order of receipt: what the officer starts editing from."""
    data = view.data
    summary = data.summary.strip().splitlines()[0][:40] if data.summary.strip() else view.number
    district = district_name(data.district_code, language is Language.ZH) if data.district_code else ""
    place = "".join(p for p in (district, data.address) if p)
    facts = [("received_at", format_beijing(data.received_at)), ("reporter_unit", data.reporter_unit),
             ("reporter_name", data.reporter_name), ("occurred_at", format_beijing(data.occurred_at)),
             ("place", place), ("summary", data.summary), ("casualties", V.sentence(
                 "casualties", language, dead=data.dead, injured=data.injured, missing=data.missing,
                 trapped=data.trapped)), ("losses", data.losses), ("trend", data.trend),
             ("measures", data.measures), ("commander", data.commander), ("requests", data.requests)]
    lines = [V.sentence("field_value", language, field=V.field(name, language), value=value.strip())
             for name, value in facts if value and value.strip()]
    for event in events:
        if event.kind in (TimelineKind.FOLLOW_UP, TimelineKind.FINAL):
            lines.append(_w("follow_up", language, event=V.event(event.kind, language, event.number),
                            at=format_beijing(event.at), text=event.text))
    return ReportText(_w("title", language, summary=summary)[:TITLE_LIMIT], "\n".join(lines)[:TEXT_LIMIT],
                      _w("proposal", language), ())


_ADDRESSEE: dict[str, V.Term] = {
    "acting": ("{leader} ({status}; {acting} acting)", "{leader}（{status}，{acting}代）"),
    "away": ("{leader} ({status})", "{leader}（{status}）"),
    "sent": ("Written report {number} “{title}” sent to {to}", "呈报单{number}《{title}》已报送{to}"),
}


@dataclass(frozen=True)
class Addressee:
    """A leader a report goes to, and who takes it meanwhile (the whereabouts board's acting leader)."""

    leader_id: str
    leader: str
    status: Whereabouts
    acting_id: str | None = None
    acting: str = ""


def addressee_text(a: Addressee, language: Language) -> str:
    """'林正华（离京，周明远代）': both are named, so the acting one knows whose matter it is."""
    status = V.label(a.status, language)
    if a.acting:
        return V.pick(_ADDRESSEE["acting"], language).format(leader=a.leader, status=status, acting=a.acting)
    if a.status in ABSENT:
        return V.pick(_ADDRESSEE["away"], language).format(leader=a.leader, status=status)
    return a.leader


def addressees_text(addressees: Sequence[Addressee], language: Language) -> str:
    return V.sentence("names_joined", language).join(addressee_text(a, language) for a in addressees)


def sent_words(number: str, title: str, addressees: Sequence[Addressee]) -> Callable[[Language], str]:
    """The incident timeline's line for a report sent, in either language."""
    return lambda language: V.pick(_ADDRESSEE["sent"], language).format(
        number=number, title=title, to=addressees_text(addressees, language))
