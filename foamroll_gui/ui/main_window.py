"""The main window: menus and a stack of screens, and the wiring between them.

Behaviour lives in the screens, the widgets and the core; this file only places and connects
them, and remembers where the window was left (through the typed window state).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from foamroll_gui.core.settings import Settings
from foamroll_gui.core.window_state import WindowState
from foamroll_gui.ui.qt_keys import text_action
from foamroll_gui.ui.techniques_screen import TechniquesScreen

if TYPE_CHECKING:
    from foamroll_gui.core.content.model import Content
    from foamroll_gui.core.content.safety import Safety
    from foamroll_gui.ui.about_dialog import AboutDialog
    from foamroll_gui.ui.help_dialog import HelpDialog
    from foamroll_gui.ui.phase_clock import PhaseClock
    from foamroll_gui.ui.shortcuts_dialog import ShortcutsDialog
    from foamroll_gui.ui.timer_screen import TimerScreen

#: Shortcuts of the screens, in the order of the View menu.
SCREEN_SHORTCUTS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")
FRONT_SHORTCUT = "Ctrl+Shift+F"
BACK_SHORTCUT = "Ctrl+Shift+B"
#: Help ▸ Keyboard Shortcuts (F1 is Help ▸ Safety)
SHORTCUTS_SHORTCUT = "Ctrl+/"


class MainWindow(QMainWindow):
    #: "Start timed session" for a muscle (connected once the timed routine exists)
    start_session_requested = Signal(str)

    def __init__(
        self,
        techniques: TechniquesScreen,
        content: Content,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self.settings = settings
        self.setWindowTitle(self.tr("Foamroll"))
        self.techniques = techniques
        self.screens = QStackedWidget(self)
        self.setCentralWidget(self.screens)
        self._screen_actions = QActionGroup(self)
        self._log_folder: Path | None = None
        #: the timer screen and clock of the routine the title follows
        self._followed: tuple[TimerScreen, PhaseClock] | None = None
        self._build_menus()
        self.add_screen(techniques, self.tr("&Techniques"))
        self.view_menu.addSeparator()
        self.view_menu.addActions(techniques.view_actions())

        self.techniques.start_session_requested.connect(self.start_session_requested)
        # the title follows the muscle picked (the screen selects it first: connected before)
        techniques.muscle_list.muscle_selected.connect(self._update_title)
        techniques.body_map.region_clicked.connect(self._update_title)

        self._fit_to_screen()
        self._restore(settings.window)
        self._update_title()

    def _fit_to_screen(self) -> None:
        """1280x800 at first, 1024x640 at least, but never larger than the screen's free area
        (at 2x scaling a small laptop has about 1280x720 logical pixels)."""
        screen = self.screen()
        free = screen.availableGeometry().size() if screen is not None else None
        width, height = 1280, 800
        least_w, least_h = 1024, 640
        if free is not None and free.width() > 0 and free.height() > 0:
            width, height = min(width, free.width()), min(height, round(free.height() * 0.95))
            least_w, least_h = min(least_w, width), min(least_h, height)
        self.setMinimumSize(least_w, least_h)
        self.resize(width, height)

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = quit_action = text_action(self.tr("&Quit"), self)
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)  # empty on some desktops
        quit_action.setShortcuts([quit_keys if not quit_keys.isEmpty() else QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._screens_end = view_menu.addSeparator()  # the screens go above this line
        self.front_action = text_action(self.tr("Map &Front"), self)
        self.front_action.setShortcuts([QKeySequence(FRONT_SHORTCUT)])
        self.front_action.triggered.connect(lambda: self.techniques.body_map.set_face("front"))
        self.back_action = text_action(self.tr("Map &Back"), self)
        self.back_action.setShortcuts([QKeySequence(BACK_SHORTCUT)])
        self.back_action.triggered.connect(lambda: self.techniques.body_map.set_face("back"))
        self.find_action = text_action(self.tr("Find a &Muscle…"), self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.on_find_action_triggered)
        faces = QActionGroup(self)
        for action in (self.front_action, self.back_action):
            action.setCheckable(True)
            faces.addAction(action)
        self._sync_face_actions(self.techniques.body_map.face())
        self.techniques.body_map.face_changed.connect(self._sync_face_actions)
        view_menu.addActions([self.front_action, self.back_action])
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        safety = text_action(self.tr("&Safety && Contraindications"), self)
        safety.setShortcuts(QKeySequence.StandardKey.HelpContents)
        safety.triggered.connect(lambda: self.show_help_page("safety"))
        how = text_action(self.tr("&How Foam Rolling Works"), self)
        how.triggered.connect(lambda: self.show_help_page("how-it-works"))
        self.shortcuts_action = text_action(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence(SHORTCUTS_SHORTCUT)])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.log_action = text_action(self.tr("Open &Log Folder"), self)
        self.log_action.triggered.connect(self.on_log_action_triggered)
        self.set_log_folder(None)
        about = text_action(self.tr("&About Foamroll"), self)
        about.triggered.connect(self.on_about_action_triggered)
        help_menu.addActions([safety, how, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addActions([self.log_action, about])

    def _sync_face_actions(self, face: str) -> None:
        """View ▸ Map Front / Map Back show which face the map shows."""
        (self.front_action if face == "front" else self.back_action).setChecked(True)

    def add_screen(self, screen: QWidget, title: str) -> QAction:
        """Put a screen on the stack, with a View-menu entry and the next Ctrl+number
        (``app.py`` adds the Routine and Review screens here once they exist)."""
        index = self.screens.addWidget(screen)
        action = text_action(title, self._screen_actions)
        action.setCheckable(True)
        action.setShortcuts([QKeySequence(SCREEN_SHORTCUTS[index])])
        action.triggered.connect(lambda: self.show_screen(screen))
        self.view_menu.insertAction(self._screens_end, action)
        if index == 0:
            action.setChecked(True)
        return action

    def show_screen(self, screen: QWidget) -> None:
        index = self.screens.indexOf(screen)
        self.screens.setCurrentIndex(index)
        self._screen_actions.actions()[index].setChecked(True)
        for action in (
            self.front_action,
            self.back_action,
            self.find_action,
            *self.techniques.view_actions(),
        ):
            action.setEnabled(screen is self.techniques)
        self._update_title()
        # a routine is started by showing the timer, then running it: follow its clock after
        QTimer.singleShot(0, self._follow_timer)

    # -- the title ---------------------------------------------------------------------------
    def title_detail(self) -> str:
        """What the title names before "Foamroll": the running routine and where it is, or the
        muscle shown on the Techniques screen, or the screen."""
        if self._followed is not None:
            timer, clock = self._followed
            if clock.running:
                items = sorted({phase.item for phase in clock.plan.phases})
                phase = clock.status().phase
                if len(items) < 2 or phase is None:
                    return timer.routine_name
                place = items.index(phase.item) + 1 if phase.item in items else 1
                return self.tr("{0} · {1}/{2}").format(timer.routine_name, place, len(items))
        current = self.screens.currentWidget()
        if current is self.techniques:
            muscle_id = self.techniques.selected_muscle()[0]
            if muscle_id is None:
                return ""
            return self.techniques.content.muscle(muscle_id).name
        index = self.screens.currentIndex()
        actions = self._screen_actions.actions()
        return actions[index].text().replace("&", "") if 0 <= index < len(actions) else ""

    def _update_title(self) -> None:
        detail = self.title_detail()
        title = self.tr("{0} — Foamroll").format(detail) if detail else self.tr("Foamroll")
        if title != self.windowTitle():
            self.setWindowTitle(title)

    def _follow_timer(self) -> None:
        """Follow the clock of the routine running on the timer screen (if one is)."""
        if "foamroll_gui.ui.timer_screen" not in sys.modules:
            return  # no timer screen was ever made
        from foamroll_gui.ui.timer_screen import TimerScreen

        for timer in self.findChildren(TimerScreen):
            clock = timer.clock
            if clock is not None and (self._followed is None or self._followed[1] is not clock):
                self._followed = (timer, clock)
                clock.ticked.connect(self._update_title)
        self._update_title()

    @property
    def safety(self) -> Safety:
        """The stop signs, contraindications, help pages and references (read from the
        start-up cache when Help first needs them, not for the first frame)."""
        return self._content.safety

    def show_help_page(self, page_id: str) -> HelpDialog:
        from foamroll_gui.ui.help_dialog import HelpDialog  # loaded when first asked for

        return HelpDialog.show_page(self, self.safety.page(page_id), self.safety)

    def on_find_action_triggered(self) -> None:
        self.techniques.focus_search()

    def on_about_action_triggered(self) -> AboutDialog:
        from foamroll_gui.ui.about_dialog import AboutDialog  # loaded when first asked for

        return AboutDialog.show_for(self, self.safety.references)

    def show_shortcuts(self) -> ShortcutsDialog:
        from foamroll_gui.ui.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog.show_for(self)

    def set_log_folder(self, folder: Path | None) -> None:
        """Where Help ▸ Open Log Folder goes; None (no log file) disables it."""
        self._log_folder = folder
        self.log_action.setEnabled(folder is not None)
        self.log_action.setToolTip(
            self.tr("Show the folder of the log file, to attach it to a bug report")
            if folder is not None
            else self.tr("There is no log file: its folder could not be written")
        )

    def on_log_action_triggered(self) -> None:
        if self._log_folder is not None:
            from PySide6.QtCore import QUrl  # (here: not on the first frame)
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_folder)))

    # -- remembering ------------------------------------------------------------------------
    def _restore(self, state: WindowState) -> None:
        if state.geometry:
            from PySide6.QtCore import QByteArray  # (here: only a returning user needs it)

            self.restoreGeometry(QByteArray.fromBase64(state.geometry.encode("ascii")))
        self.techniques.body_map.set_face(state.map_face)
        self.techniques.restore_splitter(state.splitters.get("techniques"))
        self.techniques.viewer.set_zoom(state.viewer_zoom)
        last = state.last_muscle
        if last and any(m.id == last for m in self.techniques.content.muscles):
            self.techniques.select_muscle(last, state.last_side)

    def window_state(self) -> WindowState:
        """Where the window is now, as it will be saved."""
        muscle, side = self.techniques.selected_muscle()
        return WindowState(
            geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            splitters={"techniques": self.techniques.splitter_state()},
            map_face=self.techniques.body_map.face(),
            last_muscle=muscle,
            last_side=side,
            viewer_zoom=self.techniques.viewer.zoom,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window(self.window_state())
        problem = self.settings.save()
        if problem:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Settings not saved"), problem)
        super().closeEvent(event)

    def show_notices(self, notices: list[str]) -> None:
        from foamroll_gui.ui.notices_dialog import NoticesDialog

        NoticesDialog.show_notices(self, notices)
