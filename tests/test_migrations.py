"""Migrations: empty -> head, the first release's database -> head with data intact, newer refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.errors import StorageError
from app.models import Base
from app.services import search
from app.services.runtime import open_database
from app.storage import migrate

FIRST_RELEASE = Path(__file__).parent / "data" / "first-release-0001.db"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_is_built_to_head_with_reference_data(tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            regions = conn.exec_driver_sql("SELECT code, name_kk FROM regions ORDER BY code").fetchall()
            units = conn.exec_driver_sql("SELECT count(*) FROM units").scalar_one()
            korday = conn.exec_driver_sql(
                "SELECT name_kk FROM districts WHERE code = 'KZ-31-KRD'"
            ).scalar_one()
        assert len(regions) == 20
        assert ("KZ-62", "Ұлытау облысы") in regions
        assert units == 66
        assert korday == "Қордай ауданы"
    finally:
        db.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """A model changed without a migration would show here as a difference."""
    db = open_database(data_dir=tmp_path)
    try:
        with db.engine.connect() as conn:

            def include(name: str | None, type_: str, _parents: object) -> bool:
                fts = name is not None and name.startswith("case_search") and name != "case_search_docs"
                return not (type_ == "table" and fts)

            context = MigrationContext.configure(conn, opts={"include_name": include, "compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_first_release_database_upgrades_with_data_intact(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    target = data / "tatulyq.db"
    shutil.copy(FIRST_RELEASE, target)
    before = sqlite3.connect(target)
    cases_before = before.execute(
        "SELECT id, number, description, status FROM cases ORDER BY number"
    ).fetchall()
    parties_before = before.execute("SELECT id, last_name, first_name FROM parties ORDER BY id").fetchall()
    audit_before = before.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    before.close()
    assert migrate.head_revision() != "0001_case_register", "the fixture must exercise a real upgrade"

    db = open_database(data_dir=data)
    try:
        result = db.migration
        assert result is not None and result.before == "0001_case_register"  # type: ignore[attr-defined]
        backup = result.backup  # type: ignore[attr-defined]
        assert backup is not None and backup.exists()
        assert sqlite3.connect(backup).execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0001_case_register"
        )
        after = sqlite3.connect(target)
        assert after.execute(
            "SELECT id, number, description, status FROM cases ORDER BY number"
        ).fetchall() == (cases_before)
        assert (
            after.execute("SELECT id, last_name, first_name FROM parties ORDER BY id").fetchall()
            == parties_before
        )
        assert after.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before
        after.close()
        # The upgrade built search documents for the old cases: they are found at once.
        with db.session() as s:
            assert [h.number for h in search.search_cases(s, "ҚОРДАЙ")] == ["KZ-31-KRD-2026-0001"]
            assert [h.number for h in search.search_cases(s, "өмірбек")] == ["KZ-31-KRD-2026-0001"]
            assert [h.number for h in search.search_cases(s, "береке")] == ["KZ-19-ENB-2026-0001"]
    finally:
        db.close()


def test_database_from_a_newer_program_is_refused_and_untouched(tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    db.close()
    path = tmp_path / "tatulyq.db"
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    digest = _sha(path)
    with pytest.raises(StorageError) as caught:
        open_database(data_dir=tmp_path)
    assert caught.value.key == "db.newer_than_program"
    assert "newer version" in caught.value.message
    assert _sha(path) == digest
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_failed_upgrade_leaves_the_old_database_as_it_was(tmp_path: Path) -> None:
    """Break the old database so the upgrade fails half-way: the one transaction rolls back whole."""
    data = tmp_path / "data"
    data.mkdir()
    target = data / "tatulyq.db"
    shutil.copy(FIRST_RELEASE, target)
    raw = sqlite3.connect(target)
    # A table in the way of the new revision makes its CREATE TABLE fail.
    raw.execute("CREATE TABLE case_search_docs (x INTEGER)")
    raw.commit()
    raw.close()
    with pytest.raises(Exception, match="case_search_docs"):
        open_database(data_dir=data)
    raw = sqlite3.connect(target)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_case_register"
    assert raw.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "case_search" not in tables  # nothing of the new revision survived the rollback
    assert raw.execute("PRAGMA table_info(case_search_docs)").fetchall()[0][1] == "x"
    raw.close()


def test_a_foreign_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "tatulyq.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    raw.execute("INSERT INTO notes (body) VALUES ('mine')")
    raw.commit()
    raw.close()
    with pytest.raises(StorageError) as caught:
        open_database(data_dir=tmp_path)
    assert caught.value.key == "db.not_tatulyq"
    assert sqlite3.connect(path).execute("SELECT body FROM notes").fetchall() == [("mine",)]


def test_the_schema_head_constant_is_alembics_head() -> None:
    """A start on an up-to-date database skips Alembic by trusting this constant: keep it true."""
    assert migrate.script_directory().get_current_head() == migrate.SCHEMA_HEAD
