"""Work around PySide6 6.12.0 dropping a reference to ``None`` on Python 3.11.

Measured here: with PySide6 6.12.0 on CPython 3.11, every Qt method that returns nothing
(``QPen.setWidth``, ``QWidget.update``, ``QPainter.setPen`` …) takes one reference from ``None``
and never gives it back. ``None`` starts with a few thousand references, so an app that paints
dies within minutes with "Fatal Python error: none_dealloc". PySide6 6.11.3 does not do this,
and Python 3.12+ is unaffected because ``None`` is immortal there (PEP 683).

The fix does what Python 3.12 does: it makes ``None`` effectively immortal by giving it a very
large reference count, once, and only where the loss is actually observed.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_BANK = 1 << 50  # more references than a process could drop in centuries of painting


def none_refs_lost_per_call() -> int:
    """How many references to None one void Qt call drops (0 on a healthy build)."""
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1.0)
    return max(0, (before - sys.getrefcount(None)) // 16)


def keep_none_alive() -> bool:
    """Apply the fix if this Python and PySide6 need it. Returns whether it was applied."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if not none_refs_lost_per_call():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < _BANK:
        refcount.value += _BANK
    return True
