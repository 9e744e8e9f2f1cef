"""Checks of the translations: the files are shipped, the reports read them, and Qt loads them."""

from __future__ import annotations

from pathlib import Path

from app.selftest.workspace import CheckError, Workspace

LANGUAGES = ("kk", "ru")
# A string every window of the program starts with (the sign-in window's title), and one of Qt's own.
KNOWN = ("LoginDialog", "Tatulyq: sign in")
QT_KNOWN = ("QPlatformTheme", "Cancel")


def translations_dir() -> Path:
    """Where the program's translations are (app/ui/translations), found without importing Qt."""
    return Path(__file__).resolve().parent.parent / "ui" / "translations"


def expected_translation(lang: str) -> str:
    """The known string's translation as the .ts source has it (the reports read the same file)."""
    from app.reports.texts import texts

    return texts(lang).translate(*KNOWN)


def check_translation_files(_: Workspace) -> None:
    """tatulyq_kk and tatulyq_ru are shipped, as .qm (the windows) and .ts (the reports), and translate."""
    folder = translations_dir()
    missing = [
        f"tatulyq_{lang}{suffix}"
        for lang in LANGUAGES
        for suffix in (".qm", ".ts")
        if not (folder / f"tatulyq_{lang}{suffix}").is_file()
    ]
    if missing:
        raise CheckError(f"missing in {folder}: {', '.join(missing)}")
    for lang in LANGUAGES:
        if expected_translation(lang) == KNOWN[1]:
            raise CheckError(f"the {lang} translation has no text for {KNOWN[1]!r}")


def check_qt(_: Workspace) -> None:
    """Qt starts (its platform plugin loads) and its translators give the known strings in kk and ru."""
    from app.ui.self_test_qt import check_qt_translations

    problems = check_qt_translations(
        translations_dir(),
        {lang: (KNOWN, expected_translation(lang)) for lang in LANGUAGES},
        QT_KNOWN,
    )
    if problems:
        raise CheckError("; ".join(problems))
