"""Validation of directory records: every bad field is named, good input comes back normalised."""

import pytest

from duty_desk.domain.directory import OrgData, OrgKind, PersonData, clean_org, clean_person, mask_phone
from duty_desk.domain.validation import ValidationError


def _fields(err: ValidationError) -> set[str]:
    return {e.field for e in err.errors}


def test_clean_org_trims_and_normalises() -> None:
    data = clean_org(OrgData("  北京市应急管理局 ", OrgKind.MUNICIPAL_DEPARTMENT, "110105",
                             phone="010-6519 2233", duty_phone="12345", address=" 某路1号 "))
    assert data.name == "北京市应急管理局"
    assert data.address == "某路1号"
    assert data.phone == "01065192233"
    assert data.duty_phone == "12345"
    assert data.kind is OrgKind.MUNICIPAL_DEPARTMENT


def test_clean_org_missing_name() -> None:
    with pytest.raises(ValidationError) as info:
        clean_org(OrgData("   "))
    assert _fields(info.value) == {"name"}


def test_clean_org_lists_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        clean_org(OrgData("", district_code="999999", phone="abc", duty_phone="1380013800",
                          address="路" * 201))
    assert _fields(info.value) == {"name", "district_code", "phone", "duty_phone", "address"}
    assert "999999" in str(info.value)


def test_clean_org_name_length_limit() -> None:
    assert clean_org(OrgData("局" * 100)).name == "局" * 100
    with pytest.raises(ValidationError) as info:
        clean_org(OrgData("局" * 101))
    assert _fields(info.value) == {"name"}


def test_clean_person_normalises_phones() -> None:
    data = clean_person(PersonData(" 张伟 ", title=" 处长 ", mobile="138 0013 8000",
                                   office_phone="010-65192233转801"))
    assert data.name == "张伟"
    assert data.title == "处长"
    assert data.mobile == "13800138000"
    assert data.office_phone == "01065192233 ext. 801"


def test_clean_person_lists_every_bad_field() -> None:
    with pytest.raises(ValidationError) as info:
        clean_person(PersonData("", title="长" * 101, mobile="1380013800", office_phone="x1",
                                secure_phone="12"))
    assert _fields(info.value) == {"name", "title", "mobile", "office_phone", "secure_phone"}


def test_clean_person_name_limit_is_50() -> None:
    assert clean_person(PersonData("名" * 50)).name == "名" * 50
    with pytest.raises(ValidationError) as info:
        clean_person(PersonData("名" * 51))
    assert _fields(info.value) == {"name"}


@pytest.mark.parametrize(("stored", "shown"), [
    ("13800138000", "138****8000"),  # a mobile: its carrier prefix and last four
    ("01065192233", "*******2233"),  # a fixed line: its last four
    ("65192233 ext. 801", "****2233"),  # the extension dropped
    ("8100", "****"), ("110", "***"),  # a short secure line or service number: nothing of it
    ("", ""),
])
def test_a_masked_number_keeps_only_its_last_four_digits(stored: str, shown: str) -> None:
    assert mask_phone(stored) == shown
