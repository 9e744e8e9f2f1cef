"""Retention: old closed cases lose their personal data on request; figures and the audit chain stay.

The cases are closed in 2026 (the tests' today) and retention runs "in 2032", six years later.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select, text

from app.cli.main import main
from app.errors import WorkflowError
from app.models import AuditEntry, MediationSession, Obligation, Party
from app.models.enums import (
    AgeGroup,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    SessionKind,
    Sex,
    TerminationReason,
)
from app.services import audit, case_view, cases, parties, retention, search, sessions, settlements, users
from app.services.context import Actor
from app.storage import audit_chain
from app.storage.database import Database
from app.storage.location import DATABASE_FILENAME
from tests.conftest import ACTOR
from tests.factories import TODAY, add_two_parties, new_case, person
from tests.helpers_services import assign, ended_at, keep_all, participant

LATER = date(2032, 1, 15)  # six years after the cases were closed
IIN = "900515301234"


@dataclass
class World:
    settled: str  # closed in 2026 after follow-up: sessions, settlement, obligations
    refused: str  # closed at intake in 2026: the other side refused
    open_case: str  # still at intake; shares a party with `refused`
    shared_party: uuid.UUID
    settled_party: uuid.UUID


def _world(db: Database) -> World:
    with db.session(write=True, actor=ACTOR) as s:
        settled = new_case(s)
        add_two_parties(s, settled)  # Өмірбеков and Иванова, with their consent
        assign(s, settled)
        cases.sign_agreement(s, settled, date(2026, 10, 10), today=TODAY)
        sessions.add_session(
            s,
            settled,
            sessions.SessionInput(
                held_on=date(2026, 10, 12),
                kind=SessionKind.JOINT,
                place="Достық үйі, 2-бөлме",
                notes="Өмірбеков қоршауды жылжытуға келісті",
            ),
            today=TODAY,
        )
        respondent = participant(s, settled, ParticipantRole.RESPONDENT)
        settlements.record_settlement(
            s,
            settled,
            date(2026, 10, 20),
            "Шекара дауы",
            "Қоршау көшіріледі",
            [settlements.ObligationInput(respondent.id, "Иванова қоршауды көшіреді", date(2026, 11, 10))],
            today=TODAY,
        )
        cases.record_outcome(
            s, settled, Outcome.SETTLED_FULL, TerminationReason.AGREEMENT_SIGNED,
            ended_at=ended_at(date(2026, 10, 20)), today=TODAY,
        )  # fmt: skip
        keep_all(s, settled, date(2026, 11, 12))
        cases.close_after_follow_up(s, settled, date(2026, 11, 13), today=TODAY)
        settled_party = respondent.party_id

        refused = new_case(s, description="Көршілер арасындағы су дауы, Ахметов")
        shared = parties.add_party_to_case(
            s,
            refused,
            person(
                "Ахметов",
                "Серік",
                id_number=IIN,
                phone="+7 701 234 56 78",
                email="serik@example.kz",
                address="Қордай ауылы, Абай к-сі 5",
                ethnicity="қазақ",
            ),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )
        cases.record_outcome(
            s,
            refused,
            Outcome.TERMINATED,
            TerminationReason.PARTY_REFUSED,
            "Жауапкер бас тартты",
            today=TODAY,
        )
        lonely = parties.add_party_to_case(
            s, new_case(s), person("Бекова", "Ләззат", phone="+7 702 000 11 22"), ParticipantRole.APPLICANT,
            today=TODAY,
        )  # fmt: skip
        # The same person is also in a newer, open case: their data is still in use.
        open_case = new_case(s, description="Жаңа дау")
        parties.add_participant(s, open_case, shared.party, ParticipantRole.RESPONDENT)
        del lonely
        return World(settled.number, refused.number, open_case.number, shared.party_id, settled_party)


def _trail_text(db: Database, case_number: str) -> str:
    """Everything the trail holds about a case (its own rows and its parties' rows), as text."""
    with db.session() as s:
        case = cases.by_number(s, case_number)
        view = case_view.load(s, case)
        return json.dumps([(h.changes, h.summary) for h in view.history], ensure_ascii=False)


def test_the_preview_counts_and_changes_nothing(db: Database) -> None:
    world = _world(db)
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*), max(seq) FROM audit_log")).one()
    with db.session(actor=ACTOR) as s:
        plan = retention.preview(s, years=5, today=LATER)
    assert plan.case_numbers == [world.refused, world.settled] or set(plan.case_numbers) == {
        world.refused,
        world.settled,
    }
    assert plan.cutoff == date(2027, 1, 15)
    assert plan.parties == 2  # the two of the settled case; Ахметов stays for the open case
    assert plan.parties_detached == 1
    assert plan.fields["parties.last_name"] == 2
    assert plan.fields["cases.description"] == 2
    assert plan.fields["cases.termination_note"] == 1
    assert plan.fields["sessions.notes"] == 1
    assert plan.fields["obligations.description"] == 1
    assert plan.audit_entries > 5 and not plan.applied
    with db.engine.connect() as conn:
        assert tuple(conn.execute(text("SELECT count(*), max(seq) FROM audit_log")).one()) == tuple(before)
    with db.session(actor=ACTOR) as s:
        assert retention.preview(s, years=7, today=LATER).empty  # closed only five years before


