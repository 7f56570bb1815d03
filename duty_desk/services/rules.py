"""The reporting-deadline rule file in force: the office's own (an administrator's, synced to every
workstation), else the default shipped with the app."""

from duty_desk.domain.deadlines import Profile, parse_profile
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import ValidationError
from duty_desk.paths import resource
from duty_desk.services import office_rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires

FILENAME = "deadlines.toml"


@internal
def default_text() -> str:
    return resource("rules", FILENAME).read_text(encoding="utf-8")


@requires(Action.VIEW_RULES)
def rule_text(services: Services, actor: Actor) -> str:
    """The office's file. Until an administrator saves one, a file an earlier version kept in this
    workstation's data folder still applies here, so upgrading changes no one's deadlines."""
    stored = office_rules.text(services, actor, office_rules.DEADLINES)
    if stored is not None:
        return stored
    earlier = services.db.path.parent / FILENAME
    try:
        return earlier.read_text(encoding="utf-8") if earlier.is_file() else default_text()
    except (OSError, UnicodeDecodeError):  # unreadable: the default, rather than no clocks at all
        return default_text()


@requires(Action.VIEW_RULES)
def load_profile(services: Services, actor: Actor) -> Profile:
    """The rules in force. A file this version cannot read (a newer version's, arrived by sync) gives way to the
    default here rather than stopping every clock; the rule editor says why."""
    try:
        return parse_profile(rule_text(services, actor))
    except ValidationError:
        return parse_profile(default_text())


@requires(Action.EDIT_SETTINGS)
def save_rules(services: Services, actor: Actor, text: str) -> Profile:
    """Checked first: a bad file is refused with every reason and nothing is written."""
    profile = parse_profile(text)
    office_rules.set_text(services, actor, office_rules.DEADLINES, text)
    return profile
