"""The report figures (app/reports/builder.py) against counts made by hand from the rows the test created.

Two kinds of check: a register built by hand whose every number is written here (month boundaries in
local time, an extension granted after the period, a session planned ahead, a rejection counted on
its day), and a larger seeded register whose figures are counted in Python by tests/report_world.py
from plain ORM reads, for months, a quarter, a year, a range, a council and the republic.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.errors import NotFoundError
from app.models.enums import (
    AgeGroup,
    Category,
    Channel,
    ConsultationResult,
    Exclusion,
    FollowUpMethod,
    Language,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    SessionKind,
    TerminationReason,
)
from app.models.reference import REGIONS
from app.reports.builder import build_report
from app.reports.figures import Headline, ReportFigures
from app.reports.periods import Period
from app.services import cases, consultations, sessions, settlements
from app.services.runtime import open_database
from app.storage.database import Database
from tests.conftest import BACKENDS, POSTGRES_URL
from tests.helpers_services import TODAY, add_parties, assign, new_case, new_mediator, participant, write
from tests.report_world import Expected, build_world, local_moment, read_register, subtree, unit_rows

MADE_AT = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)  # noon of TODAY in Kazakhstan
ZERO = Headline(**{f.name: 0 for f in dataclasses.fields(Headline)})
EMPTY = dataclasses.replace(ZERO, median_days_to_end=None, satisfaction_mean=None)


def report(db: Database, unit: str, period: Period, made_at: datetime = MADE_AT) -> ReportFigures:
    with db.session() as s:
        return build_report(s, unit, period, made_at=made_at)


def months(last_year: int, last_month: int) -> list[tuple[int, int]]:
    """The twelve (year, month) ending with the given month."""
    out = []
    year, month = last_year, last_month
    for _ in range(12):
        out.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


# --- a register built by hand, every number written out --------------------------------------------


def _hand_register(db: Database) -> None:
    """Seven cases of the Zhambyl centre around October 2026 (TODAY is 20.11.2026):

    A  received 20.10, refused at 00:30 on 1 November local time (19:30 UTC on 31 October), feedback 5
    B  received 21.10, refused at 23:30 on 31 October local time (18:30 UTC), feedback 3
    C  received 15.08, agreement 20.08 (deadline 19.09), extended by 30 days on 02.10, still mediated
    D  received 25.09, rejected on 03.10 (the law excludes it)
    E  received 01.10, agreement 01.10 (deadline 31.10), a session on 10.10 and one planned for 25.11
    F  received 01.09, agreement 02.09 (deadline 02.10), settled on the deadline day; obligations due
       15.10 (kept, checked at a follow-up on 16.10) and 10.11 (pending): in follow-up
    G  received 05.10 in another region's centre: never in the Zhambyl figures
    Consultations on 31.10 and 01.11.
    """
    unit = "KZ-31-CTR"
    with write(db) as s:
        first = new_mediator(
            s, unit_code=unit, last_name="Сәрсенбаев", first_name="Нұрлан", middle_name="Ержанұлы"
        )
        second = new_mediator(s, unit_code=unit, last_name="Ахметова", first_name="Гүлнар")
        a = new_case(s, unit=unit, intake=date(2026, 10, 20))
        b = new_case(s, unit=unit, intake=date(2026, 10, 21))
        for case, moment, score in (
            (a, datetime(2026, 10, 31, 19, 30, tzinfo=UTC), 5),
            (b, datetime(2026, 10, 31, 18, 30, tzinfo=UTC), 3),
        ):
            cases.record_outcome(
                s, case, Outcome.TERMINATED, TerminationReason.PARTY_REFUSED, ended_at=moment, today=TODAY
            )
            settlements.record_satisfaction(s, case, None, score, None, recorded_at=moment)

        c = new_case(s, unit=unit, intake=date(2026, 8, 15))
        add_parties(s, c)
        assign(s, c, first)
        cases.sign_agreement(s, c, date(2026, 8, 20), today=TODAY)
        cases.extend_term(s, c, 30, "Сарапшының қорытындысы күтілуде", True, date(2026, 10, 2), today=TODAY)

        d = new_case(s, unit=unit, intake=date(2026, 9, 25))
        cases.reject_case(s, d, Exclusion.THIRD_PARTY_RIGHTS, today=date(2026, 10, 3))

        e = new_case(s, unit=unit, intake=date(2026, 10, 1))
        add_parties(s, e)
        assign(s, e, second)
        cases.sign_agreement(s, e, date(2026, 10, 1), today=TODAY)
        for held in (date(2026, 10, 10), date(2026, 11, 25)):
            sessions.add_session(
                s, e, sessions.SessionInput(held_on=held, kind=SessionKind.JOINT), today=TODAY
            )

        f = new_case(s, unit=unit, intake=date(2026, 9, 1))
        add_parties(s, f)
        assign(s, f, first)
        cases.sign_agreement(s, f, date(2026, 9, 2), today=TODAY)
        respondent = participant(s, f, ParticipantRole.RESPONDENT)
        agreement = settlements.record_settlement(
            s,
            f,
            date(2026, 10, 2),
            "Қоршау",
            None,
            [
                settlements.ObligationInput(respondent.id, "Қоршауды көшіру", date(2026, 10, 15)),
                settlements.ObligationInput(respondent.id, "Шығынды өтеу", date(2026, 11, 10)),
            ],
            today=TODAY,
        )
        cases.record_outcome(
            s,
            f,
            Outcome.SETTLED_FULL,
            TerminationReason.AGREEMENT_SIGNED,
            ended_at=local_moment(date(2026, 10, 2), time(12)),
            today=TODAY,
        )
        settlements.record_follow_up(
            s,
            f,
            date(2026, 10, 16),
            FollowUpMethod.VISIT,
            checks={agreement.obligations[0].id: ObligationStatus.KEPT},
            today=TODAY,
        )

        new_case(s, unit="KZ-19-CTR", intake=date(2026, 10, 5))
        for held in (date(2026, 10, 31), date(2026, 11, 1)):
            consultations.log_consultation(
                s,
                consultations.ConsultationInput(
                    unit_code=unit,
                    held_on=held,
                    topic=Category.FAMILY,
                    result=ConsultationResult.RESOLVED,
                ),
                today=TODAY,
            )


def test_figures_counted_as_the_definitions_say(db: Database) -> None:
    _hand_register(db)
    october = report(db, "KZ-31-MC", Period.month(2026, 10))
    assert october.current == Headline(
        consultations=1,  # 31.10; the one of 01.11 is November's
        received=3,  # A, B, E
        carried_over=3,  # C, D (rejected only on 03.10), F
        ended=2,  # B at 23:30 on 31.10 local time, F; A ended on 1 November local time
        settled=1,  # F
        closed=1,  # B; F is in follow-up, D was rejected
        rejected=1,  # D, counted on the day of the refusal, not of intake
        open_at_end=4,  # A (closed on 1 November), C, E, F
        overdue_at_end=1,  # C: deadline 19.10 after the extension; E's is 31.10, not passed on 31.10
        within_term=1,  # F, ended on its deadline day
        ended_under_agreement=1,
        median_days_to_end=20.5,  # B 10 days, F 31 days
        extensions=1,
        sessions=1,  # E on 10.10
        active_mediators=2,
        follow_ups=1,
        obligations_due=1,
        obligations_kept=1,
        satisfaction_answers=1,  # B's; A's was given at 00:30 on 1 November local time
        satisfaction_mean=3.0,
        cases_in_mediation=3,  # C, E, F
    )
    assert october.current.settlement_rate == 0.5
    assert october.current.cases_per_mediator == 1.5
    assert october.outcomes == {
        "settled_full": 1,
        "settled_partial": 0,
        "not_settled": 0,
        "terminated": 1,
        "referred": 0,
    }
    assert october.satisfaction == {"1": 0, "2": 0, "3": 1, "4": 0, "5": 0, "unknown": 0}
    assert october.obligations == {"pending": 0, "kept": 1, "partly_kept": 0, "not_kept": 0}
    assert [(m.name, m.cases, m.ended, m.settled) for m in october.mediators] == [
        ("Ахметова Г.", 1, 0, 0),
        ("Сәрсенбаев Н. Е.", 2, 1, 1),
    ]
    assert [(row.unit_code, row.figures.received) for row in october.units] == [
        ("KZ-31-CTR", 3),
        ("KZ-31-HF", 0),
        ("KZ-31-KRD", 0),
    ]

    # September, as it stood on the 30th: C was overdue then (the extension came on 02.10).
    assert october.previous == report(db, "KZ-31-MC", Period.month(2026, 9)).current
    september = october.previous
    assert (september.received, september.carried_over, september.open_at_end) == (2, 1, 3)
    assert (september.overdue_at_end, september.cases_in_mediation, september.ended) == (1, 2, 0)

    # November, made on the 20th: E's deadline has passed; the session planned for the 25th is not
    # held yet, but counts in the same report made after it.
    november = report(db, "KZ-31-MC", Period.month(2026, 11))
    assert (november.current.ended, november.current.closed, november.current.satisfaction_answers) == (
        1,
        1,
        1,
    )
    assert november.current.satisfaction_mean == 5.0
    assert (november.current.overdue_at_end, november.current.sessions) == (2, 0)
    later = report(db, "KZ-31-MC", Period.month(2026, 11), made_at=datetime(2026, 11, 26, 5, 0, tzinfo=UTC))
    assert later.current.sessions == 1
    assert later.fingerprint() != november.fingerprint()
    assert [(p.month, p.received, p.ended, p.settled, p.consultations) for p in november.trend[-3:]] == [
        (9, 2, 0, 0, 0),
        (10, 3, 2, 1, 1),
        (11, 0, 1, 0, 1),
    ]
    assert november.year_earlier == EMPTY  # nothing in November 2025

    # The hand count and the counting helper of the larger tests agree (the helper is checked too).
    register = read_register(db)
    for period in (Period.month(2026, 9), Period.month(2026, 10)):
        assert report(db, "KZ-31-MC", period).current == Expected(register, subtree("KZ-31-MC")).headline(
            period
        )


def test_an_empty_month_has_every_row_and_no_rates(db: Database) -> None:
    figures = report(db, "KZ-31-MC", Period.month(2026, 3))
    for headline in (figures.current, figures.previous, figures.year_earlier):
        assert headline == EMPTY
        assert headline.settlement_rate is None and headline.cases_per_mediator is None
    assert figures.outcomes == {o.value: 0 for o in Outcome}
    assert figures.termination_reasons == {**{r.value: 0 for r in TerminationReason}, "unknown": 0}
    assert figures.categories == figures.consultation_topics == {c.value: 0 for c in Category}
    assert figures.category_outcomes == {c.value: {o.value: 0 for o in Outcome} for c in Category}
    assert figures.channels == {c.value: 0 for c in Channel}
    assert figures.flags == dict.fromkeys(
        ("inter_ethnic", "group_dispute", "minors_involved", "high_risk", "recurrence"), 0
    )
    assert figures.parties_by_sex == {"male": 0, "female": 0, "unknown": 0}
    assert figures.parties_by_age == {**{a.value: 0 for a in AgeGroup}, "unknown": 0}
    assert figures.languages == {**{lang.value: 0 for lang in Language}, "unknown": 0}
    assert figures.consultation_results == {r.value: 0 for r in ConsultationResult}
    assert figures.obligations == {s.value: 0 for s in ObligationStatus}
    assert figures.satisfaction == {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "unknown": 0}
    assert figures.mediators == []
    assert [(row.unit_code, row.figures) for row in figures.units] == [
        ("KZ-31-CTR", EMPTY),
        ("KZ-31-HF", EMPTY),
        ("KZ-31-KRD", EMPTY),
    ]
    assert [(p.year, p.month) for p in figures.trend] == months(2026, 3)
    assert all((p.received, p.ended, p.settled, p.consultations) == (0, 0, 0, 0) for p in figures.trend)
    # A centre has no units below it.
    assert report(db, "KZ-31-CTR", Period.month(2026, 3)).units == []
    json.dumps(figures.to_dict())  # JSON-ready


def test_unknown_unit_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError) as caught:
        report(db, "KZ-99-XX", Period.month(2026, 10))
    assert caught.value.key == "unit.not_found"


# --- a larger register, counted by tests/report_world.py --------------------------------------------


@pytest.fixture(scope="module", params=BACKENDS)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One seeded register for the module's read-only checks (about 110 cases through the services take
    a few seconds to make): the `db` fixture's two backends, at module scope."""
    data_dir = tmp_path_factory.mktemp("world")
    if request.param == "sqlite":
        database = open_database(data_dir=data_dir)
        build_world(database)
        yield database
        database.close()
        return
    server = make_url(POSTGRES_URL)
    name = f"tatulyq_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    database = open_database(
        database_url=server.set(database=name).render_as_string(hide_password=False), data_dir=data_dir
    )
    try:
        build_world(database)
        yield database
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


