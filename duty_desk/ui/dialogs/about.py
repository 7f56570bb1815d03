import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from duty_desk import __version__
from duty_desk.ui.widgets import key_text


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About Duty Desk")
    text = QCoreApplication.translate(
        "About",
        "<h3>Duty Desk {version}</h3><p>The duty room's desktop application: roster, duty log and handover, "
        "incidents, escalations and instructions, visitors and the contacts directory. It keeps working "
        "without the network.</p><p>Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</p>")
    QMessageBox.about(parent, title, text.format(version=__version__))


def _plain(text: str, keys: str) -> str:
    """A button's or action's words without their mnemonic marker and the shortcut the button shows."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return text.replace(keys, "").strip(" …").strip()


def panel_keys(panel: QWidget) -> list[tuple[str, str]]:
    """The shortcuts of what a panel shows now, read from its own buttons and actions: a new panel's are listed
    without being written down twice."""
    found: dict[str, str] = {}
    for button in panel.findChildren(QAbstractButton):
        keys = key_text(button.shortcut())
        if keys and button.isVisibleTo(panel):
            found.setdefault(keys, _plain(button.accessibleName() or button.text(), keys))
    for action in panel.findChildren(QAction):
        keys = key_text(action.shortcut())
        if keys and action.isEnabled() and _plain(action.text(), keys):
            found.setdefault(keys, _plain(action.text(), keys))
    return sorted((k, v) for k, v in found.items() if v)


def show_help(parent: QWidget, panel: QWidget | None = None, panel_title: str = "") -> None:
    title = QCoreApplication.translate("About", "Keyboard help")
    text = QCoreApplication.translate(
        "About",
        "<table>"
        "<tr><td><b>Ctrl+1 … Ctrl+7</b></td><td>go to a panel</td></tr>"
        "<tr><td><b>Ctrl+PgDown / Ctrl+PgUp</b></td><td>next / previous panel</td></tr>"
        "<tr><td><b>Ctrl+F</b></td><td>search in the current panel (Esc in the box clears it)</td></tr>"
        "<tr><td><b>Ctrl+N</b></td><td>the panel's primary action (e.g. add a person)</td></tr>"
        "<tr><td><b>Ctrl+Enter</b></td><td>save a form</td></tr>"
        "<tr><td><b>Esc</b></td><td>cancel a form</td></tr>"
        "<tr><td><b>F5</b></td><td>sync with the server now</td></tr>"
        "<tr><td><b>Ctrl+,</b></td><td>settings</td></tr>"
        "<tr><td><b>Ctrl+Shift+Q</b></td><td>log out and switch user (Esc at the login quits)</td></tr>"
        "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>"
        "</table>")
    keys = panel_keys(panel) if panel is not None else []
    if keys:
        heading = QCoreApplication.translate("About", "In {panel}").format(panel=panel_title)
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in keys)
        text += f"<p><b>{html.escape(heading)}</b></p><table>{rows}</table>"
    QMessageBox.information(parent, title, text)
