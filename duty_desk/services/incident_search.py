"""One search box over incidents: summary, place (district and address), reporter (unit and name) and the
follow-up reports' texts. Chinese from one character, English words, case-insensitive; several words must all
match (anywhere in the incident). Newest first, with a snippet and the spans to highlight.

The index (duty_desk.storage.search_index) holds live incidents only and is kept right by SQLite triggers,
so records that came by sync are found like local ones.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text as sql_text

from duty_desk.domain.roles import Action
from duty_desk.domain.validation import ValidationError
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage import search_index
from duty_desk.storage.types import UTCDateTime

MAX_LIMIT = 1000
SNIPPET_CHARS = 60  # the snippet's length, ellipses aside
LEAD_CHARS = 12  # context kept before the first match when a field is cut
ELLIPSIS = "…"
FIELDS = ("summary", "place", "reporter", "follow_ups")


@dataclass(frozen=True)
class SearchHit:
    incident_id: str
    number: str
    received_at: datetime
    summary: str
    field: str  # where the snippet comes from: summary | place | reporter | follow_ups
    snippet: str
    spans: tuple[tuple[int, int], ...]  # [start, end) of each match in `snippet`, in characters (code points)


@internal
def fold(value: str) -> str:
    """Lower case, one character for one, so positions in the folded text are positions in the original."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in value)


def _short_form(word: str) -> str:
    """A 1-2 character word as the gram index sees it: ASCII punctuation is a separator there, so it is dropped."""
    return "".join(ch for ch in word if not ch.isascii() or ch.isalnum())


@internal
def parse_query(query: str) -> list[str]:
    """The words to match, folded, without repeats; 1-2 character ones in their index form."""
    words: list[str] = []
    for raw in query.split():
        word = fold(raw)
        if len(word) < 3:
            word = _short_form(word)
        if word and word not in words:
            words.append(word)
    return words


@internal
def gram_terms(words: list[str]) -> list[str]:
    """What the gram index is asked: the 1-2 character words and, when there are any, the bigrams of the longer
    words too (a document holding a word holds its bigrams: a cheap first filter). Bigrams with a cased letter
    outside ASCII are left out: the gram index folds ASCII only, the trigram index that checks the word folds all."""
    short = [w for w in words if len(w) < 3]
    if not short:
        return []
    terms = list(short)
    for word in words:
        for i in range(len(word) - 1):
            gram = _short_form(word[i:i + 2])
            if gram and gram not in terms and all(ch.isascii() or ch.lower() == ch.upper() for ch in gram):
                terms.append(gram)
    return terms


@requires(Action.VIEW_INCIDENTS)
def search_incidents(services: Services, actor: Actor, text: str, limit: int = 200,
                     include_drills: bool = False) -> list[SearchHit]:
    """Live incidents whose searched fields contain every word of `text`, newest (received_at) first."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError.single("limit", "give a limit between 1 and {limit}", limit=MAX_LIMIT)
    words = parse_query(text)
    long_words = [w for w in words if len(w) >= 3]
    grams = gram_terms(words)
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        if not words:
            return []
        query = sql_text(search_index.search_sql(bool(long_words), bool(grams), include_drills))
        params = {"t": " AND ".join(search_index.fts_phrase(w) for w in long_words),
                  "g": " AND ".join(search_index.fts_phrase(g) for g in grams), "limit": limit}
        rows = list(session.execute(query.columns(received_at=UTCDateTime()), params).all())
    # Docids follow received_at to the millisecond; one taken by another incident moves a document up a little.
    rows.sort(key=lambda row: row.received_at, reverse=True)
    hits = []
    for incident_id, number, received_at, *texts in rows:
        field, snippet, spans = best_snippet(dict(zip(FIELDS, texts, strict=True)), words)
        hits.append(SearchHit(incident_id, number, received_at, texts[0], field, snippet, spans))
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
    value = fields.get(best_name, "").replace(search_index.FOLLOW_UP_SEPARATOR, " ")
    start = 0
    if len(value) > SNIPPET_CHARS and best_spans:
        start = max(0, min(best_spans[0][0] - LEAD_CHARS, len(value) - SNIPPET_CHARS))
    end = min(len(value), start + SNIPPET_CHARS)
    prefix = ELLIPSIS if start > 0 else ""
    snippet = prefix + value[start:end] + (ELLIPSIS if end < len(value) else "")
    shift = len(prefix) - start
    spans = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in best_spans if s < end and e > start)
    return best_name, snippet, spans
