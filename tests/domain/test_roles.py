import pytest

from duty_desk.domain.roles import Role, parse_role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("admin", Role.ADMIN),
        ("ADMIN", Role.ADMIN),
        ("  Admin ", Role.ADMIN),
        ("shift_leader", Role.SHIFT_LEADER),
        ("SHIFT_LEADER", Role.SHIFT_LEADER),
        ("shift-leader", Role.SHIFT_LEADER),
        ("Shift Leader", Role.SHIFT_LEADER),
        ("duty_officer", Role.DUTY_OFFICER),
        ("Duty-Officer", Role.DUTY_OFFICER),
        ("reception", Role.RECEPTION),
    ],
)
def test_accepts_value_and_name_variants(text: str, role: Role) -> None:
    assert parse_role(text) is role


@pytest.mark.parametrize("text", ["boss", "", "administrator", "shift", "duty officer x"])
def test_rejects_unknown_role_and_lists_the_known_ones(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_role(text)
    message = str(info.value)
    assert repr(text) in message
    for value in ("duty_officer", "shift_leader", "reception", "admin"):
        assert value in message
