"""Colours derived from the widget's palette, so light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() * (1 - amount) + b.redF() * amount,
        a.greenF() * (1 - amount) + b.greenF() * amount,
        a.blueF() * (1 - amount) + b.blueF() * amount,
    )


def segmented_button_style(palette: QPalette) -> str:
    """Style sheet for a pair of checkable buttons: the chosen one filled with the accent."""
    base = palette.color(QPalette.ColorRole.Button)
    text = palette.color(QPalette.ColorRole.ButtonText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    on_accent = palette.color(QPalette.ColorRole.HighlightedText)
    border = mix(base, text, 0.35)
    return f"""
        QPushButton {{ background: {base.name()}; color: {text.name()};
            border: 1px solid {border.name()}; padding: 4px 16px; min-width: 64px; }}
        QPushButton:checked {{ background: {accent.name()}; color: {on_accent.name()};
            border-color: {accent.name()}; font-weight: bold; }}
        QPushButton:focus {{ border: 2px solid {mix(accent, text, 0.3).name()}; }}
    """


def field_style(palette: QPalette) -> str:
    """Style sheet for a text field with a border that shows in both themes."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    return f"""
        QLineEdit {{ background: {base.name()}; color: {text.name()};
            border: 1px solid {mix(base, text, 0.4).name()}; border-radius: 4px;
            padding: 4px 6px; }}
        QLineEdit:focus {{ border: 2px solid {accent.name()}; padding: 3px 5px; }}
    """
