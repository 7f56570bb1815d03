"""The directory's records, named by their names: their conflicts and refused changes show phones unmasked, so
they are seen by whoever may see personal data (not reception, which sees the directory masked)."""

from duty_desk.domain.roles import Action
from duty_desk.services import directory
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import Organisation, Person

declare(
    SyncPolicy(Organisation, Action.VIEW_PERSONAL_DATA, Action.RESOLVE_CONFLICTS, lambda _s, org: org.name,
               chosen=frozenset({"kind", "search_key"}), validator=directory.check_stored),
    SyncPolicy(Person, Action.VIEW_PERSONAL_DATA, Action.RESOLVE_CONFLICTS, lambda _s, person: person.name,
               chosen=frozenset({"search_key"}), validator=directory.check_stored),
)
