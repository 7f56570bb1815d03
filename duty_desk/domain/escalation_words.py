"""An escalation's attempts in words, the same on the screen, in the incident's timeline and in its printout."""

from duty_desk.domain import escalation as E
from duty_desk.domain import vocabulary as V


def _whom_words(a: E.AttemptView, language: V.Language) -> str:
    if a.reached and a.reached != a.named:
        return V.sentence("escalation_acting", language, reached=a.reached, named=a.named)
    return a.named


def attempt_words(a: E.AttemptView, language: V.Language) -> str:
    if a.kind is E.AttemptKind.ATTEMPT:
        return V.sentence("escalation_attempt", language, n=a.step_no, whom=_whom_words(a, language),
                          outcome=V.label(a.outcome, language) if a.outcome else "",
                          means=V.label(a.means, language) if a.means else "")
    if a.kind is E.AttemptKind.SKIP:
        return V.sentence("escalation_skip", language, n=a.step_no, reason=V.sentence("nobody_on_duty", language))
    if a.kind is E.AttemptKind.GO_ON:
        return V.sentence("escalation_go_on", language, n=a.step_no)
    return V.sentence("escalation_not_needed", language, n=a.step_no, reason=a.reason)
