"""The de-identified rows of a monthly package: written from a real register, read into a second
database, and the council's reports over the copy equal to the reports over the original.

The register is the report tests' random world (every path of the Law on Mediation, in several
units) plus one case full of personal data, so a leak of any name, IIN, contact, note or description
into the package's bytes shows here.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from app.errors import ValidationError
from app.exchange.rows_in import (
    CASES_FILE,
    CONSULTATIONS_FILE,
    apply_checked,
    apply_rows,
    check_rows,
    remove_rows,
)
from app.exchange.rows_out import export_rows
from app.models import (
    Case,
    CaseParticipant,
    ConflictDeclaration,
    Consultation,
    Extension,
    FollowUp,
    MediationSession,
    Mediator,
    MediatorAssignment,
    Obligation,
    Party,
    ReceivedPackage,
    Satisfaction,
    SettlementAgreement,
)
from app.models.enums import (
    Category,
    Channel,
    ConsultationResult,
    FollowUpMethod,
    Language,
    MediatorKind,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    SessionKind,
    Sex,
    TerminationReason,
)
from app.models.reference import unit_id
from app.reports.builder import build_report
from app.reports.periods import Period
from app.services import cases, consultations, mediators, parties, sessions, settlements
from app.services.iin import make_bin, make_iin
from app.storage.database import Database
from tests.exchange_support import UNTIL, apply_unit, export_unit, received_package, second_database
from tests.helpers_services import TODAY, dump, ended_at, write
from tests.report_world import build_world

ZHAMBYL = ("KZ-31-CTR", "KZ-31-HF", "KZ-31-KRD", "KZ-31-MC")  # the council and every unit below it
MADE_AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
IIN = make_iin(date(1961, 3, 17), Sex.FEMALE, 7)
BIN = make_bin(2015, 4, 321)
# Every piece of personal or free text the register holds: none may travel.
SECRETS = (
    "Жұмабекова",
    "Айгерім",
    "Серікқызы",
    IIN,
    BIN,
    "1961-03-17",
    "1990-07-04",
    "Петренко",
    "Василий",
    "+7 777 123 45 67",
    "7771234567",
    "aigerim@example.kz",
    "Абай көшесі 5",
    "ұйғыр",
    "Көршілер арасындағы қоршау дауы",
    "Достық үйі, 3-кабинет",
    "Тараптар ымыраға келді",
    "Қоршауды жылжыту туралы келісім",
    "Жауапкер қоршауды бір метрге жылжытады",
    "Қоршауды жылжыту",
    "Жауапкер міндетін орындады",
    "Тараптардың өтініші бойынша",
    "Азамат телефон арқылы хабарласты",
    "Сәрсенбаев",
    "Нұрлан",
    "Ахметова",
    "МР-0042",
    "+7 701 555 12 34",
    "nurlan.s@example.kz",
    "Түнгі ауысымда",
    "Береке",
    "Бақытжан",
)


# --- databases ---------------------------------------------------------------------------------


@pytest.fixture
def copy_db(db: Database, tmp_path: Path) -> Iterator[Database]:
    yield from second_database(db, tmp_path)


# --- the register ------------------------------------------------------------------------------


def personal_case(db: Database) -> None:
    """A case of the district assembly with every kind of personal data and free text filled in,
    two parties, one of them in a second case too, and a consultation that led to the case."""
    with write(db) as s:
        mediator = mediators.create_mediator(
            s,
            mediators.MediatorInput(
                unit_code="KZ-31-KRD",
                last_name="Сәрсенбаев",
                first_name="Нұрлан",
                kind=MediatorKind.PROFESSIONAL,
                register_number="МР-0042",
                registered_on=date(2024, 3, 1),
                languages=["kk", "ru"],
                specialisations=["neighbour"],
                phone="+7 701 555 12 34",
                email="nurlan.s@example.kz",
                notes="Түнгі ауысымда жұмыс істейді",
            ),
            today=TODAY,
        )
        case = cases.register_case(
            s,
            cases.CaseIntake(
                unit_code="KZ-31-KRD",
                intake_date=date(2026, 10, 2),
                channel=Channel.AKIMAT,
                category=Category.NEIGHBOUR,
                description="Көршілер арасындағы қоршау дауы",
                language=Language.KAZAKH,
                inter_ethnic=True,
            ),
            today=TODAY,
        )
        applicant = parties.add_party_to_case(
            s,
            case,
            parties.PartyInput(
                kind=PartyKind.PERSON,
                last_name="Жұмабекова",
                first_name="Айгерім",
                middle_name="Серікқызы",
                id_number=IIN,
                language=Language.KAZAKH,
                phone="+7 777 123 45 67",
                email="aigerim@example.kz",
                address="Тараз, Абай көшесі 5",
                ethnicity="ұйғыр",
                consent_given=True,
                consent_on=date(2026, 10, 2),
            ),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )
        respondent = parties.add_party_to_case(
            s,
            case,
            parties.PartyInput(
                kind=PartyKind.PERSON,
                last_name="Петренко",
                first_name="Василий",
                sex=Sex.MALE,
                birth_date=date(1990, 7, 4),
                consent_given=True,
                consent_on=date(2026, 10, 2),
            ),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )
        mediators.declare_conflict(s, case, mediator, False, today=TODAY)
        mediators.assign_mediator(s, case, mediator, assigned_on=date(2026, 10, 3), today=TODAY)
        cases.sign_agreement(s, case, date(2026, 10, 5), today=TODAY)
        cases.extend_term(
            s, case, 10, "Тараптардың өтініші бойынша ұзартылды", True, date(2026, 10, 20), today=TODAY
        )
        sessions.add_session(
            s,
            case,
            sessions.SessionInput(
                held_on=date(2026, 10, 12),
                kind=SessionKind.JOINT,
                start_time="10:30",
                duration_minutes=90,
                place="Достық үйі, 3-кабинет",
                language=Language.KAZAKH,
                mediator_id=mediator.id,
                notes="Тараптар ымыраға келді",
            ),
            today=TODAY,
        )
        agreement = settlements.record_settlement(
            s,
            case,
            date(2026, 10, 25),
            "Қоршауды жылжыту туралы келісім",
            "Жауапкер қоршауды бір метрге жылжытады",
            [settlements.ObligationInput(respondent.id, "Қоршауды жылжыту", date(2026, 11, 10))],
            today=TODAY,
        )
        cases.record_outcome(
            s,
            case,
            Outcome.SETTLED_FULL,
            TerminationReason.AGREEMENT_SIGNED,
            ended_at=ended_at(date(2026, 10, 25)),
            today=TODAY,
        )
        settlements.record_follow_up(
            s,
            case,
            date(2026, 11, 11),
            FollowUpMethod.PHONE,
            "Жауапкер міндетін орындады",
            {agreement.obligations[0].id: ObligationStatus.KEPT},
            today=TODAY,
        )
        settlements.record_satisfaction(
            s, case, applicant.id, 5, True, recorded_at=datetime(2026, 11, 11, 19, 30, tzinfo=UTC)
        )
        consultations.log_consultation(
            s,
            consultations.ConsultationInput(
                unit_code="KZ-31-KRD",
                held_on=date(2026, 10, 1),
                topic=Category.NEIGHBOUR,
                result=ConsultationResult.REFERRED_TO_MEDIATION,
                sex=Sex.FEMALE,
                note="Азамат телефон арқылы хабарласты",
                case_id=case.id,
            ),
            today=TODAY,
        )
        # The respondent is a party of a second case as well (same party record), with an organisation.
        second = cases.register_case(
            s,
            cases.CaseIntake(
                unit_code="KZ-31-KRD",
                intake_date=date(2026, 11, 3),
                channel=Channel.POLICE,
                category=Category.PROPERTY_LAND,
                description="Бақытжан мырзаның арызы",
            ),
            today=TODAY,
        )
        parties.add_participant(s, second, respondent.party, ParticipantRole.APPLICANT)
        parties.add_party_to_case(
            s,
            second,
            parties.PartyInput(kind=PartyKind.ORGANISATION, org_name="«Береке» ЖШС", id_number=BIN),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )


@pytest.fixture
def register(db: Database) -> Database:
    build_world(db)
    personal_case(db)
    return db


# --- comparing reports -------------------------------------------------------------------------

PERIODS = (Period.month(2026, 10), Period.month(2026, 11), Period.year(2026), Period.year(2025))


def figures(db: Database, code: str, period: Period) -> dict[str, Any]:
    """Every figure of the report; mediators by what is counted of them (placeholders have no name).
    The council's reporting completeness is left out: it is about the packages, which only the copy has."""
    with db.session() as s:
        report = dataclasses.asdict(build_report(s, code, period, made_at=MADE_AT))
    report.pop("completeness", None)
    report["mediators"] = sorted(
        (m["unit_code"], m["kind"], m["cases"], m["ended"], m["settled"]) for m in report.pop("mediators")
    )
    return report


