"""Marks a picture shows besides the movement arrow: a hold step's press into the roller.

A hold ("Let your … sink into the roller") looks like the still of the roll before it; its
picture adds a short press mark on the target where it lies over the roller: an arrow down
onto it from the side, a ring round it from above. Which steps press is told by their id.
"""

from __future__ import annotations

from dataclasses import dataclass

from foamroll_gui.core.figure.kinematics import Body
from foamroll_gui.core.figure.scene import Target

#: The step ids whose picture shows the press mark.
PRESS_STEPS = frozenset({"hold"})


def shows_press(step_id: str) -> bool:
    """Whether the picture of step ``step_id`` shows the press mark (a hold)."""
    return step_id in PRESS_STEPS


@dataclass(frozen=True)
class Press:
    """Where the target lies over the roller (picture cm) and its thickness there."""

    x: float
    y: float
    radius: float


def press_on(body: Body, target: Target, roller: tuple[float, float], *, across: bool) -> Press:
    """The target's point over the roller whose axis (seen end-on) is at ``roller``; with
    ``across`` (a picture from above, the roller a bar along ``x``) the point where the target
    crosses the roller's axis line ``y = roller[1]``."""
    capsule = body.capsule(target.segment)
    steps = 40
    ts = [target.start + (target.end - target.start) * i / steps for i in range(steps + 1)]

    def miss(t: float) -> float:
        p = capsule.point_at(t)
        if across:
            return abs(p.y - roller[1])
        return (p.x - roller[0]) ** 2 + (p.y - roller[1]) ** 2

    t = min(ts, key=miss)
    p = capsule.point_at(t)
    return Press(p.x, p.y, capsule.radius_at(t))
