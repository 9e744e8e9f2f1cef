"""The Cases page on a 100 000-case demo database: count, scrolling, filters, search, sort, open.

The demo database is made once for the module (about a minute); each test builds its own page on
it. Expected figures come from the services and from plain queries, never from the page itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, QThreadPool, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Case, CaseParticipant, CaseSearchDoc, MediatorAssignment, Party
from app.models.enums import CaseStatus, Category, RiskLevel, Role
from app.services import case_list, clock
from app.services.case_list import CaseFilter
from app.services.demo import generate_demo
from app.services.text import fold
from app.storage.database import Database
from app.ui.case_list_model import Column
from app.ui.context import UiContext
from app.ui.pages.cases import CasesPage
from app.ui.widgets.case_filters import CaseFilters, Period, period_range
from tests.ui_support import make_ctx, make_database

DEMO_CASES = 100_000
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A republican installation (it sees every unit) holding the demo cases of several units."""
    data_dir = tmp_path_factory.mktemp("demo100k")
    database = make_database(data_dir, "KZ-RMC")
    generate_demo(database, cases=DEMO_CASES, seed=2026)
    yield database
    database.close()


@pytest.fixture(scope="module")
def head_ctx_dir(demo_db: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A centre head of Korday district, made once: they may see their own unit's cases only."""
    data_dir = tmp_path_factory.mktemp("head")
    make_ctx(data_dir, role=Role.CENTRE_HEAD, unit_code="KZ-31-KRD", database=demo_db)
    return data_dir


def _wait_idle() -> None:
    QThreadPool.globalInstance().waitForDone(LOAD_TIMEOUT_MS)


def _open_page(qtbot: QtBot, ctx: UiContext) -> CasesPage:
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(page.isVisible)
    with qtbot.waitSignal(page.list_loaded, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    return page


@pytest.fixture
def ctx(demo_db: Database, tmp_path: Path) -> UiContext:
    return make_ctx(tmp_path, database=demo_db)


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext) -> Iterator[CasesPage]:
    yield _open_page(qtbot, ctx)
    _wait_idle()  # no query may still run when the page goes


def _count(db: Database, ctx: UiContext, **fields: Any) -> int:
    with db.session() as s:
        return case_list.count_cases(s, CaseFilter(unit_ids=ctx.user.unit_ids, **fields))


def _reload(qtbot: QtBot, page: CasesPage, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.list_loaded, timeout=LOAD_TIMEOUT_MS):
        action()


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user with a Kazakh keyboard: QTest.keyClicks knows Latin-1 letters only (and aborts
    on others), so other letters arrive as key events that carry their text, as a real keyboard's do."""
    for char in text:
        if ord(char) < 256:
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


def _shown_count(page: CasesPage) -> str:
    return page.count_label.text()


def _first_intake(page: CasesPage) -> str:
    return str(page.model.data(page.model.index(0, Column.INTAKE_DATE)))


# -- count and scrolling ---------------------------------------------------------------------------


def test_the_count_of_all_cases_matches_the_service(
    page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    expected = _count(demo_db, ctx)
    assert expected == DEMO_CASES
    assert page.model.rowCount() == expected
    assert _shown_count(page) == f"Cases found: {QLocale().toString(expected)}"
    assert page.stack.currentWidget() is page.table


def test_scrolling_to_the_bottom_shows_real_rows_and_keeps_few_in_memory(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    page.table.viewport().grab()  # paint: the view asks for what it shows
    last = page.model.rowCount() - 1
    assert page.table.rowAt(page.table.viewport().height() - 2) == last
    with demo_db.session() as s:
        oldest = s.execute(
            select(Case.number, Case.intake_date)
            .where(Case.unit_id.in_(ctx.user.unit_ids))
            .order_by(Case.intake_date.asc(), Case.number.asc())
            .limit(1)
        ).one()
    assert page.model.data(page.model.index(last, Column.NUMBER)) == oldest.number
    assert page.model.data(page.model.index(last, Column.INTAKE_DATE)) == oldest.intake_date.strftime(
        "%d.%m.%Y"
    )

    # Scroll through the middle as a user dragging the bar would: the cache stays a few pages.
    for value in range(0, bar.maximum(), bar.maximum() // 40):
        bar.setValue(value)
        page.table.viewport().grab()
    limit = page.model.PAGE_SIZE * page.model.MAX_PAGES
    assert page.model.cached_row_count() <= limit
    assert page.model.peak_cached_rows <= limit
    assert page.model.fetches * page.model.PAGE_SIZE < DEMO_CASES // 10  # never read them all


# -- filters ---------------------------------------------------------------------------------------


def _pick(combo_name: str, value: str) -> Callable[[CaseFilters], None]:
    def act(filters: CaseFilters) -> None:
        combo = getattr(filters, combo_name)
        index = combo.findData(value)
        assert index > 0
        combo.setCurrentIndex(index)

    return act


def _tick(box_name: str) -> Callable[[CaseFilters], None]:
    def act(filters: CaseFilters) -> None:
        box = getattr(filters, box_name)
        QtBot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()

    return act


def _last_month() -> tuple[date, date]:
    last = clock.today().replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


FILTERS: dict[str, tuple[Callable[[CaseFilters], None], dict[str, Any]]] = {
    "status": (_pick("status", "in_mediation"), {"statuses": [CaseStatus.IN_MEDIATION]}),
    "open": (
        _pick("status", "open"),
        {"statuses": [CaseStatus.INTAKE, CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP]},
    ),
    "category": (_pick("category", "family"), {"categories": [Category.FAMILY]}),
    "period": (
        _pick("period", "last_month"),
        {"intake_from": _last_month()[0], "intake_to": _last_month()[1]},
    ),
    "inter_ethnic": (_tick("inter_ethnic"), {"inter_ethnic": True}),
    "group": (_tick("group"), {"group_dispute": True}),
    "minors": (_tick("minors"), {"minors_involved": True}),
    "high_risk": (_tick("high_risk"), {"high_risk": True}),
    "overdue": (_tick("overdue"), {"overdue_on": clock.today()}),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_each_filter_narrows_the_list_to_the_service_count(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext, name: str
) -> None:
    act, fields = FILTERS[name]
    expected = _count(demo_db, ctx, **fields)
    assert 0 < expected < DEMO_CASES
    _reload(qtbot, page, lambda: act(page.filters))
    assert page.model.rowCount() == expected
    assert _shown_count(page) == f"Cases found: {QLocale().toString(expected)}"
    assert page.filters.clear_button.isEnabled()


def test_filters_combine_and_clear(qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext) -> None:
    _reload(qtbot, page, lambda: _pick("status", "in_mediation")(page.filters))
    _reload(qtbot, page, lambda: _tick("inter_ethnic")(page.filters))
    expected = _count(demo_db, ctx, statuses=[CaseStatus.IN_MEDIATION], inter_ethnic=True)
    assert page.model.rowCount() == expected
    assert expected < _count(demo_db, ctx, statuses=[CaseStatus.IN_MEDIATION])
    # Every row shown really is what the filters say.
    for row in range(min(50, expected)):
        case = page.model.case_row(row)
        assert case is not None and case.status is CaseStatus.IN_MEDIATION and case.inter_ethnic

    _reload(qtbot, page, lambda: qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton))
    assert page.model.rowCount() == DEMO_CASES
    assert not page.filters.clear_button.isEnabled()


def _cases_of(db: Database, ctx: UiContext, mediator_id: uuid.UUID) -> int:
    """Cases the mediator is assigned to now (case_list.count_cases takes minutes for this filter
    on a big SQLite database: it is counted here with a plain join instead)."""
    with db.session() as s:
        return int(
            s.scalar(
                select(func.count(func.distinct(MediatorAssignment.case_id)))
                .join(Case, Case.id == MediatorAssignment.case_id)
                .where(
                    MediatorAssignment.mediator_id == mediator_id,
                    MediatorAssignment.released_on.is_(None),
                    Case.unit_id.in_(ctx.user.unit_ids),
                )
            )
            or 0
        )


def test_the_mediator_filter_lists_that_mediators_cases(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    combo = page.filters.mediator
    assert combo.count() > 1
    for index in range(1, combo.count()):
        mediator_id = uuid.UUID(combo.itemData(index))
        expected = _cases_of(demo_db, ctx, mediator_id)
        if expected:
            break
    assert expected > 0
    _reload(qtbot, page, lambda: combo.setCurrentIndex(index))
    assert page.model.rowCount() == expected < DEMO_CASES
    with demo_db.session() as s:
        assigned = set(
            s.scalars(
                select(MediatorAssignment.case_id).where(
                    MediatorAssignment.mediator_id == mediator_id, MediatorAssignment.released_on.is_(None)
                )
            )
        )
    assert set(page.model.ids) <= assigned


def test_chosen_dates_apply_after_a_pause(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    filters = page.filters
    today = clock.today()
    start = today.replace(day=1)
    _reload(qtbot, page, lambda: filters.period.setCurrentIndex(filters.period.findData("chosen")))
    assert filters.date_from.isVisible() and filters.date_to.isVisible()
    # The date edits open on the current month.
    assert page.model.rowCount() == _count(demo_db, ctx, intake_from=start, intake_to=today)
    first = today.replace(year=today.year - 1, month=1, day=1)
    _reload(qtbot, page, lambda: filters.date_from.setDate(QDate(first.year, first.month, first.day)))
    assert page.model.rowCount() == _count(demo_db, ctx, intake_from=first, intake_to=today)


def test_a_centre_head_sees_only_their_units_cases(
    qtbot: QtBot, demo_db: Database, head_ctx_dir: Path, tmp_path: Path
) -> None:
    from app.services import users
    from app.ui.app import signed_in
    from tests.ui_support import PASSWORD

    base = make_ctx(tmp_path, database=demo_db)
    head = users.sign_in(demo_db, "user_centre_head", PASSWORD)
    ctx = UiContext(demo_db, tmp_path, signed_in(demo_db, head), base.languages, base.prefs, base.errors)
    page = _open_page(qtbot, ctx)
    try:
        expected = _count(demo_db, ctx)
        assert 0 < expected < DEMO_CASES
        assert page.model.rowCount() == expected
        assert page.table.isColumnHidden(Column.UNIT)  # one unit: the column would repeat itself
        for row in (0, expected - 1):
            case = page.model.case_row(row)
            assert case is not None and case.unit_code == "KZ-31-KRD"
    finally:
        _wait_idle()


# -- search ----------------------------------------------------------------------------------------


def _kazakh_surname(db: Database) -> str:
    """A frequent surname of the demo that starts with a letter only Kazakh has."""
    with db.session() as s:
        rows = s.execute(
            select(Party.last_name, func.count())
            .where(Party.last_name.is_not(None))
            .group_by(Party.last_name)
            .order_by(func.count().desc())
            .limit(200)
        ).all()
    return next(name for name, _ in rows if name and name[0] in "ӘҒҚҢӨҰҮҺІ")


def test_typing_a_kazakh_surname_in_capitals_finds_its_cases(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    surname = _kazakh_surname(demo_db)
    typed = surname.upper()
    assert typed != surname
    _type(qtbot, page.filters.search, typed)
    assert page.filters.search.text() == typed
    assert page.model.rowCount() == DEMO_CASES  # not yet: the search waits for a pause in typing
    with qtbot.waitSignal(page.list_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    expected = _count(demo_db, ctx, text=surname.lower())
    assert 0 < expected < DEMO_CASES
    assert page.model.rowCount() == expected

    shown = set(page.model.ids)
    folded = fold(surname)
    with demo_db.session() as s:
        # Each shown case has the name as the start of a word of its search document ...
        docs = dict(s.execute(select(CaseSearchDoc.case_id, CaseSearchDoc.document)).all())
        assert all(any(w.startswith(folded) for w in docs[case_id].split()) for case_id in shown)
        # ... and the first rows have a party of that name.
        first = [page.model.case_id(row) for row in range(10)]
        names = s.execute(
            select(CaseParticipant.case_id, Party.last_name)
            .join(Party, Party.id == CaseParticipant.party_id)
            .where(CaseParticipant.case_id.in_(first))
        ).all()
    with_name = {case_id for case_id, last in names if last and fold(last).startswith(folded)}
    assert with_name == set(first)


def test_enter_in_the_search_box_goes_to_the_list_and_enter_opens(
    qtbot: QtBot, page: CasesPage, demo_db: Database
) -> None:
    surname = _kazakh_surname(demo_db)
    _type(qtbot, page.filters.search, surname[:4])
    with qtbot.waitSignal(page.list_loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)  # no wait for the pause
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.case_id(0)]


# -- sorting and opening ---------------------------------------------------------------------------


def _click_header(qtbot: QtBot, page: CasesPage, column: Column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_a_header_sorts_in_the_database(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    with demo_db.session() as s:
        oldest, newest = s.execute(
            select(func.min(Case.intake_date), func.max(Case.intake_date)).where(
                Case.unit_id.in_(ctx.user.unit_ids)
            )
        ).one()
        lowest_number = s.scalar(select(func.min(Case.number)).where(Case.unit_id.in_(ctx.user.unit_ids)))
    assert _first_intake(page) == newest.strftime("%d.%m.%Y")  # newest first by default

    _reload(qtbot, page, lambda: _click_header(qtbot, page, Column.INTAKE_DATE))
    assert _first_intake(page) == oldest.strftime("%d.%m.%Y")
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    _reload(qtbot, page, lambda: _click_header(qtbot, page, Column.INTAKE_DATE))
    assert _first_intake(page) == newest.strftime("%d.%m.%Y")

    _reload(qtbot, page, lambda: _click_header(qtbot, page, Column.NUMBER))
    assert page.model.data(page.model.index(0, Column.NUMBER)) == lowest_number
    assert page.model.rowCount() == DEMO_CASES

    fetches = page.model.fetches
    _click_header(qtbot, page, Column.FLAGS)  # not sortable: nothing is read again
    assert page.table.horizontalHeader().sortIndicatorSection() == Column.NUMBER
    assert not page._tasks and page.model.fetches == fetches


def test_sorting_by_deadline_puts_the_nearest_first_and_marks_overdue(
    qtbot: QtBot, page: CasesPage, demo_db: Database, ctx: UiContext
) -> None:
    _reload(qtbot, page, lambda: _pick("status", "in_mediation")(page.filters))
    _reload(qtbot, page, lambda: _click_header(qtbot, page, Column.DEADLINE))
    with demo_db.session() as s:
        nearest = s.scalar(
            select(func.min(Case.deadline_on)).where(
                Case.unit_id.in_(ctx.user.unit_ids), Case.status == CaseStatus.IN_MEDIATION
            )
        )
    first = page.model.case_row(0)
    assert nearest is not None and first is not None and first.deadline_on == nearest
    cell = page.model.index(0, Column.DEADLINE)
    days = (nearest - clock.today()).days
    if days < 0:
        assert page.model.data(cell) == f"Days overdue: {-days}"
        assert page.model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None  # in red
    else:
        assert page.model.data(cell) == f"Days left: {days}"
        assert page.model.data(cell, Qt.ItemDataRole.ForegroundRole) is None
    assert nearest.strftime("%d.%m.%Y") in str(page.model.data(cell, Qt.ItemDataRole.ToolTipRole))


def test_enter_and_double_click_open_the_case(qtbot: QtBot, page: CasesPage) -> None:
    page.table.setFocus()
    page.table.selectRow(3)
    expected = page.model.case_id(3)
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert opened.args == [expected]

    rect = page.table.visualRect(page.model.index(5, Column.NUMBER))
    with qtbot.waitSignal(page.open_requested) as opened:
        # A real double-click: QTest's mouseDClick alone sends no press before the double-click.
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.case_id(5)]


def test_new_case_button_and_ctrl_n(qtbot: QtBot, page: CasesPage) -> None:
    with qtbot.waitSignal(page.new_requested):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts work in the active window only
    page.table.setFocus()
    with qtbot.waitSignal(page.new_requested):
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+N" in page.new_button.toolTip()


def test_typing_in_the_list_goes_to_the_search_box(qtbot: QtBot, page: CasesPage) -> None:
    page.table.setFocus()
    _type(qtbot, page.table, "ә")
    assert page.filters.search.hasFocus()
    assert page.filters.search.text() == "ә"


def test_refresh_keeps_the_selected_case_and_select_case_finds_a_hidden_one(
    qtbot: QtBot, page: CasesPage
) -> None:
    page.table.selectRow(40)
    chosen = page.model.case_id(40)
    _reload(qtbot, page, page.refresh)
    assert page.selected_case_id() == chosen
    assert page.table.currentIndex().row() == 40

    # A case the filters hide: select_case clears them and shows it.
    _reload(qtbot, page, lambda: _tick("high_risk")(page.filters))
    with page.ctx.database.session() as s:
        hidden = case_list.list_cases(
            s, CaseFilter(unit_ids=page.ctx.user.unit_ids, high_risk=False), limit=1
        )[0]
    assert hidden.risk_level is not RiskLevel.HIGH and page.model.row_of(hidden.id) is None
    _reload(qtbot, page, lambda: page.select_case(hidden.id))
    assert page.filters.is_default()
    assert page.selected_case_id() == hidden.id


# -- empty states ----------------------------------------------------------------------------------


def test_no_match_says_what_to_do(qtbot: QtBot, page: CasesPage) -> None:
    _type(qtbot, page.filters.search, "Жжжжщщщ")
    with qtbot.waitSignal(page.list_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert "Clear filters" in page.empty.text()
    assert _shown_count(page) == "Cases found: 0"


def test_an_empty_database_invites_the_first_case(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    page = _open_page(qtbot, ctx)
    try:
        assert page.model.rowCount() == 0
        assert page.stack.currentWidget() is page.empty
        assert page.empty.text() == "No cases yet. Press Ctrl+N to register the first one."
    finally:
        _wait_idle()
        ctx.database.close()


# -- language --------------------------------------------------------------------------------------


class _FewWords(QTranslator):
    """Translates a handful of our texts, so a test can see that the page asks for them again."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("CaseListModel", "Intake date"): "Дата приёма",
        ("CasesPage", "Cases found: {count}"): "Найдено дел: {count}",
        ("CaseFilters", "&Overdue only"): "&Только просроченные",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def test_switching_the_language_relabels_headers_and_texts(
    qtbot: QtBot, page: CasesPage, ctx: UiContext
) -> None:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)

    def header(column: Column) -> object:
        return page.model.headerData(column, Qt.Orientation.Horizontal)

    assert header(Column.NUMBER) == "Number"
    translator = _FewWords()
    try:
        # The real Russian translation (whatever it says by now) reaches the headers ...
        ctx.languages.install("ru")
        qtbot.waitUntil(
            lambda: header(Column.NUMBER) == QCoreApplication.translate("CaseListModel", "Number")
        )
        # ... and so do words a test controls: the translator installed last answers first.
        app.installTranslator(translator)
        qtbot.waitUntil(lambda: header(Column.INTAKE_DATE) == "Дата приёма")
        qtbot.waitUntil(lambda: page.count_label.text().startswith("Найдено дел: "))
        qtbot.waitUntil(lambda: page.filters.overdue.text() == "&Только просроченные")
        assert page.model.rowCount() == DEMO_CASES
    finally:
        app.removeTranslator(translator)
        ctx.languages.install("en")
    qtbot.waitUntil(lambda: header(Column.INTAKE_DATE) == "Intake date")
    qtbot.waitUntil(lambda: page.filters.overdue.text() == "&Overdue only")


# -- periods (no database needed) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        (Period.THIS_MONTH, date(2026, 11, 20), (date(2026, 11, 1), date(2026, 11, 20))),
        (Period.LAST_MONTH, date(2026, 1, 15), (date(2025, 12, 1), date(2025, 12, 31))),
        (Period.LAST_MONTH, date(2024, 3, 31), (date(2024, 2, 1), date(2024, 2, 29))),
        (Period.THIS_YEAR, date(2026, 11, 20), (date(2026, 1, 1), date(2026, 11, 20))),
        (Period.LAST_12_MONTHS, date(2026, 11, 20), (date(2025, 11, 21), date(2026, 11, 20))),
        (Period.LAST_12_MONTHS, date(2024, 2, 29), (date(2023, 3, 1), date(2024, 2, 29))),
        (Period.ANY, date(2026, 11, 20), (None, None)),
    ],
)
def test_periods_cover_the_right_days(
    period: Period, today: date, expected: tuple[date | None, date | None]
) -> None:
    assert period_range(period, today) == expected
