"""Demo data: reproducible to the byte, lawful case by case, searchable, and never mixed with real data."""

from __future__ import annotations

import multiprocessing
import random
import re
import sqlite3
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.errors import ValidationError
from app.models import Case, CaseSearchDoc, reference
from app.models.base import Base
from app.models.enums import CaseStatus, Category, Channel, Outcome, TerminationReason
from app.models.reference import unit_id
from app.services import cases, demo, iin, search, search_index
from app.services.demo import DemoSummary, generate_demo
from app.services.runtime import open_database
from app.services.text import fold
from app.storage.database import Database
from tests.conftest import ACTOR

UNTIL = date(2026, 10, 31)
TODAY = date(2026, 11, 20)
SEED = 20261031
CASES = 300
NUMBER = re.compile(r"^(?P<unit>KZ-\d{2}-[A-Z]+)-(?P<year>\d{4})-(?P<seq>\d{4})$")
SETTLED = {Outcome.SETTLED_FULL.value, Outcome.SETTLED_PARTIAL.value}
NEEDS_MEDIATION = SETTLED | {Outcome.NOT_SETTLED.value}


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    # The services refuse future dates against "today"; pin it so the machine's clock does not matter.
    monkeypatch.setenv("TATULYQ_TODAY", TODAY.isoformat())


def _generate(
    folder: Path, seed: int = SEED, cases_: int = CASES, **options: Any
) -> tuple[Database, DemoSummary]:
    db = open_database(data_dir=folder)
    return db, generate_demo(db, cases=cases_, seed=seed, until=UNTIL, **options)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One generated database shared by the read-only checks (generation is the slow part)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TATULYQ_TODAY", TODAY.isoformat())
        db, summary = _generate(tmp_path_factory.mktemp("demo"))
    yield db, summary
    db.close()


