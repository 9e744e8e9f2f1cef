"""Guessing which field each column holds, from its header in Kazakh, Russian or English.

The guess is only a proposal: the person importing sees it and can change every column. What they chose
last time for a header wins over the guess (``learned``), so a centre's own headers are learnt once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.services.importing.fields import Field
from app.services.importing.matching import has_word, matches, normalise, weight
from app.services.importing.vocabulary import HEADERS, ID_WORDS, IGNORED_HEADERS, WEAK_HEADERS

_ID_OF = {Field.APPLICANT: Field.APPLICANT_ID, Field.RESPONDENT: Field.RESPONDENT_ID}
_WEAK_WEIGHT = 1  # below any real pattern


def _ignored(text: str) -> bool:
    return any(matches(pattern, text) for pattern in IGNORED_HEADERS)


def candidates(header: str) -> list[tuple[int, Field]]:
    """Fields the header may name, the likeliest first."""
    text = normalise(header)
    if not text or _ignored(text):
        return []
    found: dict[Field, int] = {}
    for field, patterns in HEADERS.items():
        best = max((weight(p) for p in patterns if matches(p, text)), default=0)
        if best:
            found[field] = best
    for field, patterns in WEAK_HEADERS.items():
        if field not in found and any(matches(p, text) for p in patterns):
            found[field] = _WEAK_WEIGHT
    return sorted(((score, field) for field, score in found.items()), key=lambda item: -item[0])


def looks_like_header(header: str) -> bool:
    text = normalise(header)
    return bool(text) and (_ignored(text) or bool(candidates(header)) or _is_bare_id(text))


def _is_bare_id(text: str) -> bool:
    return any(has_word(word, text) for word in ID_WORDS)


def guess_columns(headers: Sequence[str], learned: Mapping[str, str] | None = None) -> dict[int, Field]:
    """Column index -> field, each field at most once. ``learned`` maps a normalised header to the
    field chosen for it before ("" when the person chose not to import that column)."""
    learned = learned or {}
    known = {f.value for f in Field}
    chosen: dict[int, Field] = {}
    decided: set[int] = set()  # by what was learnt, including "not imported"
    for index, header in enumerate(headers):
        remembered = learned.get(normalise(header))
        if remembered is None:
            continue
        decided.add(index)
        if remembered in known and Field(remembered) not in chosen.values():
            chosen[index] = Field(remembered)
    offers = [
        (score, index, field)
        for index, header in enumerate(headers)
        if index not in decided
        for score, field in candidates(header)
    ]
    for _score, index, field in sorted(offers, key=lambda o: (-o[0], o[1])):
        if index not in chosen and field not in chosen.values():
            chosen[index] = field
    _bare_id_columns(headers, chosen, decided)
    return dict(sorted(chosen.items()))


def _bare_id_columns(headers: Sequence[str], chosen: dict[int, Field], decided: set[int]) -> None:
    """A column headed only «ЖСН» / «ИИН» holds the number of the party named in the column before it."""
    for index, header in enumerate(headers):
        if index in chosen or index in decided or not _is_bare_id(normalise(header)):
            continue
        for left in range(index - 1, -1, -1):
            id_field = _ID_OF.get(chosen[left]) if left in chosen else None
            if id_field is not None:
                if id_field not in chosen.values():
                    chosen[index] = id_field
                break
