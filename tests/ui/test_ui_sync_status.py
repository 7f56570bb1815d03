"""The status bar counts the conflicts and refused changes the person logged in may see, no more."""

import json

from pytestqt.qtbot import QtBot
from ui_support import Workstation

from duty_desk.domain.hlc import pack
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import incident_list, sync
from duty_desk.storage.models import RejectedOp, SyncConflict
from duty_desk.sync.client import SyncReport
from duty_desk.ui.context import UiContext
from duty_desk.ui.sync_status import SyncRunner


def _state(qtbot: QtBot, ctx: UiContext) -> str:
    runner = SyncRunner(ctx)
    with qtbot.waitSignal(runner.state_changed) as signal:
        runner._done((SyncReport(), sync.status(ctx.services, ctx.actor)))  # what a finished sync shows
    assert signal.args is not None
    return str(signal.args[0])


def test_an_incident_conflict_counts_for_the_administrator_not_for_reception(
        qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext) -> None:
    [row] = incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=1)
    ms = int(utcnow().timestamp() * 1000)
    with demo_ws.db.transaction() as session:
        session.add(SyncConflict(record_table="incidents", record_id=row.id, field="summary",
                                 kept_value=json.dumps("甲"), kept_site=demo_ws.db.site_id, kept_hlc=pack(ms, 0),
                                 lost_value=json.dumps("乙"), lost_site="0" * 36, lost_hlc=pack(ms - 1, 0)))
        session.add(RejectedOp(op_id="op-1", table_name="incidents", row_id=row.id, actor="zhang",
                               new_row=json.dumps({"id": row.id}), reason="refused", rejected_at=utcnow()))
    shown = _state(qtbot, demo_ctx)
    assert shown.startswith("1 conflict · synced") and shown.endswith(" · 1 refused")
    shown = _state(qtbot, demo_ws.context(demo_ws.login("reception", "Front-desk-2026")))
    assert shown.startswith("Online · synced") and "refused" not in shown
