"""The main window: lays out the widgets and wires them; behaviour lives elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMessageBox, QSplitter

from foamroll_gui.core.model import Content
from foamroll_gui.core.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, content: Content, settings: Settings) -> None:
        super().__init__()
        self.content = content
        self.settings = settings
        self.setWindowTitle(self.tr("Foamroll"))
        splitter = QSplitter(self)
        self.muscle_list = QListWidget(splitter)
        for muscle in content.muscles:
            self.muscle_list.addItem(muscle.name)
        self.detail = QLabel(self.tr("Pick a muscle group."), splitter)
        self.detail.setWordWrap(True)
        self.muscle_list.currentRowChanged.connect(self.on_muscle_list_current_row_changed)
        self.setCentralWidget(splitter)
        self.resize(1024, 640)

    def on_muscle_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.content.muscles):
            technique = self.content.technique(self.content.muscles[row].id)
            self.detail.setText(technique.summary)

    def show_notices(self, notices: list[str]) -> None:
        QMessageBox.warning(self, self.tr("Some files were skipped"), "\n\n".join(notices))
