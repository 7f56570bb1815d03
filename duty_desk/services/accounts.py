"""Accounts: creating users, logging in with lockout, password changes and re-authentication."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.roles import ADMINISTRATORS, Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import FieldError, ValidationError, control_problem, password_problem, username_problem
from duty_desk.services import audit
from duty_desk.services.context import Actor, Services, _issue_actor, require
from duty_desk.services.errors import AccountLocked, AuthenticationFailed
from duty_desk.services.passwords import hash_password, password_key, proves
from duty_desk.services.permission import internal, requires, self_service
from duty_desk.storage.base import verifier_of
from duty_desk.storage.models import LoginLockout, PasswordProof, User
from duty_desk.storage.types import UnknownValue

MAX_FAILURES = 5
LOCK_TIME = timedelta(minutes=5)
_DUMMY_HASH = hash_password("timing-equaliser")


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role | UnknownValue  # a role this version does not know is shown as stored, never raised
    active: bool


def _role_of(user: User) -> Role | UnknownValue:
    return Role(user.role) if user.role in Role._value2member_map_ else UnknownValue(user.role)


def _actor_of(user: User, key: bytes = b"") -> Actor:
    role = _role_of(user)
    if not isinstance(role, Role):  # synced from a newer version, or stored badly: no rights can be read from it
        raise ValidationError.single("role", "the account's role {role} is unknown to this version of Duty Desk; "
                                     "it cannot log in here", role=role[:40])
    return _issue_actor(user.id, user.username, user.display_name, role, password_key=key)


@self_service  # the login window asks before anyone has logged in: a first administrator, or a login?
def has_users(services: Services) -> bool:
    with services.db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(User).where(User.deleted.is_(False))))


SETUP = "setup"  # the actor's name while a new workstation, with no account yet, is linked to the server


@self_service
def setup_actor(services: Services) -> Actor:
    """Who links a new workstation to the server before any account has arrived: there is no one to log in as
    yet, and the server's own workstation password is what lets it in. Refused once any account exists."""
    with services.db.session() as session:  # any account ever made, disabled ones too, as create_first_admin
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationError.single("user", "an administrator already exists; log in instead")
    return _issue_actor("", SETUP, SETUP, Role.ADMIN, frozenset({Action.MANAGE_SERVER_LINK, Action.SYNC}))


def _find(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username, User.deleted.is_(False)))


def _check_new_user(session: Session, username: str, display_name: str, password: str) -> None:
    errors = []
    if problem := username_problem(username):
        errors.append(FieldError("username", problem))
    elif _find(session, username) is not None:
        errors.append(FieldError.of("username", "a user named {name} already exists", name=username))
    errors += _display_name_errors(display_name)
    if weak := password_problem(password):
        errors.append(weak)
    if errors:
        raise ValidationError(errors)


def _display_name_errors(display_name: str) -> list[FieldError]:
    if not display_name.strip():
        return [FieldError("display_name", "a display name is required")]
    if len(display_name.strip()) > 100:
        return [FieldError("display_name", "a display name has at most 100 characters")]
    if problem := control_problem(display_name):
        return [FieldError("display_name", problem)]
    return []


@internal
def check_stored(user: User) -> None:
    """An account changed outside the account editor (a conflict's new value) obeys the same rules."""
    if errors := _display_name_errors(user.display_name):
        raise ValidationError(errors)


@requires(Action.MANAGE_USERS)
def create_user(services: Services, actor: Actor, username: str, display_name: str, role: Role,
                password: str) -> UserInfo:
    """Never the transitional combined administrator (Role.ADMIN): only the first account of a data folder is."""
    if role is Role.ADMIN:
        raise ValidationError.single("role", "a new account is given one of the three administrators' roles "
                                             "(system_admin, security_admin, audit_admin), never admin")
    if role in ADMINISTRATORS:  # the system administrator makes accounts; the security administrator gives these
        require(actor, Action.MANAGE_ROLES)
    with services.write(actor, Action.MANAGE_USERS) as session:
        user = _add_user(session, actor, username, display_name, role, password)
        return UserInfo(user.username, user.display_name, role, True)


