"""Replacing a small file whole, so that a power cut or a full disk never leaves half of it.

The one way every file beside the database is written (preferences, drafts, key files, reports,
documents, import mappings): a temporary file in the same folder, flushed to the disk, then renamed
over the target in one step. On failure the temporary file is removed and the OSError is raised for
the caller to tell in its own words.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def replace_atomically(target: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `target`; `private`: readable by this account only (key files)."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        if private:
            os.chmod(temporary, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        # The error that brought us here is the one to tell, even if the temporary file stays.
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def replace_text(target: Path, text: str, *, private: bool = False) -> None:
    """The same for UTF-8 text; the folder is made when missing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(target, text.encode("utf-8"), private=private)
