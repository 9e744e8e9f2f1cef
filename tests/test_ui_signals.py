"""The Early warning page of the Zhambyl regional council, with today pinned to 20.11.2026.

October 2026 in Korday district: six inter-ethnic disputes recorded by the Zhambyl centre and two
received (de-identified) from the House of Friendship, after a year with none: an alert. Bayzak district
has had four group disputes every month for a year and four in October too: normal, not listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.signals import SignalsPage
from app.ui.signals_map import LEVEL_COLOURS, NO_DATA
from tests import signals_world as w
from tests.ui_support import make_ctx

OCTOBER = date(2026, 10, 1)
KORDAY_DAYS = [date(2026, 10, d) for d in (2, 5, 9, 14, 20, 27)]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path, unit_code=w.REGION, role=Role.CENTRE_HEAD)
    yield context
    context.database.close()


def _alert_world(ctx: UiContext) -> dict[str, list[object]]:
    db = ctx.database
    local = w.add(db, "inter_ethnic", KORDAY_DAYS, unit=w.CENTRE, district=w.KORDAY)
    package = w.received_package(db, w.HOUSE)
    imported = w.add(
        db, "inter_ethnic", [date(2026, 10, 11), date(2026, 10, 29)], unit=w.HOUSE, package=package
    )
    steady = [day for day in w.baseline_months() for _ in range(4)]
    w.add(db, "group_dispute", [*steady, *([date(2026, 10, 12)] * 4)], unit=w.CENTRE, district=w.BAYZAK)
    return {"local": list(local), "imported": list(imported)}


def _page(qtbot: QtBot, ctx: UiContext, period: date = OCTOBER) -> SignalsPage:
    page = SignalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.show()
    page.today = w.AS_OF
    page.choose_period(period)
    qtbot.waitUntil(lambda: not page.loading and page.signal_set is not None)
    return page


def _tile_colour(page: SignalsPage, code: str) -> QColor:
    """The colour a person sees near the top-left corner of the region's tile (clear of its name)."""
    image = page.map.grab().toImage()
    rect = page.map.tile_rect(page.map.tile_of(code))
    ratio = image.devicePixelRatio()
    spot = QPoint(int((rect.left() + 8) * ratio), int((rect.top() + 8) * ratio))
    return image.pixelColor(spot)


