"""The step picture widget: paints the target in the accent colour, animates only when shown."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QEnterEvent, QFocusEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.loader import load_content
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.core.resources import content_dir
from foamroll_gui.ui import illustration
from foamroll_gui.ui.illustration import (
    PLAY_SECONDS,
    IllustrationWidget,
    PlayGroup,
    play_seconds,
    step_bounds,
)
from foamroll_gui.ui.illustration_export import export_illustrations

ACCENT = QColor("#d0109a")  # a colour nothing else in the picture uses


@pytest.fixture(scope="module")
def poses(illustrations: Mapping[str, TechniquePoses]) -> Mapping[str, TechniquePoses]:
    return illustrations


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make_widget(qtbot: QtBot, clock: FakeClock | None = None) -> IllustrationWidget:
    widget = IllustrationWidget(clock=clock or FakeClock())
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    widget.setPalette(palette)
    widget.resize(360, 220)
    qtbot.addWidget(widget)
    return widget


def accent_pixels(image: QImage) -> list[tuple[int, int]]:
    found = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - ACCENT.red())
                + abs(c.green() - ACCENT.green())
                + abs(c.blue() - ACCENT.blue())
                < 30
            ):
                found.append((x, y))
    return found


def test_the_target_muscle_is_painted_in_the_accent_colour(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses]
) -> None:
    widget = make_widget(qtbot)
    widget.set_step(poses["calves"], "hold", "right")
    image = widget.grab().toImage()
    pixels = accent_pixels(image)
    assert len(pixels) > 50
    # where the calf is: map its middle into the widget through the painted scale
    frame = widget.frame()
    assert frame is not None
    shin = frame.body.capsule("near_shin")
    left, _, right, _ = frame.bounds()
    mid = shin.point_at(0.5)
    rel_x = (mid.x - left) / (right - left)
    xs = [x for x, _ in pixels]
    assert min(xs) / image.width() < rel_x + 0.1 and max(xs) / image.width() > rel_x - 0.1
    # the mirrored side puts the accent on the other half of the picture
    widget.set_step(poses["calves"], "hold", "left")
    mirrored = accent_pixels(widget.grab().toImage())
    mean = sum(x for x, _ in pixels) / len(pixels)
    mean_mirrored = sum(x for x, _ in mirrored) / len(mirrored)
    assert (mean - image.width() / 2) * (mean_mirrored - image.width() / 2) < 0


def show(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)


def active_timers(root: QWidget) -> list[QTimer]:
    return [t for t in root.findChildren(QTimer) if t.isActive()]


def test_a_moving_step_plays_a_few_passes_when_shown_then_rests(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses]
) -> None:
    clock = FakeClock()
    widget = make_widget(qtbot, clock)
    widget.set_step(poses["quadriceps"], "roll")
    assert widget.moving and not widget.animating  # not shown yet: no timer
    rest_frame = widget.frame()
    show(qtbot, widget)
    assert widget.playing and widget.animating
    assert widget.frame() == rest_frame  # playing starts from the still frame: nothing jumps
    pass_seconds = poses["quadriceps"].step("roll").pass_seconds
    clock.now += pass_seconds / 2
    assert widget.frame() != rest_frame  # it moves with the clock
    clock.now += play_seconds(pass_seconds)  # the play is over by the next tick
    timer = active_timers(widget)[0]
    with qtbot.waitSignal(timer.timeout):
        pass
    assert not widget.playing and not widget.animating
    assert active_timers(widget) == []
    assert widget.frame() == rest_frame  # and it rests on the same still frame
    assert play_seconds(pass_seconds) <= PLAY_SECONDS < 15


def test_a_still_step_never_runs_a_timer(qtbot: QtBot, poses: Mapping[str, TechniquePoses]) -> None:
    widget = make_widget(qtbot)
    widget.set_step(poses["quadriceps"], "hold")
    show(qtbot, widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert not widget.moving and not widget.playing and active_timers(widget) == []


def _deactivate(window: QWidget) -> None:
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))


def _minimise(window: QWidget) -> None:
    window.showMinimized()


def _hide(window: QWidget) -> None:
    window.hide()


@pytest.mark.parametrize("leave", [_deactivate, _minimise, _hide], ids=lambda f: f.__name__)
def test_playing_stops_when_the_window_is_left(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses], leave: Callable[[QWidget], None]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 260)
    picture = IllustrationWidget.for_step(poses["calves"], "roll", parent=window)
    picture.setGeometry(10, 10, 360, 220)
    show(qtbot, window)
    assert picture.animating
    leave(window)
    assert not picture.playing and active_timers(window) == []


def test_hover_focus_and_click_play_it_again(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses]
) -> None:
    widget = make_widget(qtbot)
    widget.set_step(poses["calves"], "roll", "right")
    show(qtbot, widget)
    widget.rest()
    assert not widget.animating
    QApplication.sendEvent(widget, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert widget.animating
    widget.rest()
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusIn))
    assert widget.animating
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # a click while playing pauses
    assert not widget.playing and not widget.animating
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # and another plays
    assert widget.animating
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # Space does what a click does
    assert not widget.playing


def test_one_picture_of_a_group_plays_at_a_time(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 480)
    group = PlayGroup(window)
    first = IllustrationWidget.for_step(poses["calves"], "roll", parent=window, group=group)
    second = IllustrationWidget.for_step(poses["calves"], "point-flex", parent=window, group=group)
    first.setGeometry(0, 0, 360, 220)
    second.setGeometry(0, 240, 360, 220)
    show(qtbot, window)
    assert second.moving
    assert first.animating and not second.playing  # only the first plays when a muscle opens
    QApplication.sendEvent(second, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert second.animating and not first.playing
    assert len(active_timers(window)) == 1


def test_a_resting_picture_is_painted_once_then_copied(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses], monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = make_widget(qtbot)
    widget.set_step(poses["calves"], "hold", "right")
    show(qtbot, widget)
    painted: list[object] = []
    original = illustration.paint_illustration
    monkeypatch.setattr(
        illustration,
        "paint_illustration",
        lambda *args, **kwargs: painted.append(args) or original(*args, **kwargs),
    )
    first = widget.grab().toImage()
    second = widget.grab().toImage()
    assert first == second and len(painted) <= 1
    widget.resize(300, 180)  # a new size draws anew, once
    widget.grab()
    widget.grab()
    assert len(painted) <= 2


def test_a_rolling_step_moves_with_time(qtbot: QtBot, poses: Mapping[str, TechniquePoses]) -> None:
    clock = FakeClock()
    widget = make_widget(qtbot, clock)
    widget.set_step(poses["calves"], "roll", "right")
    show(qtbot, widget)
    pass_seconds = poses["calves"].step("roll").pass_seconds
    clock.now += pass_seconds / 2  # from the middle of the pass to its start
    start = widget.frame()
    first = widget.grab().toImage()
    clock.now += pass_seconds  # one full pass later
    end = widget.frame()
    assert start is not None and end is not None
    assert start.roller == end.roller  # the roller stays; the body slides over it
    hip0, hip1 = start.body.joint("hip"), end.body.joint("hip")
    assert abs(hip1.x - hip0.x) > 15
    assert widget.grab().toImage() != first
    clock.now += pass_seconds  # and back again
    back = widget.frame()
    assert back is not None and back.body == start.body


def test_nothing_is_painted_without_a_step(qtbot: QtBot) -> None:
    widget = make_widget(qtbot)
    assert widget.frame() is None
    assert accent_pixels(widget.grab().toImage()) == []


def test_export_writes_every_step_and_a_contact_sheet(
    tmp_path: Path, content: Content, poses: Mapping[str, TechniquePoses]
) -> None:
    small = load_content(content_dir())
    one = {"shins": poses["shins"]}
    written = export_illustrations(small, one, tmp_path / "png", contact_sheet=True)
    names = sorted(p.name for p in written)
    steps = [s.id for s in content.technique("shins").steps]
    assert names == sorted([f"shins-{s}.png" for s in steps] + ["contact-sheet.png"])
    assert all(QImage(str(p)).width() > 100 for p in written)
    svgs = export_illustrations(small, one, tmp_path / "svg", fmt="svg")
    assert all(p.read_text(encoding="utf-8").lstrip().startswith("<?xml") for p in svgs)
    with pytest.raises(ValueError):
        export_illustrations(small, one, tmp_path, fmt="gif")


def test_ticks_redraw_only_a_picture_that_can_be_seen(
    qtbot: QtBot, poses: Mapping[str, TechniquePoses], monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = QWidget()
    qtbot.addWidget(frame)
    frame.resize(300, 200)
    seen = IllustrationWidget.for_step(poses["calves"], "roll", parent=frame)
    seen.setGeometry(0, 0, 300, 180)
    hidden = IllustrationWidget.for_step(poses["calves"], "roll", parent=frame)
    hidden.setGeometry(0, 1000, 300, 180)  # below the bottom edge, as when scrolled away
    frame.show()
    qtbot.waitExposed(frame)
    assert seen.animating and hidden.animating
    redraws: dict[str, int] = {"seen": 0, "hidden": 0}
    monkeypatch.setattr(seen, "update", lambda: redraws.__setitem__("seen", redraws["seen"] + 1))
    monkeypatch.setattr(
        hidden, "update", lambda: redraws.__setitem__("hidden", redraws["hidden"] + 1)
    )
    seen.on_timer_timeout()
    hidden.on_timer_timeout()
    assert redraws == {"seen": 1, "hidden": 0}


def test_shared_scale_keeps_the_figure_still_between_steps(
    content: Content, poses: Mapping[str, TechniquePoses]
) -> None:
    lats = poses["lats"]
    assert lats.shared_scale
    steps = [s.id for s in content.technique("lats").steps if s.kind != "switch"]
    assert len({step_bounds(lats, step, None) for step in steps}) == 1
    calves = poses["calves"]
    assert not calves.shared_scale
    calf_steps = [s.id for s in content.technique("calves").steps]
    assert len({step_bounds(calves, step, None) for step in calf_steps}) > 1
