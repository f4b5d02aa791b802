"""The step picture widget: shows one step, animates a moving step while it is visible.

The painting is in :mod:`~foamroll_gui.ui.figure_painter` (its public names are importable from
here too).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QEnterEvent,
    QFocusEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from foamroll_gui.core.content.model import Step
from foamroll_gui.core.figure.pose import pingpong
from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.figure.top_view import drawn_from_above
from foamroll_gui.core.illustrations.marks import shows_press
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Bounds, Colours
from foamroll_gui.ui.figure_painter import (
    drawn_bounds,
    paint_illustration,
    picture_aspect,
    roller_spin,
    step_bounds,
)
from foamroll_gui.ui.figure_parts import FAR_THICKNESS, load_stretches
from foamroll_gui.ui.illustration_play import (
    FRAME_CACHE_BYTES,
    FRAME_INTERVAL_MS,
    PLAY_SECONDS,
    PlayGroup,
    _rest_index,
    play_seconds,
)

__all__ = [
    "FAR_THICKNESS",
    "FRAME_INTERVAL_MS",
    "PLAY_SECONDS",
    "Colours",
    "IllustrationWidget",
    "PlayGroup",
    "drawn_bounds",
    "load_stretches",
    "paint_illustration",
    "picture_aspect",
    "play_seconds",
    "roller_spin",
    "step_bounds",
]

# -- the widget -------------------------------------------------------------------------------
#: Height over width of a picture with no step yet.
DEFAULT_ASPECT = 0.6


class IllustrationWidget(QWidget):
    """The picture of one step. A moving step plays a few passes, then rests on a still frame.

    It plays when first shown (if no other picture of its ``group`` plays), and again when the
    pointer enters it, when it gets the keyboard focus, or on a click (a click while playing
    pauses it). It stops when its window is deactivated, minimised or hidden. ``clock`` returns
    monotonic seconds (``time.monotonic`` unless a test injects one); timer ticks only redraw,
    and the timer exists only while the picture plays. A still picture is painted once into a
    cached pixmap, so repainting it costs a copy.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        group: PlayGroup | None = None,
        autoplay: bool = True,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._group = group
        self._autoplay = autoplay
        self._poses: TechniquePoses | None = None
        self._step_id: str | None = None
        self._side: str | None = None
        self._bounds: Bounds | None = None
        self._aspect = DEFAULT_ASPECT
        self._play_started: float | None = None  # clock time of the play's phase origin
        self._play_until = 0.0
        self._played_once = False
        self._timer: QTimer | None = None
        self._still: QPixmap | None = None
        self._still_key: tuple[object, ...] | None = None
        self._frames: dict[int, QPixmap] = {}  # while playing: frames by place in the pass
        self._frames_key: tuple[object, ...] | None = None
        self._watched: QWidget | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @classmethod
    def for_step(
        cls,
        poses: TechniquePoses,
        step: Step | str,
        side: str | None = None,
        parent: QWidget | None = None,
        *,
        group: PlayGroup | None = None,
    ) -> IllustrationWidget:
        widget = cls(parent, group=group)
        widget.set_step(poses, step.id if isinstance(step, Step) else step, side)
        return widget

    # -- public state -------------------------------------------------------------------------
    def set_step(self, poses: TechniquePoses, step_id: str, side: str | None = None) -> None:
        """Show ``step_id`` of ``poses`` for the worked ``side`` (None: as drawn)."""
        step = poses.step(step_id)  # unknown step: KeyError now, not in paintEvent
        self._poses, self._step_id, self._side = poses, step_id, side
        self._bounds = step_bounds(poses, step_id, side)
        above = drawn_from_above(poses.frame(step_id, side))
        self._aspect = picture_aspect(self._bounds, floor=not above)
        self._played_once = False
        self._still = None
        self.setToolTip(
            self.tr("Click, hover or press Space to play the movement again")
            if step.animated
            else ""
        )
        self.rest()
        if self._autoplay and self.isVisible():
            self._autoplay_once()

    @property
    def moving(self) -> bool:
        """Whether the shown step has a movement to animate."""
        return (
            self._poses is not None
            and self._step_id is not None
            and self._poses.step(self._step_id).animated
        )

    @property
    def playing(self) -> bool:
        """Whether the movement is playing (it may be waiting to be seen for its timer)."""
        return self._play_started is not None

    @property
    def animating(self) -> bool:
        """Whether the redraw timer is running (only while playing and shown)."""
        return self._timer is not None and self._timer.isActive()

    def play(self) -> None:
        """Play a few passes of the movement from the still frame, then rest on it again."""
        if not self.moving or self._poses is None or self._step_id is None:
            return
        if not self.isVisible() or self.window().isMinimized():
            return
        pass_seconds = self._poses.step(self._step_id).pass_seconds
        now = self._clock()
        self._play_started = now - _rest_index(pass_seconds) * FRAME_INTERVAL_MS / 1000.0
        self._play_until = now + play_seconds(pass_seconds)
        self._played_once = True
        if self._group is not None:
            self._group.claim(self)
        self._sync_timer()
        self.update()

    def rest(self) -> None:
        """Stop playing and show the still frame."""
        was_playing = self._play_started is not None
        self._play_started = None
        self._frames.clear()
        if self._group is not None:
            self._group.release(self)
        self._sync_timer()
        if was_playing:
            self.update()

    def toggle(self) -> None:
        if self.playing:
            self.rest()
        else:
            self.play()

    def phase(self) -> float:
        """Where the movement is now (0..1): the rest phase unless playing; 0 for a still step."""
        if not self.moving or self._poses is None or self._step_id is None:
            return 0.0
        pass_seconds = self._poses.step(self._step_id).pass_seconds
        index = self._frame_index() if self._play_started is not None else None
        if index is None:
            index = _rest_index(pass_seconds)
        return pingpong(index * FRAME_INTERVAL_MS / 1000.0, pass_seconds)

    def _frame_index(self) -> int:
        """The frame of the pass now: frames sit on the timer's grid, there and back alike."""
        if self._play_started is None or self._poses is None or self._step_id is None:
            return 0
        pass_seconds = self._poses.step(self._step_id).pass_seconds
        tick = FRAME_INTERVAL_MS / 1000.0
        per_cycle = max(2, round(2 * pass_seconds / tick))
        now = min(self._clock(), self._play_until)
        index = round((now - self._play_started) / tick) % per_cycle
        return min(index, per_cycle - index)

    def frame(self) -> Frame | None:
        """The picture as it would be painted now."""
        if self._poses is None or self._step_id is None:
            return None
        return self._poses.frame(self._step_id, self._side, self.phase())

    # -- Qt -----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 75)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Framed to the figure: a lying body gets a wide, low picture it fills."""
        return max(75, round(width * self._aspect))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_window()
        if self._autoplay and not self._played_once:
            self._autoplay_once()
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.rest()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        if not self.playing:
            self.play()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.playing:
            self.play()
        self.update()  # the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.moving:
            self.toggle()
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.moving:
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._still = None
            self._frames.clear()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._still = None
        self._frames.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched:
            kind = event.type()
            if kind in (QEvent.Type.WindowDeactivate, QEvent.Type.Hide) or (
                kind == QEvent.Type.WindowStateChange and self.window().isMinimized()
            ):
                self.rest()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if self._poses is None or self._step_id is None:
                painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            elif self.playing:
                painter.drawPixmap(0, 0, self._playing_pixmap())
            else:
                painter.drawPixmap(0, 0, self._still_pixmap())
            if self.hasFocus():
                _paint_focus_ring(painter, self.rect(), self.palette())
        finally:
            painter.end()

    def on_timer_timeout(self) -> None:
        if self._clock() >= self._play_until:
            self.rest()
            return
        # Redraw only what can be seen: a picture scrolled out of view costs nothing but the tick.
        if not self.visibleRegion().isEmpty():
            self.update()

    # -- helpers ------------------------------------------------------------------------------
    def _autoplay_once(self) -> None:
        self._played_once = True
        if self._group is None or self._group.playing is None:
            self.play()

    def _paint_frame(self, painter: QPainter) -> None:
        frame = self.frame()
        if frame is None or self._poses is None or self._step_id is None:
            return
        spin = roller_spin(self._poses, self._step_id, self._side, self.phase())
        paint_illustration(
            painter,
            QRectF(self.rect()),
            frame,
            self.palette(),
            bounds=self._bounds,
            spin=spin,
            press=shows_press(self._step_id),
        )

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        try:
            self._paint_frame(painter)
        finally:
            painter.end()
        return pixmap

    def _cache_key(self) -> tuple[object, ...]:
        return (self.width(), self.height(), self.devicePixelRatioF(), self.palette().cacheKey())

    def _still_pixmap(self) -> QPixmap:
        key = self._cache_key()
        if self._still is None or self._still_key != key:
            self._still, self._still_key = self._render(), key
        return self._still

    def _playing_pixmap(self) -> QPixmap:
        """This frame of the pass, painted once per play (each pass goes there and back)."""
        key = self._cache_key()
        if self._frames_key != key:
            self._frames.clear()
            self._frames_key = key
        index = self._frame_index()
        pixmap = self._frames.get(index)
        if pixmap is None:
            pixmap = self._render()
            if (len(self._frames) + 1) * pixmap.width() * pixmap.height() * 4 <= FRAME_CACHE_BYTES:
                self._frames[index] = pixmap
        return pixmap

    def _watch_window(self) -> None:
        window = self.window()
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not self:
            window.installEventFilter(self)

    def _sync_timer(self) -> None:
        should_run = self.playing and self.isVisible()
        if should_run:
            if self._timer is None:
                self._timer = QTimer(self)
                self._timer.setInterval(FRAME_INTERVAL_MS)
                self._timer.setTimerType(Qt.TimerType.CoarseTimer)
                self._timer.timeout.connect(self.on_timer_timeout)
            if not self._timer.isActive():
                self._timer.start()
        elif self._timer is not None:
            self._timer.stop()


def _paint_focus_ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
