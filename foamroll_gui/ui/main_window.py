"""The main window: lays out the map, the muscle list and the step viewer, and wires them.

Behaviour lives in the widgets and the core; this file only places and connects them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter

from foamroll_gui import __version__
from foamroll_gui.core.model import Content, Side
from foamroll_gui.core.settings import Settings

if TYPE_CHECKING:
    from foamroll_gui.ui.help_dialog import HelpDialog
from foamroll_gui.ui.muscle_list import MuscleList
from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel
from foamroll_gui.ui.step_viewer import StepViewer


class MainWindow(QMainWindow):
    start_session_requested = Signal(str)

    def __init__(
        self,
        content: Content,
        settings: Settings,
        body_map: MuscleMapPanel,
        viewer: StepViewer,
    ) -> None:
        super().__init__()
        self.content = content
        self.settings = settings
        self.setWindowTitle(self.tr("Foamroll"))
        self.body_map = body_map
        self.viewer = viewer
        self.muscle_list = MuscleList(content.muscles)
        self.muscle_list.setMinimumWidth(170)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.muscle_list)
        splitter.addWidget(self.body_map)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        self.splitter = splitter
        self._splitter_placed = False
        self.setCentralWidget(splitter)
        self._build_menus()

        self.body_map.region_clicked.connect(self.on_body_map_region_clicked)
        self.muscle_list.muscle_selected.connect(self.on_muscle_list_muscle_selected)
        self.viewer.start_requested.connect(self.start_session_requested)

        self.resize(1280, 800)
        self.setMinimumSize(1024, 640)
        self._restore()

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.front_action = QAction(self.tr("&Front"), self)
        self.front_action.setShortcut(QKeySequence("Ctrl+1"))
        self.front_action.triggered.connect(lambda: self.body_map.set_view("front"))
        self.back_action = QAction(self.tr("&Back"), self)
        self.back_action.setShortcut(QKeySequence("Ctrl+2"))
        self.back_action.triggered.connect(lambda: self.body_map.set_view("back"))
        find_action = QAction(self.tr("Find a &Muscle…"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.on_find_action_triggered)
        view_menu.addActions([self.front_action, self.back_action])
        view_menu.addSeparator()
        view_menu.addAction(find_action)

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

    def show_help_page(self, page_id: str) -> HelpDialog:
        from foamroll_gui.ui.help_dialog import HelpDialog  # loaded when first asked for

        return HelpDialog.show_page(self, self.content.safety.page(page_id), self.content.safety)

    def on_find_action_triggered(self) -> None:
        self.muscle_list.search.setFocus()
        self.muscle_list.search.selectAll()

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

    # -- selection --------------------------------------------------------------------------
    def select_muscle(self, muscle_id: str, side: Side = "left") -> None:
        """Select a muscle group everywhere: map, list and viewer."""
        self.content.muscle(muscle_id)  # KeyError for an unknown id, before anything changes
        self.body_map.set_selected(muscle_id, side)
        self.muscle_list.set_current(muscle_id)
        self.viewer.show_muscle(muscle_id, side)
        self.settings.set("last_muscle", muscle_id)
        self.settings.set("last_side", side)

    def on_body_map_region_clicked(self, muscle_id: str, side: str) -> None:
        self.select_muscle(muscle_id, "right" if side == "right" else "left")

    def on_muscle_list_muscle_selected(self, muscle_id: str) -> None:
        self.body_map.show_muscle_view(self.content.muscle(muscle_id).views)
        self.select_muscle(muscle_id)

    # -- remembering ------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.get_str("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        view = self.settings.get_str("map_view", "back")
        self.body_map.set_view("front" if view == "front" else "back")
        last = self.settings.get_str("last_muscle")
        side = self.settings.get_str("last_side", "left")
        if last and any(m.id == last for m in self.content.muscles):
            self.select_muscle(last, "right" if side == "right" else "left")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            self._splitter_placed = True
            state = self.settings.get_str("splitter_state")
            if not (state and self.splitter.restoreState(QByteArray.fromBase64(state.encode()))):
                rest = max(0, self.width() - 180)
                self.splitter.setSizes([180, round(rest * 0.4), rest - round(rest * 0.4)])

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.set("window_geometry", geometry)
        state = bytes(self.splitter.saveState().toBase64().data()).decode("ascii")
        self.settings.set("splitter_state", state)
        self.settings.set("map_view", self.body_map.view())
        problem = self.settings.save()
        if problem:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Settings not saved"), problem)
        super().closeEvent(event)

    def show_notices(self, notices: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self,
            self.tr("Some of your files were skipped"),
            self.tr("Foamroll skipped these files and left them untouched. Fix them and restart:")
            + "\n\n"
            + "\n\n".join(notices),
        )
