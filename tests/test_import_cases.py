"""Importing registers into a real database: the editor's rules, problems by row and column, matches
instead of duplicates, dry runs, good rows or nothing, and undo of a batch while nobody touched it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, TatulyqError, ValidationError, WorkflowError
from app.models import AuditEntry, Case, CaseCounter, ImportBatch, Party
from app.models.enums import (
    CaseStatus,
    Category,
    Outcome,
    ParticipantRole,
    PartyKind,
    Role,
    Sex,
    TerminationReason,
)
from app.services import cases, importing, parties, search, units
from app.services.context import Actor
from app.services.importing import Field, ImportOptions, ImportResult
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY, new_case, person
from tests.import_books import BAD_IIN, VALID_IIN, Row, kazakh_book, russian_book

OPTIONS = ImportOptions("KZ-31-KRD", consent_on_file=True, today=TODAY)


def run(db: Database, path: Path, options: ImportOptions = OPTIONS, **more: object) -> ImportResult:
    table = importing.read_source(path)
    mapping = importing.guess_mapping(table)
    return importing.run_import(db, table, mapping, replace(options, **more), actor=ACTOR)  # type: ignore[arg-type]


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Case, Party, AuditEntry, ImportBatch)
        }


def keys(result: ImportResult) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.column, p.key) for p in result.plan.problems]


SETTLED = Row(
    date(2025, 3, 5),
    applicant="ӨМІРБЕКОВ ҒАЛЫМЖАН",
    respondent="иванова ольга",
    applicant_iin=VALID_IIN,
    agreement="06.03.2025",
    outcome="Толық реттелді",
    ended="20.03.2025",
)
AT_INTAKE = Row(
    45759,
    category="Көршілер арасындағы",
    channel="Өзі келді",
    applicant="Ахметов Бақыт",
    respondent="ЖШС «Береке»",
)  # 12.04.2025 as an Excel serial
REFUSED = Row(
    "15.04.2025",
    category="Мүліктік",
    channel="Полиция",
    applicant="Нұрланов Ерлан",
    respondent="Қасымова Дана",
    outcome="Тарап бас тартты",
    ended="16.04.2025",
)


def test_a_kazakh_register_becomes_cases_as_the_editor_would_record_them(
    db: Database, tmp_path: Path
) -> None:
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", [SETTLED, AT_INTAKE, REFUSED], gaps=[1]))
    assert result.written and result.plan.problems == []
    # Numbered in intake order, per unit and year; the rows keep the numbers Excel shows them on.
    assert result.added == [
        (5, "KZ-31-KRD-2025-0001"),
        (7, "KZ-31-KRD-2025-0002"),
        (8, "KZ-31-KRD-2025-0003"),
    ]
    with db.session() as s:
        settled = cases.by_number(s, "KZ-31-KRD-2025-0001")
        assert (settled.status, settled.outcome, settled.termination_reason) == (
            CaseStatus.CLOSED,
            Outcome.SETTLED_FULL,
            TerminationReason.AGREEMENT_SIGNED,
        )
        assert (settled.intake_date, settled.agreement_signed_on, settled.ended_on, settled.closed_on) == (
            date(2025, 3, 5),
            date(2025, 3, 6),
            date(2025, 3, 20),
            date(2025, 3, 20),
        )
        assert settled.deadline_on == date(2025, 4, 5)  # the agreement + the law's 30 days
        assert settled.category is Category.FAMILY and settled.import_batch_id == result.batch_id
        names = sorted((p.party.display_name, p.role.value) for p in settled.participants)
        assert names == [("Иванова Ольга", "respondent"), ("Өмірбеков Ғалымжан", "applicant")]
        applicant = next(p.party for p in settled.participants if p.role.value == "applicant")
        assert (applicant.id_number, applicant.sex, applicant.birth_date) == (
            VALID_IIN,
            Sex.MALE,
            date(1985, 3, 14),
        )
        assert applicant.consent_given and applicant.consent_on == date(2025, 3, 5)

        at_intake = cases.by_number(s, "KZ-31-KRD-2025-0002")
        assert (at_intake.status, at_intake.intake_date) == (CaseStatus.INTAKE, date(2025, 4, 12))
        assert {p.party.kind for p in at_intake.participants} == {PartyKind.PERSON, PartyKind.ORGANISATION}

        refused = cases.by_number(s, "KZ-31-KRD-2025-0003")
        assert (refused.status, refused.outcome, refused.termination_reason, refused.termination_note) == (
            CaseStatus.CLOSED,
            Outcome.TERMINATED,
            TerminationReason.OTHER,
            "Тарап бас тартты",
        )
        # Search finds imported cases by their parties in any letter case; their history starts with the import.
        assert [h.number for h in search.search_cases(s, "ӨМІРБЕКОВ")] == ["KZ-31-KRD-2025-0001"]
        history = s.scalars(select(AuditEntry).where(AuditEntry.case_id == settled.id)).all()
        assert [(e.entity, e.action.value, e.actor) for e in history] == [("cases", "create", "tester")]
        assert history[0].changes["import_batch_id"] == [None, str(result.batch_id)]
    with db.session(write=True, actor=ACTOR) as s:  # the next case typed by hand continues the numbers
        assert new_case(s, intake=date(2025, 5, 1)).number == "KZ-31-KRD-2025-0004"


def test_a_missing_column_refuses_the_file_before_any_row(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Дата поступления", "Заявитель", "Ответчик"])  # no column says what the dispute is
    ws.append([date(2025, 5, 6), "Иванов Иван", "Петров Пётр"])
    book.save(tmp_path / "no-category.xlsx")
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        run(db, tmp_path / "no-category.xlsx")
    assert caught.value.key == "import.category_column_missing"
    assert counts(db) == before


def _broken_rows() -> list[Row]:
    return [
        SETTLED,
        replace(AT_INTAKE, intake="31.02.2025"),  # no such day
        replace(REFUSED, applicant_iin=BAD_IIN),  # one digit mistyped
        Row(date(2026, 12, 1), applicant="Омаров Руслан", respondent="Ким Алексей"),  # after today
        Row(date(2025, 6, 1), category="Ауа райы"),  # a category the program does not know
    ]


def test_bad_dates_iins_and_values_are_problems_with_their_row_and_column(
    db: Database, tmp_path: Path
) -> None:
    before = counts(db)
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", _broken_rows()))
    assert keys(result) == [
        (6, "Түскен күні", "import.date_unreadable"),
        (7, "Өтініш берушінің ЖСН", "iin.checksum"),
        (8, "Түскен күні", "case.intake_date.in_future"),
        (9, "Дау санаты", "import.value_not_matched"),
    ]
    assert result.plan.problems[0].value == "31.02.2025"
    assert result.plan.problems[3].error.params == {"value": "Ауа райы", "column": "Дау санаты"}
    # All or nothing (the default): one good row is not written either.
    assert (result.written, result.refused, len(result.plan.new)) == (False, True, 1)
    assert counts(db) == before


def test_the_good_rows_only_when_asked(db: Database, tmp_path: Path) -> None:
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", _broken_rows()), only_valid=True)
    assert result.written and [number for _, number in result.added] == ["KZ-31-KRD-2025-0001"]
    with db.session() as s:
        batch = s.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert (batch.rows_read, batch.cases_added, batch.rows_matched, batch.rows_refused) == (5, 1, 0, 4)
        assert (batch.source_name, batch.sheet, batch.only_valid) == ("reg.xlsx", "Тізілім", True)


def test_a_person_is_named_only_with_consent_on_file(db: Database, tmp_path: Path) -> None:
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", [AT_INTAKE]), consent_on_file=False)
    assert keys(result) == [(5, "Тараптар / Өтініш беруші", "party.consent_required")]  # not the company


@pytest.mark.parametrize(
    ("row", "key", "column"),
    [
        (replace(SETTLED, agreement=None), "case.outcome_needs_mediation", "Нәтижесі"),
        (
            replace(SETTLED, agreement="01.03.2025"),
            "case.agreement_date.too_early",
            "Медиация туралы шарт жасалған күні",
        ),
        (replace(SETTLED, ended=None), "import.end_date_empty", "Аяқталған күні"),
        (replace(SETTLED, ended="05.03.2025"), "case.end_date.too_early", "Аяқталған күні"),
        (
            replace(SETTLED, respondent=None),
            "case.agreement_needs_parties",
            "Медиация туралы шарт жасалған күні",
        ),
        (replace(AT_INTAKE, ended="20.04.2025"), "case.close_needs_outcome", "Нәтижесі"),
    ],
)
def test_the_stage_follows_the_law_s_workflow(
    db: Database, tmp_path: Path, row: Row, key: str, column: str
) -> None:
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", [row]))
    assert [(p.key, p.column) for p in result.plan.problems] == [(key, column)]


def test_a_status_the_dates_do_not_reach_is_a_contradiction(db: Database, tmp_path: Path) -> None:
    rows = [
        Row(
            date(2025, 5, 6),
            category="Семейный",
            channel="Акимат",
            applicant="Иванов Иван",
            respondent="Петрова Мария",
            agreement="07.05.2025",
            status="В процессе медиации",
        ),
        Row(
            date(2025, 5, 7),
            category="Семейный",
            channel="Акимат",
            applicant="Сидоров Пётр",
            respondent="Ким Анна",
            status="В процессе медиации",
        ),
        Row(
            date(2025, 5, 8),
            category="Семейный",
            channel="Акимат",
            applicant="Ли Роман",
            respondent="Ан Вера",
            agreement="09.05.2025",
            outcome="Урегулирован",
            ended="20.05.2025",
            status="На контроле исполнения",
        ),
    ]
    result = run(db, russian_book(tmp_path / "ru.xlsx", rows), only_valid=True)
    assert [(p.row, p.key, p.error.params) for p in result.plan.problems] == [
        (3, "import.status_contradicts", {"status": "in_mediation", "target": "intake"})
    ]
    with db.session() as s:
        stages = {c.intake_date.day: c.status for c in s.scalars(select(Case))}
    assert stages == {6: CaseStatus.IN_MEDIATION, 8: CaseStatus.FOLLOW_UP}  # settled, still followed


def test_importing_the_same_workbook_twice_adds_nothing(db: Database, tmp_path: Path) -> None:
    path = kazakh_book(tmp_path / "reg.xlsx", [SETTLED, AT_INTAKE, REFUSED])
    first = run(db, path)
    after_first = counts(db)
    second = run(db, path)
    assert first.written and not second.written and not second.refused
    assert [(m.row, m.case_number, m.by_number) for m in second.plan.matches] == [
        (5, "KZ-31-KRD-2025-0001", False),
        (6, "KZ-31-KRD-2025-0002", False),
        (7, "KZ-31-KRD-2025-0003", False),
    ]
    assert counts(db) == after_first


def test_a_case_typed_by_hand_is_matched_in_any_letter_case_and_a_repeated_row_too(
    db: Database, tmp_path: Path
) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        typed = new_case(s, intake=date(2025, 3, 5), category=Category.FAMILY)
        for last, first in (("Өмірбеков", "Ғалымжан"), ("Иванова", "Ольга")):
            data = person(
                last, first, consent_on=date(2025, 3, 5), middle_name="Серікұлы" if last[0] == "Ө" else None
            )
            role = "applicant" if last[0] == "Ө" else "respondent"
            parties.add_party_to_case(s, typed, data, ParticipantRole(role), today=TODAY)
        number = typed.number
    rows = [replace(SETTLED, outcome=None, agreement=None, ended=None), AT_INTAKE, AT_INTAKE]
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", rows))
    assert [(m.row, m.case_number, m.same_as_row) for m in result.plan.matches] == [
        (5, number, None),
        (7, None, 6),
    ]
    assert [number for _, number in result.added] == ["KZ-31-KRD-2025-0002"]  # only the one new row


def test_the_register_s_numbers_kept_when_they_are_the_program_s_own(db: Database, tmp_path: Path) -> None:
    rows = [
        Row(date(2025, 5, 6), category="Семейный", channel="Акимат", number="kz-31-krd-2025-0042"),
        Row(date(2025, 5, 7), category="Трудовой", channel="Акимат", applicant="Ли Роман", number="15/2025"),
        Row(
            date(2025, 5, 8),
            category="Трудовой",
            channel="Акимат",
            applicant="Ан Вера",
            number="KZ-19-ENB-2025-0001",
        ),
    ]
    result = run(db, russian_book(tmp_path / "ru.xlsx", rows), only_valid=True)
    assert keys(result) == [(4, "Рег. №", "case.number_format")]  # another unit's number
    assert [number for _, number in result.added] == ["KZ-31-KRD-2025-0042", "KZ-31-KRD-2025-0043"]
    with db.session() as s:
        assert s.get(CaseCounter, (cases.by_number(s, "KZ-31-KRD-2025-0042").unit_id, 2025)).last_seq == 43  # type: ignore[union-attr]
        # A number of the old register's own is kept in the description, where search finds it.
        kept = cases.by_number(s, "KZ-31-KRD-2025-0043")
        assert kept.description == "[№ 15/2025]"
        assert [h.number for h in search.search_cases(s, "15/2025")] == ["KZ-31-KRD-2025-0043"]
    again = run(db, russian_book(tmp_path / "ru.xlsx", rows[:1]))
    assert [(m.case_number, m.by_number) for m in again.plan.matches] == [("KZ-31-KRD-2025-0042", True)]


def test_a_dry_run_checks_everything_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = counts(db)
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", [SETTLED, AT_INTAKE]), dry_run=True)
    assert (result.written, result.dry_run, len(result.plan.new)) == (False, True, 2)
    assert counts(db) == before


def test_undo_removes_the_batch_whole_and_the_numbers_continue_as_before(
    db: Database, tmp_path: Path
) -> None:
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", [SETTLED, AT_INTAKE, REFUSED]))
    with db.session(write=True, actor=ACTOR) as s:
        assert importing.last_batch(s) is not None
        assert importing.undo_batch(s, result.batch_id) == 3  # type: ignore[arg-type]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
        assert s.scalar(select(func.count()).select_from(Party)) == 0
        assert search.search_cases(s, "өмірбеков") == []
        listed = importing.list_batches(s)
        assert [(b.cases_added, b.undone_by) for b in listed] == [(3, "tester")]
        assert importing.last_batch(s) is None
    with db.session(write=True, actor=ACTOR) as s:
        assert new_case(s, intake=date(2025, 5, 1)).number == "KZ-31-KRD-2025-0001"
    with pytest.raises(WorkflowError) as caught, db.session(write=True, actor=ACTOR) as s:
        importing.undo_batch(s, result.batch_id)  # type: ignore[arg-type]
    assert caught.value.key == "import.batch_already_undone"
    # Undone, the same workbook can be imported again.
    assert run(db, tmp_path / "reg.xlsx").written


def _edit_case(s: Session) -> None:
    case = cases.by_number(s, "KZ-31-KRD-2025-0002")
    cases.update_details(s, case, cases.CaseDetails(description="Қоршау туралы дау"))


def _edit_party(s: Session) -> None:
    case = cases.by_number(s, "KZ-31-KRD-2025-0002")
    party = next(p.party for p in case.participants if p.party.kind is PartyKind.PERSON)
    parties.update_party(s, party, person("Ахметов", "Бақытжан", consent_on=date(2025, 4, 12)), today=TODAY)


def _add_party(s: Session) -> None:
    case = cases.by_number(s, "KZ-31-KRD-2025-0002")
    other = ParticipantRole.OTHER
    parties.add_party_to_case(s, case, person("Серікова", "Әйгерім"), other, today=TODAY)


@pytest.mark.parametrize("touch", [_edit_case, _edit_party, _add_party])
def test_undo_is_refused_once_someone_worked_on_a_case(
    db: Database, tmp_path: Path, touch: Callable[[Session], None]
) -> None:
    result = run(db, kazakh_book(tmp_path / "reg.xlsx", [SETTLED, AT_INTAKE]))
    with db.session(write=True, actor=Actor("Әлия Сәрсенова")) as s:
        touch(s)
    before = counts(db)
    with pytest.raises(ConflictError) as caught, db.session(write=True, actor=ACTOR) as s:
        importing.undo_batch(s, result.batch_id)  # type: ignore[arg-type]
    assert caught.value.key == "import.batch_touched"
    assert caught.value.params == {"number": "KZ-31-KRD-2025-0002"}
    assert counts(db) == before


def test_a_cancelled_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    table = importing.read_source(kazakh_book(tmp_path / "reg.xlsx", [SETTLED, AT_INTAKE, REFUSED]))
    seen: list[tuple[int, int]] = []

    class Stop(Exception):  # noqa: N818 - the person's choice, not an error
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > len(table.rows):  # the first rows are written: now the person presses Stop
            raise Stop

    before = counts(db)
    with pytest.raises(Stop):
        importing.run_import(
            db, table, importing.guess_mapping(table), OPTIONS, actor=ACTOR, progress=progress
        )
    assert seen[-1] == (6, 6)
    assert counts(db) == before


def test_an_analyst_may_not_import_and_nobody_into_another_unit(db: Database, tmp_path: Path) -> None:
    path = kazakh_book(tmp_path / "reg.xlsx", [SETTLED])
    table = importing.read_source(path)
    mapping = importing.guess_mapping(table)
    with db.session() as s:
        korday = units.by_code(s, "KZ-31-KRD").id
    analyst = Actor("Аналитик", role=Role.ANALYST, unit_ids=(korday,))
    head = Actor("Бастық", role=Role.CENTRE_HEAD, unit_ids=(korday,))
    refusals: list[str] = []
    for actor, unit in ((analyst, "KZ-31-KRD"), (head, "KZ-19-ENB")):
        with pytest.raises(TatulyqError) as caught:
            importing.run_import(db, table, mapping, replace(OPTIONS, unit_code=unit), actor=actor)
        refusals.append(caught.value.key)
    assert refusals == ["permission.denied", "import.other_unit"]
    assert importing.run_import(db, table, mapping, OPTIONS, actor=head).written


def test_choices_are_remembered_for_the_next_file(tmp_path: Path) -> None:
    table = importing.read_source(kazakh_book(tmp_path / "reg.xlsx", [replace(SETTLED, category="Ауа райы")]))
    mapping = importing.guess_mapping(table)
    category = mapping.column_of(Field.CATEGORY)
    assert mapping.values[Field.CATEGORY] == {"ауа райы": ""}  # not guessed
    mapping.values[Field.CATEGORY]["ауа райы"] = Category.OTHER.value
    number = mapping.column_of(Field.INTAKE_DATE)
    assert number is not None and category is not None
    mapping.columns[0] = Field.NUMBER  # «№ р/с» after all
    importing.remember(tmp_path / "data", table, mapping)
    again = importing.guess_mapping(table, importing.load_learned(tmp_path / "data"))
    assert again.values[Field.CATEGORY] == {"ауа райы": "other"}
    assert again.columns[0] is Field.NUMBER
    importing.write_mapping_file(tmp_path / "m.json", table, again)
    assert importing.read_mapping_file(tmp_path / "m.json", table) == again


def test_a_misspelt_item_in_a_mapping_file_is_a_problem_not_a_crash(db: Database, tmp_path: Path) -> None:
    table = importing.read_source(kazakh_book(tmp_path / "reg.xlsx", [SETTLED]))
    mapping = importing.guess_mapping(table)
    mapping.values[Field.CATEGORY]["отбасылық"] = "famly"  # typed by hand into the JSON
    result = importing.run_import(db, table, mapping, OPTIONS, actor=ACTOR)
    assert keys(result) == [(5, "Дау санаты", "import.value_not_matched")] and not result.written


def test_a_sheet_with_a_header_and_no_rows_is_told_so(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Дата поступления", "Вид спора", "Заявитель"])
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(ValidationError) as caught:
        run(db, tmp_path / "empty.xlsx")
    assert (caught.value.key, caught.value.params) == ("import.no_rows", {"name": "empty.xlsx"})
