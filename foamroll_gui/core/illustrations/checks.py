"""Are the step pictures physically sensible? Every keyframe of every step, checked."""

from __future__ import annotations

from foamroll_gui.core.figure.contact import contact_problems
from foamroll_gui.core.figure.joint_limits import joint_problems
from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.illustrations.step_poses import Illustrations


def physical_problems(illustrations: Illustrations) -> list[str]:
    """Every keyframe that is not physically sensible, as ``muscle/step[i]: problem``: joints
    past their human range, supports that do not touch what they rest on, parts below the floor
    or pushed into the roller, and a target muscle that is not on the roller."""
    problems: list[str] = []
    for muscle, technique in illustrations.items():
        for step_id, step in technique.steps.items():
            rests = step.rests_map()
            for index, pose in enumerate(step.keyframes):
                where = f"{muscle}/{step_id}[{index}]"
                body = solve(pose, technique.lateral)
                for problem in joint_problems(pose, technique.camera):
                    problems.append(f"{where}: {problem}")
                for problem in contact_problems(body, step.roller, rests):
                    problems.append(f"{where}: {problem}")
                roller_parts = rests.get("roller", ())
                if roller_parts and step.target.segment not in roller_parts:
                    problems.append(
                        f"{where}: the target {step.target.segment} is not on the roller"
                    )
    return problems
