"""The first run: a short welcome that asks the pain tolerance, then the safety screen (the stop
signs and every contraindication in the content) that the user acknowledges once.

The acknowledgement is kept in the settings; until it is given, starting any routine (the
Routine screen, the step viewer, the review, ``--start-routine``) shows the safety screen first
and starts the routine once the user has read it. Help ▸ Safety shows the same lists at any time.
Nothing here runs where nobody sees the window (offscreen: tests, screenshots) unless asked.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.safety import Safety
from foamroll_gui.core.paths import Paths
from foamroll_gui.core.preferences import PAIN_TOLERANCES, PainTolerance
from foamroll_gui.core.settings import Settings

if TYPE_CHECKING:
    from foamroll_gui.ui.main_window import MainWindow


class AppParts(Protocol):
    """What the first run and the preferences use of the application (``app.Application`` is
    one; widgets never import the composition root)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def paths(self) -> Paths: ...

    @property
    def content(self) -> Content: ...


#: How long after the window's first frame the welcome opens (the window is seen first).
WELCOME_DELAY_MS = 300


class ToleranceChoice(QWidget):
    """High / medium / low pain tolerance in plain words, with the hold each one gives."""

    changed = Signal(str)

    def __init__(self, tolerance: PainTolerance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            "high": self.tr("&High — hold a tender spot {0} s"),
            "medium": self.tr("M&edium — hold a tender spot {0} s"),
            "low": self.tr("&Low — hold a tender spot {0} s"),
        }
        words = {
            "high": self.tr("You like firm pressure: the most you can take while relaxed."),
            "medium": self.tr("Pressure that is uncomfortable but easy to breathe through."),
            "low": self.tr("New to rolling or sore easily: gentle pressure, held longer."),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        from foamroll_gui.core.session import HOLD_SECONDS  # not on the first frame's path

        for value in PAIN_TOLERANCES:
            button = QRadioButton(titles[value].format(HOLD_SECONDS[value]), self)
            button.setToolTip(words[value])
            button.toggled.connect(functools.partial(self._on_toggled, value))
            self.group.addButton(button)
            self.buttons[value] = button
            label = QLabel(words[value], self)
            label.setWordWrap(True)
            label.setIndent(24)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(button)
            layout.addWidget(label)
        self.set_tolerance(tolerance)

    def _on_toggled(self, value: str, on: bool) -> None:
        if on:
            self.changed.emit(value)

    def tolerance(self) -> PainTolerance:
        return next(v for v in PAIN_TOLERANCES if self.buttons[v].isChecked())

    def set_tolerance(self, tolerance: PainTolerance) -> None:
        self.buttons[tolerance].setChecked(True)


def safety_html(safety: Safety, title: str, intro: str, stop: str, never: str) -> str:
    """The stop signs and the complete list of contraindications, in two columns."""
    from html import escape  # not at start-up (about 1.5 ms): only once the safety screen shows

    rows = (len(safety.contraindications) + 1) // 2
    columns = [safety.contraindications[:rows], safety.contraindications[rows:]]
    cells = "".join(
        '<td valign="top" width="50%"><ul>'
        + "".join(f"<li>{escape(c)}</li>" for c in column)
        + "</ul></td>"
        for column in columns
    )
    return (
        f"<h2>{escape(title)}</h2><p>{escape(intro)}</p>"
        f"<h3>{escape(stop)}</h3><ul>"
        + "".join(f"<li>{escape(s)}</li>" for s in safety.stop_signs)
        + f'</ul><h3>{escape(never)}</h3><table width="100%"><tr>{cells}</tr></table>'
    )


class FirstRunDialog(QDialog):
    """The welcome (when ``welcome``) and then the safety screen. Accepted means "I have read
    this"; the chosen tolerance is :meth:`tolerance` either way."""

    def __init__(
        self,
        safety: Safety,
        tolerance: PainTolerance,
        *,
        welcome: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Foamroll") if welcome else self.tr("Safety"))
        self.pages = QStackedWidget(self)

        self.welcome_page = QWidget(self.pages)
        heading = QLabel(self.tr("Welcome to Foamroll"), self.welcome_page)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "<p>Foamroll shows you how to roll each muscle a runner cares about, and "
                "times your routines hands-free.</p><p>When the roller finds a tender spot, "
                "you stop and hold it. <b>How much pressure do you like?</b> Your answer sets "
                "how long each hold lasts; Edit ▸ Preferences changes it at any time.</p>"
            ),
            self.welcome_page,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.choice = ToleranceChoice(tolerance, self.welcome_page)
        self.next_button = QPushButton(self.tr("&Next ▸"), self.welcome_page)
        self.next_button.setDefault(True)
        self.next_button.setToolTip(self.tr("Read the safety notes"))
        self.next_button.clicked.connect(self.on_next_button_clicked)
        welcome_layout = QVBoxLayout(self.welcome_page)
        welcome_layout.addWidget(heading)
        welcome_layout.addWidget(intro)
        welcome_layout.addSpacing(8)
        welcome_layout.addWidget(self.choice)
        welcome_layout.addSpacing(8)
        feel = QLabel(
            self.tr(
                "Whatever you choose, rolling should feel like a deep, dull ache that eases as "
                "you breathe and hold. Sharp, burning or spreading pain means stop: the next "
                "page lists the signs."
            ),
            self.welcome_page,
        )
        feel.setWordWrap(True)
        welcome_layout.addWidget(feel)
        welcome_layout.addStretch(1)
        buttons = QDialogButtonBox(self.welcome_page)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        welcome_layout.addWidget(buttons)

        self.safety_page = QWidget(self.pages)
        self.browser = QTextBrowser(self.safety_page)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(
            safety_html(
                safety,
                self.tr("Before you roll"),
                self.tr(
                    "Foamroll is not medical advice. Please read this once; Help ▸ Safety "
                    "shows it again at any time. When in doubt, ask a doctor or "
                    "physiotherapist first."
                ),
                self.tr("Stop at once if you feel"),
                self.tr("Do not foam roll if you have"),
            )
        )
        self.read_button = QPushButton(self.tr("I have &read this"), self.safety_page)
        self.read_button.setToolTip(self.tr("Shown once: Help ▸ Safety has it at any time"))
        self.later_button = QPushButton(self.tr("Not &now"), self.safety_page)
        self.later_button.setToolTip(self.tr("You will see this again before a routine starts"))
        self.read_button.clicked.connect(self.accept)
        self.later_button.clicked.connect(self.reject)
        safety_buttons = QDialogButtonBox(self.safety_page)
        safety_buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.AcceptRole)
        safety_buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        safety_layout = QVBoxLayout(self.safety_page)
        safety_layout.addWidget(self.browser, 1)
        safety_layout.addWidget(safety_buttons)

        self.pages.addWidget(self.welcome_page)
        self.pages.addWidget(self.safety_page)
        self.pages.setCurrentWidget(self.welcome_page if welcome else self.safety_page)
        if not welcome:
            self.read_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        room = parent.window().height() - 40 if parent is not None else 600
        self.resize(640, max(420, min(600, room)))  # inside a small window; the list scrolls

    def tolerance(self) -> PainTolerance:
        return self.choice.tolerance()

    def on_next_button_clicked(self) -> None:
        self.pages.setCurrentWidget(self.safety_page)
        self.read_button.setDefault(True)
        self.read_button.setFocus()


