"""The access log: every opening of parties' personal data is an audit entry (who, when, which case)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import AuditEntry
from app.models.enums import AuditAction
from app.services import audit, parties
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import add_two_parties, new_case


def _accesses(db: Database) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.ACCESS)))


def test_record_access_names_the_case_or_the_one_party(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        applicant, respondent = add_two_parties(s, case)
        case_id, party_id = case.id, applicant.party_id
        all_parties = [applicant.party_id, respondent.party_id]
    reader = Actor("Сәуле Ахметова", None)
    with db.session(write=True, actor=reader) as s:
        audit.record_access(s, audit.AccessKind.CASE_EDITOR, case_id=case_id, party_ids=all_parties)
        audit.record_access(s, audit.AccessKind.PARTY, case_id=case_id, party_ids=[party_id])
    whole, one = _accesses(db)
    assert (whole.actor, whole.entity, whole.entity_id, whole.case_id) == (
        "Сәуле Ахметова",
        "cases",
        str(case_id),
        case_id,
    )
    assert whole.changes == {"access": "case_editor", "parties": [str(p) for p in all_parties]}
    assert (one.entity, one.entity_id, one.case_id) == ("parties", str(party_id), case_id)
    assert whole.hash is not None and one.prev_hash == whole.hash  # sealed like every entry


def test_cases_show_writes_an_access_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    db = open_database(data_dir=data)
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        add_two_parties(s, case)
        quiet = new_case(s)  # no parties yet: nothing personal to show
        number, quiet_number = case.number, quiet.number
        party_ids = sorted(str(p.party_id) for p in parties.participants(s, case))
    db.close()
    assert main(["--data-dir", str(data), "cases", "show", number]) == 0
    out = capsys.readouterr().out
    assert "Өмірбеков Ғалымжан" in out
    assert main(["--data-dir", str(data), "cases", "show", quiet_number, "--json"]) == 0
    capsys.readouterr()
    db = open_database(data_dir=data)
    try:
        [entry] = _accesses(db)
        assert entry.actor.startswith("cli:")
        assert entry.changes["access"] == "command_line" and sorted(entry.changes["parties"]) == party_ids
    finally:
        db.close()
    assert main(["--data-dir", str(data), "cases", "show", number, "--json"]) == 0
    history = json.loads(capsys.readouterr().out)["case"]["history"]
    assert history[-1]["action"] == "access"  # the earlier showing, now in the case's own history
    assert history[-1]["summary"] == "showed the case with its parties' personal data on the command line"
