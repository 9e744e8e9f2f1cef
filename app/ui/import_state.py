"""What the import wizard's pages fill in, one after another, and read from each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.services.importing import ImportOptions, ImportPlan, ImportResult, Mapping, SourceTable


@dataclass
class ImportState:
    path: Path | None = None
    table: SourceTable | None = None
    mapping: Mapping = field(default_factory=Mapping)
    unit_code: str = ""
    consent_on_file: bool = False
    only_valid: bool = False
    plan: ImportPlan | None = None  # what the check found (a dry run)
    result: ImportResult | None = None  # what the import did

    def options(self, *, dry_run: bool) -> ImportOptions:
        return ImportOptions(
            unit_code=self.unit_code,
            only_valid=self.only_valid,
            consent_on_file=self.consent_on_file,
            dry_run=dry_run,
        )

    def forget_check(self) -> None:
        """Anything changed before the check makes its findings stale."""
        self.plan = None
        self.result = None
