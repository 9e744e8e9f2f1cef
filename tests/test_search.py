"""Search: case number, party names and description, any letter case of Kazakh and Russian, prefixes."""

from __future__ import annotations

from datetime import date

from app.models import Case
from app.models.enums import ParticipantRole, PartyKind
from app.services import parties, search
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY, new_case, person


def _numbers(db: Database, text: str) -> list[str]:
    with db.session() as s:
        return sorted(hit.number for hit in search.search_cases(s, text))


def _seed(db: Database) -> dict[str, str]:
    with db.session(write=True, actor=ACTOR) as s:
        a = new_case(s, description="Жер учаскесі туралы дау, Қордай ауылы")
        parties.add_party_to_case(
            s, a, person("Өмірбеков", "Ғалымжан"), ParticipantRole.APPLICANT, today=TODAY
        )
        b = new_case(s, description="Спор соседей о заборе в селе ҚОРДАЙ")
        parties.add_party_to_case(s, b, person("Иванов", "Пётр"), ParticipantRole.APPLICANT, today=TODAY)
        c = new_case(s, unit="KZ-19-ENB", description="Еңбекақы төленбеді")
        parties.add_party_to_case(
            s,
            c,
            parties.PartyInput(kind=PartyKind.ORGANISATION, org_name="«Береке» ЖШС"),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )
        return {"a": a.number, "b": b.number, "c": c.number}


def test_kazakh_letters_in_any_case(db: Database) -> None:
    n = _seed(db)
    both = sorted([n["a"], n["b"]])
    assert _numbers(db, "қордай") == both
    assert _numbers(db, "ҚОРДАЙ") == both
    assert _numbers(db, "Қордай") == both
    assert _numbers(db, "ӨМІРБЕКОВ") == [n["a"]]
    assert _numbers(db, "ғалым") == [n["a"]]  # prefix of Ғалымжан
    assert _numbers(db, "еңбек") == [n["c"]]


def test_russian_names_prefix_and_several_words(db: Database) -> None:
    n = _seed(db)
    assert _numbers(db, "иван") == [n["b"]]
    assert _numbers(db, "ИВАНОВ пётр") == [n["b"]]
    assert _numbers(db, "иванов ғалым") == []  # every word must match the same case
    assert _numbers(db, "береке") == [n["c"]]


def test_case_number_in_full_and_in_part(db: Database) -> None:
    n = _seed(db)
    assert _numbers(db, n["a"]) == [n["a"]]
    assert _numbers(db, n["a"].lower()) == [n["a"]]
    assert _numbers(db, "KZ-19-ENB") == [n["c"]]
    assert _numbers(db, "KRD-2026-000") == sorted([n["a"], n["b"]])


def test_renaming_a_party_updates_search(db: Database) -> None:
    n = _seed(db)
    with db.session(write=True, actor=ACTOR) as s:
        hit = search.search_cases(s, "иванов")[0]
        case = s.get(Case, hit.id)
        assert case is not None
        view_party = parties.participants(s, case)[0].party
        parties.update_party(s, view_party, person("Сидоров", "Пётр"), today=TODAY)
    assert _numbers(db, "иванов") == []
    assert _numbers(db, "сидоров") == [n["b"]]


def test_count_and_empty_query(db: Database) -> None:
    _seed(db)
    with db.session() as s:
        assert search.count_matches(s, "қордай") == 2
        assert search.count_matches(s, "  ") == 0
        assert search.search_cases(s, '"*)(') == []
        assert search.count_matches(s, "дау") == 1


def test_unit_filter_and_order(db: Database) -> None:
    n = _seed(db)
    with db.session(write=True, actor=ACTOR) as s:
        later = new_case(s, intake=date(2026, 11, 1), description="Тағы да Қордай")
    with db.session() as s:
        hits = search.search_cases(s, "қордай")
        assert next(h.number for h in hits) == later.number  # newest intake first
        from app.services import units

        enb = units.by_code(s, "KZ-19-ENB").id
        assert [h.number for h in search.search_cases(s, "еңбек", unit_ids=[enb])] == [n["c"]]
        assert search.search_cases(s, "қордай", unit_ids=[enb]) == []
