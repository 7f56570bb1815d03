"""Search keys for Chinese names: the name itself, its full pinyin and its initials ('张伟' -> 'zhangwei zw')."""

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
