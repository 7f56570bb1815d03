"""Offline-first sync of the workstation's SQLite database with the shared PostgreSQL server. No Qt here."""

from duty_desk.storage import workflow as _workflow
from duty_desk.sync import client as _client

_client.on_applied(_workflow.refold)  # pulled workflow events re-fold their records' cached states
