"""Shows how to roll one muscle group: where and why, numbered steps with pictures, pressure
options, and cautions set apart. Emits ``start_requested`` for the timed-session button."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.model import Content, Side, Step
from foamroll_gui.ui.colours import button_style, focus_colour, mix
from foamroll_gui.ui.qt_keys import set_by_key, text_action
from foamroll_gui.ui.step_cards import (
    CARD_MARGIN,
    StepCard,
    fitted_scale,
    keep_units,
    line_width,
    list_box,
    mostly_low,
    picture_aspect,
    step_heading,
    text_label,
)
from foamroll_gui.ui.step_cards import LINE_CHARACTERS as LINE_CHARACTERS
from foamroll_gui.ui.step_header import SHORT_VIEWER, StepHeader

if TYPE_CHECKING:
    from foamroll_gui.ui.step_anchor import Anchor, PlaceKeeper

# Builds the picture for one step: (muscle id, step, side) -> widget.
PictureFactory = Callable[[str, Step, Side], QWidget]
# Builds the small body map that shows where the muscle is: (muscle id, side) -> widget.
LocatorFactory = Callable[[str, Side], QWidget]
# Runs some building later (True: the first frame shows the page without it), or declines
# (False: it is done at once).
Later = Callable[[Callable[[], None]], bool]

# Step pictures take about a third of the viewer's width, within these bounds (pixels).
PICTURE_MIN_WIDTH = 220
PICTURE_MAX_WIDTH = 520
#: Pictures that do not frame themselves (heightForWidth) are this much wider than tall.
PICTURE_ASPECT = 0.6
#: Zoom of the viewer's text and pictures (Ctrl+= / Ctrl+- / Ctrl+0), within these bounds.
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.8, 2.5, 1.15
#: Beside their text a page's step pictures are at most this share of the viewer's height
#: high (times the zoom), all as wide as its highest allows: at 1920x1080 a seated page's
#: cards are 1.6 times as tall as a lying page's, not 2.0 (pictures 429 x 294 beside 2 lines).
PICTURE_HEIGHT_SHARE = 0.25
#: The page's side margins (pixels, both together).
HEADER_MARGINS = 40


def _keys(own: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """Our key plus the platform's, each once (the same key twice makes Qt ignore both)."""
    keys = [QKeySequence(own)]
    for key in QKeySequence.keyBindings(standard):
        if key not in keys:
            keys.append(key)
    return keys