def _connect(db: Database) -> sqlite3.Connection:
    path = db.location.sqlite_path
    assert path is not None
    return sqlite3.connect(path)


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, FTS5 shadow tables included, as sorted rows (the audit row without its time)."""
    con = _connect(db)
    try:
        names = [
            n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            columns = [c[1] for c in con.execute(f'PRAGMA table_info("{name}")')]
            if name == "audit_log":
                # When the load ran, and the seals made over that time: the trail's truth, not demo data.
                for column in ("at", "prev_hash", "hash"):
                    columns.remove(column)
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = con.execute(f'SELECT {quoted} FROM "{name}"').fetchall()
            dump[name] = sorted(rows, key=repr)
        return dump
    finally:
        con.close()


def _rows(db: Database, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    con = _connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


# -- reproducible ------------------------------------------------------------------------------


def test_same_seed_gives_identical_tables_in_process_and_in_a_worker(tmp_path: Path) -> None:
    first, _ = _generate(tmp_path / "a", parallel=False)
    second, _ = _generate(tmp_path / "b", parallel=True)
    try:
        a, b = _dump(first), _dump(second)
        assert a.keys() == b.keys()
        for name in a:
            assert a[name] == b[name], name
        assert len(a["cases"]) == CASES
    finally:
        first.close()
        second.close()


def test_another_seed_gives_other_data(tmp_path: Path, demo_db: tuple[Database, DemoSummary]) -> None:
    other, _ = _generate(tmp_path, seed=SEED + 1)
    try:
        assert _dump(other)["cases"] != _dump(demo_db[0])["cases"]
        assert _dump(other)["mediators"] != _dump(demo_db[0])["mediators"]
    finally:
        other.close()


def test_uuids_are_the_version_4_uuids_of_the_seeded_stream() -> None:
    a, b = random.Random(5), random.Random(5)
    for _ in range(1000):
        made = demo.uuid_hex(a)
        assert made == uuid.UUID(int=b.getrandbits(128), version=4).hex
        assert uuid.UUID(made).version == 4


# -- counts and numbers ------------------------------------------------------------------------


def test_summary_counts_every_table(demo_db: tuple[Database, DemoSummary]) -> None:
    db, summary = demo_db
    assert summary.cases == CASES and summary.until == UNTIL and summary.seed == SEED
    assert summary.seconds > 0 and summary.cases_per_second > 0
    for name, count in summary.rows.items():
        assert _rows(db, f'SELECT count(*) FROM "{name}"')[0][0] == count, name
    assert summary.rows["cases"] == summary.rows["case_search_docs"] == CASES
    units = _rows(db, "SELECT count(DISTINCT unit_id) FROM mediators")[0][0]
    assert 8 * units <= summary.rows["mediators"] <= 15 * units
    assert 2 * CASES <= summary.rows["consultations"] <= 3 * CASES


def test_case_numbers_follow_the_rule_and_the_counters_hold_the_last(
    demo_db: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT c.number, u.code, c.year, c.seq, c.intake_date FROM cases c JOIN units u ON u.id = c.unit_id",
    )
    assert len({r[0] for r in rows}) == len(rows)
    by_unit_year: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for number, code, year, seq, intake in rows:
        match = NUMBER.match(number)
        assert match, number
        assert match["unit"] == code and int(match["year"]) == year == int(intake[:4])
        assert int(match["seq"]) == seq
        by_unit_year[(code, year)].append((intake, seq))
    counters = {(code, year): last for code, year, last in _rows(
        db, "SELECT u.code, k.year, k.last_seq FROM case_counters k JOIN units u ON u.id = k.unit_id"
    )}  # fmt: skip
    assert counters.keys() == by_unit_year.keys()
    for key, numbered in by_unit_year.items():
        seqs = [seq for _, seq in sorted(numbered)]
        assert seqs == list(range(1, len(seqs) + 1)), key  # from 1, in intake order, no gaps
        assert counters[key] == len(seqs)


def test_register_case_after_the_demo_gets_the_next_number(tmp_path: Path) -> None:
    db, _ = _generate(tmp_path, cases_=200)
    try:
        code = "KZ-31-CTR"
        last = _rows(
            db, f"SELECT max(seq) FROM cases WHERE unit_id = '{unit_id(code).hex}' AND year = {UNTIL.year}"
        )[0][0]
        with db.session(write=True, actor=ACTOR) as s:
            case = cases.register_case(
                s,
                cases.CaseIntake(code, UNTIL, Channel.SELF_REFERRAL, Category.FAMILY, "Жаңа іс"),
                today=TODAY,
            )
            assert case.number == f"{code}-{UNTIL.year}-{last + 1:04d}"
    finally:
        db.close()


# -- the law's workflow -------------------------------------------------------------------------


def test_every_status_has_what_the_workflow_requires(demo_db: tuple[Database, DemoSummary]) -> None:
    db, _ = demo_db
    pending = Counter(
        case_id
        for (case_id,) in _rows(
            db,
            "SELECT s.case_id FROM obligations o JOIN settlement_agreements s ON s.id = o.agreement_id "
            "WHERE o.status = 'pending'",
        )
    )
    agreements = {case_id for (case_id,) in _rows(db, "SELECT case_id FROM settlement_agreements")}
    sessions = Counter(case_id for (case_id,) in _rows(db, "SELECT case_id FROM sessions"))
    statuses: Counter[str] = Counter()
    for row in _rows(
        db,
        "SELECT id, status, outcome, termination_reason, termination_note, exclusion, intake_date, "
        "agreement_signed_on, deadline_on, ended_on, ended_at, closed_on FROM cases",
    ):
        cid, status, outcome, reason, note, exclusion, intake, agreed, deadline, ended, ended_at, closed = row
        statuses[status] += 1
        assert max(d for d in (intake, agreed, ended, closed) if d) <= UNTIL.isoformat()
        if status == CaseStatus.REJECTED:
            assert exclusion and closed and outcome is None and agreed is None
            continue
        assert exclusion is None
        if status == CaseStatus.INTAKE:
            assert agreed is None and outcome is None and closed is None
        elif status == CaseStatus.IN_MEDIATION:
            assert agreed and deadline and deadline > agreed and outcome is None and closed is None
        elif status == CaseStatus.FOLLOW_UP:
            assert outcome in SETTLED and reason == TerminationReason.AGREEMENT_SIGNED
            assert pending[cid] > 0 and closed is None and ended
        else:
            assert status == CaseStatus.CLOSED
            assert outcome and reason and ended and ended_at and closed and closed >= ended >= intake
            assert ended_at[:10] == ended  # the working day's UTC time falls on the same local date
            assert pending[cid] == 0
            if outcome in NEEDS_MEDIATION:
                assert agreed and sessions[cid] >= 1
            if outcome in SETTLED:
                assert reason == TerminationReason.AGREEMENT_SIGNED and cid in agreements
            else:
                assert reason != TerminationReason.AGREEMENT_SIGNED and cid not in agreements
            if reason == TerminationReason.OTHER:
                assert note
    assert statuses[CaseStatus.CLOSED] > 0.6 * CASES
    assert statuses[CaseStatus.IN_MEDIATION] + statuses[CaseStatus.INTAKE] > 0


def test_mediated_cases_have_mediators_with_declarations_and_sessions_in_term(
    demo_db: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT c.id, c.agreement_signed_on, a.assigned_on, d.has_conflict, d.mediator_id = a.mediator_id "
        "FROM cases c JOIN mediator_assignments a ON a.case_id = c.id "
        "JOIN conflict_declarations d ON d.id = a.declaration_id WHERE c.agreement_signed_on IS NOT NULL",
    )
    assert rows
    for _, agreed, assigned, conflict, same in rows:
        assert assigned <= agreed and conflict == 0 and same == 1
    mediated = {r[0] for r in _rows(db, "SELECT id FROM cases WHERE agreement_signed_on IS NOT NULL")}
    assert mediated == {r[0] for r in rows}
    early = _rows(
        db,
        "SELECT count(*) FROM sessions s JOIN cases c ON c.id = s.case_id "
        "WHERE s.held_on < c.agreement_signed_on OR s.held_on > coalesce(c.ended_on, ?)",
        (UNTIL.isoformat(),),
    )
    assert early == [(0,)]


# -- people -------------------------------------------------------------------------------------


def test_iins_are_valid_and_agree_with_sex_and_birth_date(demo_db: tuple[Database, DemoSummary]) -> None:
    db, _ = demo_db
    people = _rows(db, "SELECT id_number, sex, birth_date, consent_given FROM parties WHERE kind = 'person'")
    with_iin = [p for p in people if p[0]]
    assert len(with_iin) > 0.7 * len(people)
    for number, sex, birth, consent in with_iin:
        assert iin.is_valid_iin(number, UNTIL), number
        info = iin.parse_iin(number, UNTIL)
        assert info.sex.value == sex and info.birth_date.isoformat() == birth
        assert consent == 1  # personal data is stored only with consent
    assert len({p[0] for p in with_iin}) == len(with_iin)
    for (number,) in _rows(db, "SELECT id_number FROM parties WHERE kind IN ('organisation', 'state_body')"):
        assert iin.is_valid_bin(number)


def test_names_are_kazakh_and_russian(demo_db: tuple[Database, DemoSummary]) -> None:
    db, _ = demo_db
    names = " ".join(
        f"{a} {b}"
        for a, b in _rows(db, "SELECT last_name, first_name FROM parties WHERE last_name IS NOT NULL")
    )
    assert set("әғқңөұүі") <= set(names.lower())
    assert re.search(r"\b[А-Я][а-я]+ов\b", names)  # Russian surnames too


# -- search ----------------------------------------------------------------------------------------


def test_search_finds_a_kazakh_surname_typed_in_capitals(demo_db: tuple[Database, DemoSummary]) -> None:
    db, _ = demo_db
    surname = next(
        name
        for (name,) in _rows(
            db, "SELECT DISTINCT last_name FROM parties WHERE last_name IS NOT NULL ORDER BY 1"
        )
        if set(name.lower()) & set("әғқңөұүһі")
    )
    folded = fold(surname)
    expected = {
        cid
        for cid, document in _rows(db, "SELECT case_id, document FROM case_search_docs")
        if any(word.startswith(folded) for word in document.split())
    }
    assert expected
    with db.session() as s:
        assert search.count_matches(s, surname.upper()) == len(expected)
        hits = search.search_cases(s, surname.upper(), limit=500)
    assert {hit.id.hex for hit in hits} == expected


def test_search_documents_are_those_the_live_hook_writes(tmp_path: Path) -> None:
    db, _ = _generate(tmp_path, cases_=150)
    try:
        with db.engine.connect() as connection, connection.begin() as transaction:
            before = dict(connection.execute(select(CaseSearchDoc.case_id, CaseSearchDoc.document)).all())
            search_index.refresh(connection, list(before))
            after = dict(connection.execute(select(CaseSearchDoc.case_id, CaseSearchDoc.document)).all())
            transaction.rollback()
        assert len(before) == 150
        assert after == before
    finally:
        db.close()


# -- storage ------------------------------------------------------------------------------------------


def test_database_passes_integrity_checks(demo_db: tuple[Database, DemoSummary]) -> None:
    db, _ = demo_db
    con = _connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')")
    finally:
        con.close()


def test_stored_values_are_what_the_column_types_store(demo_db: tuple[Database, DemoSummary]) -> None:
    """Read a sample of every table through the models' types, bind it back: the same raw values."""
    db, _ = demo_db
    dialect = db.engine.dialect
    con = _connect(db)
    try:
        with db.engine.connect() as connection:
            for name, columns in demo._COLUMNS.items():
                table = Base.metadata.tables[name]
                typed = connection.execute(select(*(table.c[c] for c in columns)).limit(200)).all()
                quoted = ", ".join(f'"{c}"' for c in columns)
                raw = con.execute(f'SELECT {quoted} FROM "{name}" LIMIT 200').fetchall()
                assert len(typed) == len(raw) > 0, name
                for typed_row, raw_row in zip(typed, raw, strict=True):
                    for column, value, stored in zip(columns, typed_row, raw_row, strict=True):
                        process = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
                        again = process(value) if process and value is not None else value
                        assert again == stored, (name, column, stored, again)
    finally:
        con.close()


