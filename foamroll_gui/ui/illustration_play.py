"""When step pictures play: the frame grid, how long a play lasts, one picture at a time."""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QObject

#: While a step plays, its picture redraws this often: smooth enough for a slow 2-4 s pass.
#: Frames fall on this grid, so the way back reuses the way there from a cache.
FRAME_INTERVAL_MS = 66
#: Memory the playing picture may keep its frames in (one picture plays at a time).
FRAME_CACHE_BYTES = 24 * 1024 * 1024
#: A picture plays for at most this long after it is opened, hovered, focused or clicked, then
#: rests on its still frame: a window nobody touches stops all animation well within 15 s.
PLAY_SECONDS = 12.0
#: Where a moving step rests: the middle of the pass, body centred over the roller, with the
#: two-headed arrow showing the whole range. Playing starts and ends here, so nothing jumps.
REST_PHASE_PASSES = 0.5


def play_seconds(pass_seconds: float, limit: float = PLAY_SECONDS) -> float:
    """How long one play lasts: whole passes from the rest point back to it, within ``limit``."""
    passes = max(1, math.floor(limit / pass_seconds)) if pass_seconds > 0 else 0
    return passes * pass_seconds


def _rest_index(pass_seconds: float) -> int:
    """The frame (on the timer's grid) where a moving step rests."""
    return round(REST_PHASE_PASSES * pass_seconds / (FRAME_INTERVAL_MS / 1000.0))


class Playable(Protocol):
    """A picture that can be told to stop playing and rest on its still frame."""

    def rest(self) -> None: ...


class PlayGroup(QObject):
    """Lets one picture play at a time: the one the runner last opened, hovered or clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.playing: Playable | None = None

    def claim(self, widget: Playable) -> None:
        previous, self.playing = self.playing, widget
        if previous is not None and previous is not widget:
            previous.rest()

    def release(self, widget: Playable) -> None:
        if self.playing is widget:
            self.playing = None
