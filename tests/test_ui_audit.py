"""Roles, the access log and the audit trail in the desktop program, driven through the real widgets."""

from __future__ import annotations

import csv
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid
from sqlalchemy import select

from app.models import AuditEntry
from app.models.enums import AuditAction, Category, Channel, Outcome, ParticipantRole, Role, TerminationReason
from app.services import cases, clock, parties
from app.services.context import Actor
from app.storage.location import DATABASE_FILENAME
from app.ui.audit_boxes import AuditBox, RetentionBox
from app.ui.audit_view import AuditDialog
from app.ui.case_editor import CaseEditor, open_case_editor
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.settings import SettingsPage
from app.ui.retention_dialog import RetentionDialog
from tests.factories import person
from tests.ui_support import make_ctx, make_database

UNIT = "KZ-31-KRD"
CLERK = Actor("Another mediator")


@pytest.fixture
def editors() -> Iterator[list[CaseEditor]]:
    opened: list[CaseEditor] = []
    yield opened
    for editor in opened:
        if isValid(editor):
            editor.hide()
            delete(editor)


def _case_with_parties(ctx: UiContext, *, intake: date | None = None) -> uuid.UUID:
    with ctx.database.session(write=True, actor=CLERK) as s:
        case = cases.register_case(
            s,
            cases.CaseIntake(
                UNIT, intake or clock.today(), Channel.AKIMAT, Category.NEIGHBOUR, "Көршілер дауы"
            ),
        )
        for role, (last, first) in (
            (ParticipantRole.APPLICANT, ("Өмірбеков", "Ғалымжан")),
            (ParticipantRole.RESPONDENT, ("Иванова", "Ольга")),
        ):
            parties.add_party_to_case(s, case, person(last, first, consent_on=case.intake_date), role)
        return case.id


def _access_entries(ctx: UiContext, case_id: uuid.UUID) -> list[AuditEntry]:
    with ctx.database.session() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.case_id == case_id, AuditEntry.action == AuditAction.ACCESS)
                .order_by(AuditEntry.seq)
            )
        )


def test_opening_a_case_and_a_partys_details_is_in_the_access_log(
    qtbot: QtBot, tmp_path: Path, editors: list[CaseEditor]
) -> None:
    ctx = make_ctx(tmp_path)
    case_id = _case_with_parties(ctx)
    assert _access_entries(ctx, case_id) == []
    editor = open_case_editor(ctx, case_id, None)
    editors.append(editor)
    [opened] = _access_entries(ctx, case_id)
    assert (opened.actor, opened.user_id) == ("Әлия Сәрсенова", ctx.user.user_id)
    assert opened.changes["access"] == "case_editor" and len(opened.changes["parties"]) == 2
    editor.refresh()  # redrawing the same window is not a new opening
    assert len(_access_entries(ctx, case_id)) == 1

    row = editor.snapshot.parties[1] if editor.snapshot else None
    assert row is not None
    dialog = editor.parties.edit_party(row)
    assert dialog is not None and dialog.isVisible()
    party_entry = _access_entries(ctx, case_id)[-1]
    assert (party_entry.entity, party_entry.entity_id) == ("parties", str(row.party_id))
    dialog.reject()

    editor.refresh()
    sentences = editor.history.sentences()
    assert any(
        s.endswith("Әлия Сәрсенова: opened the case with its parties' personal data") for s in sentences
    )
    assert any(s.endswith("opened a party's details, contacts included") for s in sentences)


def test_an_analyst_sees_figures_only(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, role=Role.ANALYST)
    case_id = _case_with_parties(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page("cases")
    assert not page.new_button.isVisible()
    assert not page.filters.search.isVisible()  # the search looks into parties' names
    hidden = {window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())
              if window.nav.item(row).isHidden()}  # fmt: skip
    assert hidden == {"exchange"}
    window.open_case(case_id)
    assert not any(isinstance(w, CaseEditor) for w in QApplication.topLevelWidgets())
    assert "figures only" in window.statusBar().currentMessage()
    assert _access_entries(ctx, case_id) == []
    settings_page = window.page("settings")
    assert isinstance(settings_page, SettingsPage)
    assert settings_page.findChild(AuditBox) is None and settings_page.findChild(RetentionBox) is None
    ctx.database.close()


