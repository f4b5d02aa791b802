"""Foamroll: a desktop foam-rolling trainer for runners."""

__version__ = "0.1.0"
