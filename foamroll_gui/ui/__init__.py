"""Qt widgets. Importing this package applies the PySide6 6.12.0 / Python 3.11 None fix."""

from foamroll_gui.ui._pyside_none import keep_none_alive

keep_none_alive()
