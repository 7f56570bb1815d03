"""The hybrid logical clock: 48-bit wall milliseconds and a 16-bit counter in one integer."""

import threading
from collections.abc import Callable, Iterable
from itertools import pairwise

from duty_desk.domain.hlc import HybridClock, pack, unpack


def fake_wall(readings: Iterable[int]) -> Callable[[], int]:
    it = iter(readings)
    return lambda: next(it)


def test_pack_layout_is_ms_times_65536_plus_counter() -> None:
    assert pack(1_700_000_000_000, 5) == 1_700_000_000_000 * 65536 + 5
    assert unpack(1_700_000_000_000 * 65536 + 5) == (1_700_000_000_000, 5)
    assert unpack(pack(123, 65535)) == (123, 65535)


def test_follows_the_wall_clock_when_it_advances() -> None:
    clock = HybridClock(wall=fake_wall([1000, 1005, 2000]))
    assert [unpack(clock.now()) for _ in range(3)] == [(1000, 0), (1005, 0), (2000, 0)]


def test_counter_increments_within_the_same_millisecond() -> None:
    clock = HybridClock(wall=fake_wall([1000, 1000, 1000, 1001]))
    values = [clock.now() for _ in range(4)]
    assert [unpack(v) for v in values] == [(1000, 0), (1000, 1), (1000, 2), (1001, 0)]
    assert values == sorted(set(values))


def test_monotonic_when_the_wall_clock_goes_backwards() -> None:
    clock = HybridClock(wall=fake_wall([5000, 4000, 3000, 4999, 5001]))
    values = [clock.now() for _ in range(5)]
    assert all(b > a for a, b in pairwise(values))
    # While the wall clock is behind, the clock keeps the latest millisecond it has seen.
    assert [unpack(v)[0] for v in values[:4]] == [5000, 5000, 5000, 5000]
    assert unpack(values[4]) == (5001, 0)


def test_observing_a_later_remote_value_moves_the_clock_forward() -> None:
    clock = HybridClock(wall=fake_wall([1000, 1000]))
    local = clock.now()
    remote = pack(9000, 7)  # another site whose wall clock is far ahead
    assert clock.observe(remote) == remote
    assert clock.last == remote
    later = clock.now()  # our wall clock still says 1000
    assert later > remote > local


def test_observing_an_earlier_remote_value_does_not_move_the_clock_back() -> None:
    clock = HybridClock(wall=fake_wall([5000]))
    local = clock.now()
    assert clock.observe(pack(10, 0)) == local
    assert clock.last == local


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    full = pack(7000, 0xFFFF)
    clock = HybridClock(last=full, wall=lambda: 7000)
    nxt = clock.now()
    assert nxt > full
    assert unpack(nxt) == (7001, 0)
    assert unpack(clock.now()) == (7001, 1)


def test_starts_from_a_restored_value() -> None:
    restored = pack(10_000, 3)
    clock = HybridClock(last=restored, wall=lambda: 9_000)
    assert clock.now() > restored


def test_concurrent_callers_never_get_the_same_value() -> None:
    clock = HybridClock(wall=lambda: 1_000)  # frozen wall: only the counter separates values
    results: list[list[int]] = [[] for _ in range(4)]

    def work(out: list[int]) -> None:
        for _ in range(3000):
            out.append(clock.now())

    threads = [threading.Thread(target=work, args=(r,)) for r in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    values = [v for r in results for v in r]
    assert len(set(values)) == len(values) == 12_000
