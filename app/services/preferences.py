"""Per-computer preferences (language, text size, last user name), kept in a JSON file in the data folder.

They belong to the PC and its user, not to the shared database: two mediators sharing one PostgreSQL
server may read in different languages. A damaged file is ignored rather than stopping the program.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from app.storage.files import replace_text

FILENAME = "preferences.json"
LANGUAGES = ("kk", "ru", "en")
TEXT_SIZES = ("normal", "large", "larger")


@dataclass
class Preferences:
    language: str | None = None  # None: follow the system's locale
    text_size: str = "normal"
    last_username: str = ""
    idle_lock_minutes: int = 15

    def normalised(self) -> Preferences:
        if self.language not in LANGUAGES:
            self.language = None
        if self.text_size not in TEXT_SIZES:
            self.text_size = "normal"
        return self


def load(data_dir: Path) -> Preferences:
    path = data_dir / FILENAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return Preferences(**values).normalised()
    except TypeError:
        return Preferences()


def save(data_dir: Path, prefs: Preferences) -> None:
    """Written beside and renamed over, so a power cut never leaves half a file."""
    replace_text(data_dir / FILENAME, json.dumps(asdict(prefs.normalised()), ensure_ascii=False, indent=2))
