"""The yardstick: an empty PySide6 window (QMainWindow + QLabel + QSvgWidget) that quits once
its first frame is painted, as `foamroll --quit-after-startup` does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget


class _QuitOnPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLabel("Foamroll"))
    layout.addWidget(QSvgWidget(sys.argv[1] if len(sys.argv) > 1 else ""))
    window.setCentralWidget(body)
    window.resize(1024, 640)
    watcher = _QuitOnPaint(app)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