def test_demo_cases_work_with_the_services(demo_db: tuple[Database, DemoSummary], tmp_path: Path) -> None:
    db, _ = _generate(tmp_path, cases_=120)
    try:
        with db.session(write=True, actor=ACTOR) as s:
            case = s.scalars(select(Case).where(Case.status == CaseStatus.IN_MEDIATION).limit(1)).one()
            version = case.version
            cases.record_outcome(s, case, Outcome.TERMINATED, TerminationReason.PARTY_WITHDREW, today=TODAY)
            assert case.status is CaseStatus.CLOSED
        assert case.version == version + 1
    finally:
        db.close()


# -- refusals ---------------------------------------------------------------------------------------


def test_a_second_demo_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db, _ = _generate(tmp_path, cases_=50)
    try:
        before = _dump(db)
        with pytest.raises(ValidationError) as refused:
            generate_demo(db, cases=10, seed=1, until=UNTIL)
        assert refused.value.key == "demo.database_not_empty"
        assert _dump(db) == before
    finally:
        db.close()


def test_a_database_with_real_cases_is_refused(tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    try:
        with db.session(write=True, actor=ACTOR) as s:
            cases.register_case(
                s,
                cases.CaseIntake("KZ-71-CTR", UNTIL, Channel.HOTLINE, Category.LABOUR, "Нақты іс"),
                today=TODAY,
            )
        with pytest.raises(ValidationError) as refused:
            generate_demo(db, cases=10, seed=1, until=UNTIL)
        assert refused.value.key == "demo.database_not_empty"
        assert _rows(db, "SELECT count(*) FROM cases") == [(1,)]
        assert _rows(db, "SELECT count(*) FROM mediators") == [(0,)]
    finally:
        db.close()


@pytest.mark.parametrize(("count", "until", "key"), [
    (-1, UNTIL, "demo.cases_out_of_range"),
    (demo.MAX_CASES + 1, UNTIL, "demo.cases_out_of_range"),
    (10, date(2026, 11, 21), "demo.until_in_future"),
])  # fmt: skip
def test_bad_arguments_are_refused(tmp_path: Path, count: int, until: date, key: str) -> None:
    db = open_database(data_dir=tmp_path)
    try:
        with pytest.raises(ValidationError) as refused:
            generate_demo(db, cases=count, seed=1, until=until)
        assert refused.value.key == key
    finally:
        db.close()


# -- progress and cancelling ----------------------------------------------------------------------------


def test_progress_after_every_batch_and_zero_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "BATCH_CASES", 100)
    calls: list[tuple[int, int]] = []
    db, summary = _generate(
        tmp_path / "a", cases_=250, progress=lambda done, total: calls.append((done, total))
    )
    db.close()
    assert calls == [(100, 250), (200, 250), (250, 250)]
    calls.clear()
    empty, summary = _generate(
        tmp_path / "b", cases_=0, progress=lambda done, total: calls.append((done, total))
    )
    try:
        assert calls == [(0, 0)]
        assert summary.rows["cases"] == 0 and summary.rows["mediators"] > 0
    finally:
        empty.close()


