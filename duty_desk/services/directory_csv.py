"""The directory as one CSV of organisations and people: checked in full, imported all or nothing."""

import csv
import io
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain.csv_cells import guard_row, unguard
from duty_desk.domain.csv_reading import csv_records
from duty_desk.domain.directory import OrgData, OrgKind, PersonData, clean_org, clean_person
from duty_desk.domain.pinyin import sort_key
from duty_desk.domain.places import district_code
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.directory import save_org_in, save_person_in
from duty_desk.services.files import read_text, write_atomic
from duty_desk.services.permission import requires
from duty_desk.storage.models import Organisation, Person

HEADER = ("record", "name", "organisation", "kind", "district", "title", "office", "mobile", "office_phone",
          "secure_phone", "duty_phone", "address", "leader", "notes")
# Header names as typed by duty staff; English ones are matched case-insensitively.
ALIASES = {h: h for h in HEADER} | {
    "记录类型": "record", "名称": "name", "姓名": "name", "所属单位": "organisation", "单位类型": "kind",
    "区": "district", "职务": "title", "办公室": "office", "手机": "mobile", "办公电话": "office_phone",
    "保密电话": "secure_phone", "值班电话": "duty_phone", "地址": "address", "领导": "leader", "备注": "notes"}
ORG, PERSON = "organisation", "person"
RECORDS = {ORG: ORG, "单位": ORG, PERSON: PERSON, "人员": PERSON}
KINDS = {k.value: k for k in OrgKind} | {"市政府部门": OrgKind.MUNICIPAL_DEPARTMENT,
                                         "区政府": OrgKind.DISTRICT_GOVERNMENT,
                                         "区值班室": OrgKind.DISTRICT_DUTY_ROOM, "其他": OrgKind.OTHER}
LEADER = {"yes": True, "true": True, "1": True, "是": True, "no": False, "false": False, "0": False,
          "否": False, "": False}
# Columns that mean nothing for the other record type: a value there would be silently lost, so refuse it.
NOT_FOR = {ORG: ("organisation", "title", "office", "mobile", "secure_phone", "leader"),
           PERSON: ("kind", "district", "duty_phone", "address")}
# The CSV column a clean_org/clean_person field error belongs to, so the user can find the cell.
COLUMN_OF = {"phone": "office_phone", "district_code": "district", "organisation_id": "organisation",
             "is_leader": "leader"}

class CsvFormatError(ValidationError):
    """The file as a whole is unusable (unreadable, wrong encoding or columns, empty); no row was checked. Its
    reasons are templates like any field's, so the app says them in its own language."""


@dataclass(frozen=True)
class RowError:
    line: int  # as a text editor numbers it; the header is line 1
    problems: tuple[FieldError, ...]  # field = the CSV column ("" for the row as a whole)

    @property
    def reason(self) -> str:
        return "; ".join(f"{p.field}: {p.reason}" if p.field else p.reason for p in self.problems)


@dataclass
class ImportReport:
    """Counts are of the rows that passed; when any row failed (not ok) nothing at all was written."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class _Row(NamedTuple):
    line: int
    values: dict[str, str]  # every HEADER column, "" when absent
    extra: int  # non-empty cells outside the known columns


@dataclass
class _Plan:
    report: ImportReport
    orgs: list[tuple[OrgData, str | None]] = field(default_factory=list)  # (data, id to update)
    people: list[tuple[PersonData, str, str | None]] = field(default_factory=list)  # (data, org name, id)


class _Rollback(Exception):
    """Leaves the write transaction untouched (Services.write refuses to commit without an audit entry)."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report


def _columns(header: list[str]) -> list[str]:
    """Canonical name per header cell ("" for a blank cell); CsvFormatError naming every wrong column."""
    names = [h.strip() for h in header]
    columns = [ALIASES.get(n.lower(), "") for n in names]
    unknown = [n for n, c in zip(names, columns, strict=True) if n and not c]
    missing = [c for c in ("record", "name") if c not in columns]
    twice = sorted({c for c in columns if c and columns.count(c) > 1})
    problems = []
    if unknown:
        problems.append(FieldError.of("file", "unknown columns: {columns}", columns=", ".join(unknown)))
    if missing:
        problems.append(FieldError.of("file", "missing columns: {columns}", columns=", ".join(missing)))
    if twice:
        problems.append(FieldError.of("file", "repeated columns: {columns}", columns=", ".join(twice)))
    if problems:
        raise CsvFormatError([*problems, FieldError.of(
            "file", "the header should be {header} (or the Chinese column names)", header=",".join(HEADER))])
    return columns


