"""One search box over incidents: summary, place (district and address), reporter (unit and name) and the
follow-up reports' texts. Chinese from one character, English words, case-insensitive; several words must all
match (anywhere in the incident). Newest first, with a snippet and the spans to highlight.

Incidents are one kind of the shared search (services.search, declared in storage.models.incident_search);
the index is kept right by SQLite triggers, so records that came by sync are found like local ones.
"""

from dataclasses import dataclass
from datetime import datetime

from duty_desk.domain.roles import Action
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.permission import internal, requires
from duty_desk.services.search import MAX_LIMIT, fold, parse_query, search
from duty_desk.storage.models.incident_search import INCIDENTS

__all__ = ["MAX_LIMIT", "SearchHit", "best_snippet", "fold", "match_spans", "parse_query", "search_incidents"]

SNIPPET_CHARS = 60  # the snippet's length, ellipses aside
LEAD_CHARS = 12  # context kept before the first match when a field is cut
ELLIPSIS = "…"
FIELDS = ("summary", "place", "reporter", "follow_ups")
FOLLOW_UP_SEPARATOR = "\n"


@dataclass(frozen=True)
class SearchHit:
    incident_id: str
    number: str
    received_at: datetime
    summary: str
    field: str  # where the snippet comes from: summary | place | reporter | follow_ups
    snippet: str
    spans: tuple[tuple[int, int], ...]  # [start, end) of each match in `snippet`, in characters (code points)


@requires(Action.VIEW_INCIDENTS)
def search_incidents(services: Services, actor: Actor, text: str, limit: int = 200,
                     include_drills: bool = False) -> list[SearchHit]:
    """Live incidents whose searched fields contain every word of `text`, newest (received_at) first."""
    require(actor, Action.VIEW_INCIDENTS)
    hits, words = [], parse_query(text)
    for found in search(services, actor, text, limit, include_hidden=include_drills, kinds=[INCIDENTS.kind]):
        field, snippet, spans = best_snippet(found.fields, words)
        hits.append(SearchHit(found.record_id, str(found.extra[0]), found.time, found.fields["summary"], field,
                              snippet, spans))
    return hits


@internal
def match_spans(value: str, words: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of every word in `value` (case-insensitive), overlapping ones merged, in order."""
    folded = fold(value)
    found = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            found.append((start, start + len(word)))
            start = folded.find(word, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@internal
def best_snippet(fields: dict[str, str], words: list[str]) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """The field holding the most of the words (the first such), cut to SNIPPET_CHARS around its first match."""
    best_name, best_spans, best_count = FIELDS[0], [], -1
    for name in FIELDS:
        value = fields.get(name, "")
        count = sum(1 for w in words if w in fold(value))
        if count > best_count:
            best_name, best_spans, best_count = name, match_spans(value, words), count
    value = fields.get(best_name, "").replace(FOLLOW_UP_SEPARATOR, " ")
    start = 0
    if len(value) > SNIPPET_CHARS and best_spans:
        start = max(0, min(best_spans[0][0] - LEAD_CHARS, len(value) - SNIPPET_CHARS))
    end = min(len(value), start + SNIPPET_CHARS)
    prefix = ELLIPSIS if start > 0 else ""
    snippet = prefix + value[start:end] + (ELLIPSIS if end < len(value) else "")
    shift = len(prefix) - start
    spans = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in best_spans if s < end and e > start)
    return best_name, snippet, spans
