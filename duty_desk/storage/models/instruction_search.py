"""Leaders' instructions in the search box: the text, the leader and the matter; their tasks' departments."""

from duty_desk.domain.roles import Action
from duty_desk.storage.search_registry import Child, Field, SearchKind, register

INSTRUCTIONS = register(SearchKind(
    kind="instructions", code=3, action=Action.VIEW_ESCALATIONS, table="instructions", time="given_at",
    fields=(Field("text"), Field("leader", "(SELECT name FROM people WHERE id = {r}.leader_id)"),
            Field("subject")),
    children=(Child("supervision_tasks", parent="instruction_id",
                    field=Field("department", "(SELECT name FROM organisations WHERE id = {r}.organisation_id)"),
                    order="issued_at"),),
))