REPORTS = [
    # unit, period, the period before, the same period a year earlier, the trend's last month
    ("KZ-31-MC", Period.month(2026, 10), Period.month(2026, 9), Period.month(2025, 10), (2026, 10)),
    ("KZ-31-CTR", Period.month(2026, 1), Period.month(2025, 12), Period.month(2025, 1), (2026, 1)),
    ("KZ-31-MC", Period.month(2026, 11), Period.month(2026, 10), Period.month(2025, 11), (2026, 11)),
    ("KZ-31-MC", Period.quarter(2026, 3), Period.quarter(2026, 2), Period.quarter(2025, 3), (2026, 9)),
    ("KZ-RMC", Period.year(2026), Period.year(2025), Period.year(2025), (2026, 12)),
    (
        "KZ-31-KRD",
        Period(date(2026, 9, 15), date(2026, 10, 14)),
        Period(date(2026, 8, 16), date(2026, 9, 14)),
        Period(date(2025, 9, 15), date(2025, 10, 14)),
        (2026, 10),
    ),
]


def _same_loads(actual: list[Any], expected: list[Any]) -> None:
    def key(load: Any) -> tuple[str, str, str]:
        return (load.unit_code, load.name, load.kind)

    assert sorted(actual, key=key) == sorted(expected, key=key)
    assert actual == sorted(actual, key=lambda load: (load.unit_code, load.name))