def assert_same_reports(original: Database, copy: Database) -> None:
    for code in ("KZ-31-MC", "KZ-31-KRD", "KZ-31-CTR"):
        for period in PERIODS:
            expected = figures(original, code, period)
            assert expected["current"]["received"] or period == Period.year(2025) or code != "KZ-31-MC"
            assert figures(copy, code, period) == expected, (code, period)


def counts(db: Database) -> dict[str, int]:
    models = (
        Case,
        CaseParticipant,
        ConflictDeclaration,
        MediatorAssignment,
        Extension,
        MediationSession,
        SettlementAgreement,
        Obligation,
        FollowUp,
        Satisfaction,
        Consultation,
        Party,
        Mediator,
    )
    with db.session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0 for model in models
        }


# --- tests -------------------------------------------------------------------------------------


def test_no_name_iin_contact_note_or_description_travels(register: Database) -> None:
    rows = export_unit(register, "KZ-31-KRD")
    data = rows.cases + rows.consultations
    for secret in SECRETS:
        for spelling in (secret, json.dumps(secret)[1:-1]):
            assert spelling.encode() not in data, secret
    assert data.isascii()  # only ids, codes, dates and enum values: nothing written in a language
    first = rows.cases.split(b"\n")[0]
    value = json.loads(first)
    assert first == json.dumps(value, separators=(",", ":"), sort_keys=True).encode()
    with register.session() as s:
        local = s.scalar(select(func.count()).select_from(Case).where(Case.unit_id == unit_id("KZ-31-KRD")))
    assert rows.case_rows == local == len(rows.cases.splitlines())


