"""What the Reports page remembers on this computer: who approves the report, where files were saved.

Kept beside preferences.json in the data folder, in a file of its own, so the page can remember
without changing the preferences' format. "Approved by" is usually the same head of centre month
after month; typing the name every month is what people forget, and the report is then unsigned.
A damaged or unreadable file is ignored (the fields start empty), and a failed write only means the
next start does not remember: neither may stop a report.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FILENAME = "reports.json"


@dataclass
class ReportMemory:
    approved_by: str = ""
    folder: str = ""  # the folder a report or document was last saved in


def load(data_dir: Path) -> ReportMemory:
    try:
        raw = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ReportMemory()
    if not isinstance(raw, dict):
        return ReportMemory()
    return ReportMemory(
        approved_by=str(raw.get("approved_by") or "")[:200],
        folder=str(raw.get("folder") or ""),
    )


def save(data_dir: Path, memory: ReportMemory) -> bool:
    """Written beside and renamed over (a power cut never leaves half a file); False when it failed."""
    path = data_dir / FILENAME
    partial = path.with_suffix(".json.partial")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(asdict(memory), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True
