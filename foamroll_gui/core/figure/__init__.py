"""The figure: one runner's skeleton, posed and solved into shapes, with no Qt and no content.

``skeleton`` (bones, parts, joints, proportions), ``geometry`` (points and angles), ``pose``
(a pose and how poses move), ``kinematics`` (a pose solved into capsules), ``joint_limits``,
``scene`` (roller, arrow, target, camera, frame), ``top_view`` (a lying body drawn from above),
``facing`` (where the head looks) and ``contact`` (what rests on what).
"""
