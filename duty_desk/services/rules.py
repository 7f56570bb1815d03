"""The reporting-deadline rule file in force: the administrator's copy in the data folder, else the default."""

from pathlib import Path

from duty_desk.domain.deadlines import Profile, parse_profile
from duty_desk.domain.roles import Action
from duty_desk.paths import resource
from duty_desk.services import audit
from duty_desk.services.context import Actor, Services

FILENAME = "deadlines.toml"


def rule_text(data_dir: Path) -> str:
    own = data_dir / FILENAME
    return (own if own.exists() else resource("rules", FILENAME)).read_text(encoding="utf-8")


def load_profile(data_dir: Path) -> Profile:
    return parse_profile(rule_text(data_dir))


def save_rules(services: Services, actor: Actor, data_dir: Path, text: str) -> Profile:
    """Checked first: a bad file is refused with every reason and nothing is written."""
    profile = parse_profile(text)
    with services.write(actor, Action.EDIT_SETTINGS) as session:
        audit.record(session, actor, "edit_deadline_rules", "rules", FILENAME, after={"text": text})
        tmp = data_dir / (FILENAME + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(data_dir / FILENAME)
    return profile
