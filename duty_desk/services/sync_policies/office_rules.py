"""The office's rules: an administrator's to see and decide. A rule is named by what it rules; its value is
encoded and checked by its own editor, so it is chosen, never typed here."""

import json
from typing import Any

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import OfficeRule


def _decoded(field: str, value: Any) -> Any:
    # The rule's own value, itself kept as JSON text.
    return json.loads(value) if field == "value" and isinstance(value, str) else value


declare(SyncPolicy(OfficeRule, Action.EDIT_SETTINGS, Action.EDIT_SETTINGS, lambda _s, rule: rule.name,
                   decode=_decoded))
