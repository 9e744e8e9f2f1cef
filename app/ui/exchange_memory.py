"""What the Exchange page remembers on this computer: the folders packages were saved to and read from.

A centre saves its package to the same USB stick month after month, and a council imports from the
same folder; asking to find it again every time is where a package goes to the wrong place. Kept in
a file of its own beside preferences.json (like reports.json); a damaged file is ignored and a failed
write only means the next start does not remember.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.storage.files import replace_text

FILENAME = "exchange.json"


@dataclass
class ExchangeMemory:
    package_folder: str = ""  # where the last package was prepared (often a USB stick)
    import_folder: str = ""  # where the last packages were imported from
    key_folder: str = ""  # where a public key or a directory file was last saved or read


def load(data_dir: Path) -> ExchangeMemory:
    try:
        raw = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ExchangeMemory()
    if not isinstance(raw, dict):
        return ExchangeMemory()
    return ExchangeMemory(
        package_folder=str(raw.get("package_folder") or ""),
        import_folder=str(raw.get("import_folder") or ""),
        key_folder=str(raw.get("key_folder") or ""),
    )


def save(data_dir: Path, memory: ExchangeMemory) -> bool:
    """Written beside and renamed over; False when it failed (nothing else depends on it)."""
    try:
        replace_text(data_dir / FILENAME, json.dumps(asdict(memory), ensure_ascii=False, indent=2))
    except OSError:
        return False
    return True


def start_folder(remembered: str) -> Path:
    """The remembered folder if it is still there (a USB stick may be out), else the home folder."""
    if remembered:
        folder = Path(remembered)
        if folder.is_dir():
            return folder
    return Path.home()
