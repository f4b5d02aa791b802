"""How long this process has been running, for the start-up probe."""

from __future__ import annotations

import os
import time


def process_age_ms() -> float | None:
    """Milliseconds since the kernel started this process (Linux), or None elsewhere.

    Reads the process start tick from /proc and compares it with the boot clock; the kernel's
    tick is 10 ms, so that is the resolution.
    """
    try:
        with open("/proc/self/stat", "rb") as handle:  # bytes: no text layer to set up
            fields = handle.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of the whole line
        hertz = os.sysconf("SC_CLK_TCK")
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return (now - start_ticks / hertz) * 1000.0
