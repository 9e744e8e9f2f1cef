"""The republic's month: importing 20 regional packages of 12 500 case rows each, against raw executemany.

    python -m benchmarks.bench_exchange_import
    python -m benchmarks.bench_exchange_import --packages 5 --cases-per-package 2000   # a quick look
    python -m benchmarks.bench_exchange_import --packages 1 --profile /tmp/import.prof  # where time goes

How the packages are made: demo cases are generated into one source database (the demo fills the
Jambyl region most), the Jambyl council's October package rows are exported once with the real row
writer (app/exchange/rows_out.py), and 20 regional packages are made from them, one per region: every
id is mapped to a new UUID per region (uuid5) and the Jambyl unit codes and case numbers to the
region's own, so each package is valid on its own and none clashes with another. Each is signed with
the region's own exchange key (in the directory the republic published) and sealed to the republic.

Making the packages takes minutes (a demo register, then 20 signed and sealed files), so the
republic as it stands before the import (its database with the directory installed, its keys, the
package files) is kept in a cache folder keyed by the parameters and the code that makes packages,
and copied from there on the next run (``--rebuild`` makes it anew). Only the import is measured.

Measured: ``import_files`` of the 20 files into a fresh republican database (decrypting, checking
signatures and every row, inserting, recording). Baseline, in the same run: the very rows the import
wrote (read back from the republic's tables) inserted with stdlib sqlite3 executemany into the same
schema in a fresh database, one transaction, same journal mode, sync and foreign-key settings as
the program's own connections (app/storage/engine.py). Goal: at most 3x. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import re
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.exchange import keys as keys_module
from app.exchange.directory_service import add_unit_key, publish_directory
from app.exchange.key_store import create_keys, load_keys
from app.exchange.keys import InstallationKeys
from app.exchange.package import AGGREGATES, CASES, CONSULTATIONS, FORWARDED, write_package
from app.exchange.package_manifest import ManifestFields
from app.exchange.rows_out import export_rows
from app.exchange.service import import_files
from app.models.base import Base
from app.models.reference import UNITS
from app.services import settings, units
from app.services.context import Actor
from app.services.demo import generate_demo
from app.services.runtime import open_database
from app.storage.database import Database
from app.storage.migrate import SCHEMA_HEAD
from benchmarks.common import fmt_int

GOAL = 3.0
SOURCE_REGION = "KZ-31"
PERIOD = "2026-10"
UNTIL = date(2026, 10, 31)
PASSPHRASE = "benchmark passphrase"
ACTOR = Actor("benchmark")
DEMO_SHARE = 0.21  # about this share of the demo's cases are the source region's by the end of October
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Tables the set-up (not the import) wrote: left out of the baseline's rows.
_SKIPPED = {"exchange_unit_keys", "exchange_directories", "audit_log", "case_search_docs", "settings"}
_SKIPPED |= {"units", "regions", "districts", "alembic_version"}


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--packages", type=int, default=20, help="regional packages (at most 20)")
    p.add_argument("--cases-per-package", type=int, default=12_500)
    p.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "tatulyq-bench-exchange")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument(
        "--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "tatulyq-bench-exchange-cache"
    )
    p.add_argument("--rebuild", action="store_true", help="make the packages anew even when cached")
    p.add_argument("--profile", type=Path, help="profile the import (cProfile) into this file; slower")
    return p.parse_args()


def _regions() -> list[str]:
    return sorted({u.region_code for u in UNITS if u.region_code})


def _quick_keys() -> None:
    # The benchmark is about rows, not passphrases: cheap argon2 (each key file records its costs).
    keys_module.ARGON2_TIME_COST = 1
    keys_module.ARGON2_MEMORY_KIB = 1024


def _source_rows(folder: Path, wanted: int, seed: int) -> tuple[list[dict[str, Any]], bytes, bytes]:
    """``wanted`` October case rows of the source region (and its consultations), from demo data."""
    db = open_database(data_dir=folder / "source")
    try:
        demo_cases = int(wanted / DEMO_SHARE) + 1000
        print(f"generating {fmt_int(demo_cases)} demo cases ...", flush=True)
        started = time.perf_counter()
        generate_demo(db, cases=demo_cases, seed=seed, until=date(2026, 11, 20))
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
        with db.session() as s:
            council = units.by_code(s, f"{SOURCE_REGION}-MC")
            rows = export_rows(s, units.subtree_ids(s, council.id), until=UNTIL)
        lines = [json.loads(line) for line in rows.cases.splitlines()]
        if len(lines) < wanted:
            raise SystemExit(f"the demo gave {len(lines)} case rows, fewer than {wanted}: raise DEMO_SHARE")
        kept = lines[:wanted]
        ids = {row["id"] for row in kept}
        # A consultation that led to a case names it; one whose case was cut off here stays out too.
        consultations = [
            line for line in rows.consultations.splitlines() if json.loads(line)["case"] in (None, *ids)
        ]
        return (
            kept,
            b"".join(line + b"\n" for line in consultations),
            json.dumps({"source": "bench"}).encode(),
        )
    finally:
        db.close()


def _mapped(value: Any, region: str, namespace: uuid.UUID, key: str = "") -> Any:
    """A row of the source region as the same row would be in ``region``: new ids, the region's units."""
    if isinstance(value, dict):
        return {k: _mapped(v, region, namespace, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mapped(v, region, namespace) for v in value]
    if isinstance(value, str):
        if _UUID.match(value):
            return str(uuid.uuid5(namespace, value))
        if key == "number" and value.startswith(f"{SOURCE_REGION}-"):
            return region + value[len(SOURCE_REGION) :]
        if key == "unit" and value.startswith(f"{SOURCE_REGION}-"):
            suffix = value[len(SOURCE_REGION) + 1 :]
            return f"{region}-{suffix if suffix in ('MC', 'CTR', 'HF') else 'CTR'}"
    return value


def _case(row: dict[str, Any], region: str, namespace: uuid.UUID) -> dict[str, Any]:
    mapped: dict[str, Any] = _mapped(row, region, namespace)
    if not row["unit"].endswith(("-MC", "-CTR", "-HF")):
        # A district assembly's case becomes the centre's: its sequence numbers must not meet the
        # centre's own (a case is unique by unit, year and sequence).
        mapped["seq"] += 500_000
        mapped["number"] = f"{mapped['unit']}-{mapped['year']}-{mapped['seq']:04d}"
    return mapped


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(
        json.dumps(row, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode() + b"\n"
        for row in rows
    )


def _republic(folder: Path) -> tuple[Database, InstallationKeys]:
    db = open_database(data_dir=folder)
    with db.session(write=True, actor=ACTOR) as s:
        settings.set_value(s, "installation.unit_code", "KZ-RMC")
    create_keys(folder, "KZ-RMC", PASSPHRASE)
    return db, load_keys(folder, PASSPHRASE)


def _packages(
    folder: Path,
    republic: Database,
    republic_keys: InstallationKeys,
    regions: list[str],
    cases: list[dict[str, Any]],
    consultations: bytes,
    aggregates: bytes,
) -> list[Path]:
    council_keys = {region: InstallationKeys.generate(f"{region}-MC") for region in regions}
    with republic.session(write=True, actor=ACTOR) as s:
        for keys in council_keys.values():
            public = keys.public
            add_unit_key(
                s, public.unit_code, public, fingerprint=public.fingerprint, valid_from=date(2026, 1, 1)
            )
        publish_directory(s, republic_keys, folder)
    consultation_rows = [json.loads(line) for line in consultations.splitlines()]
    paths = []
    sequence = int(time.time())
    for region in regions:
        namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"tatulyq-bench/{region}")
        council = f"{region}-MC"
        files = {
            AGGREGATES: aggregates,
            CASES: _jsonl([_case(row, region, namespace) for row in cases]),
            CONSULTATIONS: _jsonl([_mapped(row, region, namespace) for row in consultation_rows]),
            FORWARDED: b"",
        }
        fields = ManifestFields(
            sender_unit=council,
            unit=council,
            period=PERIOD,
            revision=1,
            sequence=sequence,
            completed_at=datetime(2026, 11, 3, 9, 0, tzinfo=UTC).isoformat(),
            app_version="bench",
            schema_revision=SCHEMA_HEAD,
        )
        path = folder / f"{council}_{PERIOD}_r1.tqp"
        path.write_bytes(write_package(fields, files, council_keys[region], [republic_keys.public]))
        paths.append(path)
    return paths


# What the packages are made from: a change to any of these makes the cached packages stale.
_PACKAGE_SOURCES = (
    "benchmarks/bench_exchange_import.py",
    "app/services/demo.py",
    "app/exchange/rows_out.py",
    "app/exchange/package.py",
    "app/exchange/package_crypto.py",
    "app/exchange/package_manifest.py",
    "app/exchange/package_zip.py",
    "app/exchange/keys.py",
    "app/exchange/directory.py",
    "app/exchange/directory_service.py",
)
_CACHE_META = "bench-meta.json"


def _cache_key(args: argparse.Namespace, packages: int) -> str:
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(
        json.dumps(
            [packages, args.cases_per_package, args.seed, SCHEMA_HEAD, PERIOD], separators=(",", ":")
        ).encode()
    )
    for name in _PACKAGE_SOURCES:
        source = root / name
        digest.update(source.read_bytes() if source.exists() else b"-")
    return digest.hexdigest()[:20]


def _build(args: argparse.Namespace, regions: list[str], work: Path, republic_dir: Path) -> None:
    """Make the republic (database, keys, directory) and the packages into ``republic_dir``."""
    cases, consultations, aggregates = _source_rows(work, args.cases_per_package, args.seed)
    republic, republic_keys = _republic(republic_dir)
    try:
        print(f"making {len(regions)} regional packages of {fmt_int(len(cases))} case rows ...", flush=True)
        started = time.perf_counter()
        paths = _packages(republic_dir, republic, republic_keys, regions, cases, consultations, aggregates)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        republic.close()
    meta = {"packages": [p.name for p in paths]}
    (republic_dir / _CACHE_META).write_text(json.dumps(meta))


def _prepared_republic(args: argparse.Namespace, regions: list[str]) -> Path:
    """The republic before the import, fresh in ``args.data_dir``: copied from the cache, or built
    (and then cached) when the cache has none for these parameters."""
    folder: Path = args.data_dir
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    cached: Path = args.cache_dir / _cache_key(args, len(regions))
    if args.rebuild or not (cached / _CACHE_META).exists():
        shutil.rmtree(cached, ignore_errors=True)
        staging = args.cache_dir / f"{cached.name}.building"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        _build(args, regions, folder, staging)
        staging.rename(cached)  # whole or not at all: a run stopped half-way leaves no cache entry
    else:
        print(f"packages from the cache {cached}", flush=True)
    shutil.copytree(cached, folder / "republic")
    return folder / "republic"


def _import(
    republic_dir: Path, profile: Path | None
) -> tuple[float, list[Any], dict[str, list[tuple[Any, ...]]], int]:
    """Seconds of ``import_files``, its results, every row written, and the package files' bytes."""
    meta = json.loads((republic_dir / _CACHE_META).read_text())
    paths = [republic_dir / name for name in meta["packages"]]
    size = sum(p.stat().st_size for p in paths)
    republic = open_database(data_dir=republic_dir)
    try:
        republic_keys = load_keys(republic_dir, PASSPHRASE)
        profiler = cProfile.Profile() if profile is not None else None
        start = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        results = import_files(republic, republic_keys, paths, actor=ACTOR)
        if profiler is not None:
            profiler.disable()
        imported = time.perf_counter() - start
        refused = [r for r in results if r.status != "imported"]
        if refused:
            raise SystemExit(f"not imported: {[(r.path.name, r.key, r.message) for r in refused]}")
        written = _written_rows(republic)
    finally:
        republic.close()
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
        pstats.Stats(str(profile)).sort_stats("cumulative").print_stats(30)
    return imported, results, written, size


def _written_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the import wrote, table by table, in the stored form (read with sqlite3 itself)."""
    path = db.location.sqlite_path
    assert path is not None
    con = sqlite3.connect(path)
    try:
        rows = {}
        for table in Base.metadata.sorted_tables:
            if table.name in _SKIPPED:
                continue
            found = con.execute(f'SELECT * FROM "{table.name}"').fetchall()
            if found:
                rows[table.name] = found
        return rows
    finally:
        con.close()


def _baseline_seconds(folder: Path, rows: dict[str, list[tuple[Any, ...]]]) -> float:
    db = open_database(data_dir=folder)  # the same schema, migrated, empty
    path = db.location.sqlite_path
    db.close()
    assert path is not None
    con = sqlite3.connect(path, isolation_level=None)
    try:
        # The settings of the program's own connections (app/storage/engine.py), foreign keys too:
        # the import pays for checking them, so the baseline does as well.
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        statements = {
            name: f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(found[0]))})'
            for name, found in rows.items()
        }
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        for name, found in rows.items():
            con.executemany(statements[name], found)
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()


def main() -> None:
    args = _args()
    _quick_keys()
    regions = _regions()[: args.packages]
    republic_dir = _prepared_republic(args, regions)
    imported, results, written, size = _import(republic_dir, args.profile)
    total_rows = sum(len(found) for found in written.values())
    case_rows = sum(r.case_rows for r in results)
    baseline = _baseline_seconds(args.data_dir / "baseline", written)

    print(f"packages: {len(results)} files, {fmt_int(size / 1024 / 1024)} MB")
    print(f"case rows imported: {fmt_int(case_rows)}; table rows written: {fmt_int(total_rows)}")
    for name, found in sorted(written.items(), key=lambda item: -len(item[1])):
        print(f"  {name:<24} {fmt_int(len(found)):>10}")
    note = " (profiled: slower than usual)" if args.profile is not None else ""
    print(
        f"import_files:          {imported:7.2f} s  {fmt_int(total_rows / imported)} rows/s "
        f"({fmt_int(case_rows / imported)} cases/s){note}"
    )
    print(f"sqlite3 executemany:   {baseline:7.2f} s  {fmt_int(total_rows / baseline)} rows/s")
    ratio = imported / baseline
    print(
        f"ratio: {ratio:.2f}x (goal <= {GOAL:.0f}x): {'within the goal' if ratio <= GOAL else 'ABOVE the goal'}"
    )


if __name__ == "__main__":
    main()
