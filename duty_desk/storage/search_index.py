"""The search index (SQLite only), made from the kinds in storage.search_registry and kept right by triggers, so
rows written by sync (or any plain INSERT) are indexed too.

One index row per source row (a record's own row, or one of its child rows such as a follow-up):
- `search_rows`: docid -> (source, row id). No text: hits are read back from the source tables, which the
  search service needs anyway for snippets, so the text is not stored twice. A docid is the record's time in
  seconds (or the first free run above it: a record's rows sit together), so "newest first" is "highest docid
  first" and both full-text tables answer `ORDER BY rowid DESC` by walking their posting lists from the end,
  stopping early. (Seconds, not milliseconds: FTS5 stores rowid gaps, and smaller gaps take fewer bytes.)
- `search_text`: FTS5, trigram, contentless, detail=none: which rows hold each trigram, no positions. A word of
  3+ characters is asked as the AND of its trigrams; the service checks the word itself in the row's text.
- `search_grams`: FTS5, contentless, detail=none, ascii tokenizer: each row's distinct 1- and 2-character
  substrings, as space-separated tokens (made in SQL, below). Answers 1-2 character words. (Characters alone,
  a 2-character word asked as the AND of its two, took a third less room but seconds for two common
  characters seldom side by side: every row holding both was read to find none.)

A new child row (a follow-up) inserts its own index row only; a record's own fields re-index its own row;
only a change of its time or of its `deleted` flag moves all of its rows. A row is found again for deletion
from its record's time (the docid search starts there) and its old values (contentless FTS5 needs the old text).
The triggers use built-in SQL only, so any writer keeps the index right. They name the source tables, which
SQLite's ALTER TABLE RENAME (batch migrations) refuses while a trigger points at a missing table:
storage.migrate drops them before migrating and `install()` makes them again after, and rebuilds the index
when its version (INDEX_VERSION and the declarations) changed or the index rows are not the live rows.
A migration that rewrites indexed text must bump INDEX_VERSION. PostgreSQL has none of this.
"""

from sqlalchemy import Column, Connection, Integer, LargeBinary, String, Table

import duty_desk.storage.models  # noqa: F401  (its modules register the searchable kinds)
from duty_desk.storage import search_registry
from duty_desk.storage.base import Base
from duty_desk.storage.search_registry import SearchKind

# Bump when what is indexed changes other than by a declaration (gram rules, district names).
INDEX_VERSION = "2"
VERSION_KEY = "search_index_version"
GRAM_PIECE = 200
FIELD_SEPARATOR = "char(10)"  # the ascii tokenizer drops it, and no query word holds one

# The tables, declared so the metadata describes the whole SQLite file (the migration test compares them). They
# exist on SQLite only (the FTS5 ones and their shadow tables are made by SQLite itself); never create_all() them.
_LOCAL = {"sqlite_only": True}
search_rows = Table(
    "search_rows", Base.metadata,
    Column("docid", Integer(), primary_key=True, autoincrement=False),
    Column("source", Integer(), nullable=False),
    Column("row_id", String(36), nullable=False),
    info=_LOCAL,
)
search_text = Table("search_text", Base.metadata, Column("body"), info=_LOCAL)
search_grams = Table("search_grams", Base.metadata, Column("grams"), info=_LOCAL)
FTS_TABLES = ("search_text", "search_grams")
OLD_TABLES = ("search_docs",)  # the first index's (0004), one document per incident with its text


def _shadow_tables(fts: str) -> None:
    Table(f"{fts}_data", Base.metadata, Column("id", Integer, primary_key=True, nullable=True),
          Column("block", LargeBinary), info=_LOCAL)
    Table(f"{fts}_idx", Base.metadata, Column("segid", primary_key=True), Column("term", primary_key=True),
          Column("pgno"), info=_LOCAL)
    Table(f"{fts}_config", Base.metadata, Column("k", primary_key=True), Column("v"), info=_LOCAL)


for _fts in FTS_TABLES:
    _shadow_tables(_fts)

