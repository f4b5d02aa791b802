"""Where the figure looks: a face, a nose and eyes towards it, hair on the back of the head."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.facing import eye_directions, head_axes
from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import Camera
from foamroll_gui.core.figure.skeleton import BODY, SEGMENTS
from foamroll_gui.core.figure.top_view import top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses


def standing(lateral: float = 0.0) -> Pose:
    angles = dict.fromkeys(SEGMENTS, -90.0)
    angles.update(pelvis=90.0, torso=90.0, neck=90.0, head=90.0, near_foot=0.0, far_foot=0.0)
    return Pose.from_mapping((0.0, BODY.thigh + BODY.shin + 8.0), angles)


def test_a_profile_looks_the_way_the_feet_point_and_the_mirror_the_other_way() -> None:
    body = solve(standing())
    up, face = head_axes(body, "profile", mirrored=False)
    assert up.y == pytest.approx(1.0) and face.x == pytest.approx(1.0)
    _, back = head_axes(body.mirrored(0.0), "profile", mirrored=True)
    assert back.x == pytest.approx(-1.0)
    # one eye is seen (towards the viewer), the other is behind the head
    seen = [eye for eye in eye_directions(up, face) if eye.z > 0.1]
    assert len(seen) == 1 and seen[0].x > 0.5 and seen[0].y > 0


@pytest.mark.parametrize(("camera", "towards_viewer"), [("front", True), ("back", False)])
def test_from_the_front_the_face_is_seen_from_the_back_the_hair(
    camera: Camera, towards_viewer: bool
) -> None:
    body = solve(standing(), lateral=1.0)
    up, face = head_axes(body, camera, mirrored=False)
    assert (face.z > 0.9) is towards_viewer and (face.z < -0.9) is not towards_viewer
    assert len([e for e in eye_directions(up, face) if e.z > 0.1]) == (2 if towards_viewer else 0)


def test_face_down_on_the_forearms_the_face_looks_ahead_and_down(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame = illustrations["adductors"].frame("hold", "right")
    view = top_view(frame)
    up, face = head_axes(view.body, "top", view.mirrored)
    assert up.x > 0.3  # the crown towards the head end of the picture (right) and up
    assert face.z < 0  # seen from above: the face is turned to the floor, the hair shows
    assert face.x > 0  # and looks ahead, beyond the hands


def test_side_lying_it_band_faces_the_viewer(illustrations: Mapping[str, TechniquePoses]) -> None:
    frame = illustrations["it-band"].frame("roll", "right")
    _, face = head_axes(frame.body, frame.camera, frame.mirrored)
    assert face.z > 0.5
