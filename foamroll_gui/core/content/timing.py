"""How long a technique takes, as a runner reads it: step seconds are per side where the muscle
is rolled one side at a time."""

from __future__ import annotations

from foamroll_gui.core.content.model import Technique


def technique_seconds(technique: Technique, one_sided: bool) -> int:
    """The timed steps added up, twice over for a muscle rolled one side at a time."""
    once = sum(step.seconds or 0 for step in technique.steps)
    return once * 2 if one_sided else once


def minutes_text(seconds: int) -> str:
    """'About 3 min', '45 s': rounded to what a runner needs to plan."""
    if seconds < 90:
        return f"{seconds} s"
    return f"About {round(seconds / 60)} min"