def test_apply_removes_personal_data_and_keeps_the_figures(db: Database) -> None:
    world = _world(db)
    with db.session(write=True, actor=ACTOR) as s:
        plan = retention.apply(s, years=5, today=LATER)
    assert plan.applied and plan.cases == 2
    with db.session() as s:
        settled = cases.by_number(s, world.settled)
        assert (settled.description, settled.status.value, settled.outcome) == (
            "",
            "closed",
            Outcome.SETTLED_FULL,
        )
        assert settled.closed_on == date(2026, 11, 13) and settled.agreement_signed_on == date(2026, 10, 10)
        party = s.get(Party, world.settled_party)
        assert party is not None
        assert (party.last_name, party.first_name, party.phone, party.birth_date) == (None, None, None, None)
        assert party.sex is Sex.FEMALE  # what the reports count stays
        meeting = s.scalar(select(MediationSession).where(MediationSession.case_id == settled.id))
        assert meeting is not None and (meeting.notes, meeting.place) == (None, None)
        assert meeting.held_on == date(2026, 10, 12) and meeting.kind is SessionKind.JOINT
        obligation = s.scalar(select(Obligation))
        assert obligation is not None and (obligation.description, obligation.status) == (
            "",
            ObligationStatus.KEPT,
        )
        refused = cases.by_number(s, world.refused)
        assert (refused.description, refused.termination_note) == ("", None)
        assert refused.termination_reason is TerminationReason.PARTY_REFUSED
        # The person also in an open case keeps everything for it; the old case holds an anonymous copy.
        shared = s.get(Party, world.shared_party)
        assert shared is not None
        assert (shared.last_name, shared.id_number, shared.age_group) == ("Ахметов", IIN, AgeGroup.AGE_30_44)
        [old_place] = parties.participants(s, refused)
        assert old_place.party_id != world.shared_party
        assert (old_place.party.last_name, old_place.party.phone, old_place.party.sex) == (
            None,
            None,
            Sex.MALE,
        )
        assert old_place.party.age_group is AgeGroup.AGE_30_44
        [open_place] = parties.participants(s, cases.by_number(s, world.open_case))
        assert open_place.party_id == world.shared_party
        # Search no longer finds the de-identified cases by names or words; the open case still by name.
        assert [h.number for h in search.search_cases(s, "Иванова")] == []
        assert [h.number for h in search.search_cases(s, "су дауы")] == []
        assert [h.number for h in search.search_cases(s, "Ахметов")] == [world.open_case]
        assert [h.number for h in search.search_cases(s, world.settled)] == [world.settled]


