"""The oblique roller's knobs are painted unclipped where they lie well inside its outline
(clipping to a path costs a mask per roller piece, every frame): inside_capsule must say so
only where clipping would not change one pixel."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from foamroll_gui.ui.figure_base import _capsule_path, _Mapper, inside_capsule

SIZE = 48
Roller = tuple[tuple[float, float], tuple[float, float], float]  # far end, near end, radius


def _disc(
    clipped: bool, mapper: _Mapper, roller: Roller, disc: tuple[float, float, float]
) -> QImage:
    """The roller's outline and one knob on it (pixels), the knob clipped to it or not."""
    a, b, r = roller
    x, y, k = disc
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f0f0f0"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(QRectF(0, 0, SIZE, SIZE))
    outline = _capsule_path(mapper, a, b, r, r, steps=24)
    painter.setPen(QColor("#306090"))
    painter.setBrush(QColor("#60a0d0"))
    painter.drawPath(outline)
    if clipped:
        painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#204060"))
    painter.drawEllipse(QRectF(x - k, y - k, 2 * k, 2 * k))
    painter.end()
    return image


@settings(max_examples=60, deadline=None)
@given(
    scale=st.floats(0.5, 3.0),
    far=st.tuples(st.floats(-8.0, 8.0), st.floats(-8.0, 8.0)),
    radius=st.floats(2.0, 7.0),
    along=st.floats(-0.4, 1.4),
    across=st.floats(-1.0, 1.0),
    knob=st.floats(0.3, 4.0),
)
def test_a_knob_said_to_be_inside_paints_the_same_unclipped(
    scale: float,
    far: tuple[float, float],
    radius: float,
    along: float,
    across: float,
    knob: float,
) -> None:
    half = SIZE / 2 / scale
    mapper = _Mapper(QRectF(0, 0, SIZE, SIZE), (-half, -half, half, half), floor=False)
    mapper.scale, mapper.ox, mapper.oy = scale, SIZE / 2, SIZE / 2
    near = (0.0, 0.0)
    # a point along the roller's axis (past its ends too) and across it, in pixels
    cx = near[0] + (far[0] - near[0]) * along
    cy = near[1] + (far[1] - near[1]) * along
    px = mapper.point(cx, cy)
    x, y = px.x() + across * radius * scale, px.y() + across * radius * scale * 0.5
    roller: Roller = (far, near, radius)
    if inside_capsule(mapper, far, near, radius, 24, x, y, knob):
        assert _disc(True, mapper, roller, (x, y, knob)) == _disc(
            False, mapper, roller, (x, y, knob)
        )


def test_a_knob_reaching_the_edge_is_not_inside() -> None:
    mapper = _Mapper(QRectF(0, 0, SIZE, SIZE), (-12.0, -12.0, 12.0, 12.0), floor=False)
    mapper.scale, mapper.ox, mapper.oy = 2.0, SIZE / 2, SIZE / 2
    far, near, r = (6.0, 6.0), (0.0, 0.0), 5.0  # 10 px round
    on_axis = mapper.point(3.0, 3.0)
    assert inside_capsule(mapper, far, near, r, 24, on_axis.x(), on_axis.y(), 7.0)
    assert not inside_capsule(mapper, far, near, r, 24, on_axis.x(), on_axis.y(), 9.0)
    # past the near end, the round end counts: well inside it, then out over its rim
    end = mapper.point(-2.0, -2.0)
    assert inside_capsule(mapper, far, near, r, 24, end.x(), end.y(), 1.0)
    assert not inside_capsule(mapper, far, near, r, 24, end.x(), end.y(), 4.5)
    # there the knob (5.7 + 4.5 px from the end's centre) crosses the 10 px rim: clipping it
    # changes pixels, so the clip is needed
    roller: Roller = (far, near, r)
    assert _disc(True, mapper, roller, (end.x(), end.y(), 4.5)) != _disc(
        False, mapper, roller, (end.x(), end.y(), 4.5)
    )
