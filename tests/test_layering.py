"""Imports flow one way: domain <- storage/sync/reports <- services <- ui. Qt lives only in duty_desk/ui.

The rules are checked on the source with `ast`, so a module that is never imported by a test is still checked.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "duty_desk"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
DB_ROOTS = {"sqlalchemy", "alembic", "psycopg", "psycopg2", "sqlite3"}


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name
    line: int
    in_function: bool


def _package_of(relpath: str) -> list[str]:
    """The package a relative import starts from: the folder, for a package's __init__ and its modules alike."""
    return relpath.split("/")[:-1]


def imports_of(relpath: str, source: str) -> list[Import]:
    """Every import in a module (relpath like 'duty_desk/services/audit.py'), with relative ones resolved."""
    tree = ast.parse(source, filename=relpath)
    package = _package_of(relpath)
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                found.extend(Import(alias.name, child.lineno, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package[: len(package) - (child.level - 1)]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                found.append(Import(module, child.lineno, in_function))
                # `from duty_desk import ui` imports the submodule duty_desk.ui
                found.extend(Import(f"{module}.{alias.name}", child.lineno, in_function)
                             for alias in child.names if alias.name != "*")
            visit(child, inner)

    visit(tree, False)
    return found


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(relpath: str, source: str) -> list[str]:
    """The layering rules broken by one module, as readable lines."""
    out = []
    in_ui = _within(relpath.removesuffix(".py").replace("/", "."), "duty_desk.ui")
    in_domain = relpath.startswith("duty_desk/domain/")
    lower_layer = relpath.startswith(("duty_desk/domain/", "duty_desk/storage/", "duty_desk/sync/",
                                      "duty_desk/reports/"))
    for imp in imports_of(relpath, source):
        where = f"{relpath}:{imp.line} imports {imp.module}"
        root = imp.module.split(".")[0]
        if root in QT_ROOTS and not in_ui:
            out.append(f"{where}: Qt is allowed only under duty_desk/ui")
        # The CLI may start the window, loading Qt lazily inside a function; nothing else outside ui may.
        lazy_cli = relpath == "duty_desk/cli.py" and imp.in_function
        if _within(imp.module, "duty_desk.ui") and not in_ui and not lazy_cli:
            out.append(f"{where}: only duty_desk/ui (and the CLI, lazily) may import the UI")
        if in_domain and root in DB_ROOTS:
            out.append(f"{where}: the domain layer knows no database")
        if in_domain and root == "duty_desk" and not _within(imp.module, "duty_desk.domain"):
            out.append(f"{where}: the domain layer imports nothing else of ours")
        # The UI reaches the services only: no storage, sync internals, ORM rows or SQL of its own.
        if in_ui and (root in DB_ROOTS or any(_within(imp.module, f"duty_desk.{p}") for p in ("storage", "sync"))):
            out.append(f"{where}: the UI reaches data through duty_desk.services only")
        if lower_layer and (_within(imp.module, "duty_desk.services") or _within(imp.module, "duty_desk.cli")):
            out.append(f"{where}: lower layers must not call up into services or the CLI")
    return out


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_walk_finds_the_package() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert {"duty_desk/domain/ids.py", "duty_desk/storage/database.py", "duty_desk/services/audit.py"} <= names


def test_every_module_keeps_to_its_layer() -> None:
    problems = []
    for path in _modules():
        relpath = path.relative_to(ROOT).as_posix()
        problems += violations(relpath, path.read_text(encoding="utf-8"))
    assert problems == []


# --- the checker itself: each rule catches what it should ----------------------------------------------------

@pytest.mark.parametrize(
    ("relpath", "source"),
    [
        ("duty_desk/services/x.py", "from PySide6.QtCore import QObject\n"),
        ("duty_desk/storage/x.py", "import PySide6\n"),
        ("duty_desk/domain/x.py", "def f():\n    import shiboken6\n"),
        ("duty_desk/cli.py", "from PySide6.QtWidgets import QApplication\n"),
        ("duty_desk/domain/x.py", "import sqlalchemy\n"),
        ("duty_desk/domain/x.py", "from sqlalchemy.orm import Session\n"),
        ("duty_desk/domain/x.py", "from duty_desk.storage.models import User\n"),
        ("duty_desk/domain/x.py", "from ..services import audit\n"),
        ("duty_desk/domain/x.py", "from duty_desk import sync\n"),
        ("duty_desk/domain/x.py", "import duty_desk.reports.pdf\n"),
        ("duty_desk/services/x.py", "from duty_desk.ui.app import run_gui\n"),
        ("duty_desk/services/x.py", "def f():\n    from duty_desk.ui import app\n"),
        ("duty_desk/services/x.py", "from duty_desk import ui\n"),
        ("duty_desk/services/x.py", "from ..ui.labels import LABELS\n"),
        ("duty_desk/cli.py", "from duty_desk.ui.app import run_gui\n"),
        ("duty_desk/storage/x.py", "from duty_desk.services.audit import record\n"),
        ("duty_desk/ui/x.py", "from duty_desk.storage.models import Incident\n"),
        ("duty_desk/ui/panels/x.py", "from ...sync.client import SyncReport\n"),
        ("duty_desk/ui/x.py", "from sqlalchemy import select\n"),
    ],
)
def test_checker_catches(relpath: str, source: str) -> None:
    assert violations(relpath, source) != []


@pytest.mark.parametrize(
    ("relpath", "source"),
    [
        ("duty_desk/ui/panels/x.py", "from PySide6.QtWidgets import QWidget\nfrom ..models import m\n"),
        ("duty_desk/ui/__init__.py", "from PySide6 import QtCore\n"),
        ("duty_desk/cli.py", "def main():\n    from duty_desk.ui.app import run_gui\n"),
        ("duty_desk/domain/x.py", "from duty_desk.domain.places import DISTRICTS\nfrom . import ids\n"),
        ("duty_desk/storage/x.py", "from sqlalchemy import select\nfrom duty_desk.domain.ids import uuid7\n"),
        ("duty_desk/services/x.py", "from duty_desk.storage.database import Database\n"),
        ("duty_desk/services/x.py", "from duty_desk.uix import something\n"),  # a prefix is not the package
    ],
)
def test_checker_allows(relpath: str, source: str) -> None:
    assert violations(relpath, source) == []


def test_relative_imports_resolve() -> None:
    mods = {i.module for i in imports_of("duty_desk/ui/panels/x.py", "from ..models import people_model\n")}
    assert "duty_desk.ui.models" in mods
    mods = {i.module for i in imports_of("duty_desk/ui/__init__.py", "from .app import run\n")}
    assert "duty_desk.ui.app" in mods
