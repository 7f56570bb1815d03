"""The reporting-deadline rule file in force: the office's own (an administrator's, synced to every
workstation), else the default shipped with the app."""

from duty_desk.domain.deadlines import Profile, parse_profile
from duty_desk.paths import resource
from duty_desk.services import office_rules
from duty_desk.services.context import Actor, Services

FILENAME = "deadlines.toml"


def rule_text(services: Services) -> str:
    stored = office_rules.text(services, office_rules.DEADLINES)
    return stored if stored is not None else resource("rules", FILENAME).read_text(encoding="utf-8")


def load_profile(services: Services) -> Profile:
    return parse_profile(rule_text(services))


def save_rules(services: Services, actor: Actor, text: str) -> Profile:
    """Checked first: a bad file is refused with every reason and nothing is written."""
    profile = parse_profile(text)
    office_rules.set_text(services, actor, office_rules.DEADLINES, text)
    return profile
