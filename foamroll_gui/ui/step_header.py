"""The head of a technique page: the muscle's name with the Start and Log buttons, the summary,
the Where / Why / Roll / Time facts and a small body map (the locator) beside them.

It fits itself to the viewer (``fit``): in a short viewer (1024x640) it is compact, so the
first step is in view below it; in a narrow one nothing may grow wider than the viewer.
Built before the first frame for a returning user: no ``Qt.*`` values here (see qt_keys.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QSizePolicy, QWidget

from foamroll_gui.core.content.model import MuscleGroup, Technique
from foamroll_gui.core.content.timing import minutes_text, technique_seconds
from foamroll_gui.ui.qt_keys import set_by_key, text_button
from foamroll_gui.ui.step_cards import keep_units, line_width, text_label

#: The locator's size (pixels): in a tall viewer, and in a short but wide one.
LOCATOR_SIZE, SMALL_LOCATOR_SIZE = (96, 210), (60, 132)
#: The muscle's name, times the text's size: in a tall viewer, and in a short one.
TITLE_SIZE = (1.8, 1.5)
#: A viewer shorter than this (pixels) gets the compact header.
SHORT_VIEWER = 760
#: The gap between the text and the locator, and between the title and the buttons (pixels).
HEADER_SPACING = 16
#: Below this width (pixels, times the zoom) the header leaves out the locator map.
NARROW_HEADER = 440
#: Beside the facts, the summary keeps at least this many characters a line.
SUMMARY_CHARACTERS = 30
#: The gap between a fact's name and its text (pixels).
FACTS_SPACING = 12
#: Qt's largest widget size (QWIDGETSIZE_MAX): no maximum.
UNLIMITED = 16777215
#: A compact header keeps the locator only if this many characters a line fit beside it.
LOCATOR_TEXT_CHARACTERS = 60


class StepHeader(QWidget):
    """The head of one muscle's page. ``start_button`` and ``log_button`` are for the viewer
    to connect; ``locator`` is None without a locator factory."""

    def __init__(
        self,
        muscle: MuscleGroup,
        technique: Technique,
        locator: QWidget | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepHeader")
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(HEADER_SPACING)
        self._intro = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._row.addLayout(self._intro, 1)
        self.locator = locator
        if locator is not None:
            locator.setParent(self)
            locator.setObjectName("locator")
            locator.setFixedSize(*LOCATOR_SIZE)
            locator.setToolTip(self.tr("Where the {0} are").format(muscle.name.lower()))
            beside = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # at the header's top
            beside.addWidget(locator)
            beside.addStretch(1)
            self._row.addLayout(beside)

        self.title = text_label(muscle.name, self, size=TITLE_SIZE[0], bold=True)
        self.title.setObjectName("muscleTitle")
        self._start_texts = (
            self.tr("Start timed session for this muscle"),
            self.tr("Start session"),
        )
        self.start_button = text_button(self._start_texts[0], self)
        self.start_button.setDefault(True)
        self.start_button.setToolTip(
            self.tr("Roll this muscle group now, with the timer counting every phase")
        )
        self.log_button = text_button(self.tr("Log a roll…"), self)
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._buttons.setSpacing(8)
        for button in (self.start_button, self.log_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        # The title with the buttons beside it when they fit, else above them.
        self._title_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._title_row.setSpacing(HEADER_SPACING)
        self._title_row.addWidget(self.title, 1)
        self._title_row.addLayout(self._buttons)
        self._intro.addLayout(self._title_row)
        # The summary above the facts, or beside them when the page is wide.
        self._body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._body.setSpacing(HEADER_SPACING)
        self.summary = text_label(technique.summary, self, size=1.1)
        set_by_key(self.summary, "alignment", "AlignLeft|AlignTop")
        self._body.addWidget(self.summary, 1)  # (and the facts 1: see _fit_body)
        self._facts = QGridLayout()
        self._facts.setHorizontalSpacing(FACTS_SPACING)
        self._fact_headings: list[QLabel] = []
        self.fact_texts: list[QLabel] = []
        for row, (name, text) in enumerate(self._fact_rows(muscle, technique)):
            heading = text_label(name, self, bold=True)
            set_by_key(heading, "alignment", "AlignLeft|AlignTop")  # beside a long text's top
            heading.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            self._facts.addWidget(heading, row, 0)
            self._fact_headings.append(heading)
            self.fact_texts.append(text_label(text, self))
            self._facts.addWidget(self.fact_texts[-1], row, 1)
        self._facts.setColumnStretch(1, 1)
        self._body.addLayout(self._facts, 1)
        self._intro.addLayout(self._body)
        self._intro.addStretch(1)

    def _fact_rows(self, muscle: MuscleGroup, technique: Technique) -> list[tuple[str, str]]:
        side = self.tr("one side at a time") if muscle.one_sided else self.tr("both sides together")
        total = keep_units(minutes_text(technique_seconds(technique, muscle.one_sided)))
        time = (
            self.tr("{0} in all: the timed steps on each side.")
            if muscle.one_sided
            else self.tr("{0} in all.")
        ).format(total)
        return [
            (self.tr("Where"), muscle.location),
            (self.tr("Why"), muscle.why),
            (
                self.tr("Roll"),
                self.tr("From the {0} to the {1}, {2}.").format(
                    technique.roll_from, technique.roll_to, side
                ),
            ),
            (self.tr("Time"), time),
        ]

    def is_compact(self) -> bool:
        return self._intro.spacing() < 8

    def fit(self, width: int, height: int, zoom: float) -> None:
        """Lay the header out for a page ``width`` pixels wide (inside its margins) in a viewer
        ``height`` pixels tall: compact when short; never wider than ``width``."""
        short = height < SHORT_VIEWER
        self._intro.setSpacing(4 if short else 10)
        self._facts.setVerticalSpacing(2 if short else 6)
        width -= self._fit_locator(width, short, zoom)
        self._fit_body(width)
        if self._body.direction() == QBoxLayout.Direction.TopToBottom:
            self._body.setSpacing(self._intro.spacing())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (TITLE_SIZE[1] if short else TITLE_SIZE[0]))
        font.setBold(True)
        self.title.setFont(font)
        start, log = self.start_button, self.log_button
        metrics = self.title.fontMetrics()
        title = metrics.horizontalAdvance(self.title.text())
        word = max(metrics.horizontalAdvance(w) for w in self.title.text().split())
        # The long name beside the title; when short, the short name beside the title (in
        # two lines at most), else either below it.
        choices = [(0, 1.0), (1, 1.0), (1, 0.55)] if short else [(0, 1.0)]
        choices += [(0, 0.0), (1, 0.0)]
        for name, share in choices:
            start.setText(self._start_texts[name])
            buttons = start.sizeHint().width() + self._buttons.spacing() + log.sizeHint().width()
            beside = max(title * share, word) + HEADER_SPACING + 4 if share else 0
            if buttons + beside <= width:
                break
        self._title_row.setDirection(
            QBoxLayout.Direction.LeftToRight if share else QBoxLayout.Direction.TopToBottom
        )
        self._title_row.setSpacing(4 if short and not share else HEADER_SPACING)
        self._buttons.setDirection(
            QBoxLayout.Direction.LeftToRight
            if buttons <= width
            else QBoxLayout.Direction.TopToBottom
        )
        # A page not shown yet does not tell its layouts that a button's text changed: they
        # would keep the long name's width as their minimum.
        for layout in (self._buttons, self._title_row, self._facts, self._body, self._intro):
            layout.invalidate()
        self._row.invalidate()

    def _fit_body(self, width: int) -> None:
        """Lines of at most about LINE_CHARACTERS characters; the summary beside the facts
        when both fit side by side, it at least SUMMARY_CHARACTERS a line. (The lines are
        capped by a margin, not by maximum widths: a label narrower than its place would be
        centred in it, and aligning it names Qt's enums before the first frame.)"""
        headings = max(label.sizeHint().width() for label in self._fact_headings)
        facts = headings + FACTS_SPACING + line_width(self.fact_texts[0])
        summary = width - facts - HEADER_SPACING
        wide = summary >= self.summary.fontMetrics().averageCharWidth() * SUMMARY_CHARACTERS
        self._body.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self._body.setSpacing(HEADER_SPACING)
        # Beside the facts the summary is held to its share, the facts take the rest; above
        # them it takes the width of the facts.
        self.summary.setMaximumWidth(summary if wide else UNLIMITED)
        self._body.setContentsMargins(0, 0, 0 if wide else max(0, width - facts), 0)

    def _fit_locator(self, width: int, short: bool, zoom: float) -> int:
        """Show, shrink or hide the locator; returns the width it takes from the text."""
        locator = self.locator
        if locator is None:
            return 0
        if short:
            characters = self.summary.fontMetrics().averageCharWidth() * LOCATOR_TEXT_CHARACTERS
            size = SMALL_LOCATOR_SIZE
            shown = width - size[0] - HEADER_SPACING >= characters
        else:
            size = LOCATOR_SIZE
            shown = width >= NARROW_HEADER * zoom
        locator.setFixedSize(*size)
        locator.setVisible(shown)
        return size[0] + HEADER_SPACING if shown else 0
