"""The history's actions in the main window: Log a roll (File menu, Ctrl+L, and the step
viewer's button), Edit ▸ Undo/Redo (Ctrl+Z), and telling the user when the history could not be
opened as it should (logging then off, with the reason on the action and the button)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from foamroll_gui.ui.history_service import HistoryService

if TYPE_CHECKING:
    from foamroll_gui.core.content.model import Content
    from foamroll_gui.ui.main_window import MainWindow

LOG_SHORTCUT = "Ctrl+L"


class HistoryActions(QObject):
    """Adds the history's menu entries to ``window`` and carries them out through ``service``."""

    def __init__(self, window: MainWindow, service: HistoryService, content: Content) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.muscles = [(m.id, m.name) for m in content.muscles]
        #: the last message shown (non-modal), for the user to read and tests to check
        self.message: QMessageBox | None = None

        self.log_action = QAction(self.tr("&Log a Roll…"), window)
        self.log_action.setShortcut(QKeySequence(LOG_SHORTCUT))
        self.log_action.triggered.connect(self.on_log_action_triggered)
        window.file_menu.insertAction(window.quit_action, self.log_action)
        window.file_menu.insertSeparator(window.quit_action)
        self.export_action = QAction(self.tr("&Export History…"), window)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.import_action = QAction(self.tr("&Import History…"), window)
        self.import_action.triggered.connect(self.on_import_action_triggered)
        for action in (self.export_action, self.import_action):
            window.file_menu.insertAction(window.quit_action, action)
        window.file_menu.insertSeparator(window.quit_action)

        stack = service.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu = window.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        window.menuBar().insertMenu(window.view_menu.menuAction(), edit_menu)

        from foamroll_gui.ui.days_since_map import DaysSinceColouring

        self.colouring = DaysSinceColouring(service, window.techniques.body_map, window)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.colouring.action)

        window.techniques.viewer.log_requested.connect(self.log)
        service.ready.connect(self.on_service_ready)
        service.problem.connect(self.on_service_problem)
        self._set_log_enabled(False, self.tr("Your history is still opening."))

    # -- logging ----------------------------------------------------------------------------
    def on_log_action_triggered(self) -> None:
        muscle, _side = self.window.techniques.selected_muscle()
        self.log(muscle)

    def log(self, muscle_id: str | None = None) -> bool:
        """Ask what to log and save it at once; True when a roll was saved."""
        from foamroll_gui.core.history import HistoryError
        from foamroll_gui.ui.log_roll_dialog import LogRollDialog  # when first asked for

        request = LogRollDialog.ask(self.window, self.muscles, self.service.today(), muscle_id)
        if request is None:
            return False
        try:
            self.service.log_roll(
                request.on,
                request.muscle,
                request.sides,
                request.minutes,
                request.tenderness,
                request.note,
            )
        except HistoryError as exc:
            self.tell(self.tr("Roll not saved"), str(exc))
            return False
        name = dict(self.muscles).get(request.muscle, request.muscle)
        self.window.statusBar().showMessage(
            self.tr("Logged {0}. Ctrl+Z undoes it.").format(name), 8000
        )
        return True

    # -- export and import -----------------------------------------------------------------
    @classmethod
    def ask_export_path(cls, parent: QWidget) -> Path | None:
        """Where to export to (.csv or .json), or None. Tests patch this."""
        from PySide6.QtWidgets import QFileDialog

        name, chosen = QFileDialog.getSaveFileName(
            parent,
            parent.tr("Export History"),
            str(Path.home() / "foamroll-history.csv"),
            parent.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_suffix(".json" if "json" in chosen.lower() else ".csv")
        return path

    @classmethod
    def ask_import_path(cls, parent: QWidget) -> Path | None:
        """Which exported file to import, or None. Tests patch this."""
        from PySide6.QtWidgets import QFileDialog

        name, _chosen = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Import History"),
            str(Path.home()),
            parent.tr("Foamroll history (*.csv *.json)"),
        )
        return Path(name) if name else None

    def on_export_action_triggered(self) -> None:
        from foamroll_gui.core.history import HistoryError

        path = type(self).ask_export_path(self.window)
        if path is None:
            return
        try:
            count = self.service.export_to(path)
        except (HistoryError, OSError) as exc:
            self.tell(self.tr("History not exported"), str(exc))
            return
        self.window.statusBar().showMessage(
            self.tr("Exported {0} rolls to {1}.").format(count, path), 10000
        )

    def on_import_action_triggered(self) -> None:
        from foamroll_gui.core.history import HistoryError

        path = type(self).ask_import_path(self.window)
        if path is None:
            return
        try:
            report = self.service.import_from(path)
        except (HistoryError, OSError) as exc:
            self.tell(self.tr("History not imported"), str(exc))
            return
        if report.problems:
            shown = "\n".join(report.problems[:20])
            more = len(report.problems) - 20
            if more > 0:
                shown += "\n" + self.tr("… and {0} more rows skipped.").format(more)
            self.tell(
                self.tr("Some rows were skipped"),
                self.tr("{0} from {1}.").format(report.summary, path) + "\n\n" + shown,
            )
        self.window.statusBar().showMessage(
            self.tr("Imported from {0}: {1}.").format(path, report.summary), 10000
        )

    # -- the store's state ------------------------------------------------------------------
    def on_service_ready(self, notice: str) -> None:
        self._set_log_enabled(self.service.can_log, self.service.reason)
        if notice:
            self.tell(self.tr("Your history"), notice)

    def on_service_problem(self, message: str) -> None:
        self.tell(self.tr("History not changed"), message)

    def _set_log_enabled(self, enabled: bool, reason: str) -> None:
        self.log_action.setEnabled(enabled)
        self.import_action.setEnabled(enabled)
        self.export_action.setEnabled(self.service.is_open)
        tip = "" if enabled else reason
        self.log_action.setStatusTip(tip)
        self.log_action.setToolTip(tip or self.log_action.text())
        self.window.techniques.viewer.set_log_enabled(enabled, reason)

    def tell(self, title: str, text: str) -> QMessageBox:
        """A warning that does not block the window (the app keeps running)."""
        if self.message is not None:
            self.message.close()
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        self.message.open()
        return self.message
