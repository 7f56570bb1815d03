"""Regenerate what is built from sources: compiled forms (pyside6-uic) and translations (lupdate/lrelease).

    python -m duty_desk.ui.build_resources forms          # forms/*.ui -> duty_desk/ui/forms/ui_*.py
    python -m duty_desk.ui.build_resources translations   # update .ts from the code, compile .qm
"""

import subprocess
import sys
from pathlib import Path

from duty_desk.paths import RESOURCES

ROOT = RESOURCES.parent
FORMS = ROOT / "forms"
COMPILED = Path(__file__).with_name("forms")
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("zh_CN", "en")
_BIN = Path(sys.executable).parent


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of one .ui file."""
    out = subprocess.run([str(_BIN / "pyside6-uic"), str(ui_file)], check=True, capture_output=True, text=True)
    return out.stdout


def compiled_path(ui_file: Path) -> Path:
    return COMPILED / f"ui_{ui_file.stem}.py"


def build_forms() -> None:
    for ui_file in sorted(FORMS.glob("*.ui")):
        compiled_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")


def build_translations() -> None:
    sources = [str(p) for p in sorted((ROOT / "duty_desk" / "ui").rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"duty_desk_{lang}.ts"
        subprocess.run([str(_BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(ts)], check=True)
        subprocess.run([str(_BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else ""
    if target == "forms":
        build_forms()
    elif target == "translations":
        build_translations()
    else:
        sys.exit(__doc__)
