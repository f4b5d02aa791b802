"""Help ▸ About Foamroll: the version, the licence, the research the defaults rest on, and that
this is not medical advice."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from foamroll_gui import __version__
from foamroll_gui.core.content.safety import Reference

#: the licence in pyproject.toml (``license = "MIT"``), used when no package metadata is found
LICENCE = "MIT"


def licence() -> str:
    """The licence the installed package declares (pyproject's ``license``)."""
    from importlib import metadata

    try:
        meta = metadata.metadata("foamroll")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return LICENCE
    return meta["License-Expression"] or meta["License"] or LICENCE


class AboutDialog(QDialog):
    def __init__(self, references: tuple[Reference, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Foamroll"))
        cited = "".join(f"<li>{html.escape(ref.citation)}</li>" for ref in references)
        self.text = QLabel(
            self.tr(
                "<h2>Foamroll {0}</h2>"
                "<p>A foam-rolling trainer for runners: where each muscle is, how to roll it, "
                "and what to avoid.</p>"
                "<p><b>Foamroll is not medical advice.</b> Read Help ▸ Safety before you start, "
                "and ask a doctor or physiotherapist when in doubt.</p>"
                "<p>The timings rest on this research:</p><ul>{1}</ul>"
                "<p>Licence: {2}.</p>"
            ).format(__version__, cited, html.escape(licence())),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.text.setToolTip(self.tr("Foamroll's version, licence and sources"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget, references: tuple[Reference, ...]) -> AboutDialog:
        """Open it (window-modal, without blocking); tests patch this."""
        dialog = cls(references, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
