"""Each step picture agrees with its words: the side the text works, the supports it names, both
legs where it says both, a crossed ankle resting on the knee, a lean drawn as a tilt, and the roll
arrow on the part on the roller. Each fault found in blind review is kept as the old pose values
and must fail the checks; the shipped pictures must pass them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import Arrow
from foamroll_gui.core.figure.skeleton import SEGMENTS
from foamroll_gui.core.illustrations.arrows import MIN_SLIDE, ArrowSpec
from foamroll_gui.core.illustrations.checks import arrow_problems, physical_problems
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.core.illustrations.word_checks import word_problems
from tests.core.pose_data import as_pose, with_keyframes, with_step

#: The glutes' crossed leg before review: the knee high, the foot pointing up.
OLD_GLUTES_CROSS: dict[str, object] = {
    "root": (3, 25),
    "trunk": (125, 140, 110, 95),
    "near_arm": (-100, -100, 180),
    "near_leg": (60, 10, 70),
    "far_leg": (30, -70, -1),
    "depth": {"near_thigh": 40, "near_shin": -50},
}
#: The glutes' setup before review: both legs the same, so the left one hides behind the right.
OLD_GLUTES_SETUP: dict[str, object] = {
    "root": (3, 25),
    "trunk": (125, 140, 110, 95),
    "near_arm": (-100, -100, 180),
    "near_leg": (30, -70, -1),
}


def test_a_crossed_leg_kicked_in_the_air_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    old = with_keyframes(illustrations, "glutes", "cross", as_pose(OLD_GLUTES_CROSS))
    found = physical_problems(old)
    assert any(
        p.startswith("glutes/cross[0]: the crossed foot points 70 degrees up") for p in found
    )
    assert any("glutes/cross[0]: the knee of near_shin is 7 cm above far_knee" in p for p in found)


def test_the_shipped_figure_4_rests_the_ankle_on_the_knee(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for muscle in ("glutes", "piriformis"):
        assert physical_problems({muscle: illustrations[muscle]}) == []


def test_one_leg_hidden_behind_the_other_fails_where_the_text_says_both(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # "Sit on the roller with your knees bent and both feet flat."
    old = with_keyframes(illustrations, "glutes", "setup", as_pose(OLD_GLUTES_SETUP))
    found = word_problems(content, old)
    assert (
        "glutes/setup: [phase 0.00] the text names both legs but the far leg is hidden behind the "
        "near one" in found
    )


#: The quadriceps' knee bend before review: one leg drawn, the other hidden right behind it.
OLD_QUADRICEPS_BENT: dict[str, object] = {
    "root": (13.2, 23.2),
    "trunk": (10, 16, -25, -30),
    "near_arm": (-90, 0, 0),
    "near_leg": (187, 75, 125),
}


def test_the_quadriceps_other_leg_missing_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # "Bend your knees to bring your heels toward your buttocks."
    start = illustrations["quadriceps"].step("heel-to-butt").keyframes[0]
    old = with_keyframes(
        illustrations, "quadriceps", "heel-to-butt", start, as_pose(OLD_QUADRICEPS_BENT)
    )
    found = word_problems(content, old)
    assert (
        "quadriceps/heel-to-butt: [phase 1.00] the text names both legs but the far leg is "
        "hidden behind the near one" in found
    ), found
    # legs that pass through each other mid-way hide one at the middle of the movement
    bent = as_pose({**OLD_QUADRICEPS_BENT, "far_leg": (187, 89, 125)})
    crossing = with_keyframes(illustrations, "quadriceps", "heel-to-butt", start, bent)
    assert any("[phase 0.50]" in p for p in word_problems(content, crossing))


def test_a_lean_drawn_as_a_ring_around_the_trunk_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    technique = content.techniques["glutes"]
    leaning = "Lean back a little more, then a little less. Roll again at each angle."
    steps = tuple(replace(s, text=leaning) if s.id == "twist" else s for s in technique.steps)
    lean_text = replace(content, techniques={"glutes": replace(technique, steps=steps)})
    cross = illustrations["glutes"].step("cross")
    ring = replace(cross, step_id="twist", arrow=ArrowSpec("turn", "torso", 0.45))
    found = word_problems(lean_text, with_step(illustrations, "glutes", ring))
    assert any(p.startswith("glutes/twist: the text changes a lean") for p in found), found


def test_a_roll_arrow_on_another_part_than_the_target_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    # the old placement: beside the target on the side away from the roller, whatever lay there
    for muscle in ("it-band", "calves", "glutes"):
        technique = illustrations[muscle]
        frame = technique.frame("roll")
        assert frame.arrow is not None
        assert arrow_problems(frame, technique.step("roll")) == []
        capsule = frame.body.capsule(technique.step("roll").target.segment)
        lift = max(capsule.ra, capsule.rb) + 7.0
        side = 1.0 if capsule.point_at(0.5).y >= frame.roller.centre[1] else -1.0
        (x0, y0), (x1, y1) = frame.arrow.start, frame.arrow.end
        beside = Arrow("slide", (x0, y0 + side * lift), (x1, y1 + side * lift))
        found = arrow_problems(replace(frame, arrow=beside), technique.step("roll"))
        assert found and "not along the target" in found[0], muscle


@pytest.mark.parametrize(
    ("muscle", "step_id", "floor", "words"),
    [
        # the IT band as a push-up: the top hand on the floor, not the bottom forearm
        ("it-band", "setup", ("near_hand", "far_foot"), "right forearm"),
        ("glutes", "cross", ("near_hand", "far_hand"), "left foot"),
        ("quadriceps", "setup", ("near_forearm",), "forearms"),
    ],
)
def test_a_support_the_text_names_that_is_not_on_the_floor_fails(
    content: Content,
    illustrations: Mapping[str, TechniquePoses],
    muscle: str,
    step_id: str,
    floor: tuple[str, ...],
    words: str,
) -> None:
    step = illustrations[muscle].step(step_id)
    rests = tuple((s, floor if s == "floor" else parts) for s, parts in step.rests)
    found = word_problems(content, with_step(illustrations, muscle, replace(step, rests=rests)))
    assert any(
        p.startswith(f"{muscle}/{step_id}: the text names {words} as a support") for p in found
    ), found


def test_a_picture_drawn_for_the_other_side_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # seen from the front, lying on the right side: the near (top) leg is the left one
    it_band = illustrations["it-band"]
    top_leg = {
        s: replace(step, target=replace(step.target, segment="near_thigh"))
        for s, step in it_band.steps.items()
    }
    found = word_problems(content, {"it-band": replace(it_band, steps=top_leg)})
    assert any("drawn for the right side, but the target near_thigh" in p for p in found)
    # the left ankle over the right knee, and a switch drawn for the same side again
    glutes = illustrations["glutes"]
    cross = glutes.step("cross")
    swapped = tuple(
        ("near_knee", ("far_shin",)) if s == "far_knee" else (s, parts) for s, parts in cross.rests
    )
    broken = {
        "cross": replace(cross, rests=swapped),
        "switch": replace(glutes.step("switch"), other_side=False),
    }
    found = word_problems(content, {"glutes": replace(glutes, steps={**glutes.steps, **broken})})
    assert any(p.startswith("glutes: cross: the text crosses the right ankle") for p in found)
    assert "glutes: switch: the text switches to the left side" in found


def test_a_top_foot_not_planted_in_front_of_the_bottom_knee_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # "Plant your left foot flat on the floor in front of your right knee", drawn with the top
    # leg still stacked on the bottom one (as in the setup)
    stacked = illustrations["it-band"].step("setup").keyframes[0]
    old = with_keyframes(illustrations, "it-band", "cross", stacked)
    found = word_problems(content, old)
    assert any(
        p.startswith("it-band/cross: [0] the text plants the left foot in front of the right knee")
        for p in found
    ), found


#: The upper back's "Roll a few more slow passes" before review: a still picture.
OLD_UPPER_BACK_HANDS_BEHIND_HEAD: dict[str, object] = {
    "root": (36.6, 30.7),
    "trunk": (186, 190, 195, 200),
    "near_arm": (130, -90, -100),
    "near_leg": (23, -78, 0),
}


def test_passes_drawn_as_a_still_fail(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    still = as_pose(OLD_UPPER_BACK_HANDS_BEHIND_HEAD)
    old = with_keyframes(illustrations, "upper-back", "hands-behind-head", still)
    found = word_problems(content, old)
    assert (
        "upper-back/hands-behind-head: the text rolls passes but the body does not travel "
        "over the roller"
    ) in found
    # (its hands also lay on the floor: test_picture_round3 checks that)
    assert all(p.startswith("upper-back/hands-behind-head: ") for p in found), found
    assert illustrations["upper-back"].frame("hands-behind-head").arrow is not None


def test_a_roll_arrow_too_short_to_see_fails(illustrations: Mapping[str, TechniquePoses]) -> None:
    # the piriformis' short passes gave an arrow of no length at all
    piriformis = illustrations["piriformis"]
    frame = piriformis.frame("roll")
    assert frame.arrow is not None
    assert arrow_problems(frame, piriformis.step("roll")) == []
    dot = Arrow("slide", frame.arrow.start, frame.arrow.start)
    found = arrow_problems(replace(frame, arrow=dot), piriformis.step("roll"))
    assert found == [f"the roll arrow is 0 cm long (at least {MIN_SLIDE:.0f})"]


def test_a_bend_arc_by_another_limb_fails(illustrations: Mapping[str, TechniquePoses]) -> None:
    # "Point your right toes": the old stacked left foot lay just where the arc was drawn
    calves = illustrations["calves"]
    frames = tuple(
        pose.with_angles(far_thigh=17, far_shin=11, far_foot=70)
        for pose in calves.step("point-flex").keyframes
    )
    found = physical_problems(with_keyframes(illustrations, "calves", "point-flex", *frames))
    assert "calves/point-flex: the bend arc of near_foot lies nearer another part" in found


def test_a_knee_bend_drawn_at_the_ankle_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # "Slowly bend your right knee": the arrow the keyframes implied went round the ankle
    knee_bend = illustrations["tfl"].step("knee-bend")
    old = with_step(illustrations, "tfl", replace(knee_bend, arrow=None))
    assert word_problems(content, old) == [
        "tfl/knee-bend: the text bends the knee but the picture shows a bend of near_foot"
    ]
    frame = illustrations["tfl"].frame("knee-bend")
    assert frame.arrow is not None and frame.arrow.kind == "bend"
    knee = frame.body.joint("near_knee")
    assert frame.arrow.start == (knee.x, knee.y)


def test_a_left_leg_tucked_under_the_belly_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # "Rest the inside of your left leg on the floor": before review the left shin rose into
    # the air behind the knee, a dark blob under the belly
    brace = illustrations["tfl"].step("brace").keyframes[0]
    tucked = brace.with_angles(far_thigh=-30, far_shin=150, far_foot=-150)
    depths = dict(zip(SEGMENTS, tucked.depths, strict=True))
    depths.update(far_thigh=-40.0, far_shin=-70.0, far_foot=0.0)
    old_pose = Pose(tucked.root, tucked.angles, tuple(depths[s] for s in SEGMENTS))
    found = word_problems(content, with_keyframes(illustrations, "tfl", "brace", old_pose))
    assert any(
        p.startswith("tfl/brace: [0] the text rests the left leg on the floor, but far_shin")
        for p in found
    ), found


def test_ankle_circles_drawn_as_a_still_fail(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # "Slowly draw circles with your right foot": before review a still copy of the brace
    peroneals = illustrations["peroneals"]
    still = replace(
        peroneals.step("brace"), step_id="ankle-circles", arrow=ArrowSpec("circle", "far_foot")
    )
    found = word_problems(content, with_step(illustrations, "peroneals", still))
    assert found == ["peroneals/ankle-circles: the text circles the right foot but it stays still"]
    wrong_foot = replace(peroneals.step("ankle-circles"), arrow=ArrowSpec("circle", "near_foot"))
    found = word_problems(content, with_step(illustrations, "peroneals", wrong_foot))
    assert (
        "peroneals/ankle-circles: the text circles the right foot but the arrow does not" in found
    )


@pytest.mark.parametrize("muscle", ["it-band", "peroneals"])
def test_a_side_lying_head_hanging_level_with_the_shoulder_fails(
    content: Content, illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    # before review the neck and head pointed level (170, 172 degrees) off a trunk rising to
    # the propped shoulder: the figure read as crawling
    setup = illustrations[muscle].step("setup").keyframes[0]
    old = with_keyframes(illustrations, muscle, "setup", setup.with_angles(neck=170, head=172))
    found = word_problems(content, old)
    assert any(
        p.startswith(f"{muscle}/setup[0]: lying on the side, the neck bends") for p in found
    ), found


def test_every_shipped_picture_agrees_with_its_words(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    # every step of all twelve techniques, text beside picture
    assert set(illustrations) == set(content.techniques)
    assert word_problems(content, illustrations) == []