class StepViewer(QScrollArea):
    start_requested = Signal(str)
    #: "Log a roll" for the muscle shown
    log_requested = Signal(str)
    #: the reader's zoom factor changed (1.0 = the size fitted to the viewer, see ``fit``)
    zoom_changed = Signal(float)
    #: the size fitted to the viewer's room changed (a resize; 1.0 = the system's font size)
    fit_changed = Signal(float)
    #: the page was laid out again (zoom, resize) and is back at what was at the viewer's top
    anchored = Signal()

    def __init__(
        self,
        content: Content,
        picture_factory: PictureFactory,
        locator_factory: LocatorFactory | None = None,
        parent: QWidget | None = None,
        *,
        later: Later | None = None,
    ) -> None:
        super().__init__(parent)
        # The first viewport() works out the Python type of the widget it returns by creating
        # every QtWidgets class (79 enum types, 8 ms before a returning user's first frame,
        # measured). Found by its name first, the same widget comes back at once.
        self._viewport_found = self.findChild(QWidget, "qt_scrollarea_viewport")
        self.content = content
        self._pictures = picture_factory
        self._locators = locator_factory
        #: where the step cards go when ``later`` builds them after the page is on screen
        self._later = later
        self._page: QWidget | None = None
        self._header: StepHeader | None = None  # the muscle page's header
        self.step_cards: list[StepCard] = []
        self.step_pictures: list[QWidget] = []
        #: most of the page's step pictures are low (lying bodies): see StepCard.arrange
        self.low_pictures = False
        self._highest = PICTURE_ASPECT  # the page's highest picture: its height over width
        self.muscle_id: str | None = None
        self.side: Side = "right"
        self._log_reason: str | None = None  # why logging is off; None when it is on
        self.log_button: QPushButton | None = None
        #: the reader's zoom (Ctrl+= / Ctrl+- / Ctrl+0, remembered), on top of ``fit``
        self.zoom = 1.0
        #: the text's size before any zoom, fitted to the viewer's room (step_cards.fitted_scale)
        self.fit = 1.0
        self._base_point_size = self.font().pointSizeF()
        base = QFontMetricsF(self.font())
        self._base_metrics = (base.averageCharWidth(), base.lineSpacing())
        self.zoom_actions = self._zoom_actions()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_by_key(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # text wraps
        self.setAccessibleName(self.tr("How to roll"))
        self.setObjectName("stepViewer")  # its focus ring: see _apply_colours
        # The cards' style sheet is set with the first muscle's page: polishing the first
        # frame's welcome page with it costs ~10 ms of start-up; that page needs only its
        # background, filled in the same colour (_fill_background).
        self._styled = False
        #: keeps the reader's place while the page is laid out again (made when first needed)
        self._place: PlaceKeeper | None = None
        # The welcome page is built when the viewer is first shown with no muscle chosen: a
        # returning user's muscle, restored before the window shows, skips it (~4 ms).

    def showEvent(self, event: QShowEvent) -> None:
        if self.widget() is None:
            self._show_welcome()
        super().showEvent(event)

    # -- public -----------------------------------------------------------------------------
    def show_muscle(self, muscle_id: str, side: Side = "right") -> None:
        """Fill the viewer with one muscle group's technique. Raises KeyError if unknown."""
        muscle = self.content.muscle(muscle_id)
        technique = self.content.technique(muscle_id)
        if not self._styled:
            self._apply_colours()
        if self._place is not None:  # a new page opens at its top (a zoom holds its place)
            self._place.forget()
        self.muscle_id, self.side = muscle_id, side
        page = QWidget()
        page.setFont(self.font())  # labels size themselves from it: the zoom
        page.setObjectName("stepPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(HEADER_MARGINS // 2, 16, HEADER_MARGINS // 2, 24)
        column.setSpacing(10)

        locator = None if self._locators is None else self._locators(muscle_id, side)
        header = self._header = StepHeader(muscle, technique, locator, page)
        column.addWidget(header)
        self.start_button = header.start_button
        self.start_button.clicked.connect(self.on_start_button_clicked)
        self.log_button = header.log_button
        self.log_button.clicked.connect(self.on_log_button_clicked)
        self._apply_log_state()
        self._column = column
        self.step_cards = []
        self.step_pictures = []
        self.low_pictures = False
        self._page = page
        self._fit_header()
        fill = functools.partial(self._add_steps, page, column, muscle_id, side)
        if self._later is None or not self._later(fill):
            fill()
        self._install(page)
        self._fit_header()  # again, in the viewer's style sheet: its buttons' size

    def _add_steps(self, page: QWidget, column: QVBoxLayout, muscle_id: str, side: Side) -> None:
        """The step cards, pressure options and cautions below the page's header; nothing if
        another page has taken this one's place meanwhile."""
        if page is not self._page:
            return
        muscle = self.content.muscle(muscle_id)
        technique = self.content.technique(muscle_id)
        added: list[QWidget] = [text_label(self.tr("Steps"), page, size=1.3, bold=True)]
        for number, step in enumerate(technique.steps, start=1):
            card = self._step_card(page, muscle_id, number, step, side, muscle.one_sided)
            self.step_cards.append(card)
            added.append(card)
        aspects = [picture_aspect(x, PICTURE_ASPECT) for x in self.step_pictures]
        self.low_pictures = mostly_low(aspects)  # the muscle's cards arranged alike
        self._highest = max(aspects, default=PICTURE_ASPECT)
        for card in self.step_cards:
            self._arrange_card(card)
        for widget in added:
            column.addWidget(widget)
        pressure = QHBoxLayout()
        pressure.setSpacing(12)
        for heading, items in (
            (self.tr("More pressure"), technique.more_pressure),
            (self.tr("Less pressure"), technique.less_pressure),
        ):
            added.append(list_box(page, heading, items, "pressure"))
            pressure.addWidget(added[-1])
        column.addLayout(pressure)
        if technique.variations:
            added.append(list_box(page, self.tr("Try also"), technique.variations, "pressure"))
            column.addWidget(added[-1])
        self.caution_box = list_box(page, self.tr("Take care"), technique.cautions, "caution")
        added.append(self.caution_box)
        column.addWidget(self.caution_box)
        column.addStretch(1)
        if page.isVisible():  # built after the page was shown: new children start hidden
            for widget in added:
                widget.show()

    # -- building blocks --------------------------------------------------------------------
    def _step_card(
        self, page: QWidget, muscle_id: str, number: int, step: Step, side: Side, one_sided: bool
    ) -> StepCard:
        picture = self._pictures(muscle_id, step, side)
        picture.setAccessibleName(self.tr("Picture: {0}").format(step.title))
        timing = ""
        if step.seconds:
            per_side = one_sided and step.kind in ("roll", "hold", "move")
            timing = (self.tr("{0} s per side") if per_side else self.tr("{0} s")).format(
                step.seconds
            )
        heading = step_heading(number, step.title, timing)
        card = StepCard(picture, heading, keep_units(step.text), page)
        card.setAccessibleName(self.tr("Step {0}: {1}").format(number, step.title))
        self.step_pictures.append(picture)
        return card

    def _show_welcome(self) -> None:
        page = QWidget()
        page.setFont(self.font())  # labels size themselves from it: the zoom
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        column.addWidget(text_label(self.tr("Pick a muscle to roll"), page, size=1.8, bold=True))
        column.setSpacing(12)
        column.addWidget(
            text_label(
                self.tr(
                    "Click a muscle on the body map, or choose one from the list. "
                    "You will see where it is, why runners roll it, and each step with a picture."
                ),
                page,
                size=1.1,
            )
        )
        tips = [
            self.tr("Type a muscle's name to find it: Ctrl+F, then Enter."),
            self.tr("Switch the map between front and back with Ctrl+Shift+F and Ctrl+Shift+B."),
            self.tr(
                "Tab reaches the map; there the arrow keys move between muscles and Enter "
                "opens one."
            ),
            self.tr("New to foam rolling? Read Help ▸ Safety first (F1)."),
        ]
        for tip in tips:
            column.addWidget(text_label(f"•  {tip}", page, size=1.05))
        for label in page.findChildren(QLabel):  # lines of about LINE_CHARACTERS, as the steps'
            label.setMaximumWidth(line_width(label))
        column.addStretch(1)
        self._install(page)

    def _install(self, page: QWidget) -> None:
        self._page = page
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        # The page is a column of readable width, centred: lines stay short on wide screens.
        outer = QWidget()
        outer.setObjectName("stepPage")
        row = QHBoxLayout(outer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(0)
        row.addWidget(page, 1)
        row.addStretch(0)
        page.setMaximumWidth(self._column_width())
        if not self._styled:
            self._fill_background(outer)
        self.setWidget(outer)  # the page inherits the style sheet set on the viewer
        self.verticalScrollBar().setValue(0)

    def _column_width(self) -> int:
        """Wide enough for a step picture beside about LINE_CHARACTERS characters of text."""
        characters = QFontMetricsF(self.font()).averageCharWidth() * LINE_CHARACTERS * 1.05
        return round(PICTURE_MAX_WIDTH * self.scale + characters + 90)

    # -- zoom -------------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        """The text's and pictures' size, times the system's: the fit times the zoom."""
        return self.fit * self.zoom

    def set_zoom(self, factor: float) -> None:
        """Scale the text and pictures by ``factor`` on top of the size fitted to the viewer
        (remembered by the window); the page is rebuilt."""
        factor = round(min(ZOOM_MAX, max(ZOOM_MIN, factor)), 2)
        if factor == self.zoom:
            return
        self.zoom = factor
        self._rescale(self._remember_place(always=True))
        self.zoom_changed.emit(factor)

    def _refit(self) -> bool:
        """Fit the text's size to the viewer's room (its own size, not the viewport's: a
        scroll bar coming and going must not change it); True when it changed."""
        fit = fitted_scale(self.width(), self.height(), *self._base_metrics)
        if fit == self.fit:
            return False
        self.fit = fit
        return True

    def _rescale(self, anchor: Anchor | None) -> None:
        """The viewer's font at ``scale``, and its page built again in it, ``anchor`` (what
        was at the viewer's top) kept at the top."""
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size * self.scale)
        self.setFont(font)
        if self.muscle_id is not None:
            self.show_muscle(self.muscle_id, self.side)
            self._hold_place(anchor)
        elif self.widget() is not None:  # (else it is built when first shown)
            self._show_welcome()

    def _zoom_actions(self) -> tuple[QAction, QAction, QAction]:
        zoom_in = text_action(self.tr("Zoom &In"), self)
        zoom_in.setShortcuts(_keys("Ctrl+=", QKeySequence.StandardKey.ZoomIn))
        zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        zoom_out = text_action(self.tr("Zoom &Out"), self)
        zoom_out.setShortcuts(_keys("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
        zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        actual = text_action(self.tr("&Actual Size"), self)
        actual.setShortcuts([QKeySequence("Ctrl+0")])  # (setShortcut builds Qt's enums)
        actual.triggered.connect(lambda: self.set_zoom(1.0))
        for action in (zoom_in, zoom_out, actual):
            action.setToolTip(self.tr("Make the steps' text and pictures larger or smaller"))
        return zoom_in, zoom_out, actual

    def _fill_background(self, outer: QWidget) -> None:
        """The page's background in the Base colour, as the style sheet paints ``stepPage``
        (the welcome page before the style sheet is set)."""
        colours = outer.palette()
        colours.setColor(QPalette.ColorRole.Window, self.palette().color(QPalette.ColorRole.Base))
        outer.setPalette(colours)
        outer.setAutoFillBackground(True)

    def _apply_colours(self) -> None:
        self._styled = True
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        warn = QColor("#d9822b")
        card = mix(base, text, 0.04)
        border = mix(base, text, 0.15)
        caution_bg = mix(base, warn, 0.14)
        self.setStyleSheet(
            f"""
            QWidget#stepPage {{ background: {base.name()}; }}
            QFrame#stepCard, QFrame#pressureBox {{
                background: {card.name()}; border: 1px solid {border.name()};
                border-radius: 8px; }}
            QFrame#cautionBox {{
                background: {caution_bg.name()}; border: 1px solid {warn.name()};
                border-left: 5px solid {warn.name()}; border-radius: 8px; }}
            QFrame#stepCard QLabel, QFrame#pressureBox QLabel, QFrame#cautionBox QLabel {{
                background: transparent; border: none; }}
            QLabel#muscleTitle {{ color: {mix(text, accent, 0.35).name()}; }}
            QScrollArea#stepViewer {{ border: 2px solid {base.name()}; }}
            QScrollArea#stepViewer:focus {{ border: 2px solid {focus_colour(palette).name()}; }}
            """
            + button_style(palette)
        )

    def _arrange_card(self, card: StepCard) -> None:
        """Picture beside the text while the column is wide enough, else above it: the page
        is never wider than the viewer (its lines would be cut off on the right). A page of
        low pictures puts them above their text where beside it they would be much smaller
        (1024x640: 419 px wide above, not 220 beside; 1920x1080: 510 beside). Much smaller
        than the unscaled PICTURE_MAX_WIDTH: a lying figure beside the text at 390 px or more
        reads from the floor, so a fitted or zoomed page keeps it there while the words keep
        their column, as its seated siblings do."""
        viewport = self.viewport().width()
        inner = min(viewport, self._column_width()) - HEADER_MARGINS - 2 * CARD_MARGIN - 4
        scale = self.scale
        beside: float = viewport * 0.42 * scale
        beside = max(PICTURE_MIN_WIDTH * scale, min(PICTURE_MAX_WIDTH * scale, beside))
        beside = min(beside, viewport * 0.5)
        # no higher than its share of a tall viewer (all the page's pictures alike wide); in a
        # short one never narrower for it than PICTURE_MIN_WIDTH (else they would go above)
        tallest = self.viewport().height() * PICTURE_HEIGHT_SHARE * self.zoom
        beside = min(beside, max(tallest / self._highest, PICTURE_MIN_WIDTH * scale))
        card.arrange(
            inner,
            round(beside),
            round(PICTURE_MAX_WIDTH * scale),
            PICTURE_ASPECT,
            low=self.low_pictures,
            low_above=PICTURE_MAX_WIDTH,
        )

    def viewportEvent(self, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize
        anchor = self._remember_place() if resized else None
        handled = super().viewportEvent(event)
        # (the viewport, not the viewer: it narrows when the vertical scroll bar appears)
        if resized and self._refit():  # the page is built again in the fitted size
            self._rescale(anchor)
            self.fit_changed.emit(self.fit)
        elif resized:
            for card in self.step_cards:
                self._arrange_card(card)
            self._fit_header()
            self._hold_place(anchor)
        return handled

    # -- keeping the reader's place (step_anchor.py) ---------------------------------------
    def _page_column(self) -> tuple[QWidget, QVBoxLayout] | None:
        """The muscle's page and its column, or None (the welcome page, or nothing yet)."""
        page = self._page
        if page is None or self._header is None or self._header.parentWidget() is not page:
            return None
        return page, self._column

    def _remember_place(self, *, always: bool = False) -> Anchor | None:
        """What is at the viewer's top now. Until a zoom (``always``) or a scroll first needs
        it, the top of the page needs no keeping (a new layout keeps it there by itself): the
        first frame's resizes do not load any of this."""
        if self._place is None:
            if self._page_column() is None or not (always or self.verticalScrollBar().value()):
                return None
            from foamroll_gui.ui.step_anchor import PlaceKeeper

            self._place = PlaceKeeper(self, self._page_column)
            self._place.settled.connect(self.anchored)
        return self._place.remember()

    def _hold_place(self, anchor: Anchor | None) -> None:
        if self._place is not None:
            self._place.hold(anchor)

    def _fit_header(self) -> None:
        """The header fits the viewer: never wider (in a narrow viewer, a small screen or the
        map pane dragged wide, every line would be cut off on the right), compact when short
        (the first step in view below it)."""
        if self._page_column() is None or self._header is None:
            return  # the welcome page, or nothing yet
        viewport = self.viewport()
        short = viewport.height() < SHORT_VIEWER
        self._column.setContentsMargins(
            HEADER_MARGINS // 2, 8 if short else 16, HEADER_MARGINS // 2, 24
        )
        self._column.setSpacing(6 if short else 10)
        width = min(viewport.width(), self._column_width()) - HEADER_MARGINS
        self._header.fit(width, viewport.height(), self.scale)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if not self._styled:  # the welcome page, after the first frame: the focus ring
            self._apply_colours()
        super().focusInEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            outer = self.widget()
            if getattr(self, "_styled", False):
                self._apply_colours()
            elif outer is not None:
                self._fill_background(outer)
        super().changeEvent(event)

    def set_log_enabled(self, enabled: bool, reason: str = "") -> None:
        """Turn "Log a roll" on or off; ``reason`` is shown on the button when off."""
        self._log_reason = None if enabled else reason
        self._apply_log_state()

    def _apply_log_state(self) -> None:
        button = getattr(self, "log_button", None)
        if button is None:
            return
        try:  # the button of a page already replaced is gone
            button.setEnabled(self._log_reason is None)
            button.setToolTip(self._log_reason or self.tr("Note a roll you did by hand"))
        except RuntimeError:
            self.log_button = None

    def on_log_button_clicked(self) -> None:
        if self.muscle_id is not None:
            self.log_requested.emit(self.muscle_id)

    def on_start_button_clicked(self) -> None:
        if self.muscle_id is not None:
            self.start_requested.emit(self.muscle_id)
