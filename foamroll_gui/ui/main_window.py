"""The main window: menus and a stack of screens, and the wiring between them.

Behaviour lives in the screens, the widgets and the core; this file only places and connects
them, and remembers where the window was left (through the typed window state).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from foamroll_gui import __version__
from foamroll_gui.core.content.model import Safety
from foamroll_gui.core.settings import Settings
from foamroll_gui.core.window_state import WindowState
from foamroll_gui.ui.techniques_screen import TechniquesScreen

if TYPE_CHECKING:
    from foamroll_gui.ui.help_dialog import HelpDialog

#: Shortcuts of the screens, in the order of the View menu.
SCREEN_SHORTCUTS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")
FRONT_SHORTCUT = "Ctrl+Shift+F"
BACK_SHORTCUT = "Ctrl+Shift+B"


class MainWindow(QMainWindow):
    #: "Start timed session" for a muscle (connected once the timed routine exists)
    start_session_requested = Signal(str)

    def __init__(
        self,
        techniques: TechniquesScreen,
        safety: Safety,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.safety = safety
        self.settings = settings
        self.setWindowTitle(self.tr("Foamroll"))
        self.techniques = techniques
        self.screens = QStackedWidget(self)
        self.setCentralWidget(self.screens)
        self._screen_actions = QActionGroup(self)
        self._build_menus()
        self.add_screen(techniques, self.tr("&Techniques"))
        self.view_menu.addSeparator()
        self.view_menu.addActions(techniques.view_actions())

        self.techniques.start_session_requested.connect(self.start_session_requested)

        self._fit_to_screen()
        self._restore(settings.window)

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
        self.quit_action = quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._screens_end = view_menu.addSeparator()  # the screens go above this line
        self.front_action = QAction(self.tr("Map &Front"), self)
        self.front_action.setShortcut(QKeySequence(FRONT_SHORTCUT))
        self.front_action.triggered.connect(lambda: self.techniques.body_map.set_face("front"))
        self.back_action = QAction(self.tr("Map &Back"), self)
        self.back_action.setShortcut(QKeySequence(BACK_SHORTCUT))
        self.back_action.triggered.connect(lambda: self.techniques.body_map.set_face("back"))
        self.find_action = QAction(self.tr("Find a &Muscle…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
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
        safety = QAction(self.tr("&Safety && Contraindications"), self)
        safety.setShortcut(QKeySequence.StandardKey.HelpContents)
        safety.triggered.connect(lambda: self.show_help_page("safety"))
        how = QAction(self.tr("&How Foam Rolling Works"), self)
        how.triggered.connect(lambda: self.show_help_page("how-it-works"))
        about = QAction(self.tr("&About Foamroll"), self)
        about.triggered.connect(self.on_about_action_triggered)
        help_menu.addActions([safety, how])
        help_menu.addSeparator()
        help_menu.addAction(about)

    def _sync_face_actions(self, face: str) -> None:
        """View ▸ Map Front / Map Back show which face the map shows."""
        (self.front_action if face == "front" else self.back_action).setChecked(True)

    def add_screen(self, screen: QWidget, title: str) -> QAction:
        """Put a screen on the stack, with a View-menu entry and the next Ctrl+number
        (``app.py`` adds the Routine and Review screens here once they exist)."""
        index = self.screens.addWidget(screen)
        action = QAction(title, self._screen_actions)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(SCREEN_SHORTCUTS[index]))
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

    def show_help_page(self, page_id: str) -> HelpDialog:
        from foamroll_gui.ui.help_dialog import HelpDialog  # loaded when first asked for

        return HelpDialog.show_page(self, self.safety.page(page_id), self.safety)

    def on_find_action_triggered(self) -> None:
        self.techniques.focus_search()

    def on_about_action_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Foamroll"),
            self.tr(
                "<h3>Foamroll {0}</h3><p>A foam-rolling trainer for runners: where each muscle "
                "is, how to roll it, and what to avoid.</p><p>Foamroll is not medical advice. "
                "Read Help ▸ Safety before you start, and ask a doctor or physiotherapist when "
                "in doubt.</p>"
            ).format(__version__),
        )

    # -- remembering ------------------------------------------------------------------------
    def _restore(self, state: WindowState) -> None:
        if state.geometry:
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
