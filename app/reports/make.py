"""Make a report file: the one entry the command line and the desktop program call.

Figures are built in one read session, laid out in memory, and only then written: to a temporary
file beside the target, replaced into place in one step. A full disk, a read-only folder or a file
held open by another program raises a StorageError, and neither a half-written report nor the
temporary file is left behind; an older report of the same name stays as it was.
"""

from __future__ import annotations

import errno
import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.errors import StorageError, ValidationError
from app.reports.figures import ReportFigures
from app.reports.periods import Period
from app.reports.texts import LANGUAGES
from app.storage.database import Database
from app.storage.files import replace_atomically

Progress = Callable[[int, int], None]
STEPS = 4  # figures, tables, layout, file


class ReportFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"


def format_for(target: Path, fmt: str | None = None) -> ReportFormat:
    """The format asked for, or the one the file name ends in (.pdf, .xlsx)."""
    if fmt is not None:
        return ReportFormat(fmt)
    suffix = target.suffix.lower().lstrip(".")
    if suffix in {f.value for f in ReportFormat}:
        return ReportFormat(suffix)
    raise ValidationError(
        "report.format_unknown",
        f"say --format pdf or --format xlsx: the name {target.name!r} does not end in .pdf or .xlsx",
        name=target.name,
    )


@dataclass(frozen=True)
class ReportRequest:
    unit_code: str
    period: Period
    lang: str
    fmt: ReportFormat
    prepared_by: str | None = None
    approved_by: str | None = None


def make_report(
    db: Database, request: ReportRequest, target: Path, progress: Progress | None = None
) -> ReportFigures:
    """Build the figures, render them in the asked format and write `target`; returns the figures."""
    # Imported here: the layout libraries load only when a report is made, not when the CLI starts.
    from app.reports.builder import build_report
    from app.reports.report_pdf import Signatories, render_pdf
    from app.reports.report_tables import report_tables
    from app.reports.report_xlsx import render_xlsx

    def step(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    if request.lang not in LANGUAGES:
        raise ValidationError(
            "report.language",
            f"reports are made in {', '.join(LANGUAGES)}, not {request.lang!r}",
            lang=request.lang,
        )
    target = Path(target)
    check_target(target)
    step(0)
    with db.session() as session:
        figures = build_report(session, request.unit_code, request.period)
    step(1)
    tables = report_tables(figures, request.lang)
    step(2)
    buffer = io.BytesIO()
    if request.fmt is ReportFormat.PDF:
        render_pdf(
            figures,
            request.lang,
            buffer,
            Signatories(_name(request.prepared_by), _name(request.approved_by)),
            tables,
        )
    else:
        render_xlsx(figures, request.lang, buffer, tables)
    step(3)
    write_atomically(target, buffer.getvalue())
    step(4)
    return figures


def _name(text: str | None) -> str | None:
    stripped = (text or "").strip()
    return stripped or None


def check_target(target: Path) -> None:
    """Refuse early (before minutes of work) a target that cannot be written: no folder, a folder."""
    try:
        _check_target(target)
    except OSError as error:  # e.g. a name longer than the file system allows: even asking fails
        raise _storage_error(target, error) from error


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise StorageError(
            "report.target_is_folder",
            f"{target} is a folder; give the name of the file to write.",
            path=str(target),
        )
    if not target.parent.is_dir():
        raise StorageError(
            "report.folder_missing", f"the folder {target.parent} does not exist.", path=str(target.parent)
        )


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file in the same folder and one os.replace."""
    check_target(target)
    try:
        replace_atomically(target, data)
    except OSError as error:
        raise _storage_error(target, error) from error


def _storage_error(target: Path, error: OSError) -> StorageError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            "report.disk_full",
            f"the disk is full; {target} was not written. Free some space and try again.",
            path=str(target),
        )
    return StorageError(
        "report.cannot_write",
        f"{target} cannot be written ({error.strerror or error}). Choose another folder, or close the "
        "file if another program has it open.",
        path=str(target),
        reason=error.strerror or str(error),
    )
