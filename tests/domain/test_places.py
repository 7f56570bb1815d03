import pytest

from duty_desk.domain.places import DISTRICT_CODES, district_code, district_name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("110105", "110105"),
        ("朝阳区", "110105"),
        ("Chaoyang", "110105"),
        ("chaoyang", "110105"),
        ("CHAOYANG", "110105"),
        (" 海淀区 ", "110108"),
        ("Haidian", "110108"),
        ("东城区", "110101"),
        ("Yanqing", "110119"),
        ("北京经济技术开发区", "BDA"),
        ("BDA", "BDA"),
    ],
)
def test_district_code_from_code_chinese_or_english(text: str, code: str) -> None:
    assert district_code(text) == code


@pytest.mark.parametrize("text", ["", "Atlantis", "110100", "朝阳", "崇文区"])
def test_unknown_district_gives_none(text: str) -> None:
    assert district_code(text) is None


def test_sixteen_districts_and_the_development_area() -> None:
    assert len(DISTRICT_CODES) == 17
    assert sum(code.startswith("1101") for code in DISTRICT_CODES) == 16


def test_district_name_both_languages() -> None:
    assert district_name("110102") == "西城区"
    assert district_name("110102", chinese=False) == "Xicheng"
    assert district_name("999999") == "999999"