def _read(path: Path) -> list[_Row]:
    # Excel on Chinese Windows saves plain "CSV" as GB18030/GBK and "CSV UTF-8" with a BOM.
    records = csv_records(read_text(path, CsvFormatError), CsvFormatError)
    header = next(records, None)
    if header is None or not any(h.strip() for h in header.cells):
        raise CsvFormatError.single("file", "{path} is empty: line 1 must be the header {header}",
                                    path=str(path), header=",".join(HEADER))
    columns = _columns(header.cells)
    rows: list[_Row] = []
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue  # blank lines and Excel's trailing ",,,," rows
        values = dict.fromkeys(HEADER, "") | {c: unguard(v) for c, v in zip(columns, cells, strict=False) if c}
        extra = sum(1 for i, v in enumerate(cells) if v.strip() and (i >= len(columns) or not columns[i]))
        rows.append(_Row(line, values, extra))
    if not rows:
        raise CsvFormatError.single("file", "{path} has a header but no records", path=str(path))
    return rows


def _field_errors(exc: ValidationError) -> list[FieldError]:
    return [FieldError(COLUMN_OF.get(e.field, e.field), e.template, e.params) for e in exc.errors]


def _org_data(v: dict[str, str], problems: list[FieldError]) -> OrgData | None:
    kind = KINDS.get(v["kind"].strip().lower() or OrgKind.OTHER.value)
    if kind is None:
        problems.append(FieldError.of("kind", "unknown kind {value}; use one of {kinds}", value=repr(v["kind"]),
                                      kinds=", ".join(KINDS)))
    code = district_code(v["district"]) if v["district"].strip() else ""
    if code is None:
        problems.append(FieldError.of(
            "district", "unknown district {value}; use its code or name, e.g. 110105 or 朝阳区 or Chaoyang",
            value=repr(v["district"])))
    try:
        data = clean_org(OrgData(v["name"], kind or OrgKind.OTHER, code or "", v["office_phone"],
                                 v["duty_phone"], v["address"], v["notes"]))
    except ValidationError as exc:
        problems += _field_errors(exc)
        return None
    return data if not problems else None


def _person_data(v: dict[str, str], problems: list[FieldError]) -> PersonData | None:
    leader = LEADER.get(v["leader"].strip().lower())
    if leader is None:
        problems.append(FieldError.of("leader", "{value} is not yes/no (是/否, true/false, 1/0)",
                                      value=repr(v["leader"])))
    try:
        data = clean_person(PersonData(v["name"], v["title"], None, v["office"], v["mobile"],
                                       v["office_phone"], v["secure_phone"], bool(leader), v["notes"]))
    except ValidationError as exc:
        problems += _field_errors(exc)
        return None
    return data if not problems else None


def _same(row: Organisation | Person, data: OrgData | PersonData) -> bool:
    return all(getattr(row, key) == value for key, value in asdict(data).items())


def _plan(session: Session, rows: list[_Row]) -> _Plan:
    """Check every row against the file and the database; nothing is written here."""
    plan = _Plan(ImportReport())
    orgs = {o.name: o for o in session.scalars(select(Organisation).where(Organisation.deleted.is_(False)))}
    people: dict[tuple[str, str | None], list[Person]] = {}
    for p in session.scalars(select(Person).where(Person.deleted.is_(False))).unique():
        people.setdefault((p.name, p.organisation_id), []).append(p)
    # Every organisation the file names, good or bad, so person rows are checked in any row order.
    file_orgs = {r.values["name"].strip() for r in rows if RECORDS.get(r.values["record"].strip().lower()) == ORG}
    seen: dict[tuple[str, ...], int] = {}
    for row in rows:
        v, problems = row.values, []
        if row.extra:
            problems.append(FieldError.of("", "{count} cell(s) outside the header's columns", count=row.extra))
        record = RECORDS.get(v["record"].strip().lower())
        if record is None:
            problems.append(FieldError.of("record", "{value} is not organisation or person (单位/人员)",
                                          value=repr(v["record"])))
            plan.report.errors.append(RowError(row.line, tuple(problems)))
            continue
        problems += [FieldError(c, "not used for an organisation") if record == ORG
                     else FieldError(c, "not used for a person") for c in NOT_FOR[record] if v[c].strip()]
        org_name = v["organisation"].strip()
        key = (record, v["name"].strip(), org_name if record == PERSON else "")
        if key[1] and key in seen:
            problems.append(FieldError.of("name", "{name} is already on line {line}", name=repr(key[1]),
                                          line=seen[key]))
        seen.setdefault(key, row.line)
        if record == ORG:
            org = _org_data(v, problems)
            if org is not None:
                existing = orgs.get(org.name)
                if existing is not None and _same(existing, org):
                    plan.report.unchanged += 1
                else:
                    plan.orgs.append((org, existing.id if existing else None))
        else:
            org_id = orgs[org_name].id if org_name in orgs else None
            if org_name and org_id is None and org_name not in file_orgs:
                problems.append(FieldError.of("organisation", "no organisation named {name} in the file or directory",
                                              name=repr(org_name)))
            person = _person_data(v, problems)
            if person is not None:
                person = replace(person, organisation_id=org_id)
                # An organisation new in this file has no people yet, so its people are all new.
                matches = people.get((person.name, org_id), []) if org_id or not org_name else []
                if len(matches) > 1:
                    problems.append(FieldError.of(
                        "name", "the directory holds {count} people named {name} in that organisation; tidy them "
                        "up in the app first", count=len(matches), name=repr(person.name)))
                elif matches and _same(matches[0], person):
                    plan.report.unchanged += 1
                else:
                    plan.people.append((person, org_name, matches[0].id if matches else None))
        if problems:
            plan.report.errors.append(RowError(row.line, tuple(problems)))
    writes = [i for *_, i in plan.orgs] + [i for *_, i in plan.people]
    plan.report.created = writes.count(None)
    plan.report.updated = len(writes) - plan.report.created
    return plan


