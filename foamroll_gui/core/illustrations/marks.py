"""Marks a picture shows besides the movement arrow: a hold step's press into the roller.

A hold ("Let your … sink into the roller") looks like the still of the roll before it; its
picture adds a short press mark on the target where it lies over the roller: an arrow down
onto it, from the side and from above alike (a lower leg lying on its front: beside the knee
end, :func:`front_on_roller`). Which steps press is told by their id.

Where the part on the roller has another muscle on its far side that a stranger could take for
the target (the calf behind the shin, the quadriceps over the hamstrings, the ribs and upper
back beside the lat), only the half of the segment that faces the roller is the target
(:func:`pressed_half`): the highlight covers that half and the press lands on it, not on the
muscle above. A lower leg lying on its side (the peroneals: its outer side on the roller) is
highlighted from its axis to its outline on the roller's side (:func:`half_reach`,
:func:`hugs_roller`): a band inset all round, reaching past the axis, read as a strip along
the leg's top edge, away from the roller (round 5).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.scene import Target
from foamroll_gui.core.figure.skeleton import limb_kind

#: The half of a segment facing the roller reaches this share of its thickness past its axis.
HALF_REACH = 0.3

#: A press sinking in lands this share of the target's thickness below its axis.
SINK_TO = 0.55

#: A press onto a shin lying on its front (the shins' hold) lands over the roller, at least this
#: far (cm, in the picture) in front of the thigh's edge: round 10 read a press beside the knee
#: end as "put your knees on the floor".
KNEE_CLEAR = 7.0

#: A press kept clear of the parts above the target (:func:`clear_of_arms`) passes this far (cm)
#: from their outline, and it looks this far up (cm) from where it lands.
CLEAR_GAP = 3.0
CLEAR_RISE = 40.0

#: A lat's press lands this share of the trunk's thickness past its axis, towards the roller:
#: on the highlighted oval, which lies below the axis (the half's reach line is well above it).
LAT_LANDS = -0.2

#: The step ids whose picture shows the press mark.
PRESS_STEPS = frozenset({"hold"})


def shows_press(step_id: str) -> bool:
    """Whether the picture of step ``step_id`` shows the press mark (a hold)."""
    return step_id in PRESS_STEPS


def pressed_half(segment: str, *, on_side: bool) -> bool:
    """Whether only the half of ``segment`` facing the roller is the target: a lower leg (the
    front of the shin, the calf and the outer side are three muscles of one segment), a thigh
    (the hamstrings under it seated, the quadriceps face down, the IT band lying on the side:
    the whole thigh read as "the front or side of the thigh" in round 5) and the trunk (the lat
    under the arm lying on the side, the upper back lying on the roller: not the whole side of
    the trunk, not the chest)."""
    return limb_kind(segment) in ("shin", "thigh") or segment == "torso"


def half_reach(segment: str, *, on_side: bool) -> float:
    """How far (a share of its thickness) the highlighted half of ``segment`` reaches past its
    axis, away from the roller: none for a lower leg lying on its side, whose outer side is the
    target (the inner side on top is not), :data:`HALF_REACH` for any other."""
    return 0.0 if on_side and limb_kind(segment) == "shin" else HALF_REACH


def hugs_roller(segment: str, *, on_side: bool) -> bool:
    """Whether the highlight of ``segment`` reaches its outline on the roller's side, with no
    margin, so it meets the roller: a lower leg lying on its side (an inset band there left a
    strip of plain leg between it and the roller)."""
    return on_side and limb_kind(segment) == "shin"


def sinks_in(segment: str, *, on_side: bool) -> bool:
    """Whether the press is drawn into the target down onto the roller, not onto its top: a
    back lying on the roller ("let your upper back sink into the roller"), whose top is the
    chest with the arms on it (a press there read as "push the chest down" in review)."""
    return segment == "torso" and not on_side


def clear_of_arms(segment: str, *, on_side: bool) -> bool:
    """Whether the press onto ``segment`` must come down clear of the arms: the lat lying on
    its side, whose top arm comes down in front of the shoulder beside the roller (a press
    there, half over the shoulder, read as "push the shoulder down" in round 7)."""
    return on_side and segment == "torso"


def press_reach(segment: str, *, on_side: bool) -> float:
    """Where (a share of its thickness past its axis) a press from the side lands on the
    highlighted half: on the lat's oval for the trunk on its side (:data:`LAT_LANDS`), at the
    half's edge (:func:`half_reach`) for any other."""
    if clear_of_arms(segment, on_side=on_side):
        return LAT_LANDS
    return half_reach(segment, on_side=on_side)


