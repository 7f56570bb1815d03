"""Where the leaders are (领导去向): the duty room's whiteboard of municipal and rostered leaders, and who acts for
one who is away (代岗)."""

from enum import StrEnum

MAX_STAND_INS = 3  # an acting leader away in turn hands on, this many times at most (never round a loop)


class Whereabouts(StrEnum):
    IN_OFFICE = "in_office"  # 在机关
    IN_BEIJING = "in_beijing"  # 在京 (out of the office, reachable in the city)
    AWAY = "away"  # 离京
    ABROAD = "abroad"  # 出国（境）
    ON_LEAVE = "on_leave"  # 休假


# Whoever is not in the office has matters that cannot wait taken by the leader acting for them, if one is named.
ABSENT = frozenset({Whereabouts.IN_BEIJING, Whereabouts.AWAY, Whereabouts.ABROAD, Whereabouts.ON_LEAVE})