def test_a_mediator_cannot_assign_and_does_not_see_the_audit(
    qtbot: QtBot, tmp_path: Path, editors: list[CaseEditor]
) -> None:
    ctx = make_ctx(tmp_path, role=Role.MEDIATOR)
    case_id = _case_with_parties(ctx)
    editor = open_case_editor(ctx, case_id, None)
    editors.append(editor)
    assert not editor.mediators.assign_button.isEnabled()
    assert "head of the centre" in editor.mediators.assign_button.toolTip()
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.findChild(AuditBox) is None
    ctx.database.close()


def test_the_audit_view_filters_tells_in_plain_words_and_exports_for_excel(
    qtbot: QtBot, tmp_path: Path, editors: list[CaseEditor]
) -> None:
    ctx = make_ctx(tmp_path, role=Role.CENTRE_HEAD)
    case_id = _case_with_parties(ctx)
    other_id = _case_with_parties(ctx)
    editors.append(open_case_editor(ctx, case_id, None))  # an opening, for the access log
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    box = page.findChild(AuditBox)
    assert box is not None and page.findChild(RetentionBox) is None  # retention: administrators only
    dialog = box.open_trail()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AuditDialog)
    with ctx.database.session() as s:
        number = cases.get(s, case_id).number
        other = cases.get(s, other_id).number
    dialog.case_number.setText(number)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    shown_cases = {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert shown_cases <= {number, ""} and other not in shown_cases
    assert "registered the case " + number in dialog.texts
    assert "added the party Иванова Ольга" in dialog.texts
    assert "opened the case with its parties' personal data" in dialog.texts
    assert dialog.count.text() == f"Entries: {dialog.table.rowCount()}"

    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.ACCESS.value))
    dialog.load()
    assert dialog.texts == ["opened the case with its parties' personal data"]

    target = tmp_path / "аудит.csv"
    written = dialog.export_to(target)
    assert written == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the mark Excel needs to read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["No.", "When", "Who"]
    assert rows[1][6] == "opened the case with its parties' personal data" and rows[1][4] == number
    dialog.case_number.clear()
    dialog.load()
    assert dialog.texts[0] == "exported the audit trail to a file"  # the export is itself recorded
    ctx.database.close()


def test_check_the_chain_tells_when_an_entry_was_changed(qtbot: QtBot, tmp_path: Path) -> None:
    database = make_database(tmp_path)
    ctx = make_ctx(tmp_path, database=database)
    _case_with_parties(ctx)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.check_chain()
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=10_000)
    assert dialog.chain_status.text().startswith("The chain checks out: none of the")
    raw = sqlite3.connect(tmp_path / DATABASE_FILENAME)
    seq = raw.execute("SELECT seq FROM audit_log WHERE entity = 'parties' ORDER BY seq LIMIT 1").fetchone()[0]
    raw.execute("UPDATE audit_log SET actor = 'nobody' WHERE seq = ?", (seq,))
    raw.commit()
    raw.close()
    dialog.check_chain()
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=10_000)
    assert dialog.chain_status.text().startswith(f"The chain does not check out from entry {seq} on")
    ctx.database.close()


def test_an_administrator_previews_then_de_identifies(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_ctx(tmp_path)
    case_id = _case_with_parties(ctx, intake=date(2026, 10, 5))
    with ctx.database.session(write=True, actor=CLERK) as s:
        cases.record_outcome(s, cases.get(s, case_id), Outcome.TERMINATED, TerminationReason.PARTY_REFUSED)
    monkeypatch.setenv("TATULYQ_TODAY", "2032-03-01")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    box = page.findChild(RetentionBox)
    assert box is not None and box.years.value() == 5
    dialog = box.preview()
    assert isinstance(dialog, RetentionDialog)
    qtbot.addWidget(dialog)
    assert dialog.heading.text().startswith(
        "Cases closed before 01.03.2027 (more than 5 years ago) that still hold personal data: 1."
    )
    assert "Parties whose names, IINs and contacts go: 2" in dialog.details.toPlainText()
    assert "parties: last name: 2" in dialog.details.toPlainText()
    with ctx.database.session() as s:
        assert [p.party.last_name for p in parties.participants(s, cases.get(s, case_id))] == [
            "Өмірбеков",
            "Иванова",
        ]
    assert dialog.close_button.isDefault()  # Enter never de-identifies
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.heading.text() == "Done. Cases de-identified: 1 (closed before 01.03.2027)."
    assert not dialog.apply_button.isVisible()
    with ctx.database.session() as s:
        assert [p.party.last_name for p in parties.participants(s, cases.get(s, case_id))] == [None, None]
    ctx.database.close()
