"""What an audit entry's hash covers, and the digest of an account's security state: one definition for the
writer (services.audit) and the checker (services.audit_check)."""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from duty_desk.domain.sentence import Sentence
from duty_desk.services.permission import internal
from duty_desk.storage.models import User

GENESIS = "0" * 64


@internal
def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))


@internal
def content_hash(seq: int, at: datetime, actor_id: str, actor_name: str, action: str, entity: str, entity_id: str,
                 before: str, after: str, origin_site: str, prev_hash: str, state_digest: str) -> str:
    payload: list[Any] = [seq, at.isoformat(timespec="microseconds"), actor_id, actor_name, action, entity,
                          entity_id, before, after, origin_site, prev_hash]
    if state_digest:  # entries from before digests keep the hash they were written with
        payload.append(state_digest)
    return hashlib.sha256(canonical(payload).encode()).hexdigest()


@internal
def account_digest(user: User) -> str:
    """Role, password hash, active flag, tombstone, whether its password must be changed and since when it is
    the same (its id included, so two accounts' hashes cannot be swapped)."""
    # To the second, UTC: the same on every workstation and the server, whatever precision a copy keeps.
    changed = f"{user.password_changed_at.astimezone(UTC):%Y-%m-%d %H:%M:%S}" if user.password_changed_at else ""
    return _digest([user.id, user.role, user.password_hash, bool(user.active), bool(user.deleted),
                    bool(user.must_change), changed])


@internal
def account_digest_before_policy(user: User) -> str:
    """The digest entries written before the password policy carry (without its two fields): still matched."""
    return _digest([user.id, user.role, user.password_hash, bool(user.active), bool(user.deleted)])


def _digest(state: list[Any]) -> str:
    return hashlib.sha256(canonical(state).encode()).hexdigest()


@dataclass(frozen=True)
class Problem:
    site: str
    seq: int
    entry_id: str
    reason: Sentence

    @property
    def where(self) -> Sentence:
        site = self.site[-8:]
        if self.seq:
            return Sentence("audit entry #{seq} of workstation …{site}", seq=self.seq, site=site) if not \
                self.entry_id else Sentence("audit entry #{seq} of workstation …{site} (id {id})", seq=self.seq,
                                            site=site, id=self.entry_id)
        if self.site:
            return Sentence("the audit trail of workstation …{site}", site=site)
        return Sentence("the audit trail (id {id})", id=self.entry_id) if self.entry_id else \
            Sentence("the audit trail")

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"
