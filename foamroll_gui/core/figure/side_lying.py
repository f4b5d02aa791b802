"""A body lying on its side, seen from the front or the back: what is near and what is far.

In profile the figure's near and far limbs are the person's two sides, one behind the other,
and the far ones are drawn darker. A person lying on their side and seen from the front (or the
back) has both sides in the picture, one above the other: the bottom leg is not behind the
body, so it is not drawn as far; only a limb really behind the trunk (a top leg planted in
front of a body seen from behind) is. The toes of a foot on its side point at the viewer (or
away), so such a foot is drawn short, end-on, never pointing at the floor as if face down.
"""

from __future__ import annotations

from dataclasses import replace

from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.scene import Camera

#: The shoulder line is this steep (its vertical share in the picture) when one shoulder is
#: stacked on the other: the body lies on its side.
STACKED = 0.4
#: A limb whose mean depth is this far (cm) behind the trunk's is behind the body.
BEHIND = 6.0
#: A foot seen end-on is drawn at this share of its length.
END_ON = 0.4


def lies_on_side(body: Body, camera: Camera) -> bool:
    """Whether the body lies on its side, seen from its front or back (one shoulder above the
    other in the picture)."""
    if camera not in ("front", "back"):
        return False
    line = body.joint("near_shoulder") - body.joint("far_shoulder")
    length = line.length()
    return length > 0 and abs(line.y) / length >= STACKED


def behind_trunk(body: Body, names: tuple[str, ...]) -> bool:
    """Whether the parts ``names`` lie, on average, behind the trunk as seen by the viewer."""
    trunk = body.capsule("torso").depth_order
    depth = sum(body.capsule(name).depth_order for name in names) / len(names)
    return depth < trunk - BEHIND


def _end_on(c: Capsule) -> Capsule:
    along = c.b - c.a
    if c.name.endswith("_foot") and abs(along.y) > abs(along.x):
        return replace(c, b=c.a + along.scaled(END_ON))
    return c


def feet_end_on(body: Body) -> Body:
    """``body`` with every foot that points up or down in the picture drawn end-on (short):
    lying on the side, its toes point at the viewer or away, not at the floor."""
    return Body(tuple(_end_on(c) for c in body.capsules), body.joints)
