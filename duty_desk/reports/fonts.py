"""The bundled CJK font for PDFs. reportlab needs TrueType outlines; WenQuanYi Micro Hei has them and Latin too."""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from duty_desk.paths import resource

CJK_FONT = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"


def register_fonts() -> str:
    """Register once (reportlab keeps a global registry); returns the font name to draw with."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource("fonts", FONT_FILE)), subfontIndex=0))
    return CJK_FONT
