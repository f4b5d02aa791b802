"""Where the figure looks: the head's axes in 3-D, so a picture can show a face, not a ball.

The body's near side is the person's right when the picture is a profile facing right, seen
from the back or from above, and their left when seen from the front; a mirrored picture swaps
them. From that and the head's own direction the face direction follows.
"""

from __future__ import annotations

import math

from foamroll_gui.core.figure.geometry import Point
from foamroll_gui.core.figure.kinematics import Body
from foamroll_gui.core.figure.scene import Camera


def _unit(p: Point) -> Point:
    length = p.length()
    return p.scaled(1.0 / length) if length > 1e-9 else Point(0.0, 0.0, 0.0)


def _cross(a: Point, b: Point) -> Point:
    return Point(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)


def head_axes(body: Body, camera: Camera, mirrored: bool) -> tuple[Point, Point]:
    """``(up, face)``: unit vectors from the neck through the crown, and where the face looks
    (``z`` towards the viewer: a face with ``z > 0`` is seen, one with ``z < 0`` turned away)."""
    up = _unit(body.joint("head") - body.capsule("neck").b)
    near = _unit(body.joint("near_shoulder") - body.joint("far_shoulder"))
    face = _unit(_cross(up, near))
    if (camera == "front") != mirrored:
        face = face.scaled(-1.0)
    return up, face


def eye_directions(up: Point, face: Point) -> tuple[Point, Point]:
    """The two eyes as unit vectors from the centre of the head (on its surface)."""
    side = _unit(_cross(up, face))
    tilt = math.cos(math.radians(20.0))
    return (
        _unit(face.scaled(tilt) + up.scaled(0.25) + side.scaled(0.45)),
        _unit(face.scaled(tilt) + up.scaled(0.25) - side.scaled(0.45)),
    )
