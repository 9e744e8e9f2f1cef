"""The command line with an encrypted database: `--user NAME`, the password from TATULYQ_PASSWORD or a
prompt, `demo --admin-password`, `db encrypt` and `db recover`; run as a person runs `tatulyq`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import REPO, TODAY, _env

PASSWORD = "Demo-pass-1"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        document = json.loads(self.out)
        assert isinstance(document, dict)
        return document


def tq(data_dir: Path, *args: str, password: str | None = None, **env: str) -> Run:
    """`tatulyq --data-dir DIR ARGS` with no terminal on stdin, as a script or a scheduled task runs it."""
    extra = dict(env)
    if password is not None:
        extra["TATULYQ_PASSWORD"] = password
    environment = _env(**extra)
    if password is None:
        environment.pop("TATULYQ_PASSWORD", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("encrypted-demo")
    run = tq(folder, "demo", "--cases", "60", "--seed", "11", "--until", TODAY, "--admin-password", PASSWORD, "--json")
    assert run.code == 0, run.err
    document = run.json()
    assert document["encrypted"] is True and document["user"] == "admin"
    assert len(document["recovery_key"].split("-")) == 8
    (folder / "recovery.txt").write_text(document["recovery_key"], encoding="utf-8")
    return folder


def test_demo_help_says_a_plain_demo_is_not_encrypted(tmp_path: Path) -> None:
    run = tq(tmp_path, "demo", "--help")
    assert run.code == 0
    text = " ".join(run.out.split())
    assert "--admin-password P" in text and "plain (not encrypted)" in text


def test_the_demo_database_is_encrypted_and_needs_a_user(demo_dir: Path) -> None:
    assert not (demo_dir / "tatulyq.db").read_bytes().startswith(b"SQLite format 3")
    assert (demo_dir / "tatulyq.keys").is_file()
    run = tq(demo_dir, "cases", "list", "--json")
    assert run.code == 2
    assert run.json()["error"]["key"] == "db.key_required"


@pytest.mark.parametrize(
    "command",
    [
        ("cases", "list"),
        ("cases", "search", "қордай"),
        ("deadlines",),
        ("stats", "--unit", "KZ-31-KRD", "--period", "2026"),
        ("units", "list"),
        ("db", "check"),
    ],
)
def test_earlier_commands_work_with_user_and_password(demo_dir: Path, command: tuple[str, ...]) -> None:
    run = tq(demo_dir, "--user", "admin", *command, "--json", password=PASSWORD)
    assert run.code == 0, (run.out, run.err)
    assert run.json()["ok"] is True


def test_cases_list_shows_the_demo_cases(demo_dir: Path) -> None:
    run = tq(demo_dir, "--user", "admin", "cases", "list", "--json", password=PASSWORD)
    assert run.code == 0, run.err
    assert run.json()["total"] == 60


def test_a_backup_of_the_encrypted_database_is_encrypted_and_verified(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "copy.db"
    run = tq(demo_dir, "--user", "admin", "db", "backup", "--out", str(target), password=PASSWORD)
    assert run.code == 0, run.err
    assert "60 cases" in run.out
    assert target.is_file() and not target.read_bytes().startswith(b"SQLite format 3")


def test_a_wrong_password_is_refused_and_counted(demo_dir: Path) -> None:
    run = tq(demo_dir, "--user", "admin", "cases", "list", "--json", password="not-it-123")
    assert run.code == 1
    assert run.json()["error"]["key"] == "user.bad_credentials"
    keys = json.loads((demo_dir / "tatulyq.keys").read_text(encoding="utf-8"))
    assert keys["lockout"]["admin"]["failed"] == 1
    assert tq(demo_dir, "--user", "admin", "units", "list", password=PASSWORD).code == 0
    keys = json.loads((demo_dir / "tatulyq.keys").read_text(encoding="utf-8"))
    assert keys["lockout"] == {}  # the right password ended the run of wrong ones


def test_no_terminal_and_no_password_is_a_clear_error_not_a_prompt(demo_dir: Path) -> None:
    run = tq(demo_dir, "--user", "admin", "deadlines", "--json")
    assert run.code == 1
    error = run.json()["error"]
    assert error["key"] == "cli.password_required" and "TATULYQ_PASSWORD" in error["message"]


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal is POSIX")
def test_in_a_terminal_the_password_is_asked_for_and_not_echoed(demo_dir: Path) -> None:
    import pty

    environment = _env()
    environment.pop("TATULYQ_PASSWORD", None)
    command = [sys.executable, "-m", "app", "--data-dir", str(demo_dir), "--user", "admin", "units", "list"]
    pid, fd = pty.fork()
    if pid == 0:  # the child: a session of its own, the pseudo-terminal as its terminal
        os.chdir(REPO)
        os.execve(sys.executable, command, environment)
    seen = b""
    while b"Password for admin:" not in seen:
        seen += os.read(fd, 1024)
    os.write(fd, PASSWORD.encode() + b"\n")
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child ended: the terminal is gone
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen.decode(errors="replace")
    assert PASSWORD.encode() not in seen  # never echoed
    assert b"KZ-31-KRD" in seen


def test_a_plain_database_is_encrypted_on_request_then_needs_the_user(tmp_path: Path) -> None:
    made = tq(tmp_path, "demo", "--cases", "20", "--seed", "3", "--until", TODAY)
    assert made.code == 0, made.err
    assert (tmp_path / "tatulyq.db").read_bytes().startswith(b"SQLite format 3")  # plain without the option
    # An administrator is needed to encrypt: a plain demo has none, so one is made through the services.
    set_up = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from app.services import installation\n"
            "from app.services.context import Actor\n"
            "from app.services.runtime import open_database\n"
            "db = open_database(data_dir=sys.argv[1])\n"
            "with db.session(write=True, actor=Actor('set-up')) as s:\n"
            "    installation.set_up(s, 'KZ-31-KRD', 'admin', 'Әлия', 'Admin-pass-1')\n"
            "db.close()\n",
            str(tmp_path),
        ],
        env=_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert set_up.returncode == 0, set_up.stderr
    run = tq(tmp_path, "db", "encrypt", "--user", "admin", "--json", password="Admin-pass-1")
    assert run.code == 0, (run.out, run.err)
    document = run.json()
    assert document["counts"]["cases"] == 20 and document["user_with_access"] == "admin"
    assert Path(document["backup"]).read_bytes().startswith(b"SQLite format 3")  # the plain backup first
    assert document["plain_backups"] == [document["backup"]]
    text = tq(tmp_path, "--user", "admin", "db", "check", password="Admin-pass-1")
    assert text.code == 0 and "is sound" in text.out
    assert tq(tmp_path, "cases", "list").code == 2  # encrypted now: --user is needed
    again = tq(tmp_path, "db", "encrypt", "--user", "admin", "--json", password="Admin-pass-1")
    assert again.code == 2 and again.json()["error"]["key"] == "encrypt.already"


def test_encrypt_prints_the_recovery_key_and_who_can_open_it(tmp_path: Path) -> None:
    made = tq(tmp_path, "demo", "--cases", "0", "--seed", "3", "--until", TODAY)
    assert made.code == 0
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from app.services import installation\n"
            "from app.services.context import Actor\n"
            "from app.services.runtime import open_database\n"
            "db = open_database(data_dir=sys.argv[1])\n"
            "with db.session(write=True, actor=Actor('set-up')) as s:\n"
            "    installation.set_up(s, 'KZ-31-KRD', 'admin', 'Әлия', 'Admin-pass-1')\n"
            "db.close()\n",
            str(tmp_path),
        ],
        env=_env(),
        cwd=REPO,
        check=True,
    )
    run = tq(tmp_path, "db", "encrypt", "--user", "admin", password="Admin-pass-1")
    assert run.code == 0, run.err
    assert "RECOVERY KEY" in run.out and "Only admin can open the database now" in run.out
    assert "NOT encrypted" in run.out  # the plain backup made first is pointed out


def test_recover_sets_a_new_password_with_the_recovery_key(demo_dir: Path, tmp_path: Path) -> None:
    # A copy of the demo: the other tests keep using its password.
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("tatulyq.db", "tatulyq.keys"):
        (copy / name).write_bytes((demo_dir / name).read_bytes())
    recovery_key = (demo_dir / "recovery.txt").read_text(encoding="utf-8")
    wrong = tq(copy, "db", "recover", "--recovery-key", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
               "--user", "admin", "--json", password="Recovered-1")  # fmt: skip
    assert wrong.code == 1 and wrong.json()["error"]["key"] == "keys.recovery_wrong"
    (copy / "tatulyq.keys").unlink()  # even with the key file lost
    run = tq(copy, "db", "recover", "--user", "admin", "--json", password="Recovered-1",
             TATULYQ_RECOVERY_KEY=recovery_key.lower())  # fmt: skip
    assert run.code == 0, (run.out, run.err)
    assert run.json()["key_file_renewed"] is True
    assert tq(copy, "--user", "admin", "units", "list", password="Recovered-1").code == 0
    assert tq(copy, "--user", "admin", "units", "list", password=PASSWORD).code == 1
