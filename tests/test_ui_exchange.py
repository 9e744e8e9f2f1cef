"""The Exchange page on real database files: empty states, keys, preparing a month, importing, the grid.

Each site of the network (tests/exchange_world.py) is a real installation with its own data folder,
database and keys; the page is driven as a person would (buttons, the passphrase window) and what it
shows is checked against the files and rows it leaves.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.exchange import key_store
from app.exchange.service import prepare_month
from app.models.enums import Role
from app.models.exchange import ReceivedPackage
from app.services import installation
from app.services.runtime import open_database
from app.ui.context import UiContext
from app.ui.errors import ErrorReporter
from app.ui.exchange_dialogs import (
    FingerprintDialog,
    NewPassphraseDialog,
    PassphraseDialog,
    fingerprint_digits,
)
from app.ui.exchange_grid import STATE_COLOURS
from app.ui.i18n import Languages
from app.ui.main_window import PAGES, MainWindow
from app.ui.pages.exchange import ExchangePage
from app.ui.setup_dialog import EXCHANGE, SetupDialog
from tests.exchange_world import (
    ACTOR,
    CENTRE,
    HOUSE,
    PASSPHRASE,
    REGION,
    World,
    fast_keys_and_today,
    fill_october,
    make_site,
    world_in,
)
from tests.helpers_services import mediating_case
from tests.setup_wizard_support import fill_up_to_practice, finish, set_up
from tests.ui_support import PASSWORD, drive_modal, make_ctx, type_text

WAIT_MS = 20_000
SHOTS = Path(os.environ.get("TATULYQ_SHOTS", "/tmp/shots"))


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys_and_today(monkeypatch)  # cheap argon2, and today is 20.11.2026


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from world_in(tmp_path)


def _signed_in(site_dir: Path, db: object, code: str, lang: str = "en") -> UiContext:
    """A person signed in at a site of the network (its administrator, made here)."""
    from app.storage.database import Database

    assert isinstance(db, Database)
    with db.session(write=True, actor=ACTOR) as s:
        if not installation.is_set_up(s):
            installation.set_up(s, code, "admin", "Әлия Сәрсенова", PASSWORD)
    return make_ctx(site_dir, lang=lang, unit_code=code, database=db)


def _page(qtbot: QtBot, ctx: UiContext) -> ExchangePage:
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.refresh()
    return page


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"exchange-{name}.png"))


def _choose_folder(folder: Path, then: Callable[[QDialog], None]) -> Callable[[QDialog], None]:
    """Drive the folder window, then hand the next window that opens to `then`."""

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        QTimer.singleShot(0, lambda: _next_modal(then))
        dialog.setDirectory(str(folder.parent))
        dialog.selectFile(str(folder))
        dialog.accept()

    return choose


def _next_modal(drive: Callable[[QDialog], None]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog), f"no dialog opened: {dialog!r}"
    drive(dialog)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def _idle(qtbot: QtBot, page: ExchangePage) -> None:
    qtbot.waitUntil(
        lambda: not (page.month.job.running or page.month.list_job.running or page.completeness.job.running),
        timeout=WAIT_MS,
    )


# --- empty states ---------------------------------------------------------------------------------


def test_a_new_installation_shows_what_to_do_in_every_section(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, unit_code="KZ-31-KRD")
    page = _page(qtbot, ctx)
    _idle(qtbot, page)
    month = page.month
    assert month.findings_stack.currentWidget() is month.findings_empty
    assert "Check the month" in month.findings_empty.text()
    assert month.sent_stack.currentWidget() is month.sent_empty
    assert "No package has been prepared here yet" in month.sent_empty.text()
    assert month.readiness.isVisibleTo(page) and "no exchange keys" in month.readiness.text()
    # The previous month is offered: on 20.11.2026 a unit sends October.
    assert month.period() == "2026-10"

    page.tabs.setCurrentWidget(page.imports)
    assert page.imports.stack.currentWidget() is page.imports.empty
    assert page.imports.table.rowCount() == 0

    page.tabs.setCurrentWidget(page.completeness)
    _idle(qtbot, page)
    grid = page.completeness
    assert grid.stack.currentWidget() is grid.empty  # a district assembly has nobody reporting to it
    assert "No unit sends" in grid.empty.text()

    page.tabs.setCurrentWidget(page.keys)
    keys = page.keys
    assert keys.create_button.isVisibleTo(page) and not keys.fingerprint.isVisibleTo(page)
    assert "no exchange keys yet" in keys.keys_text.text()
    assert "No directory of units is installed yet" in keys.directory_text.text()
    assert not keys.republic_box.isVisibleTo(page)
    assert ctx.errors.shown == []


def test_the_page_is_not_offered_to_a_mediator(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, role=Role.MEDIATOR)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    row = [key for key, _, _ in PAGES].index("exchange")
    assert window.nav.item(row).isHidden()


# --- keys -----------------------------------------------------------------------------------------


def test_creating_keys_shows_the_fingerprint_to_read_out(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, unit_code="KZ-31-KRD")
    page = _page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.keys)

    def short_then_good(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        type_text(dialog.passphrase, "қысқа")
        type_text(dialog.repeat, "қысқа")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "at least 10" in dialog.problem.text()
        dialog.passphrase.setText("Қордай ауданы 2026")
        dialog.repeat.setText("Қордай ауданы 2027")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "differ" in dialog.problem.text()
        dialog.repeat.setText("Қордай ауданы 2026")
        _shot(dialog, "create-keys-dialog-en")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    drive_modal(qtbot, page.keys.create_button.click, short_then_good)
    public = key_store.public_keys(tmp_path)
    shown = page.keys.fingerprint.text()
    assert shown == public.fingerprint and fingerprint_digits(shown) == shown
    assert page.keys.fingerprint.isVisibleTo(page) and not page.keys.create_button.isVisibleTo(page)
    assert public.key_id in page.keys.key_id.text()
    # The passphrase typed opens the keys: it was not lost or changed on the way.
    assert key_store.load_keys(tmp_path, "Қордай ауданы 2026").public == public

    stick = tmp_path / "stick"
    stick.mkdir()
    written = page.keys.save_public_to(stick)
    assert written == stick / "KZ-31-KRD.tqk"
    assert key_store.read_public_file(written) == public
    assert ctx.errors.shown == []


def test_the_first_start_can_make_the_exchange_keys(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    errors = ErrorReporter(tmp_path / "logs", dialogs=False)
    languages = Languages()
    languages.install("en")
    dialog = SetupDialog(db, languages, errors)
    qtbot.addWidget(dialog)
    keys = dialog.exchange
    assert not keys.passphrase.isEnabled()  # until the box is ticked
    fill_up_to_practice(dialog, passphrase="short")
    _shot(dialog, "setup-en")
    assert dialog.currentId() == EXCHANGE and "at least 10" in errors.shown[-1]
    with db.session() as s:
        assert not installation.is_set_up(s)  # refused before anything was saved
    keys.passphrase.clear()
    keys.repeat.clear()
    type_text(keys.passphrase, "Мен келдім, Қордай!")
    type_text(keys.repeat, "Мен келдім, Қордай!")
    dialog.next()
    set_up(dialog)
    finish(dialog)
    assert dialog.result() == 1
    assert key_store.load_keys(tmp_path, "Мен келдім, Қордай!").unit_code == "KZ-31-KRD"
    assert keys.passphrase.text() == ""
    db.close()


# --- preparing a month ----------------------------------------------------------------------------


def test_preparing_october_writes_the_package_and_lists_it(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    centre = world[CENTRE]
    fill_october(centre.db)
    ctx = _signed_in(centre.data_dir, centre.db, CENTRE)
    page = _page(qtbot, ctx)
    _idle(qtbot, page)
    month = page.month
    assert not month.readiness.isVisibleTo(page)  # keys and directory are in place
    month.check_button.click()
    qtbot.waitUntil(lambda: month.check is not None, timeout=WAIT_MS)
    assert month.findings_stack.currentWidget() is month.findings_empty
    assert "nothing wrong" in month.findings_empty.text()
    assert "has not been sent yet" in month.status.text()

    stick = tmp_path / "stick"
    stick.mkdir()

    def passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert "October 2026" in dialog.intro.text()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    # The folder first (a USB stick is a folder), then the passphrase window.
    drive_modal(qtbot, month.prepare_button.click, _choose_folder(stick, passphrase))
    qtbot.waitUntil(lambda: not month.working and month.prepared is not None, timeout=WAIT_MS)
    made = month.prepared
    assert made is not None
    files = list(stick.iterdir())
    assert files == [made.path] and made.path.name.endswith(".tqp") and made.revision == 1
    assert made.path.name in month.result.text().replace("\u200b", "")
    assert "revision 1" in month.result.text() and "5 case rows" in month.result.text()
    qtbot.waitUntil(lambda: month.sent_list.topLevelItemCount() == 1, timeout=WAIT_MS)
    row = month.sent_list.topLevelItem(0)
    assert row is not None
    assert row.text(0) == "October 2026" and row.text(1) == "1" and row.text(2) == made.path.name
    assert row.text(6) == "No receipt yet"
    # Checked again, the month says it was sent and the next package is a correction.
    month.check_button.click()
    qtbot.waitUntil(lambda: month.check is not None and month.check.next_revision == 2, timeout=WAIT_MS)
    assert "revision 1" in month.status.text() and "revision 2" in month.status.text()
    _shot(page, "month-en")
    assert ctx.errors.shown == []


def test_a_month_with_problems_is_sent_only_when_the_person_says_so(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    centre = world[CENTRE]
    with centre.db.session(write=True, actor=ACTOR) as s:
        lonely = mediating_case(s, unit=CENTRE, intake=date(2026, 10, 2), signed=date(2026, 10, 6)).number
    ctx = _signed_in(centre.data_dir, centre.db, CENTRE)
    page = _page(qtbot, ctx)
    month = page.month
    month.check_button.click()
    qtbot.waitUntil(lambda: month.check is not None, timeout=WAIT_MS)
    assert month.findings_stack.currentWidget() is month.findings
    item = month.findings.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "Cases in mediation with no session recorded"
    assert item.text(1) == "1" and item.text(2) == lonely

    asked: list[str] = []

    def say_no(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    drive_modal(qtbot, month.prepare_button.click, _choose_folder(tmp_path, say_no))
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert "Send the month as it is?" in asked[0]
    assert not month.working and not list(tmp_path.glob("*.tqp"))


# --- importing ------------------------------------------------------------------------------------


def test_importing_shows_one_row_per_file(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    stick = tmp_path / "stick"
    stick.mkdir()
    made = prepare_month(centre.db, centre.keys, "2026-10", stick, actor=ACTOR)
    broken = stick / "KZ-31-CTR_2026-10_r9.tqp"
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped byte
    broken.write_bytes(bytes(data))

    ctx = _signed_in(region.data_dir, region.db, REGION)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.imports)
    imports = page.imports
    imports.import_paths([made.path, broken], PASSPHRASE)
    qtbot.waitUntil(lambda: not imports.working, timeout=WAIT_MS)
    table = imports.table
    assert imports.stack.currentWidget() is table and table.rowCount() == 2
    cells = [[_text(table, r, c) for c in range(table.columnCount())] for r in range(2)]
    good, bad = cells
    assert good[:4] == [made.path.name, CENTRE, "October 2026", "1"]
    assert good[4] == "Imported: 5 case rows." and good[5] == ""
    assert bad[0] == broken.name and bad[4].startswith("Refused: ")
    quarantined = Path(bad[5])
    assert quarantined.is_file() and quarantined.parent.name == "quarantine"
    assert (made.path.parent / f"{made.path.stem}.receipt.json").is_file()  # the receipt for the centre
    with region.db.session() as s:
        from sqlalchemy import func, select

        assert s.scalar(select(func.count()).select_from(ReceivedPackage)) == 1
    _shot(page, "import-en")

    # The same file again changes nothing and says so.
    imports.import_paths([made.path], PASSPHRASE)
    qtbot.waitUntil(lambda: not imports.working, timeout=WAIT_MS)
    assert table.rowCount() == 3 and _text(table, 0, 4) == "Already imported earlier; nothing changed."
    assert ctx.errors.shown == []


def test_a_wrong_passphrase_is_told_and_imports_nothing(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    region = world[REGION]
    ctx = _signed_in(region.data_dir, region.db, REGION)
    page = _page(qtbot, ctx)
    file = tmp_path / "x.tqp"
    file.write_bytes(b"not a package")
    page.imports.import_paths([file], "wrong passphrase")
    qtbot.waitUntil(lambda: not page.imports.working, timeout=WAIT_MS)
    assert page.imports.table.rowCount() == 0
    assert ctx.errors.shown and "passphrase" in ctx.errors.shown[-1]


# --- the grid -------------------------------------------------------------------------------------


def _received(db: object, unit: str, period: str, completed_at: datetime, state: str = "current") -> None:
    from app.storage.database import Database

    assert isinstance(db, Database)
    with db.session(write=True, actor=ACTOR) as s:
        s.add(
            ReceivedPackage(
                package_id=uuid.uuid4(),
                sender_unit=unit,
                sender_key_id="0123456789abcdef",
                unit_code=unit,
                period=period,
                revision=1,
                sequence=int(completed_at.timestamp()),
                completed_at=completed_at,
                received_at=completed_at,
                received_by="region head",
                via_unit=None,
                state=state,
                manifest=b"{}",
                signature=b"s" * 64,
                aggregates=b"{}",
            )
        )


def test_the_grid_colours_on_time_late_and_missing(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, unit_code=REGION, lang="en")
    on_time, replaced = datetime(2026, 10, 3, 6, tzinfo=UTC), "superseded"  # by October's package
    _received(ctx.database, "KZ-31-CTR", "2026-09", on_time, replaced)
    _received(ctx.database, "KZ-31-CTR", "2026-10", datetime(2026, 11, 9, 6, tzinfo=UTC))  # late
    _received(ctx.database, "KZ-31-HF", "2026-10", datetime(2026, 11, 4, 6, tzinfo=UTC))  # on time
    page = _page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.completeness)
    grid = page.completeness
    qtbot.waitUntil(lambda: grid.grid is not None, timeout=WAIT_MS)
    table = grid.table
    assert grid.stack.currentWidget() is table
    assert table.columnCount() == 11  # January to November 2026 (20.11.2026)
    heads = [table.verticalHeaderItem(r).text().strip() for r in range(table.rowCount())]
    rows = {head.split(" ")[0]: r for r, head in enumerate(heads[:-4])}
    assert list(rows) == ["KZ-31-CTR", "KZ-31-HF", "KZ-31-KRD"]
    assert heads[0] == "KZ-31-CTR — Mediation Centre (Zhambyl Region)"
    september, october = 8, 9

    def cell(unit: str, column: int) -> tuple[str, str]:
        item = table.item(rows[unit], column)
        assert item is not None
        return item.text(), item.background().color().name()

    assert cell("KZ-31-CTR", september) == ("On time", STATE_COLOURS["on_time"])
    assert cell("KZ-31-CTR", october) == ("Late", STATE_COLOURS["late"])
    assert cell("KZ-31-HF", october) == ("On time", STATE_COLOURS["on_time"])
    assert cell("KZ-31-KRD", october) == ("Missing", STATE_COLOURS["missing"])
    assert cell("KZ-31-KRD", 10) == ("Not yet due", STATE_COLOURS["pending"])  # November
    # The foot counts October: 3 expected, 1 on time, 1 late, 1 missing.
    foot = {heads[r]: _text(table, r, october) for r in range(len(heads) - 4, len(heads))}
    assert foot == {"Expected": "3", "On time": "1", "Late": "1", "Missing": "1"}
    assert grid.summary.text() == "October 2026: expected 3, on time 1, late 1, missing 1."
    _shot(page, "grid-en")


# --- screenshots in Kazakh and Russian ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_screenshots_in_kazakh_and_russian(qtbot: QtBot, world: World, tmp_path: Path, lang: str) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    stick = tmp_path / "stick"
    stick.mkdir()
    made = prepare_month(centre.db, centre.keys, "2026-10", stick, actor=ACTOR)
    junk = stick / "Медиация орталығы қазан.tqp"
    junk.write_bytes(b"PK not really")
    ctx = _signed_in(region.data_dir, region.db, REGION, lang=lang)
    page = _page(qtbot, ctx)
    _idle(qtbot, page)
    page.month.check_button.click()
    qtbot.waitUntil(lambda: page.month.check is not None, timeout=WAIT_MS)
    _shot(page, f"month-{lang}")
    page.tabs.setCurrentWidget(page.imports)
    _shot(page, f"import-empty-{lang}")
    page.imports.import_paths([made.path, junk], PASSPHRASE)
    qtbot.waitUntil(lambda: not page.imports.working, timeout=WAIT_MS)
    assert page.imports.table.rowCount() == 2
    _shot(page, f"import-{lang}")
    page.tabs.setCurrentWidget(page.completeness)
    qtbot.waitUntil(lambda: page.completeness.grid is not None, timeout=WAIT_MS)
    _shot(page, f"grid-{lang}")
    page.tabs.setCurrentWidget(page.keys)
    _shot(page, f"keys-{lang}")
    republic = world["KZ-RMC"]
    rctx = _signed_in(republic.data_dir, republic.db, "KZ-RMC", lang=lang)
    rpage = _page(qtbot, rctx)
    rpage.tabs.setCurrentWidget(rpage.keys)
    assert rpage.keys.republic_box.isVisibleTo(rpage) and rpage.keys.unit_keys.topLevelItemCount() == 3
    _shot(rpage, f"keys-republic-{lang}")
    # A centre's month with a problem: the finding's heading and case number in the reader's language.
    with centre.db.session(write=True, actor=ACTOR) as s:
        mediating_case(s, unit=CENTRE, intake=date(2026, 10, 2), signed=date(2026, 10, 6))
    cctx = _signed_in(centre.data_dir, centre.db, CENTRE, lang=lang)
    cpage = _page(qtbot, cctx)
    cpage.month.check_button.click()
    qtbot.waitUntil(lambda: cpage.month.check is not None, timeout=WAIT_MS)
    assert cpage.month.findings.topLevelItemCount() == 1
    _shot(cpage, f"month-findings-{lang}")
    fresh = open_database(data_dir=tmp_path / "fresh")
    setup = SetupDialog(fresh, ctx.languages, ErrorReporter(tmp_path / "logs", dialogs=False))
    fill_up_to_practice(setup)
    setup.back()  # the wizard's exchange keys page
    setup.exchange.make_keys.setChecked(True)
    for dialog in (
        NewPassphraseDialog(page),
        PassphraseDialog(page.tr("Type the passphrase"), page),
        FingerprintDialog(page.tr("Republican council"), page),
        setup,
    ):
        dialog.show()
        _shot(dialog, f"{dialog.objectName()}-{lang}")
        dialog.close()
    fresh.close()
    assert ctx.errors.shown == [] and rctx.errors.shown == [] and cctx.errors.shown == []
    shutil.rmtree(stick)
    QApplication.processEvents()


# --- the directory --------------------------------------------------------------------------------


def test_the_republic_adds_a_key_and_a_new_unit_installs_the_directory(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    republic = world["KZ-RMC"]
    house = make_site(tmp_path / "house", HOUSE)  # a new installation: keys, but no directory yet
    stick = tmp_path / "stick"
    stick.mkdir()
    tqk = key_store.write_public_file(house.keys.public, stick)

    rctx = _signed_in(republic.data_dir, republic.db, "KZ-RMC")
    rpage = _page(qtbot, rctx)
    keys = rpage.keys
    wrong = "0000 0000 0000 0000 0000 0000"
    assert not keys.add_unit_key_from(tqk, wrong)  # a misheard digit: told, nothing added
    assert rctx.errors.shown and "fingerprint" in rctx.errors.shown[-1]
    assert keys.add_unit_key_from(tqk, house.keys.public.fingerprint.replace(" ", ""))
    assert HOUSE in keys.republic_result.text()
    listed = [keys.unit_keys.topLevelItem(i) for i in range(keys.unit_keys.topLevelItemCount())]
    assert HOUSE in [item.text(0) for item in listed if item is not None]
    published = keys.publish_directory_to(stick, PASSPHRASE)
    assert published is not None and published.name == "directory-v2.tqd"
    assert "Version 2 is in force" in keys.directory_text.text()

    hctx = _signed_in(house.data_dir, house.db, HOUSE)
    hpage = _page(qtbot, hctx)
    hpage.tabs.setCurrentWidget(hpage.keys)
    assert "No directory of units is installed yet" in hpage.keys.directory_text.text()
    fingerprint = republic.keys.public.fingerprint

    def type_fingerprint(dialog: QDialog) -> None:
        assert isinstance(dialog, FingerprintDialog)
        dialog.fingerprint.setText("1234")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "24 digits" in dialog.problem.text()
        dialog.fingerprint.setText(fingerprint)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def choose_file(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        QTimer.singleShot(0, lambda: _next_modal(type_fingerprint))
        dialog.selectFile(str(published))
        dialog.accept()

    drive_modal(qtbot, hpage.keys.install_button.click, choose_file)
    qtbot.waitUntil(lambda: "Version 2 is in force" in hpage.keys.directory_text.text(), timeout=WAIT_MS)
    assert hctx.errors.shown == []
    house.db.close()
