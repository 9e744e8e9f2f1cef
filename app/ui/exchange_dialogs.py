"""The small windows of the monthly exchange: the keys' passphrase, a new passphrase, a fingerprint, files.

The passphrase opens this installation's private keys for one piece of work (signing a package,
opening the packages sent to us) and is never kept: each window is asked when needed and its text is
cleared when it closes. A fingerprint is what two people read to each other over the phone; it is
typed here as heard (spaces or not) and compared as 24 digits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.exchange.key_store import PASSPHRASE_MIN
from app.ui.forms import label_rows
from app.ui.report_period import ERROR_STYLE

FINGERPRINT_DIGITS = 24


def fingerprint_digits(text: str) -> str | None:
    """The fingerprint typed in any grouping, as ``dddd dddd ...`` (6 groups); None unless 24 digits."""
    digits = "".join(char for char in text if char.isdigit() and char.isascii())
    others = [char for char in text if not (char.isdigit() and char.isascii()) and char not in " -\t"]
    if len(digits) != FINGERPRINT_DIGITS or others:
        return None
    return " ".join(digits[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


def big_font(widget: QWidget, scale: float = 1.8) -> QFont:
    """Monospace, large and bold: digits read out over the phone, one group at a time."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(max(widget.font().pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font


class _Dialog(QDialog):
    """OK/Cancel, an introduction, a form and a line for what is wrong; texts set in retranslate()."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        raise NotImplementedError

    def check(self) -> str | None:
        """What is wrong with the fields, in words; None when OK may close the window."""
        return None

    def _accept_if_valid(self) -> None:
        problem = self.check()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


class PassphraseDialog(_Dialog):
    """Asks the passphrase of the exchange keys for one piece of work; `purpose` says which."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.purpose = purpose
        self.passphrase = _secret_field(self, "passphrase")
        self.form.addRow(QLabel(self), self.passphrase)
        self.retranslate()
        self.resize(480, 160)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Passphrase of the exchange keys"))
        self.intro.setText(self.purpose)
        label_rows(self.form, (self.tr("&Passphrase:"),))

    def check(self) -> str | None:
        if not self.passphrase.text():
            return self.tr("Type the passphrase of the exchange keys.")
        return None

    def done(self, result: int) -> None:
        self.passphrase_text = self.passphrase.text() if result == QDialog.DialogCode.Accepted else ""
        self.passphrase.clear()  # not left in a widget after the window closes
        super().done(result)


def ask_passphrase(parent: QWidget, purpose: str) -> str | None:
    dialog = PassphraseDialog(purpose, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.passphrase_text
    dialog.deleteLater()
    return text if accepted and text else None


class NewPassphraseDialog(_Dialog):
    """A passphrase for new exchange keys, typed twice, at least PASSPHRASE_MIN letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewPassphraseDialog")
        self.passphrase = _secret_field(self, "new_passphrase")
        self.repeat = _secret_field(self, "new_passphrase_repeat")
        self.form.addRow(QLabel(self), self.passphrase)
        self.form.addRow(QLabel(self), self.repeat)
        self.passphrase_text = ""
        self.retranslate()
        self.resize(560, 260)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create the exchange keys"))
        self.intro.setText(
            self.tr(
                "The keys sign this unit's monthly packages and open the packages sent to it. Choose a "
                "passphrase of at least {count} characters, for example a short sentence, and keep it "
                "where the head of the unit can find it: without it no package can be prepared, and it "
                "cannot be recovered."
            ).format(count=PASSPHRASE_MIN)
        )
        label_rows(self.form, (self.tr("&Passphrase:"), self.tr("Passphrase &again:")))

    def check(self) -> str | None:
        return passphrase_problem(self.passphrase.text(), self.repeat.text())

    def done(self, result: int) -> None:
        self.passphrase_text = self.passphrase.text() if result == QDialog.DialogCode.Accepted else ""
        self.passphrase.clear()
        self.repeat.clear()
        super().done(result)


def passphrase_problem(passphrase: str, repeat: str) -> str | None:
    """What is wrong with a new passphrase typed twice (here and in the first-start set-up)."""
    if len(passphrase) < PASSPHRASE_MIN:
        return QCoreApplication.translate(
            "ExchangePassphrase", "The passphrase must have at least {count} characters."
        ).format(count=PASSPHRASE_MIN)
    if passphrase != repeat:
        return QCoreApplication.translate(
            "ExchangePassphrase", "The two passphrases differ. Type the same passphrase twice."
        )
    return None


class FingerprintDialog(_Dialog):
    """The fingerprint read out over the phone, typed to compare with a key's own; `intro` says whose."""

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FingerprintDialog")
        self.intro_text = intro
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setMaxLength(60)
        self.fingerprint.setFont(big_font(self, 1.3))
        self.fingerprint.setPlaceholderText("0000 0000 0000 0000 0000 0000")
        self.form.addRow(QLabel(self), self.fingerprint)
        self.digits = ""
        self.retranslate()
        self.resize(620, 220)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fingerprint read out over the phone"))
        self.intro.setText(self.intro_text)
        label_rows(self.form, (self.tr("&Fingerprint:"),))

    def check(self) -> str | None:
        digits = fingerprint_digits(self.fingerprint.text())
        if digits is None:
            return self.tr("A fingerprint is 24 digits in six groups of four. Check what you typed.")
        self.digits = digits
        return None


def ask_fingerprint(parent: QWidget, intro: str) -> str | None:
    dialog = FingerprintDialog(intro, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    digits = dialog.digits
    dialog.deleteLater()
    return digits if accepted else None


def ask_folder(parent: QWidget, caption: str, start: Path) -> Path | None:
    """A folder (a USB stick is a folder); our own QFileDialog so it follows the program's language."""
    dialog = QFileDialog(parent, caption, str(start))
    dialog.setObjectName("folder_dialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_files(parent: QWidget, caption: str, start: Path, name_filter: str, *, many: bool) -> list[Path]:
    """Existing files to read (one, or many with Ctrl/Shift); an empty list when cancelled."""
    dialog = QFileDialog(parent, caption, str(start), name_filter)
    dialog.setObjectName("open_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def center_text(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
