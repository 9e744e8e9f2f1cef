"""Screenshots of every page and dialog of the desktop program, in Kazakh and Russian (and English).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --out screenshots [--cases 3000]

Made on a demo database (realistic names with Kazakh letters) and on an empty one (empty states),
at the normal and the largest text size. Look at them: that is what a mediator sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.models.enums import CaseStatus  # noqa: E402
from app.services import case_list  # noqa: E402
from app.services.demo import generate_demo  # noqa: E402
from app.ui.appearance import apply_text_size  # noqa: E402
from app.ui.context import UiContext  # noqa: E402
from tests.ui_support import make_ctx, make_database  # noqa: E402

failures: list[str] = []


def shoot(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    # Pages load in the background: let the first rows arrive. Short waits in a row, because one long
    # QTest.qWait was seen not to deliver the worker threads' queued results here.
    for _ in range(15):
        QTest.qWait(50)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))


def attempt(name: str, job: Callable[[], None]) -> None:
    try:
        job()
    except Exception:
        failures.append(name)
        traceback.print_exc()


def a_case(ctx: UiContext, status: CaseStatus) -> object:
    with ctx.database.session() as s:
        rows = case_list.list_cases(s, case_list.CaseFilter(statuses=[status], unit_ids=ctx.user.unit_ids), limit=1)
    return rows[0].id if rows else None


def pages_and_dialogs(ctx: UiContext, out: Path, *, empty: bool = False) -> None:
    from app.ui.case_editor import open_case_editor
    from app.ui.case_editor.party_dialog import PartyDialog
    from app.ui.case_editor.session_dialog import SessionDialog
    from app.ui.case_editor.settlement_dialogs import SettlementDialog
    from app.ui.case_editor.snapshot import load_snapshot
    from app.ui.consultation_dialog import ConsultationDialog
    from app.ui.main_window import PAGES, MainWindow
    from app.ui.mediator_dialog import MediatorDialog
    from app.ui.users_dialog import UsersDialog

    window = MainWindow(ctx)
    for key, _, _ in PAGES:
        attempt(f"page {key}", lambda key=key: (window.show_page(key), shoot(window, out / f"page_{key}.png",
                                                                                (1280, 800))))
    if empty:
        window.close()
        return
    attempt("consultation dialog", lambda: shoot(ConsultationDialog(ctx, window), out / "dialog_consultation.png"))
    attempt("mediator dialog", lambda: shoot(MediatorDialog(ctx, None, window), out / "dialog_mediator_new.png"))
    attempt("users dialog", lambda: shoot(UsersDialog(ctx, window), out / "dialog_users.png"))
    for status in (CaseStatus.IN_MEDIATION, CaseStatus.CLOSED):
        case_id = a_case(ctx, status)
        if case_id is None:
            continue

        def editor_tabs(case_id: object = case_id, status: CaseStatus = status) -> None:
            editor = open_case_editor(ctx, case_id, window)  # type: ignore[arg-type]
            for index in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(index)
                shoot(editor, out / f"case_{status.value}_tab{index + 1}.png", (1100, 760))
            editor.close()

        attempt(f"editor {status.value}", editor_tabs)
    case_id = a_case(ctx, CaseStatus.IN_MEDIATION)
    if case_id is not None:
        snap = load_snapshot(ctx, case_id)  # type: ignore[arg-type]
        attempt("party dialog", lambda: shoot(PartyDialog(ctx, window), out / "dialog_party.png"))
        attempt("session dialog", lambda: shoot(SessionDialog(ctx, window, snap), out / "dialog_session.png"))
        attempt("settlement dialog", lambda: shoot(SettlementDialog(ctx, window, snap), out / "dialog_settlement.png"))
    attempt("new case", lambda: shoot(open_case_editor(ctx, None, window), out / "case_new.png", (1100, 760)))
    attempt("reports", lambda: report_states(window, out))
    attempt("document", lambda: document_preview(ctx, window, out))
    attempt("exchange dialogs", lambda: exchange_dialogs(window, out))
    window.close()


def exchange_dialogs(window: QWidget, out: Path) -> None:
    from app.ui.exchange_dialogs import FingerprintDialog, NewPassphraseDialog, PassphraseDialog

    shoot(PassphraseDialog("prepare", window), out / "dialog_exchange_passphrase.png")
    shoot(NewPassphraseDialog(window), out / "dialog_exchange_new_passphrase.png")
    shoot(FingerprintDialog("", window), out / "dialog_exchange_fingerprint.png")


def wizard_job(lang: str, work: Path, out: Path) -> Callable[[], None]:
    return lambda: setup_wizard(lang, work, out)


def setup_wizard(lang: str, work: Path, out: Path) -> None:
    """The first-start wizard's pages up to "Set up" (nothing is written), in a fresh database."""
    from app.ui.errors import ErrorReporter
    from app.ui.i18n import Languages
    from app.ui.setup_dialog import SetupDialog

    languages = Languages()
    languages.install(lang)
    folder = work / f"setup-{lang}"
    wizard = SetupDialog(make_database(folder), languages, ErrorReporter(folder, dialogs=False))
    wizard.show()
    shoot(wizard, out / "wizard_1_language.png")
    wizard.next()
    shoot(wizard, out / "wizard_2_unit.png")
    wizard.unit.select("KZ-31-KRD")
    wizard.next()
    wizard.admin.name.setText("Сәрсенбаева Әлия Нұрланқызы")
    wizard.admin.username.setText("aliya")
    wizard.admin.password.setText("Kordai-2026")
    wizard.admin.repeat.setText("Kordai-2026")
    shoot(wizard, out / "wizard_3_administrator.png")
    wizard.next()
    shoot(wizard, out / "wizard_4_exchange_keys.png")
    wizard.next()
    shoot(wizard, out / "wizard_5_practice.png")
    wizard.close()


