"""What one picture shows: the solved body, the roller, the target muscle, the movement arrow,
and the camera it is seen from.

The foam roller is a cylinder seen end-on, its centre at ``(roller.x, radius)``; the floor is
the line ``y = 0``. Because the roller is seen end-on and the floor is a horizontal plane,
contact with either is exact in the 2-D picture whatever a segment's depth.

**Mirroring** (:func:`mirror_frame`) flips the picture horizontally about the roller. Near limbs
stay near, but the viewer now stands on the person's other side, so the near limb is the other
leg or arm: the mirrored picture of "right calf on the roller" is "left calf on the roller". That
is how one-sided techniques get their second side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from foamroll_gui.core.figure.kinematics import Body

#: Where the picture is seen from: the person's side (in profile), their front, their back, or
#: from above (``top``: posed like ``back``, seen from the feet, and drawn from the ceiling; see
#: :mod:`~foamroll_gui.core.figure.top_view`).
Camera = Literal["profile", "front", "back", "top"]

ROLLER_RADIUS = 7.5  # a standard 15 cm (6 inch) foam roller
ROLLER_LENGTH = 90.0  # a full-length (36 inch) foam roller


@dataclass(frozen=True)
class Roller:
    """A roller lying on the floor, its axis along ``z`` (seen end-on), centred at depth ``z``.

    Parts beside it in the picture but past either end (``z`` beyond half its ``length``) do
    not touch it.
    """

    x: float
    radius: float = ROLLER_RADIUS
    length: float = ROLLER_LENGTH
    z: float = 0.0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x, self.radius)


ArrowKind = Literal["slide", "bend", "turn", "circle"]


@dataclass(frozen=True)
class Arrow:
    """The movement, drawn in accent colour (picture coordinates, centimetres).

    ``slide``: a double arrow from ``start`` to ``end``, beside the stretch of muscle the
    roller travels over. ``bend``: a double arc around ``start`` of ``radius`` between the two
    ``angles``. ``turn``: a ring around a limb at ``start`` whose axis points along
    ``angles[0]`` (the limb or trunk turns about itself). ``circle``: a full circle around
    ``start``.
    """

    kind: ArrowKind
    start: tuple[float, float]
    end: tuple[float, float]
    radius: float = 0.0
    angles: tuple[float, float] = (0.0, 0.0)

    def mirrored(self, axis_x: float) -> Arrow:
        return Arrow(
            self.kind,
            (2 * axis_x - self.start[0], self.start[1]),
            (2 * axis_x - self.end[0], self.end[1]),
            self.radius,
            (180.0 - self.angles[0], 180.0 - self.angles[1]),
        )


@dataclass(frozen=True)
class Target:
    """The muscle: a stretch (fractions ``start``..``end``) of one segment."""

    segment: str
    start: float = 0.0
    end: float = 1.0


@dataclass(frozen=True)
class Frame:
    """Everything one picture shows; what the renderer paints."""

    body: Body
    roller: Roller
    target: Target
    camera: Camera
    arrow: Arrow | None = None
    mirrored: bool = False

    def bounds(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of the body and roller, in centimetres."""
        xs: list[float] = [self.roller.x - self.roller.radius, self.roller.x + self.roller.radius]
        ys: list[float] = [0.0, 2 * self.roller.radius]
        for c in self.body.capsules:
            r = max(c.ra, c.rb)
            xs += [c.a.x - r, c.a.x + r, c.b.x - r, c.b.x + r]
            ys += [c.a.y - r, c.a.y + r, c.b.y - r, c.b.y + r]
        return min(xs), min(ys), max(xs), max(ys)


def mirror_frame(frame: Frame) -> Frame:
    """The same picture for the other side of the body: flipped left-right about the roller."""
    axis = frame.roller.x
    return Frame(
        body=frame.body.mirrored(axis),
        roller=frame.roller,
        target=frame.target,
        camera=frame.camera,
        arrow=frame.arrow.mirrored(axis) if frame.arrow is not None else None,
        mirrored=not frame.mirrored,
    )
