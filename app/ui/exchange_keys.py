"""The Exchange page's "Keys and directory": this installation's keys, the directory of units in force.

The keys: their id and fingerprint in large digits, to read out over the phone to the council that
puts them into the directory; "Create keys…" when there are none (the first-start set-up may have
been skipped); "Save public key file…" writes ``<CODE>.tqk`` to send up. The directory: the version
in force and when it was installed; "Install directory file…" asks, the very first time, the
republican council's fingerprint read out over the phone. At the republican council only: "Add a
unit's key…" (its .tqk file and the fingerprint the unit reads out) and "Publish directory…".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.services import clock
from app.services.permissions import Action
from app.ui import exchange_memory
from app.ui.context import UiContext
from app.ui.exchange_common import ExchangeTab, short_date
from app.ui.exchange_dialogs import (
    NewPassphraseDialog,
    ask_files,
    ask_fingerprint,
    ask_folder,
    ask_passphrase,
    big_font,
)
from app.ui.pdf_preview import breakable

if TYPE_CHECKING:
    from app.exchange.keys import PublicKeys
    from app.services.exchange_overview import DirectoryInfo, UnitKeyRow


@dataclass(frozen=True)
class _State:
    public: PublicKeys | None
    directory: DirectoryInfo | None
    republic: bool
    unit_keys: list[UnitKeyRow]


def _local(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(clock.KZ_TZ):%d.%m.%Y %H:%M}"


class KeysTab(ExchangeTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("exchange_keys")
        self.memory = exchange_memory.load(ctx.data_dir)
        self.state: _State | None = None
        self.may_change = ctx.user.may(Action.EXCHANGE)
        self._build_keys()
        self._build_directory()
        self._build_republic()
        layout = QVBoxLayout(self)
        layout.addWidget(self.keys_box)
        layout.addWidget(self.directory_box)
        layout.addWidget(self.republic_box, 1)
        layout.addStretch(0)
        self.retranslate()

    # --- building ----------------------------------------------------------------------------------

    def _build_keys(self) -> None:
        self.keys_box = QGroupBox(self)
        self.keys_box.setObjectName("keys_box")
        self.keys_text = QLabel(self.keys_box)
        self.keys_text.setObjectName("keys_text")
        self.keys_text.setWordWrap(True)
        self.key_id = QLabel(self.keys_box)
        self.key_id.setObjectName("key_id")
        self.key_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self.keys_box)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(big_font(self))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet(
            "QLabel#fingerprint { border: 1px solid palette(mid); padding: 12px; }"
        )
        self.create_button = QPushButton(self.keys_box)
        self.create_button.setObjectName("create_keys")
        self.create_button.clicked.connect(self.create_keys)
        self.save_public_button = QPushButton(self.keys_box)
        self.save_public_button.setObjectName("save_public_key")
        self.save_public_button.clicked.connect(self.save_public_file)
        self.copy_button = QPushButton(self.keys_box)
        self.copy_button.setObjectName("copy_fingerprint")
        self.copy_button.clicked.connect(self._copy_fingerprint)
        self.keys_result = QLabel(self.keys_box)
        self.keys_result.setObjectName("keys_result")
        self.keys_result.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.save_public_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.keys_box)
        box.addWidget(self.keys_text)
        box.addWidget(self.fingerprint)
        box.addWidget(self.key_id)
        box.addLayout(buttons)
        box.addWidget(self.keys_result)

    def _build_directory(self) -> None:
        self.directory_box = QGroupBox(self)
        self.directory_box.setObjectName("directory_box")
        self.directory_text = QLabel(self.directory_box)
        self.directory_text.setObjectName("directory_text")
        self.directory_text.setWordWrap(True)
        self.install_button = QPushButton(self.directory_box)
        self.install_button.setObjectName("install_directory")
        self.install_button.clicked.connect(self.install_directory)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addStretch(1)
        box = QVBoxLayout(self.directory_box)
        box.addWidget(self.directory_text)
        box.addLayout(row)

    def _build_republic(self) -> None:
        self.republic_box = QGroupBox(self)
        self.republic_box.setObjectName("republic_box")
        self.republic_text = QLabel(self.republic_box)
        self.republic_text.setWordWrap(True)
        self.add_key_button = QPushButton(self.republic_box)
        self.add_key_button.setObjectName("add_unit_key")
        self.add_key_button.clicked.connect(self.add_unit_key)
        self.publish_button = QPushButton(self.republic_box)
        self.publish_button.setObjectName("publish_directory")
        self.publish_button.clicked.connect(self.publish_directory)
        self.unit_keys = QTreeWidget(self.republic_box)
        self.unit_keys.setObjectName("unit_keys")
        self.unit_keys.setColumnCount(5)
        self.unit_keys.setRootIsDecorated(False)
        self.unit_keys.setAlternatingRowColors(True)
        self.unit_keys.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.republic_result = QLabel(self.republic_box)
        self.republic_result.setObjectName("republic_result")
        self.republic_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_key_button)
        row.addWidget(self.publish_button)
        row.addStretch(1)
        box = QVBoxLayout(self.republic_box)
        box.addWidget(self.republic_text)
        box.addLayout(row)
        box.addWidget(self.republic_result)
        box.addWidget(self.unit_keys, 1)
        self.republic_box.hide()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.keys_box.setTitle(self.tr("This installation's exchange keys"))
        self.create_button.setText(self.tr("&Create keys…"))
        self.save_public_button.setText(self.tr("&Save public key file…"))
        self.save_public_button.setToolTip(
            self.tr("Write the public part of the keys (.tqk) to send to your council; it is not secret")
        )
        self.copy_button.setText(self.tr("Cop&y fingerprint"))
        self.directory_box.setTitle(self.tr("Directory of units"))
        self.install_button.setText(self.tr("&Install directory file…"))
        self.install_button.setToolTip(
            self.tr("Install the directory of units (.tqd) the republican council sent")
        )
        self.republic_box.setTitle(self.tr("At the republican council"))
        self.republic_text.setText(
            self.tr(
                "A unit's key goes into the directory once the fingerprint the unit reads out over the phone "
                "matches its key file. Publish a new version of the directory after adding keys and send "
                "the file to every council."
            )
        )
        self.add_key_button.setText(self.tr("&Add a unit's key…"))
        self.publish_button.setText(self.tr("&Publish directory…"))
        self.unit_keys.setHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Key id"),
                self.tr("Fingerprint"),
                self.tr("Valid from"),
                self.tr("Valid to"),
            ]
        )
        self._show_state()

    def _show_state(self) -> None:
        state = self.state
        public = state.public if state is not None else None
        has_keys = public is not None
        if public is None:
            self.keys_text.setText(
                self.tr(
                    "This installation has no exchange keys yet. Without them no package can be prepared or "
                    "opened. Create them, then read the fingerprint out to your council over the phone."
                )
            )
        else:
            self.keys_text.setText(
                self.tr(
                    "Read this fingerprint out to your council over the phone, in groups of four digits, "
                    "when you send the public key file. Unit {unit}."
                ).format(unit=public.unit_code)
            )
            self.fingerprint.setText(public.fingerprint)
            self.key_id.setText(self.tr("Key id: {key_id}").format(key_id=public.key_id))
        self.fingerprint.setVisible(has_keys)
        self.key_id.setVisible(has_keys)
        self.create_button.setVisible(not has_keys)
        self.create_button.setEnabled(self.may_change)
        self.save_public_button.setEnabled(has_keys)
        self.copy_button.setEnabled(has_keys)
        self.save_public_button.setVisible(has_keys)
        self.copy_button.setVisible(has_keys)
        directory = state.directory if state is not None else None
        if directory is None:
            self.directory_text.setText(
                self.tr(
                    "No directory of units is installed yet. Install the file the republican council sends "
                    "(.tqd); the first time you will be asked the fingerprint of the republican council's "
                    "key, read out to you over the phone."
                )
            )
        else:
            self.directory_text.setText(
                self.tr("Version {version} is in force, installed on {when} by {who}.").format(
                    version=directory.version, when=_local(directory.installed_at), who=directory.installed_by
                )
            )
        self.install_button.setEnabled(self.may_change)
        republic = state is not None and state.republic
        self.republic_box.setVisible(republic)
        self.add_key_button.setEnabled(self.may_change)
        self.publish_button.setEnabled(self.may_change and has_keys)
        self.unit_keys.clear()
        for row in state.unit_keys if state is not None else []:
            item = QTreeWidgetItem(
                [
                    row.unit_code,
                    row.key_id,
                    row.fingerprint,
                    short_date(row.valid_from),
                    short_date(row.valid_to),
                ]
            )
            self.unit_keys.addTopLevelItem(item)
        for column in range(5):
            self.unit_keys.resizeColumnToContents(column)

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from app.exchange import key_store
        from app.services import exchange_overview

        try:
            public = (
                key_store.public_keys(self.ctx.data_dir) if key_store.has_keys(self.ctx.data_dir) else None
            )
            with self.ctx.database.session() as s:
                directory = exchange_overview.installed_directory(s)
                republic = exchange_overview.is_republic(s, self.ctx.user.unit_code)
                unit_keys = exchange_overview.directory_keys(s) if republic else []
        except Exception as error:
            self.tell(error)
            return
        self.state = _State(public, directory, republic, unit_keys)
        self._show_state()

    def _copy_fingerprint(self) -> None:
        if self.state is not None and self.state.public is not None:
            QGuiApplication.clipboard().setText(self.state.public.fingerprint)

    # --- keys --------------------------------------------------------------------------------------

    def create_keys(self) -> None:
        dialog = NewPassphraseDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.passphrase_text
        dialog.deleteLater()
        if accepted:
            self.create_keys_with(passphrase)

    def create_keys_with(self, passphrase: str) -> PublicKeys | None:
        """Make the keys (argon2 takes about a quarter of a second: a wait cursor, not a worker)."""
        from app.exchange import key_store

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            public = key_store.create_keys(self.ctx.data_dir, self.ctx.user.unit_code, passphrase)
        except TatulyqError as error:
            QGuiApplication.restoreOverrideCursor()
            self.tell(error)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.keys_result.setText(
            self.tr("The keys were made. Save the public key file and send it to your council.")
        )
        self.refresh()
        return public

    def save_public_file(self) -> None:
        folder = ask_folder(
            self,
            self.tr("Folder for the public key file"),
            exchange_memory.start_folder(self.memory.key_folder),
        )
        if folder is not None:
            self.save_public_to(folder)

    def save_public_to(self, folder: Path) -> Path | None:
        from app.exchange import key_store

        try:
            path = key_store.write_public_file(key_store.public_keys(self.ctx.data_dir), folder)
        except TatulyqError as error:
            self.tell(error)
            return None
        self._remember(folder)
        self.keys_result.setText(self.tr("Saved as {path}").format(path=breakable(path)))
        return path

    def _remember(self, folder: Path) -> None:
        self.memory.key_folder = str(folder)
        exchange_memory.save(self.ctx.data_dir, self.memory)

    # --- the directory -----------------------------------------------------------------------------

    def install_directory(self) -> None:
        paths = ask_files(
            self,
            self.tr("Directory file from the republican council"),
            exchange_memory.start_folder(self.memory.key_folder),
            self.tr("Directory of units (*.tqd);;All files (*)"),
            many=False,
        )
        if not paths:
            return
        fingerprint = None
        if self.state is None or self.state.directory is None:
            fingerprint = ask_fingerprint(
                self,
                self.tr(
                    "This is the first directory of units installed here. Type the fingerprint of the "
                    "republican council's key, as it was read out to you over the phone."
                ),
            )
            if fingerprint is None:
                return
        self.install_directory_from(paths[0], fingerprint)

    def install_directory_from(self, path: Path, fingerprint: str | None) -> bool:
        from app.exchange.directory_service import install_directory_file

        try:
            data = _read_small(path)
            with self.ctx.database.session(write=True, actor=self.ctx.user.actor()) as s:
                directory = install_directory_file(
                    s, data, fingerprint=fingerprint, actor_name=self.ctx.user.display_name
                )
        except Exception as error:
            self.tell(error)
            return False
        self._remember(path.parent)
        self.refresh()
        self.directory_text.setText(
            self.directory_text.text()
            + "\n"
            + self.tr("Version {version} installed; it lists {count} units.").format(
                version=directory.version, count=len(directory.units)
            )
        )
        return True

    # --- at the republic ---------------------------------------------------------------------------

    def add_unit_key(self) -> None:
        paths = ask_files(
            self,
            self.tr("Public key file of a unit"),
            exchange_memory.start_folder(self.memory.key_folder),
            self.tr("Public key files (*.tqk);;All files (*)"),
            many=False,
        )
        if not paths:
            return
        from app.exchange import key_store

        try:
            public = key_store.read_public_file(paths[0])
        except TatulyqError as error:
            self.tell(error)
            return
        fingerprint = ask_fingerprint(
            self,
            self.tr(
                "The key file is of unit {unit} (key id {key_id}). Ask the unit to read out its fingerprint "
                "over the phone and type it here; the key is added only if every digit matches."
            ).format(unit=public.unit_code, key_id=public.key_id),
        )
        if fingerprint is not None:
            self.add_unit_key_from(paths[0], fingerprint)

    def add_unit_key_from(self, path: Path, fingerprint: str) -> bool:
        from app.exchange import key_store
        from app.exchange.directory_service import add_unit_key

        try:
            public = key_store.read_public_file(path)
            with self.ctx.database.session(write=True, actor=self.ctx.user.actor()) as s:
                add_unit_key(s, public.unit_code, public, fingerprint=fingerprint, valid_from=clock.today())
        except TatulyqError as error:
            self.tell(error)
            return False
        self._remember(path.parent)
        self.republic_result.setText(
            self.tr("The key of {unit} was added. Publish the directory to send it to everyone.").format(
                unit=public.unit_code
            )
        )
        self.refresh()
        return True

    def publish_directory(self) -> None:
        folder = ask_folder(
            self,
            self.tr("Folder for the directory file"),
            exchange_memory.start_folder(self.memory.key_folder),
        )
        if folder is None:
            return
        passphrase = ask_passphrase(
            self, self.tr("Type the passphrase of the exchange keys to sign the directory of units.")
        )
        if passphrase is not None:
            self.publish_directory_to(folder, passphrase)

    def publish_directory_to(self, folder: Path, passphrase: str) -> Path | None:
        from app.exchange import key_store
        from app.exchange.directory_service import publish_directory

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            keys = key_store.load_keys(self.ctx.data_dir, passphrase)
            with self.ctx.database.session(write=True, actor=self.ctx.user.actor()) as s:
                path = publish_directory(s, keys, folder)
        except Exception as error:
            QGuiApplication.restoreOverrideCursor()
            self.tell(error)
            return None
        QGuiApplication.restoreOverrideCursor()
        self._remember(folder)
        self.republic_result.setText(
            self.tr("Published: {path}. Send this file to every council.").format(path=breakable(path))
        )
        self.refresh()
        return path


_MAX_DIRECTORY_BYTES = 8 * 1024 * 1024  # thousands of units with keys fit in well under a megabyte


def _read_small(path: Path) -> bytes:
    """A directory file, refused before reading when it is far larger than any directory could be."""
    from app.errors import ValidationError

    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_DIRECTORY_BYTES + 1)
    except OSError as error:
        raise _unreadable(path, error) from error
    if len(data) > _MAX_DIRECTORY_BYTES:
        raise ValidationError(
            "directory.file_too_large",
            f"The file {path} is too large to be a directory of units.",
            path=str(path),
        )
    return data


def _unreadable(path: Path, error: OSError) -> TatulyqError:
    from app.errors import StorageError

    return StorageError(
        "directory.cannot_read", f"The file {path} cannot be read: {error.strerror}", path=str(path)
    )