def wait_for(done: Callable[[], bool]) -> None:
    for _ in range(1200):  # a minute at most
        if done():
            break
        QTest.qWait(50)


def report_states(window: QWidget, out: Path) -> None:
    """The Reports page while a report is prepared, with the PDF's preview, with an XLSX's summary."""
    from app.ui.main_window import MainWindow
    from app.ui.pages.reports import ReportsPage

    assert isinstance(window, MainWindow)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    window.resize(1280, 800)
    page.prepare()
    page.progress.setValue(40)  # the report is quick: show the bar part-way, as it is seen on a slow PC
    window.grab().save(str(out / "page_reports_preparing.png"))
    wait_for(lambda: not page.preparing)
    shoot(window, out / "page_reports_preview.png")
    page.xlsx_choice.setChecked(True)
    page.prepare()
    wait_for(lambda: not page.preparing)
    shoot(window, out / "page_reports_xlsx.png")
    page.pdf_choice.setChecked(True)


def document_preview(ctx: UiContext, window: QWidget, out: Path) -> None:
    """A settlement agreement's preview from the case editor (a case that has one)."""
    from app.reports.documents import DocumentKind
    from app.ui.case_editor import open_case_editor
    from app.ui.case_editor.document_dialog import DocumentDialog

    with ctx.database.session() as s:
        rows = case_list.list_cases(
            s, case_list.CaseFilter(statuses=[CaseStatus.FOLLOW_UP, CaseStatus.CLOSED], unit_ids=ctx.user.unit_ids),
            limit=50,
        )
    for row in rows:
        editor = open_case_editor(ctx, row.id, window)
        if editor.documents.settlement_action.isEnabled():
            break
        editor.close()
    else:
        return
    dialog = editor.documents.open_document(DocumentKind.SETTLEMENT)
    assert isinstance(dialog, DocumentDialog)
    wait_for(lambda: dialog.ready)
    shoot(dialog, out / "dialog_document_settlement.png")
    dialog.close()
    editor.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--langs", default="kk,ru,en")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="tatulyq-shots-"))
    demo_db = make_database(work / "demo")
    generate_demo(demo_db, cases=args.cases, seed=7)
    empty_db = make_database(work / "empty")
    for lang in args.langs.split(","):
        for size in ("normal", "larger"):
            apply_text_size(app, size)  # type: ignore[arg-type]
            folder = args.out / lang / size
            ctx = make_ctx(work / "demo", lang=lang, database=demo_db)
            pages_and_dialogs(ctx, folder)
            if size == "normal":
                empty = make_ctx(work / "empty", lang=lang, database=empty_db)
                pages_and_dialogs(empty, args.out / lang / "empty", empty=True)
                attempt("set-up wizard", wizard_job(lang, work, folder))
    apply_text_size(app, "normal")  # type: ignore[arg-type]
    print(f"screenshots in {args.out}; failed: {failures or 'none'}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