def test_reports_over_the_imported_rows_equal_the_originals(register: Database, copy_db: Database) -> None:
    packages = {}
    for code in ZHAMBYL:
        rows = export_unit(register, code)
        packages[code], result = apply_unit(copy_db, code, rows)
        assert (result.cases, result.consultations) == (rows.case_rows, rows.consultation_rows)
    assert_same_reports(register, copy_db)

    with copy_db.session() as s:
        placeholders = list(
            s.scalars(select(Party).where(Party.received_package_id == packages["KZ-31-KRD"]))
        )
        shared = s.scalars(
            select(CaseParticipant.party_id)
            .join(Case, Case.id == CaseParticipant.case_id)
            .where(Case.number.like("KZ-31-KRD-2026-%"))
        ).all()
        linked = s.scalar(
            select(func.count()).select_from(Consultation).where(Consultation.case_id.is_not(None))
        )
    assert all(p.last_name is None and p.id_number is None and p.phone is None for p in placeholders)
    assert all(not p.consent_given and p.birth_date is None for p in placeholders)
    assert len(shared) == len(set(shared)) + 1  # the respondent of two cases is one party
    assert linked == 1

    for package in packages.values():
        with write(copy_db) as s:
            remove_rows(s, package)
            # as the importer does: one current package per unit (a unique index says so)
            s.execute(update(ReceivedPackage).where(ReceivedPackage.id == package).values(state="superseded"))
    assert set(counts(copy_db).values()) == {0}

    for code in ZHAMBYL:  # the same rows again, under a new package: the same figures
        apply_unit(copy_db, code, export_unit(register, code))
    assert_same_reports(register, copy_db)


