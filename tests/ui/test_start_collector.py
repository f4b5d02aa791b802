"""``foamroll`` holds the cyclic garbage collector off while it builds its first frame (its 57
passes over the start's objects found nothing to free and cost 7 ms) and turns it back on once
that frame has passed, with the start's objects moved out of its reach (``gc.freeze``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from foamroll_gui.__main__ import main
from foamroll_gui.app import Application, build_main_window, load_application
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.core.startup import hold_collector, release_collector
from foamroll_gui.ui.lazy_screen import FirstFrame

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context")


@pytest.fixture(autouse=True)
def collector_as_before() -> Iterator[None]:
    """Whatever a test does, the rest of the suite gets the collector as it was."""
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture
def application(library: Library) -> Application:
    return load_application(resolve_paths(), library=library)


def test_the_collector_is_back_on_once_the_first_frame_has_passed(
    qtbot: QtBot, application: Application
) -> None:
    hold_collector()
    window = build_main_window(application, defer=True)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    first_frame = window.findChild(FirstFrame)
    assert first_frame is not None
    assert not gc.isenabled()  # building the window does not release it
    with qtbot.waitSignal(first_frame.passed, timeout=10_000):
        window.show()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 10_000  # the window and its content, out of its reach


def test_releasing_twice_freezes_once() -> None:
    hold_collector()
    release_collector()
    frozen = gc.get_freeze_count()
    kept = [[number] for number in range(200)]  # 201 tracked objects made after the release...
    release_collector()
    assert gc.isenabled()
    # ...stay in the collector's reach. (Not "== frozen": a frozen object may be freed in the
    # meantime, by its count of references, which lowers the count a little.)
    assert gc.get_freeze_count() < frozen + len(kept)


def test_foamroll_turns_the_collector_back_on_however_it_ends() -> None:
    with pytest.raises(SystemExit):
        main(["--version"])  # a window's options: held, then argparse exits
    assert gc.isenabled()


def test_a_terminal_command_leaves_the_collector_alone(capsys: pytest.CaptureFixture[str]) -> None:
    gc.disable()  # as a caller may have it; a command neither holds nor releases it
    frozen = gc.get_freeze_count()  # (an earlier test in this process may have frozen some)
    assert main(["show", "calves"]) == 0
    assert not gc.isenabled()
    assert gc.get_freeze_count() == frozen
