"""The directory's order: names as a Chinese reader looks for them (pinyin), titles in protocol order."""

import pytest

from duty_desk.domain.directory import precedence
from duty_desk.domain.pinyin import sort_key


def test_names_go_by_pinyin_not_by_code_point() -> None:
    names = ["张伟", "安娜", "北京市应急管理局", "朝阳区", "李娜", "李明", "吴海宁", "郭立群", "Zhou Li", "阿强"]
    assert sorted(names, key=sort_key) == ["阿强", "安娜", "北京市应急管理局", "朝阳区", "郭立群", "李明", "李娜",
                                           "吴海宁", "张伟", "Zhou Li"]
    assert sorted(names) != sorted(names, key=sort_key)  # code-point order would put 吴 after 张


def test_homophones_keep_a_total_order() -> None:
    assert sort_key("李明") != sort_key("黎明") and sort_key("李") < sort_key("李明") < sort_key("林")
    assert sorted(["黎明", "李明", "黎明"], key=sort_key) == sorted(["李明", "黎明", "黎明"], key=sort_key)


@pytest.mark.parametrize(("titles", "why"), [
    (["市长", "常务副市长", "副市长", "市政府秘书长", "市政府副秘书长（值班秘书长）"], "municipal leaders"),
    (["局长", "副局长", "值班员"], "a head, a deputy, the staff"),
    (["主要负责人", "办公室副主任（带班领导）", "科员"], "a note in brackets is not the title"),
    (["副市长", "市长助理", "市政府秘书长"], "an assistant to the mayor after the vice-mayors"),
    (["处长", "处长助理", "一级主任科员"], "an assistant is a deputy; 主任科员 is a rank, not a head"),
])
def test_titles_in_protocol_order(titles: list[str], why: str) -> None:
    assert sorted(reversed(titles), key=precedence) == titles, why
