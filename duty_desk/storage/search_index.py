"""The incident search index (SQLite only): kept right by triggers, so rows written by sync are indexed too.

One document per live incident, in `search_docs`: the texts searched (summary; place = district name and address;
reporter = unit and name; the follow-up reports' texts) and the incident's id and drill flag. Its `docid` is
`received_at` in Unix milliseconds (or the first free one above, when another incident holds that one), so
"newest first" is "highest docid first", and both full-text tables below answer `ORDER BY rowid DESC LIMIT n`
by walking their posting lists from the end and stopping early, however many documents match. (Milliseconds
and not a finer clock: FTS5 stores rowid gaps, and these stay 2-3 bytes.)

- `search_text`: FTS5, trigram tokenizer, external content (search_docs): any substring of 3+ characters,
  case-insensitive; several words are ANDed by FTS5 itself.
- `search_grams`: FTS5, contentless, detail=none, ascii tokenizer: each document's distinct 1- and 2-character
  substrings, as space-separated tokens (made in SQL, below). Answers 1-2 character words, which trigrams cannot.

Triggers on incidents and incident_follow_ups re-index an incident on any insert, update of an indexed field,
or delete (sync may take a record out for good); a tombstoned incident (deleted=1) leaves the index. They use
built-in SQL only, so any writer (the ORM, sync's Core upserts, a plain sqlite3 connection) keeps the index right.
The triggers name both tables, which SQLite's ALTER TABLE RENAME (batch migrations) refuses while a trigger
points at a missing table: storage.migrate drops them before migrating and `install()` makes them again after,
and rebuilds the index when INDEX_VERSION changed or the number of documents is not the number of live incidents.
A migration that rewrites indexed text must bump INDEX_VERSION. PostgreSQL has none of this.
"""

from sqlalchemy import Boolean, Column, Connection, Integer, LargeBinary, String, Table, Text

from duty_desk.domain.places import DISTRICTS
from duty_desk.storage.base import Base

# Bump when what is indexed changes (fields, district names, gram rules): install() then rebuilds the index.
INDEX_VERSION = "1"
VERSION_KEY = "search_index_version"
FOLLOW_UP_SEPARATOR = "\n"  # char(10) in the SQL below
GRAM_PIECE = 200

# The tables, declared so the metadata describes the whole SQLite file (the migration test compares them). They
# exist on SQLite only (the FTS5 ones and their shadow tables are made by SQLite itself); never create_all() them.
_LOCAL = {"sqlite_only": True}
search_docs = Table(
    "search_docs", Base.metadata,
    Column("docid", Integer(), primary_key=True, autoincrement=False),
    Column("incident_id", String(36), nullable=False, index=True, unique=True),
    Column("drill", Boolean(), nullable=False),
    Column("summary", Text(), nullable=False),
    Column("place", Text(), nullable=False),
    Column("reporter", Text(), nullable=False),
    Column("follow_ups", Text(), nullable=False),
    info=_LOCAL,
)
TEXT_COLUMNS = ("summary", "place", "reporter", "follow_ups")
search_text = Table("search_text", Base.metadata, *(Column(c) for c in TEXT_COLUMNS), info=_LOCAL)
search_grams = Table("search_grams", Base.metadata, Column("grams"), info=_LOCAL)
FTS_TABLES = ("search_text", "search_grams")


def _shadow_tables(fts: str) -> None:
    Table(f"{fts}_data", Base.metadata, Column("id", Integer, primary_key=True, nullable=True),
          Column("block", LargeBinary), info=_LOCAL)
    Table(f"{fts}_idx", Base.metadata, Column("segid", primary_key=True), Column("term", primary_key=True),
          Column("pgno"), info=_LOCAL)
    Table(f"{fts}_config", Base.metadata, Column("k", primary_key=True), Column("v"), info=_LOCAL)


for _fts in FTS_TABLES:
    _shadow_tables(_fts)

CREATE_FTS = (
    "CREATE VIRTUAL TABLE search_text USING fts5(summary, place, reporter, follow_ups, content='search_docs', "
    "content_rowid='docid', tokenize='trigram', columnsize=0)",
    "CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='', detail=none, columnsize=0, tokenize='ascii')",
)


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _district_name(code: str) -> str:
    whens = " ".join(f"WHEN {_lit(c)} THEN {_lit(zh)}" for c, zh, _ in DISTRICTS)
    return f"(CASE {code} {whens} ELSE '' END)"


def _joined(*parts: str) -> str:
    """The parts joined by a space, in SQL; trimmed, so an empty first or last part leaves no stray space."""
    return "trim(" + " || ' ' || ".join(f"coalesce({p}, '')" for p in parts) + ")"


