"""`audit verify`: every site's chain walked, its signature checked, its heads compared with the anchors kept
outside this database (this workstation's keyring, the server's record), and every account's security state
compared with its last audited digest."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain.sentence import Sentence
from duty_desk.services import audit_key
from duty_desk.services.audit_chain import (
    GENESIS,
    Problem,
    account_digest,
    account_digest_before_policy,
    content_hash,
)
from duty_desk.services.audit_key import SigningKey
from duty_desk.services.permission import internal
from duty_desk.storage.models import AuditEntry, AuditKey, RejectedOp, SiteMeta, User
from duty_desk.sync.audit_heads import ServerHead
from duty_desk.sync.client import CURSOR

HEAD_KEY = "audit_head"  # site_meta: this workstation's latest seq:hash, where the next entry is chained from
_UNPUSHED = 2**62


@dataclass
class TrailCheck:
    problems: list[Problem] = field(default_factory=list)
    notes: list[Sentence] = field(default_factory=list)  # what could not be checked, and why

    @property
    def problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None


@dataclass
class _Chain:
    """One site's entries as walked: enough to check signatures and heads afterwards."""

    site: str
    seqs: list[int] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    broken: bool = False

    def hash_at(self, seq: int) -> str | None:
        return self.hashes[seq - 1] if 0 < seq <= len(self.hashes) else None

    @property
    def last(self) -> int:
        return self.seqs[-1] if self.seqs else 0


_COLUMNS = (AuditEntry.id, AuditEntry.origin_site, AuditEntry.seq, AuditEntry.at, AuditEntry.actor_id,
            AuditEntry.actor_name, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before,
            AuditEntry.after, AuditEntry.prev_hash, AuditEntry.hash, AuditEntry.state_digest, AuditEntry.signature,
            AuditEntry.hlc, AuditEntry.server_version)


@internal
def check(session: Session, key: SigningKey | None, server: dict[str, ServerHead] | None) -> TrailCheck:
    result = TrailCheck()
    local: str = session.info["site_id"]
    chains: dict[str, _Chain] = {}
    # user id -> (hlc, site, seq, digest, server_version) of the latest entry that set the account's state
    audited: dict[str, tuple[int, str, int, str, int]] = {}
    mentioned: set[str] = set()
    for row in session.execute(select(*_COLUMNS).order_by(AuditEntry.origin_site, AuditEntry.seq)):
        chain = chains.get(row.origin_site)
        if chain is None:
            chain = chains[row.origin_site] = _Chain(row.origin_site)
        if row.entity == "users":
            mentioned.add(row.entity_id)
            if row.state_digest and (row.hlc, row.origin_site) > audited.get(row.entity_id, (-1, ""))[:2]:
                audited[row.entity_id] = (row.hlc, row.origin_site, row.seq, row.state_digest,
                                          row.server_version or 0)
        if chain.broken:
            continue
        _walk(chain, row, result)
    keys = _published_keys(session)
    for chain in chains.values():
        if not chain.broken:
            _check_signatures(chain, keys.get(chain.site, []), chain.site == local, result)
    _check_local(session, local, chains.get(local, _Chain(local)), key, keys.get(local, []), result)
    if server is not None:
        _check_server(session, local, chains, server, result)
    _check_accounts(session, audited, mentioned, result)
    if not chains.get(local) and session.scalar(select(func.count()).select_from(User).where(
            User.origin_site == local)):
        result.problems.append(Problem(local, 0, "", Sentence("this workstation's trail is empty but it made "
                                                              "accounts: the trail was wiped")))
    elif not chains and session.scalar(select(func.count()).select_from(User)):
        result.problems.append(Problem(local, 0, "", Sentence("the trail is empty but the database holds "
                                                              "accounts: it was wiped")))
    return result


def _walk(chain: _Chain, row: Any, result: TrailCheck) -> None:
    want = chain.last + 1
    prev = chain.hashes[-1] if chain.hashes else GENESIS
    reason: Sentence | None = None
    if row.seq != want:
        result.problems.append(Problem(chain.site, want, "", Sentence("missing (the next entry found is #{seq})",
                                                                      seq=row.seq)))
        chain.broken = True
        return
    if row.prev_hash != prev:
        reason = Sentence("does not follow the entry before it")
    elif content_hash(row.seq, row.at, row.actor_id, row.actor_name, row.action, row.entity, row.entity_id,
                      row.before, row.after, row.origin_site, row.prev_hash, row.state_digest) != row.hash:
        reason = Sentence("its content was changed after it was written")
    if reason is not None:
        result.problems.append(Problem(chain.site, row.seq, row.id, reason))
        chain.broken = True
        return
    chain.seqs.append(row.seq)
    chain.hashes.append(row.hash)
    chain.signatures.append(row.signature)
    chain.ids.append(row.id)


def _published_keys(session: Session) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for site, from_seq, public in session.execute(
            select(AuditKey.origin_site, AuditKey.from_seq, AuditKey.public_key).order_by(AuditKey.from_seq)):
        out.setdefault(site, []).append((from_seq, public))
    return out


