"""CSV cells are written so no spreadsheet runs them, and read back to the same text."""

import pytest

from duty_desk.domain.csv_cells import guard, unguard

FORMULAS = ['=HYPERLINK("http://x","点我")', "+SUM(A1:A9)", "-2+3*cmd|' /C calc'!A0", "@SUM(1)", "\t=1",
            "\r=1", "=", "-", "+", " =1", "\n=1", "＝SUM(1)", "＋1", "－cmd", "＠SUM(1)", "\t13800138000"]
KEPT = ["+86 10 6512 3456", "-1", "010-6512 3456", "(010) 8562 0000", "13800138000", "张伟", "", "'abc",
        "a=b", "值班员 - 副职", "'", " 13800138000", " -5", "'hello"]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_formula_is_written_as_text(value: str) -> None:
    assert guard(value) == "'" + value
    assert unguard(guard(value)) == value


@pytest.mark.parametrize("value", KEPT)
def test_ordinary_text_and_phone_numbers_are_written_as_they_are(value: str) -> None:
    assert guard(value) == value
    assert unguard(value) == value


@pytest.mark.parametrize("value", ["'=1", "''", "'+SUM(1)", "''=x", "'\t"])
def test_a_value_that_looks_guarded_already_comes_back_whole(value: str) -> None:
    assert guard(value) == "'" + value
    assert unguard(guard(value)) == value
