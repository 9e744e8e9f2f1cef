"""The import wizard: bring in a register kept in Excel or CSV, step by step.

File and sheet -> columns -> values -> unit and options -> check (a dry run) -> import (progress, Stop)
-> result (Undo). The pages share an ImportState; every read, check and write goes through
app/services/importing on a worker thread, the same way the command line's `tatulyq import` does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.ui.context import UiContext
from app.ui.import_check_page import CheckPage
from app.ui.import_columns_page import ColumnsPage
from app.ui.import_file_page import FilePage
from app.ui.import_options_page import OptionsPage
from app.ui.import_run_page import ResultPage, RunPage
from app.ui.import_state import ImportState
from app.ui.import_values_page import ValuesPage

Button = QWizard.WizardButton


class ImportWizard(QWizard):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.ctx = ctx
        self.state = ImportState(unit_code=ctx.user.unit_code)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(ctx, self.state, self)
        self.columns_page = ColumnsPage(ctx, self.state, self)
        self.values_page = ValuesPage(ctx, self.state, self)
        self.options_page = OptionsPage(ctx, self.state, self)
        self.check_page = CheckPage(ctx, self.state, self)
        self.run_page = RunPage(ctx, self.state, self)
        self.result_page = ResultPage(ctx, self.state, self)
        for page in (
            self.file_page,
            self.columns_page,
            self.values_page,
            self.options_page,
            self.check_page,
            self.run_page,
            self.result_page,
        ):
            self.addPage(page)
        self.retranslate()
        self.resize(980, 660)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a register from Excel"))
        # Our own button texts: Qt ships no Kazakh translation of its wizard.
        self.setButtonText(Button.BackButton, self.tr("< &Back"))
        self.setButtonText(Button.NextButton, self.tr("&Next >"))
        self.setButtonText(Button.CancelButton, self.tr("Cancel"))
        self.setButtonText(Button.FinishButton, self.tr("&Finish"))
        self.check_page.setButtonText(Button.NextButton, self.tr("&Import"))

    def imported(self) -> bool:
        """Whether cases were added (and not undone): the case list should be read again."""
        result = self.state.result
        return result is not None and result.written

    def reject(self) -> None:
        # Closing mid-way cancels a running check or import: it rolls back and writes nothing.
        self.run_page.cancel()
        self.check_page.cleanupPage()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_import_wizard(ctx: UiContext, parent: QWidget | None = None) -> bool:
    """Run the wizard; True when cases were imported."""
    wizard = ImportWizard(ctx, parent)
    wizard.exec()
    done = wizard.imported()
    wizard.deleteLater()
    return done
