"""The case editor driven like a mediator drives it: typing into the real widgets, clicking real buttons,
then checking what they would check (the screen, and the record re-read from the database)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from app.errors import ConflictError, ValidationError
from app.models.enums import (
    CaseStatus,
    Category,
    Channel,
    MediatorKind,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    RiskLevel,
    SessionKind,
    Sex,
    TerminationReason,
)
from app.services import case_view, cases, clock, drafts, iin, mediators, parties
from app.services.context import Actor
from app.ui.case_editor import CaseEditor, offer_drafts, open_case_editor, pending_drafts
from app.ui.case_editor.agreement_tab import ExtensionDialog
from app.ui.case_editor.common import FormDialog, combo_texts
from app.ui.case_editor.listing import Listing
from app.ui.case_editor.mediators_tab import AssignDialog
from app.ui.case_editor.outcome_tab import OutcomeDialog
from app.ui.case_editor.party_dialog import PartyDialog
from app.ui.case_editor.session_dialog import SessionDialog
from app.ui.case_editor.settlement_dialogs import FollowUpDialog, SettlementDialog
from app.ui.context import UiContext
from app.ui.labels import label
from app.ui.messages import message_for
from tests.ui_support import make_ctx

UNIT = "KZ-31-KRD"
ACTOR = Actor("Another mediator")


@pytest.fixture
def ctx(qtbot: QtBot, tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path)
    yield context
    context.database.close()


@pytest.fixture
def editors() -> Iterator[list[CaseEditor]]:
    """Editors a test opened; whatever is still alive at the end is deleted (closing would ask)."""
    opened: list[CaseEditor] = []
    yield opened
    for editor in opened:
        if isValid(editor):
            editor.hide()
            delete(editor)


@pytest.fixture
def mediator_id(ctx: UiContext) -> uuid.UUID:
    with ctx.database.session(write=True, actor=ACTOR) as s:
        mediator = mediators.create_mediator(
            s,
            mediators.MediatorInput(
                UNIT, "Сәрсенбаев", "Нұрлан", MediatorKind.PUBLIC, languages=["kk", "ru"]
            ),
        )
        return mediator.id


def registered(
    ctx: UiContext, *, intake: date | None = None, description: str = "Көршілер дауы"
) -> uuid.UUID:
    with ctx.database.session(write=True, actor=ACTOR) as s:
        case = cases.register_case(
            s,
            cases.CaseIntake(UNIT, intake or clock.today(), Channel.AKIMAT, Category.NEIGHBOUR, description),
        )
        return case.id


def editor_for(
    qtbot: QtBot, ctx: UiContext, case_id: uuid.UUID | None, editors: list[CaseEditor]
) -> CaseEditor:
    editor = open_case_editor(ctx, case_id, None)
    editors.append(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # window shortcuts (Ctrl+S, Esc) need the active window
    return editor


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered in {combo.objectName()}: {combo_texts(combo)}"
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be clicked"
    if isinstance(button, QCheckBox | QRadioButton):
        # On the box itself, as people do: the middle of a wide check box can be empty space.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def the_dialog(editor: CaseEditor, kind: type[FormDialog]) -> FormDialog:
    dialog = editor.dialog
    assert isinstance(dialog, kind), f"expected an open {kind.__name__}, found {dialog!r}"
    assert dialog.isVisible()
    return dialog


def confirm(qtbot: QtBot, editor: CaseEditor, dialog: FormDialog) -> None:
    """OK as the user presses it: Enter on the dialog (its default button)."""
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible(), f"{dialog.objectName()} was refused: {editor.ctx.errors.shown[-1:]}"


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard does. QTest.keyClicks knows ASCII keys only (it aborts on «Ә»), so other
    letters arrive as the key events a Kazakh or Russian keyboard layout sends: no key code, the text."""
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # go on after the text
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_party_dialog(qtbot: QtBot, editor: CaseEditor) -> PartyDialog:
    editor.tabs.setCurrentWidget(editor.parties)
    click(qtbot, editor.parties.add_button)
    dialog = the_dialog(editor, PartyDialog)
    assert isinstance(dialog, PartyDialog)
    return dialog


