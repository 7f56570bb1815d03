"""What is generated from sources is committed up to date: compiled forms, .ts catalogues, .qm translations.

Also checks the translations themselves (finished, placeholders kept) and that every validation sentence the
domain and services can raise is listed in duty_desk/ui/validation_messages.py, so lupdate offers it to translators.
"""

import ast
import contextlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from duty_desk.ui import build_resources
from duty_desk.ui.build_resources import FORMS, LANGUAGES, ROOT, TRANSLATIONS, compile_form, compiled_path
from duty_desk.ui.validation_messages import MESSAGES as _MARKED

PACKAGE = ROOT / "duty_desk"
UI_FILES = sorted(FORMS.glob("*.ui"))
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
ZH_TS = TRANSLATIONS / "duty_desk_zh_CN.ts"
MESSAGES = [str(m) for m in _MARKED]  # QT_TRANSLATE_NOOP returns its text (typed as object)


def _tool(name: str) -> str:
    for folder in (build_resources._BIN, Path(sys.executable).parent):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return found


# -- compiled forms ------------------------------------------------------------------------------------------


def _without_stamp(source: str) -> list[str]:
    """The generated source minus the '## Created by: Qt User Interface Compiler version …' line."""
    return [line.rstrip() for line in source.splitlines() if not line.startswith("## Created by:")]


def test_there_are_forms() -> None:
    assert UI_FILES, f"no .ui files in {FORMS}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui_file: Path) -> None:
    committed = compiled_path(ui_file)
    assert committed.is_file(), f"{committed.name} is missing: run python -m duty_desk.ui.build_resources forms"
    assert _without_stamp(compile_form(ui_file)) == _without_stamp(committed.read_text(encoding="utf-8")), (
        f"{committed.relative_to(ROOT)} is older than {ui_file.relative_to(ROOT)}: "
        "run python -m duty_desk.ui.build_resources forms")


def test_every_compiled_form_has_its_ui_file() -> None:
    stale = [p.name for p in compiled_path(FORMS / "x.ui").parent.glob("ui_*.py")
             if not (FORMS / f"{p.stem.removeprefix('ui_')}.ui").exists()]
    assert stale == [], "compiled forms whose .ui file is gone"


# -- translations: .ts up to date with the code, .qm up to date with the .ts ----------------------------------


def test_there_is_a_catalogue_per_language() -> None:
    assert sorted(p.name for p in TS_FILES) == sorted(f"duty_desk_{lang}.ts" for lang in LANGUAGES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_committed_ts(ts: Path, tmp_path: Path) -> None:
    """Compile the .ts afresh and compare bytes (file times mean nothing in a git clone)."""
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run python -m duty_desk.ui.build_resources translations"
    fresh = tmp_path / committed.name
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} was not compiled from the current {ts.name}: "
        "run python -m duty_desk.ui.build_resources translations")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]  # one, or the numerus forms


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None, f"{path.name}: a message without a translation element in {name}"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) or (tr.text or "",)
            messages.append(Message(name, m.findtext("source", ""), m.findtext("comment", ""),
                                    m.get("numerus") == "yes", tr.get("type", ""), forms))
    return messages


def _keys(messages: list[Message]) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in messages if m.kind not in ("vanished", "obsolete")}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_holds_exactly_the_texts_in_the_code(ts: Path, tmp_path: Path) -> None:
    """lupdate over the sources (as build_resources runs it) must neither add nor drop a message."""
    sources = [str(p) for p in sorted((PACKAGE / "ui").rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in UI_FILES]
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    committed, fresh = _keys(read_ts(ts)), _keys(read_ts(copy))
    assert sorted(fresh - committed) == [], f"texts in the code missing from {ts.name}: run build_resources"
    assert sorted(committed - fresh) == [], f"texts in {ts.name} no longer in the code: run build_resources"


def test_chinese_translation_is_finished() -> None:
    messages = read_ts(ZH_TS)
    assert messages
    unfinished = [(m.context, m.source) for m in messages if m.kind == "unfinished"]
    assert unfinished == [], f"{len(unfinished)} untranslated texts in {ZH_TS.name}"
    empty = [(m.context, m.source) for m in messages if m.kind == "" and not all(t.strip() for t in m.translations)]
    assert empty == [], "finished but empty translations"
    leftovers = [(m.context, m.source) for m in messages if m.kind in ("vanished", "obsolete")]
    assert leftovers == [], "obsolete texts kept in the catalogue"


PLACEHOLDER = re.compile(r"\{(\w*)\}")
MNEMONIC = re.compile(r"&(?!&)(\w)")


def _finished_zh() -> list[Message]:
    return [m for m in read_ts(ZH_TS) if m.kind == ""]


def test_chinese_translations_keep_every_placeholder() -> None:
    """str.format fills the translated template: a lost or renamed {name} is a KeyError or a missing value."""
    wrong = []
    for m in _finished_zh():
        want = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(text)) != want:
                wrong.append((m.context, m.source, text))
    assert wrong == []


def test_chinese_plural_forms_keep_the_count() -> None:
    wrong = [(m.context, m.source, t) for m in _finished_zh() if m.numerus for t in m.translations if "%n" not in t]
    assert wrong == []


def test_chinese_translations_keep_access_keys() -> None:
    """A label or menu with Alt+key in English keeps one in Chinese (e.g. 文件(&F)), so the keyboard still works."""
    lost = [(m.context, m.source, t) for m in _finished_zh() if MNEMONIC.search(m.source)
            for t in m.translations if not MNEMONIC.search(t)]
    assert lost == []


def test_every_validation_sentence_is_in_the_catalogues() -> None:
    for ts in TS_FILES:
        listed = {m.source for m in read_ts(ts) if m.context == "Validation"}
        missing = [text for text in MESSAGES if text not in listed]
        assert missing == [], f"{ts.name} lacks validation sentences: run build_resources translations"


