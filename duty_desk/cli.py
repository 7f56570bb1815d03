"""The `duty-desk` command: the GUI by default, subcommands for administration and automation."""

import argparse
import contextlib
import dataclasses
import getpass
import io
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import psycopg
from sqlalchemy.exc import SQLAlchemyError

from duty_desk import __version__, paths
from duty_desk.domain.incident_query import IncidentQuery, SortKey
from duty_desk.domain.roles import Role, parse_role
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.domain.validation import ValidationError, password_problem
from duty_desk.domain.vocabulary import Language
from duty_desk.services import (
    accounts,
    audit,
    demo,
    escalation_csv,
    escalations,
    files,
    incident_csv,
    incident_report,
    leader_report_print,
    password_policy,
    roster,
    roster_export,
    roster_import,
    supervision,
    supervision_csv,
    supervision_report,
    sync,
)
from duty_desk.services.context import Actor, Services
from duty_desk.services.directory_csv import CsvFormatError, export_csv, import_csv
from duty_desk.services.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    PasswordChangeRequired,
    PermissionDenied,
)
from duty_desk.storage.database import open_database
from duty_desk.storage.errors import StorageError
from duty_desk.sync.client import CLOCK_WARNING_MS
from duty_desk.sync.credentials import KeyringUnavailable
from duty_desk.sync.server import (
    ServerError,
    add_workstation,
    init_server,
    parse_manages,
    remove_workstation,
    set_workstation,
)

# A command runs as the user who logged in with --user; an OpenHandler (db upgrade, seed-demo) without a login.
Handler = Callable[[argparse.Namespace, Services, Actor], int]
OpenHandler = Callable[[argparse.Namespace, Services], int]