CREATE_FTS = (
    "CREATE VIRTUAL TABLE search_text USING fts5(body, content='', detail=none, columnsize=0, tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='', detail=none, columnsize=0, tokenize='ascii')",
)


def _numbers(count: str) -> str:
    """json_each over a JSON array of `count` zeros: keys 0..count-1 (triggers may not use WITH RECURSIVE)."""
    return f"json_each('[' || rtrim(replace(hex(zeroblob({count})), '00', '0,'), ',') || ']')"


def grams_sql(text: str) -> str:
    """The distinct 1- and 2-character substrings of `text`, space-separated. Fields are joined by a newline,
    which the ascii tokenizer drops, so no gram spans two fields. The text is cut into pieces of GRAM_PIECE (+1,
    so no bigram is lost at a cut) first: substr() counts characters from the start, so a long text would
    otherwise cost quadratic time; LIMIT -1 keeps SQLite from flattening the pieces back into one substr() of
    the whole text per character."""
    pieces = (f"(SELECT substr(t.v, c.key * {GRAM_PIECE} + 1, {GRAM_PIECE + 1}) AS v FROM (SELECT {text} AS v) t, "
              f"{_numbers(f'(length(t.v) + {GRAM_PIECE - 1}) / {GRAM_PIECE}')} c LIMIT -1)")
    return (f"(SELECT group_concat(g, ' ') FROM ("
            f"SELECT substr(p.v, n.key + 1, 1) AS g FROM {pieces} p, {_numbers('length(p.v)')} n "
            f"UNION SELECT substr(p.v, n.key + 1, 2) FROM {pieces} p, {_numbers('length(p.v) - 1')} n))")


def own_text(kind: SearchKind, row: str) -> str:
    return f" || {FIELD_SEPARATOR} || ".join(f.over(row) for f in kind.fields)


def _live(row: str) -> str:
    return f"{row}.deleted = 0"


def _base(kind: SearchKind, row: str) -> str:
    return f"coalesce(CAST(strftime('%s', {row}.{kind.time}) AS INTEGER), 0)"


def _docid_of(source: int | str, row_id: str, base: str) -> str:
    """The docid of a source row, searched from its record's time (where it was put, or just above)."""
    return (f"(SELECT s.docid FROM search_rows s WHERE s.docid >= {base} AND s.source = {source} "
            f"AND s.row_id = {row_id} ORDER BY s.docid LIMIT 1)")


def _unindex(source: int, rows: str, row_id: str, base: str, text: str) -> list[str]:
    """Take out the index rows of `rows` (a FROM clause and condition), whose id, record base and text the
    expressions give."""
    found = f"(SELECT {_docid_of(source, row_id, base)} AS d, {text} AS t {rows})"
    return [
        f"INSERT INTO search_text(search_text, rowid, body) SELECT 'delete', x.d, x.t FROM {found} x "
        f"WHERE x.d IS NOT NULL",
        f"INSERT INTO search_grams(search_grams, rowid, grams) SELECT 'delete', x.d, {grams_sql('x.t')} "
        f"FROM {found} x WHERE x.d IS NOT NULL",
        f"DELETE FROM search_rows WHERE docid IN (SELECT x.d FROM {found} x)",
    ]


def _unindex_own(kind: SearchKind, old: str) -> list[str]:
    code = next(kind.sources())[0]
    return _unindex(code, f"WHERE {_live(old)}", f"{old}.id", _base(kind, old), own_text(kind, old))


def _unindex_children(kind: SearchKind, old: str) -> list[str]:
    statements = []
    for (code, _), child in zip(list(kind.sources())[1:], kind.children, strict=True):
        rows = f'FROM "{child.table}" c WHERE c."{child.parent}" = {old}.id AND {_live("c")} AND {_live(old)}'
        statements += _unindex(code, rows, "c.id", _base(kind, old), child.field.over("c"))
    return statements


def _unindex_child(kind: SearchKind, n: int, old: str) -> list[str]:
    child, code = kind.children[n], list(kind.sources())[n + 1][0]
    rows = (f'FROM "{kind.table}" r WHERE r.id = {old}."{child.parent}" AND {_live("r")} AND {_live(old)}')
    return _unindex(code, rows, f"{old}.id", _base(kind, "r"), child.field.over(old))


