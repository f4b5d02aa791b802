from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content, Side, Step
from foamroll_gui.ui.palettes import dark_palette
from foamroll_gui.ui.step_cards import NBSP
from foamroll_gui.ui.step_viewer import (
    PICTURE_ASPECT,
    PICTURE_MAX_WIDTH,
    PICTURE_MIN_WIDTH,
    StepViewer,
)


def labelled_picture(muscle: str, step: Step, side: Side) -> QWidget:
    return QLabel(f"picture {muscle}/{step.id}/{side}")


def texts(viewer: StepViewer) -> str:
    page = viewer.widget()
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_selecting_a_muscle_fills_the_steps(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("calves", "right")
    technique = content.technique("calves")
    shown = texts(viewer)
    assert content.muscle("calves").name in shown
    assert len(viewer.step_cards) == len(technique.steps)
    for number, step in enumerate(technique.steps, start=1):
        assert f"{number}. {step.title}" in shown
        assert f"picture calves/{step.id}/right" in shown
    for line in technique.more_pressure + technique.less_pressure + technique.cautions:
        assert line in shown


def test_changing_muscle_replaces_the_steps(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("calves")
    viewer.show_muscle("upper-back")
    shown = texts(viewer)
    assert content.technique("upper-back").steps[0].title in shown
    assert content.technique("calves").steps[0].title not in shown


def test_start_button_requests_a_session(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("glutes")
    with qtbot.waitSignal(viewer.start_requested) as blocker:
        viewer.start_button.click()
    assert blocker.args == ["glutes"]


def test_cautions_are_set_apart(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("piriformis")
    box = viewer.caution_box
    assert box.objectName() == "cautionBox"
    box_text = "\n".join(label.text() for label in box.findChildren(QLabel))
    for caution in content.technique("piriformis").cautions:
        assert caution in box_text


def test_pictures_grow_with_the_viewer(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("hamstrings")
    viewer.resize(560, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    narrow = viewer.step_pictures[0].width()
    viewer.resize(1200, 600)
    qtbot.waitUntil(lambda: viewer.step_pictures[0].width() > narrow)
    wide = viewer.step_pictures[0]
    assert PICTURE_MIN_WIDTH <= narrow < wide.width() <= PICTURE_MAX_WIDTH
    assert wide.height() == round(wide.width() * PICTURE_ASPECT)


def test_colours_follow_a_palette_change(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("calves")
    dark = dark_palette()
    assert dark.color(QPalette.ColorRole.Base).name() not in viewer.styleSheet()
    viewer.setPalette(dark)
    assert f"background: {dark.color(QPalette.ColorRole.Base).name()}" in viewer.styleSheet()


def test_a_muscle_opens_on_the_side_its_steps_work_first(qtbot: QtBot, content: Content) -> None:
    # Every one-sided technique works the right side first (the switch step moves to the left),
    # so the viewer and its locator map start on the right unless told otherwise.
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("calves")
    assert viewer.side == "right"
    assert "picture calves/roll/right" in texts(viewer)


def test_seconds_say_per_side_and_the_total_time_shows(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, labelled_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("calves")  # one side at a time
    roll = next(s for s in content.technique("calves").steps if s.kind == "roll")
    shown = texts(viewer).replace(NBSP, " ")  # (a number keeps its unit: see test_words)
    assert f"{roll.title}  ·  {roll.seconds} s per side" in shown
    total = 2 * sum(s.seconds or 0 for s in content.technique("calves").steps)
    assert f"About {round(total / 60)} min in all: the timed steps on each side." in shown
    viewer.show_muscle("quadriceps")  # both legs together: no "per side"
    assert "per side" not in texts(viewer).replace(NBSP, " ")


def test_a_picture_that_frames_itself_gets_the_height_it_asks_for(
    qtbot: QtBot, content: Content
) -> None:
    """A lying body is framed wide and low: the card does not keep empty floor above it."""

    class Framed(QLabel):
        def hasHeightForWidth(self) -> bool:
            return True

        def heightForWidth(self, width: int) -> int:
            return width // 3

    viewer = StepViewer(content, lambda _muscle, _step, _side: Framed())
    qtbot.addWidget(viewer)
    viewer.show_muscle("it-band")
    viewer.resize(900, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    picture = viewer.step_pictures[0]
    assert picture.height() == picture.width() // 3


def test_a_narrow_viewer_keeps_the_page_within_its_width(qtbot: QtBot, content: Content) -> None:
    """On a small screen, or with the map pane dragged wide, nothing may be cut off on the
    right: the locator map goes (the body map shows the same) and the two buttons fit."""

    def locator(_muscle: str, _side: Side) -> QWidget:
        return QLabel("where")

    viewer = StepViewer(content, labelled_picture, locator)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    viewer.show_muscle("calves")
    qtbot.waitExposed(viewer)
    page = viewer.widget()
    where = page.findChild(QWidget, "locator")
    start, log = viewer.start_button, viewer.log_button
    assert log is not None
    assert where.isVisible()
    assert start.y() == log.y()  # side by side

    viewer.resize(360, 900)
    qtbot.waitUntil(lambda: not where.isVisible())
    qtbot.waitUntil(lambda: page.width() <= viewer.viewport().width())
    for button in (start, log):  # stacked, or Start with its short name
        assert button.mapTo(viewer.viewport(), button.rect().topRight()).x() < 360
    assert page.minimumSizeHint().width() <= viewer.viewport().width()
