"""Refused files go to a quarantine folder, with the reason beside them, for somebody to look at.

``<data_dir>/exchange/quarantine/<YYYYMMDD-HHMMSS>-<original name>`` is a copy: the original stays
where it was (on the courier's USB stick, say), so nothing the person brought is lost. The reason file
holds the English sentence and the message key, one per line. A file larger than any package is not
copied (copying 2 GB from a stick would only fill the disk); its reason file says so.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from app.errors import StorageError, TatulyqError
from app.services.clock import KZ_TZ

FOLDER = Path("exchange") / "quarantine"
REASON_SUFFIX = ".reason.txt"


def quarantine_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``name`` with -2, -3 ... before its suffixes if that one is taken."""
    target = folder / name
    counter = 2
    while target.exists() or target.with_name(target.name + REASON_SUFFIX).exists():
        stem, dot, rest = name.partition(".")
        target = folder / f"{stem}-{counter}{dot}{rest}"
        counter += 1
    return target


def quarantine_file(
    data_dir: Path, source: Path, error: TatulyqError, now: datetime, *, copy_limit: int
) -> Path:
    """Copy ``source`` into the quarantine folder with its reason; returns the copy (or the reason
    file alone when the file was too large, or unreadable, to copy)."""
    folder = quarantine_folder(data_dir)
    stamp = now.astimezone(KZ_TZ).strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"{stamp}-{source.name}")
        lines = [error.message, error.key]
        copied = False
        try:
            if source.stat().st_size <= copy_limit:
                shutil.copyfile(source, target)
                copied = True
            else:
                lines.append("The file is too large to keep a copy; it was left where it was.")
        except OSError as problem:
            lines.append(f"The file could not be copied: {problem.strerror}.")
        lines.append(f"Original: {source}")
        reason = target.with_name(target.name + REASON_SUFFIX)
        reason.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as problem:
        raise StorageError(
            "exchange.quarantine_failed",
            f"The refused file could not be put into the quarantine folder {folder}: {problem.strerror}.",
            path=str(folder),
        ) from problem
    return target if copied else reason