def _doc_select(condition: str) -> str:
    """The documents of the live incidents `i` meeting `condition`, with `b`, the base of each docid."""
    follow_ups = ("coalesce((SELECT group_concat(fu.text, char(10)) FROM (SELECT f.text FROM incident_follow_ups f "
                  "WHERE f.incident_id = i.id AND f.deleted = 0 ORDER BY f.received_at, f.id) fu), '')")
    return (f"SELECT CAST(round((julianday(i.received_at) - 2440587.5) * 86400000.0) AS INTEGER) AS b, "
            f"i.id AS incident_id, i.drill AS drill, i.summary AS summary, "
            f"{_joined(_district_name('i.district_code'), 'i.address')} AS place, "
            f"{_joined('i.reporter_unit', 'i.reporter_name')} AS reporter, {follow_ups} AS follow_ups "
            f"FROM incidents i WHERE {condition} AND i.deleted = 0")


def _numbers(count: str) -> str:
    """json_each over a JSON array of `count` zeros: keys 0..count-1 (triggers may not use WITH RECURSIVE)."""
    return f"json_each('[' || rtrim(replace(hex(zeroblob({count})), '00', '0,'), ',') || ']')"


def grams_sql(doc: str) -> str:
    """The distinct 1- and 2-character substrings of the document aliased `doc`, space-separated. Fields are
    joined by a newline, which the ascii tokenizer drops, so no gram spans two fields or two follow-ups. The text
    is cut into pieces of GRAM_PIECE (+1, so no bigram is lost at a cut) first: substr() counts characters from
    the start, so a long text would otherwise cost quadratic time; LIMIT -1 keeps SQLite from flattening the
    pieces back into one substr() of the whole text per character."""
    whole = " || char(10) || ".join(f"{doc}.{c}" for c in TEXT_COLUMNS)
    pieces = (f"(SELECT substr(t.v, c.key * {GRAM_PIECE} + 1, {GRAM_PIECE + 1}) AS v FROM (SELECT {whole} AS v) t, "
              f"{_numbers(f'(length(t.v) + {GRAM_PIECE - 1}) / {GRAM_PIECE}')} c LIMIT -1)")
    return (f"(SELECT group_concat(g, ' ') FROM ("
            f"SELECT substr(p.v, n.key + 1, 1) AS g FROM {pieces} p, {_numbers('length(p.v)')} n "
            f"UNION SELECT substr(p.v, n.key + 1, 2) FROM {pieces} p, {_numbers('length(p.v) - 1')} n))")


_COLS = ", ".join(TEXT_COLUMNS)


def unindex_sql(incident: str) -> list[str]:
    """Take the incident out of the index (the old values come from search_docs, as FTS5 needs them)."""
    return [
        f"INSERT INTO search_grams(search_grams, rowid, grams) SELECT 'delete', d.docid, {grams_sql('d')} "
        f"FROM search_docs d WHERE d.incident_id = {incident}",
        f"INSERT INTO search_text(search_text, rowid, {_COLS}) SELECT 'delete', docid, {_COLS} FROM search_docs "
        f"WHERE incident_id = {incident}",
        f"DELETE FROM search_docs WHERE incident_id = {incident}",
    ]


def index_sql(incident: str) -> list[str]:
    """Put the incident in the index, if it is live (its old entry must be out already)."""
    free_docid = ("coalesce((SELECT s.b WHERE NOT EXISTS (SELECT 1 FROM search_docs x WHERE x.docid = s.b)), "
                  "(SELECT x.docid + 1 FROM search_docs x WHERE x.docid >= s.b AND NOT EXISTS (SELECT 1 FROM "
                  "search_docs y WHERE y.docid = x.docid + 1) ORDER BY x.docid LIMIT 1))")
    return [
        f"INSERT INTO search_docs(docid, incident_id, drill, {_COLS}) SELECT {free_docid}, s.incident_id, s.drill, "
        f"{_COLS} FROM ({_doc_select(f'i.id = {incident}')}) s",
        f"INSERT INTO search_text(rowid, {_COLS}) SELECT docid, {_COLS} FROM search_docs WHERE incident_id = "
        f"{incident}",
        f"INSERT INTO search_grams(rowid, grams) SELECT d.docid, {grams_sql('d')} FROM search_docs d "
        f"WHERE d.incident_id = {incident}",
    ]


def reindex_sql(incident: str) -> list[str]:
    return unindex_sql(incident) + index_sql(incident)


_INDEXED = ("id", "summary", "address", "district_code", "reporter_unit", "reporter_name", "received_at", "drill",
            "deleted")
_FOLLOW_UP_INDEXED = ("incident_id", "text", "received_at", "deleted")


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


def _trigger(name: str, event: str, table: str, statements: list[str], when: str = "") -> str:
    body = ";\n  ".join(statements)
    condition = f" WHEN {when}" if when else ""
    return f'CREATE TRIGGER {name} AFTER {event} ON "{table}"{condition}\nBEGIN\n  {body};\nEND'


