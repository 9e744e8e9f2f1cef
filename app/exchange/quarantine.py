"""Refused files go to a quarantine folder, with the reason beside them, for somebody to look at.

``<data_dir>/exchange/quarantine/<YYYYMMDD-HHMMSS>-<hash>-<short safe name>`` is a copy: the original
stays where it was (on the courier's USB stick, say), so nothing the person brought is lost. The name
is short and safe whatever the original was called (a 245-character name, or one with characters
Windows refuses, would make the copy fail); the hash of the original name keeps two names apart, and
the reason file gives the original path. The reason file holds the English sentence and the message
key, one per line. Only an ordinary file is copied, and at most one byte more than any package: a
larger file, a device (/dev/zero) or a FIFO would only fill the disk; its reason file says so.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from datetime import datetime
from pathlib import Path

from app.errors import StorageError, TatulyqError
from app.services.clock import KZ_TZ

FOLDER = Path("exchange") / "quarantine"
REASON_SUFFIX = ".reason.txt"
SAFE_STEM_CHARS = 60
_SUFFIX_CHARS = 12
# Path separators, control characters and what Windows refuses in a file name.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}
_BLOCK = 1 << 20
TOO_LARGE = "The file is too large to keep a copy; it was left where it was."


def quarantine_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def safe_part(text: str, limit: int = SAFE_STEM_CHARS) -> str:
    """``text`` with unsafe characters replaced by "_", at most ``limit`` characters, no leading or
    trailing dots or spaces (Windows drops them)."""
    return _UNSAFE.sub("_", text)[:limit].strip(" .")


def name_hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def is_reserved(stem: str) -> bool:
    return stem.split(".")[0].upper() in _WINDOWS_RESERVED


def short_safe_name(original: str) -> tuple[str, str]:
    """(stem, suffix) for a copy of a file called ``original``: a short hash of the whole name, then
    at most ``SAFE_STEM_CHARS`` safe characters of its stem; the suffix kept when it is short and safe."""
    stem, dot, suffix = original.rpartition(".")
    if not dot or not stem:
        stem, suffix = original, ""
    safe_suffix = safe_part(suffix, _SUFFIX_CHARS).replace(" ", "_")
    cleaned = safe_part(stem)
    return f"{name_hash(original)}-{cleaned}" if cleaned else name_hash(original), (
        f".{safe_suffix}" if safe_suffix else ""
    )


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``stem + suffix`` in ``folder``, or with -2, -3 ... after the stem if that one is taken."""
    target = folder / f"{stem}{suffix}"
    counter = 2
    while target.exists() or target.with_name(target.name + REASON_SUFFIX).exists():
        target = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return target


def _copy_bounded(source: Path, target: Path, limit: int) -> str | None:
    """Copy an ordinary file of at most ``limit`` bytes (read once, at most ``limit`` + 1 bytes);
    None when copied, else why not (the partial copy removed)."""
    # O_NONBLOCK: a FIFO with nobody writing to it must not hold the import for ever.
    handle = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            return "It is not an ordinary file; no copy was kept."
        if info.st_size > limit:  # known from the file system: not a byte read
            return TOO_LARGE
        written = 0
        with target.open("xb") as out:
            while written <= limit:
                block = stream.read(min(_BLOCK, limit + 1 - written))
                if not block:
                    break
                written += len(block)
                if written > limit:
                    break
                out.write(block)
    if written > limit:
        target.unlink(missing_ok=True)
        return TOO_LARGE
    return None


def quarantine_file(
    data_dir: Path, source: Path, error: TatulyqError, now: datetime, *, copy_limit: int
) -> Path:
    """Copy ``source`` into the quarantine folder with its reason; returns the copy (or the reason
    file alone when the file was too large, or unreadable, to copy). StorageError when even the
    reason file cannot be written."""
    folder = quarantine_folder(data_dir)
    stamp = now.astimezone(KZ_TZ).strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stem, suffix = short_safe_name(source.name)
        target = _free_name(folder, f"{stamp}-{stem}", suffix)
        lines = [error.message, error.key]
        copied = False
        try:
            problem = _copy_bounded(source, target, copy_limit)
            if problem is None:
                copied = True
            else:
                lines.append(problem)
        except OSError as failure:
            target.unlink(missing_ok=True)
            lines.append(f"The file could not be copied: {failure.strerror}.")
        lines.append(f"Original: {source!s}".encode("utf-8", "backslashreplace").decode("utf-8"))
        reason = target.with_name(target.name + REASON_SUFFIX)
        reason.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="backslashreplace")
    except OSError as problem:
        raise StorageError(
            "exchange.quarantine_failed",
            f"The refused file could not be put into the quarantine folder {folder}: {problem.strerror}.",
            path=str(folder),
        ) from problem
    return target if copied else reason