def cell(listing: Listing, row: int, column: int) -> str:
    item = listing.table.item(row, column)
    assert item is not None, f"no row {row} in {listing.objectName()}"
    return item.text()


def load(ctx: UiContext, case_id: uuid.UUID) -> case_view.CaseView:
    with ctx.database.session() as s:
        return case_view.load(s, cases.get(s, case_id))


# -- 1. the whole life of a case ------------------------------------------------------------------


def test_register_a_case_from_empty_to_closed_through_the_widgets(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor], mediator_id: uuid.UUID
) -> None:
    editor = editor_for(qtbot, ctx, None, editors)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    assert editor.number.text() == "New case"
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.parties))  # the dispute comes first

    dispute = editor.dispute
    assert dispute.intake_date.date().toPython() == clock.today()
    assert dispute.intake_date.maximumDate().toPython() == clock.today()  # never in the future
    choose(dispute.channel, Channel.AKIMAT.value)
    choose(dispute.category, Category.NEIGHBOUR.value)
    choose(dispute.risk, RiskLevel.MEDIUM.value)
    click(qtbot, dispute.flags["inter_ethnic"])
    type_into(qtbot, dispute.description, "Көршілер арасындағы шекара дауы")
    assert editor.isWindowModified()
    qtbot.keyClick(dispute.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    number = f"{UNIT}-{clock.today().year}-0001"
    assert editor.number.text() == number, ctx.errors.shown
    assert editor.status.text() == "Intake"
    assert number in editor.notice.text.text()
    assert not editor.isWindowModified()
    case_id = editor.case_id
    assert case_id is not None and saved == [case_id]
    assert drafts.pending_drafts(ctx.data_dir) == []

    # The applicant: a person with consent and a valid IIN, which the dialog reads as it is typed.
    dialog = open_party_dialog(qtbot, editor)
    assert dialog.role.currentData() == ParticipantRole.APPLICANT.value
    assert not dialog.edits["last_name"].isEnabled()  # personal data waits for consent
    click(qtbot, dialog.consent)
    type_into(qtbot, dialog.edits["last_name"], "Өмірбекова")
    type_into(qtbot, dialog.edits["first_name"], "Гүлнар")
    number_typed = iin.make_iin(date(1985, 3, 14), Sex.FEMALE, 123)
    type_into(qtbot, dialog.edits["id_number"], number_typed[:6])
    assert dialog.id_check.text() == "6 of 12 digits"
    type_into(qtbot, dialog.edits["id_number"], number_typed[6:])
    assert dialog.id_check.text() == "Born 14.03.1985, female"
    assert dialog.sex.currentData() == Sex.FEMALE.value and not dialog.sex.isEnabled()
    choose(dialog.language, "kk")
    type_into(qtbot, dialog.edits["phone"], "+7 701 234 56 78")
    confirm(qtbot, editor, dialog)

    # The respondent: proposed next, a person with consent and no IIN.
    dialog = open_party_dialog(qtbot, editor)
    assert dialog.role.currentData() == ParticipantRole.RESPONDENT.value
    click(qtbot, dialog.consent)
    type_into(qtbot, dialog.edits["last_name"], "Иванов")
    type_into(qtbot, dialog.edits["first_name"], "Пётр")
    choose(dialog.sex, Sex.MALE.value)
    confirm(qtbot, editor, dialog)
    assert editor.parties.listing.table.rowCount() == 2
    assert cell(editor.parties.listing, 0, 1) == "Өмірбекова Гүлнар"

    # The mediator: declares no conflict and is assigned in one step.
    editor.tabs.setCurrentWidget(editor.mediators)
    click(qtbot, editor.mediators.assign_button)
    assign = the_dialog(editor, AssignDialog)
    assert isinstance(assign, AssignDialog)
    choose(assign.mediator, str(mediator_id))
    click(qtbot, assign.no_conflict)
    confirm(qtbot, editor, assign)
    assert cell(editor.mediators.listing, 0, 0) == "Сәрсенбаев Нұрлан"

    # The mediation agreement: offered at intake only; the deadline follows the term.
    editor.tabs.setCurrentWidget(editor.agreement)
    assert all(check.text().startswith("✓") for check in editor.agreement.checks.values())
    click(qtbot, editor.agreement.sign_button)
    confirm(qtbot, editor, the_dialog(editor, FormDialog))
    assert editor.status.text() == "In mediation"
    assert editor.agreement.days_left.text() == "30 days left"
    assert not editor.agreement.sign_button.isVisible()

    # A session.
    editor.tabs.setCurrentWidget(editor.sessions)
    click(qtbot, editor.sessions.add_button)
    session = the_dialog(editor, SessionDialog)
    assert isinstance(session, SessionDialog)
    type_into(qtbot, session.start_time, "10:30")
    session.duration.setValue(90)
    choose(session.kind, SessionKind.JOINT.value)
    type_into(qtbot, session.place, "Достық үйі, 2-бөлме")
    for index in range(session.attendees.count()):
        session.attendees.item(index).setCheckState(Qt.CheckState.Checked)
    confirm(qtbot, editor, session)
    assert cell(editor.sessions.listing, 0, 1) == "10:30"

    # The settlement agreement with one obligation; only consistent outcomes are offered.
    editor.tabs.setCurrentWidget(editor.settlement)
    click(qtbot, editor.settlement.record_button)
    settlement = the_dialog(editor, SettlementDialog)
    assert isinstance(settlement, SettlementDialog)
    type_into(qtbot, settlement.subject, "Шекара бойынша келісім")
    settlement.obligor.setCurrentIndex(2)  # the respondent
    type_into(qtbot, settlement.what, "Move the fence back to the boundary")
    qtbot.keyClick(settlement.what, Qt.Key.Key_Return)  # adds the obligation, does not save yet
    assert settlement.isVisible() and len(settlement.obligations) == 1 and settlement.what.text() == ""
    click(qtbot, settlement.ok_button)
    assert not settlement.isVisible(), ctx.errors.shown
    assert cell(editor.settlement.obligations, 0, 1) == "Иванов Пётр"

    editor.tabs.setCurrentWidget(editor.outcome)
    click(qtbot, editor.outcome.outcome_button)
    outcome = the_dialog(editor, OutcomeDialog)
    assert isinstance(outcome, OutcomeDialog)
    assert [outcome.outcome.itemData(i) for i in range(outcome.outcome.count())] == [o.value for o in Outcome]
    choose(outcome.outcome, Outcome.SETTLED_FULL.value)
    assert combo_texts(outcome.reason) == [label(TerminationReason.AGREEMENT_SIGNED)]
    assert "follow-up" in outcome.explanation.text()
    confirm(qtbot, editor, outcome)
    assert editor.status.text() == "Follow-up"

    # The follow-up finds the obligation kept; only then can the case be closed.
    editor.tabs.setCurrentWidget(editor.settlement)
    assert not editor.settlement.close_button.isEnabled()
    click(qtbot, editor.settlement.follow_up_button)
    follow_up = the_dialog(editor, FollowUpDialog)
    assert isinstance(follow_up, FollowUpDialog)
    choose(next(iter(follow_up.results.values())), ObligationStatus.KEPT.value)
    type_into(qtbot, follow_up.note, "Called the applicant")
    confirm(qtbot, editor, follow_up)
    click(qtbot, editor.settlement.close_button)
    confirm(qtbot, editor, the_dialog(editor, FormDialog))
    assert editor.status.text() == "Closed"
    assert not editor.dispute.channel.isEnabled() and not editor.save_button.isEnabled()
    assert ctx.errors.shown == []

    # What a colleague sees afterwards, read in a new unit of work.
    view = load(ctx, case_id)
    assert view.status == CaseStatus.CLOSED.value
    assert view.outcome == Outcome.SETTLED_FULL.value
    assert view.flags == ["inter_ethnic"] and view.risk_level == RiskLevel.MEDIUM.value
    assert [(p.role, p.name, p.id_number) for p in view.participants] == [
        ("applicant", "Өмірбекова Гүлнар", number_typed),
        ("respondent", "Иванов Пётр", None),
    ]
    assert [(m.name, m.lead) for m in view.mediators] == [("Сәрсенбаев Нұрлан", True)]
    assert [(s.kind, s.duration_minutes, s.place) for s in view.sessions] == [
        ("joint", 90, "Достық үйі, 2-бөлме")
    ]
    assert [(o.description, o.status) for o in view.obligations] == [
        ("Move the fence back to the boundary", "kept")
    ]
    entities = {h.entity for h in view.history}
    assert {"cases", "parties", "case_participants", "conflict_declarations", "mediator_assignments",
            "sessions", "settlement_agreements", "obligations", "follow_ups"} <= entities  # fmt: skip
    assert {h.actor for h in view.history} == {"Әлия Сәрсенова"}

    # The history tab tells the same in plain words.
    sentences = editor.history.sentences()
    assert any(s.endswith(f"Әлия Сәрсенова: registered the case {number}") for s in sentences)
    assert any("changed status: In mediation → Follow-up" in s for s in sentences)
    assert any("changed status: Follow-up → Closed" in s for s in sentences)
    assert any("Сәрсенбаев Нұрлан declared that nothing prevents impartiality" in s for s in sentences)
    assert any("checked an obligation: status: Not checked yet → Kept" in s for s in sentences)
    assert sentences[0].startswith(clock.today().strftime("%d.%m.%Y"))


# -- 2, 3. refusals keep what was typed ------------------------------------------------------------


def test_a_wrong_iin_is_shown_at_once_and_refused_with_everything_kept(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    case_id = registered(ctx)
    editor = editor_for(qtbot, ctx, case_id, editors)
    dialog = open_party_dialog(qtbot, editor)
    click(qtbot, dialog.consent)
    type_into(qtbot, dialog.edits["last_name"], "Әбенов")
    type_into(qtbot, dialog.edits["first_name"], "Марат")
    good = iin.make_iin(date(1990, 7, 1), Sex.MALE, 42)
    wrong = good[:11] + str((int(good[11]) + 1) % 10)
    type_into(qtbot, dialog.edits["id_number"], wrong)
    told = message_for(ValidationError("iin.checksum", "The IIN fails the check-digit test."))
    assert "check digit" in told and dialog.id_check.text() == told
    assert "b3261e" in dialog.id_check.styleSheet()  # red

    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert ctx.errors.shown == [told]  # the save is refused with the same words
    assert dialog.edits["id_number"].text() == wrong and dialog.edits["last_name"].text() == "Әбенов"
    assert load(ctx, case_id).participants == []

    dialog.edits["id_number"].clear()
    type_into(qtbot, dialog.edits["id_number"], "851314")
    type_into(qtbot, dialog.edits["id_number"], "300001")
    assert "851314" in dialog.id_check.text() and "date" in dialog.id_check.text()  # month 13


def test_personal_data_without_consent_is_refused_and_the_dialog_says_why(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    case_id = registered(ctx)
    editor = editor_for(qtbot, ctx, case_id, editors)
    dialog = open_party_dialog(qtbot, editor)
    assert "consent" in dialog.consent_note.text()
    assert not dialog.edits["phone"].isEnabled() and not dialog.edits["ethnicity"].isEnabled()
    click(qtbot, dialog.consent)
    type_into(qtbot, dialog.edits["last_name"], "Ким")
    type_into(qtbot, dialog.edits["ethnicity"], "кәріс")
    click(qtbot, dialog.consent)  # consent taken back: the name is still there, but locked
    assert not dialog.edits["last_name"].isEnabled() and dialog.edits["last_name"].text() == "Ким"

    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert ctx.errors.shown and "consent" in ctx.errors.shown[-1]
    assert load(ctx, case_id).participants == []

    # Without any personal data the party is recorded for the reports only.
    dialog.edits["last_name"].clear()
    dialog.edits["ethnicity"].clear()
    choose(dialog.sex, Sex.MALE.value)
    confirm(qtbot, editor, dialog)
    view = load(ctx, case_id)
    assert [(p.name, p.sex, p.consent_given) for p in view.participants] == [("", "male", False)]
    assert cell(editor.parties.listing, 0, 1) == "(name not kept: no consent)"


def test_an_organisation_gets_a_bin_check(qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]) -> None:
    editor = editor_for(qtbot, ctx, registered(ctx), editors)
    dialog = open_party_dialog(qtbot, editor)
    choose(dialog.kind, PartyKind.ORGANISATION.value)
    assert not dialog.consent_box.isVisible() and dialog.edits["org_name"].isEnabled()
    type_into(qtbot, dialog.edits["org_name"], "«Қордай су» ЖШС")
    type_into(qtbot, dialog.edits["id_number"], iin.make_bin(2015, 4, 777))
    assert dialog.id_check.text() == "Registered in 04.2015"
    confirm(qtbot, editor, dialog)
    assert cell(editor.parties.listing, 0, 2) == "Organisation"


# -- 4. drafts survive a crash -------------------------------------------------------------------


def test_a_new_case_typed_before_a_crash_comes_back_at_the_next_start(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor], tmp_path: Path
) -> None:
    editor = editor_for(qtbot, ctx, None, editors)
    choose(editor.dispute.category, Category.LABOUR.value)
    click(qtbot, editor.dispute.flags["minors_involved"])
    text = "Жалақы төленбеді; жұмыс беруші келіспейді"
    type_into(qtbot, editor.dispute.description, text)

    def written() -> None:
        found = drafts.pending_drafts(tmp_path)
        assert found and found[0].values["dispute"]["description"] == text

    qtbot.waitUntil(written, timeout=5000)  # the 3-second timer writes the last keystrokes too
    editor.hide()
    delete(editor)  # the "crash": no close, no question, no clean-up

    second = make_ctx(tmp_path)
    try:
        waiting = pending_drafts(tmp_path)
        assert [(d.key, d.case_id) for d in waiting] == [("new", None)]
        reopened = offer_drafts(second, None)
        editors.extend(reopened)
        assert len(reopened) == 1
        restored = reopened[0]
        assert restored.dispute.description.toPlainText() == text
        assert restored.dispute.category.currentData() == Category.LABOUR.value
        assert restored.dispute.flags["minors_involved"].isChecked()
        assert restored.isWindowModified() and restored.draft_bar.isVisible()

        choose(restored.dispute.channel, Channel.EMPLOYER.value)
        assert restored.save(), second.errors.shown
        assert pending_drafts(tmp_path) == []
        assert restored.case_id is not None
        assert load(second, restored.case_id).description == text
    finally:
        second.database.close()


def test_an_open_session_dialog_is_part_of_the_draft(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor], tmp_path: Path
) -> None:
    case_id = registered(ctx)
    editor = editor_for(qtbot, ctx, case_id, editors)
    editor.tabs.setCurrentWidget(editor.sessions)
    click(qtbot, editor.sessions.add_button)
    session = the_dialog(editor, SessionDialog)
    assert isinstance(session, SessionDialog)
    type_into(qtbot, session.place, "Ауылдық клуб")
    type_into(qtbot, session.notes, "Екі тарап та келді")
    editor.save_draft_now()
    session.hide()
    editor.hide()
    delete(editor)

    second = make_ctx(tmp_path)
    try:
        reopened = offer_drafts(second, None)
        editors.extend(reopened)
        [restored] = reopened
        again = restored.dialog
        assert isinstance(again, SessionDialog) and again.isVisible()
        assert again.place.text() == "Ауылдық клуб"
        assert again.notes.toPlainText() == "Екі тарап та келді"
        confirm(qtbot, restored, again)
        assert [s.place for s in load(second, case_id).sessions] == ["Ауылдық клуб"]
        restored.close()
        assert pending_drafts(tmp_path) == []
    finally:
        second.database.close()


