"""Kazakh and Russian text for reports and documents, from the desktop program's translation sources.

Reports are made without Qt (the command line, a worker process), yet their words must be translated
exactly like the windows: one set of .ts files, one translator workflow, one completeness test. So the
strings are written as `texts.translate("Context", "English source")` — lupdate recognises the
`translate(` call and collects them into app/ui/translations/tatulyq_<lang>.ts — and at run time this
module reads the finished translations from the same .ts files (shipped with the package).
English is the source language: an English catalogue returns the source text unchanged.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")


def _translations_dir() -> Path:
    # app/ui/translations holds only data files: reading them imports no Qt.
    return Path(__file__).resolve().parent.parent / "ui" / "translations"


@dataclass(frozen=True)
class Texts:
    """The finished translations of one language, keyed by (context, English source)."""

    lang: str
    messages: dict[tuple[str, str], str] = field(default_factory=dict)

    def translate(self, context: str, source: str) -> str:
        """The translation, or the English source when there is none (English, or a gap the tests catch)."""
        return self.messages.get((context, source), source)


@cache
def texts(lang: str) -> Texts:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    if lang == "en":
        return Texts("en")
    ts = _translations_dir() / f"tatulyq_{lang}.ts"
    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text.strip():
                messages[(name, message.findtext("source") or "")] = text
    return Texts(lang, messages)
