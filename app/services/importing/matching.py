"""Folding text for comparison and finding the vocabulary's words in it (see vocabulary.py)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.services.importing.vocabulary import Pattern

_NOT_A_WORD = re.compile(r"[^\w№]+")


def normalise(text: str) -> str:
    """Folded, «ё» as «е», punctuation as spaces, single spaces: «Өтініш беруші (Ф.И.О.)» ->
    «өтініш беруші ф и о»."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(_NOT_A_WORD.sub(" ", folded).replace("_", " ").split())


@lru_cache(maxsize=4096)
def _word(word: str) -> re.Pattern[str]:
    whole = word.endswith("=")
    stem = re.escape(word.rstrip("="))
    return re.compile(r"(?<![\w№])" + stem + (r"(?![\w№])" if whole else ""))


@lru_cache(maxsize=256)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(w.rstrip("=")) + (r"(?![\w№])" if w.endswith("=") else "") for w in words]
    return re.compile(r"(?<![\w№])(?:" + "|".join(parts) + ")")


def has_any_word(words: tuple[str, ...], text: str) -> bool:
    """Any of the words in ``text`` (normalised): one search, not one per word."""
    return _any_of(words).search(text) is not None


def has_word(word: str, text: str) -> bool:
    """``text`` must already be normalised."""
    return _word(word).search(text) is not None


def matches(pattern: Pattern, text: str) -> bool:
    return all(has_word(word, text) for word in pattern)


def weight(pattern: Pattern) -> int:
    """Longer patterns say more: «медиация туралы шарт» outweighs a bare «күні»."""
    return sum(len(word.rstrip("=")) for word in pattern)
