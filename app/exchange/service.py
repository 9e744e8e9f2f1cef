"""The monthly exchange as the command line and the desktop program use it: one place to call.

- ``check_month(db, unit_code, period)``: the findings of a month before it is prepared;
- ``prepare_month(db, keys, period, out_dir, actor=...)``: check, write the signed package, record it;
- ``import_files(db, keys, paths, actor=...)``: packages and receipts, each file all or nothing.

Errors a person can act on are app.errors classes with keys under ``exchange.``, ``package.`` and
``directory.`` (app/ui/messages.py translates them).
"""

from __future__ import annotations

from app.exchange.export import MonthCheck, Prepared, check_month, package_file_name, prepare_month
from app.exchange.importer import FileResult, import_files
from app.exchange.month_checks import CheckFinding
from app.exchange.quarantine import quarantine_folder
from app.exchange.receipts import is_receipt_file

__all__ = [
    "CheckFinding",
    "FileResult",
    "MonthCheck",
    "Prepared",
    "check_month",
    "import_files",
    "is_receipt_file",
    "package_file_name",
    "prepare_month",
    "quarantine_folder",
]