@pytest.mark.parametrize("which", range(len(REPORTS)), ids=[f"{r[0]}-{r[1].code()}" for r in REPORTS])
def test_every_figure_matches_the_register(world: Database, which: int) -> None:
    unit, period, before, year_before, (last_year, last_month) = REPORTS[which]
    register = read_register(world)
    expected = Expected(register, subtree(unit))
    figures = report(world, unit, period)

    assert figures.unit_code == unit and figures.period == period and figures.made_at == MADE_AT
    assert figures.current == expected.headline(period)
    assert figures.previous == expected.headline(before)
    assert figures.year_earlier == expected.headline(year_before)
    for name, value in expected.tables(period).items():
        assert getattr(figures, name) == value, name
    _same_loads(figures.mediators, expected.mediators(period))
    assert figures.units == unit_rows(register, unit, period)
    assert figures.trend == expected.trend(months(last_year, last_month))


def test_the_register_exercises_every_figure(world: Database) -> None:
    """The seeded register is rich enough for the comparisons above to mean something."""
    register = read_register(world)
    year = Expected(register, subtree("KZ-RMC")).headline(Period.year(2026))
    empty = [f.name for f in dataclasses.fields(Headline) if not getattr(year, f.name)]
    assert empty == []
    october = Expected(register, subtree("KZ-31-MC")).headline(Period.month(2026, 10))
    assert october.received and october.ended and october.carried_over and october.open_at_end


