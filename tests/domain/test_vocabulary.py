"""The vocabulary catalogue: complete for every enum it names, the same placeholders in both languages, and
Chinese numerals of any size."""

import string
from enum import StrEnum

import pytest

from duty_desk.domain import vocabulary as V
from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import ReportKind, Severity, Source
from duty_desk.domain.vocabulary import Language, chinese_numeral


@pytest.mark.parametrize("kind", list(V.TERMS))
def test_every_value_of_every_enum_has_both_languages(kind: type[StrEnum]) -> None:
    for value in kind:
        english, chinese = V.TERMS[kind][value]
        assert english.strip() and chinese.strip(), value
        assert V.label(value, Language.EN) == english and V.label(value, Language.ZH) == chinese


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", list(V.SENTENCE))
def test_a_sentence_has_the_same_placeholders_in_both_languages(key: str) -> None:
    english, chinese = V.SENTENCE[key]
    assert _placeholders(english) - {"n", "numeral"} == _placeholders(chinese) - {"n", "numeral"}


def test_words_in_sentences() -> None:
    english = V.change_text([("severity", "II"), ("status", "closed")], Language.EN)
    assert english == "Severity: II Serious; Status: Closed"
    assert V.change_text([("severity", "II"), ("drill", "True")], Language.ZH) == "事件级别：Ⅱ级 重大；演练：是"
    assert V.change_text([("severity", "V"), ("new_field", "x")], Language.EN) == "Severity: V; new_field: x"
    assert V.report_made_text(ReportKind.WRITTEN, "市政府", Source.FAX, Language.ZH) == "书面报告：报市政府（传真）"
    assert V.report_made_text("telegram", "市政府", "信鸽", Language.EN) == "telegram to 市政府 (信鸽)"  # as stored
    assert V.event(TimelineKind.FOLLOW_UP, Language.ZH, 23) == "续报二十三"
    assert V.event(TimelineKind.FOLLOW_UP, Language.EN, 23) == "Follow-up report 23"
    assert V.event(TimelineKind.FINAL, Language.ZH) == "终报"
    assert V.word(Severity.I.value, Severity, Language.ZH) == "Ⅰ级 特别重大"


@pytest.mark.parametrize(("n", "numeral"), [
    (0, "零"), (1, "一"), (10, "十"), (11, "十一"), (12, "十二"), (20, "二十"), (23, "二十三"), (35, "三十五"),
    (100, "一百"), (101, "一百零一"), (110, "一百一十"), (115, "一百一十五"), (1000, "一千"), (1001, "一千零一"),
    (1010, "一千零一十"), (1234, "一千二百三十四"), (10000, "一万"), (10005, "一万零五"), (10100, "一万零一百"),
    (11000, "一万一千"), (100000, "十万"), (123456, "十二万三千四百五十六"), (100000000, "一亿"),
    (100010000, "一亿零一万"), (-3, "负三"),
])
def test_chinese_numerals(n: int, numeral: str) -> None:
    assert chinese_numeral(n) == numeral
