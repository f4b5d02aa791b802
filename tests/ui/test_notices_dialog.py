"""Issue 9: notices about the user's broken files: a scrollable list with absolute paths and
what to do, that fits on the screen however many files are broken; also on stderr."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from foamroll_gui.app import load_application
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.notices_dialog import NoticesDialog, print_notices


def test_many_notices_scroll_and_the_ok_button_stays_on_screen(qtbot: QtBot) -> None:
    notices = [
        f"/home/runner/routines/r{i}.yaml:3: name must be a non-empty text" for i in range(200)
    ]
    dialog = NoticesDialog(notices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.height() <= available.height()
    assert dialog.list.count() == 200
    assert dialog.list.verticalScrollBar().maximum() > 0  # the list scrolls, the dialog does not
    ok = dialog.buttons.buttons()[0]
    assert ok.isVisible()
    assert dialog.rect().contains(ok.geometry().translated(dialog.buttons.pos()))
    assert "What to do" in dialog.advice.text()
    ok.click()
    assert dialog.result() == NoticesDialog.DialogCode.Accepted


def test_the_notices_of_a_start_name_absolute_paths_and_reach_the_dialog(
    main_window: MainWindow,
    library: Library,
    private_folders: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _ = private_folders
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "mine.yaml").write_text("id: x\nname: 2024-02-30\n", encoding="utf-8")
    monkeypatch.chdir(data)  # a relative path would now read "routines/mine.yaml"
    application = load_application(resolve_paths(), library=library)
    (notice,) = application.notices
    assert notice.startswith(f"{data / 'routines' / 'mine.yaml'}:2: ")
    assert "put it in quotes" in notice

    shown: list[list[str]] = []
    monkeypatch.setattr(NoticesDialog, "show_notices", lambda parent, n: shown.append(list(n)))
    main_window.show_notices(list(application.notices))
    assert shown == [[notice]]

    stream = io.StringIO()
    print_notices(application.notices, stream)
    assert stream.getvalue() == f"foamroll: {notice}\n"
