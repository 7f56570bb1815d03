"""Opening this workstation's data folder: the one way the UI and the CLI reach a database."""

from pathlib import Path

from duty_desk.services.context import Services
from duty_desk.services.permission import self_service
from duty_desk.storage.database import open_database


@self_service  # before anyone logs in: the login itself needs the database
def open_workstation(data_dir: Path) -> Services:
    """Services over the folder's database; raises StorageError (damaged, foreign, read-only, needs upgrade)."""
    return Services(open_database(data_dir))
