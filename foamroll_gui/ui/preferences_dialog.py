"""Edit ▸ Preferences…: every preference in one dialog, and what follows a change at once.

:class:`PreferencesDialog` shows a :class:`Preferences` and gives back the edited one (OK), the
same one (Cancel) or the defaults (Restore Defaults, then OK); widget ranges come from the
preferences' own rules, so no value out of range can be entered. :func:`install_preferences`
adds the menu entry and makes everything that reads a preference follow a change without a
restart: the cues, the Routine screen, the review's week and target, and the theme.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.preferences import THEMES, WEEKDAYS, Preferences, Theme, whole_range
from foamroll_gui.ui.first_run import AppParts, ToleranceChoice

if TYPE_CHECKING:
    from foamroll_gui.core.settings import Settings
    from foamroll_gui.ui.main_window import MainWindow
    from foamroll_gui.ui.review_screen import ReviewScreen

#: Qt has no standard Preferences shortcut on Linux or Windows: this is the common one there.
FALLBACK_SHORTCUT = "Ctrl+,"


class PreferencesDialog(QDialog):
    """``voices``: the speech engine's voices, or None when they are not known yet (the timer
    has not made its speech object) — ``voices_note`` then says why there is no list."""

    def __init__(
        self,
        preferences: Preferences,
        data_dir: Path,
        voices: list[str] | None,
        voices_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.data_dir = data_dir
        self._voice_name = preferences.voice_name

        # -- pain tolerance --
        tolerance_box = QGroupBox(self.tr("Pain tolerance"), self)
        self.tolerance = ToleranceChoice(preferences.pain_tolerance, tolerance_box)
        QVBoxLayout(tolerance_box).addWidget(self.tolerance)

        # -- timing --
        self.roll_seconds = self._seconds("roll_seconds", self.tr("A muscle rolled on its own"))
        self.switch_seconds = self._seconds("switch_seconds", self.tr("To change legs"))
        self.transition_seconds = self._seconds(
            "transition_seconds", self.tr("To get ready for the next muscle group")
        )
        self.metronome = QCheckBox(self.tr("Pass &metronome: a tick at each pass"), self)
        self.metronome.setToolTip(self.tr("A soft tick marks each pass while you roll"))
        self.metronome_seconds = self._seconds(
            "metronome_seconds", self.tr("How long one pass up and down the muscle takes")
        )
        self.metronome.toggled.connect(self.metronome_seconds.setEnabled)
        timing_box = QGroupBox(self.tr("Timed routines"), self)
        timing = QFormLayout(timing_box)
        timing.addRow(self.tr("&Roll, per side:"), self.roll_seconds)
        timing.addRow(self.tr("&Switch sides:"), self.switch_seconds)
        timing.addRow(self.tr("&Between muscles:"), self.transition_seconds)
        timing.addRow(self.metronome)
        timing.addRow(self.tr("Seconds per &pass:"), self.metronome_seconds)

        # -- sounds and voice --
        self.sounds = QCheckBox(self.tr("S&ounds: tones at each change"), self)
        self.sounds.setToolTip(self.tr("Tones mark the last three seconds and each change"))
        self.voice = QCheckBox(self.tr("&Voice: say each change aloud"), self)
        self.voice.setToolTip(self.tr("A voice speaks each change, where a speech engine exists"))
        self.voice_combo = QComboBox(self)
        self.voice_combo.setToolTip(self.tr("The voice that speaks the changes"))
        self.voice_note = QLabel(voices_note, self)
        self.voice_note.setWordWrap(True)
        self.voice_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if voices:
            self.voice_combo.addItem(self.tr("The engine's default"), "")
            for name in voices:
                self.voice_combo.addItem(name, name)
        self.voice_combo.setVisible(bool(voices))
        self.voice_note.setVisible(not voices)
        self.voice.toggled.connect(self.voice_combo.setEnabled)
        cues_box = QGroupBox(self.tr("Sounds and voice"), self)
        cues = QFormLayout(cues_box)
        cues.addRow(self.sounds)
        cues.addRow(self.voice)
        cues.addRow(self.tr("Vo&ice:"), self.voice_combo if voices else self.voice_note)

        # -- weekly review --
        self.weekly_target = QSpinBox(self)
        self.weekly_target.setRange(*whole_range("weekly_target"))
        self.weekly_target.setSuffix(self.tr(" a week"))
        self.weekly_target.setToolTip(self.tr("Sessions a week per muscle group"))
        self.first_day = QComboBox(self)
        self.first_day.setToolTip(self.tr("The day each week of the review starts on"))
        day_names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for day, name in zip(WEEKDAYS, day_names, strict=True):
            self.first_day.addItem(name, day)
        review_box = QGroupBox(self.tr("Weekly review"), self)
        review = QFormLayout(review_box)
        review.addRow(self.tr("&Target per muscle group:"), self.weekly_target)
        review.addRow(self.tr("&Week starts on:"), self.first_day)

        # -- appearance --
        self.theme = QComboBox(self)
        self.theme.setToolTip(self.tr("Colours of the whole app, applied at once"))
        theme_names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme in THEMES:
            self.theme.addItem(theme_names[theme], theme)
        look_box = QGroupBox(self.tr("Appearance"), self)
        look = QFormLayout(look_box)
        look.addRow(self.tr("T&heme:"), self.theme)

        # -- the data folder --
        data_box = QGroupBox(self.tr("Your data"), self)
        self.data_label = QLabel(str(data_dir), data_box)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        self.data_label.setToolTip(self.tr("Your history and your own routines are kept here"))
        self.open_folder_button = QPushButton(self.tr("Open &Folder"), data_box)
        self.open_folder_button.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_folder_button.clicked.connect(self.on_open_folder_button_clicked)
        data = QHBoxLayout(data_box)
        data.addWidget(self.data_label, 1)
        data.addWidget(self.open_folder_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setToolTip(self.tr("Put every preference back to its default"))
        self.restore_button.clicked.connect(lambda: self.show_preferences(Preferences()))
        self.buttons = buttons

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(tolerance_box, 0, 0)
        grid.addWidget(timing_box, 1, 0)
        grid.addWidget(cues_box, 0, 1)
        right = QVBoxLayout()
        right.addWidget(review_box)
        right.addWidget(look_box)
        right.addStretch(1)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)  # a taller dialog grows below the groups, not inside them
        for form in (timing, cues, review, look):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(data_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)
        self.show_preferences(preferences)

    def _seconds(self, name: str, tip: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(*whole_range(name))
        box.setSuffix(self.tr(" s"))
        box.setToolTip(tip)
        return box

    # -- the preferences in the widgets ------------------------------------------------------
    def show_preferences(self, preferences: Preferences) -> None:
        self.tolerance.set_tolerance(preferences.pain_tolerance)
        self.roll_seconds.setValue(preferences.roll_seconds)
        self.switch_seconds.setValue(preferences.switch_seconds)
        self.transition_seconds.setValue(preferences.transition_seconds)
        self.metronome.setChecked(preferences.metronome)
        self.metronome_seconds.setValue(preferences.metronome_seconds)
        self.metronome_seconds.setEnabled(preferences.metronome)
        self.sounds.setChecked(preferences.sounds)
        self.voice.setChecked(preferences.voice)
        self.voice_combo.setEnabled(preferences.voice)
        self._voice_name = preferences.voice_name
        index = self.voice_combo.findData(preferences.voice_name)
        self.voice_combo.setCurrentIndex(max(index, 0))
        self.weekly_target.setValue(preferences.weekly_target)
        self.first_day.setCurrentIndex(WEEKDAYS.index(preferences.first_day_of_week))
        self.theme.setCurrentIndex(THEMES.index(preferences.theme))

    def preferences(self) -> Preferences:
        """What the widgets show, as preferences (every value in range by construction)."""
        voice_name = self._voice_name
        if self.voice_combo.count():  # a voice not offered now is kept, not lost
            voice_name = str(self.voice_combo.currentData())
        return Preferences().changed(
            pain_tolerance=self.tolerance.tolerance(),
            roll_seconds=self.roll_seconds.value(),
            switch_seconds=self.switch_seconds.value(),
            transition_seconds=self.transition_seconds.value(),
            sounds=self.sounds.isChecked(),
            voice=self.voice.isChecked(),
            voice_name=voice_name,
            metronome=self.metronome.isChecked(),
            metronome_seconds=self.metronome_seconds.value(),
            weekly_target=self.weekly_target.value(),
            first_day_of_week=self.first_day.currentData(),
            theme=self.theme.currentData(),
        )

    def on_open_folder_button_clicked(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot open the data folder"),
                self.tr("{0} could not be created ({1}). Start Foamroll with --data-dir.").format(
                    self.data_dir, exc.strerror or exc
                ),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            QMessageBox.information(
                self,
                self.tr("No file manager"),
                self.tr("No program could open the folder. It is:\n{0}").format(self.data_dir),
            )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        preferences: Preferences,
        data_dir: Path,
        voices: list[str] | None,
        voices_note: str = "",
    ) -> Preferences | None:
        """The edited preferences, or None when the user cancelled."""
        dialog = cls(preferences, data_dir, voices, voices_note, parent)
        try:
            return dialog.preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# -- following the preferences --------------------------------------------------------------
class ThemeSwitcher:
    """Puts a theme on the running app at once; "system" brings back the palette and style the
    app had at start (the platform's)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.system_palette = QPalette(app.palette())
        style = app.style()
        self.system_style = style.name() if style is not None else "fusion"
        self.theme: Theme = "system"

    def apply(self, theme: Theme) -> None:
        if theme == self.theme:
            return
        from foamroll_gui.ui.palettes import dark_palette, light_palette

        if theme == "system":
            self.app.setStyle(self.system_style)
            self.app.setPalette(self.system_palette)
        else:
            style = self.app.style()
            if style is None or style.name().lower() != "fusion":
                self.app.setStyle("Fusion")  # native styles ignore a palette in part
            self.app.setPalette(dark_palette() if theme == "dark" else light_palette())
        self.theme = theme


class PreferencesFollower(QObject):
    """Hears every change of the preferences and passes it on to what reads them: the cues,
    the Routine screen, the review and the theme. Owned by the main window."""

    def __init__(self, window: MainWindow, settings: Settings, theme: ThemeSwitcher) -> None:
        super().__init__(window)
        self.window = window
        self.theme = theme
        #: Edit ▸ Preferences…
        self.action: QAction | None = None
        stop = settings.subscribe(self.follow)
        self.destroyed.connect(lambda *_: stop())

    def follow(self, preferences: Preferences) -> None:
        from foamroll_gui.ui.review_screen import ReviewScreen

        # The cues and the Routine screen may not be built yet (``foamroll`` builds them after
        # the first frame, with the preferences of that moment); none exists before its module
        # is loaded, and importing the modules here would make the first frame wait.
        cues_module = sys.modules.get("foamroll_gui.ui.cues")
        cues = self.window.findChild(cues_module.QtCues) if cues_module is not None else None
        if cues is not None:
            cues.set_preferences(
                sounds=preferences.sounds,
                voice=preferences.voice,
                voice_name=preferences.voice_name,
            )
        screens = sys.modules.get("foamroll_gui.ui.routine_screen")
        routines = self.window.findChild(screens.RoutineScreen) if screens is not None else None
        if routines is not None:
            routines.set_preferences(preferences.pain_tolerance, preferences.metronome)
        review = self.window.findChild(ReviewScreen)
        if review is not None:
            self._follow_review(review, preferences)
        self.theme.apply(preferences.theme)

    @staticmethod
    def _follow_review(review: ReviewScreen, preferences: Preferences) -> None:
        from foamroll_gui.core.history.week import ReviewSettings

        chosen = ReviewSettings.from_choices(
            preferences.first_day_of_week, preferences.weekly_target
        )
        old = review.settings
        new = (
            chosen
            if old is None
            else replace(
                old, first_weekday=chosen.first_weekday, default_target=chosen.default_target
            )
        )
        if new == old:
            return
        review.settings = new
        page = review.page
        if page is not None:  # built: show this week as the new week start counts it
            page.settings = new
            page.show_week(new.week_of(page.service.today()))


def _edit_menu(window: MainWindow) -> QMenu:
    """The window's Edit menu (the history's Undo/Redo may have made it), or a new one
    between File and View."""
    menu = getattr(window, "edit_menu", None)
    if isinstance(menu, QMenu):
        return menu
    title = window.tr("&Edit")
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu) and action.text() == title:
            return found
    menu = QMenu(title, window)
    window.menuBar().insertMenu(window.view_menu.menuAction(), menu)
    return menu


