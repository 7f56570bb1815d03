"""Accounts: who may log in, and as what, is an administrator's to see and decide."""

from duty_desk.domain.roles import Action
from duty_desk.services import accounts
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import User

declare(SyncPolicy(User, Action.MANAGE_USERS, Action.MANAGE_USERS, lambda _s, user: user.username,
                   chosen=frozenset({"username", "role"}), validator=accounts.check_stored))
