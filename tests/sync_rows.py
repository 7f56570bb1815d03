"""Conflict and refusal records as the sync client leaves them, for tests of who sees and resolves them."""

import json

from duty_desk.domain.hlc import pack
from duty_desk.domain.timefmt import utcnow
from duty_desk.services.context import Services
from duty_desk.storage.models import RejectedOp, SyncConflict


def record_conflict(services: Services, table: str, record_id: str, field: str, kept: object, lost: object,
                    lost_ms_before: int = 1000) -> str:
    """This workstation's value kept, another's lost `lost_ms_before` earlier; returns the conflict's id."""
    ms = int(utcnow().timestamp() * 1000)
    with services.db.transaction() as session:
        row = SyncConflict(record_table=table, record_id=record_id, field=field, kept_value=json.dumps(kept),
                           kept_site=services.db.site_id, kept_actor="zhang", kept_hlc=pack(ms, 0),
                           lost_value=json.dumps(lost), lost_site="0" * 36, lost_actor="li",
                           lost_hlc=pack(ms - lost_ms_before, 0))
        session.add(row)
        session.flush()
        return row.id


def record_refusal(services: Services, table: str, row_id: str, row: dict[str, object], reason: str) -> None:
    with services.db.transaction() as session:
        session.add(RejectedOp(op_id=f"op-{row_id}", table_name=table, row_id=row_id, actor="zhang",
                               new_row=json.dumps(row, ensure_ascii=False), reason=reason, rejected_at=utcnow()))
