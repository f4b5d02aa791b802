"""The building blocks of the step viewer's page: word-wrapped labels, a step card (its picture
beside its text, or above it when the column is too narrow or the picture is a low one that
beside the text would be small), a box of bullet points, and the size the page's text fits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from foamroll_gui.ui.qt_keys import set_by_key

#: The step cards' margins and the gap between picture and text (pixels).
CARD_MARGIN, CARD_SPACING = 10, 14
#: Beside a picture the text keeps at least this many characters a line, else it goes below.
MIN_TEXT_CHARACTERS = 26
#: Lines of text are kept to about this many characters, however wide the window.
LINE_CHARACTERS = 75
#: A picture that asks for a height under this share of its width is low (a lying body). The
#: 63 shipped step pictures, framed to their figures, ask for 0.30-0.49 (lying, face down, a
#: back on the roller) or 0.54-0.70 (seated, a shin or calf propped up): the widest gap.
LOW_ASPECT = 0.52
#: Low pictures go above their text when beside it they would be narrower than this share of
#: the width they get above it (a lying figure 220 px wide is ~150 px long: unreadable 2 m away).
BESIDE_SHARE = 0.75
#: Beside its text a picture may shrink to this width (pixels) to leave the words their
#: MIN_TEXT_CHARACTERS (a zoomed seated page in a narrow viewer); narrower, it goes above them.
PICTURE_LEAST_WIDTH = 160
#: A viewer up to this many of its font's average characters wide, and this many of its lines
#: tall, reads at the system's font size (the 1366x768 window: 113 x 53); in a larger one the
#: text and pictures grow with it, up to FIT_MAX times (see fitted_scale).
FIT_CHARACTERS, FIT_LINES, FIT_MAX = 116, 53, 1.5
#: Non-breaking space: keeps a number with its unit ("30 s") on one line.
NBSP = "\u00a0"


_NUMBER_AND_UNIT = re.compile(r"(\d+(?:[.,]\d+)?) (s|min|minutes?|seconds?|cm|mm|kg|m|times)\b")


def keep_units(text: str) -> str:
    """``text`` with each number tied to its unit ("30 s", "2 min") by a non-breaking space,
    so a wrapped line never ends on the number."""
    return _NUMBER_AND_UNIT.sub(lambda found: f"{found[1]}{NBSP}{found[2]}", text)


def step_heading(number: int, title: str, timing: str) -> str:
    """A step card's heading: "3. Roll the calf · 45 s per side". The dot and the time's first
    number stay on the line of the title's last word (never "· 45 s" starting a line), each
    number with its unit; the rest of the time may wrap, so a zoomed heading never grows wider
    than its column ("hamstring · 60 s per side" in one piece was 518 px at zoom 2.5)."""
    if not timing:
        return f"{number}. {title}"
    return f"{number}. {title}{NBSP * 2}·{NBSP * 2}{keep_units(timing)}"


def text_label(text: str, parent: QWidget, *, size: float = 1.0, bold: bool = False) -> QLabel:
    """A selectable, word-wrapped label, its font ``size`` times the parent's, maybe bold."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_by_key(label, "textInteractionFlags", "TextSelectableByMouse")
    if size != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * size)
        font.setBold(bold)
        label.setFont(font)
    return label


def line_width(label: QLabel) -> int:
    """Pixels for about LINE_CHARACTERS characters of the label's text."""
    return round(label.fontMetrics().averageCharWidth() * LINE_CHARACTERS * 1.05)


