"""The runner's skeleton: every bone, the joints between them (written once), and one set of
proportions.

Limbs are *near* (towards the viewer) or *far* (behind the body): ``near_thigh``, ``far_hand``.
The trunk segments (pelvis, torso, neck, head) have no prefix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: Every bone, in the order of :attr:`~foamroll_gui.core.figure.pose.Pose.angles`.
SEGMENTS: tuple[str, ...] = (
    "pelvis",
    "torso",
    "neck",
    "head",
    "near_upper_arm",
    "near_forearm",
    "near_hand",
    "far_upper_arm",
    "far_forearm",
    "far_hand",
    "near_thigh",
    "near_shin",
    "near_foot",
    "far_thigh",
    "far_shin",
    "far_foot",
)
SEGMENT_INDEX: Mapping[str, int] = {name: i for i, name in enumerate(SEGMENTS)}
TRUNK: tuple[str, ...] = ("pelvis", "torso", "neck", "head")
LIMB_SIDES: tuple[str, ...] = ("near", "far")


@dataclass(frozen=True)
class Joint:
    """Where two segments meet.

    ``parent`` and ``child`` are segment kinds (``thigh``, not ``near_thigh``); ``rest`` is the
    child's angle relative to the parent when the joint is straight (a hip at rest points the
    thigh the opposite way to the pelvis, an ankle is at right angles). ``flexion`` says which
    way bending counts as positive: +1 when the child turns anticlockwise from its parent.
    """

    name: str
    parent: str
    child: str
    rest: float = 0.0
    flexion: int = 1

    @property
    def in_limb(self) -> bool:
        """Whether the joint belongs to an arm or a leg (and so has a near and a far one)."""
        return self.child not in TRUNK

    def segments(self, limb_side: str = "near") -> tuple[str, str]:
        """The parent and child segment names of this joint on the ``near`` or ``far`` limb."""

        def named(kind: str) -> str:
            return kind if kind in TRUNK else f"{limb_side}_{kind}"

        return named(self.parent), named(self.child)


#: The one table of joints: which segments each joins, how it rests, which way it bends.
JOINTS: tuple[Joint, ...] = (
    Joint("spine", "pelvis", "torso", flexion=-1),
    Joint("neck", "torso", "neck", flexion=-1),
    Joint("nod", "neck", "head", flexion=-1),
    Joint("knee", "thigh", "shin", flexion=-1),
    Joint("elbow", "upper_arm", "forearm"),
    Joint("hip", "pelvis", "thigh", rest=180.0),
    Joint("shoulder", "torso", "upper_arm", rest=180.0),
    Joint("ankle", "shin", "foot", rest=90.0),
    Joint("wrist", "forearm", "hand"),
)
JOINT_BY_NAME: Mapping[str, Joint] = {joint.name: joint for joint in JOINTS}
#: The joint at the start of each limb segment kind: ``shin`` -> the knee.
JOINT_AT_START: Mapping[str, Joint] = {joint.child: joint for joint in JOINTS if joint.in_limb}

#: Named round parts a support can be: a joint drawn as a ball of the limb's thickness.
JOINT_PARTS: tuple[str, ...] = ("near_knee", "far_knee", "near_elbow", "far_elbow")
PARTS: tuple[str, ...] = SEGMENTS + JOINT_PARTS


def limb_kind(segment: str) -> str:
    """``near_thigh`` -> ``thigh``; trunk segments are their own kind."""
    for side in LIMB_SIDES:
        prefix = f"{side}_"
        if segment.startswith(prefix):
            return segment[len(prefix) :]
    return segment


def far_partner(segment: str) -> str | None:
    """``near_thigh`` -> ``far_thigh``: the same limb segment on the far side; None for a far
    or a trunk segment."""
    return "far_" + segment.removeprefix("near_") if segment.startswith("near_") else None


@dataclass(frozen=True)
class Proportions:
    """One adult runner, about 174 cm tall; lengths and radii in centimetres.

    The head is 23 cm tall (1/7.5 of the height), thigh and shin are nearly equal, and the
    fingertips of a hanging arm reach the middle of the thigh.
    """

    pelvis: float = 18.0  # hip joint to waist
    torso: float = 34.0  # waist to the base of the neck
    neck: float = 9.0
    head_offset: float = 9.0  # top of the neck to the centre of the head
    head_radius: float = 11.5
    shoulder_drop: float = 5.0  # shoulder joint below the base of the neck, along the torso
    shoulder_half_width: float = 16.0
    hip_half_width: float = 9.0
    upper_arm: float = 30.0
    forearm: float = 26.0
    hand: float = 16.0
    thigh: float = 43.0
    shin: float = 41.0
    foot: float = 21.0  # heel to toes
    heel_drop: float = 4.0  # centre of the heel below the ankle
    heel_back: float = 2.0  # centre of the heel behind the ankle
    # radius (start, end) seen from the side (in profile) and from the front, per segment
    profile_radius: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: {
            "pelvis": (11.5, 10.0),
            "torso": (10.5, 12.0),
            "neck": (5.0, 5.0),
            "head": (11.5, 11.5),
            "upper_arm": (5.0, 4.2),
            "forearm": (4.2, 3.2),
            "hand": (3.8, 3.0),
            "thigh": (8.5, 6.0),
            "shin": (6.0, 4.0),
            "foot": (4.0, 3.0),
        }
    )
    front_radius: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: {"pelvis": (16.0, 14.0), "torso": (14.0, 17.0)}
    )

    def length(self, segment: str) -> float:
        """Bone length of a segment (joint to joint; the head is its centre offset)."""
        kind = limb_kind(segment)
        if kind == "head":
            return self.head_offset
        return float(getattr(self, kind))

    def radius(self, segment: str, lateral: float) -> tuple[float, float]:
        """Radius at both ends, from a profile (``lateral`` 0) to a front view (1)."""
        kind = limb_kind(segment)
        profile = self.profile_radius[kind]
        front = self.front_radius.get(kind, profile)
        return (
            profile[0] + (front[0] - profile[0]) * lateral,
            profile[1] + (front[1] - profile[1]) * lateral,
        )


BODY = Proportions()
