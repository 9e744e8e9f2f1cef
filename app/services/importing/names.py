"""A party as an old register names it: «ӨМІРБЕКОВ ҒАЛЫМЖАН СЕРІКҰЛЫ», «иванова ольга», «ТОО «Береке»».

A person's name is split into last, first and middle name (the order registers and documents in
Kazakhstan use) and written in the usual letter case when it was typed all in capitals or all in small
letters; a name typed in mixed case is kept as typed («МакКензи»). An organisation, a state body or a
group is recognised by its legal form or by words like «әкімдігі», «жители»; its name is kept as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from app.models.enums import PartyKind
from app.services.importing.matching import has_any_word, normalise
from app.services.importing.vocabulary import GROUP_WORDS, ORGANISATION_WORDS, STATE_BODY_WORDS

_QUOTED = re.compile(r"[«\"“„].+[»\"”]")


@dataclass(frozen=True)
class PartyName:
    kind: PartyKind
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    org_name: str | None = None

    @cached_property
    def match_key(self) -> str:
        """What two records of the same party share whatever the letter case and middle name."""
        if self.kind is PartyKind.PERSON:
            return normalise(f"{self.last_name or ''} {self.first_name or ''}")
        return normalise(self.org_name or "")


def _word_case(word: str) -> str:
    if not (word.isupper() or word.islower()):
        return word
    if "-" not in word:
        return word.capitalize()
    return "-".join(part.capitalize() for part in word.split("-"))


def kind_of(name: str) -> PartyKind:
    text = normalise(name)
    if has_any_word(STATE_BODY_WORDS, text):
        return PartyKind.STATE_BODY
    if _QUOTED.search(name) or has_any_word(ORGANISATION_WORDS, text):
        return PartyKind.ORGANISATION
    if has_any_word(GROUP_WORDS, text):
        return PartyKind.GROUP
    return PartyKind.PERSON


def read_party(text: str) -> PartyName | None:
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    kind = kind_of(cleaned)
    if kind is not PartyKind.PERSON:
        return PartyName(kind, org_name=cleaned)
    words = [_word_case(word) for word in cleaned.split(" ")]
    return PartyName(
        PartyKind.PERSON,
        last_name=words[0],
        first_name=words[1] if len(words) > 1 else None,
        middle_name=" ".join(words[2:]) or None,
    )