def test_only_local_rows_up_to_the_day_go_out(register: Database, copy_db: Database) -> None:
    early = export_unit(register, "KZ-31-KRD", date(2026, 10, 31))
    intakes = [json.loads(line)["intake_date"] for line in early.cases.splitlines()]
    held = [json.loads(line)["held_on"] for line in early.consultations.splitlines()]
    assert intakes and max(intakes) <= "2026-10-31"
    assert held and max(held) <= "2026-10-31"
    assert "2026-11-03" not in intakes  # the second personal case came in November

    # At the council the imported rows are not the council's to send on.
    apply_unit(copy_db, "KZ-31-KRD", export_unit(register, "KZ-31-KRD"))
    with copy_db.session() as s:
        again = export_rows(s, [unit_id("KZ-31-KRD"), unit_id("KZ-31-MC")], UNTIL)
    assert (again.case_rows, again.consultation_rows, again.cases) == (0, 0, b"")


def test_consultation_link_only_to_a_case_in_the_package(register: Database) -> None:
    rows = export_unit(register, "KZ-31-KRD", date(2026, 10, 1))  # the consultation, not yet the case
    linked = [
        json.loads(line)
        for line in rows.consultations.splitlines()
        if json.loads(line)["held_on"] == "2026-10-01"
    ]
    assert linked and all(row["case"] is None for row in linked)


def _swap(rows: bytes, line: int, change: Callable[[dict[str, Any]], object]) -> bytes:
    lines = rows.split(b"\n")
    value = json.loads(lines[line - 1])
    change(value)
    lines[line - 1] = json.dumps(value).encode()
    return b"\n".join(lines)


def _set(path: tuple[Any, ...], new: object) -> Callable[[dict[str, Any]], object]:
    def change(value: dict[str, Any]) -> None:
        target: Any = value
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = new

    return change


def _first_with(rows: bytes, wanted: Callable[[dict[str, Any]], bool]) -> int:
    return next(i for i, line in enumerate(rows.splitlines(), 1) if wanted(json.loads(line)))


BAD_CASES: dict[str, tuple[Callable[[dict[str, Any]], bool], Callable[[dict[str, Any]], object]]] = {
    "unknown field": (lambda c: True, _set(("description",), "Жер дауы")),
    "missing field": (lambda c: True, lambda c: c.pop("status")),
    "wrong type": (lambda c: True, _set(("inter_ethnic",), "yes")),
    "unknown enum value": (lambda c: True, _set(("category",), "weather")),
    "bad date": (lambda c: True, _set(("intake_date",), "2026-02-30")),
    "naive date and time": (lambda c: True, _set(("created_at",), "2026-10-02T10:00:00")),
    "unit of another region": (lambda c: True, _set(("unit",), "KZ-19-CTR")),
    "unknown unit": (lambda c: True, _set(("unit",), "KZ-99-XXX")),
    "unknown district": (lambda c: True, _set(("district",), "KZ-31-ZZZ")),
    "not a canonical id": (lambda c: True, lambda c: c.update(id=c["id"].upper())),
    "child field unknown": (lambda c: bool(c["participants"]), _set(("participants", 0, "name"), "Айгерім")),
    "mediator of another unit": (
        lambda c: bool(c["assignments"]),
        _set(("assignments", 0, "mediator", "unit"), "KZ-19-CTR"),
    ),
    # Case numbers are unique everywhere: a unit writing another's would block that unit's packages.
    "number of another unit": (lambda c: True, lambda c: c.update(number=c["number"].replace("KRD", "CTR"))),
    "number of another sequence": (lambda c: True, lambda c: c.update(seq=c["seq"] + 1)),
    "number of another year": (
        lambda c: True,
        lambda c: c.update(number=c["number"].replace("-2026-", "-2025-")),
    ),
    "year not the intake's": (
        lambda c: True,
        lambda c: c.update(year=2025, number=c["number"].replace("-2026-", "-2025-")),
    ),
    "free-text number": (lambda c: True, _set(("number",), "Іс 42")),
    "number without the unit": (
        lambda c: True,
        lambda c: c.update(number=c["number"].removeprefix("KZ-31-")),
    ),
    "empty district": (lambda c: True, _set(("district",), "")),
    "score out of range": (lambda c: bool(c["satisfaction"]), _set(("satisfaction", 0, "score"), 9)),
    "id twice": (
        lambda c: len(c["participants"]) > 1,
        lambda c: c["participants"][1].update(id=c["participants"][0]["id"]),
    ),
}


