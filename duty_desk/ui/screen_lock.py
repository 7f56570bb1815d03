"""The idle screen lock (an office rule, default 15 minutes): after that long without a key or mouse press the
panels give way to a page that asks the logged-in person's password again. The rail's badges, the overdue banner
and the status bar still show; nothing under the lock takes input. Wrong passwords count towards the lockout
(services.accounts.reauthenticate)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import accounts
from duty_desk.services.errors import AccountLocked, AuthenticationFailed
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Calls `on_idle` once the whole application has had no input for `minutes`."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, minutes: int) -> None:
        self.start_ms(minutes * 60_000)

    def start_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()  # any input starts the count again
        return False


class ScreenLock(QWidget):
    """The page shown over the panels while locked."""

    unlocked = Signal()
    switch_user = Signal()  # another person logs in: the first is logged out

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(self.tr("Locked. {name}, enter your password to continue.")
                         .format(name=ctx.actor.display_name))
        heading.setStyleSheet("font-size: 16pt;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        other = QPushButton(self.tr("Log in as &someone else"))
        other.clicked.connect(self.switch_user.emit)
        for button in (self.unlock_button, other):
            button.setMaximumWidth(320)
            layout.addWidget(button)
        layout.addStretch(2)

    def try_unlock(self) -> None:
        services, actor, password = self.ctx.services, self.ctx.actor, self.password.text()
        self.unlock_button.setEnabled(False)
        self.ctx.ops.write(self, lambda: accounts.reauthenticate(services, actor, password), self._done,
                           self._refused)

    def _done(self, _result: object) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.error.clear()
        self.unlocked.emit()

    def _refused(self, failure: Failure) -> None:
        self.unlock_button.setEnabled(True)
        self.password.selectAll()
        if isinstance(failure.error, AccountLocked):
            self.error.setText(self.tr("Too many failed attempts: this account is locked until {time}.")
                               .format(time=format_beijing(failure.error.until)))
        elif isinstance(failure.error, AuthenticationFailed):
            self.error.setText(self.tr("Wrong password. Check Caps Lock and try again."))
        else:
            self.error.setText(failure.text)
