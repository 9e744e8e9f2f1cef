"""A small mediation network for the exchange tests: the republic, a region and its centres, each with
its own database file, its own exchange keys, and the directory the republic signed installed.

Keys are made with low argon2 costs (the file records its costs, so loading follows them): the tests
are about packages, not about guessing passphrases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.exchange import keys as keys_module
from app.exchange.directory_service import add_unit_key, install_directory_file, publish_directory
from app.exchange.key_store import create_keys, load_keys
from app.exchange.keys import InstallationKeys
from app.models import Case, ReceivedPackage
from app.models.enums import Category, ConsultationResult, Outcome, SessionKind, TerminationReason
from app.reports.builder import build_report
from app.reports.periods import Period
from app.services import cases, consultations, sessions, settings
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.database import Database
from tests.helpers_services import (
    TODAY,
    add_parties,
    assign,
    ended_at,
    mediating_case,
    new_case,
    settled_case,
)

PASSPHRASE = "test passphrase"
REPUBLIC, REGION, CENTRE, HOUSE = "KZ-RMC", "KZ-31-MC", "KZ-31-CTR", "KZ-31-HF"
OTHER_REGION, OTHER_CENTRE = "KZ-71-MC", "KZ-71-CTR"
OCTOBER = "2026-10"
ACTOR = Actor("exchange tester")


@dataclass
class Site:
    code: str
    data_dir: Path
    db: Database
    keys: InstallationKeys

    @property
    def db_file(self) -> Path:
        return self.data_dir / "tatulyq.db"


@dataclass
class World:
    root: Path
    sites: dict[str, Site]

    def __getitem__(self, code: str) -> Site:
        return self.sites[code]

    def close(self) -> None:
        for site in self.sites.values():
            site.db.close()


def fast_keys_and_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """For every exchange test (an autouse fixture in each module): cheap argon2, today pinned."""
    monkeypatch.setattr(keys_module, "ARGON2_TIME_COST", 1)
    monkeypatch.setattr(keys_module, "ARGON2_MEMORY_KIB", 1024)
    monkeypatch.setenv("TATULYQ_TODAY", TODAY.isoformat())


def make_site(folder: Path, code: str) -> Site:
    db = open_database(data_dir=folder)
    with db.session(write=True, actor=ACTOR) as s:
        settings.set_value(s, "installation.unit_code", code)
    create_keys(folder, code, PASSPHRASE)
    return Site(code, folder, db, load_keys(folder, PASSPHRASE))


def build_world(root: Path, codes: tuple[str, ...] = (REGION, CENTRE)) -> World:
    """The republic and the given units; every unit's key in the directory, installed everywhere."""
    republic = make_site(root / "republic", REPUBLIC)
    others = {code: make_site(root / code, code) for code in codes}
    with republic.db.session(write=True, actor=ACTOR) as s:
        for site in others.values():
            public = site.keys.public
            add_unit_key(s, site.code, public, fingerprint=public.fingerprint, valid_from=date(2026, 1, 1))
        published = publish_directory(s, republic.keys, root)
    for site in others.values():
        with site.db.session(write=True, actor=ACTOR) as s:
            install_directory_file(
                s, published.read_bytes(), fingerprint=republic.keys.public.fingerprint, actor_name="tester"
            )
    return World(root, {REPUBLIC: republic, **others})


def world_in(tmp_path: Path) -> Iterator[World]:
    """The republic, the region and its centre (the body of each module's ``world`` fixture)."""
    made = build_world(tmp_path / "network")
    yield made
    made.close()


def fill_october(db: Database, unit: str = CENTRE) -> list[str]:
    """A clean October at ``unit`` (no finding): settled, not settled, in mediation with a session,
    registered only, and two consultations. Returns the case numbers."""
    numbers = []
    with db.session(write=True, actor=ACTOR) as s:
        for day in (date(2026, 10, 12), date(2026, 10, 18)):
            numbers.append(settled_case(s, unit=unit, settled_on=day).number)
        ended = mediating_case(s, unit=unit, intake=date(2026, 10, 2), signed=date(2026, 10, 6))
        cases.record_outcome(
            s,
            ended,
            Outcome.NOT_SETTLED,
            TerminationReason.PARTY_REFUSED,
            ended_at=ended_at(date(2026, 10, 25)),
            today=TODAY,
        )
        numbers.append(ended.number)
        running = mediating_case(s, unit=unit, intake=date(2026, 10, 14), signed=date(2026, 10, 20))
        sessions.add_session(
            s, running, sessions.SessionInput(held_on=date(2026, 10, 27), kind=SessionKind.JOINT), today=TODAY
        )
        numbers.append(running.number)
        waiting = new_case(s, unit=unit, intake=date(2026, 10, 29))
        add_parties(s, waiting)
        assign(s, waiting)
        numbers.append(waiting.number)
        for day, result in (
            (date(2026, 10, 3), ConsultationResult.RESOLVED),
            (date(2026, 10, 21), ConsultationResult.INFORMATION_GIVEN),
        ):
            consultations.log_consultation(
                s,
                consultations.ConsultationInput(
                    unit_code=unit, held_on=day, topic=Category.FAMILY, result=result
                ),
                today=TODAY,
            )
    return numbers


def figures(db: Database, unit: str, period: str = OCTOBER) -> dict[str, Any]:
    """The report's figures as a council compares them: without the moment made and mediators' names
    (a package carries no names; imported mediators have none)."""
    from datetime import UTC, datetime

    with db.session() as s:
        data = build_report(
            s, unit, Period.parse(period), made_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
        ).to_dict()
    data.pop("made_at")
    for load in data["mediators"]:
        load["name"] = ""
    # The report lists mediators by name; without names the order is the database's: sort to compare.
    data["mediators"].sort(key=lambda load: sorted(load.items()))
    return data


def count_cases(db: Database, unit_code: str | None = None) -> int:
    with db.session() as s:
        query = select(func.count()).select_from(Case)
        if unit_code is not None:
            from app.services import units

            query = query.where(Case.unit_id == units.by_code(s, unit_code).id)
        return int(s.scalar(query) or 0)


def received(db: Database) -> list[tuple[str, str, int, str]]:
    with db.session() as s:
        rows = s.execute(
            select(
                ReceivedPackage.unit_code,
                ReceivedPackage.period,
                ReceivedPackage.revision,
                ReceivedPackage.state,
            ).order_by(ReceivedPackage.unit_code, ReceivedPackage.period, ReceivedPackage.revision)
        )
        return [(u, p, r, st) for u, p, r, st in rows]


def file_state(site: Site) -> bytes:
    """The database file's bytes with every committed page in it: the connection pool is closed (SQLite
    folds the write-ahead log into the file as the last connection goes), so nothing waits in -wal."""
    site.db.engine.dispose()
    with sqlite3.connect(site.db_file) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    wal = site.db_file.with_name(site.db_file.name + "-wal")
    return site.db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
