"""Chinese drawn with the bundled font survives a round trip through a real PDF."""

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from duty_desk.reports.fonts import register_fonts


def test_chinese_text_is_embedded_and_extractable(tmp_path: Path) -> None:
    font = register_fonts()
    assert register_fonts() == font  # registering twice is harmless
    out = tmp_path / "probe.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setFont(font, 16)
    canvas.drawString(72, 720, "总值班室 交接班记录 Duty Desk 2026")
    canvas.save()
    page = PdfReader(str(out)).pages[0]
    text = page.extract_text()
    assert "总值班室" in text and "交接班记录" in text and "Duty Desk 2026" in text
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert any("WenQuanYi" in name for name in fonts), fonts
