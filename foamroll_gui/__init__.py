"""Foamroll: a desktop foam-rolling trainer for runners."""

__version__ = "0.1.0"

#: The reverse-DNS id: the desktop file, the AppStream metainfo and the icons carry it, and the
#: running window names it so the desktop matches the window to its launcher.
APP_ID = "io.github.foamroll.Foamroll"
