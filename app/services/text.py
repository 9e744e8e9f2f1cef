"""Text folding shared by the search index and its queries.

Python's casefold() knows every Kazakh and Russian letter (Ә/ә, Қ/қ, Ө/ө, І/і, Ё/ё ...), unlike
SQLite's lower(); we store and query folded text so both databases find «қордай» in «ҚОРДАЙ».
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))
