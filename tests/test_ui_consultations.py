"""The consultation quick log and the Consultations page, driven from the keyboard like a mediator would.

"Today" is pinned to 20.11.2026 (TATULYQ_TODAY), so the dialog's date, the page's month and the
service's "not in the future" rule all agree whatever day the tests run.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.models import Consultation
from app.models.enums import AgeGroup, Category, ConsultationResult, Language, Role, Sex
from app.models.reference import unit_id
from app.services import consultations, users
from app.services.consultations import ConsultationInput
from app.services.context import Actor
from app.ui.app import signed_in
from app.ui.consultation_dialog import ConsultationDialog, open_consultation_dialog
from app.ui.context import UiContext
from app.ui.pages.consultations import ConsultationsPage
from tests.helpers_services import new_mediator
from tests.ui_support import PASSWORD, make_ctx

TODAY = date(2026, 11, 20)
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
KRD = unit_id("KZ-31-KRD")


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TATULYQ_TODAY", TODAY.isoformat())


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path)
    yield context
    context.database.close()


def _mediator(ctx: UiContext, last_name: str, unit_code: str = "KZ-31-KRD") -> uuid.UUID:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        return new_mediator(s, last_name=last_name, unit_code=unit_code).id


def _saved(ctx: UiContext, unit_ids: list[uuid.UUID] | None = None) -> list[Consultation]:
    with ctx.database.session() as s:
        rows = consultations.list_consultations(s, unit_ids or [KRD], *NOVEMBER)
        s.expunge_all()
        return rows


def _page_with_dialog(qtbot: QtBot, ctx: UiContext) -> tuple[ConsultationsPage, ConsultationDialog]:
    page = ConsultationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _settled(qtbot, page)
    dialog = page.consultation_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return page, dialog


def _settled(qtbot: QtBot, page: ConsultationsPage) -> None:
    """The page loads its list off the GUI thread: wait until it has arrived."""
    qtbot.waitUntil(lambda: not page.loading)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus: the test never puts the focus anywhere itself."""
    qtbot.keyClicks(_focus(), text)


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _table_texts(page: ConsultationsPage) -> list[list[str]]:
    model = page.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_consultation_logged_with_the_keyboard_alone(qtbot: QtBot, ctx: UiContext) -> None:
    mediator_id = _mediator(ctx, "Сәрсенбаев")  # the unit's only mediator: chosen for us
    page, dialog = _page_with_dialog(qtbot, ctx)
    assert page.empty.isVisible() and "F3" in page.empty.text()

    assert _focus() is dialog.topic  # the date is usually today: the form starts at the topic
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: the date's mnemonic
    assert _focus() is dialog.held_on
    _type(qtbot, "19112026")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.mediator and dialog.mediator.currentData() == mediator_id
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Fam")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.language
    _type(qtbot, "Kaz")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Res")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.inter_ethnic
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "F")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "30")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.note
    _type(qtbot, "Land boundary, advice given")
    _key(qtbot, Qt.Key.Key_Return)

    (saved,) = _saved(ctx)
    assert (saved.held_on, saved.topic, saved.language, saved.result) == (
        date(2026, 11, 19),
        Category.FAMILY,
        Language.KAZAKH,
        ConsultationResult.RESOLVED,
    )
    assert (saved.inter_ethnic, saved.sex, saved.age_group) == (True, Sex.FEMALE, AgeGroup.AGE_30_44)
    assert (saved.mediator_id, saved.unit_id, saved.note) == (mediator_id, KRD, "Land boundary, advice given")
    assert ctx.errors.shown == []

    assert "Saved" in dialog.status.text()
    _settled(qtbot, page)
    ((day, topic, result, language, mediator, visitor, inter_ethnic, note),) = _table_texts(page)
    assert (day, note, inter_ethnic) == ("19.11.2026", "Land boundary, advice given", "Yes")
    assert topic.startswith("Family") and result == "Resolved at consultation" and language == "Kazakh"
    assert (mediator, visitor) == ("Сәрсенбаев Нұрлан", "Female, 30-44")
    assert page.figures["total"].number.text() == "1" and page.figures["resolved"].number.text() == "1"
    assert page.table.isVisible() and not page.empty.isVisible()

    _key(qtbot, Qt.Key.Key_Escape)  # nothing typed since the save: Esc closes at once
    assert not dialog.isVisible()


