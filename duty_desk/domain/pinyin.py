"""Chinese names for searching and ordering: the name itself, its full pinyin and its initials ('张伟' ->
'zhangwei zw'), and the dictionary order a Chinese reader expects (by pinyin, not by code point)."""

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


def search_key(*texts: str) -> str:
    parts: list[str] = []
    for text in texts:
        if not text:
            continue
        parts.append(text.lower())
        syllables = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        if syllables:
            parts.append("".join(syllables).lower())
            parts.append("".join(s[0] for s in syllables if s).lower())
    return " ".join(parts)


@lru_cache(maxsize=65536)  # paging through the directory asks for the same names again
def sort_key(text: str) -> str:
    """Syllable by syllable, tone by tone (as in a dictionary), then the characters, so homophones stay apart
    and the order is total. Latin letters and digits count as themselves. A plain string, so the database sorts
    on it without calling back for every comparison: the separators sort below anything a syllable holds."""
    return "\x01".join(lazy_pinyin(text.lower(), style=Style.TONE3, neutral_tone_with_five=True)) + "\x00" + text
