"""Shows a help page from the content files (safety, how foam rolling works, about)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from foamroll_gui.core.content.safety import Page, Safety


def page_html(page: Page, safety: Safety | None = None) -> str:
    """A help page as simple HTML; the safety page also lists holds, stop signs and the full
    list of contraindications."""
    parts = [f"<h1>{escape(page.title)}</h1>"]
    for section in page.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts += [f"<p>{escape(text)}</p>" for text in section.paragraphs]
        if section.bullets:
            parts.append(
                "<ul>" + "".join(f"<li>{escape(b)}</li>" for b in section.bullets) + "</ul>"
            )
    if safety is not None and page.id == "safety":
        holds = safety.hold_times
        parts.append("<h2>Holding a tender spot</h2>")
        parts.append(f"<p>{escape(holds.text)}</p>")
        parts.append("<h2>Stop at once if you feel</h2><ul>")
        parts += [f"<li>{escape(s)}</li>" for s in safety.stop_signs]
        parts.append("</ul><h2>Do not foam roll if you have</h2><ul>")
        parts += [f"<li>{escape(c)}</li>" for c in safety.contraindications]
        parts.append("</ul>")
    if safety is not None and page.id == "how-it-works":
        parts.append("<h2>References</h2><ul>")
        parts += [
            f"<li>{escape(r.citation)}<br><i>{escape(r.finding)}</i></li>"
            for r in safety.references
        ]
        parts.append("</ul>")
    return "\n".join(parts)


class HelpDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)

    @classmethod
    def show_page(cls, parent: QWidget, page: Page, safety: Safety) -> HelpDialog:
        """Open a page non-modally (so it can stay open beside the map) and return it.

        There is one help window per parent: asking again shows the page in it and brings it
        forward, instead of stacking another window on top.
        """
        html = page_html(page, safety)
        dialog = next(iter(parent.findChildren(cls)), None)
        if dialog is None:
            dialog = cls(page.title, html, parent)
        else:
            dialog.setWindowTitle(page.title)
            dialog.browser.setHtml(html)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