def test_the_republic_has_a_row_per_region_adding_up_to_the_total(world: Database) -> None:
    figures = report(world, "KZ-RMC", Period.year(2026))
    assert [row.unit_code for row in figures.units] == sorted(f"{r.code}-MC" for r in REGIONS)
    assert len(figures.units) == 20
    additive = [
        f.name
        for f in dataclasses.fields(Headline)
        if f.name not in ("median_days_to_end", "satisfaction_mean")
    ]
    for name in additive:
        assert sum(getattr(row.figures, name) for row in figures.units) == getattr(figures.current, name), (
            name
        )
    busy = {row.unit_code for row in figures.units if row.figures.received}
    assert busy == {"KZ-19-MC", "KZ-31-MC", "KZ-71-MC"}
    assert all(row.figures == EMPTY for row in figures.units if row.unit_code not in busy)


# --- `tatulyq stats` ------------------------------------------------------------------------------


def _stats(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    from app.cli.main import main

    code = main(["--data-dir", str(data_dir), "stats", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_stats_command_prints_the_figures(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TATULYQ_TODAY", TODAY.isoformat())
    _hand_register(sqlite_db)
    data_dir = tmp_path / "data"
    code, document = _stats(data_dir, capsys, "--unit", "kz-31-mc", "--period", "2026-10")
    assert code == 0 and document["ok"] is True
    expected = Expected(read_register(sqlite_db), subtree("KZ-31-MC")).headline(Period.month(2026, 10))
    assert document["current"] == {
        **dataclasses.asdict(expected),
        "settlement_rate": 0.5,
        "cases_per_mediator": 1.5,
    }
    assert document["period"] == {
        "kind": "month",
        "code": "2026-10",
        "start": "2026-10-01",
        "end": "2026-10-31",
    }
    assert [row["unit_code"] for row in document["units"]] == ["KZ-31-CTR", "KZ-31-HF", "KZ-31-KRD"]
    assert document["fingerprint"] == report(sqlite_db, "KZ-31-MC", Period.month(2026, 10)).fingerprint()

    code, document = _stats(
        data_dir, capsys, "--unit", "KZ-31-CTR", "--from", "2026-10-01", "--to", "31.10.2026"
    )
    assert code == 0 and document["period"]["kind"] == "range"
    assert document["current"]["received"] == 3 and document["units"] == []

    from app.cli.main import main

    assert main(["--data-dir", str(data_dir), "stats", "--unit", "KZ-31-CTR", "--period", "2026-Q4"]) == 0
    text = capsys.readouterr().out
    assert "KZ-31-CTR" in text and "Cases received" in text and "2026-Q4" in text and "fingerprint" in text

    for args, key in (
        (("--unit", "KZ-99-XX", "--period", "2026-10"), "unit.not_found"),
        (("--unit", "KZ-31-CTR", "--period", "October"), "period.invalid"),
        (("--unit", "KZ-31-CTR", "--from", "2026-10-01"), "period.choice"),
        (("--unit", "KZ-31-CTR", "--period", "2026-10", "--to", "2026-10-31"), "period.choice"),
        (("--unit", "KZ-31-CTR", "--from", "2026-10-31", "--to", "2026-10-01"), "period.reversed"),
    ):
        code, document = _stats(data_dir, capsys, *args)
        assert code == 1 and document["error"]["key"] == key, args


def test_made_at_must_be_aware(db: Database) -> None:
    with pytest.raises(ValueError), db.session() as s:
        build_report(s, "KZ-31-CTR", Period.month(2026, 10), made_at=datetime(2026, 11, 20, 12, 0))