class StepCard(QFrame):
    """One numbered step: its picture and, beside it or below it, its heading and text."""

    def __init__(self, picture: QWidget, heading: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        self.picture = picture
        picture.setParent(self)
        picture.setObjectName("stepPicture")
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(CARD_MARGIN, CARD_MARGIN, CARD_MARGIN, CARD_MARGIN)
        self._row.setSpacing(CARD_SPACING)
        # (cards are built after the first frame: Qt's enums are fine here, see qt_keys.py)
        top_left = QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
        self._row.addWidget(picture, 0, top_left)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.heading = text_label(heading, self, size=1.15, bold=True)
        self.text = text_label(text, self, size=1.05)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        words.addStretch(1)
        self._row.addLayout(words, 1)

    def is_stacked(self) -> bool:
        """True when the picture is above the text."""
        return self._row.direction() == QBoxLayout.Direction.TopToBottom

    def arrange(
        self,
        inner_width: int,
        beside_width: int,
        max_width: int,
        aspect: float,
        *,
        low: bool = False,
        low_above: int | None = None,
    ) -> None:
        """Lay the card out for ``inner_width`` pixels inside its margins: the picture beside
        the text, ``beside_width`` wide or, to leave the words MIN_TEXT_CHARACTERS, narrower
        down to PICTURE_LEAST_WIDTH; else above the text, as wide as the card (up to
        ``max_width``). A ``low`` picture goes above its text as well when beside it would be
        under BESIDE_SHARE of the width above (``low_above``, default ``max_width``, within
        the card). ``aspect``: see size_picture."""
        characters = self.text.fontMetrics().averageCharWidth() * MIN_TEXT_CHARACTERS
        above_width = min(inner_width, max_width)
        # Zoomed in a narrow viewer the words keep their column and the picture gives way,
        # instead of the page turning into pictures above a few words each (1024x640 calves,
        # Ctrl+=: 2.4 times as long, no step text in view).
        picture = min(beside_width, round(inner_width - CARD_SPACING - characters))
        beside = picture >= PICTURE_LEAST_WIDTH
        if low and picture < BESIDE_SHARE * min(inner_width, low_above or max_width):
            beside = False
        self._row.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        size_picture(self.picture, picture if beside else above_width, aspect)
        # Below a picture the words would have the card's whole width: a wider right margin
        # keeps their lines to about LINE_CHARACTERS, as the column's width does beside it.
        # (Not the labels' maximum width: the layout would size them for the card's width,
        # one line too short, and squeeze the last card's heading into its picture.)
        right = CARD_MARGIN
        if not beside:
            right += max(0, inner_width - max(above_width, line_width(self.text)))
        self._row.setContentsMargins(CARD_MARGIN, CARD_MARGIN, right, CARD_MARGIN)


def size_picture(picture: QWidget, width: int, aspect: float) -> None:
    """Fix a picture's size for ``width`` pixels: the height it asks for when it frames itself
    to its figure (a lying body: wide and low), else ``aspect`` times the width."""
    width = max(1, width)
    if picture.hasHeightForWidth():
        picture.setFixedSize(width, picture.heightForWidth(width))
    else:
        picture.setFixedSize(width, round(width * aspect))


def picture_aspect(picture: QWidget, fallback: float) -> float:
    """Height over width that ``picture`` asks for when it frames itself, else ``fallback``."""
    if picture.hasHeightForWidth():
        return picture.heightForWidth(1000) / 1000
    return fallback


def mostly_low(aspects: Sequence[float]) -> bool:
    """True when most of one muscle's step pictures are low (their median under LOW_ASPECT):
    then its cards are all arranged as low ones, so a page never mixes a lying step 400 px wide
    above its text with a sibling a little less low 220 px wide beside it (the quadriceps'
    fourth step asks for 0.44, the adductors' third 0.61 among four of 0.38-0.49)."""
    import statistics  # here: with fractions and decimal, ~2 ms the first frame never needs

    return bool(aspects) and statistics.median(aspects) < LOW_ASPECT


def list_box(parent: QWidget, heading: str, items: tuple[str, ...], kind: str) -> QFrame:
    """A framed box: a bold heading over bullet points (⚠ for cautions)."""
    box = QFrame(parent)
    box.setObjectName(f"{kind}Box")
    box.setAccessibleName(heading)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(4)
    layout.addWidget(text_label(heading, box, bold=True))
    marker = "⚠" if kind == "caution" else "•"
    for item in items:
        layout.addWidget(text_label(f"{marker}  {item}", box, size=1.05))  # as step text
    layout.addStretch(1)  # beside a taller box: the words stay together at the top
    return box


def fitted_scale(width: int, height: int, character: float, line: float) -> float:
    """How many times the system's size the step viewer's text and pictures are before any
    zoom, for a viewer ``width`` x ``height`` pixels whose font at the system's size has
    ``character`` pixels of average width and ``line`` pixels from line to line: 1.0 up to
    FIT_CHARACTERS x FIT_LINES, then growing with the smaller of the two shares, up to FIT_MAX,
    in steps of 0.05 (a window dragged wider lays the page out again a few times, not on every
    pixel). Lines stay at most LINE_CHARACTERS: the page's column grows with the text."""
    share = min(width / (character * FIT_CHARACTERS), height / (line * FIT_LINES))
    return round(min(FIT_MAX, max(1.0, share)) * 20) / 20
