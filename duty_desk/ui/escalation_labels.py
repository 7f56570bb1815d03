"""How the escalation screens name steps, people and phones, in the interface language (one vocabulary)."""

from duty_desk.domain import escalation as E
from duty_desk.domain import vocabulary as V
from duty_desk.domain.roster import Position
from duty_desk.services.escalations import Contact, Whom
from duty_desk.ui.i18n import language


def step_name(step: E.Step | None) -> str:
    if step is None:
        return ""
    if step.target is E.Target.POSITION:
        return V.word(step.ref, Position, language())
    return V.label(step.target, language())


def whom_name(whom: Whom | None) -> str:
    if whom is None:
        return ""
    if whom.reached.id != whom.named.id:
        return V.sentence("escalation_acting", language(), reached=whom.reached.name, named=whom.named.name)
    return whom.named.name


def phones(contact: Contact | None) -> list[tuple[str, str]]:
    """(kind, number) of every phone the contact has, in the order they are tried: office, mobile, secure line,
    duty phone (the screens name the kinds)."""
    if contact is None:
        return []
    pairs = [("office", contact.office_phone), ("mobile", contact.mobile), ("secure", contact.secure_phone),
             ("duty", contact.duty_phone)]
    return [(kind, number) for kind, number in pairs if number]


def label(value: E.Outcome | E.Means | E.StepState) -> str:
    return V.label(value, language())