# -- 5. leaving with unsaved changes asks ----------------------------------------------------------


def test_closing_with_unsaved_changes_asks_without_a_blocking_dialog(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    case_id = registered(ctx, description="Бастапқы")
    editor = editor_for(qtbot, ctx, case_id, editors)
    type_into(qtbot, editor.dispute.description, " — толықтырылды")

    assert not editor.close()
    assert editor.isVisible() and editor.close_pending and editor.close_bar.isVisible()
    click(qtbot, editor.close_bar.buttons["cancel"])
    assert editor.isVisible() and editor.dispute.description.toPlainText() == "Бастапқы — толықтырылды"

    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc closes, and asks the same
    assert editor.isVisible() and editor.close_bar.isVisible()
    click(qtbot, editor.close_bar.buttons["save"])
    qtbot.waitUntil(lambda: not isValid(editor))  # closed for good
    assert load(ctx, case_id).description == "Бастапқы — толықтырылды"
    assert pending_drafts(ctx.data_dir) == []


def test_discard_and_close_leaves_the_case_and_no_draft(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    case_id = registered(ctx, description="Бастапқы")
    editor = editor_for(qtbot, ctx, case_id, editors)
    choose(editor.dispute.category, Category.FAMILY.value)
    editor.save_draft_now()
    assert pending_drafts(ctx.data_dir)
    assert not editor.close()
    click(qtbot, editor.close_bar.buttons["discard"])
    qtbot.waitUntil(lambda: not isValid(editor))
    assert load(ctx, case_id).category == Category.NEIGHBOUR.value
    assert pending_drafts(ctx.data_dir) == []


def test_one_editor_per_case(qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]) -> None:
    case_id = registered(ctx)
    first = editor_for(qtbot, ctx, case_id, editors)
    assert open_case_editor(ctx, case_id, None) is first
    assert open_case_editor(ctx, None, None) is not first


# -- 6. a concurrent change is refused, not overwritten --------------------------------------------


def test_a_stale_save_is_refused_and_the_typed_text_stays(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    case_id = registered(ctx, description="Бастапқы")
    editor = editor_for(qtbot, ctx, case_id, editors)
    type_into(qtbot, editor.dispute.description, " — менің өзгерісім")

    with ctx.database.session(write=True, actor=ACTOR) as s:
        case = cases.get(s, case_id)
        cases.update_details(s, case, cases.CaseDetails(category=Category.PROPERTY_LAND))

    click(qtbot, editor.save_button)
    expected = message_for(ConflictError("record.changed_elsewhere", "Somebody else saved this case."))
    assert ctx.errors.shown[-1] == expected
    assert editor.dispute.description.toPlainText() == "Бастапқы — менің өзгерісім"
    assert editor.isWindowModified()
    view = load(ctx, case_id)
    assert (view.description, view.category) == ("Бастапқы", Category.PROPERTY_LAND.value)

    # The way on: their change comes in, mine stays on top, and this time the save goes through.
    click(qtbot, editor.conflict_bar.buttons["merge"])
    assert editor.dispute.category.currentData() == Category.PROPERTY_LAND.value
    assert editor.dispute.description.toPlainText() == "Бастапқы — менің өзгерісім"
    click(qtbot, editor.save_button)
    view = load(ctx, case_id)
    assert (view.description, view.category) == ("Бастапқы — менің өзгерісім", Category.PROPERTY_LAND.value)
    assert not editor.conflict_bar.isVisible()


def test_my_own_sub_record_change_does_not_make_my_save_stale(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    case_id = registered(ctx)
    editor = editor_for(qtbot, ctx, case_id, editors)
    type_into(qtbot, editor.dispute.description, " (толығырақ)")
    editor.tabs.setCurrentWidget(editor.agreement)
    click(qtbot, editor.agreement.proposal_button)  # changes the case row, so its version
    confirm(qtbot, editor, the_dialog(editor, FormDialog))
    assert editor.dispute.description.toPlainText().endswith("(толығырақ)")  # the unsaved text survives
    click(qtbot, editor.save_button)
    assert ctx.errors.shown == []
    assert load(ctx, case_id).description.endswith("(толығырақ)")


# -- status-aware offers, deadline ----------------------------------------------------------------


def test_at_intake_only_ending_without_mediation_is_offered(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    editor = editor_for(qtbot, ctx, registered(ctx), editors)
    editor.tabs.setCurrentWidget(editor.outcome)
    assert editor.outcome.refuse_button.isVisible()
    click(qtbot, editor.outcome.outcome_button)
    dialog = the_dialog(editor, OutcomeDialog)
    assert isinstance(dialog, OutcomeDialog)
    assert combo_texts(dialog.outcome) == [label(Outcome.TERMINATED), label(Outcome.REFERRED)]
    assert TerminationReason.TERM_EXPIRED.value not in [
        dialog.reason.itemData(i) for i in range(dialog.reason.count())
    ]
    choose(dialog.outcome, Outcome.REFERRED.value)
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == ["referred", "other"]
    confirm(qtbot, editor, dialog)
    assert editor.status.text() == "Closed"


def test_an_overdue_term_is_red_and_an_extension_moves_it(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor], mediator_id: uuid.UUID
) -> None:
    today = clock.today()
    case_id = registered(ctx, intake=today - timedelta(days=40))
    with ctx.database.session(write=True, actor=ACTOR) as s:
        case = cases.get(s, case_id)
        for role in (ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT):
            parties.add_party_to_case(s, case, parties.PartyInput(PartyKind.PERSON, sex=Sex.MALE), role)
        mediator = mediators.get(s, mediator_id)
        mediators.declare_conflict(s, case, mediator, False)
        mediators.assign_mediator(s, case, mediator, assigned_on=today - timedelta(days=40))
        cases.sign_agreement(s, case, today - timedelta(days=33))
    editor = editor_for(qtbot, ctx, case_id, editors)
    editor.tabs.setCurrentWidget(editor.agreement)
    assert editor.agreement.days_left.text() == "Overdue by 3 days"
    assert "b3261e" in editor.agreement.days_left.styleSheet()
    assert "Overdue by 3 days" in editor.deadline.text()

    click(qtbot, editor.agreement.extend_button)
    dialog = the_dialog(editor, ExtensionDialog)
    assert isinstance(dialog, ExtensionDialog)
    type_into(qtbot, dialog.reason, "The respondent was in hospital")
    dialog.days.setValue(10)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "consent" in ctx.errors.shown[-1]  # the parties' consent is required
    click(qtbot, dialog.consented)
    confirm(qtbot, editor, dialog)
    assert editor.agreement.days_left.text() == "7 days left"
    assert cell(editor.agreement.extensions, 0, 2) == "The respondent was in hospital"


def test_a_conflict_of_interest_is_recorded_and_the_mediator_not_assigned(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor], mediator_id: uuid.UUID
) -> None:
    case_id = registered(ctx)
    editor = editor_for(qtbot, ctx, case_id, editors)
    editor.tabs.setCurrentWidget(editor.mediators)
    click(qtbot, editor.mediators.assign_button)
    dialog = the_dialog(editor, AssignDialog)
    assert isinstance(dialog, AssignDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no declaration chosen: refused
    click(qtbot, dialog.conflict)
    type_into(qtbot, dialog.note, "The applicant is my cousin")
    confirm(qtbot, editor, dialog)
    assert load(ctx, case_id).mediators == []
    assert any(
        "declared a conflict of interest: The applicant is my cousin" in s for s in editor.history.sentences()
    )


# -- languages -------------------------------------------------------------------------------------

_KAZAKH_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context><name>CaseEditor</name>
 <message><source>&amp;Parties</source><translation>&amp;Тараптар</translation></message>
</context>
<context><name>Labels</name>
 <message><source>Intake</source><translation>Қабылдау</translation></message>
 <message><source>Applicant</source><translation>Өтініш беруші</translation></message>
</context>
<context><name>PartiesTab</name>
 <message><source>Role</source><translation>Рөлі</translation></message>
</context>
<context><name>History</name>
 <message><source>registered the case {number}</source><translation>{number} ісін тіркеді</translation></message>
</context>
</TS>
"""


def test_switching_the_language_relabels_the_open_editor(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor], tmp_path: Path
) -> None:
    case_id = registered(ctx)
    with ctx.database.session(write=True, actor=ACTOR) as s:
        parties.add_party_to_case(
            s,
            cases.get(s, case_id),
            parties.PartyInput(PartyKind.PERSON, sex=Sex.FEMALE),
            ParticipantRole.APPLICANT,
        )
    editor = editor_for(qtbot, ctx, case_id, editors)
    source = tmp_path / "sample_kk.ts"
    source.write_text(_KAZAKH_SAMPLE, encoding="utf-8")
    compiled = tmp_path / "sample_kk.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)  # what Languages.install does: every widget gets LanguageChange
    try:
        qtbot.waitUntil(lambda: editor.tabs.tabText(1) == "&Тараптар")
        assert editor.status.text() == "Қабылдау"
        assert cell(editor.parties.listing, 0, 0) == "Өтініш беруші"
        header = editor.parties.listing.table.horizontalHeaderItem(0)
        assert header is not None and header.text() == "Рөлі"
        assert any(s.endswith("ісін тіркеді") for s in editor.history.sentences())
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: editor.tabs.tabText(1) == "&Parties")
    assert editor.status.text() == "Intake"


def test_a_session_is_corrected_in_its_dialog(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    editor = editor_for(qtbot, ctx, registered(ctx), editors)
    editor.tabs.setCurrentWidget(editor.sessions)
    click(qtbot, editor.sessions.add_button)
    session = the_dialog(editor, SessionDialog)
    assert isinstance(session, SessionDialog)
    type_into(qtbot, session.place, "Library")
    confirm(qtbot, editor, session)

    table = editor.sessions.listing.table
    item = table.item(0, 0)
    assert item is not None
    spot = table.visualItemRect(item).center()
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=spot
    )  # as a hand does: click, then double
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    again = the_dialog(editor, SessionDialog)
    assert isinstance(again, SessionDialog) and again.place.text() == "Library"
    again.place.clear()
    type_into(qtbot, again.place, "School hall")
    confirm(qtbot, editor, again)
    assert cell(editor.sessions.listing, 0, 4) == "School hall"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on the chosen row opens it too
    assert isinstance(editor.dialog, SessionDialog) and editor.dialog.place.text() == "School hall"
    editor.dialog.reject()
    assert editor.sessions.listing.table.rowCount() == 1


def test_a_case_that_cannot_be_read_is_said_so_and_not_editable(
    qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]
) -> None:
    editor = editor_for(qtbot, ctx, uuid.uuid4(), editors)
    assert ctx.errors.shown and editor.number.text() == "Case not available"
    assert not editor.save_button.isEnabled() and not editor.dispute.category.isEnabled()
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.parties))
