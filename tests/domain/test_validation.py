"""Phone numbers as Beijing's duty room writes them, and the password and user-name rules."""

import pytest

from duty_desk.domain.validation import (
    FieldError,
    PhoneKind,
    ValidationError,
    normalize_phone,
    password_problem,
    username_problem,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("  19912345678 ", "19912345678"),
        ("010-65192233", "01065192233"),
        ("(010) 6519 2233", "01065192233"),
        ("65192233", "65192233"),
        ("12345", "12345"),  # a government service line
        ("110", "110"),  # police
        ("+86 138 0013 8000", "+8613800138000"),
        ("+44 20 7946 0958", "+442079460958"),
        ("010-65192233转801", "01065192233 ext. 801"),
        ("010-65192233 ext. 801", "01065192233 ext. 801"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalizes_valid_numbers(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        ("1380013800", "mobile"),  # 10 digits: one short
        ("138001380001", "mobile"),  # 12 digits
        ("12012345678", "mobile"),  # 120... is not a mobile prefix
        ("+86 1380013800", "mobile"),
        ("12", "at least 3"),
        ("138abc00138", "only digits"),
        ("phone", "only digits"),
        ("010-65192233转abc", "only digits"),
        ("0101234567890", "fixed-line"),  # 13 digits
        ("+1234", "international"),
    ],
)
def test_rejects_bad_numbers_saying_why(raw: str, hint: str) -> None:
    with pytest.raises(ValueError, match=hint):
        normalize_phone(raw)


@pytest.mark.parametrize(("raw", "kind", "expected"), [
    ("139 0000 0101", PhoneKind.MOBILE, "13900000101"),
    ("+86 139 0000 0101", PhoneKind.MOBILE, "+8613900000101"),
    ("010-12345678", PhoneKind.LANDLINE, "01012345678"),
    ("0571-8888 8888", PhoneKind.LANDLINE, "057188888888"),
    ("0898-1234567", PhoneKind.LANDLINE, "08981234567"),
    ("010-65192233转801", PhoneKind.LANDLINE, "01065192233 ext. 801"),
    ("+86 10 6519 2233", PhoneKind.LANDLINE, "+861065192233"),
    ("12345", PhoneKind.PUBLIC, "12345"), ("110", PhoneKind.PUBLIC, "110"),
    ("010-65190001", PhoneKind.PUBLIC, "01065190001"),
    ("6601", PhoneKind.SECURE, "6601"), ("010-65190001", PhoneKind.SECURE, "01065190001"),
])
def test_a_number_of_its_kind_is_accepted(raw: str, kind: PhoneKind, expected: str) -> None:
    assert normalize_phone(raw, kind) == expected


@pytest.mark.parametrize(("raw", "kind", "hint"), [
    ("999", PhoneKind.MOBILE, "mobile number has 11 digits"),
    ("010-12345678", PhoneKind.MOBILE, "mobile number has 11 digits"),
    ("12012345678", PhoneKind.MOBILE, "mobile number has 11 digits"),
    ("+44 20 7946 0958", PhoneKind.MOBILE, "mobile number has 11 digits"),
    ("13900000101 ext. 1", PhoneKind.MOBILE, "no extension"),
    ("65192233", PhoneKind.LANDLINE, "area code"), ("13900000101", PhoneKind.LANDLINE, "area code"),
    ("110", PhoneKind.LANDLINE, "area code"), ("010-123", PhoneKind.LANDLINE, "area code"),
    ("65192233", PhoneKind.PUBLIC, "area code"), ("13900000101", PhoneKind.PUBLIC, "area code"),
    ("12", PhoneKind.SECURE, "3 to 8 digits"), ("123456789", PhoneKind.SECURE, "3 to 8 digits"),
])
def test_a_number_of_another_kind_is_refused_saying_which_it_should_be(raw: str, kind: PhoneKind,
                                                                      hint: str) -> None:
    with pytest.raises(ValueError, match=hint):
        normalize_phone(raw, kind)


def test_password_of_nine_characters_is_refused() -> None:
    problem = password_problem("abcdefghi")
    assert problem is not None
    assert problem.field == "password" and "10" in problem.reason


def test_password_of_ten_characters_is_accepted() -> None:
    assert password_problem("abcdefghij") is None
    assert password_problem("值班室密码很长很长的") is None  # ten Chinese characters


def test_password_with_surrounding_spaces_is_refused() -> None:
    assert password_problem(" abcdefghij") is not None
    assert password_problem("abcdefghij ") is not None


@pytest.mark.parametrize("name", ["", "a", "has space", "张伟", "x" * 33, "semi;colon"])
def test_bad_user_names(name: str) -> None:
    assert username_problem(name) is not None


@pytest.mark.parametrize("name", ["zw", "zhang.wei", "duty_01", "li-qiang", "x" * 32])
def test_good_user_names(name: str) -> None:
    assert username_problem(name) is None


def test_beijing_landline_in_international_form() -> None:
    # Beijing's area code 010 is written +86 10 from abroad: +86 10 6519 2233 is the landline 010-6519 2233,
    # not a (malformed) mobile number.
    assert normalize_phone("+86 10 6519 2233") == "+861065192233"
    assert normalize_phone("+86-10-65192233") == "+861065192233"


def test_validation_error_names_every_field() -> None:
    err = ValidationError([FieldError("name", "required"), FieldError("mobile", "too short")])
    assert [e.field for e in err.errors] == ["name", "mobile"]
    assert "name: required" in str(err)
    assert "mobile: too short" in str(err)
    assert isinstance(err, ValueError)
