"""Print: a PDF the services made, shown in Qt's print preview (printer choice, page setup) and printed from its
pages as rendered by PDFium."""

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure

_PDFIUM = threading.Lock()  # PDFium must not be called from two threads at once (two prints asked quickly)
DPI = 300  # the printout is text on paper: fine enough for small characters, ~9 MB a greyscale page


@dataclass(frozen=True)
class Page:
    image: QImage
    size_pt: QSizeF  # the PDF page's own size, which the paper is set to


def render_pages(pdf: bytes) -> list[Page]:
    """Every page of `pdf` as an image; slow, so run off the GUI thread (a QImage, unlike a QPixmap, may be)."""
    import pypdfium2  # a large native library, loaded when first printing rather than at every start

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            pages = []
            for page in document:
                width, height = page.get_size()
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_Grayscale8)
                pages.append(Page(image.copy(), QSizeF(width, height)))  # copy: the bitmap's memory goes with it
                page.close()
            return pages
        finally:
            document.close()


class PdfPrintPreview(QPrintPreviewDialog):
    """The preview, with Qt's print dialog behind its Print button: the printers of this computer, or a PDF file
    when it has none. It closes by itself (Esc too) and paints `pages` on whatever the officer prints to."""

    def __init__(self, parent: QWidget, pages: list[Page], title: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setFullPage(True)  # the PDF has its margins already
        if pages:
            size = pages[0].size_pt
            landscape = size.width() > size.height()
            printer.setPageSize(QPageSize(size.transposed() if landscape else size, QPageSize.Unit.Point, "",
                                          QPageSize.SizeMatchPolicy.FuzzyMatch))
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                       else QPageLayout.Orientation.Portrait)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it
        self.pages = pages
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        area = (parent.screen() if parent.screen() else QGuiApplication.primaryScreen()).availableGeometry()
        height = area.height() * 9 // 10  # a page whole and legible, not Qt's small default
        self.resize(min(area.width(), height * 4 // 5), height)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        """Each page fills its sheet, whatever the printer's margins, keeping its proportions."""
        painter = QPainter()
        if not painter.begin(printer):
            file = printer.outputFileName()  # Qt's dialog prints to a PDF file when there is no printer
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Cannot write {file}; nothing was printed.").format(file=file) if file else self.tr(
                "The printer {name} could not be started; nothing was printed.").format(name=printer.printerName()))
            return
        try:
            for n, page in enumerate(self.pages):
                if n:
                    printer.newPage()
                sheet = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
                fitted = QSizeF(page.image.size()).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(sheet.topLeft(), fitted)
                target.moveCenter(sheet.center())
                painter.drawImage(target, page.image)
        finally:
            painter.end()


def preview_pdf(parent: QWidget, ctx: UiContext, make_pdf: Callable[[], bytes], title: str) -> None:
    """Print: `make_pdf` (a service call) and the rendering run off the GUI thread, then the preview opens."""

    def refused(failure: Failure) -> None:
        QMessageBox.warning(parent, title, failure.text)

    def show(pages: list[Page]) -> None:
        PdfPrintPreview(parent, pages, title).open()  # window-modal, not blocking

    ctx.ops.query(parent, lambda: render_pages(make_pdf()), show, refused, key="print")