def test_log_another_keeps_the_sitting_and_clears_the_visitor(qtbot: QtBot, ctx: UiContext) -> None:
    mediator_id = _mediator(ctx, "Сәрсенбаев")
    page, dialog = _page_with_dialog(qtbot, ctx)
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "18112026")
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: back to the topic
    _type(qtbot, "Lab")
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Inf")
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Unpaid wages")
    _key(qtbot, Qt.Key.Key_Return)

    # The dialog stays open for the next visitor: the date, unit, mediator and language stay ...
    assert dialog.isVisible() and _focus() is dialog.topic
    assert dialog.held_on.date().toString("dd.MM.yyyy") == "18.11.2026"
    assert dialog.mediator.currentData() == mediator_id
    assert dialog.unit_name.text() == "Korday District Assembly (KZ-31-KRD)"
    # ... what was the visitor's is cleared.
    assert dialog.topic.currentIndex() == -1 and dialog.result_field.currentIndex() == -1
    assert dialog.note.text() == "" and not dialog.has_unsaved_input()

    _type(qtbot, "Nei")
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Res")
    _key(qtbot, Qt.Key.Key_Return)

    saved = _saved(ctx)
    assert sorted((c.topic, c.result) for c in saved) == sorted(
        [
            (Category.LABOUR, ConsultationResult.INFORMATION_GIVEN),
            (Category.NEIGHBOUR, ConsultationResult.RESOLVED),
        ]
    )
    assert {(c.held_on, c.unit_id, c.mediator_id) for c in saved} == {(date(2026, 11, 18), KRD, mediator_id)}
    assert dialog.logged_count.text() == "Logged in this window: 2"
    _settled(qtbot, page)
    assert len(dialog.logged_ids) == 2 and page.model.rowCount() == 2


def test_a_date_in_the_future_is_refused_and_what_was_typed_stays(qtbot: QtBot, ctx: UiContext) -> None:
    page, dialog = _page_with_dialog(qtbot, ctx)
    _type(qtbot, "Deb")
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Ref")
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Loan from a neighbour")
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "21112026")  # tomorrow
    _key(qtbot, Qt.Key.Key_Return)

    assert len(ctx.errors.shown) == 1
    assert "21.11.2026" in ctx.errors.shown[0] and "later than today" in ctx.errors.shown[0]
    _settled(qtbot, page)
    assert _saved(ctx) == [] and page.model.rowCount() == 0
    assert dialog.isVisible() and _focus() is dialog.held_on  # back where the mistake is
    assert dialog.held_on.date().toString("dd.MM.yyyy") == "21.11.2026"
    assert dialog.topic.member(Category) is Category.DEBT_CONSUMER
    assert dialog.result_field.member(ConsultationResult) is ConsultationResult.REFERRED_TO_MEDIATION
    assert dialog.note.text() == "Loan from a neighbour"

    _type(qtbot, "20112026")  # corrected, the rest as typed
    _key(qtbot, Qt.Key.Key_Return)
    (saved,) = _saved(ctx)
    assert (saved.held_on, saved.topic, saved.note) == (
        TODAY,
        Category.DEBT_CONSUMER,
        "Loan from a neighbour",
    )


def test_a_missing_topic_or_result_is_asked_for_and_nothing_is_saved(qtbot: QtBot, ctx: UiContext) -> None:
    _, dialog = _page_with_dialog(qtbot, ctx)
    _key(qtbot, Qt.Key.Key_Return)
    assert "topic" in dialog.status.text() and _focus() is dialog.topic
    _type(qtbot, "Sch")
    _key(qtbot, Qt.Key.Key_Return)
    assert "result" in dialog.status.text() and _focus() is dialog.result_field
    assert _saved(ctx) == [] and ctx.errors.shown == []


