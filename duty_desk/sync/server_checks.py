"""The server's checks of every pushed value, generated from the synced models: their column types and lengths,
their enums, and the rules declared on their columns (storage.types.ValueRules). `server init` installs them as
`duty_sync.validate_row(tbl, row)`, which apply_op calls before it writes anything; a refused value comes back to
its workstation as a refused op naming the column and the rule.

Each table's checks are one SQL expression (COALESCE of one CASE per column, first failure wins), so the server
plans them once per session and pays no dynamic SQL for them."""

from dataclasses import replace

from sqlalchemy import BigInteger, Boolean, Column, Integer, String, Table

from duty_desk.domain.hlc import COUNTER_BITS, COUNTER_MASK
from duty_desk.storage.types import StrEnumType, UTCDateTime, ValueRules, rules_of
from duty_desk.sync.client import CLOCK_WARNING_MS
from duty_desk.sync.wire import synced_tables

INT_RANGE = (-(2**31), 2**31 - 1)
BIGINT_RANGE = (-(2**63), 2**63 - 1)
# Set by the server, whatever a workstation sends.
SERVER_SET = frozenset({"server_version"})
# 'YYYY-MM-DD HH:MM[:SS[.ffffff]]' as SQLite and to_jsonb write them: no 'infinity', no zone, no era.
TIMESTAMP_RE = (r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[ T]([01][0-9]|2[0-3]):[0-5][0-9]"
                r"(:[0-5][0-9](\.[0-9]{1,6})?)?$")
INTEGER_RE = "^-?[0-9]{1,19}$"


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _checks(column: Column[object], rules: ValueRules) -> list[tuple[str, str]]:
    """(condition that means refused, rule) pairs, in order, for a present non-null value: `$v` stands for it as
    jsonb, `$t` as text."""
    kind = column.type
    if isinstance(kind, Boolean):
        return [("$v NOT IN ('true', 'false', '0', '1')", "must be true or false")]
    if isinstance(kind, Integer):  # BigInteger too
        low, high = BIGINT_RANGE if isinstance(kind, BigInteger) else INT_RANGE
        low = 0 if rules.stamp else low if rules.minimum is None else rules.minimum
        high = high if rules.maximum is None else rules.maximum
        checks = [(f"jsonb_typeof($v) <> 'number' OR $t !~ {_lit(INTEGER_RE)}", "must be a whole number"),
                  (f"$t::numeric NOT BETWEEN {low} AND {high}", f"must be between {low} and {high}")]
        if rules.stamp:
            checks.append(("$t::bigint > duty_sync.hlc_limit()", "is ahead of the server's clock"))
        return checks
    if isinstance(kind, UTCDateTime):
        return [("jsonb_typeof($v) <> 'string'", "must be a time as text"),
                (f"$t !~ {_lit(TIMESTAMP_RE)}", "must be a time as YYYY-MM-DD HH:MM:SS"),
                (f"substr($t, 1, 4)::int NOT BETWEEN {UTCDateTime.EARLIEST_YEAR} AND {UTCDateTime.LATEST_YEAR}",
                 f"must be a time between the years {UTCDateTime.EARLIEST_YEAR} and {UTCDateTime.LATEST_YEAR}")]
    if isinstance(kind, StrEnumType):
        kind = kind.impl_instance
        rules = replace(rules, enum=column.type.enum)  # type: ignore[attr-defined]
    if isinstance(kind, String):  # Text too
        limit = rules.max_length or kind.length
        if limit is None:
            raise RuntimeError(f"{column.table.name}.{column.name} declares no maximum length")  # a programming error
        checks = [("jsonb_typeof($v) <> 'string'", "must be text"),
                  (f"char_length($t) > {limit}", f"at most {limit} characters")]
        if rules.enum is not None:
            allowed = [m.value for m in rules.enum] + ([""] if rules.blank else [])
            checks.append((f"$t <> ALL (ARRAY[{', '.join(_lit(a) for a in allowed)}])",
                           "must be one of " + ", ".join(repr(a) for a in allowed)))
        if rules.json is not None:
            checks.append(("NOT duty_sync.is_json($t)", "must be JSON"))
            if rules.json == "object":
                checks.append(("jsonb_typeof($t::jsonb) <> 'object'", "must be a JSON object"))
        return checks
    raise RuntimeError(f"{column.table.name}.{column.name}: no server check for {kind!r}")  # a programming error


def column_check(column: Column[object]) -> str:
    """A CASE giving 'column: rule' for the first rule the row's value breaks, else NULL."""
    name = _lit(column.name)
    value, text = f"(r->{name})", f"(r->>{name})"
    missing = "NULL" if column.nullable else _lit(f"{column.name}: required")
    whens = [f"WHEN {value} IS NULL OR {value} = 'null' THEN {missing}"]
    for condition, rule in _checks(column, rules_of(column.info)):
        condition = condition.replace("$v", value).replace("$t", text)
        whens.append(f"WHEN {condition} THEN {_lit(f'{column.name}: {rule}')}")
    return "CASE " + " ".join(whens) + " END"


def table_check(table: Table) -> str:
    return "COALESCE(" + ",\n        ".join(column_check(c) for c in table.columns if c.name not in SERVER_SET) + ")"


def hlc_limit_sql() -> str:
    """The highest stamp the server takes: its clock plus the tolerance a workstation is warned at."""
    return f"""CREATE OR REPLACE FUNCTION duty_sync.hlc_limit() RETURNS bigint LANGUAGE sql STABLE AS $fn$
    SELECT (((extract(epoch FROM now()) * 1000)::bigint + {CLOCK_WARNING_MS}) << {COUNTER_BITS}) | {COUNTER_MASK};
$fn$;"""


def server_checks_sql() -> str:
    return hlc_limit_sql() + "\n" + validate_row_sql()


def validate_row_sql() -> str:
    branches = "\n".join(f"    WHEN {_lit(name)} THEN v_err := {table_check(table)};"
                         for name, table in sorted(synced_tables().items()))
    return f"""CREATE OR REPLACE FUNCTION duty_sync.validate_row(p_tbl text, r jsonb) RETURNS void
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_err text;
BEGIN
    IF jsonb_typeof(r) IS DISTINCT FROM 'object' THEN
        v_err := 'row: must be an object';
    ELSE
        CASE p_tbl
{branches}
        ELSE v_err := NULL;
        END CASE;
    END IF;
    IF v_err IS NOT NULL THEN
        RAISE EXCEPTION 'refused value: %.%', p_tbl, v_err USING ERRCODE = 'check_violation';
    END IF;
END $fn$;"""