def _to_stdout(text: str) -> int:
    """Writes a listing; a full disk or a closed pipe is told now (flushed here), not at exit."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        print(f"duty-desk: error: cannot write to standard output: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


def _count(n: int, one: str, many: str) -> str:
    """'1 duty', '3 duties': the command line's English, as the window's plurals."""
    return f"{n} {one if n == 1 else many}"


def _login(args: argparse.Namespace, services: Services) -> Actor:
    """The command line's user logs in like the window's: same password check, same lockout, same trail."""
    if not accounts.has_users(services):
        raise ValidationError.single("user", "this database has no account yet: create the first administrator "
                                             "with 'duty-desk user add NAME --role admin'")
    if args.user is None:
        raise ValidationError.single("user", "this command needs a login: duty-desk --user NAME {command} ...",
                                     command=args.command)
    password = _secret(args.login_stdin, f"Password for {args.user}: ", "--login-stdin")
    try:
        return accounts.authenticate(services, args.user, password)
    except PasswordChangeRequired as asked:
        if getattr(args, "handler", None) is _user_passwd and args.name == args.user:
            return asked.actor  # changing it is the one thing this login may do
        raise ValidationError.single("password", "{reason}: change it with 'duty-desk --user {name} user "
                                                 "passwd {name}'", reason=str(asked), name=args.user) from None


def _stdin_line() -> str:
    """One line of standard input as UTF-8 text; other bytes are refused, never guessed at."""
    raw = sys.stdin.buffer.readline() if hasattr(sys.stdin, "buffer") else sys.stdin.readline().encode()
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise ValidationError.single("password", "standard input is not UTF-8 text") from None


def _secret(from_stdin: bool, prompt: str, flag: str) -> str:
    """One line of standard input, or asked on the terminal without echo; never from the command line itself."""
    if from_stdin:
        return _stdin_line()
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise ValidationError.single("password", "no terminal to ask for the password; pass {flag}", flag=flag)


def _read_password(args: argparse.Namespace) -> str:
    """A new password: asked twice on the terminal, once on standard input."""
    first = _secret(args.password_stdin, "Password: ", "--password-stdin")
    if args.password_stdin:
        return first
    if problem := password_problem(first):
        raise ValidationError([problem])
    if getpass.getpass("Password (again): ") != first:
        raise ValidationError.single("password", "the two passwords differ")
    return first


def _user_add(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    role = parse_role(args.role)
    password = _read_password(args)
    info = accounts.create_user(services, actor, args.name, args.display_name or args.name, role, password)
    print(f"created {info.username} ({role.value})")
    return 0


def _first_admin(args: argparse.Namespace, services: Services) -> int:
    """`user add` on a database with no account: the first administrator, who has no one to log in as."""
    if parse_role(args.role) is not Role.ADMIN:
        raise ValidationError.single("role", "the first account must be an administrator: --role admin")
    first = accounts.create_first_admin(services, args.name, args.display_name or args.name, _read_password(args))
    print(f"created {first.username} ({first.role.value}), the first administrator")
    return 0


def _user_list(_args: argparse.Namespace, services: Services, actor: Actor) -> int:
    now, users = utcnow(), accounts.list_users(services, actor)
    print(f"{'USER':<20} {'ROLE':<14} {'STATE':<28} {'PASSWORD AGE':<12} NAME")
    for u in users:
        state = [label for label, on in (("disabled", not u.active), ("must change password", u.must_change))
                 if on]
        if u.locked_until is not None:
            state.append(f"locked until {format_beijing(u.locked_until)}")
        age = f"{(now - u.password_changed_at).days} days" if u.password_changed_at else "-"
        role = u.role.value if isinstance(u.role, Role) else f"{u.role[:40]!r} (unknown role)"
        print(f"{u.username:<20} {role:<14} {', '.join(state) or 'active':<28} {age:<12} {u.display_name}")
    return 0


def _user_enable(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    enable = args.user_command == "enable"
    accounts.set_enabled(services, actor, args.name, enable)
    print(f"{args.name} {'enabled' if enable else 'disabled'}")
    return 0


def _user_role(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    role = parse_role(args.role)
    accounts.set_role(services, actor, args.name, role)
    print(f"{args.name} is now {role.value}")
    return 0


def _user_unlock(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    accounts.unlock(services, actor, args.name)
    print(f"{args.name} unlocked")
    return 0


_POLICY_OPTIONS = {  # option -> PasswordPolicy field, and what it sets
    "min_length": "shortest password", "min_classes": "kinds of character (of upper, lower, digits, symbols)",
    "max_age_days": "days a password lasts (0: no expiry)", "history": "last passwords not used again",
    "lockout_threshold": "failed logins that lock an account", "lockout_window_minutes":
        "minutes within which they count", "lockout_minutes": "minutes an account stays locked"}


def _user_policy(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    policy = password_policy.password_policy(services, actor)
    changes = {name: getattr(args, name) for name in _POLICY_OPTIONS if getattr(args, name) is not None}
    if changes:
        policy = password_policy.set_password_policy(services, actor, dataclasses.replace(policy, **changes))
        print("password policy saved; every workstation applies it once synced")
    for name, label in _POLICY_OPTIONS.items():
        print(f"{name.replace('_', '-'):<24} {getattr(policy, name):>5}  {label}")
    return 0


def _user_passwd(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    accounts.change_password(services, actor, args.name, _read_password(args))
    print(f"password changed for {args.name}")
    return 0


def _audit_verify(_args: argparse.Namespace, services: Services, actor: Actor) -> int:
    result = audit.check_trail(services, actor)
    for note in result.notes:
        print(f"note: {note}")
    if not result.problems:
        print("audit trail intact")
        return 0
    for problem in result.problems:
        print(f"audit trail broken: {problem}", file=sys.stderr)
    return 3


def _audit_export(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    count = audit.export_trail(services, actor, Path(args.file), since=args.since, until=args.until)
    print(f"exported {count} audit entries to {args.file}")
    return 0


def _directory_import(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    report = import_csv(services, actor, Path(args.file), dry_run=args.dry_run)
    if not report.ok:
        for err in report.errors:
            print(f"line {err.line}: {err.reason}", file=sys.stderr)
        bad = len(report.errors)
        print(f"nothing imported: {bad} bad row{'' if bad == 1 else 's'}", file=sys.stderr)
        return 1
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb}: {report.created} new, {report.updated} updated, {report.unchanged} unchanged")
    return 0


def _directory_export(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    rows = export_csv(services, actor, Path(args.out))
    print(f"exported {rows} rows to {args.out}")
    return 0


def _write(out: str, data: bytes, done: str) -> int:
    try:
        files.write_atomic(Path(out), data)  # whole or not at all: an earlier file survives a full disk
    except OSError as exc:
        print(f"duty-desk: error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(done)
    return 0


def _report_incident(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    language = Language.EN if args.english else Language.ZH
    printout = incident_report.incident_report_by_number(services, actor, args.number, language)
    return _write(args.out, printout.pdf, f"incident report {printout.number} written to {args.out}")


def _report_supervision(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    """The supervision notice of a task, or the implementation report of an instruction, named by its code."""
    language = Language.EN if args.english else Language.ZH
    if args.report_command == "supervision-notice":
        printout = supervision_report.notice(services, actor, supervision_report.find(services, actor, "task",
                                                                                         args.code), language)
        return _write(args.out, printout.pdf, f"supervision notice {printout.number} written to {args.out}")
    instruction_id = supervision_report.find(services, actor, "instruction", args.code)
    printout = supervision_report.implementation(services, actor, instruction_id, language)
    return _write(args.out, printout.pdf, f"implementation report {printout.number} written to {args.out}")


def _supervision_list(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    now = utcnow()
    views = supervision.tasks(services, actor, now, overdue=args.overdue, department=args.department or "")
    text = supervision_csv.tasks_csv(views, now) if args.format == "csv" else supervision_csv.tasks_text(views, now)
    return _to_stdout(text)
def _report_leader(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    language = Language.EN if args.english else Language.ZH
    printout = leader_report_print.leader_report_by_number(services, actor, args.number, language)
    return _write(args.out, printout.pdf, f"written report {printout.number} written to {args.out}")


def _incident_list(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    newest_first = IncidentQuery(include_drills=args.drills, sort=SortKey.RECEIVED, descending=True)
    views = incident_csv.all_incidents(services, actor, newest_first)
    text = incident_csv.incidents_csv(views)
    if args.out is None:
        return _to_stdout(text)
    return _write(args.out, text.encode("utf-8-sig"), f"exported {len(views)} incidents to {args.out}")  # BOM: Excel


def _escalation_list(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    now = utcnow()
    rows = escalations.in_progress(services, actor, now, overdue=args.overdue, limit=None)
    if args.format == "csv":
        text = escalation_csv.escalations_csv(rows, now)
    else:
        shown = (escalation_csv.cells(row, now) for row in rows)  # incident, summary, level, step, of, whom, due
        text = "".join("\t".join([*cells[:6], cells[11]]) + "\n" for cells in shown) or "no escalation in progress\n"
    return _to_stdout(text)


def _run(args: argparse.Namespace, services: Services, handler: Handler | None,
         open_handler: OpenHandler | None) -> int:
    if open_handler is not None:
        return open_handler(args, services)
    assert handler is not None
    if not accounts.has_users(services):
        first: OpenHandler | None = getattr(args, "first_handler", None)
        if first is not None:
            return first(args, services)
        if getattr(args, "setup", False):  # a new workstation's link, so that the office's accounts arrive
            return handler(args, services, accounts.setup_actor(services))
    return handler(args, services, _login(args, services))


def _seed_demo(_args: argparse.Namespace, services: Services) -> int:
    r = demo.seed(services)
    print(f"demo data: {_count(r.accounts, 'account', 'accounts')}, "
          f"{_count(r.organisations, 'organisation', 'organisations')}, {_count(r.people, 'person', 'people')}, "
          f"{_count(r.incidents, 'incident', 'incidents')}, {_count(r.duties, 'duty', 'duties')} added")
    return 0


def _db_upgrade(_args: argparse.Namespace, services: Services) -> int:
    # open_database has already upgraded, after copying the old file aside.
    db = services.db
    if db.upgrade_backup is not None:
        print(f"upgraded {db.path}; the previous version was copied to {db.upgrade_backup}")
    print(f"database schema is up to date: {db.path}")
    return 0


def _server_init(args: argparse.Namespace) -> int:
    version = init_server(args.url)
    print(f"server ready: schema {version}, sync functions, their owner role and the workstation role in place")
    return 0


def _server_add_workstation(args: argparse.Namespace) -> int:
    manages = parse_manages(args.manages)
    password = add_workstation(args.url, args.name, manages)
    print(f"workstation role {args.name} created; it manages {', '.join(manages) or 'nothing'}. "
          "Its password, shown only this once:")
    print(password)
    print(f"On the workstation run: duty-desk connect --url URL --workstation {args.name}")
    return 0


def _server_remove_workstation(args: argparse.Namespace) -> int:
    remove_workstation(args.url, args.name)
    print(f"workstation {args.name} removed: its login is gone and its sessions ended; its changes stay")
    return 0


def _server_set_workstation(args: argparse.Namespace) -> int:
    manages = parse_manages(args.manages)
    set_workstation(args.url, args.name, manages)
    print(f"workstation {args.name} now manages {', '.join(manages) or 'nothing'}")
    return 0


def _connect(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    password = _secret(args.password_stdin, f"Password of workstation {args.workstation}: ", "--password-stdin")
    offset = sync.connect(services, actor, args.url, args.workstation, password)
    print(f"connected to {args.url} as {args.workstation}; the password is kept in the OS keyring")
    if abs(offset) > CLOCK_WARNING_MS:
        print(f"warning: this computer's clock is {offset / 60000:+.0f} min off the server's", file=sys.stderr)
    return 0


def _disconnect(_args: argparse.Namespace, services: Services, actor: Actor) -> int:
    sync.disconnect(services, actor)
    print("disconnected; the password was removed from the keyring. Work continues offline.")
    return 0


def _sync(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    if args.what == "set-aside":
        rows = sync.set_aside(services, actor)
        for row in rows:
            print(f"{format_beijing(row.set_aside_at)}  #{row.seq}  {row.table_name} {row.row_id}: {row.reason}")
            print(f"    {row.data[:300]}")
        print(f"{len(rows)} pulled rows set aside" if rows else "no pulled row is set aside")
        return 0
    if args.status:
        st = sync.status(services, actor)
        last = format_beijing(st.last_sync) if st.last_sync else "never"
        print(f"server:          {st.url or 'none (offline)'}")
        print(f"workstation:     {st.workstation or '-'}")
        print(f"last sync:       {last}")
        print(f"changes waiting: {st.pending}")
        print(f"open conflicts:  {st.open_conflicts}")
        print(f"rejected:        {st.rejected}")
        if st.set_aside:
            print(f"set aside:       {st.set_aside} (duty-desk sync set-aside)")
        print(f"clock offset:    {st.clock_offset_ms / 1000:+.1f} s")
        return 0
    report = sync.run_sync(services, actor)
    print(f"pushed {report.pushed}, pulled {report.pulled}, conflicts {report.conflicts}, "
          f"rejected {report.rejected}, waiting {report.waiting} in {report.seconds:.2f} s")
    for reason in report.reasons:
        print(f"waiting: {reason}", file=sys.stderr)
    if report.clock_suspect:
        print(f"warning: this computer's clock is {report.clock_offset_ms / 60000:+.0f} min off the server's",
              file=sys.stderr)
    return 0


def _roster_export(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    data = roster_export.export(services, actor, args.first, args.last, args.format, chinese=not args.english)
    return _write(args.out, data, f"roster {args.first} to {args.last} written to {args.out} ({args.format})")


def _roster_coverage(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    """Every stretch a required position is short, then each person's duties, nights and holiday duties."""
    found = roster.patterns(services, actor)
    if not found:
        print("no shift pattern yet: nothing is rostered")
        return 1
    gaps = 0
    for pattern_id, pattern in found:
        report = roster.coverage(services, actor, pattern_id, args.first, args.last)
        print(f"{pattern.name}: {_count(len(report.gaps), 'gap', 'gaps')}")
        for g in report.gaps:
            print(f"  gap  {format_beijing(g.starts_at)} – {format_beijing(g.ends_at)}  {g.position.value}: "
                  f"{g.missing} missing ({g.hours} h)")
        names = roster.names(services, actor, set(report.balance))
        for person, b in sorted(report.balance.items(), key=lambda pb: names.get(pb[0], pb[0])):
            print(f"  {names.get(person, person)}: {_count(b.duties, 'duty', 'duties')}, "
                  f"{_count(b.nights, 'night', 'nights')}, {b.offdays} on holidays or weekends")
        gaps += len(report.gaps)
    return 3 if gaps else 0


