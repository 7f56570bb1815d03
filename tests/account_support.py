"""An account made by an administrator has an initial password its owner must change at the first login
(services.accounts): tests that need a working login go through that first change, as a person would."""

from duty_desk.domain.roles import Role
from duty_desk.services import accounts
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PasswordChangeRequired

INITIAL_PASSWORD = "Initial-pass-9"  # what the administrator gives; never the one the owner keeps


def first_login(services: Services, username: str, initial: str, password: str) -> Actor:
    """Log in with the initial password, change it to `password` as asked, and log in with that."""
    try:
        accounts.authenticate(services, username, initial)
    except PasswordChangeRequired as asked:
        accounts.change_password(services, asked.actor, username, password)
    return accounts.authenticate(services, username, password)


def add_and_log_in(services: Services, admin: Actor, username: str, display_name: str, role: Role,
                   password: str) -> Actor:
    accounts.create_user(services, admin, username, display_name, role, INITIAL_PASSWORD)
    return first_login(services, username, INITIAL_PASSWORD, password)
