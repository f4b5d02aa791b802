"""What is not on the first frame is built right after it (or at once when asked for).

``foamroll`` paints its first frame before it builds the screens that frame does not show (the
Routine and timer screens, and the modules behind them) and before it builds the step cards of
a restored muscle (``app.build_techniques_screen`` hands the step viewer a ``later``).
:class:`FirstFrame` tells when the window's first frame is on screen and the event loop is free
again. The screens' View-menu entries and Ctrl+number shortcuts exist
from the start: each holds a :class:`ScreenSlot`, an empty placeholder at the screen's place on
the main window's stack. :class:`DeferredScreens` builds them all once, when the first of these
happens: the first frame has passed, a placeholder is asked for (its menu entry or shortcut), or
:meth:`DeferredScreens.build` is called (``--start-routine``, "Start timed session"). Whatever
the build makes is put in place of the placeholders, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from foamroll_gui.ui.first_paint import FirstPaintWatcher

if TYPE_CHECKING:
    from foamroll_gui.ui.main_window import MainWindow

T = TypeVar("T")


class FirstFrame(QObject):
    """Says once (``passed``) that the watched window's first frame is on screen and what came
    with it (a second paint, the start-up probe's report) has been handled."""

    passed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False

    def watch(self, window: QWidget) -> None:
        watcher = FirstPaintWatcher(window)
        watcher.painted.connect(lambda: QTimer.singleShot(0, self._after_paint))

    def _after_paint(self) -> None:  # the paint is finished; one more turn of the event loop
        QTimer.singleShot(0, self.on_passed)

    def on_passed(self) -> None:
        if not self.done:
            self.done = True
            self.passed.emit()


class ScreenSlot(QObject):
    """A screen's place on the main window's stack, with its View-menu entry and Ctrl+number,
    held by an empty widget until :meth:`put` puts the real screen there."""

    def __init__(self, window: MainWindow, title: str, build: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self._build = build
        self.placeholder = QWidget()
        self.placeholder.setObjectName("lazy-screen-placeholder")
        self.screen: QWidget | None = None
        self.action: QAction = window.add_screen(self.placeholder, title)
        # The entry showed the placeholder; from now on it builds first and shows what is there.
        self.action.triggered.disconnect()
        self.action.triggered.connect(self.on_action_triggered)

    def current(self) -> QWidget:
        """The real screen once built, else the placeholder."""
        return self.screen if self.screen is not None else self.placeholder

    def on_action_triggered(self) -> None:
        self._build()
        self.window.show_screen(self.current())

    def put(self, screen: QWidget, title: str) -> None:
        """Put ``screen`` where the placeholder was: the same place in the stack, the same
        menu entry and shortcut (renamed to ``title``); shown if the placeholder was."""
        if self.screen is not None:
            raise RuntimeError(f"{title!r}: this screen's place is taken already")
        stack = self.window.screens
        index = stack.indexOf(self.placeholder)
        was_current = stack.currentWidget() is self.placeholder
        stack.insertWidget(index, screen)
        if was_current:
            stack.setCurrentWidget(screen)
        stack.removeWidget(self.placeholder)
        self.placeholder.setParent(None)  # gone from the window
        self.placeholder.deleteLater()
        self.screen = screen
        self.action.setText(title)


class DeferredScreens(QObject, Generic[T]):
    """Builds, once, the screens of its slots (and whatever goes with them: ``build`` returns
    it, e.g. the routine runner), at the latest when ``first_frame`` has passed. Owned by the
    main window; found with ``findChild``."""

    def __init__(
        self,
        window: MainWindow,
        titles: list[str],
        build: Callable[[DeferredScreens[T]], T],
        first_frame: FirstFrame | None = None,
    ) -> None:
        super().__init__(window)
        self._make = build
        self._result: T | None = None
        self._done = False
        self._building = False
        self.slots = [ScreenSlot(window, title, self.build) for title in titles]
        self._free = list(self.slots)
        if first_frame is not None:
            first_frame.passed.connect(self.on_first_frame_passed)

    def on_first_frame_passed(self) -> None:
        # on a later turn of the event loop, so what the first frame's followers changed (a
        # restored muscle's step pictures) is painted before this build holds the loop
        QTimer.singleShot(0, self.build)

    @property
    def built(self) -> bool:
        return self._done

    def build(self) -> T:
        """What the build made, built now if it was not yet."""
        if not self._done:
            if self._building:
                raise RuntimeError("the deferred screens were asked for while being built")
            self._building = True
            try:
                self._result = self._make(self)
            finally:
                self._building = False
            self._done = True
            if self._free:
                raise RuntimeError(f"{len(self._free)} deferred screen(s) were never built")
        return self._result  # type: ignore[return-value]  # set by the build above

    def place(self, screen: QWidget, title: str) -> QAction:
        """For the build: put the next screen in the next slot (in the order of ``titles``);
        its View-menu entry is called ``title``. Same use as ``MainWindow.add_screen``."""
        if not self._free:
            raise RuntimeError(f"no place left for the screen {title!r}")
        slot = self._free.pop(0)
        slot.put(screen, title)
        return slot.action
