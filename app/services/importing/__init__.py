"""Bringing in the registers centres kept before Tatulyq: Excel workbooks and CSV files.

The way through, for the command line and the desktop wizard alike:

1. ``read_source(path, sheet)`` reads the file into a SourceTable (sources.py, table.py);
2. ``guess_mapping(table, load_learned(data_dir))`` proposes which column is which field and which
   wording is which item of the program's lists (headers.py, values.py, mapping.py); the person changes
   what is wrong;
3. ``run_import(database, table, mapping, options, actor=...)`` checks every row by the editor's rules
   (rows.py, workflow_path.py), finds the rows already in the register (duplicates.py) and writes the
   good rows as one batch (writer.py), or nothing, in one transaction; ``remember`` keeps the choices;
4. ``undo_batch`` removes a batch while nobody has touched its cases (batches.py).
"""

from app.services.importing.batches import BatchInfo, find_batch, last_batch, list_batches, undo_batch
from app.services.importing.drafts import CaseDraft, Match, Problem
from app.services.importing.fields import CHOICE_FIELDS, REQUIRED, SPECS, Field, Kind, choices_of
from app.services.importing.mapping import (
    NOT_MATCHED,
    Learned,
    Mapping,
    complete_values,
    distinct_values,
    guess_mapping,
    load_learned,
    read_mapping_file,
    remember,
    write_mapping_file,
)
from app.services.importing.runner import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    check,
    require_columns,
    run_import,
)
from app.services.importing.sources import read_source, sheet_names
from app.services.importing.table import SourceRow, SourceTable, text_of

__all__ = [
    "CHOICE_FIELDS",
    "NOT_MATCHED",
    "REQUIRED",
    "SPECS",
    "BatchInfo",
    "CaseDraft",
    "Field",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "Kind",
    "Learned",
    "Mapping",
    "Match",
    "Problem",
    "SourceRow",
    "SourceTable",
    "check",
    "choices_of",
    "complete_values",
    "distinct_values",
    "find_batch",
    "guess_mapping",
    "last_batch",
    "list_batches",
    "load_learned",
    "read_mapping_file",
    "read_source",
    "remember",
    "require_columns",
    "run_import",
    "sheet_names",
    "text_of",
    "undo_batch",
    "write_mapping_file",
]
