"""A one-date dialog for steps that need only a day (closing the case, releasing a mediator)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from app.ui.case_editor.common import Form, FormDialog, date_edit, hint_label, to_date, to_qdate
from app.ui.context import UiContext

# (window title, the date's caption, an explanation or ""), asked again on every language change.
Texts = Callable[[], tuple[str, str, str]]


class DateDialog(FormDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget, name: str, texts: Texts, earliest: date | None = None
    ) -> None:
        super().__init__(ctx, parent, name)
        self.texts = texts
        self.explanation = hint_label(self, f"{name}_explanation")
        self.day = date_edit(self, f"{name}_date")
        if earliest is not None:
            self.day.setMinimumDate(to_qdate(earliest))
        self.form = Form(self)
        self.form.row("day", self.day)
        self.body.addWidget(self.explanation)
        self.body.addLayout(self.form.layout)
        self.finish_layout()
        self.resize(440, 170)

    def retranslate(self) -> None:
        title, caption, explanation = self.texts()
        self.setWindowTitle(title)
        self.form.set("day", caption)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))

    def value(self) -> date:
        return to_date(self.day.date())