@pytest.mark.parametrize("fault", sorted(BAD_CASES))
def test_a_bad_case_line_is_refused_with_its_number(db: Database, copy_db: Database, fault: str) -> None:
    personal_case(db)  # two cases, every kind of child row: enough to break each field once
    rows = export_unit(db, "KZ-31-KRD")
    wanted, change = BAD_CASES[fault]
    line = _first_with(rows.cases, wanted)
    bad = _swap(rows.cases, line, change)
    with write(copy_db) as s:
        package = received_package(s, "KZ-31-KRD")
    before = dump(copy_db)
    with pytest.raises(ValidationError) as caught, write(copy_db) as s:
        apply_rows(s, package, "KZ-31-KRD", bad, rows.consultations)
    assert caught.value.key == "package.bad_rows"
    assert (caught.value.params["file"], caught.value.params["line"]) == (CASES_FILE, line)
    assert f"Line {line} of {CASES_FILE}" in caught.value.message
    assert dump(copy_db) == before


def test_bad_consultation_lines_and_broken_lines_are_refused(register: Database, copy_db: Database) -> None:
    rows = export_unit(register, "KZ-31-KRD")
    with write(copy_db) as s:
        package = received_package(s, "KZ-31-KRD")
    before = dump(copy_db)
    stranger = str(uuid.uuid4())
    faults = [
        (CONSULTATIONS_FILE, rows.cases, _swap(rows.consultations, 3, _set(("case",), stranger)), 3),
        (CONSULTATIONS_FILE, rows.cases, _swap(rows.consultations, 2, _set(("note",), "Азамат")), 2),
        (CONSULTATIONS_FILE, rows.cases, _swap(rows.consultations, 4, _set(("result",), "shouted")), 4),
        (CASES_FILE, rows.cases.replace(b"\n", b"\n\n", 1), rows.consultations, 2),  # a blank line
        (CASES_FILE, rows.cases[:-20], rows.consultations, len(rows.cases.splitlines())),  # cut short
        (CASES_FILE, b"\xff\xfe" + rows.cases, rows.consultations, 1),  # not UTF-8
        (CASES_FILE, b"[1, 2]\n" + rows.cases, rows.consultations, 1),  # not an object
    ]
    for file, case_bytes, consultation_bytes, line in faults:
        with pytest.raises(ValidationError) as caught, write(copy_db) as s:
            apply_rows(s, package, "KZ-31-KRD", case_bytes, consultation_bytes)
        assert caught.value.key == "package.bad_rows", caught.value.message
        assert (caught.value.params["file"], caught.value.params["line"]) == (file, line), (
            caught.value.message
        )
    assert dump(copy_db) == before


def test_a_case_already_here_is_a_conflict_and_nothing_is_written(register: Database) -> None:
    rows = export_unit(register, "KZ-31-KRD")
    with write(register) as s:
        package = received_package(s, "KZ-31-KRD")
    before = dump(register)
    with pytest.raises(ValidationError) as caught, write(register) as s:
        apply_rows(s, package, "KZ-31-KRD", rows.cases, rows.consultations)
    assert caught.value.key == "package.rows_conflict"
    assert caught.value.params["row"].startswith("KZ-31-KRD-")
    assert dump(register) == before


