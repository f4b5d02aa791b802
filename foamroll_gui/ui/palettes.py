"""Explicit light and dark palettes, for screenshots and tests of both looks.

The running app follows the system palette; these are only used when asked for.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

_ROLES = QPalette.ColorRole

_DARK = {
    _ROLES.Window: "#22262b",
    _ROLES.WindowText: "#e8eaed",
    _ROLES.Base: "#2b3037",
    _ROLES.AlternateBase: "#262a30",
    _ROLES.Text: "#e8eaed",
    _ROLES.Button: "#2d3238",
    _ROLES.ButtonText: "#e8eaed",
    _ROLES.Highlight: "#ff8a3d",
    _ROLES.HighlightedText: "#1a1d21",
    _ROLES.ToolTipBase: "#2d3238",
    _ROLES.ToolTipText: "#e8eaed",
    _ROLES.PlaceholderText: "#8b939c",
    _ROLES.Link: "#6cc3d5",
    _ROLES.Mid: "#3a4047",
    _ROLES.Dark: "#15181b",
    _ROLES.Light: "#3f464e",
}

_LIGHT = {
    _ROLES.Window: "#f3f1ee",
    _ROLES.WindowText: "#1d2125",
    _ROLES.Base: "#ffffff",
    _ROLES.AlternateBase: "#f6f4f1",
    _ROLES.Text: "#1d2125",
    _ROLES.Button: "#ebe8e4",
    _ROLES.ButtonText: "#1d2125",
    _ROLES.Highlight: "#d9480f",
    _ROLES.HighlightedText: "#ffffff",
    _ROLES.ToolTipBase: "#fffbe6",
    _ROLES.ToolTipText: "#1d2125",
    _ROLES.PlaceholderText: "#7b8288",
    _ROLES.Link: "#1f7a8c",
    _ROLES.Mid: "#c9c4bd",
    _ROLES.Dark: "#a09a92",
    _ROLES.Light: "#ffffff",
}


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(colours[_ROLES.PlaceholderText])
    for role in (_ROLES.Text, _ROLES.WindowText, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK)


def light_palette() -> QPalette:
    return _palette(_LIGHT)
