"""What the Reports page remembers on this computer: who approves the report, where files were saved.

Kept beside preferences.json in the data folder, in a file of its own, so the page can remember
without changing the preferences' format. "Approved by" is usually the same head of centre month
after month; typing the name every month is what people forget, and the report is then unsigned.
A damaged or unreadable file is ignored (the fields start empty), and a failed write only means the
next start does not remember: neither may stop a report.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.storage.files import replace_text

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
    try:
        replace_text(data_dir / FILENAME, json.dumps(asdict(memory), ensure_ascii=False, indent=2))
    except OSError:
        return False
    return True