def _check_signatures(chain: _Chain, keys: Sequence[tuple[int, str]], is_local: bool, result: TrailCheck) -> None:
    """The hash chain makes the last entry's signature cover every entry before it: one signature to check per
    chain while it holds; when it fails, the first entry that does not verify is the one named."""
    if not chain.seqs:
        return
    if not keys:
        if not is_local:  # its key row may come with the next pull
            result.notes.append(Sentence("workstation …{site} has published no audit key yet: its {n} entries "
                                         "are checked by their hash chain only", site=chain.site[-8:],
                                         n=len(chain.seqs)))
        return  # the local site's missing key is _check_local's to report
    if len(keys) > 1:
        result.notes.append(Sentence("workstation …{site} changed its audit key {n} time(s) (at #{at})",
                                     site=chain.site[-8:], n=len(keys) - 1, at=", #".join(str(k[0]) for k in keys[1:])))
    verifiers = [(from_seq, audit_key.verifier(public)) for from_seq, public in keys]

    def valid(i: int) -> bool:
        seq = chain.seqs[i]
        usable = [v for from_seq, v in verifiers if from_seq <= seq]
        if not usable:
            return True  # written before the site had a key: covered by the first signed entry after it
        return audit_key.signed(usable[-1], chain.hashes[i], chain.signatures[i])

    if valid(len(chain.seqs) - 1):
        return
    bad = next(i for i in range(len(chain.seqs)) if not valid(i))
    result.problems.append(Problem(chain.site, chain.seqs[bad], chain.ids[bad],
                                   Sentence("not signed by its workstation's key: forged, or the trail was "
                                            "re-chained")))
    chain.broken = True


def _check_local(session: Session, site: str, chain: _Chain, key: SigningKey | None,
                 keys: Sequence[tuple[int, str]], result: TrailCheck) -> None:
    if key is None:
        if chain.seqs:
            result.notes.append(Sentence("this workstation's audit key is not in its keyring: a new key is made "
                                         "and published at its next audited write"))
    else:
        if chain.seqs and keys and keys[-1][1] != key.public_hex:
            result.problems.append(Problem(site, 0, "", Sentence("the audit key published for this workstation "
                                                                 "is not the one in its keyring")))
        if chain.seqs and not keys:
            # The key row is written with the first entry the key signs: entries and a key but no row is no accident.
            result.problems.append(Problem(site, 0, "", Sentence("this workstation holds an audit key but none is "
                                                                 "published for it: the key row was removed")))
        if not key.in_keyring:
            result.notes.append(Sentence("no OS keyring: this workstation's signing key and head are kept in "
                                         "files in its data folder, so whoever can read that folder could re-sign "
                                         "the trail; only the server's heads protect it then"))
        kept = key.kept_head()
        if kept is not None:
            seq, digest = kept
            if chain.last < seq and not chain.broken:
                result.problems.append(Problem(site, chain.last + 1, "", Sentence(
                    "the latest entries of this workstation were removed (its kept head is #{seq})", seq=seq)))
            elif chain.hash_at(seq) not in (None, digest):
                result.problems.append(Problem(site, seq, chain.ids[seq - 1], Sentence(
                    "differs from the head this workstation kept outside its database")))
    head = session.get(SiteMeta, HEAD_KEY)
    if head is not None and not chain.broken:
        seq_text, digest = head.value.split(":", 1)
        if chain.last != int(seq_text) or (chain.hashes[-1] if chain.hashes else GENESIS) != digest:
            result.problems.append(Problem(site, int(seq_text), "", Sentence(
                "the latest entries of this workstation were removed")))


def _check_server(session: Session, local: str, chains: dict[str, _Chain], server: dict[str, ServerHead],
                  result: TrailCheck) -> None:
    cursor_row = session.get(SiteMeta, CURSOR)
    cursor = int(cursor_row.value) if cursor_row else 0
    for site, head in server.items():
        chain = chains.get(site, _Chain(site))
        if chain.broken:
            continue
        stored = chain.hash_at(head.seq)
        if stored is not None and stored != head.hash:
            result.problems.append(Problem(site, head.seq, chain.ids[head.seq - 1],
                                           Sentence("differs from the server's record of this chain: re-chained "
                                                    "or forged")))
        elif stored is None and (site == local or cursor >= head.change_seq):
            result.problems.append(Problem(site, chain.last + 1, "", Sentence(
                "missing: the server holds this chain up to #{seq}; entries were removed here", seq=head.seq)))
        elif stored is None:
            result.notes.append(Sentence("workstation …{site}: entries #{first}–#{last} are on the server, not "
                                         "pulled here yet", site=site[-8:], first=chain.last + 1, last=head.seq))


def _check_accounts(session: Session, audited: dict[str, tuple[int, str, int, str, int]], mentioned: set[str],
                    result: TrailCheck) -> None:
    cursor_row = session.get(SiteMeta, CURSOR)
    cursor = int(cursor_row.value) if cursor_row else 0
    refused = set(session.scalars(select(RejectedOp.row_id).where(RejectedOp.table_name == User.__tablename__)))
    legacy = 0
    for user in session.scalars(select(User)):
        latest = audited.get(user.id)
        if latest is not None and latest[3] in (account_digest(user), account_digest_before_policy(user)):
            continue
        # A local entry not yet pushed has no server version here: it is newer than anything pulled.
        if user.server_version is not None and user.server_version <= cursor and \
                (latest is None or (latest[4] or _UNPUSHED) < user.server_version):
            # Pulled with no later entry yet: the entry that audited it is in the server's log just after it.
            result.notes.append(Sentence("account {name}: its latest change came from the server without its "
                                         "audit entry yet (next sync)", name=user.username))
        elif latest is None and user.id in mentioned:
            legacy += 1
        elif user.id in refused:
            result.notes.append(Sentence("account {name} is as the server has it: the server refused the change "
                                         "its last audit entry records", name=user.username))
        elif latest is None:
            result.problems.append(Problem("", 0, user.id, Sentence(
                "account {name} has no audit entry: it was made outside Duty Desk", name=user.username)))
        else:
            result.problems.append(Problem(latest[1], latest[2], "", Sentence(
                "account {name}: its role, password or active flag was changed outside Duty Desk since this entry",
                name=user.username)))
    if legacy:
        result.notes.append(Sentence("{n} account(s) from before audit digests: their state is checked from "
                                     "their next audited change", n=legacy))