def _roster_import(args: argparse.Namespace, services: Services, actor: Actor) -> int:
    try:
        text = files.read_text(Path(args.file))  # the directory's reader: bounded, UTF-8 or GB18030
        count = roster_import.import_roster(services, actor, args.pattern, text, dry_run=args.dry_run)
    except ValidationError as exc:
        for err in exc.errors:
            print(f"{err.field}: {err.reason}", file=sys.stderr)
        print("nothing imported", file=sys.stderr)
        return 1
    print(f"{'would import' if args.dry_run else 'imported'} {_count(count, 'duty', 'duties')}")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None


MANAGES_HELP = ("what changes the server takes from this workstation besides everyone's: accounts, rules "
                "(comma-separated; default none)")
def _folder(text: str) -> str:
    if not text.strip():  # never the default folder in its place: that is the real workstation's
        raise argparse.ArgumentTypeError("an empty data folder path")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="duty-desk", description="Duty Desk — duty room desktop application")
    parser.add_argument("--version", action="version", version=f"duty-desk {__version__}")
    parser.add_argument("--data-dir", type=_folder, help="data folder (default: DUTY_DESK_DATA_DIR or the platform's)")
    parser.add_argument("--demo", action="store_true", help="open a demo database, made if missing")
    parser.add_argument("--user", metavar="NAME", help="log in as this account (the password is asked for)")
    parser.add_argument("--login-stdin", action="store_true",
                        help="read the login password from the first line of standard input (for scripts)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database maintenance").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="bring the schema up to date (the old file is copied aside first)") \
        .set_defaults(open_handler=_db_upgrade)

    user = sub.add_parser("user", help="accounts").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", required=True,
                     help="duty_officer, shift_leader, reception, system_admin, security_admin or audit_admin; "
                          "admin (system and security administrator) only for a data folder's first account")
    add.add_argument("--display-name", help="name shown in the app (default: the user name)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=_user_add, first_handler=_first_admin)
    user.add_parser("list", help="list accounts").set_defaults(handler=_user_list)
    passwd = user.add_parser("passwd", help="set an account's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    passwd.set_defaults(handler=_user_passwd)
    for verb, says in (("disable", "disable an account: it logs in nowhere"), ("enable", "enable it again")):
        able = user.add_parser(verb, help=says)
        able.add_argument("name")
        able.set_defaults(handler=_user_enable)
    role = user.add_parser("role", help="give an account another role (the security administrator)")
    role.add_argument("name")
    role.add_argument("role", help="duty_officer, shift_leader, reception, system_admin, security_admin or "
                                   "audit_admin")
    role.set_defaults(handler=_user_role)
    unlock = user.add_parser("unlock", help="end an account's lockout on every workstation")
    unlock.add_argument("name")
    unlock.set_defaults(handler=_user_unlock)
    policy = user.add_parser("policy", help="show the password policy; with options, set it")
    for name, label in _POLICY_OPTIONS.items():
        policy.add_argument(f"--{name.replace('_', '-')}", dest=name, type=int, metavar="N", help=label)
    policy.set_defaults(handler=_user_policy)

    aud = sub.add_parser("audit", help="audit trail").add_subparsers(dest="audit_command", required=True)
    aud.add_parser("verify", help="check the signed chains (against the server's heads when linked); exit 3 "
                                  "names what is wrong").set_defaults(handler=_audit_verify)
    aud_exp = aud.add_parser("export", help="the trail as CSV for the audit administrator")
    aud_exp.add_argument("file")
    aud_exp.add_argument("--since", type=_day, help="first day, YYYY-MM-DD (Beijing time)")
    aud_exp.add_argument("--until", type=_day, help="last day, YYYY-MM-DD (Beijing time)")
    aud_exp.set_defaults(handler=_audit_export)

    dirs = sub.add_parser("directory", help="contacts directory").add_subparsers(dest="dir_command",
                                                                                 required=True)
    imp = dirs.add_parser("import", help="import a CSV (all rows or none)")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.set_defaults(handler=_directory_import)
    exp = dirs.add_parser("export", help="export the directory as CSV")
    exp.add_argument("--out", required=True)
    exp.set_defaults(handler=_directory_export)

    rep = sub.add_parser("report", help="printable reports (PDF)").add_subparsers(dest="report_command",
                                                                                 required=True)
    rep_inc = rep.add_parser("incident", help="the incident information report (突发事件信息报告)")
    rep_inc.add_argument("number", help="the incident's number, e.g. 2026-AB12-0001")
    rep_inc.add_argument("--out", required=True, help="PDF file to write")
    rep_inc.add_argument("--english", action="store_true", help="the PDF in English")
    rep_inc.set_defaults(handler=_report_incident)
    for name, says, code in (("supervision-notice", "the supervision notice of a task (督办通知单)", "task"),
                             ("implementation", "an instruction's implementation report (批示落实情况报告)",
                              "instruction")):
        rep_sup = rep.add_parser(name, help=says)
        rep_sup.add_argument("code", help=f"the {code}'s code, as `supervision list` shows it")
        rep_sup.add_argument("--out", required=True, help="PDF file to write")
        rep_sup.add_argument("--english", action="store_true", help="the PDF in English")
        rep_sup.set_defaults(handler=_report_supervision)
    rep_lead = rep.add_parser("leader-report", help="a written report to a leader (呈报单 / 值班信息专报)")
    rep_lead.add_argument("number", help="the report's number, e.g. 〔2026〕第AB12-1期")
    rep_lead.add_argument("--out", required=True, help="PDF file to write")
    rep_lead.add_argument("--english", action="store_true", help="the PDF in English")
    rep_lead.set_defaults(handler=_report_leader)

    inc = sub.add_parser("incident", help="incidents").add_subparsers(dest="incident_command", required=True)
    inc_list = inc.add_parser("list", help="list incidents, newest first")
    inc_list.add_argument("--format", choices=["csv"], default="csv", help="output format (csv)")
    inc_list.add_argument("--out", help="file to write (default: standard output)")
    inc_list.add_argument("--drills", action="store_true", help="include drills (演练)")
    inc_list.set_defaults(handler=_incident_list)

    sup = sub.add_parser("supervision", help="supervision tasks (督办)").add_subparsers(dest="supervision_command",
                                                                                       required=True)
    sup_list = sup.add_parser("list", help="tasks by deadline, overdue first")
    sup_list.add_argument("--overdue", action="store_true", help="only tasks whose feedback is overdue")
    sup_list.add_argument("--department", help="only departments whose name contains this")
    sup_list.add_argument("--format", choices=["text", "csv"], default="text", help="output format")
    sup_list.set_defaults(handler=_supervision_list)
    esc = sub.add_parser("escalation", help="escalations to the leaders").add_subparsers(dest="escalation_command",
                                                                                         required=True)
    esc_list = esc.add_parser("list", help="escalations in progress, the step due soonest first")
    esc_list.add_argument("--overdue", action="store_true", help="only those whose step is past its time")
    esc_list.add_argument("--format", choices=["text", "csv"], default="text", help="output format")
    esc_list.set_defaults(handler=_escalation_list)

    ros = sub.add_parser("roster", help="duty roster").add_subparsers(dest="roster_command", required=True)
    ros_exp = ros.add_parser("export", help="the roster for a range of days as PDF (值班表), ICS or CSV")
    ros_exp.add_argument("--from", dest="first", type=_day, required=True, help="first day, YYYY-MM-DD")
    ros_exp.add_argument("--to", dest="last", type=_day, required=True, help="last day, YYYY-MM-DD")
    ros_exp.add_argument("--format", choices=roster_export.FORMATS, required=True)
    ros_exp.add_argument("--out", required=True, help="file to write")
    ros_exp.add_argument("--english", action="store_true", help="the PDF in English")
    ros_exp.set_defaults(handler=_roster_export)
    ros_imp = ros.add_parser("import", help="duties from a CSV (day, shift, position, person): all or none")
    ros_imp.add_argument("file")
    ros_imp.add_argument("--pattern", required=True, help="the shift pattern's name")
    ros_imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    ros_imp.set_defaults(handler=_roster_import)
    ros_cov = ros.add_parser("coverage", help="gaps in the roster and each person's counts; exit 3 on a gap")
    ros_cov.add_argument("--from", dest="first", type=_day, required=True, help="first day, YYYY-MM-DD")
    ros_cov.add_argument("--to", dest="last", type=_day, required=True, help="last day, YYYY-MM-DD")
    ros_cov.set_defaults(handler=_roster_coverage)

    sub.add_parser("seed-demo", help="fill the data folder with demo data (idempotent)") \
        .set_defaults(open_handler=_seed_demo)
    server = sub.add_parser("server", help="set up the shared PostgreSQL server").add_subparsers(
        dest="server_command", required=True)
    init = server.add_parser("init", help="create or upgrade the server schema, sync functions and roles")
    init.add_argument("--url", required=True, help="postgresql:// URL of an owner or superuser")
    init.set_defaults(server_handler=_server_init)
    addws = server.add_parser("add-workstation", help="create a workstation's login (password printed once)")
    addws.add_argument("name")
    addws.add_argument("--url", required=True, help="postgresql:// URL of an owner or superuser")
    addws.add_argument("--manages", default="", help=MANAGES_HELP)
    addws.set_defaults(server_handler=_server_add_workstation)
    rmws = server.add_parser("remove-workstation", help="revoke a workstation's login (a lost or stolen one)")
    rmws.add_argument("name")
    rmws.add_argument("--url", required=True, help="postgresql:// URL of an owner or superuser")
    rmws.set_defaults(server_handler=_server_remove_workstation)
    setws = server.add_parser("set-workstation", help="change what a workstation's login may manage")
    setws.add_argument("name")
    setws.add_argument("--url", required=True, help="postgresql:// URL of an owner or superuser")
    setws.add_argument("--manages", default="", help=MANAGES_HELP)
    setws.set_defaults(server_handler=_server_set_workstation)

    conn = sub.add_parser("connect", help="link this workstation to the server")
    conn.add_argument("--url", required=True, help="postgresql://host:port/database (no password)")
    conn.add_argument("--workstation", required=True)
    conn.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    conn.set_defaults(handler=_connect, setup=True)
    sub.add_parser("disconnect", help="unlink from the server and forget its password") \
        .set_defaults(handler=_disconnect, setup=True)
    syn = sub.add_parser("sync", help="push local changes and pull the others' (one run)")
    syn.add_argument("--status", action="store_true", help="show the link's state instead")
    syn.add_argument("what", nargs="?", choices=["set-aside"],
                     help="set-aside: list the pulled rows this workstation could not read, with the reasons")
    syn.set_defaults(handler=_sync, setup=True)
    sub.add_parser("gui", help="open the application window (the default)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Every failure is one line and an exit code, never a traceback: a fault of ours included."""
    for stream in (sys.stdout, sys.stderr):  # a path in odd bytes is shown escaped, not a crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        code = _main(argv)
        sys.stdout.flush()  # output to a full disk fails here, where it can still be said
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into head: the reader has gone, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        with contextlib.suppress(OSError, ValueError):  # nothing more can go there, nor at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"duty-desk: error: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a fault of ours: still one line, never a traceback
        print(f"duty-desk: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 70


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    folder = paths.data_dir(args.data_dir, demo=args.demo)
    server_handler: Callable[[argparse.Namespace], int] | None = getattr(args, "server_handler", None)
    if server_handler is not None:
        try:
            return server_handler(args)
        except (ServerError, psycopg.Error, SQLAlchemyError, UnicodeError) as exc:  # Unicode: a URL in odd bytes
            print(f"duty-desk: server error: {str(exc).strip()}", file=sys.stderr)
            return 2
    handler: Handler | None = getattr(args, "handler", None)
    open_handler: OpenHandler | None = getattr(args, "open_handler", None)
    if handler is None and open_handler is None:
        from duty_desk.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(folder, demo_mode=args.demo)
    try:
        db = open_database(folder)
        for path in db.tightened:
            print(f"duty-desk: note: {path} was readable by other accounts; now only by its owner", file=sys.stderr)
        try:
            return _run(args, Services(db), handler, open_handler)
        finally:
            db.dispose()
    except AuthenticationFailed:
        print("duty-desk: error: wrong user name or password", file=sys.stderr)
        return 2
    except (StorageError, ValidationError, PermissionDenied, CsvFormatError, ValueError, KeyringUnavailable,
            AccountLocked, AccountDisabled, sync.NotConnected, sync.ServerUnreachable, sync.ServerRefused,
            sync.LocalSyncError) as exc:
        print(f"duty-desk: error: {exc}", file=sys.stderr)
        return 2
    except psycopg.Error as exc:  # a server URL that libpq cannot even parse, say
        print(f"duty-desk: server error: {str(exc).strip()}", file=sys.stderr)
        return 2
