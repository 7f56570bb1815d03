"""The audit trail for administrators and shift leaders: every write, who made it, and a chain check."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duty_desk.services import audit
from duty_desk.ui.context import UiContext
from duty_desk.ui.i18n import said
from duty_desk.ui.models.audit_model import AuditModel


class AuditViewer(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by user, action or record…"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        top.addWidget(self.filter, 1)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        top.addWidget(self.verify_button)
        layout.addLayout(top)
        self.model = AuditModel(ctx.ops, ctx.services, ctx.actor, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Audit entries"))
        layout.addWidget(self.view, 1)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        timer = QTimer(self, singleShot=True, interval=250)
        timer.timeout.connect(lambda: self.model.set_filter(self.filter.text().strip()))
        self.filter.textChanged.connect(lambda _t: timer.start())
        self.model.failed.connect(self.verdict.setText)
        self.model.loaded.connect(self._fit_columns)
        self.model.set_filter("")

    def _fit_columns(self) -> None:
        """Once, when the first page is in."""
        self.model.loaded.disconnect(self._fit_columns)
        self.view.resizeColumnsToContents()
        for column in (4, 5):  # long field lists: the tooltip shows them whole
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 280))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking the chain…"))
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: audit.check_trail(services, actor), self._verified, key="verify")

    def _verified(self, result: audit.TrailCheck) -> None:
        """The verdict, then what the check could reach (the same notes as `audit verify`); every problem in
        the tooltip."""
        self.verify_button.setEnabled(True)
        if result.problem is None:
            self.verdict.setStyleSheet("color: #2e7d32;")
            verdict = self.tr("✔ The audit trail is intact: no entry was changed or removed.")
        else:
            self.verdict.setStyleSheet("color: #c62828;")
            verdict = self.tr("✖ The audit trail was tampered with: {problem}").format(
                problem=self._problem(result.problem))
            if len(result.problems) > 1:
                verdict += " " + self.tr("(and %n more)", "", len(result.problems) - 1)
        self.verdict.setText("\n".join([verdict, *(said(n) for n in result.notes)]))
        self.verdict.setToolTip("\n".join(self._problem(p) for p in result.problems))

    def _problem(self, problem: audit.Problem) -> str:
        return self.tr("{where}: {reason}").format(where=said(problem.where), reason=said(problem.reason))
