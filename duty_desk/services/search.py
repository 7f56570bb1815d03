"""One search box over every registered kind of record (storage.search_registry) the actor may see. Chinese from
one character, English words, case-insensitive; several words must all match, anywhere in the record (its own
fields or its child rows). Newest first.

The index finds candidate rows, newest first: a 1-2 character word from the gram table, a longer one as the AND
of its trigrams. The rarest word drives; each
candidate record is then read back from its tables (live ones only) and kept if every word is in its text,
until `limit` records are kept. A kind the actor may not see is not even read.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from duty_desk.domain.validation import ValidationError
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, self_service
from duty_desk.storage import search_index, search_registry
from duty_desk.storage.search_registry import SearchKind

MAX_LIMIT = 1000
SLACK = 16  # candidate rows read beyond the limit at first (a record may match in several rows); then doubling
NO_DOCID = 2 ** 62


@dataclass(frozen=True)
class Found:
    kind: str
    record_id: str
    time: datetime
    extra: tuple[object, ...]  # the kind's extra columns, in declared order
    fields: dict[str, str]  # field name -> text; a child field's rows joined by a newline


@internal
def fold(value: str) -> str:
    """Lower case, one character for one, so positions in the folded text are positions in the original."""
    low = value.lower()
    if len(low) == len(value):  # lower() never shortens, so nothing grew: already one for one
        return low
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


def _visible_kinds(actor: Actor) -> list[SearchKind]:
    return [k for k in search_registry.kinds() if actor.may(k.action)]


@self_service  # each kind is searched only for an actor its declaration lets see it
def search(services: Services, actor: Actor, text: str, limit: int = 200, include_hidden: bool = False,
           kinds: Sequence[str] | None = None) -> list[Found]:
    """Live records of the kinds the actor may see (of `kinds`, if given) holding every word of `text`."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError.single("limit", "give a limit between 1 and {limit}", limit=MAX_LIMIT)
    allowed = [k for k in _visible_kinds(actor) if kinds is None or k.kind in kinds]
    words = parse_query(text)
    if not words or not allowed:
        return []
    with services.db.session() as session:
        found = _search(session.connection(), allowed, words, limit, include_hidden)
    return sorted(found, key=lambda f: f.time, reverse=True)


def _search(conn: Connection, allowed: list[SearchKind], words: list[str], limit: int,
            include_hidden: bool) -> list[Found]:
    sources = {code: (kind, n) for kind in allowed for n, (code, _) in enumerate(kind.sources())}
    batch = limit + SLACK
    sql, query, rows = _rarest(conn, words, sorted(sources), batch)
    kept: list[Found] = []
    seen: set[tuple[str, str]] = set()
    while rows:
        for record in _records(conn, [(sources[s], rid) for _, s, rid in rows], seen):
            if (include_hidden or not record[1]) and _holds(record[0], words):
                kept.append(record[0])
        if len(kept) >= limit or len(rows) < batch:
            break
        batch *= 2
        rows = conn.exec_driver_sql(sql, {"q": query, "before": rows[-1][0], "n": batch}).all()
    return kept[:limit]


def _rarest(conn: Connection, words: list[str], sources: list[int],
            batch: int) -> tuple[str, str, Sequence[Any]]:
    """The word whose newest `batch` candidate rows reach furthest back (the rarest: with several words it
    drives, and the others are checked in each of its records), its query and those rows."""
    best: tuple[float, str, str, Sequence[Any]] | None = None
    for word in words:
        table, query = (("search_text", search_index.trigram_query(word)) if len(word) >= 3
                        else ("search_grams", search_index.fts_phrase(word)))
        sql = search_index.candidates_sql(table, sources)
        rows = conn.exec_driver_sql(sql, {"q": query, "before": NO_DOCID, "n": batch}).all()
        # Rows per docid below the newest: fewer is rarer; a word with fewer rows than asked is rarest by count.
        density = len(rows) if len(rows) < batch else batch + batch / max(1, rows[0][0] - rows[-1][0])
        if best is None or density < best[0]:
            best = (density, sql, query, rows)
        if not rows:
            break  # nothing can match
    assert best is not None  # words is not empty
    return best[1], best[2], best[3]


def _records(conn: Connection, hits: list[tuple[tuple[SearchKind, int], str]],
             seen: set[tuple[str, str]]) -> list[tuple[Found, bool]]:
    """The records the hit rows belong to, each once (not already in `seen`), in the hits' order; with their
    hidden flag."""
    order: list[tuple[SearchKind, str]] = []
    child_rows: dict[tuple[str, int], list[str]] = {}
    for (kind, n), row_id in hits:
        if n:
            child_rows.setdefault((kind.kind, n - 1), []).append(row_id)
    parents: dict[tuple[str, str], str] = {}
    by_name = {kind.kind: kind for (kind, _), _ in hits}
    for (name, n), ids in child_rows.items():
        sql = search_index.parents_sql(by_name[name], n, len(ids))
        parents.update({(name, row_id): parent for row_id, parent in conn.exec_driver_sql(sql, tuple(ids))})
    for (kind, n), row_id in hits:
        record_id = parents.get((kind.kind, row_id)) if n else row_id
        if record_id is not None and (kind.kind, record_id) not in seen:
            seen.add((kind.kind, record_id))
            order.append((kind, record_id))
    loaded: dict[tuple[str, str], tuple[Found, bool]] = {}
    for kind in {k.kind: k for k, _ in order}.values():
        ids = [record_id for k, record_id in order if k is kind]
        loaded.update(_load(conn, kind, ids))
    return [loaded[(k.kind, record_id)] for k, record_id in order if (k.kind, record_id) in loaded]


def _load(conn: Connection, kind: SearchKind, ids: list[str]) -> dict[tuple[str, str], tuple[Found, bool]]:
    texts: dict[str, dict[str, list[str]]] = {record_id: {} for record_id in ids}
    for n, child in enumerate(kind.children):
        for record_id, value in conn.exec_driver_sql(search_index.children_sql(kind, n, len(ids)), tuple(ids)):
            texts[record_id].setdefault(child.field.name, []).append(value)
    loaded = {}
    extras = len(kind.extra)
    for record_id, at, hidden, *values in conn.exec_driver_sql(search_index.records_sql(kind, len(ids)),
                                                               tuple(ids)):
        fields = dict(zip((f.name for f in kind.fields), values[extras:], strict=True))
        for child in kind.children:
            fields[child.field.name] = "\n".join(texts[record_id].get(child.field.name, []))
        time = datetime.fromisoformat(at).replace(tzinfo=UTC)
        loaded[(kind.kind, record_id)] = (Found(kind.kind, record_id, time, tuple(values[:extras]), fields),
                                          bool(hidden))
    return loaded


def _holds(found: Found, words: list[str]) -> bool:
    """Every word in one of the record's fields (the index found candidates; this is the match itself)."""
    folded = [fold(value) for value in found.fields.values()]
    return all(any(word in value for value in folded) for word in words)
