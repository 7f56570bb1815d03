"""File sizes as people read them."""


def human_size(n: int) -> str:
    """'820 B', '34 KB', '1.2 MB' (1024-based, as file managers show them)."""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{round(n / 1024)} KB"
    return f"{n / 1024 / 1024:.1f} MB"
