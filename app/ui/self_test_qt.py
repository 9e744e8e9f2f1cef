"""The Qt part of `tatulyq --self-test`: Qt starts, and the program's and Qt's own translations load.

A bundle can lose a Qt platform plugin or a .qm file without any Python import failing; the program
would then not open, or open in English. Here Qt is started the way the program starts it, each .qm is
loaded with QTranslator, and a known string must come out as the .ts source says.

Without a screen (a Linux server, the CI) and with no platform chosen, the offscreen platform is used:
asking Qt for the X11 one there would abort the process instead of failing the check.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

Known = tuple[str, str]  # (context, English source)


def _choose_platform() -> None:
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_screen and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def check_qt_translations(
    folder: Path, expected: Mapping[str, tuple[Known, str]], qt_known: Known
) -> list[str]:
    """What is wrong (empty: nothing). ``expected[lang]`` is a known string of ours and its translation;
    ``qt_known`` is a string of Qt's own that qtbase_<lang>.qm must translate."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _choose_platform()
        app = QApplication([sys.argv[0] if sys.argv else "tatulyq"])
    problems: list[str] = []
    if not QApplication.platformName():
        problems.append("no Qt platform plugin was loaded")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for lang, ((context, source), wanted) in expected.items():
        ours, qt = QTranslator(), QTranslator()
        if not ours.load(str(folder / f"tatulyq_{lang}.qm")):
            problems.append(f"tatulyq_{lang}.qm does not load from {folder}")
            continue
        if not qt.load(f"qtbase_{lang}", qt_folder):
            problems.append(f"Qt's qtbase_{lang}.qm does not load from {qt_folder}")
            continue
        app.installTranslator(ours)
        app.installTranslator(qt)
        try:
            got = QCoreApplication.translate(context, source)
            qt_got = QCoreApplication.translate(*qt_known)
        finally:
            app.removeTranslator(ours)
            app.removeTranslator(qt)
        if got != wanted:
            problems.append(f"tatulyq_{lang}.qm gives {got!r} for {source!r}, the .ts says {wanted!r}")
        if qt_got == qt_known[1]:
            problems.append(f"qtbase_{lang}.qm does not translate {qt_known[1]!r}")
    return problems