@self_service
def create_first_admin(services: Services, username: str, display_name: str, password: str) -> Actor:
    """Allowed only while no account exists: the first start of a new installation."""
    with services.self_service(username) as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationError.single("username", "an administrator already exists; log in instead")
        return _actor_of(_add_user(session, None, username, display_name, Role.ADMIN, password))


def _add_user(session: Session, actor: Actor | None, username: str, display_name: str, role: Role,
              password: str) -> User:
    """`actor=None`: the new user creates themself (first administrator)."""
    _check_new_user(session, username, display_name, password)
    user = User(username=username, display_name=display_name.strip(), role=role.value,
                password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor or _actor_of(user), AuditAction.CREATE_USER, "users", user.id,
                 after=audit.snapshot(user))
    return user


@requires(Action.VIEW_ACCOUNTS)
def list_users(services: Services, actor: Actor) -> list[UserInfo]:
    with services.read(actor, Action.VIEW_ACCOUNTS) as session:
        users = session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
        return [UserInfo(u.username, u.display_name, _role_of(u), u.active) for u in users]


@self_service
def authenticate(services: Services, username: str, password: str, purpose: str = "login") -> Actor:
    """Log in (or re-authenticate). Five failures lock the name on this workstation for five minutes."""
    with services.self_service(username) as session:
        lock = session.get(LoginLockout, username) or LoginLockout(username=username, failures=0)
        now = utcnow()
        if lock.locked_until is not None and lock.locked_until > now:
            raise AccountLocked(lock.locked_until)
        user = _find(session, username)
        key = password_key(password, user.password_hash if user else _DUMMY_HASH)
        if user is not None and key is not None and user.active:
            lock.failures, lock.locked_until = 0, None
            session.merge(lock)
            actor = _actor_of(user, key)
            audit.record(session, actor, AuditAction(purpose), "users", user.id)
            return actor
        lock.failures += 1
        if lock.failures >= MAX_FAILURES:
            lock.failures, lock.locked_until = 0, now + LOCK_TIME
        session.merge(lock)
        unknown = _issue_actor("", username, username, Role.DUTY_OFFICER)  # names the attempt in the trail only
        audit.record(session, unknown, AuditAction(f"{purpose}_failed"), "users", user.id if user else "")
    if lock.locked_until is not None:
        raise AccountLocked(lock.locked_until)
    raise AuthenticationFailed()


@self_service
def reauthenticate(services: Services, actor: Actor, password: str) -> None:
    """Ask again for the password of the person already logged in, before a signature."""
    again = authenticate(services, actor.username, password, purpose="reauthenticate")
    if again.user_id != actor.user_id:
        raise AuthenticationFailed()


@self_service  # one's own; another's needs MANAGE_USERS, checked in the body
def change_password(services: Services, actor: Actor, username: str, new_password: str) -> None:
    """Anyone may change their own password; an administrator may change anyone's."""
    if username != actor.username:
        require(actor, Action.MANAGE_USERS)
    if problem := password_problem(new_password):
        raise ValidationError([problem])
    with services.write(actor, None) as session:
        user = _find(session, username)
        if user is None:
            raise ValidationError.single("username", "no user named {name}", name=username)
        old_hash, user.password_hash = user.password_hash, hash_password(new_password)
        if user.id == actor.user_id and proves(actor.password_key, old_hash):
            # One's own: the old password's key goes with the change, so any workstation's is taken by the server.
            # (Changed again in the same session, the key is the first password's: that change needs a login
            # with the current one, or a workstation that manages accounts.)
            session.add(PasswordProof(verifier=verifier_of(user.password_hash), proof=actor.password_key.hex()))
        session.merge(LoginLockout(username=username, failures=0, locked_until=None))
        audit.record(session, actor, AuditAction.CHANGE_PASSWORD, "users", user.id)
