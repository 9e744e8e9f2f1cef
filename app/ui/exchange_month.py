"""The Exchange page's "This month": check a month, prepare its package, see the packages sent.

The month starts at the last complete one (in November a centre sends October). "Check" lists what
looks wrong in the register for that month, in words, with the case numbers to open and correct;
"Prepare package…" asks the folder (a USB stick is a folder; the last one is remembered), asks to
send anyway when the checks found something, asks the keys' passphrase, and writes the package on a
worker thread with a progress bar. Below, every package this unit sent, with what the council's
receipt said once it has been imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reports.labels import labels
from app.services import clock
from app.services.context import Actor
from app.services.permissions import Action
from app.ui import exchange_memory
from app.ui.context import UiContext
from app.ui.exchange_common import ExchangeTab, month_words, period_code
from app.ui.exchange_dialogs import ask_folder, ask_passphrase, center_text
from app.ui.exchange_import import receipt_words
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.pdf_preview import breakable
from app.ui.report_period import ERROR_STYLE, FIRST_YEAR, last_complete_month
from app.ui.report_worker import OneJob

if TYPE_CHECKING:
    from app.exchange.service import MonthCheck, Prepared
    from app.services.exchange_overview import SentRow
    from app.storage.database import Database

PROGRESS_MAX = 100

# The checks of app/exchange/month_checks.py by key, as a heading and a count: "Heading: 3" needs no
# agreement of a number with a noun, which Kazakh and Russian would need in a sentence.
FINDINGS: dict[str, str] = {
    "month_check.no_session": QT_TRANSLATE_NOOP(
        "ExchangeFindings", "Cases in mediation with no session recorded"
    ),
    "month_check.ended_without_outcome": QT_TRANSLATE_NOOP(
        "ExchangeFindings", "Cases ended or closed in the month with no outcome"
    ),
    "month_check.outcome_without_end": QT_TRANSLATE_NOOP(
        "ExchangeFindings", "Cases with an outcome but no date the mediation ended"
    ),
    "month_check.settled_without_agreement": QT_TRANSLATE_NOOP(
        "ExchangeFindings", "Settled cases with no settlement agreement recorded"
    ),
    "month_check.overdue": QT_TRANSLATE_NOOP(
        "ExchangeFindings", "Cases past their deadline before the month ended, still with no outcome"
    ),
    "month_check.obligations_pending": QT_TRANSLATE_NOOP(
        "ExchangeFindings", "Cases with obligations due in the month still marked pending"
    ),
}


def _finding_heading(key: str, english: str) -> str:
    source = FINDINGS.get(key)
    if source is None:
        return english  # a check added later than this page: its own English sentence
    return QCoreApplication.translate("ExchangeFindings", source)


@dataclass(frozen=True)
class _Loaded:
    sent: list[SentRow]
    has_keys: bool
    has_directory: bool


class MonthTab(ExchangeTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("exchange_month")
        self.memory = exchange_memory.load(ctx.data_dir)
        self.check: MonthCheck | None = None
        self.prepared: Prepared | None = None
        self.sent: list[SentRow] = []
        self.working = False
        self.job = OneJob(self)
        self.list_job = OneJob(self)
        self.may_send = ctx.user.may(Action.EXCHANGE)

        self._build_choice()
        self._build_findings()
        self._build_prepare()
        self._build_sent()
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.findings_box, 2)
        layout.addWidget(self.prepare_box)
        layout.addWidget(self.sent_box, 3)
        self.retranslate()
        self._show_state()

    # --- building ----------------------------------------------------------------------------------

    def _build_choice(self) -> None:
        self.choice_box = QGroupBox(self)
        self.month = QComboBox(self.choice_box)
        self.month.setObjectName("exchange_month_name")
        for number in range(1, 13):
            self.month.addItem("", number)
        self.year = QSpinBox(self.choice_box)
        self.year.setObjectName("exchange_month_year")
        today = clock.today()
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setKeyboardTracking(False)
        year, month = last_complete_month(today)
        self.month.setCurrentIndex(month - 1)
        self.year.setValue(year)
        self.month_caption = QLabel(self.choice_box)
        self.month_caption.setBuddy(self.month)
        self.check_button = QPushButton(self.choice_box)
        self.check_button.setObjectName("check_month")
        self.check_button.clicked.connect(self.run_check)
        self.status = QLabel(self.choice_box)
        self.status.setObjectName("month_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.month_caption)
        row.addWidget(self.month)
        row.addWidget(self.year)
        row.addWidget(self.check_button)
        row.addStretch(1)
        box = QVBoxLayout(self.choice_box)
        box.addLayout(row)
        box.addWidget(self.status)
        self.month.currentIndexChanged.connect(self._month_changed)
        self.year.valueChanged.connect(self._month_changed)

    def _build_findings(self) -> None:
        self.findings_box = QGroupBox(self)
        self.findings = QTreeWidget(self.findings_box)
        self.findings.setObjectName("month_findings")
        self.findings.setColumnCount(3)
        self.findings.setRootIsDecorated(False)
        self.findings.setWordWrap(True)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.header().setStretchLastSection(True)
        self.findings.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.findings_empty = QLabel(self.findings_box)
        self.findings_empty.setObjectName("findings_empty")
        center_text(self.findings_empty)
        self.findings_stack = QStackedWidget(self.findings_box)
        self.findings_stack.addWidget(self.findings_empty)
        self.findings_stack.addWidget(self.findings)
        QVBoxLayout(self.findings_box).addWidget(self.findings_stack)

    def _build_prepare(self) -> None:
        self.prepare_box = QGroupBox(self)
        self.prepare_button = QPushButton(self.prepare_box)
        self.prepare_button.setObjectName("prepare_package")
        self.prepare_button.clicked.connect(self.prepare)
        self.progress = QProgressBar(self.prepare_box)
        self.progress.setObjectName("prepare_progress")
        self.progress.setRange(0, PROGRESS_MAX)
        self.cancel_button = QPushButton(self.prepare_box)
        self.cancel_button.setObjectName("cancel_prepare")
        self.cancel_button.clicked.connect(self.cancel)
        self.prepare_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.readiness = QLabel(self.prepare_box)
        self.readiness.setObjectName("prepare_readiness")
        self.readiness.setWordWrap(True)
        self.readiness.setStyleSheet(ERROR_STYLE)
        self.readiness.hide()
        self.ready = (True, True)
        self.result = QLabel(self.prepare_box)
        self.result.setObjectName("prepare_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.prepare_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        box = QVBoxLayout(self.prepare_box)
        box.addWidget(self.readiness)
        box.addLayout(row)
        box.addWidget(self.result)

    def _build_sent(self) -> None:
        self.sent_box = QGroupBox(self)
        self.sent_list = QTreeWidget(self.sent_box)
        self.sent_list.setObjectName("sent_packages")
        self.sent_list.setColumnCount(7)
        self.sent_list.setRootIsDecorated(False)
        self.sent_list.setAlternatingRowColors(True)
        self.sent_list.setUniformRowHeights(True)
        self.sent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sent_empty = QLabel(self.sent_box)
        self.sent_empty.setObjectName("sent_empty")
        center_text(self.sent_empty)
        self.sent_stack = QStackedWidget(self.sent_box)
        self.sent_stack.addWidget(self.sent_empty)
        self.sent_stack.addWidget(self.sent_list)
        QVBoxLayout(self.sent_box).addWidget(self.sent_stack)

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.ctx.languages.current
        names = labels(lang)
        for index in range(12):
            name = names.month_name(index + 1)
            self.month.setItemText(index, name[:1].upper() + name[1:])
        self.choice_box.setTitle(self.tr("Month to send"))
        self.month_caption.setText(self.tr("&Month:"))
        self.check_button.setText(self.tr("&Check the month"))
        self.check_button.setToolTip(
            self.tr("Look for what is missing in the register for this month before it is sent")
        )
        self.findings_box.setTitle(self.tr("What the checks found"))
        self.findings.setHeaderLabels([self.tr("Problem"), self.tr("Cases"), self.tr("Case numbers")])
        self.prepare_box.setTitle(self.tr("Package for the council"))
        self.prepare_button.setText(self.tr("&Prepare package…"))
        self.prepare_button.setToolTip(
            self.tr(
                "Mark the month complete and write its package, signed and encrypted for the council, "
                "into a folder you choose (a USB stick is a folder too)"
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.sent_box.setTitle(self.tr("Packages sent"))
        self.sent_list.setHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Revision"),
                self.tr("File"),
                self.tr("Prepared"),
                self.tr("Cases"),
                self.tr("Consultations"),
                self.tr("Receipt from the council"),
            ]
        )
        self.sent_empty.setText(
            self.tr(
                "No package has been prepared here yet. Once the first month is sent, each package is "
                "listed here with what the council's receipt says."
            )
        )
        self._show_findings()
        self._show_sent()
        self._show_result()
        self._show_readiness()
        self._show_state()

    def period(self) -> str:
        return period_code(self.year.value(), int(self.month.currentData()))

    def _month_changed(self) -> None:
        self.check = None
        self._show_findings()
        self._show_state()

    def _show_state(self) -> None:
        lang = self.ctx.languages.current
        self.choice_box.setEnabled(not self.working)
        self.check_button.setEnabled(not self.working)
        self.prepare_button.setEnabled(not self.working and self.may_send)
        self.progress.setVisible(self.working)
        self.cancel_button.setVisible(self.working)
        check = self.check
        if check is None:
            self.status.setText(
                self.tr(
                    "{month}: press Check the month to see whether the register is ready to send."
                ).format(month=month_words(lang, self.period(), capital=True))
            )
        elif check.next_revision > 1:
            self.status.setText(
                self.tr(
                    "{month} was already sent as revision {sent}. Preparing it again sends a correction "
                    "(revision {next}) that replaces the earlier one at the council."
                ).format(
                    month=month_words(lang, check.period, capital=True),
                    sent=check.next_revision - 1,
                    next=check.next_revision,
                )
            )
        else:
            self.status.setText(
                self.tr("{month} has not been sent yet.").format(
                    month=month_words(lang, check.period, capital=True)
                )
            )

    def _show_findings(self) -> None:
        check = self.check
        self.findings.clear()
        if check is None:
            self.findings_empty.setText(
                self.tr("Choose the month and press Check the month. What looks wrong is listed here.")
            )
            self.findings_stack.setCurrentWidget(self.findings_empty)
            return
        if not check.findings:
            self.findings_empty.setText(
                self.tr("The checks found nothing wrong: {month} is ready to send.").format(
                    month=month_words(self.ctx.languages.current, check.period)
                )
            )
            self.findings_stack.setCurrentWidget(self.findings_empty)
            return
        for finding in check.findings:
            count = getattr(finding, "count", 0) or len(finding.case_numbers)
            numbers = ", ".join(finding.case_numbers)
            if count > len(finding.case_numbers):
                numbers += " " + self.tr("(and {more} more)").format(more=count - len(finding.case_numbers))
            item = QTreeWidgetItem([_finding_heading(finding.key, finding.message), str(count), numbers])
            item.setToolTip(2, numbers)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.findings.addTopLevelItem(item)
        # The heading whole (it is what to fix); the case numbers take the rest and scroll.
        self.findings.resizeColumnToContents(0)
        self.findings.resizeColumnToContents(1)
        self.findings_stack.setCurrentWidget(self.findings)

    def _show_result(self) -> None:
        made = self.prepared
        if made is None:
            self.result.setText(self.tr("No package prepared in this session."))
            return
        text = self.tr(
            "Written: {file}\nMonth {month}, revision {revision}; {cases} case rows, {consultations} "
            "consultation rows."
        ).format(
            file=breakable(made.path),
            month=month_words(self.ctx.languages.current, made.period),
            revision=made.revision,
            cases=made.case_rows,
            consultations=made.consultation_rows,
        )
        if made.forwarded:
            text += " " + self.tr("Packages of the units below carried along: {count}.").format(
                count=made.forwarded
            )
        self.result.setText(text)

    def _receipt_words(self, row: SentRow) -> str:
        if row.receipt_status is None:
            return self.tr("No receipt yet")
        words = receipt_words(row.receipt_status)
        words = words[:1].upper() + words[1:]
        when = _local(row.receipt_at)
        return f"{words} ({when})" if when else words

    def _show_sent(self) -> None:
        self.sent_list.clear()
        lang = self.ctx.languages.current
        for row in self.sent:
            item = QTreeWidgetItem(
                [
                    month_words(lang, row.period, capital=True),
                    str(row.revision),
                    row.file_name,
                    _local(row.created_at),
                    str(row.case_rows),
                    str(row.consultation_rows),
                    self._receipt_words(row),
                ]
            )
            item.setToolTip(2, row.file_name)
            if row.receipt_status == "refused":
                item.setForeground(6, Qt.GlobalColor.darkRed)
            self.sent_list.addTopLevelItem(item)
        for column in range(6):
            self.sent_list.resizeColumnToContents(column)
        self.sent_stack.setCurrentWidget(self.sent_list if self.sent else self.sent_empty)

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        database, unit = self.ctx.database, self.ctx.user.unit_code

        data_dir = self.ctx.data_dir

        def job(_: Callable[[int, int], None]) -> _Loaded:
            from app.exchange import key_store
            from app.services import exchange_overview

            with database.session() as s:
                return _Loaded(
                    exchange_overview.sent_packages(s, unit),
                    key_store.has_keys(data_dir),
                    exchange_overview.installed_directory(s) is not None,
                )

        self.list_job.start(job, self._loaded, self.tell)

    def _loaded(self, loaded: _Loaded) -> None:
        self.sent = loaded.sent
        self.ready = (loaded.has_keys, loaded.has_directory)
        self._show_sent()
        self._show_readiness()

    def _show_readiness(self) -> None:
        """Before the first package: what is still missing, said before the person tries and is refused."""
        has_keys, has_directory = self.ready
        missing = []
        if not has_keys:
            missing.append(self.tr("This installation has no exchange keys yet."))
        if not has_directory:
            missing.append(self.tr("No directory of units is installed yet."))
        if missing:
            missing.append(self.tr("See the section Keys and directory."))
        self.readiness.setText(" ".join(missing))
        self.readiness.setVisible(bool(missing))

    def run_check(self) -> None:
        if self.working:
            return
        database, unit, period = self.ctx.database, self.ctx.user.unit_code, self.period()

        def job(_: Callable[[int, int], None]) -> MonthCheck:
            from app.exchange.service import check_month

            return check_month(database, unit, period)

        self.job.start(job, self._checked, self.tell)

    def _checked(self, check: MonthCheck) -> None:
        self.check = check
        self._show_findings()
        self._show_state()

    def prepare(self) -> None:
        """Folder, then (when the checks found something) whether to send anyway, then the passphrase."""
        if self.working or not self.may_send:
            return
        folder = ask_folder(
            self,
            self.tr("Folder for the package (a USB stick is a folder too)"),
            exchange_memory.start_folder(self.memory.package_folder),
        )
        if folder is None:
            return
        with_findings = False
        if self.check is not None and self.check.period == self.period() and self.check.findings:
            if not self._send_anyway():
                return
            with_findings = True
        passphrase = ask_passphrase(
            self,
            self.tr("Type the passphrase of the exchange keys to sign the package of {month}.").format(
                month=month_words(self.ctx.languages.current, self.period())
            ),
        )
        if passphrase is None:
            return
        self.prepare_to(folder, passphrase, send_with_findings=with_findings)

    def _send_anyway(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send the month with its problems?"),
            self.tr(
                "The checks found problems in the register for this month. It is better to correct them "
                "first and check again. Send the month as it is?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("send_anyway")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def prepare_to(self, folder: Path, passphrase: str, *, send_with_findings: bool = False) -> None:
        """Write the chosen month's package into `folder` on a worker thread (the passphrase is not kept)."""
        database, data_dir, period = self.ctx.database, self.ctx.data_dir, self.period()
        actor = self.ctx.user.actor()

        def job(progress: Callable[[int, int], None]) -> Prepared:
            return _prepare(
                database, data_dir, passphrase, period, folder, actor, send_with_findings, progress
            )

        self.memory.package_folder = str(folder)
        exchange_memory.save(self.ctx.data_dir, self.memory)
        self.working = True
        self.progress.setValue(0)
        self._show_state()
        self.job.start(job, self._prepared, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(PROGRESS_MAX * done / total) if total else 0)

    def _prepared(self, made: Prepared) -> None:
        self.working = False
        self.prepared = made
        self.check = None
        self._show_result()
        self._show_findings()
        self._show_state()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.working = False
        self._show_state()
        self.tell(error)

    def cancel(self) -> None:
        """Stop at the next progress report; the package is written whole or not at all (service's rule)."""
        if self.working:
            self.job.cancel()
            self.working = False
            self._show_state()

    def can_close(self) -> bool:
        self.cancel()
        return True


def _prepare(
    database: Database,
    data_dir: Path,
    passphrase: str,
    period: str,
    folder: Path,
    actor: Actor,
    send_with_findings: bool,
    progress: Callable[[int, int], None],
) -> Prepared:
    """On the worker: open the keys (argon2 takes a moment) and write the package; no Qt here."""
    from app.exchange import key_store
    from app.exchange.service import prepare_month

    keys = key_store.load_keys(data_dir, passphrase)
    return prepare_month(
        database, keys, period, folder, actor=actor, send_with_findings=send_with_findings, progress=progress
    )


def _local(moment: datetime | None) -> str:
    """A stored moment (UTC) as the local day and time people here read it."""
    if moment is None:
        return ""
    from datetime import UTC

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(clock.KZ_TZ):%d.%m.%Y %H:%M}"
