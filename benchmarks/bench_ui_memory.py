"""Peak memory with the Cases page open on 250 000 cases, against a raw baseline in the same run.

Each figure is the peak resident memory of a fresh process of the same Python (so one phase's
garbage never counts in another's):

* baseline: Qt, the program's modules and the open database, a window shown, no case list;
* case list: the same plus the Cases page used the way a busy day would: all cases listed, scrolled
  from top to bottom, sorted by number, searched, filtered, cleared again;
* all rows in Python, for reference: what a model that held every row would need
  (case_list.list_cases of every case, as CaseRow objects).

Goal: the case list's peak <= 300 MB. Prints, never asserts.

    python -m benchmarks.bench_ui_memory --cases 250000
    python -m benchmarks.bench_ui_memory --db /tmp/tatulyq-bench/demo-250000/tatulyq.db
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import database_for, parser, sqlite_file, verdict

GOAL_MB = 300.0
PHASES = ("baseline", "case list", "all rows in Python")


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (1 MB = 2**20 bytes)."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD),
                ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t),
                ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t),
                ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)  # type: ignore[attr-defined]
        return float(counters.PeakWorkingSetSize) / 2**20
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


def _phase(name: str, db_file: Path) -> dict[str, object]:
    """Run in the child process: do the phase's work and report its peak."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QLabel

    from app.services import case_list
    from app.ui.case_list_model import Column
    from benchmarks.bench_ui_search import open_page, republic_context, wait_loaded
    from benchmarks.common import open_existing

    app = QApplication.instance() or QApplication(sys.argv)
    db = open_existing(db_file)
    ctx = republic_context(db, db_file.parent)
    report: dict[str, object] = {"phase": name}
    if name == "baseline":
        window = QLabel("Tatulyq")
        window.resize(1200, 700)
        window.show()
        window.grab()
        with db.session() as s:  # the database is really opened and read, as the page would
            report["cases"] = case_list.count_cases(s, case_list.CaseFilter())
    elif name == "case list":
        page = open_page(ctx)
        bar = page.table.verticalScrollBar()
        for step in range(101):
            bar.setValue(bar.maximum() * step // 100)
            page.table.viewport().grab()
        header = page.table.horizontalHeader()
        wait_loaded(page, lambda: header.sectionClicked.emit(int(Column.NUMBER)))
        page.table.viewport().grab()
        for text in ("Қ", "ҚА", "ҚАЛИЕВА", "Ілияс"):
            page.filters.search.setText(text)
            wait_loaded(page, page.filters.flush)
            page.table.viewport().grab()
        wait_loaded(page, page.filters.clear)
        wait_loaded(page, page.filters.inter_ethnic.click)
        wait_loaded(page, page.filters.clear)
        bar.setValue(bar.maximum())
        page.table.viewport().grab()
        report["cases"] = page.model.rowCount()
        report["ids_bytes"] = len(page.model.ids.data)
        report["peak_cached_rows"] = page.model.peak_cached_rows
        page.close()
        QThreadPool.globalInstance().waitForDone()
    else:
        with db.session() as s:
            rows = case_list.list_cases(s, case_list.CaseFilter(), limit=10_000_000)
        report["cases"] = len(rows)
    report["peak_mb"] = peak_rss_mb()
    db.close()
    del app
    return report


def _run_phase(name: str, db_file: Path) -> dict[str, object]:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_ui_memory", "--phase", name, "--db", str(db_file)],
        cwd=root,
        env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")),
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    p = parser("Peak memory with the case list open vs a baseline process", repeat=1)
    p.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)  # internal: one child's work
    p.add_argument("--skip-all-rows", action="store_true", help="leave out the all-rows reference")
    args = p.parse_args()
    if args.phase is not None:
        print(json.dumps(_phase(args.phase, Path(args.db))))
        return
    db = database_for(args)
    db_file = sqlite_file(db)
    db.close()
    phases = [name for name in PHASES if not (args.skip_all_rows and name == "all rows in Python")]
    results = {name: _run_phase(name, db_file) for name in phases}
    base = float(str(results["baseline"]["peak_mb"]))
    listed = results["case list"]
    peak = float(str(listed["peak_mb"]))
    print()
    for name in phases:
        figure = float(str(results[name]["peak_mb"]))
        print(f"{name:<22}{figure:8.1f} MB peak   (+{figure - base:6.1f} MB over the baseline)")
    print()
    ids_mb = float(str(listed["ids_bytes"])) / 2**20
    print(
        f"case list: {int(str(listed['cases'])):,} cases; ids held {ids_mb:.1f} MB; at most "
        f"{listed['peak_cached_rows']} rows cached at once"
    )
    print(f"ratio to the baseline: {peak / base:.2f}x")
    print(f"goal: peak <= {GOAL_MB:.0f} MB with the case list open: {peak:.1f} MB, {verdict(peak, GOAL_MB)}")


if __name__ == "__main__":
    main()
