from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content
from foamroll_gui.ui.muscle_list import MuscleList


def test_search_filters_by_name_and_other_names(qtbot: QtBot, content: Content) -> None:
    widget = MuscleList(content.muscles)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.search, "thigh")
    visible = widget.visible_ids()
    assert "adductors" in visible
    assert "calves" not in visible
    widget.search.clear()
    assert len(widget.visible_ids()) == len(content.muscles)


def test_typing_and_enter_selects_first_match(qtbot: QtBot, content: Content) -> None:
    widget = MuscleList(content.muscles)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.search, "quad")
    with qtbot.waitSignal(widget.muscle_selected) as blocker:
        qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert blocker.args == ["quadriceps"]


def test_arrow_keys_in_the_list_select(qtbot: QtBot, content: Content) -> None:
    widget = MuscleList(content.muscles)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.search, "ca")
    with qtbot.waitSignal(widget.muscle_selected) as blocker:
        qtbot.keyClick(widget.search, Qt.Key.Key_Down)
    assert blocker.args == [widget.visible_ids()[0]]


def test_set_current_does_not_echo(qtbot: QtBot, content: Content) -> None:
    widget = MuscleList(content.muscles)
    qtbot.addWidget(widget)
    with qtbot.assertNotEmitted(widget.muscle_selected):
        widget.set_current("glutes")
    assert widget.list.currentItem().text() == content.muscle("glutes").name


def test_the_best_match_is_listed_first_and_enter_opens_it(qtbot: QtBot, content: Content) -> None:
    widget = MuscleList(content.muscles)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.search, "calf")
    assert widget.visible_ids()[:2] == ["calves", "peroneals"]
    with qtbot.waitSignal(widget.muscle_selected) as blocker:
        qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert blocker.args == ["calves"]


def test_no_match_says_so_and_escape_clears(qtbot: QtBot, content: Content) -> None:
    widget = MuscleList(content.muscles)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.search, "elbow")
    assert widget.visible_ids() == []
    assert widget.no_match.isVisible() and "elbow" in widget.no_match.text()
    qtbot.keyClick(widget.search, Qt.Key.Key_Escape)
    assert widget.search.text() == ""
    assert not widget.no_match.isVisible()
    assert widget.visible_ids() == [m.id for m in content.muscles]  # the list order is back
