"""Which column fills which field, and which register wording means which item of the program's lists.

A mapping is guessed from the file (headers.py, values.py), shown, changed by the person importing, and
remembered for next time in a JSON file in the data folder (``import-mapping.json``): what they chose
for a header or a wording wins over the guess the next time the same header or wording is seen. A
mapping can also be written to and read from a file of one's own (``tatulyq import cases --mapping``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.services.importing.fields import CHOICE_FIELDS, Field
from app.services.importing.headers import guess_columns
from app.services.importing.matching import normalise
from app.services.importing.table import SourceTable, text_of
from app.services.importing.values import guess_value
from app.storage.files import replace_text

LEARNED_FILE = "import-mapping.json"
FORMAT_VERSION = 1
NOT_MATCHED = ""  # a wording deliberately left without an item: its rows are reported, not guessed


@dataclass
class Mapping:
    columns: dict[int, Field] = field(default_factory=dict)  # column index -> field
    # field -> normalised wording -> the item's value ("" when deliberately left unmatched)
    values: dict[Field, dict[str, str]] = field(default_factory=dict)

    def column_of(self, wanted: Field) -> int | None:
        return next((index for index, f in self.columns.items() if f is wanted), None)

    def to_json(self, table: SourceTable) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "columns": {table.column_name(i): f.value for i, f in sorted(self.columns.items())},
            "values": {f.value: dict(sorted(v.items())) for f, v in self.values.items() if v},
        }


@dataclass
class Learned:
    columns: dict[str, str] = field(default_factory=dict)  # normalised header -> field value or ""
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field value -> wording -> item


def distinct_values(table: SourceTable, column: int) -> list[tuple[str, int]]:
    """Each wording in the column (as first written) and how many rows use it, the commonest first."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, str] = {}
    for row in table.rows:
        text = text_of(row.values[column])
        key = normalise(text)
        if key:
            counts[key] += 1
            first_seen.setdefault(key, text)
    return [(first_seen[key], count) for key, count in counts.most_common()]


def complete_values(table: SourceTable, mapping: Mapping, learned: Learned | None = None) -> None:
    """Give every wording of every mapped list column an item: remembered, else guessed."""
    learned = learned or Learned()
    for index, chosen in mapping.columns.items():
        if chosen not in CHOICE_FIELDS:
            continue
        known = mapping.values.setdefault(chosen, {})
        remembered = learned.values.get(chosen.value, {})
        for text, _count in distinct_values(table, index):
            key = normalise(text)
            if key in known:
                continue
            if key in remembered:
                known[key] = remembered[key]
            else:
                guess = guess_value(chosen, text)
                known[key] = NOT_MATCHED if guess is None else str(guess.value)


def guess_mapping(table: SourceTable, learned: Learned | None = None) -> Mapping:
    learned = learned or Learned()
    mapping = Mapping(columns=guess_columns(table.headers, learned.columns))
    complete_values(table, mapping, learned)
    return mapping


def from_json(data: object, table: SourceTable) -> Mapping:
    """A mapping written by to_json (or by hand): columns by header, or by letter for headless ones."""
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ValidationError("import.mapping_invalid", "The mapping file is not one Tatulyq wrote.")
    by_name = {normalise(table.column_name(i)): i for i in range(table.width)}
    known = {f.value for f in Field}
    mapping = Mapping()
    for header, value in dict(data.get("columns") or {}).items():
        index = by_name.get(normalise(str(header)))
        if index is None or value not in known or Field(value) in mapping.columns.values():
            continue
        mapping.columns[index] = Field(value)
    for name, wordings in dict(data.get("values") or {}).items():
        if name in known and isinstance(wordings, dict):
            mapping.values[Field(name)] = {normalise(str(k)): str(v) for k, v in wordings.items()}
    complete_values(table, mapping)
    return mapping


def read_mapping_file(path: Path, table: SourceTable) -> Mapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValidationError(
            "import.mapping_invalid", f"The mapping file {Path(path).name} cannot be read."
        ) from error
    return from_json(data, table)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Written beside and renamed over, so a power cut never leaves half a file."""
    replace_text(path, json.dumps(data, ensure_ascii=False, indent=2))


def write_mapping_file(path: Path, table: SourceTable, mapping: Mapping) -> None:
    _write_json(Path(path), mapping.to_json(table))


def load_learned(data_dir: Path) -> Learned:
    """What was chosen before on this computer; a damaged file is ignored (the guess still works)."""
    try:
        raw = json.loads((data_dir / LEARNED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Learned()
    if not isinstance(raw, dict):
        return Learned()
    columns = raw.get("columns")
    values = raw.get("values")
    return Learned(
        columns={str(k): str(v) for k, v in columns.items()} if isinstance(columns, dict) else {},
        values={
            str(f): {str(k): str(v) for k, v in wordings.items()}
            for f, wordings in (values.items() if isinstance(values, dict) else [])
            if isinstance(wordings, dict)
        },
    )


def remember(data_dir: Path, table: SourceTable, mapping: Mapping) -> None:
    """Keep this import's choices for the next one (headers without a field are remembered too)."""
    learned = load_learned(data_dir)
    for index in range(table.width):
        header = normalise(table.headers[index])
        if header:
            chosen = mapping.columns.get(index)
            learned.columns[header] = chosen.value if chosen is not None else NOT_MATCHED
    for chosen, wordings in mapping.values.items():
        learned.values.setdefault(chosen.value, {}).update(wordings)
    _write_json(data_dir / LEARNED_FILE, {"columns": learned.columns, "values": learned.values})
