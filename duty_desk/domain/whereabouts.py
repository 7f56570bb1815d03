"""Where the leaders are (领导去向): the duty room's whiteboard of municipal and rostered leaders, and who acts for
one who is away (代岗)."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from duty_desk.domain.validation import FieldError, control_problem

MAX_STAND_INS = 3  # an acting leader away in turn hands on, this many times at most (never round a loop)


class Whereabouts(StrEnum):
    IN_OFFICE = "in_office"  # 在机关
    IN_BEIJING = "in_beijing"  # 在京 (out of the office, reachable in the city)
    AWAY = "away"  # 离京
    ABROAD = "abroad"  # 出国（境）
    ON_LEAVE = "on_leave"  # 休假


# Whoever is not in the office has matters that cannot wait taken by the leader acting for them, if one is named.
ABSENT = frozenset({Whereabouts.IN_BEIJING, Whereabouts.AWAY, Whereabouts.ABROAD, Whereabouts.ON_LEAVE})
TEXT_LIMITS = {"place": 100, "reach_at": 100, "note": 200}


@dataclass(frozen=True)
class WhereaboutsData:
    """One entry as the board's editor gives it: whole days, Beijing time, the last one included."""

    person_id: str
    status: Whereabouts
    first_day: date
    last_day: date
    place: str = ""  # 上海 / 日内瓦
    reach_at: str = ""  # how to reach them there
    acting_person_id: str | None = None  # who acts for them meanwhile (代岗)
    note: str = ""


def entry_problems(data: WhereaboutsData) -> list[FieldError]:
    """What the entry says by itself (the directory's checks are the service's)."""
    errors = []
    if data.last_day < data.first_day:
        errors.append(FieldError("last_day", "the last day is before the first day"))
    if data.acting_person_id is not None and data.acting_person_id == data.person_id:
        errors.append(FieldError("acting_person_id", "a leader cannot act for themself"))
    for name, limit in TEXT_LIMITS.items():
        value = getattr(data, name)
        if problem := control_problem(value):
            errors.append(FieldError(name, problem))
        elif len(value.strip()) > limit:
            errors.append(FieldError.of(name, "at most {limit} characters", limit=limit))
    return errors
