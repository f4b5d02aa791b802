"""The Techniques screen: the muscle list, the body map and the step viewer side by side.

Click a muscle on the map or pick it from the list: all three show it. The parts are built in
``app.py`` and handed in; this screen places them and keeps their selection in step.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QWidget

from foamroll_gui.core.content.model import Content, Side, as_side
from foamroll_gui.ui.muscle_list import MuscleList
from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel
from foamroll_gui.ui.qt_keys import text_action
from foamroll_gui.ui.step_viewer import StepViewer

LIST_WIDTH = 180  # pixels the list gets on first start
MAP_SHARE = 0.4  # of the rest of the width, on first start


class TechniquesScreen(QWidget):
    #: the step viewer's "Start timed session" for this muscle (the routine issue listens)
    start_session_requested = Signal(str)

    def __init__(
        self,
        content: Content,
        muscle_list: MuscleList,
        body_map: MuscleMapPanel,
        viewer: StepViewer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.muscle_list = muscle_list
        self.body_map = body_map
        self.viewer = viewer
        self.muscle_list.setMinimumWidth(170)

        splitter = QSplitter(parent=self)  # side by side: the default
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.muscle_list)
        splitter.addWidget(self.body_map)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        self.splitter = splitter
        self._splitter_state: str | None = None
        self._splitter_placed = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.body_map.region_clicked.connect(self.on_body_map_region_clicked)
        self.muscle_list.muscle_selected.connect(self.on_muscle_list_muscle_selected)
        self.viewer.start_requested.connect(self.start_session_requested)

        self.steps_only_action = text_action(self.tr("&Steps Only"), self)
        self.steps_only_action.setCheckable(True)
        self.steps_only_action.setShortcuts([QKeySequence("Ctrl+Shift+V")])
        self.steps_only_action.setToolTip(
            self.tr("Give the steps the whole window, for reading from the floor (Esc: back)")
        )
        self.steps_only_action.toggled.connect(self.set_steps_only)

    def view_actions(self) -> list[QAction]:
        """Actions for the View menu that act on this screen."""
        return [self.steps_only_action, *self.viewer.zoom_actions]

    def set_steps_only(self, on: bool) -> None:
        """Hide the list and the map so the steps fill the screen (and show them again)."""
        focus = QApplication.focusWidget()
        hiding = on and any(
            focus is not None and (focus is pane or pane.isAncestorOf(focus))
            for pane in (self.muscle_list, self.body_map)
        )
        self.muscle_list.setVisible(not on)
        self.body_map.setVisible(not on)
        if hiding:  # the keys (Esc) go on to reach this screen
            self.viewer.setFocus()
        if self.steps_only_action.isChecked() != on:
            self.steps_only_action.setChecked(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc gives the list and the map back, as it leaves any full view. It gets here only
        # when the focused control did not use it (the search field clears on Esc first).
        if event.key() == QtCore.Qt.Key.Key_Escape and self.steps_only_action.isChecked():
            self.set_steps_only(False)
            return
        super().keyPressEvent(event)

    # -- selection --------------------------------------------------------------------------
    def select_muscle(self, muscle_id: str, side: Side = "right") -> None:
        """Select a muscle group everywhere: map, list and viewer."""
        muscle = self.content.muscle(muscle_id)  # KeyError for an unknown id, before any change
        self.body_map.set_selected(muscle_id, side)
        self.body_map.show_muscle_face(muscle.map_faces)  # the map shows where it is
        self.muscle_list.set_current(muscle_id)
        self.viewer.show_muscle(muscle_id, side)

    def selected_muscle(self) -> tuple[str | None, Side]:
        """The muscle shown (None before one is picked) and its side."""
        return self.viewer.muscle_id, self.viewer.side

    def focus_search(self) -> None:
        self.muscle_list.search.setFocus()
        self.muscle_list.search.selectAll()

    def on_body_map_region_clicked(self, muscle_id: str, side: str) -> None:
        self.select_muscle(muscle_id, as_side(side))

    def on_muscle_list_muscle_selected(self, muscle_id: str) -> None:
        self.select_muscle(muscle_id)

    # -- remembering ------------------------------------------------------------------------
    def restore_splitter(self, state: str | None) -> None:
        """Place the panes as saved (base64 of Qt's state) when the screen is first shown."""
        self._splitter_state = state

    def splitter_state(self) -> str:
        return bytes(self.splitter.saveState().toBase64().data()).decode("ascii")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._splitter_placed:
            return
        self._splitter_placed = True
        state = self._splitter_state
        if not (state and self.splitter.restoreState(QByteArray.fromBase64(state.encode()))):
            rest = max(0, self.width() - LIST_WIDTH)
            share = round(rest * MAP_SHARE)
            self.splitter.setSizes([LIST_WIDTH, share, rest - share])
