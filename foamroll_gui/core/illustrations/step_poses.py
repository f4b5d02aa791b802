"""Step pictures as data: every step of a technique posed on the figure.

A :class:`TechniquePoses` holds the pictures of one technique (read from
``content/poses/<muscle>.yaml`` by :mod:`~foamroll_gui.core.illustrations.pose_file`): one
:class:`StepPose` per step, with one keyframe (a still) or two or more (moving back and forth),
and the camera they are seen from. One-sided techniques are drawn for one side and mirrored for
the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from foamroll_gui.core.content.model import Side
from foamroll_gui.core.figure.pose import Pose, interpolate
from foamroll_gui.core.figure.scene import Camera, Frame, Roller, Target, mirror_frame
from foamroll_gui.core.illustrations.arrows import ArrowSpec, implied_arrow, movement_arrow

DEFAULT_PASS_SECONDS = 3.0

#: What marks a step's picture shows (``mark`` in the pose file): ``auto``, its movement arrow
#: and, on a hold, the press onto the target; ``none``, no mark at all (a hold whose press
#: cannot be drawn so that it reads as pressing: still, it reads as "hold still on this spot").
Mark = Literal["auto", "none"]
MARKS: tuple[Mark, ...] = ("auto", "none")


@dataclass(frozen=True)
class StepPose:
    """The picture of one step: one keyframe (still) or two (animated back and forth)."""

    step_id: str
    keyframes: tuple[Pose, ...]
    roller: Roller
    target: Target
    rests: tuple[tuple[str, tuple[str, ...]], ...] = ()
    arrow: ArrowSpec | None = None
    other_side: bool = False
    pass_seconds: float = DEFAULT_PASS_SECONDS
    #: parts the step's text says are lifted clear of the floor (``off_floor`` in the file)
    off_floor: tuple[str, ...] = ()
    #: the marks its picture shows (see :data:`Mark`)
    mark: Mark = "auto"
    #: drawn obliquely (``camera: oblique`` in the file): depth shows, see
    #: :mod:`~foamroll_gui.core.figure.oblique`; posed, solved and checked as a profile
    oblique: bool = False
    #: drawn obliquely with the far leg crossed over the near one (``cross: far_leg`` in the
    #: file): its knee, lower leg and foot at the near leg's depth, on top of it
    cross: bool = False

    @property
    def animated(self) -> bool:
        return len(self.keyframes) > 1

    def rests_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.rests)

    def pose_at(self, phase: float) -> Pose:
        """The pose a fraction ``phase`` (0..1) of the way through the keyframes."""
        if len(self.keyframes) == 1:
            return self.keyframes[0]
        span = len(self.keyframes) - 1
        position = max(0.0, min(1.0, phase)) * span
        index = min(int(position), span - 1)
        return interpolate(self.keyframes[index], self.keyframes[index + 1], position - index)


@dataclass(frozen=True)
class TechniquePoses:
    """Every step picture of one technique."""

    muscle: str
    camera: Camera
    lateral: float
    side: Side | None
    steps: Mapping[str, StepPose]
    source: Path | None = field(default=None, compare=False)
    #: every step drawn at one scale and position (``scale: shared`` in the file)
    shared_scale: bool = False

    def step(self, step_id: str) -> StepPose:
        try:
            return self.steps[step_id]
        except KeyError:
            raise KeyError(f"{self.muscle} has no pose for step {step_id!r}") from None

    def mirrored(self, step_id: str, side: str | None = None) -> bool:
        """Whether the step is drawn flipped when working ``side`` (None: the drawn side)."""
        flip = self.side is not None and side is not None and side != self.side
        return flip != self.step(step_id).other_side

    def frame(self, step_id: str, side: str | None = None, phase: float = 0.0) -> StepFrame:
        """The picture of a step for the worked ``side`` at ``phase`` (0..1) of its movement."""
        return step_frame(
            self.step(step_id), self.camera, self.lateral, phase, self.mirrored(step_id, side)
        )


@dataclass(frozen=True)
class StepFrame(Frame):
    """A step's picture: the frame, whether its step lets it show a hold's press (a step
    whose pose file says ``mark: none`` shows no mark; the painter honours it) and whether it
    is drawn obliquely (``camera: oblique``)."""

    press: bool = True
    #: drawn obliquely, receding up and to the right (1) or the left (-1); 0: flat
    oblique: int = 0
    #: drawn obliquely with the far leg crossed over the near one
    cross: bool = False
    #: drawn obliquely with the far partner of the target (the other thigh, the other shin)
    #: on the roller too: both are the muscle worked, the far one is highlighted as well
    both: bool = False


def step_frame(
    step: StepPose, camera: Camera, lateral: float, phase: float, mirror: bool
) -> StepFrame:
    """Solve a step's pose at ``phase`` into a picture, flipped for the other side if asked."""
    from foamroll_gui.core.figure.kinematics import solve  # not needed to load the pictures

    body = solve(step.pose_at(phase), lateral)
    spec = step.arrow or implied_arrow(step.keyframes, step.target.segment)
    arrow = None
    if spec is not None and step.mark != "none":
        arrow = movement_arrow(spec, step.keyframes, step.roller, body, lateral)
    frame = Frame(body=body, roller=step.roller, target=step.target, camera=camera, arrow=arrow)
    if mirror:
        frame = mirror_frame(frame)
    return StepFrame(
        body=frame.body,
        roller=frame.roller,
        target=frame.target,
        camera=frame.camera,
        arrow=frame.arrow,
        mirrored=frame.mirrored,
        press=step.mark != "none",
        oblique=_receding(step, lateral, mirror) if step.oblique else 0,
        cross=step.cross and step.oblique,
        both=step.oblique and not step.cross and _both_on_roller(step),
    )


def _both_on_roller(step: StepPose) -> bool:
    """Whether the step's rests put the target's far partner on the roller too ("the roller
    under the front of both thighs")."""
    from foamroll_gui.core.figure.skeleton import far_partner

    far = far_partner(step.target.segment)
    return far is not None and far in step.rests_map().get("roller", ())


def _receding(step: StepPose, lateral: float, mirror: bool) -> int:
    """The way a step's oblique picture recedes (see
    :func:`~foamroll_gui.core.figure.oblique.receding_side`), from its first keyframe."""
    from foamroll_gui.core.figure.kinematics import solve_keyframe
    from foamroll_gui.core.figure.oblique import receding_side

    side = receding_side(solve_keyframe(step.keyframes[0], lateral), step.target.segment)
    return -side if mirror else side


#: The step pictures of every technique, by muscle id.
Illustrations = Mapping[str, TechniquePoses]
