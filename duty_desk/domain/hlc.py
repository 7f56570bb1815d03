"""Hybrid logical clock: 48-bit wall milliseconds and a 16-bit counter packed in one integer.

Ordering by hlc respects causality between sites even when their wall clocks disagree.
"""

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | (counter & COUNTER_MASK)


def unpack(value: int) -> tuple[int, int]:
    return value >> COUNTER_BITS, value & COUNTER_MASK


def wall_ms() -> int:
    return int(time.time() * 1000)


class HybridClock:
    """Thread-safe HLC. `now()` for local events, `observe()` for timestamps received from others."""

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_ms) -> None:
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        with self._lock:
            last_ms, counter = unpack(self._last)
            physical = self._wall()
            if physical > last_ms:
                self._last = pack(physical, 0)
            else:
                if counter >= COUNTER_MASK:  # counter exhausted: borrow the next millisecond
                    self._last = pack(last_ms + 1, 0)
                else:
                    self._last = pack(last_ms, counter + 1)
            return self._last

    def observe(self, remote: int) -> int:
        with self._lock:
            if remote > self._last:
                self._last = remote
            return self._last