def _rows(kind: SearchKind, record: str) -> str:
    """(src, rid, t) of the live rows of the record whose id is `record`: its own row and its children."""
    sources = list(kind.sources())
    parts = [_rows_own(kind, record)]
    for (code, _), child in zip(sources[1:], kind.children, strict=True):
        parts.append(f'SELECT {code}, c.id, {child.field.over("c")} FROM "{child.table}" c JOIN "{kind.table}" r '
                     f'ON r.id = c."{child.parent}" WHERE c."{child.parent}" = {record} AND r.id = {record} '
                     f"AND {_live('c')} AND {_live('r')}")
    return " UNION ALL ".join(parts)


def _index(kind: SearchKind, record: str, rows: str) -> list[str]:
    """Put `rows` (all of one record) in the index, at the first free run of docids at or above its time."""
    base = f'(SELECT {_base(kind, "r")} FROM "{kind.table}" r WHERE r.id = {record})'
    n = f"(SELECT count(*) FROM ({rows}))"
    first = (f"coalesce((SELECT {base} WHERE NOT EXISTS (SELECT 1 FROM search_rows y WHERE y.docid BETWEEN {base} "
             f"AND {base} + {n} - 1)), (SELECT x.docid + 1 FROM search_rows x WHERE x.docid >= {base} AND NOT "
             f"EXISTS (SELECT 1 FROM search_rows y WHERE y.docid BETWEEN x.docid + 1 AND x.docid + {n}) "
             f"ORDER BY x.docid LIMIT 1))")
    placed = f"(SELECT {_docid_of('w.src', 'w.rid', base)} AS d, w.t AS t FROM ({rows}) w)"
    return [
        f"INSERT INTO search_rows(docid, source, row_id) SELECT {first} + row_number() OVER (ORDER BY w.src, w.rid) "
        f"- 1, w.src, w.rid FROM ({rows}) w",
        f"INSERT INTO search_text(rowid, body) SELECT p.d, p.t FROM {placed} p",
        f"INSERT INTO search_grams(rowid, grams) SELECT p.d, {grams_sql('p.t')} FROM {placed} p",
    ]


def _texts_changed(kind: SearchKind) -> str:
    return f"({own_text(kind, 'OLD')}) IS NOT ({own_text(kind, 'NEW')})"