def test_esc_with_unsaved_input_warns_once_then_closes(qtbot: QtBot, ctx: UiContext) -> None:
    _, dialog = _page_with_dialog(qtbot, ctx)
    _type(qtbot, "Hou")
    _key(qtbot, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "not saved" in dialog.status.text()
    assert dialog.topic.member(Category) is Category.HOUSING_UTILITIES
    _key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _saved(ctx) == []


def test_three_logged_show_three_and_the_counts_by_result(qtbot: QtBot, ctx: UiContext) -> None:
    page, _ = _page_with_dialog(qtbot, ctx)
    for topic, result in (("Fam", "Res"), ("Rel", "Res"), ("Com", "Ref")):
        _type(qtbot, topic)
        _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        _type(qtbot, result)
        _key(qtbot, Qt.Key.Key_Return)
    assert len(_saved(ctx)) == 3
    _settled(qtbot, page)
    shown = {name: figure.number.text() for name, figure in page.figures.items()}
    assert shown == {
        "total": "3",
        "resolved": "2",
        "information_given": "0",
        "referred_to_mediation": "1",
        "referred_elsewhere": "0",
    }
    assert page.model.rowCount() == 3


def test_the_page_lists_the_chosen_period_newest_first(qtbot: QtBot, ctx: UiContext) -> None:
    actor = Actor("test")
    with ctx.database.session(write=True, actor=actor) as s:
        for held_on, topic in (
            (date(2026, 10, 30), Category.FAMILY),
            (date(2026, 11, 2), Category.LABOUR),
            (date(2026, 11, 17), Category.RELIGIOUS),
        ):
            consultations.log_consultation(
                s, ConsultationInput("KZ-31-KRD", held_on, topic, ConsultationResult.RESOLVED)
            )
    page = ConsultationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _settled(qtbot, page)
    assert page.period() == NOVEMBER  # this month by default
    assert [row[0] for row in _table_texts(page)] == ["17.11.2026", "02.11.2026"]
    page.previous_month.click()
    _settled(qtbot, page)
    assert page.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert [row[0] for row in _table_texts(page)] == ["30.10.2026"]
    assert page.figures["total"].number.text() == "1"
    page.set_period(date(2026, 9, 1), date(2026, 9, 30))
    _settled(qtbot, page)
    assert page.empty.isVisible() and "01.09.2026" in page.empty.text()
    assert page.figures["total"].number.text() == "0"
    page.set_period(date(2026, 11, 30), date(2026, 11, 1))
    assert "ends before it starts" in page.empty.text() and ctx.errors.shown == []
    page.this_month.click()
    _settled(qtbot, page)
    assert page.model.rowCount() == 2


def test_the_signed_in_mediator_is_chosen_before_the_last_used(qtbot: QtBot, ctx: UiContext) -> None:
    own = _mediator(ctx, "Абенова")
    other = _mediator(ctx, "Жұмабеков")
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        consultations.log_consultation(
            s,
            ConsultationInput(
                "KZ-31-KRD", TODAY, Category.FAMILY, ConsultationResult.RESOLVED, mediator_id=other
            ),
        )
    # Not linked to a mediator (the administrator): the last one named in this unit is offered.
    _, dialog = _page_with_dialog(qtbot, ctx)
    assert dialog.mediator.currentData() == other
    dialog.close()
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        users.create_user(
            s, "abenova", "Абенова Гүлнар", PASSWORD, Role.MEDIATOR, "KZ-31-KRD", mediator_id=own
        )
    ctx.user = signed_in(ctx.database, users.sign_in(ctx.database, "abenova", PASSWORD))
    linked = ConsultationDialog(ctx)
    qtbot.addWidget(linked)
    assert linked.mediator.currentData() == own


def test_a_council_chooses_the_unit_and_its_mediators_follow(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, unit_code="KZ-31-MC")
    krd_mediator = _mediator(ctx, "Қорабаев", "KZ-31-KRD")
    page, dialog = _page_with_dialog(qtbot, ctx)
    assert dialog.unit.isVisible() and not dialog.unit_name.isVisible()
    assert dialog.unit.currentData() == ctx.user.unit_id  # the user's own unit comes first
    assert dialog.mediator.count() == 1  # the council has no mediators: only "(not named)"
    _key(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Korday")
    assert dialog.unit.currentData() == KRD
    assert dialog.mediator.currentData() == krd_mediator  # that unit's only mediator
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Fam")
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Res")
    _key(qtbot, Qt.Key.Key_Return)
    (saved,) = _saved(ctx, ctx.user.unit_ids)
    _settled(qtbot, page)
    assert (saved.unit_id, saved.mediator_id) == (KRD, krd_mediator)
    assert _table_texts(page)[0][1] == "KZ-31-KRD"  # the page names the unit when there are several
    ctx.database.close()


def test_open_consultation_dialog_logs_and_refreshes_the_page_behind(qtbot: QtBot, ctx: UiContext) -> None:
    """The F3 entry point: a modal quick log over any page; the Consultations page follows each save."""
    window = QWidget()
    qtbot.addWidget(window)
    page = ConsultationsPage(ctx, window)
    window.show()
    page.refresh()
    _settled(qtbot, page)

    def log_one_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConsultationDialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            _type(qtbot, "Cit")
            _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
            _type(qtbot, "Inf")
            _key(qtbot, Qt.Key.Key_Return)
            _key(qtbot, Qt.Key.Key_Escape)
        finally:
            if dialog.isVisible():  # whatever failed above, never leave the test waiting on a modal
                dialog.done(0)

    QTimer.singleShot(0, log_one_and_close)
    logged = open_consultation_dialog(ctx, page)
    (saved,) = _saved(ctx)
    assert logged == [saved.id] and saved.topic is Category.CITIZEN_AUTHORITY
    _settled(qtbot, page)
    assert page.model.rowCount() == 1 and page.figures["information_given"].number.text() == "1"
