"""Panels whose capability arrives with a later release: their layout, and an honest word on what to do now."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from duty_desk.domain.roles import Action
from duty_desk.ui.context import UiContext
from duty_desk.ui.panel_registry import PanelSpec, register
from duty_desk.ui.panels.base import EmptyState, Panel


class ComingPanel(Panel):
    def __init__(self, ctx: UiContext, title: str, purpose: str, meanwhile: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.add_search(self.tr("Search"))
        assert self.search is not None
        self.search.setEnabled(False)
        self.message = EmptyState(f"{purpose}\n\n{meanwhile}")
        self.body.addWidget(self.message, 1)


def _t(text: object) -> str:
    return QCoreApplication.translate("MainWindow", str(text))


def _coming(title: object, purpose: object) -> Callable[[UiContext], Panel]:
    """A factory: the words are translated when the window is built, in the language then in force."""
    def make(ctx: UiContext) -> Panel:
        meanwhile = QCoreApplication.translate(
            "MainWindow", "This part of Duty Desk is not built yet. Until it is, keep this record on paper as "
                          "before; nothing you do elsewhere in the app is affected.")
        return ComingPanel(ctx, _t(title), _t(purpose), meanwhile)

    return make


# Placeholders until their capabilities register panels under the same keys; each shown to the roles whose work
# it will be (not to the security or audit administrator).
register(PanelSpec("duty_log", 30, "log", _coming(
    QT_TRANSLATE_NOOP("MainWindow", "Duty log & handover"), QT_TRANSLATE_NOOP(
        "MainWindow", "Here officers will keep the duty log and hand the watch over to the next shift with a "
                      "signed handover sheet (交接班记录).")), Action.SIGN_DUTY))
register(PanelSpec("visitors", 60, "visitors", _coming(
    QT_TRANSLATE_NOOP("MainWindow", "Visitors"), QT_TRANSLATE_NOOP(
        "MainWindow", "Here the reception desk will pre-register official visitors, check them in and out and "
                      "print their badges.")), Action.VIEW_DIRECTORY))