def _moved(kind: SearchKind, columns: tuple[str, ...]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


def triggers() -> dict[str, tuple[str, str, list[str], str]]:
    """name -> (event, table, statements, WHEN condition), for every registered kind."""
    made: dict[str, tuple[str, str, list[str], str]] = {}
    for kind in search_registry.kinds():
        t = kind.table
        moved = _moved(kind, ("id", kind.time, "deleted"))
        made[f"search_index_{t}_insert"] = ("INSERT", t, _index(kind, "NEW.id", _rows(kind, "NEW.id")), "")
        made[f"search_index_{t}_move"] = (
            "UPDATE", t, _unindex_own(kind, "OLD") + _unindex_children(kind, "OLD")
            + _index(kind, "NEW.id", _rows(kind, "NEW.id")), moved)
        made[f"search_index_{t}_update"] = (
            "UPDATE", t, _unindex_own(kind, "OLD") + _index(kind, "NEW.id", _rows_own(kind, "NEW.id")),
            f"NOT ({moved}) AND {_texts_changed(kind)}")
        made[f"search_index_{t}_delete"] = ("DELETE", t, _unindex_own(kind, "OLD") + _unindex_children(kind, "OLD"),
                                            "")
        for n, child in enumerate(kind.children):
            c, parent = child.table, f'NEW."{child.parent}"'
            add = _index(kind, parent, _child_rows(kind, n, parent, "NEW.id"))
            changed = (_moved(kind, ("id", child.parent, "deleted"))
                       + f" OR ({child.field.over('OLD')}) IS NOT ({child.field.over('NEW')})")
            made[f"search_index_{c}_insert"] = ("INSERT", c, add, "")
            made[f"search_index_{c}_update"] = ("UPDATE", c, _unindex_child(kind, n, "OLD") + add, changed)
            made[f"search_index_{c}_delete"] = ("DELETE", c, _unindex_child(kind, n, "OLD"), "")
    return made


def _rows_own(kind: SearchKind, record: str) -> str:
    code = next(kind.sources())[0]
    return (f'SELECT {code} AS src, r.id AS rid, {own_text(kind, "r")} AS t FROM "{kind.table}" r '
            f"WHERE r.id = {record} AND {_live('r')}")


def _child_rows(kind: SearchKind, n: int, record: str, row_id: str) -> str:
    child, code = kind.children[n], list(kind.sources())[n + 1][0]
    return (f'SELECT {code} AS src, c.id AS rid, {child.field.over("c")} AS t FROM "{child.table}" c '
            f'JOIN "{kind.table}" r ON r.id = c."{child.parent}" WHERE c.id = {row_id} AND r.id = {record} '
            f"AND {_live('c')} AND {_live('r')}")


def _trigger(name: str, event: str, table: str, statements: list[str], when: str = "") -> str:
    body = ";\n  ".join(statements)
    condition = f" WHEN {when}" if when else ""
    return f'CREATE TRIGGER {name} AFTER {event} ON "{table}"{condition}\nBEGIN\n  {body};\nEND'


def drop_triggers(conn: Connection) -> None:
    """Every search trigger, of any kind and of any earlier index version."""
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_index\\_%' ESCAPE '\\'")]
    for name in names:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def create_triggers(conn: Connection) -> None:
    drop_triggers(conn)
    for name, (event, table, statements, when) in triggers().items():
        conn.exec_driver_sql(_trigger(name, event, table, statements, when))


def create_tables(conn: Connection) -> None:
    search_rows.create(conn)
    for statement in CREATE_FTS:
        conn.exec_driver_sql(statement)


def drop_tables(conn: Connection) -> None:
    for name in (*FTS_TABLES, "search_rows", *OLD_TABLES):
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def _all_rows() -> str:
    """(b, src, rid, t) of every live source row of every kind."""
    parts = []
    for kind in search_registry.kinds():
        sources = list(kind.sources())
        parts.append(f'SELECT {_base(kind, "r")} AS b, {sources[0][0]} AS src, r.id AS rid, {own_text(kind, "r")} '
                     f'AS t FROM "{kind.table}" r WHERE {_live("r")}')
        for (code, _), child in zip(sources[1:], kind.children, strict=True):
            parts.append(f'SELECT {_base(kind, "r")}, {code}, c.id, {child.field.over("c")} FROM "{child.table}" c '
                         f'JOIN "{kind.table}" r ON r.id = c."{child.parent}" WHERE {_live("c")} AND {_live("r")}')
    return " UNION ALL ".join(parts)


def rebuild(conn: Connection) -> int:
    """Index every live row afresh, in bulk; returns how many. Used on a new index version, after a migration
    that changed the rows, and as the repair for an index suspected wrong."""
    conn.exec_driver_sql("DELETE FROM search_rows")
    for name in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('delete-all')")
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.search_load")
    conn.exec_driver_sql("CREATE TEMP TABLE search_load(docid INTEGER PRIMARY KEY, src INTEGER, rid TEXT, t TEXT)")
    # Docids in bulk: the base, or the next above the previous row's if that is taken (the triggers' rule of
    # the first free docid at or above it): docid_n = n + max over m <= n of (b_m - m).
    conn.exec_driver_sql(
        f"INSERT INTO temp.search_load SELECT r.n + max(r.b - r.n) OVER (ORDER BY r.n), r.src, r.rid, r.t "
        f"FROM (SELECT row_number() OVER (ORDER BY a.b, a.src, a.rid) AS n, a.* FROM ({_all_rows()}) a) r")
    conn.exec_driver_sql("INSERT INTO search_rows SELECT docid, src, rid FROM temp.search_load ORDER BY docid")
    conn.exec_driver_sql("INSERT INTO search_text(rowid, body) SELECT docid, t FROM temp.search_load ORDER BY docid")
    conn.exec_driver_sql(f"INSERT INTO search_grams(rowid, grams) SELECT docid, {grams_sql('t')} "
                         "FROM temp.search_load ORDER BY docid")
    conn.exec_driver_sql("DROP TABLE temp.search_load")
    optimize(conn)
    conn.exec_driver_sql("INSERT OR REPLACE INTO site_meta(key, value) VALUES (?, ?)", (VERSION_KEY, version()))
    count = conn.exec_driver_sql("SELECT count(*) FROM search_rows").scalar()
    return int(count or 0)


def optimize(conn: Connection) -> None:
    """Merge each FTS5 index into one segment (fastest queries); worth it after a bulk load."""
    for name in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")


def version() -> str:
    return f"{INDEX_VERSION}.{search_registry.fingerprint()}"


def indexed_version(conn: Connection) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM site_meta WHERE key = ?", (VERSION_KEY,)).fetchone()
    return None if row is None else str(row[0])


def install(conn: Connection) -> None:
    """After migrations (SQLite): make the triggers again; rebuild the index if its rules changed or migrations
    added or removed rows while the triggers were away."""
    exists = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_rows'").fetchone()
    if exists is None:
        return  # a schema older than this index
    create_triggers(conn)
    rows = conn.exec_driver_sql("SELECT count(*) FROM search_rows").scalar()
    live = conn.exec_driver_sql(f"SELECT count(*) FROM ({_all_rows()})").scalar()
    if indexed_version(conn) != version() or rows != live:
        rebuild(conn)


def fts_phrase(word: str) -> str:
    """A word as an FTS5 string: every character literal."""
    return '"' + word.replace('"', '""') + '"'


def trigram_query(word: str) -> str:
    """A 3+ character word for the trigram table: the AND of its trigrams (detail=none keeps no positions, so
    the caller checks the word itself in each row found)."""
    grams = list(dict.fromkeys(word[i:i + 3] for i in range(len(word) - 2)))
    return " AND ".join(fts_phrase(g) for g in grams)


def candidates_sql(table: str, sources: list[int]) -> str:
    """Index rows matching `:q` in `table` below docid `:before`, newest first, `:n` of them."""
    codes = ", ".join(str(s) for s in sources)
    return (f"SELECT m.rowid, s.source, s.row_id FROM {table} m JOIN search_rows s ON s.docid = m.rowid "
            f"WHERE m.{table} MATCH :q AND m.rowid < :before AND s.source IN ({codes}) "
            f"ORDER BY m.rowid DESC LIMIT :n")


def parents_sql(kind: SearchKind, n: int, count: int) -> str:
    child = kind.children[n]
    return f'SELECT c.id, c."{child.parent}" FROM "{child.table}" c WHERE c.id IN ({", ".join("?" * count)})'


def records_sql(kind: SearchKind, count: int) -> str:
    """The live records among `count` ids: id, time, hidden flag, the extra columns, then each field."""
    hidden = kind.hidden.replace("{r}", "r") if kind.hidden else "0"
    columns = ["r.id", f'r."{kind.time}"', f"({hidden})", *(f'r."{c}"' for c in kind.extra),
               *(f.over("r") for f in kind.fields)]
    return (f'SELECT {", ".join(columns)} FROM "{kind.table}" r WHERE r.id IN ({", ".join("?" * count)}) '
            f"AND {_live('r')}")


def children_sql(kind: SearchKind, n: int, count: int) -> str:
    """The live child rows of `count` records: record id, text; in the order they are shown."""
    child = kind.children[n]
    return (f'SELECT c."{child.parent}", {child.field.over("c")} FROM "{child.table}" c '
            f'WHERE c."{child.parent}" IN ({", ".join("?" * count)}) AND {_live("c")} '
            f'ORDER BY c."{child.parent}", c."{child.order}", c.id')
