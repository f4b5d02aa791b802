"""Render the app icon's PNGs from its SVGs (QtSvg, offscreen; no display needed).

    python scripts/make_icons.py [--out DIR]

Writes ``DIR/hicolor/NxN/apps/APP_ID.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (DIR is
``assets/icons`` by default), laid out as the freedesktop icon theme wants them, so
``make install-desktop`` copies the tree as it is. Sizes up to 24 px are drawn from
``foamroll-small.svg`` (the roller and the teal tile without the grooves and the wave, which blur
into a grey smear at 16 px); the larger ones from ``foamroll.svg``.

Each file is written atomically (temp file in the same folder, fsync, ``os.replace``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "assets" / "icons"
APP_ID = "io.github.foamroll.Foamroll"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24  # sizes at or below this use the simplified drawing


def source_for(size: int, icons: Path = ICONS) -> Path:
    """The SVG a PNG of ``size`` pixels is drawn from."""
    name = "foamroll-small.svg" if size <= SMALL_UP_TO else "foamroll.svg"
    return icons / name


def png_path(out: Path, size: int) -> Path:
    return out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG; fix the file and run this script again")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise SystemExit(f"{svg}: cannot encode a {size} px PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)  # mkstemp makes it private; icons are for everyone
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ICONS, help="folder for hicolor/ (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = png_path(args.out, size)
        write_atomic(target, render(source_for(size), size))
        print(target)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