TRIGGERS: dict[str, tuple[str, str, list[str], str]] = {
    "search_index_incident_insert": ("INSERT", "incidents", reindex_sql("NEW.id"), ""),
    "search_index_incident_update": ("UPDATE", "incidents", unindex_sql("OLD.id") + index_sql("NEW.id"),
                                     _changed(_INDEXED)),
    "search_index_incident_delete": ("DELETE", "incidents", unindex_sql("OLD.id"), ""),
    "search_index_follow_up_insert": ("INSERT", "incident_follow_ups", reindex_sql("NEW.incident_id"), ""),
    "search_index_follow_up_update": ("UPDATE", "incident_follow_ups",
                                      reindex_sql("NEW.incident_id"), _changed(_FOLLOW_UP_INDEXED)),
    "search_index_follow_up_move": ("UPDATE", "incident_follow_ups", reindex_sql("OLD.incident_id"),
                                    'OLD."incident_id" IS NOT NEW."incident_id"'),
    "search_index_follow_up_delete": ("DELETE", "incident_follow_ups", reindex_sql("OLD.incident_id"), ""),
}


def drop_triggers(conn: Connection) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(conn: Connection) -> None:
    drop_triggers(conn)
    for name, (event, table, statements, when) in TRIGGERS.items():
        conn.exec_driver_sql(_trigger(name, event, table, statements, when))


def create_tables(conn: Connection) -> None:
    search_docs.create(conn)
    for statement in CREATE_FTS:
        conn.exec_driver_sql(statement)


def drop_tables(conn: Connection) -> None:
    for name in FTS_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_docs")


def rebuild(conn: Connection) -> int:
    """Index every live incident afresh, in bulk; returns how many. Used by the migration, on a new
    INDEX_VERSION, and as the repair for an index suspected wrong."""
    conn.exec_driver_sql("DELETE FROM search_docs")
    conn.exec_driver_sql("INSERT INTO search_grams(search_grams) VALUES ('delete-all')")
    # Docids in bulk: the received_at ms, or the next above the previous document's if that is taken (the same
    # rule as the triggers' first free docid at or above it): docid_n = n + max over m <= n of (b_m - m).
    conn.exec_driver_sql(
        f"INSERT INTO search_docs(docid, incident_id, drill, {_COLS}) SELECT r.n + max(r.b - r.n) OVER (ORDER BY "
        f"r.n), r.incident_id, r.drill, {_COLS} FROM (SELECT row_number() OVER (ORDER BY s.b, s.incident_id) AS n, "
        f"s.* FROM ({_doc_select('1')}) s) r ORDER BY r.n")
    conn.exec_driver_sql("INSERT INTO search_text(search_text) VALUES ('rebuild')")
    conn.exec_driver_sql(f"INSERT INTO search_grams(rowid, grams) SELECT d.docid, {grams_sql('d')} "
                         "FROM search_docs d ORDER BY d.docid")
    optimize(conn)
    conn.exec_driver_sql("INSERT OR REPLACE INTO site_meta(key, value) VALUES (?, ?)", (VERSION_KEY, INDEX_VERSION))
    count = conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar()
    return int(count or 0)


def optimize(conn: Connection) -> None:
    """Merge each FTS5 index into one segment (fastest queries); worth it after a bulk load."""
    for name in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")


def indexed_version(conn: Connection) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM site_meta WHERE key = ?", (VERSION_KEY,)).fetchone()
    return None if row is None else str(row[0])


def install(conn: Connection) -> None:
    """After migrations (SQLite): make the triggers again; rebuild the index if its rules changed or migrations
    added or removed incidents while the triggers were away."""
    exists = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_docs'").fetchone()
    if exists is None:
        return  # a schema older than the search index
    create_triggers(conn)
    docs = conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar()
    live = conn.exec_driver_sql("SELECT count(*) FROM incidents WHERE deleted = 0").scalar()
    if indexed_version(conn) != INDEX_VERSION or docs != live:
        rebuild(conn)


def fts_phrase(word: str) -> str:
    """A word as an FTS5 string: every character literal."""
    return '"' + word.replace('"', '""') + '"'


def search_sql(long_words: bool, gram_terms: bool, include_drills: bool) -> str:
    """Newest matching live documents first. `:t` is an AND of phrases of 3+ characters for the trigram table,
    `:g` one of 1-2 character phrases for the gram table. The table that drives is walked from its newest docid,
    so the LIMIT stops it early; with both, the grams drive (FTS5 intersects their posting lists itself, and the
    caller adds the long words' bigrams there, so few candidates get through) and each candidate's long words
    are checked in the trigram table by rowid (a seek, not a scan)."""
    if not long_words and not gram_terms:
        raise RuntimeError("nothing to search for")  # the caller checks for words first
    table, param = ("search_grams", ":g") if gram_terms else ("search_text", ":t")
    where = [f"m.{table} MATCH {param}", "i.deleted = 0"]
    if long_words and gram_terms:
        where.append("EXISTS (SELECT 1 FROM search_text t WHERE t.search_text MATCH :t AND t.rowid = m.rowid)")
    if not include_drills:
        where.append("d.drill = 0")
    return (f"SELECT d.incident_id, i.number, i.received_at, d.summary, d.place, d.reporter, d.follow_ups "
            f"FROM {table} m JOIN search_docs d ON d.docid = m.rowid JOIN incidents i ON i.id = d.incident_id "
            f"WHERE {' AND '.join(where)} ORDER BY m.rowid DESC LIMIT :limit")
