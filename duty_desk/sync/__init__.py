"""Offline-first sync of the workstation's SQLite database with the shared PostgreSQL server. No Qt here."""
