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
        QPushButton:checked:focus {{ border: 2px solid {text.name()}; }}
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


def focus_colour(palette: QPalette) -> QColor:
    """The colour of a focus ring: the accent, which stands out on Base and Button in both
    of our themes."""
    return palette.color(QPalette.ColorRole.Highlight)


def list_style(palette: QPalette) -> str:
    """Style sheet for a list with a border that turns into a focus ring when it has focus."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return f"""
        QListWidget {{ border: 1px solid {mix(base, text, 0.3).name()}; border-radius: 4px;
            padding: 1px; }}
        QListWidget:focus {{ border: 2px solid {focus_colour(palette).name()}; padding: 0px; }}
    """


def button_style(palette: QPalette) -> str:
    """Style sheet for push buttons with a clear focus ring (the default button's border is
    the accent too, so the ring is also thicker) and a readable disabled state."""
    base = palette.color(QPalette.ColorRole.Button)
    text = palette.color(QPalette.ColorRole.ButtonText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    disabled = palette.color(QPalette.ColorRole.PlaceholderText)
    return f"""
        QPushButton {{ background: {base.name()}; color: {text.name()};
            border: 1px solid {mix(base, text, 0.35).name()}; border-radius: 4px;
            padding: 5px 12px; }}
        QPushButton:default {{ background: {mix(base, accent, 0.12).name()};
            border-color: {accent.name()}; }}
        QPushButton:hover {{ background: {mix(base, accent, 0.2).name()}; }}
        QPushButton:pressed {{ background: {mix(base, accent, 0.35).name()}; }}
        QPushButton:disabled {{ color: {disabled.name()};
            border: 1px dashed {mix(base, text, 0.35).name()}; }}
        QPushButton:focus {{ border: 3px solid {mix(focus_colour(palette), text, 0.25).name()};
            padding: 3px 10px; }}
    """
