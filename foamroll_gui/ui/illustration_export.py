"""Write every step picture to files (PNG or SVG), and optionally one labelled contact sheet.

Used by ``foamroll render-illustrations OUT_DIR [--format png|svg] [--contact-sheet]``. Needs a
running QGuiApplication (``app.py`` starts one for the command; tests have pytest-qt's).
"""

from __future__ import annotations

import errno
import stat
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.figure.top_view import drawn_from_above
from foamroll_gui.core.files import write_atomically
from foamroll_gui.core.illustrations.marks import shows_press
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.illustration import (
    paint_illustration,
    picture_aspect,
    roller_spin,
    step_bounds,
)
from foamroll_gui.ui.palettes import light_palette

FORMATS = ("png", "svg")
#: A step picture's width; its height follows its figure (see :func:`framed_size`).
PICTURE_WIDTH = 480
#: A contact sheet's cell width.
CELL_WIDTH = 300


def framed_size(
    poses: TechniquePoses, step_id: str, width: int = PICTURE_WIDTH, side: str | None = None
) -> QSize:
    """The size of a step picture ``width`` wide framed to its figure, as the app shows it
    (:meth:`~foamroll_gui.ui.illustration.IllustrationWidget.heightForWidth`): a lying body
    gets a wide, low picture it fills."""
    bounds = step_bounds(poses, step_id, side)
    above = drawn_from_above(poses.frame(step_id, side))
    return QSize(width, max(1, round(width * picture_aspect(bounds, floor=not above))))


def render_step(
    poses: TechniquePoses,
    step_id: str,
    size: QSize | None = None,
    *,
    side: str | None = None,
    palette: QPalette | None = None,
    phase: float | None = None,
) -> QImage:
    """One step picture as an image (a moving step at the middle of its movement), framed to
    its figure unless ``size`` is given."""
    size = size or framed_size(poses, step_id, side=side)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    pal = palette or light_palette()
    image.fill(pal.color(QPalette.ColorRole.Base))
    if phase is None:
        phase = 0.5 if poses.step(step_id).animated else 0.0
    painter = QPainter(image)
    try:
        _paint_step(
            painter, QRectF(0, 0, size.width(), size.height()), poses, step_id, side, pal, phase
        )
    finally:
        painter.end()
    return image


def _paint_step(
    painter: QPainter,
    rect: QRectF,
    poses: TechniquePoses,
    step_id: str,
    side: str | None,
    palette: QPalette,
    phase: float,
) -> None:
    frame = poses.frame(step_id, side, phase)
    paint_illustration(
        painter,
        rect,
        frame,
        palette,
        bounds=step_bounds(poses, step_id, side),
        spin=roller_spin(poses, step_id, side, phase),
        press=shows_press(step_id),
    )


