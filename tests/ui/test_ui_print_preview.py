"""Print: Ctrl+P on the incidents panel opens Qt's print preview of the incident report, whose pages are the PDF's;
printing writes them (to a PDF file here, not a real printer); Esc closes it without printing."""

import io
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from ui_support import Shots, ctrl, focused, incidents_panel, settle

from duty_desk.domain.incidents import Source
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import incidents
from duty_desk.services.incident_report import incident_report
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.panels.incidents import IncidentsPanel

pytest.importorskip("pypdfium2", reason="the print preview renders with pypdfium2, not installed here: "
                                        "pip install 'pypdfium2>=5,<6'")

from duty_desk.ui.print_preview import PdfPrintPreview


def shades(pdf: bytes) -> list[list[float]]:
    """Each page as PDFium renders it, in 40 pt squares: how grey each is on average (0 black, 255 white). Coarse
    enough that a page drawn from an image matches its vector original, fine enough to tell pages apart."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    pages, side = [], 20
    for page in document:
        bitmap = page.render(scale=0.5, grayscale=True)
        pixels, stride = bytes(bitmap.buffer), bitmap.stride
        pages.append([sum(pixels[(row * side + y) * stride + column * side + x] for y in range(side)
                          for x in range(side)) / side**2
                      for row in range(bitmap.height // side) for column in range(bitmap.width // side)])
    document.close()
    return pages


def _panel_on_a_long_report(qtbot: QtBot, ctx: UiContext) -> tuple[IncidentsPanel, bytes]:
    """The incidents panel, focused, on an incident whose report runs over several pages, and that report."""
    panel = incidents_panel(qtbot, ctx)
    incident_id = panel.model.rows[0].view.id
    for _ in range(15):  # a preview of page 1 alone must not pass
        incidents.add_follow_up(ctx.services, ctx.actor, incident_id, "现场仍有明火，已增派两个消防中队，周边道路实行"
                                "交通管制，疏散群众三百余人。" * 5, utcnow(), Source.PHONE, "朝阳区应急局")
    settle(ctx)
    panel.table.selectRow(next(n for n, r in enumerate(panel.model.rows) if r.view.id == incident_id))
    panel.table.setFocus()
    settle(ctx)
    pdf = incident_report(ctx.services, ctx.actor, incident_id, i18n.language()).pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
    return panel, pdf


def _open_preview(qtbot: QtBot) -> PdfPrintPreview:
    """Ctrl+P where the keyboard is, then the preview once it has laid out its pages."""
    ctrl(qtbot, focused(), Qt.Key.Key_P)

    def shown() -> PdfPrintPreview | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPrintPreview) and w.isVisible()),
                    None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=15000)
    dialog = shown()
    assert dialog is not None
    qtbot.waitUntil(lambda: _pages(dialog).pageCount() > 0, timeout=5000)
    return dialog


def _pages(dialog: PdfPrintPreview) -> QPrintPreviewWidget:
    widget = dialog.findChild(QPrintPreviewWidget)
    assert isinstance(widget, QPrintPreviewWidget)
    return widget


def _print_to(dialog: PdfPrintPreview, target: Path) -> QPrinter:
    """Where the officer's printer would be: a PDF file."""
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_print_previews_every_page_of_the_report_and_prints_them(qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path,
                                                                 shots: Shots, lang: str) -> None:
    i18n.install(lang)
    panel, pdf = _panel_on_a_long_report(qtbot, demo_ctx)
    report = PdfReader(io.BytesIO(pdf))
    dialog = _open_preview(qtbot)
    assert _pages(dialog).pageCount() == len(report.pages)
    assert dialog.windowModality() is Qt.WindowModality.WindowModal  # open(), not a blocking exec()
    assert dialog.parent() is panel
    shots.save(dialog, f"{lang}-print-preview")

    target = tmp_path / "printed.pdf"
    _print_to(dialog, target)
    _pages(dialog).print_()  # what Qt's print dialog does once the officer has chosen a printer
    printed = PdfReader(target)
    assert len(printed.pages) == len(report.pages)
    for sheet, page in zip(printed.pages, report.pages, strict=True):  # the sheet is the PDF's page (A4), ±1 pt
        assert abs(float(sheet.mediabox.width) - float(page.mediabox.width)) < 1
        assert abs(float(sheet.mediabox.height) - float(page.mediabox.height)) < 1
    for n, (ours, theirs) in enumerate(zip(shades(target.read_bytes()), shades(pdf), strict=True)):
        # each sheet is its page (another page differs by 45 grey levels or more somewhere; the time printed may
        # differ by a minute)
        assert max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) < 25, n
    dialog.close()


def test_esc_closes_the_preview_without_printing(qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path) -> None:
    _panel_on_a_long_report(qtbot, demo_ctx)
    dialog = _open_preview(qtbot)
    target = tmp_path / "printed.pdf"
    _print_to(dialog, target)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5000)
    assert not target.exists()


def test_without_a_printer_the_print_dialog_opens_and_cancels_cleanly(qtbot: QtBot, demo_ctx: UiContext) -> None:
    """No printer on this computer (as in the test machine): Qt's dialog still opens, offering a PDF file; no
    traceback (pytest-qt fails a test on any exception raised in a Qt callback)."""
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this computer has a printer; the case is a computer without one")
    _panel_on_a_long_report(qtbot, demo_ctx)
    dialog = _open_preview(qtbot)
    offered: list[str] = []
    tries = iter(range(200))

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QPrintDialog):
            offered.extend(box.itemText(i) for box in modal.findChildren(QComboBox) for i in range(box.count()))
            modal.reject()
        elif next(tries, None) is not None:
            QTimer.singleShot(50, cancel)

    QTimer.singleShot(50, cancel)
    print_action = next(a for a in dialog.findChildren(QAction) if "print" in a.text().lower()
                        and "setup" not in a.text().lower())
    print_action.trigger()  # blocks in the print dialog until `cancel` rejects it
    assert any("PDF" in text for text in offered), offered
    assert dialog.isVisible()  # back in the preview, nothing printed
    dialog.close()


def test_a_printer_that_cannot_start_is_said_so(qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path,
                                               no_blocking_dialogs: list[str]) -> None:
    _panel_on_a_long_report(qtbot, demo_ctx)
    dialog = _open_preview(qtbot)
    nowhere = tmp_path / "no such folder" / "printed.pdf"
    _print_to(dialog, nowhere)
    _pages(dialog).print_()
    assert no_blocking_dialogs == [f"warning Print incident report: Cannot write {nowhere}; nothing was printed."]
