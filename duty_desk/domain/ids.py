"""UUIDv7 identifiers made on the workstation (time-ordered, so indexes stay compact)."""

import os
import time
import uuid


def uuid7(now_ms: int | None = None) -> str:
    """Return a new RFC 9562 UUIDv7 as a 36-character string."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))
