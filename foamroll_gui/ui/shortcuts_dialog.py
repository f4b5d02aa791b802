"""Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions when the dialog
opens (so the list cannot fall behind the menus), and the timer screen's keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "ShortcutsDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def timer_keys() -> list[tuple[str, str]]:
    """The timer screen's keys (they act on the running routine, not through menu actions);
    a test checks them against the hint the timer screen shows."""
    return [
        (_tr("Space"), _tr("Pause or resume")),
        (_tr("H"), _tr("Hold now: a tender spot found during a roll")),
        (_tr("→ / ←"), _tr("Skip to the next phase / back to the one before")),
        (_tr("Esc"), _tr("Stop the routine (asks first); leave a finished one")),
        (_tr("M"), _tr("Mute or unmute tones and voice")),
        (_tr("F or F11"), _tr("Floor mode: full screen, high contrast")),
        (_tr("0-9"), _tr("How tender the last side was")),
    ]


@dataclass(frozen=True)
class Shortcut:
    section: str
    what: str
    keys: str


def plain_text(action: QAction) -> str:
    """An action's words as a person reads them: no mnemonic ampersand, no trailing dots."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("….").strip()


def keys_text(action: QAction) -> str:
    """All of an action's shortcuts, as this platform writes them."""
    names = [
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if k.count() and _first_key(k) < _MEDIA_KEYS
    ]
    return _tr(" or ").join(name for name in names if name)


#: Keys from here on (Back, Zoom In, Volume Up...) exist only on special keyboards: not listed.
_MEDIA_KEYS = Qt.Key.Key_Back.value


def _first_key(sequence: QKeySequence) -> int:
    """The first key of ``sequence`` without its modifiers (the stubs lack ``__getitem__``)."""
    combination: QKeyCombination = sequence[0]  # type: ignore[index]
    return combination.key().value


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action of the window with a shortcut: menu by menu, then any not in a menu."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, section: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                sub = action.menu()
                assert isinstance(sub, QMenu)
                walk(sub, f"{section} ▸ {plain_text(action)}")
            elif not action.isSeparator():
                seen.add(id(action))
                if keys_text(action):
                    found.append(Shortcut(section, plain_text(action), keys_text(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(top))
    elsewhere = _tr("In the window")
    for action in window.findChildren(QAction):
        if id(action) not in seen and action.menu() is None and keys_text(action):
            seen.add(id(action))
            found.append(Shortcut(elsewhere, plain_text(action), keys_text(action)))
    return found


class ShortcutsDialog(QDialog):
    """A two-column list: what, and which keys, grouped by menu."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setToolTip(self.tr("Every keyboard shortcut of Foamroll"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        sections: dict[str, QTreeWidgetItem] = {}
        for shortcut in window_shortcuts(window):
            self._add(sections, shortcut.section, shortcut.keys, shortcut.what)
        timer = self.tr("Timer screen (while a routine runs)")
        for keys, what in timer_keys():
            self._add(sections, timer, keys, what)
        self.tree.expandAll()

        note = QLabel(self.tr("Menu entries also open with Alt and their underlined letter."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        rows = sum(1 + item.childCount() for item in sections.values())
        row_height = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().height())
        self.resize(580, min(760, 110 + rows * row_height))

    def _add(
        self, sections: dict[str, QTreeWidgetItem], section: str, keys: str, what: str
    ) -> None:
        parent = sections.get(section)
        if parent is None:
            parent = QTreeWidgetItem(self.tree, [section, ""])
            parent.setFirstColumnSpanned(True)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            sections[section] = parent
        QTreeWidgetItem(parent, [keys, what])

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, does) for every listed shortcut, as shown."""
        listed = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            assert section is not None
            for j in range(section.childCount()):
                row = section.child(j)
                assert row is not None
                listed.append((section.text(0), row.text(0), row.text(1)))
        return listed

    @classmethod
    def show_for(cls, window: QMainWindow) -> ShortcutsDialog:
        """Open the list beside the window (not modal: it can stay open); tests patch this."""
        dialog = cls(window, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
