"""UUIDv7 identifiers, checked against the RFC 9562 bit layout (not against our own helper)."""

import time
import uuid

from duty_desk.domain.ids import uuid7


def _bits(value: str) -> int:
    return uuid.UUID(value).int


def test_is_a_canonical_36_character_uuid_string() -> None:
    value = uuid7()
    assert len(value) == 36
    assert value == str(uuid.UUID(value))  # lower-case, hyphenated, round-trips


def test_version_field_is_7() -> None:
    for _ in range(50):
        value = uuid7()
        # RFC 9562: the version is the 4 bits at offset 48..51 (the 13th hex digit).
        assert (_bits(value) >> 76) & 0xF == 7
        assert value[14] == "7"
        assert uuid.UUID(value).version == 7


def test_variant_bits_are_10() -> None:
    for _ in range(50):
        value = uuid7()
        # The variant is the two most significant bits of octet 8: binary 10.
        assert (_bits(value) >> 62) & 0b11 == 0b10
        assert value[19] in "89ab"
        assert uuid.UUID(value).variant == uuid.RFC_4122


def test_first_48_bits_hold_the_unix_milliseconds() -> None:
    ms = 0x0123456789AB
    value = uuid7(now_ms=ms)
    assert value.replace("-", "")[:12] == "0123456789ab"
    assert _bits(value) >> 80 == ms


def test_default_timestamp_is_the_current_time() -> None:
    before = int(time.time() * 1000)
    value = uuid7()
    after = int(time.time() * 1000)
    assert before <= _bits(value) >> 80 <= after


def test_ids_sort_by_time_for_increasing_milliseconds() -> None:
    start = 1_700_000_000_000
    ids = [uuid7(now_ms=start + step) for step in range(0, 3000, 7)]
    assert ids == sorted(ids)  # string order, as a database index sees them
    # Also across a hex-digit carry, where naive formatting could go wrong.
    assert uuid7(now_ms=0x0FFFFFFFFFFF) < uuid7(now_ms=0x100000000000)


def test_ids_are_unique_even_within_one_millisecond() -> None:
    ids = {uuid7(now_ms=1_700_000_000_000) for _ in range(20_000)}
    assert len(ids) == 20_000


def test_random_bits_actually_vary() -> None:
    ids = [_bits(uuid7(now_ms=42)) for _ in range(200)]
    rand_a = {(v >> 64) & 0xFFF for v in ids}
    rand_b = {v & ((1 << 62) - 1) for v in ids}
    assert len(rand_a) > 100
    assert len(rand_b) == 200