def test_a_child_row_already_here_is_a_conflict(register: Database, copy_db: Database) -> None:
    """Fresh case ids and numbers, but a session id that another package already brought: the
    database refuses it, and the caller's unit of work stays usable."""
    rows = export_unit(register, "KZ-31-KRD")
    apply_unit(copy_db, "KZ-31-KRD", rows)

    def renumber(case: dict[str, Any]) -> None:
        case["id"] = str(uuid.uuid4())
        case["number"] = case["number"].replace("KZ-31-KRD", "KZ-31-HF")
        case["unit"] = "KZ-31-HF"
        for child in ("participants", "assignments", "extensions", "follow_ups", "satisfaction"):
            for row in case[child]:
                row["id"] = str(uuid.uuid4())
        for row in case["assignments"]:
            row["declaration"]["id"] = str(uuid.uuid4())
            row["mediator"]["unit"] = "KZ-31-HF"
        for row in case["sessions"]:
            row["mediator"] = None
        case["agreement"] = None

    line = _first_with(rows.cases, lambda c: bool(c["sessions"]))
    moved = _swap(rows.cases, line, renumber).split(b"\n")[line - 1] + b"\n"
    before = dump(copy_db)
    with write(copy_db) as s:
        package = received_package(s, "KZ-31-HF")
        with pytest.raises(ValidationError) as caught:
            apply_rows(s, package, "KZ-31-HF", moved, b"")
        assert caught.value.key == "package.rows_conflict"
        assert (
            s.scalar(select(func.count()).select_from(Case).where(Case.received_package_id == package)) == 0
        )
    after = dump(copy_db)
    assert after["received_packages"] != before["received_packages"]  # the caller's own row was kept
    assert {k: v for k, v in after.items() if k not in ("received_packages", "audit_log")} == {
        k: v for k, v in before.items() if k not in ("received_packages", "audit_log")
    }


def test_a_council_cannot_carry_rows_of_units_that_send_their_own(db: Database, copy_db: Database) -> None:
    """The importer names the units whose rows a package may carry (the council itself and those
    below it with no key of their own): a council's package marking a row as a centre's is refused."""
    personal_case(db)
    rows = export_unit(db, "KZ-31-KRD")
    with write(copy_db) as s:
        package = received_package(s, "KZ-31-MC")
    before = dump(copy_db)
    for cases_data, consultation_data, file in (
        (rows.cases, b"", CASES_FILE),
        (b"", _swap(rows.consultations, 1, _set(("case",), None)), CONSULTATIONS_FILE),
    ):
        with pytest.raises(ValidationError) as caught, write(copy_db) as s:
            apply_rows(s, package, "KZ-31-MC", cases_data, consultation_data, row_units={"KZ-31-MC"})
        assert caught.value.key == "package.bad_rows"
        assert (caught.value.params["file"], caught.value.params["line"]) == (file, 1)
        assert caught.value.params["reason"] == "the row's unit KZ-31-KRD is not one this package may carry"
    with pytest.raises(ValidationError) as caught, write(copy_db) as s:  # and still: below the package's unit
        apply_rows(s, package, "KZ-31-CTR", rows.cases, b"", row_units={"KZ-31-KRD"})
    assert caught.value.params["reason"] == "the unit KZ-31-KRD is not KZ-31-CTR or a unit below it"
    assert dump(copy_db) == before
    with write(copy_db) as s:
        result = apply_rows(s, package, "KZ-31-MC", rows.cases, rows.consultations, row_units={"KZ-31-KRD"})
    assert (result.cases, result.consultations) == (rows.case_rows, rows.consultation_rows)


def test_rows_are_checked_before_the_write_and_written_after(db: Database, copy_db: Database) -> None:
    """check_rows only reads (a read-only session will do) and finds every bad line; apply_checked
    writes what it checked, and finds a clash with the rows already here."""
    personal_case(db)
    rows = export_unit(db, "KZ-31-KRD")
    before = dump(copy_db)
    with copy_db.session() as s:
        checked = check_rows(s, "KZ-31-MC", rows.cases, rows.consultations, row_units={"KZ-31-KRD"})
        with pytest.raises(ValidationError) as caught:
            check_rows(s, "KZ-31-MC", rows.cases, rows.consultations, row_units={"KZ-31-MC"})
    assert caught.value.key == "package.bad_rows"
    assert (checked.cases, checked.consultations) == (rows.case_rows, rows.consultation_rows) == (2, 1)
    assert dump(copy_db) == before
    with write(copy_db) as s:
        package = received_package(s, "KZ-31-MC")
        assert apply_checked(s, package, checked).cases == 2
    with copy_db.session() as s:
        numbers = set(s.scalars(select(Case.number).where(Case.received_package_id == package)))
    assert numbers == {json.loads(line)["number"] for line in rows.cases.splitlines()}
    with pytest.raises(ValidationError) as clash, write(copy_db) as s:
        apply_checked(s, received_package(s, "KZ-31-CTR"), checked)
    assert clash.value.key == "package.rows_conflict"