# -- validation sentences raised by the domain and services --------------------------------------------------

# Raised for the command line only, never shown in a form: not a validation sentence.
NOT_VALIDATION = {("duty_desk/domain/roles.py", "parse_role")}
PROBLEM_FUNCTIONS = {"password_problem", "username_problem", "control_problem"}


@dataclass(frozen=True)
class Template:
    where: str  # file:line (function)
    text: str | None  # None for an f-string that cannot be resolved
    fstring: bool


def _constants(tree: ast.Module) -> dict[str, object]:
    """Module-level NAME = literal assignments (for resolving an f-string made only of constants)."""
    out: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            with contextlib.suppress(ValueError):  # not a literal
                out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


def _text(node: ast.expr, constants: dict[str, object]) -> tuple[str | None, bool] | None:
    """(text, is_fstring) of a string literal; None when the argument is not a literal at all.

    Adjacent literals ("a" "b") are joined by the parser already. An f-string's text is resolved when all it
    interpolates are module constants, else None.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, False
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif (isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name)
                  and value.value.id in constants and value.conversion == -1 and value.format_spec is None):
                parts.append(str(constants[value.value.id]))
            else:
                return None, True
        return "".join(parts), True
    return None


def _template_argument(call: ast.Call) -> ast.expr | None:
    """The template of ValidationError.single(field, template) (or a subclass's), FieldError(field, template),
    FieldError.of(...), StorageError(template, ...), Sentence(template, ...), and the reason of
    PermissionDenied(role, action, reason)."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in ("StorageError", "Sentence"):
        return call.args[0] if call.args else None
    if isinstance(func, ast.Name) and func.id == "PermissionDenied":
        return call.args[2] if len(call.args) >= 3 else next((k.value for k in call.keywords if k.arg == "reason"),
                                                             None)
    is_template_call = (
        (isinstance(func, ast.Name) and func.id == "FieldError")
        or (isinstance(func, ast.Attribute) and func.attr == "of" and isinstance(func.value, ast.Name)
            and func.value.id == "FieldError")
        or (isinstance(func, ast.Attribute) and func.attr == "single" and isinstance(func.value, ast.Name)
            and func.value.id in ("ValidationError", "CsvFormatError", "error")))  # error: a class passed in
    if not is_template_call:
        return None
    if len(call.args) >= 2:
        return call.args[1]
    return next((k.value for k in call.keywords if k.arg == "template"), None)


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str, constants: dict[str, object]) -> None:
        self.path = path
        self.constants = constants
        self.function = "<module>"
        self.found: list[Template] = []

    def _add(self, node: ast.expr, line: int) -> None:
        text = _text(node, self.constants)
        if text is not None and (self.path, self.function) not in NOT_VALIDATION:
            self.found.append(Template(f"{self.path}:{line} ({self.function})", text[0], text[1]))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    def visit_Call(self, node: ast.Call) -> None:
        template = _template_argument(node)
        if template is not None:
            self._add(template, node.lineno)
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if (isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) and exc.func.id == "ValueError"
                and exc.args):
            self._add(exc.args[0], node.lineno)
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        if self.function in PROBLEM_FUNCTIONS and node.value is not None:
            self._add(node.value, node.lineno)
        self.generic_visit(node)


def collect_templates() -> list[Template]:
    files = [p for folder in ("domain", "storage", "services") for p in sorted((PACKAGE / folder).rglob("*.py"))
             if "migrations" not in p.parts]
    files += [p for p in sorted((PACKAGE / "ui").rglob("*.py")) if "forms" not in p.parts]
    found: list[Template] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        collector = _Collector(path.relative_to(ROOT).as_posix(), _constants(tree))
        collector.visit(tree)
        found += collector.found
    return found


def test_the_collector_finds_the_known_templates() -> None:
    texts = {t.text for t in collect_templates()}
    for known in ("the person's name is required",  # FieldError(...)
                  "at most {limit} characters",  # FieldError.of(...)
                  "that organisation no longer exists",  # ValidationError.single(...)
                  "a mobile number has 11 digits starting with 13-19",  # raise ValueError(...)
                  "a phone number may contain only digits, spaces, '-', '()', a leading '+' and an extension of "
                  "up to 6 digits",  # implicit concatenation, joined
                  "user name is required"):  # returned by username_problem
        assert known in texts, known
    problems = [t for t in collect_templates() if t.where.endswith("(password_problem)")]
    assert len(problems) == 2


def test_every_validation_template_is_listed_for_translation() -> None:
    listed = set(MESSAGES)
    missing = sorted({f"{t.where}: {t.text!r}" for t in collect_templates()
                      if t.text is not None and t.text not in listed})
    assert missing == [], "add these to duty_desk/ui/validation_messages.py (context 'Validation')"


def test_no_validation_template_is_an_fstring() -> None:
    """A template is translated whole and filled afterwards: values go in {placeholders} via FieldError.of.

    An f-string is formatted before translation, so its text matches the catalogue only by luck (for as long as
    the interpolated value does not change) and any other value leaves the sentence in English.
    """
    fstrings = [f"{t.where}: {t.text!r}" for t in collect_templates() if t.fstring]
    assert fstrings == []


def test_every_listed_sentence_is_still_used() -> None:
    """Validation sentences no longer raised anywhere are dead weight for the translators."""
    used = {t.text for t in collect_templates()}
    ui_sources = "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "ui").rglob("*.py")
                           if "forms" not in p.parts and p.name != "validation_messages.py")
    cli = (PACKAGE / "cli.py").read_text(encoding="utf-8")
    unused = [text for text in MESSAGES if text not in used and text not in ui_sources and text not in cli]
    assert unused == []