def export_illustrations(
    content: Content,
    poses: Mapping[str, TechniquePoses],
    out_dir: Path,
    fmt: str = "png",
    contact_sheet: bool = False,
    *,
    palette: QPalette | None = None,
    size: QSize | None = None,
) -> list[Path]:
    """Write ``<muscle>-<step>.<fmt>`` for every step of every technique; return the paths.
    Each picture is framed to its figure (:func:`framed_size`) unless ``size`` is given.

    With ``contact_sheet`` also writes ``contact-sheet.png``: every picture in a grid, labelled
    with the muscle's name and the step's number and title.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)} (got {fmt!r})")
    out_dir.mkdir(parents=True, exist_ok=True)
    pal = palette or light_palette()
    written: list[Path] = []
    for muscle in content.muscles:
        technique = content.techniques.get(muscle.id)
        if technique is None or muscle.id not in poses:
            continue
        for step in technique.steps:
            path = out_dir / f"{muscle.id}-{step.id}.{fmt}"
            picture = size or framed_size(poses[muscle.id], step.id)
            if fmt == "png":
                image = render_step(poses[muscle.id], step.id, picture, palette=pal)
                _save_image(image, path)
            else:
                _write_svg(
                    path, poses[muscle.id], step.id, picture, pal, f"{muscle.name}: {step.title}"
                )
            written.append(path)
    if contact_sheet:
        written.append(
            write_contact_sheet(content, poses, out_dir / "contact-sheet.png", palette=pal)
        )
    return written


def _write_svg(
    path: Path, poses: TechniquePoses, step_id: str, size: QSize, palette: QPalette, title: str
) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        phase = 0.5 if poses.step(step_id).animated else 0.0
        _paint_step(
            painter, QRectF(0, 0, size.width(), size.height()), poses, step_id, None, palette, phase
        )
    finally:
        painter.end()
    buffer.close()
    _write(path, bytes(data.data()))


def _save_image(image: QImage, path: Path) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at runtime
        raise OSError(f"could not encode {path} as PNG")
    _write(path, bytes(data.data()))


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` whole (temporary file, rename) to ``path``. A file the user made
    read-only is not replaced: an OSError naming it says so."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise OSError(errno.EISDIR, f"{path} exists and is not a regular file")
    if mode is not None and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise OSError(errno.EACCES, f"{path} is read-only; it was left as it is")
    write_atomically(path, data)


def write_contact_sheet(
    content: Content,
    poses: Mapping[str, TechniquePoses],
    path: Path,
    *,
    palette: QPalette | None = None,
    cell: QSize | None = None,
    columns: int = 6,
    side: str | None = None,
) -> Path:
    """All step pictures in one labelled grid: a row per muscle (wrapping), for review. Each
    cell is ``cell``'s width (by default :data:`CELL_WIDTH`) and framed to its figure; a row is
    as high as its highest picture, the pictures standing on its bottom."""
    cell_width = cell.width() if cell is not None else CELL_WIDTH
    pal = palette or light_palette()
    rows: list[list[tuple[str, TechniquePoses, str, str, int]]] = []
    for muscle in content.muscles:
        technique = content.techniques.get(muscle.id)
        if technique is None or muscle.id not in poses:
            continue
        row: list[tuple[str, TechniquePoses, str, str, int]] = []
        for number, step in enumerate(technique.steps, start=1):
            height = framed_size(poses[muscle.id], step.id, cell_width, side).height()
            row.append((muscle.name, poses[muscle.id], step.id, f"{number}. {step.title}", height))
            if len(row) == columns:
                rows.append(row)
                row = []
        if row:
            rows.append(row)
    label_h = 40
    gap = 8
    heights = [max(item[4] for item in row) for row in rows]
    width = columns * (cell_width + gap) + gap
    height = sum(h + label_h + gap for h in heights) + gap
    image = QImage(QSize(width, max(height, 1)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(pal.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        font = QFont(painter.font())
        font.setPixelSize(12)
        bold = QFont(font)
        bold.setBold(True)
        y = gap
        for row, row_h in zip(rows, heights, strict=True):
            for c, (name, pictures, step_id, title, picture_h) in enumerate(row):
                x = gap + c * (cell_width + gap)
                rect = QRectF(x, y + row_h - picture_h, cell_width, picture_h)
                phase = 0.5 if pictures.step(step_id).animated else 0.0
                _paint_step(painter, rect, pictures, step_id, side, pal, phase)
                painter.setPen(pal.color(QPalette.ColorRole.WindowText))
                painter.setFont(bold)
                text_rect = QRectF(x + 2, y + row_h + 2, cell_width - 4, 16)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, name)
                painter.setFont(font)
                text_rect = QRectF(x + 2, y + row_h + 18, cell_width - 4, 18)
                elided = painter.fontMetrics().elidedText(
                    title, Qt.TextElideMode.ElideRight, int(text_rect.width())
                )
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, elided)
            y += row_h + label_h + gap
    finally:
        painter.end()
    _save_image(image, path)
    return path
