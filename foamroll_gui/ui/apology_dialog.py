"""The apology for an unexpected error: what happened in plain words, where the details are,
and a button that opens the log's folder. Imported only when an error happens
(ui/crash_dialog.py's reporter shows it)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class CrashDialog(QMessageBox):
    """ "Something went wrong": what happened in plain words and where the details are."""

    def __init__(self, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(
            self.tr(
                "<b>Something went wrong in Foamroll.</b><br>Sorry: what you just did may not "
                "have finished. The app keeps running."
            )
        )
        if log_path is not None:
            self.setInformativeText(
                self.tr(
                    "The details were written to {0}. Please attach that file to a bug report."
                ).format(log_path)
            )
            self.open_button = self.addButton(
                self.tr("Open Log Folder"), QMessageBox.ButtonRole.ActionRole
            )
            self.open_button.setToolTip(self.tr("Show the folder with the log file"))
            self.open_button.clicked.disconnect()  # keep the dialog open after opening the folder
            self.open_button.clicked.connect(self.on_open_button_clicked)
        else:
            self.setInformativeText(
                self.tr(
                    "The details could not be written to a log file (its folder is not writable)."
                )
            )
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)

    def on_open_button_clicked(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    @classmethod
    def tell(cls, parent: QWidget | None, log_path: Path | None) -> CrashDialog:
        """Show the apology without waiting (the app goes on); tests patch this."""
        dialog = cls(log_path, parent)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