def test_the_trail_keeps_every_event_without_the_values_and_still_checks_out(db: Database) -> None:
    world = _world(db)
    with db.engine.connect() as conn:
        entries_before = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    assert "Иванова" in _trail_text(db, world.settled)
    with db.session(write=True, actor=ACTOR) as s:
        plan = retention.apply(s, years=5, today=LATER)
    trail = _trail_text(db, world.settled)
    for personal in ("Иванова", "Өмірбеков", "қоршауды", "Шекара"):
        assert personal not in trail
    assert audit.REMOVED in trail
    assert "Ахметов" in _trail_text(db, world.open_case)  # still in use: the open case's trail keeps it
    assert "Ахметов" not in _trail_text(db, world.refused)  # the old case no longer leads to him
    with db.engine.connect() as conn:
        report = audit_chain.verify(conn)
        redacted = conn.execute(
            text("SELECT count(*) FROM audit_log WHERE redacted_digest IS NOT NULL")
        ).scalar_one()
        entries_after = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    assert report.ok, report.problems
    assert redacted == plan.audit_entries
    assert entries_after > entries_before  # nothing removed; the changes and two retention records added
    with db.session() as s:
        records = s.scalars(select(AuditEntry).where(AuditEntry.entity == audit_chain.RETENTION_ENTITY)).all()
        assert len(records) == 2
        assert {r.case_id for r in records} == {
            cases.by_number(s, world.settled).id,
            cases.by_number(s, world.refused).id,
        }
    with db.session(write=True, actor=ACTOR) as s:
        again = retention.apply(s, years=5, today=LATER)
    assert again.empty and not again.applied


def test_a_redaction_without_a_retention_record_is_caught(db: Database) -> None:
    """Hiding a value by copying retention's way of doing it still shows: no record names that case."""
    world = _world(db)
    with db.session(write=True, actor=ACTOR) as s:
        retention.apply(s, years=5, today=LATER)
        open_id = cases.by_number(s, world.open_case).id
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.case_id == open_id, AuditEntry.entity == "cases")
        ).first()
        assert entry is not None
        seq = entry.seq
        digest = audit_chain.changes_digest(entry.changes)
    with db.engine.begin() as conn:
        forged = json.dumps({"description": [None, audit.REMOVED]})
        conn.execute(
            text("UPDATE audit_log SET changes = :c, redacted_digest = :d WHERE seq = :seq"),
            {"c": forged, "d": digest, "seq": seq},
        )
    with db.engine.connect() as conn:
        report = audit_chain.verify(conn)
    assert report.first_broken_seq == seq
    assert report.problems[0] == f"audit trail: entry {seq} was redacted without a retention record"


def test_only_an_administrator_may_de_identify(db: Database) -> None:
    _world(db)
    with db.session(write=True, actor=Actor("set-up")) as s:
        head = users.create_user(s, "head", "Head", "secret-123", users.Role.CENTRE_HEAD, "KZ-31-KRD")
        head_actor = Actor(head.display_name, head.id)
    with pytest.raises(WorkflowError) as refused, db.session(actor=head_actor) as s:
        retention.preview(s, years=5, today=LATER)
    assert refused.value.params["action"] == "deidentify"


def test_the_command_line_previews_and_applies(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    world = _world(sqlite_db)
    data = sqlite_db.location.data_dir
    sqlite_db.close()
    monkeypatch.setenv("TATULYQ_TODAY", LATER.isoformat())
    assert main(["--data-dir", str(data), "retention", "preview", "--years", "5"]) == 0
    out = capsys.readouterr().out
    assert "Cases closed before 15.01.2027 (more than 5 years ago) with personal data left: 2." in out
    assert world.settled in out and "parties.last_name: 2" in out
    raw = sqlite3.connect(data / DATABASE_FILENAME)
    assert raw.execute("SELECT count(*) FROM parties WHERE last_name = 'Иванова'").fetchone()[0] == 1
    raw.close()
    assert main(["--data-dir", str(data), "retention", "apply", "--json"]) == 0  # the setting: 5 years
    document = json.loads(capsys.readouterr().out)
    assert document["applied"] is True and sorted(document["cases"]) == sorted([world.settled, world.refused])
    raw = sqlite3.connect(data / DATABASE_FILENAME)
    assert raw.execute("SELECT count(*) FROM parties WHERE last_name = 'Иванова'").fetchone()[0] == 0
    raw.close()
    assert main(["--data-dir", str(data), "audit", "verify"]) == 0
    assert "check out" in capsys.readouterr().out
