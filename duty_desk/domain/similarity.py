"""How alike two short reports are, for spotting the same incident reported twice. Character bigrams work
for Chinese (no word boundaries) and well enough for English."""


def _bigrams(text: str) -> set[str]:
    kept = "".join(ch.lower() for ch in text if ch.isalnum())
    return {kept[i:i + 2] for i in range(len(kept) - 1)} or ({kept} if kept else set())


def similarity(a: str, b: str) -> float:
    """Jaccard index of the two texts' character bigrams: 0 (nothing shared) to 1 (the same)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return len(x & y) / len(x | y)
