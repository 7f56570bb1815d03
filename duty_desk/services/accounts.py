"""Accounts: creating users, logging in with lockout, password changes, disabling, roles and re-authentication."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.roles import ADMINISTRATORS, Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import FieldError, PasswordPolicy, ValidationError, control_problem, username_problem
from duty_desk.services import audit, lockout, password_policy
from duty_desk.services.context import Actor, Services, _issue_actor, require
from duty_desk.services.errors import AccountDisabled, AccountLocked, AuthenticationFailed, PasswordChangeRequired
from duty_desk.services.password_policy import check_new_password, policy_of, remember
from duty_desk.services.passwords import dummy_check, hash_password, hashed, needs_upgrade, password_key, proves
from duty_desk.services.permission import internal, requires, self_service
from duty_desk.storage.base import verifier_of
from duty_desk.storage.models import PasswordProof, User
from duty_desk.storage.types import UnknownValue


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role | UnknownValue  # a role this version does not know is shown as stored, never raised
    active: bool
    must_change: bool = False
    locked_until: datetime | None = None
    password_changed_at: datetime | None = None


def _role_of(user: User) -> Role | UnknownValue:
    return Role(user.role) if user.role in Role._value2member_map_ else UnknownValue(user.role)


def _actor_of(user: User, key: bytes = b"", scope: frozenset[Action] | None = None) -> Actor:
    role = _role_of(user)
    if not isinstance(role, Role):  # synced from a newer version, or stored badly: no rights can be read from it
        raise ValidationError.single("role", "the account's role {role} is unknown to this version of Duty Desk; "
                                     "it cannot log in here", role=role[:40])
    return _issue_actor(user.id, user.username, user.display_name, role, scope, password_key=key)


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


def _check_new_user(session: Session, policy: PasswordPolicy, username: str, display_name: str,
                    password: str) -> None:
    errors = []
    if problem := username_problem(username):
        errors.append(FieldError("username", problem))
    elif _find(session, username) is not None:
        errors.append(FieldError.of("username", "a user named {name} already exists", name=username))
    errors += _display_name_errors(display_name)
    try:
        check_new_password(policy, None, username, password)
    except ValidationError as weak:
        errors += weak.errors
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
    """The password is an initial one: its owner changes it at the first login."""
    return add_user(services, actor, username, display_name, role, password, initial=True)


@internal  # `initial=False` only for the demo accounts, whose published passwords are the demo's point
def add_user(services: Services, actor: Actor, username: str, display_name: str, role: Role, password: str,
             initial: bool) -> UserInfo:
    _check_role_given(role)
    if role in ADMINISTRATORS:  # the system administrator makes accounts; the security administrator gives these
        require(actor, Action.MANAGE_ROLES)
    policy = policy_of(services)
    with services.write(actor, Action.MANAGE_USERS) as session:
        user = _add_user(session, policy, actor, username, display_name, role, password, must_change=initial)
        return UserInfo(user.username, user.display_name, role, True, must_change=initial)


@self_service
def create_first_admin(services: Services, username: str, display_name: str, password: str) -> Actor:
    """Allowed only while no account exists: the first start of a new installation."""
    policy = policy_of(services)
    with services.self_service(username) as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationError.single("username", "an administrator already exists; log in instead")
        return _actor_of(_add_user(session, policy, None, username, display_name, Role.ADMIN, password))


def _add_user(session: Session, policy: PasswordPolicy, actor: Actor | None, username: str, display_name: str,
              role: Role, password: str, must_change: bool = False) -> User:
    """`actor=None`: the new user creates themself (first administrator), with a password of their own."""
    _check_new_user(session, policy, username, display_name, password)
    user = User(username=username, display_name=display_name.strip(), role=role.value,
                password_hash=hash_password(password), password_changed_at=utcnow(), must_change=must_change)
    session.add(user)
    session.flush()
    audit.record(session, actor or _actor_of(user), AuditAction.CREATE_USER, "users", user.id,
                 after=audit.snapshot(user))
    return user


@requires(Action.VIEW_ACCOUNTS)
def list_users(services: Services, actor: Actor) -> list[UserInfo]:
    """Every account with its role, whether it is disabled, locked or must change its password, and since when
    its password is the same."""
    policy = policy_of(services)
    with services.read(actor, Action.VIEW_ACCOUNTS) as session:
        users = list(session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username)))
        return [UserInfo(u.username, u.display_name, _role_of(u), u.active, u.must_change,
                         lockout.locked_until_now(session, u.username, u.id, policy),
                         u.password_changed_at or u.created_at) for u in users]


def _check_role_given(role: Role) -> None:
    if role is Role.ADMIN:  # transitional: held only by administrators from before the split
        raise ValidationError.single("role", "the combined administrator role is no longer given; choose the "
                                             "system, security or audit administrator")


@self_service
def authenticate(services: Services, username: str, password: str, purpose: str = "login") -> Actor:
    """Log in (or re-authenticate). Failed attempts lock the name on every workstation (services.lockout); a
    password that must be changed first raises PasswordChangeRequired with an actor that may only change it."""
    policy = policy_of(services)
    reauth = purpose == "reauthenticate"
    success = AuditAction.REAUTHENTICATE if reauth else AuditAction.LOGIN
    failed = AuditAction.REAUTHENTICATE_FAILED if reauth else AuditAction.LOGIN_FAILED
    outcome: Exception
    with services.db.session() as session:
        name = username if _find(session, username) is not None else _unknown_name(username)
    with services.self_service(name) as session:
        user = _find(session, username)
        user_id = user.id if user else ""
        trail = _issue_actor("", name, name, Role.DUTY_OFFICER)  # names the attempt in the trail only
        until = lockout.locked_until(session, trail, name, user_id, policy)
        if until is not None:  # refused unchecked, and said so in the trail
            audit.record(session, trail, AuditAction.LOGIN_WHILE_LOCKED, "users", user_id)
            outcome = AccountLocked(until)
        elif user is None or (key := password_key(password, user.password_hash)) is None:
            if user is None:
                dummy_check(password)  # as long as a known name's check: timing tells no names
            until = lockout.record_failure(session, trail, failed, user_id, policy)
            outcome = AuthenticationFailed() if until is None else AccountLocked(until)
        elif not user.active:
            audit.record(session, trail, AuditAction.LOGIN_DISABLED, "users", user.id)
            outcome = AccountDisabled()
        else:
            # Older, cheaper parameters. A hash with no verifier waits until the password is next set: nothing
            # could prove its upgrade to the server.
            if needs_upgrade(user.password_hash) and proves(key, user.password_hash):
                new_hash, new_key = hashed(password)
                _prove_own_change(session, key, user.password_hash, new_hash)
                user.password_hash, key = new_hash, new_key
            actor = _actor_of(user, key)
            audit.record(session, actor, success, "users", user.id)
            expired = password_policy.expired(user, policy)
            if not (user.must_change or expired):
                return actor
            outcome = PasswordChangeRequired(_actor_of(user, key, frozenset()), expired)
    raise outcome  # after the commit: the attempt stays in the trail


def _unknown_name(typed: str) -> str:
    """A name with no account is kept in the trail (and counted towards its lockout) by its first character and
    length only: a password typed into the user name field never reaches the audit trail."""
    return f"?{typed[:1]}…{len(typed)}"


@self_service
def reauthenticate(services: Services, actor: Actor, password: str) -> None:
    """Ask again for the password of the person already logged in, before a signature or at the screen lock."""
    again = authenticate(services, actor.username, password, purpose="reauthenticate")
    if again.user_id != actor.user_id:
        raise AuthenticationFailed()


@self_service  # one's own; another's needs MANAGE_USERS, checked in the body
def change_password(services: Services, actor: Actor, username: str, new_password: str) -> None:
    """Anyone may change their own password; the system administrator may set anyone's but an administrator's,
    which is the security administrator's (so no administrator takes over another unseen). Its owner changes it
    at the next login. Neither unlocks a locked account (that is the security administrator's)."""
    own = username == actor.username
    if not own and not actor.may(Action.MANAGE_ROLES):
        require(actor, Action.MANAGE_USERS)
    policy = policy_of(services)
    with services.write(actor, None) as session:
        user = _find(session, username)
        if user is None:
            raise ValidationError.single("username", "no user named {name}", name=username)
        if not own:
            require(actor, Action.MANAGE_ROLES if _is_administrator(user) else Action.MANAGE_USERS)
        check_new_password(policy, user, username, new_password)
        old_hash = user.password_hash
        remember(user, policy, hash_password(new_password))
        if user.id == actor.user_id:
            # (Changed again in the same session, the key is the first password's: that change needs a login
            # with the current one, or a workstation that manages accounts.)
            _prove_own_change(session, actor.password_key, old_hash, user.password_hash)
        user.must_change = not own
        audit.record(session, actor, AuditAction.CHANGE_PASSWORD, "users", user.id,
                     after={"must_change": user.must_change})


_ADMINISTRATOR_ROLES = frozenset(r.value for r in ADMINISTRATORS | {Role.ADMIN})


def _is_administrator(user: User) -> bool:
    return user.role in _ADMINISTRATOR_ROLES


def _prove_own_change(session: Session, key: bytes, old_hash: str, new_hash: str) -> None:
    """One's own new hash goes with the old password's key, so the server takes it from any workstation."""
    if proves(key, old_hash):
        session.add(PasswordProof(verifier=verifier_of(new_hash), proof=key.hex()))


def _target(session: Session, actor: Actor, username: str) -> User:
    user = _find(session, username)
    if user is None:
        raise ValidationError.single("username", "no user named {name}", name=username)
    if user.id == actor.user_id:
        raise ValidationError.single("username", "you cannot change your own account's role or state")
    return user


@requires(Action.MANAGE_USERS)
def set_enabled(services: Services, actor: Actor, username: str, enabled: bool) -> None:
    """Disable or enable an account (never one's own): a disabled one logs in on no workstation, once synced. An
    administrator's account needs the roles' authority too (today's combined administrator), never one alone."""
    with services.write(actor, Action.MANAGE_USERS) as session:
        user = _target(session, actor, username)
        if _is_administrator(user):  # one administrator never shuts another out alone: today's combined one may
            require(actor, Action.MANAGE_ROLES)
        if user.active == enabled:
            return
        before = audit.snapshot(user)
        user.active = enabled
        audit.record(session, actor, AuditAction.ENABLE_USER if enabled else AuditAction.DISABLE_USER, "users",
                     user.id, before, audit.snapshot(user))


@requires(Action.MANAGE_ROLES)
def set_role(services: Services, actor: Actor, username: str, role: Role) -> None:
    """Give an account another role: never one's own, never the transitional combined administrator."""
    _check_role_given(role)
    with services.write(actor, Action.MANAGE_ROLES) as session:
        user = _target(session, actor, username)
        if user.role == role.value:
            return
        before = audit.snapshot(user)
        user.role = role.value
        audit.record(session, actor, AuditAction.CHANGE_ROLE, "users", user.id, before, audit.snapshot(user))


@requires(Action.MANAGE_LOCKOUTS)
def unlock(services: Services, actor: Actor, username: str) -> None:
    """End a lockout on every workstation it syncs to: the failures before it no longer count."""
    with services.write(actor, Action.MANAGE_LOCKOUTS) as session:
        user = _find(session, username)
        if user is None:
            raise ValidationError.single("username", "no user named {name}", name=username)
        audit.record(session, actor, AuditAction.UNLOCK_ACCOUNT, "users", user.id)