def test_an_exception_from_progress_cancels_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_CASES", 100)

    def cancel(done: int, total: int) -> None:
        if done >= 200:
            raise KeyboardInterrupt

    db = open_database(data_dir=tmp_path)
    try:
        with pytest.raises(KeyboardInterrupt):
            generate_demo(db, cases=300, seed=1, until=UNTIL, progress=cancel)
        for table in ("cases", "parties", "mediators", "case_search_docs", "audit_log"):
            assert _rows(db, f"SELECT count(*) FROM {table}") == [(0,)], table
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM case_search")).scalar() == 0
    finally:
        db.close()


def test_the_mix_is_plausible(demo_db: tuple[Database, DemoSummary]) -> None:
    db, _ = demo_db
    outcomes = Counter(o for (o,) in _rows(db, "SELECT outcome FROM cases WHERE outcome IS NOT NULL"))
    settled = sum(outcomes[o] for o in SETTLED) / sum(outcomes.values())
    assert 0.45 < settled < 0.75
    units = _rows(db, "SELECT count(DISTINCT unit_id), count(DISTINCT substr(number, 1, 5)) FROM cases")[0]
    assert units[0] >= 8 and units[1] >= 5  # several units in five or six regions
    first, last = _rows(db, "SELECT min(intake_date), max(intake_date) FROM cases")[0]
    assert first >= "2024-11-01" and last <= UNTIL.isoformat() and last >= "2026-10-01"


def test_cancelling_a_load_made_in_a_worker_stops_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_CASES", 100)
    seen: list[int] = []

    def cancel(done: int, total: int) -> None:
        seen.append(done)
        if done >= 200:
            raise KeyboardInterrupt

    db = open_database(data_dir=tmp_path)
    try:
        with pytest.raises(KeyboardInterrupt):
            generate_demo(db, cases=1000, seed=1, until=UNTIL, progress=cancel, parallel=True)
        assert seen == [100, 200]
        assert multiprocessing.active_children() == []
        assert _rows(db, "SELECT count(*) FROM cases") == [(0,)]
    finally:
        db.close()


def test_the_demo_units_are_built_in_units_of_five_or_six_regions() -> None:
    codes = {place.code for place in demo.PLACES}
    assert {"KZ-31-KRD", "KZ-31-CTR", "KZ-19-ENB", "KZ-75-HF", "KZ-61-SRM", "KZ-71-CTR"} <= codes
    assert 8 <= len(codes) <= 12 and 5 <= len({code[:5] for code in codes}) <= 6
    assert codes <= {unit.code for unit in reference.UNITS}
    districts = {district.code for district in reference.DISTRICTS}
    assert all(code in districts for place in demo.PLACES for code in place.districts)
