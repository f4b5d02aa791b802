"""What goes into the PyInstaller bundle, kept apart from ``foamroll.spec`` so tests can read it.

Standard library and the package's ``__init__`` only: the spec imports this while PyInstaller
runs, and the tests import it without PyInstaller installed.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

#: the reverse-DNS id: the .desktop file's and the metainfo's name, and the icons' name
from foamroll_gui import APP_ID as APP_ID

#: the console script in pyproject.toml, and the bundle's folder and executable
SCRIPT = "foamroll"
#: where ``core/resources.py`` looks for shipped data inside the package (wheel and bundle)
DATA_DEST = "foamroll_gui/_data"
#: the project folders shipped as data, as the wheel's force-include ships them
DATA_DIRS = ("content", "assets")

#: files no user needs: editor and OS litter, Python caches
_JUNK_NAMES = frozenset({".DS_Store", "Thumbs.db", "__pycache__", ".gitignore", ".gitkeep"})
_JUNK_SUFFIXES = (".pyc", ".swp", ".tmp", "~", ".orig", ".rej")

#: Qt bindings the app never imports. PyInstaller collects only what is imported, but a hook or a
#: stray import would otherwise pull in hundreds of megabytes (WebEngine alone is ~200 MB).
QT_EXCLUDES = tuple(
    f"PySide6.{name}"
    for name in [
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCanvasPainter",
        "QtCharts",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimediaWidgets",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtPrintSupport",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtSvgWidgets",
        "QtTest",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    ]
)
#: Qt bindings the app does import (``grep -rho "PySide6\\.Qt[A-Za-z]*" foamroll_gui``)
QT_USED = tuple(
    f"PySide6.{name}"
    for name in [
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtSvg",
        "QtNetwork",
        "QtMultimedia",
        "QtTextToSpeech",
    ]
)
#: the standard library's heavy parts that nothing in the app reaches
STDLIB_EXCLUDES = ("tkinter", "unittest", "pydoc", "pydoc_data", "lib2to3", "idlelib", "test")


def is_shipped(relative: PurePosixPath) -> bool:
    """True for a data file a user's copy needs; False for caches and litter."""
    if any(part in _JUNK_NAMES for part in relative.parts):
        return False
    return not relative.name.endswith(_JUNK_SUFFIXES)


def data_files(root: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: one ``(source file, destination folder)`` pair per shipped file.

    ``content/poses/calves.yaml`` lands in ``foamroll_gui/_data/content/poses/``, the layout the
    wheel has, so ``core/resources.py`` finds the same files installed and bundled.
    """
    pairs: list[tuple[str, str]] = []
    for folder in DATA_DIRS:
        base = root / folder
        if not base.is_dir():
            raise FileNotFoundError(f"{base}: missing; build the bundle from a full checkout")
        for path in sorted(base.rglob("*")):
            relative = PurePosixPath(path.relative_to(root).as_posix())
            if path.is_file() and is_shipped(relative):
                pairs.append((str(path), str(PurePosixPath(DATA_DEST) / relative.parent)))
    return pairs


#: Qt plugins (paths under PySide6/Qt/plugins/) a desktop Foamroll never loads, and the Qt
#: libraries only they need. The ffmpeg sound plugin links QtQuick and QtQml, so those stay.
DROP_PLUGINS = (
    "egldeviceintegrations/",  # eglfs: full-screen embedded devices without a window system
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqminimalegl.so",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",  # on-screen keyboard (QtQuick)
    "imageformats/libqpdf.so",  # PDF as an image format (QtPdf)
    # GTK3 theme: needs the system's GTK3 but would run on bundled cairo/pango/glib copies; the
    # xdg-desktop-portal theme stays for native file dialogs
    "platformthemes/libqgtk3.so",
)
DROP_LIBRARIES = (
    "libQt6VirtualKeyboard",
    "libQt6Pdf",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
)
#: Qt's own translations: the app loads no QTranslator for Qt's strings (its own are English)
DROP_DATA_DIRS = ("PySide6/Qt/translations/",)
_PLUGINS = "PySide6/Qt/plugins/"


def keep(dest: str) -> bool:
    """False for a bundled file (its path inside the bundle) the app never loads or reads.

    Applied to PyInstaller's binaries and datas alike: the datas also hold the top-level
    symlinks to Qt's libraries, which must go with their targets.
    """
    dest = dest.replace("\\", "/")
    if dest.startswith(DROP_DATA_DIRS):
        return False
    if dest.startswith(_PLUGINS) and dest[len(_PLUGINS) :].startswith(DROP_PLUGINS):
        return False
    return not PurePosixPath(dest).name.startswith(DROP_LIBRARIES)