def front_on_roller(body: Body, segment: str, roller: tuple[float, float]) -> bool:
    """Whether lower leg ``segment`` lies with its front (the shinbone, the side its toes
    point to) towards the roller whose axis is at ``roller``: the shins, not the calves.
    A press from above onto it would come down through the calf first."""
    if limb_kind(segment) != "shin":
        return False
    shin, foot = body.capsule(segment), body.capsule(segment.replace("shin", "foot"))
    ux, uy = shin.b.x - shin.a.x, shin.b.y - shin.a.y
    toes = ux * (foot.b.y - foot.a.y) - uy * (foot.b.x - foot.a.x)
    towards = ux * (roller[1] - shin.a.y) - uy * (roller[0] - shin.a.x)
    return toes * towards > 0


@dataclass(frozen=True)
class Press:
    """Where the target lies over the roller (picture cm) and its thickness there; ``half``:
    only the half facing the roller is the target (see :func:`pressed_half`)."""

    x: float
    y: float
    radius: float
    half: bool = False
    sink: bool = False
    #: where a half press lands, past the axis (see :func:`press_reach`)
    reach: float = HALF_REACH

    @property
    def top(self) -> float:
        """The height the press lands on (from the side): the top of the target, of its half
        facing the roller, or (``sink``) down by the roller, inside the target."""
        if self.sink:
            return self.y - self.radius * SINK_TO
        return self.y + self.radius * (self.reach if self.half else 1.0)


def press_on(
    body: Body,
    target: Target,
    roller: tuple[float, float],
    *,
    across: bool,
    half: bool = False,
    sink: bool = False,
    knee: bool = False,
    reach: float = HALF_REACH,
    clear: Sequence[Capsule] = (),
) -> Press:
    """The target's point over the roller whose axis (seen end-on) is at ``roller``; with
    ``across`` (a picture from above, the roller a bar along ``x``) the point where the target
    crosses the roller's axis line ``y = roller[1]``. ``half``: only the half of the segment
    facing the roller is the target; ``sink``: the press goes into it, down to the roller;
    ``knee`` (a lower leg lying on its front, see :func:`front_on_roller`): over the roller but at
    least :data:`KNEE_CLEAR` in front of the thigh, clear of the knee. ``reach``: how far
    past the axis the highlighted half reaches (:func:`half_reach`): where a half press lands.
    ``clear``: parts the press (straight down from above, from the side) passes at least
    :data:`CLEAR_GAP` from; it lands on the nearest point of the target over the roller where
    it does (if there is none, on the nearest point)."""
    capsule = body.capsule(target.segment)
    if knee:
        thigh = body.capsule(target.segment.replace("shin", "thigh"))
        drawn = math.hypot(capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y) or 1.0
        past_knee = (thigh.rb + KNEE_CLEAR) / drawn
        over = capsule.closest(*roller)[0]
        t = max(target.start, past_knee, min(target.end, over))
        p = capsule.point_at(t)
        return Press(p.x, p.y, capsule.radius_at(t), half, sink, reach)
    steps = 40
    ts = [target.start + (target.end - target.start) * i / steps for i in range(steps + 1)]

    def miss(t: float) -> float:
        p = capsule.point_at(t)
        if across:
            return abs(p.y - roller[1])
        return (p.x - roller[0]) ** 2 + (p.y - roller[1]) ** 2

    def passes_clear(t: float) -> bool:
        p = capsule.point_at(t)
        top = Press(p.x, p.y, capsule.radius_at(t), half, sink, reach).top
        for part in clear:
            for i in range(41):
                along, distance = part.closest(p.x, top + CLEAR_RISE * i / 40)
                if distance - part.radius_at(along) < CLEAR_GAP:
                    return False
        return True

    t = min(ts, key=miss)
    if not across and not passes_clear(t):
        t = min((s for s in ts if passes_clear(s)), key=miss, default=t)
    p = capsule.point_at(t)
    return Press(p.x, p.y, capsule.radius_at(t), half, sink, reach)
