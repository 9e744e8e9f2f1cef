"""Prepare this month: the checks, the package written and recorded, and nothing recorded on failure."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import StorageError, ValidationError
from app.exchange.directory_service import current_directory, known_sign_keys
from app.exchange.package import PackageLimits, read_package_file
from app.exchange.service import check_month, prepare_month
from app.models import AuditEntry, MonthClosure, SentPackage
from app.models.enums import Outcome, SessionKind, TerminationReason
from app.services import cases, sessions
from tests.exchange_world import (
    ACTOR,
    CENTRE,
    OCTOBER,
    REGION,
    World,
    fast_keys_and_today,
    fill_october,
    make_site,
    world_in,
)
from tests.helpers_services import TODAY, ended_at, mediating_case, new_case


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys_and_today(monkeypatch)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from world_in(tmp_path)


def _sent(world: World) -> list[tuple[str, int, str | None]]:
    with world[CENTRE].db.session() as s:
        return [
            (p, r, st)
            for p, r, st in s.execute(
                select(SentPackage.period, SentPackage.revision, SentPackage.receipt_status).order_by(
                    SentPackage.sequence
                )
            )
        ]


def _closures(world: World) -> int:
    with world[CENTRE].db.session() as s:
        return int(s.scalar(select(func.count()).select_from(MonthClosure)) or 0)


def test_a_clean_october_is_written_signed_and_recorded(world: World, tmp_path: Path) -> None:
    centre = world[CENTRE]
    numbers = fill_october(centre.db)
    assert check_month(centre.db, CENTRE, OCTOBER).findings == ()
    steps: list[tuple[int, int]] = []

    prepared = prepare_month(
        centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR, progress=lambda d, t: steps.append((d, t))
    )

    assert prepared.path == tmp_path / "KZ-31-CTR_2026-10_r1.tqp" and prepared.path.is_file()
    assert (prepared.unit, prepared.period, prepared.revision) == (CENTRE, OCTOBER, 1)
    assert (prepared.case_rows, prepared.consultation_rows, prepared.forwarded) == (len(numbers), 2, 0)
    assert steps[0] == (0, 5) and steps[-1] == (5, 5)
    assert _sent(world) == [(OCTOBER, 1, None)] and _closures(world) == 1
    with centre.db.session() as s:
        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity == "exchange")).all()
    assert [entry.entity_id for entry in trail] == [prepared.package_id]

    # The region opens it with its own key and the directory: the centre signed it, and no name of
    # a mediator (nor anything personal) is in it.
    region = world[REGION]
    with region.db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    package = read_package_file(prepared.path, region.keys, known_sign_keys(directory), PackageLimits())
    assert package.manifest.package_id == prepared.package_id
    assert package.manifest.sequence == prepared.sequence
    everything = b"".join(package.files.values())
    assert "Сәрсенбаев".encode() not in everything and "Нұрлан".encode() not in everything
    assert all(number.encode() in package.files["data/cases.jsonl"] for number in numbers)


def test_a_correction_is_the_next_revision_with_a_higher_sequence(world: World, tmp_path: Path) -> None:
    centre = world[CENTRE]
    fill_october(centre.db)
    first = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR)
    second = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR)
    assert (first.revision, second.revision) == (1, 2)
    assert second.sequence > first.sequence
    assert second.path.name == "KZ-31-CTR_2026-10_r2.tqp" and first.path.is_file()
    assert check_month(centre.db, CENTRE, OCTOBER).next_revision == 3


def test_the_checks_find_each_problem_and_stop_the_package(world: World, tmp_path: Path) -> None:
    centre = world[CENTRE]
    with centre.db.session(write=True, actor=ACTOR) as s:
        silent = mediating_case(s, unit=CENTRE, intake=date(2026, 9, 1), signed=date(2026, 9, 2)).number
        heard = mediating_case(s, unit=CENTRE, intake=date(2026, 10, 1), signed=date(2026, 10, 2))
        sessions.add_session(
            s, heard, sessions.SessionInput(held_on=date(2026, 10, 3), kind=SessionKind.JOINT), today=TODAY
        )
        ended = mediating_case(s, unit=CENTRE, intake=date(2026, 10, 1), signed=date(2026, 10, 2))
        sessions.add_session(
            s, ended, sessions.SessionInput(held_on=date(2026, 10, 3), kind=SessionKind.JOINT), today=TODAY
        )
        cases.record_outcome(
            s,
            ended,
            Outcome.NOT_SETTLED,
            TerminationReason.PARTY_REFUSED,
            ended_at=ended_at(date(2026, 10, 9)),
            today=TODAY,
        )
        ended.ended_on = None  # an outcome with no date it ended (a register brought in from elsewhere)
        registered = new_case(s, unit=CENTRE, intake=date(2026, 10, 30)).number  # no agreement: no finding
    check = check_month(centre.db, CENTRE, OCTOBER)
    found = {finding.key: finding.case_numbers for finding in check.findings}
    # September's case had its 30 days run out in October, with no session and no outcome.
    assert found == {
        "month_check.no_session": (silent,),
        "month_check.overdue": (silent,),
        "month_check.outcome_without_end": (ended.number,),
    }
    assert registered not in str(found)
    assert all("1 " in finding.message for finding in check.findings)

    with pytest.raises(ValidationError) as caught:
        prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR)
    assert caught.value.key == "exchange.month_has_findings" and caught.value.params["count"] == 3
    assert list(tmp_path.glob("*.tqp")) == [] and _sent(world) == [] and _closures(world) == 0

    sent = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR, send_with_findings=True)
    assert sent.findings == 3
    with centre.db.session() as s:
        assert s.scalar(select(MonthClosure.problems)) == 3


@pytest.mark.parametrize("period", ["2026-11", "2026-12", "2027-01"])
def test_a_month_not_over_is_refused(world: World, tmp_path: Path, period: str) -> None:
    centre = world[CENTRE]
    for attempt in (
        lambda: check_month(centre.db, CENTRE, period),
        lambda: prepare_month(centre.db, centre.keys, period, tmp_path, actor=ACTOR),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.key == "exchange.month_not_over"
    assert _sent(world) == []


def test_without_a_directory_nothing_can_be_prepared(tmp_path: Path) -> None:
    lonely = make_site(tmp_path / "lonely", CENTRE)
    try:
        with pytest.raises(ValidationError) as caught:
            prepare_month(lonely.db, lonely.keys, OCTOBER, tmp_path, actor=ACTOR)
        assert caught.value.key == "exchange.no_directory"
    finally:
        lonely.db.close()


def test_a_folder_that_cannot_be_written_records_nothing(world: World, tmp_path: Path) -> None:
    centre = world[CENTRE]
    fill_october(centre.db)
    not_a_folder = tmp_path / "stick.txt"
    not_a_folder.write_text("a file where the folder should be")
    for target in (tmp_path / "unplugged", not_a_folder):
        with pytest.raises(StorageError) as caught:
            prepare_month(centre.db, centre.keys, OCTOBER, target, actor=ACTOR)
        assert caught.value.key == "exchange.cannot_write_package"
        assert caught.value.params["path"] == str(target)
    assert _sent(world) == [] and _closures(world) == 0
    # The month can be prepared once a folder works, still as revision 1.
    assert prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR).revision == 1


def test_keys_of_another_unit_are_refused(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    with pytest.raises(ValidationError) as caught:
        prepare_month(centre.db, region.keys, OCTOBER, tmp_path, actor=ACTOR)
    assert caught.value.key == "exchange.keys_other_unit"
    assert _sent(world) == []
