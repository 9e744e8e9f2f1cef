"""Languages of the desktop program: Kazakh, Russian and English (the source language).

Our own strings come from app/ui/translations/tatulyq_<lang>.qm (made from the .ts sources by
scripts/translations.py); Qt's own dialogs and buttons from Qt's qtbase_<lang>.qm. Installing a new
translator makes Qt send every widget a LanguageChange event, and each view re-labels itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("kk", "ru", "en")
_LOCALES = {
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Kazakhstan),
}


def translations_dir() -> Path:
    return Path(__file__).with_name("translations")


def system_language() -> str:
    name = QLocale.system().name().lower()
    for lang in ("kk", "ru"):
        if name.startswith(lang):
            return lang
    return "en"


class Languages:
    """Keeps the installed translators so switching replaces them instead of stacking them.

    The application has one language at a time, so the installed translators are shared by every
    Languages object (a second sign-in in the same process must not stack a second set).
    """

    _installed: list[QTranslator] = []  # noqa: RUF012 - deliberately shared, see above

    def __init__(self) -> None:
        self.current = "en"

    def install(self, lang: str) -> bool:
        """Switch the whole program to ``lang``; False when our translation file is missing."""
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        if lang != "en":
            ours = QTranslator(app)
            ok = ours.load(str(translations_dir() / f"tatulyq_{lang}.qm"))
            if ok:
                app.installTranslator(ours)
                self._installed.append(ours)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                self._installed.append(qt)
        QLocale.setDefault(_LOCALES[lang])
        self.current = lang
        return ok


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context`` without translating it yet (typed, unlike Qt's)."""
    return text
