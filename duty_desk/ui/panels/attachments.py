"""One record's attachments (an incident's beside its timeline): attach a photo or scanned fax, open one, save
a copy. The same box serves every kind of record registered as an attachment owner."""

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.sizes import human_size
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import attachments, files, office_rules
from duty_desk.services.attachments import AttachmentInfo, OwnerKind
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure
from duty_desk.ui.widgets import cannot_write, key_text

_ID = Qt.ItemDataRole.UserRole



class AttachmentsBox(QWidget):
    saved = Signal(str)  # what was saved where, for the status bar

    def __init__(self, ctx: UiContext, kind: OwnerKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.owner_id: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Attachments")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(90)
        self.list.itemActivated.connect(lambda item: self.open(item))
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.attach = QPushButton(self.tr("Attach file…  {key}").format(key=key_text("Ctrl+Shift+A")))
        self.attach.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attach.setAccessibleName(self.tr("Attach a file"))
        self.attach.setEnabled(ctx.actor.may(kind.edit))
        self.attach.clicked.connect(self.choose_file)
        self.save = QPushButton(self.tr("Save a copy…"))
        self.save.setAccessibleName(self.tr("Save a copy of the attachment"))
        self.save.clicked.connect(self.save_copy)
        row.addWidget(self.attach)
        row.addWidget(self.save)
        column.addLayout(row)

    def show_for(self, owner_id: str | None) -> None:
        self.owner_id = owner_id
        self.list.clear()
        self.attach.setVisible(owner_id is not None)
        self.save.setVisible(owner_id is not None)
        if owner_id is None:
            self.ctx.ops.cancel(self, "list")
            return
        services, actor, kind = self.ctx.services, self.ctx.actor, self.kind
        self.ctx.ops.query(self, lambda: attachments.list_for(services, actor, kind, owner_id), self._show,
                           self._failed, key="list")

    def _show(self, found: list[AttachmentInfo]) -> None:
        self.list.clear()
        for info in found:
            self.list.addItem(self._item(info))
        if not found:
            self.list.addItem(self.tr("No attachments. Add a photo or a scanned fax with Ctrl+Shift+A."))
        self.save.setEnabled(bool(found))

    def _item(self, info: AttachmentInfo) -> QListWidgetItem:
        text = self.tr("{name} ({size}) — {by}, {at}").format(
            name=info.file_name, size=human_size(info.size), by=info.added_by, at=format_beijing(info.added_at))
        if not info.complete:
            text += self.tr(" — still arriving")
        item = QListWidgetItem(text)
        item.setData(_ID, info.id)
        return item

    def choose_file(self) -> None:
        if self.owner_id is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "",
                                              self.tr("Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;"
                                                      "All files (*)"))
        if name:
            self.attach_path(Path(name))

    def attach_path(self, path: Path) -> None:
        """Checked before reading (a huge file is refused at once), then read and saved; all off the GUI thread."""
        kind, owner_id = self.kind, self.owner_id
        if owner_id is None:
            return
        services, actor = self.ctx.services, self.ctx.actor

        def attach() -> str:
            limit = office_rules.number(services, actor, office_rules.ATTACHMENT_LIMIT)
            attachments.checked_name(path.name, path.stat().st_size, limit)  # a huge file refused before reading
            content = files.read_bounded(path, limit * files.MB)  # bytes read count, not the size it claims
            return attachments.add(services, actor, kind, owner_id, path.name, content)

        self.attach.setEnabled(False)
        self.ctx.ops.write(self, attach, lambda _: self.attach.setEnabled(True), self._refused)

    def _refused(self, failure: Failure) -> None:
        self.attach.setEnabled(True)
        exc = failure.error
        text = self.tr("Cannot read {file}: {reason}").format(file=exc.filename, reason=exc.strerror or exc) \
            if isinstance(exc, OSError) else failure.text
        QMessageBox.warning(self, self.tr("Not attached"), text)

    def _chosen_id(self, item: QListWidgetItem | None = None) -> str | None:
        item = item or self.list.currentItem() or self.list.item(0)
        return str(item.data(_ID)) if item is not None else None

    def _failed(self, failure: Failure) -> None:
        exc = failure.error
        text = cannot_write(exc.filename, exc) if isinstance(exc, OSError) else failure.text
        QMessageBox.warning(self, self.tr("Attachment"), text)

    def open(self, item: QListWidgetItem | None = None) -> None:
        """In the system's viewer, from a private temporary copy. Read and written off the GUI thread: an
        attachment may be as big as the limit allows."""
        attachment_id = self._chosen_id(item)
        if attachment_id is None:
            return
        services, actor, kind = self.ctx.services, self.ctx.actor, self.kind
        self.ctx.ops.query(self, lambda: _temporary_copy(*attachments.content(services, actor, kind, attachment_id)),
                           self._open, self._failed, key="open")

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("Attachment"), self.tr(
                "No program could open it. A copy was saved as {file}.").format(file=str(path)))

    def save_copy(self) -> None:
        attachment_id = self._chosen_id()
        if attachment_id is None:
            return
        services, actor, kind = self.ctx.services, self.ctx.actor, self.kind
        self.ctx.ops.query(self, lambda: attachments.content(services, actor, kind, attachment_id), self._save,
                           self._failed, key="copy")

    def _save(self, found: tuple[str, bytes]) -> None:
        name, data = found
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the attachment"), name)
        if target:
            self.ctx.ops.query(self, lambda: _written(Path(target), data), self._saved, self._failed, key="write")

    def _saved(self, target: Path) -> None:
        self.saved.emit(self.tr("Saved {file}.").format(file=str(target)))


def _temporary_copy(name: str, data: bytes) -> Path:
    return _written(Path(tempfile.mkdtemp(prefix="duty-desk-")) / attachments.safe_name(name), data)  # no folders


def _written(path: Path, data: bytes) -> Path:
    files.write_atomic(path, data)
    return path