@requires(Action.IMPORT_DIRECTORY)
def import_csv(services: Services, actor: Actor, path: Path, dry_run: bool = False) -> ImportReport:
    """Check every row first; write all of them in one transaction, or none if any row is bad."""
    require(actor, Action.IMPORT_DIRECTORY)  # before the file is even read, dry run included
    rows = _read(path)
    if dry_run:
        with services.read(actor, Action.IMPORT_DIRECTORY) as session:
            return _plan(session, rows).report
    try:
        with services.write(actor, Action.IMPORT_DIRECTORY) as session:
            plan = _plan(session, rows)  # inside the write lock, so no one changes the directory meanwhile
            if not plan.report.ok or not (plan.orgs or plan.people):
                raise _Rollback(plan.report)
            ids: dict[str, str] = {}
            for org, org_id in plan.orgs:
                ids[org.name] = save_org_in(session, actor, org, org_id)
            for person, org_name, person_id in plan.people:
                org_ref = person.organisation_id or ids.get(org_name)
                save_person_in(session, actor, replace(person, organisation_id=org_ref), person_id)
            return plan.report
    except _Rollback as stop:
        return stop.report


def _cells(**values: str) -> list[str]:
    return [values.get(h, "") for h in HEADER]


@requires(Action.EXPORT_DIRECTORY)
def export_csv(services: Services, actor: Actor, path: Path) -> int:
    """Every live organisation, then every person, in the canonical format; returns the number of rows. Every
    phone of the office in one file: the system administrator's (EXPORT_DIRECTORY)."""
    with services.read(actor, Action.EXPORT_DIRECTORY) as session:
        orgs = [_cells(record=ORG, name=o.name, kind=o.kind, district=o.district_code, office_phone=o.phone,
                       duty_phone=o.duty_phone, address=o.address, notes=o.notes)
                for o in session.scalars(select(Organisation).where(Organisation.deleted.is_(False)))]
        people = [_cells(record=PERSON, name=p.name, organisation=p.organisation.name if p.organisation else "",
                         title=p.title, office=p.office, mobile=p.mobile, office_phone=p.office_phone,
                         secure_phone=p.secure_phone, leader="yes" if p.is_leader else "no", notes=p.notes)
                  for p in session.scalars(select(Person).where(Person.deleted.is_(False))).unique()]
    # Sorted on content, never on ids or insertion order, so two databases with the same data match byte for byte;
    # names by pinyin, as a reader looks for them.
    rows = (sorted(orgs, key=lambda r: (r[3], sort_key(r[1]), r))
            + sorted(people, key=lambda r: (sort_key(r[2]), sort_key(r[1]), r)))
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(HEADER)
    writer.writerows(guard_row(r) for r in rows)
    try:
        write_atomic(path, text.getvalue().encode("utf-8-sig"))  # a BOM, so Excel reads UTF-8, not GBK
    except OSError as exc:
        raise CsvFormatError.single("file", "cannot write {path}: {reason}", path=str(path),
                                    reason=exc.strerror or str(exc)) from exc
    return len(rows)
