"""Which encoding a text file people bring (a CSV saved from Excel or WPS) is in, and only when it is clear.

Tried in order: UTF-8 (with or without a BOM; Excel's "CSV UTF-8"), then GB18030 (plain "CSV" from Chinese
Windows, which includes GBK and GB2312). UTF-8 checks itself: a file that decodes is UTF-8. GB18030 decodes
almost any bytes, so its result must also look like Chinese text: a Latin-1 file (`Müller`) decodes as
`M黮ler`, and the tell is a character outside the common set (GB2312) or a Chinese character wedged between two
Latin letters. Such a file is refused rather than imported garbled.
"""

import re
from dataclasses import dataclass

# A Chinese character with a Latin letter on both sides, or an uncommon one touching a Latin letter.
_WEDGED = re.compile(r"[A-Za-z][^\x00-\x7f][A-Za-z]")
_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None: not clearly in either encoding
    line: int = 0  # where the text stopped looking like GB18030 (0: it did not decode at all)
    sample: str = ""  # the implausible stretch, as GB18030 read it


def _common(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _implausible(line: str) -> str:
    """The stretch of `line` that no one writes in Chinese, or ""."""
    if m := _WEDGED.search(line):
        return line[max(m.start() - 3, 0):m.end() + 3]
    for i, char in enumerate(line):
        if ord(char) > 0x7F and not _common(char):
            near = line[max(i - 1, 0):i + 2]
            if _LETTER.search(near):
                return line[max(i - 3, 0):i + 4]
    return ""


def decode_text(raw: bytes) -> Decoded:
    try:
        return Decoded(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return Decoded(None)
    for number, line in enumerate(text.splitlines(), start=1):
        if sample := _implausible(line):
            return Decoded(None, number, sample)
    return Decoded(text)