def open_preferences(window: MainWindow, application: AppParts) -> None:
    """Edit ▸ Preferences…: ask, then change, tell everyone and save."""
    from foamroll_gui.ui.cues import QtCues

    settings = application.settings
    cues = window.findChild(QtCues)
    voices = cues.voices() if cues is not None else None
    if voices is not None:
        note = window.tr("The speech engine offers no choice of voice.")
    elif cues is not None and cues.prepared:
        note = window.tr("No speech engine was found: the voice stays silent.")
    else:
        note = window.tr("Voices are listed once the timer has been opened.")
    chosen = PreferencesDialog.ask(
        window, settings.preferences, application.paths.data_dir, voices or None, note
    )
    if chosen is None:
        return
    settings.set_preferences(chosen)
    problem = settings.save()
    if problem:
        QMessageBox.warning(window, window.tr("Preferences not saved"), problem)


def install_preferences(
    window: MainWindow, application: AppParts, *, interactive: bool | None = None
) -> PreferencesFollower:
    """Edit ▸ Preferences… and everything that follows a change; the first run and the safety
    screen before the first routine. ``interactive`` (default: not on the offscreen platform,
    where nobody sees a window: tests, screenshots) also puts the stored theme on at start."""
    if interactive is None:
        interactive = QGuiApplication.platformName() != "offscreen"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = application.settings
    follower = PreferencesFollower(window, settings, ThemeSwitcher(app))
    preferences = settings.preferences
    if not interactive:  # keep the palette the caller chose (a screenshot's light or dark)
        preferences = replace(preferences, theme="system")
    follower.follow(preferences)

    action = QAction(window.tr("&Preferences…"), window)
    shortcut = QKeySequence(QKeySequence.StandardKey.Preferences)
    action.setShortcut(shortcut if not shortcut.isEmpty() else QKeySequence(FALLBACK_SHORTCUT))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setToolTip(window.tr("Pain tolerance, timings, sounds, weekly target, theme"))
    action.triggered.connect(lambda: open_preferences(window, application))
    menu = _edit_menu(window)
    if menu.actions():
        menu.addSeparator()
    menu.addAction(action)
    follower.action = action

    from foamroll_gui.ui.first_run import install_first_run

    install_first_run(window, application, enabled=interactive)
    return follower