class FirstRun(QObject):
    """The welcome on a first run, and the safety screen before a routine until it has been
    read. Owned by the main window; ``enabled`` False makes it do nothing at all."""

    def __init__(
        self, window: QWidget, settings: Settings, safety: Safety, *, enabled: bool
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.safety = safety
        self.enabled = enabled
        self.dialog: FirstRunDialog | None = None
        #: the welcome will open shortly after the window's first frame
        self.welcome_pending = False
        self._waiting: list[Callable[[], None]] = []

    def show_welcome(self) -> FirstRunDialog:
        """The welcome, then the safety screen (window-modal, without blocking)."""
        self.welcome_pending = False
        return self._open(welcome=True)

    def before_routine(self, start: Callable[[], None]) -> None:
        """Run ``start`` now if the safety screen was read; else show it and run ``start``
        once the user has read it (not at all if they choose "Not now")."""
        if not self.enabled or self.settings.safety_acknowledged:
            start()
            return
        self._waiting.append(start)
        self._open(welcome=False)

    def _open(self, *, welcome: bool) -> FirstRunDialog:
        if self.dialog is not None:  # already open (the welcome): the routine waits for it
            self.dialog.raise_()
            return self.dialog
        tolerance = self.settings.preferences.pain_tolerance
        dialog = FirstRunDialog(self.safety, tolerance, welcome=welcome, parent=self.window)
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.pages.currentWidget() is dialog.safety_page:  # the welcome was answered
            preferences = self.settings.preferences
            chosen = dialog.tolerance()
            if chosen != preferences.pain_tolerance:
                self.settings.set_preferences(preferences.changed(pain_tolerance=chosen))
        accepted = result == QDialog.DialogCode.Accepted
        if accepted:
            self.settings.acknowledge_safety()
        self.settings.save()  # the first run is over: the settings file exists from now on
        waiting, self._waiting = self._waiting, []
        if accepted:
            for start in waiting:
                start()


def install_first_run(window: MainWindow, application: AppParts, *, enabled: bool) -> FirstRun:
    """The welcome after the window's first frame when the settings file was new, and the
    safety screen in front of every way a routine starts."""
    first_run = FirstRun(window, application.settings, application.content.safety, enabled=enabled)
    if not enabled:
        return first_run
    # No runner exists before its module is loaded (``foamroll`` builds it after the first
    # frame and guards it then): importing the module here would make the first frame wait.
    loaded = sys.modules.get("foamroll_gui.ui.routine_runner")
    runner = window.findChild(loaded.RoutineRunner) if loaded is not None else None
    if runner is not None:  # every start (screens, step viewer, --start-routine) waits for it
        runner.before_start = first_run.before_routine
    if application.settings.created:
        from foamroll_gui.ui.first_paint import FirstPaintWatcher

        first_run.welcome_pending = True
        watcher = FirstPaintWatcher(window)
        watcher.painted.connect(lambda: QTimer.singleShot(WELCOME_DELAY_MS, first_run.show_welcome))
    return first_run
