from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from duty_desk import __version__


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About Duty Desk")
    text = QCoreApplication.translate(
        "About",
        "<h3>Duty Desk {version}</h3><p>The duty room's desktop application: roster, duty log and handover, "
        "incidents, escalations and instructions, visitors and the contacts directory. It keeps working "
        "without the network.</p><p>Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</p>")
    QMessageBox.about(parent, title, text.format(version=__version__))


def show_help(parent: QWidget) -> None:
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
    QMessageBox.information(parent, title, text)