def test_with_nothing_counted_the_page_says_so(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    assert page.raised.showing_empty()
    assert page.raised.empty.text() == (
        "No case or consultation with these marks in October 2026 or the 12 months before it."
    )
    assert page.raised.title() == "Watches and alerts (0)"
    assert page.map.levels == {}
    assert _tile_colour(page, "KZ-31") == NO_DATA
    assert page.cases.showing_empty()
    assert page.cases.empty.text() == "Choose a signal to see the cases behind it."
    assert "12 months" in page.rule_text.text() and "once in 20" in page.rule_text.text()


def test_an_alert_in_a_district_colours_its_region_and_leads_the_list(qtbot: QtBot, ctx: UiContext) -> None:
    made = _alert_world(ctx)
    page = _page(qtbot, ctx)
    assert page.map.level_of("KZ-31") == "alert"
    assert _tile_colour(page, "KZ-31") == LEVEL_COLOURS["alert"]
    assert _tile_colour(page, "KZ-19") == NO_DATA  # Almaty region: none of the council's places
    rows = page.raised.texts()
    # Korday district (8 cases: its own and the received ones) and the units that recorded them.
    assert ["Alert", "Korday District", "Disputes with an inter-ethnic dimension", "8", "0.5"] in rows
    assert all(row[0] in ("Alert", "Watch") for row in rows)
    assert not any(row[2] == "Group disputes" for row in rows)  # a steady four a month is normal
    assert rows[0][0] == "Alert"

    # Choosing the Korday row shows its trend and the cases behind it.
    index = next(i for i, row in enumerate(rows) if row[1] == "Korday District")
    page.raised.choose(index)
    qtbot.waitUntil(lambda: page.detail is not None and not page.loading)
    points = page.chart.points
    assert len(points) == 18 and points[-1].start == OCTOBER and points[-1].count == 8
    assert points[-1].level == "alert" and all(p.count == 0 for p in points[:-1])
    assert page.chart.title == "Korday District — Disputes with an inter-ethnic dimension"
    cases = page.cases.texts()
    assert page.cases.title() == "Cases behind the signal (8)"
    header = page.cases.tree.headerItem()
    assert [header.text(c) for c in range(header.columnCount())] == [
        "Case",
        "Intake date",
        "Category",
        "Source",
    ]
    assert [row[1] for row in cases] == [
        "02.10.2026",
        "05.10.2026",
        "09.10.2026",
        "11.10.2026",
        "14.10.2026",
        "20.10.2026",
        "27.10.2026",
        "29.10.2026",
    ]
    sources = {row[0].rsplit("-", 2)[0]: row[3] for row in cases}
    assert sources == {w.CENTRE: "recorded here", w.HOUSE: "received from a unit"}
    assert all(row[2] == "Neighbours and household" for row in cases)

    # A case recorded here opens in the case editor; a received one does not.
    tree = page.cases.tree
    local_item, imported_item = tree.topLevelItem(0), tree.topLevelItem(3)
    assert local_item is not None and imported_item is not None
    with qtbot.waitSignal(page.open_requested) as opened:
        where = tree.visualItemRect(local_item).center()
        # A real double-click: the first press picks the row, the second opens it.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [made["local"][0]]
    with qtbot.assertNotEmitted(page.open_requested):
        tree.itemActivated.emit(imported_item, 0)
    assert "de-identified" in imported_item.toolTip(0)


def test_a_click_on_a_region_narrows_the_list_and_the_keyboard_reaches_the_map(
    qtbot: QtBot, ctx: UiContext
) -> None:
    _alert_world(ctx)
    page = _page(qtbot, ctx)
    everything = page.raised.texts()
    centre = page.map.tile_rect(page.map.tile_of("KZ-23")).center().toPoint()  # Atyrau: nothing there
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=centre)
    assert page.map.selected == "KZ-23"
    assert page.raised.showing_empty()
    assert page.raised.empty.text() == "No watch or alert in Atyrau Region for October 2026."
    qtbot.keyClick(page.map, Qt.Key.Key_Escape)
    assert page.map.selected == "" and page.raised.texts() == everything

    # From Zhambyl the arrow keys walk the map; Enter chooses the tile reached.
    page.map.setFocus()
    page.map.select("KZ-31")
    qtbot.keyClick(page.map, Qt.Key.Key_Right)  # to Almaty region
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert page.map.selected == "KZ-19"
    # The region and the city of Almaty would both be "Almaty" cut short: the region keeps its full name.
    assert page.region_line.text() == "Showing: Almaty Region"
    assert page.map.names["KZ-75"] == "Almaty"
    page.all_regions.click()
    assert page.map.selected == "" and page.raised.texts() == everything


def test_by_week_the_period_is_an_iso_week(qtbot: QtBot, ctx: UiContext) -> None:
    _alert_world(ctx)
    page = _page(qtbot, ctx)
    page.grain.setCurrentIndex(page.grain.findData("week"))
    assert page.period.currentText() == "16.11.2026 – 22.11.2026"
    page.choose_period(date(2026, 10, 26))
    qtbot.waitUntil(lambda: not page.loading and page.signal_set is not None)
    s = page.signal_set
    assert s is not None and (s.start, s.end) == (date(2026, 10, 26), date(2026, 11, 1))
    assert s.rule.grain == "week"


@pytest.mark.parametrize(
    ("role", "shown"),
    [(Role.CENTRE_HEAD, True), (Role.ANALYST, True), (Role.MEDIATOR, False), (Role.ADMINISTRATOR, True)],
)
def test_who_gets_the_page(qtbot: QtBot, tmp_path: Path, role: Role, shown: bool) -> None:
    context = make_ctx(tmp_path, role=role, unit_code="KZ-31-CTR")
    window = MainWindow(context)
    qtbot.addWidget(window)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    item = window.nav.item(keys.index("signals"))
    assert item.isHidden() is not shown
    assert window.nav.item(0).text() == "Home" and not window.nav.item(0).isHidden()
    context.database.close()
