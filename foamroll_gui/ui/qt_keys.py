"""Qt values set by their keys' names, and pens and fills, for the widgets on the first frame.

Naming any value of Qt's ``Qt`` namespace (``Qt.AlignmentFlag.AlignTop``, ``Qt.FocusPolicy``…)
makes PySide build all 98 enum classes of that namespace at once: 13 ms here, about as much as
all the first frame's widgets together. The widgets built before the first frame set those
values as Qt properties by key instead, which Qt converts itself. Constructing a QColor from
another, a QBrush from a colour or a QPen with arguments does the same (their overloads take Qt
enums), so the first frame's painting takes its pens and fills from here. Everything that runs
later uses ``QtCore.Qt``, QPen and QBrush as usual. tests/ui/test_first_frame_enums.py keeps it so.

Likewise ``QAction(text, parent)`` and ``QPushButton(text, parent)``: PySide weighs their
``(icon, text)`` overloads first, which builds QIcon's enum classes (151 theme icons, about
1 ms); :func:`text_action` and :func:`text_button` make the same objects without that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QWidget


def set_by_key(target: QObject, name: str, keys: str) -> None:
    """Set the Qt property ``name`` of ``target`` to ``keys`` (``"AlignLeft|AlignTop"``).
    Raises ValueError if ``target`` has no such property or Qt refuses the keys, so a typo
    fails the tests instead of leaving a default."""
    meta = target.metaObject()
    if meta.indexOfProperty(name) < 0 or not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__}.{name} cannot be set to {keys!r}")


def text_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)``."""
    action = QAction(parent)
    action.setText(text)
    return action


def text_button(text: str, parent: QWidget) -> QPushButton:
    """``QPushButton(text, parent)``."""
    button = QPushButton(parent)
    button.setText(text)
    return button


def solid_pen(colour: QColor, width: float) -> QPen:
    """``QPen(colour, width)``: a solid line with square caps and bevelled joins."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def fill_path(painter: QPainter, path: QPainterPath, colour: QColor, opacity: float = 1.0) -> None:
    """``painter.fillPath(path, colour)``, the colour's alpha times ``opacity``."""
    faded = QColor.fromRgba(colour.rgba())  # a copy (QColor(colour) names Qt's enums)
    faded.setAlphaF(colour.alphaF() * opacity)
    swatch = QPalette()
    swatch.setColor(QPalette.ColorRole.Window, faded)
    painter.fillPath(path, swatch.brush(QPalette.ColorRole.Window))
