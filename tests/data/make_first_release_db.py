"""How tests/data/first-release-0001.db was made (kept for the record; the file itself is committed).

It holds a few cases written at schema revision 0001 (before search existed) by the services of that
time, with Kazakh and Russian names, so the migration tests can upgrade a real old database and check
that nothing was lost. Run: python tests/data/make_first_release_db.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command

from app.models.enums import Category, Channel, ParticipantRole, PartyKind, Sex
from app.services import audit, cases, parties
from app.services.context import Actor
from app.storage.database import Database
from app.storage.location import resolve_location
from app.storage.migrate import alembic_config

OUT = Path(__file__).with_name("first-release-0001.db")


def main() -> None:
    OUT.unlink(missing_ok=True)
    work = OUT.with_suffix(".work")
    if work.exists():
        for f in work.iterdir():
            f.unlink()
    location = resolve_location(work)
    db = Database(location, session_hooks=(audit.install,))
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_case_register")
    today = date(2026, 6, 30)
    with db.session(write=True, actor=Actor("first-release")) as s:
        for i, (unit, category, desc, people) in enumerate(
            [
                (
                    "KZ-31-KRD",
                    Category.NEIGHBOUR,
                    "Жер учаскесінің шекарасы туралы дау, ҚОРДАЙ ауылы",
                    [("Өмірбеков", "Ғалымжан", Sex.MALE), ("Үсенова", "Әйгерім", Sex.FEMALE)],
                ),
                (
                    "KZ-31-KRD",
                    Category.FAMILY,
                    "Спор о порядке общения с ребёнком",
                    [("Иванов", "Пётр", Sex.MALE), ("Иванова", "Ольга", Sex.FEMALE)],
                ),
                (
                    "KZ-19-ENB",
                    Category.LABOUR,
                    "Задержка заработной платы на ферме",
                    [("Нұрланұлы", "Қуаныш", Sex.MALE)],
                ),
            ]
        ):
            case = cases.register_case(
                s,
                cases.CaseIntake(
                    unit_code=unit,
                    intake_date=date(2026, 5, 10 + i),
                    channel=Channel.AKIMAT,
                    category=category,
                    description=desc,
                    inter_ethnic=i == 0,
                ),
                today=today,
            )
            for j, (last, first, sex) in enumerate(people):
                parties.add_party_to_case(
                    s,
                    case,
                    parties.PartyInput(
                        kind=PartyKind.PERSON,
                        last_name=last,
                        first_name=first,
                        sex=sex,
                        consent_given=True,
                        consent_on=date(2026, 5, 10 + i),
                    ),
                    ParticipantRole.APPLICANT if j == 0 else ParticipantRole.RESPONDENT,
                    today=today,
                )
            if len(people) == 1:
                parties.add_party_to_case(
                    s,
                    case,
                    parties.PartyInput(kind=PartyKind.ORGANISATION, org_name="«Береке» ЖШС"),
                    ParticipantRole.RESPONDENT,
                    today=today,
                )
    db.close()
    raw = __import__("sqlite3").connect(location.sqlite_path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("VACUUM")
    raw.close()
    assert location.sqlite_path is not None
    location.sqlite_path.replace(OUT)
    for f in work.iterdir():
        f.unlink()
    work.rmdir()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
