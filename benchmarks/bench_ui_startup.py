"""Start to a shown main window (with 250 000 cases) vs a bare PySide6 window started the same way.

Both are fresh processes of the same Python; each reports how long after its own start its window was on
screen and painted. The program's path is the real one (app/ui/app.py's Startup): preferences, languages,
the sign-in window; the person types for --typing seconds, the password a key at a time, and presses
Enter --enter-pause seconds after its last key (the database opens meanwhile on a background thread);
then Enter: the password check (argon2), the main window with the case list's first page.

What the person waits for is the sign-in window appearing plus the time from Enter to the main window;
the typing is theirs. That sum is compared with the bare window (goal <= 2x). For the record it also
prints when the background opening finished, and the old all-in-sequence path (as if no one typed).

    python -m benchmarks.bench_ui_startup --cases 250000
    python -m benchmarks.bench_ui_startup --db PATH --encrypted

With --encrypted the measured database is an encrypted copy of it (made once beside it, in a folder
"encrypted-<name>", by the program's own conversion, and reused): the sign-in window appears the same
way, but the background thread can only import, and after Enter the password first unwraps the key
(argon2id), then the database opens and the main window is built.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.services import database_keys, installation, preferences
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.backup import backup_sqlite
from app.storage.database import Database
from app.storage.location import resolve_location
from benchmarks.common import database_for, parser, sqlite_file, verdict

PASSWORD = "bench-start-1"

_PROBE_BARE = """
import sys, time
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Tatulyq"))
window.resize(1200, 760)
window.show()
app.processEvents()
window.grab()  # painted, as the program's window is
print(time.time() - start)
"""

_PROBE_APP = """
import sys, time
start = float(sys.argv[1])
from app.cli.main import _location  # the console script's own path to the desktop program
from app.ui.app import Startup
startup = Startup(_location(sys.argv[2], None), no_dialogs=True)
login = startup.login_dialog()
login.show()
startup.app.processEvents()
login.grab()
login_shown = time.time() - start
def wait_until(moment):
    while time.time() < moment:  # the event loop runs: the database opens (or is tried) meanwhile
        startup.app.processEvents()
        time.sleep(0.005)
typing, pause, password = float(sys.argv[4]), float(sys.argv[5]), sys.argv[3]
login.username.setText("admin")
began = time.time()
step = max(typing - pause, 0.0) / len(password)
for n in range(1, len(password) + 1):  # the password typed a key at a time, as a person does
    wait_until(began + n * step)
    login.password.setText(password[:n])
wait_until(began + typing)  # the pause between the last key and Enter
# A plain database is open before Enter (opened in the background); an encrypted one opens at Enter.
opened = startup.opening.done()
enter = time.time()
login.buttons.accepted.emit()
window = startup.main_window(login.user)
window.show()
startup.app.processEvents()
window.grab()
print(login_shown, time.time() - enter, int(opened))
"""

_PROBE_SEQUENTIAL = """
import sys, time
start = float(sys.argv[1])
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services import preferences, users
from app.services.runtime import open_database
from app.ui.app import signed_in
from app.ui.appearance import apply_text_size
from app.ui.context import UiContext
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.storage.location import resolve_location
data_dir = Path(sys.argv[2])
prefs = preferences.load(data_dir)
languages = Languages()
languages.install("kk")
apply_text_size(app, prefs.text_size)
location = resolve_location(data_dir)
if location.needs_key:  # encrypted: the password unwraps the key first
    from app.services import database_keys
    database = open_database(database_keys.unlock(location, "admin", sys.argv[3]))
    user = users.sign_in_unlocked(database, "admin")
else:
    database = open_database(location)
    user = users.sign_in(database, "admin", sys.argv[3])
ctx = UiContext(database, data_dir, signed_in(database, user), languages, prefs, ErrorReporter(data_dir / "logs"))
window = MainWindow(ctx)
window.show()
app.processEvents()
window.grab()
print(time.time() - start)
"""


def _run(code: str, *extra: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, repr(started), *extra],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return [float(x) for x in out.stdout.strip().splitlines()[-1].split()]


def encrypted_copy(db: Database) -> Path:
    """An encrypted copy of ``db`` (made once by the program's own conversion, then reused); its folder."""
    source = sqlite_file(db)
    folder = source.parent.parent / f"encrypted-{source.parent.name}"
    if (folder / "tatulyq.keys").is_file():
        # Brought to this program's schema first (a migration is not what the start-up measures).
        keyed = database_keys.unlock(resolve_location(folder), "admin", PASSWORD)
        upgraded = open_database(keyed)
        upgraded.close()
        for old in (folder / "backups").glob("before-upgrade-*.db"):  # a 2 GB copy per schema step
            old.unlink()
        print(f"encrypted copy: {folder / 'tatulyq.db'} (reused)")
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("tatulyq.db", "tatulyq.db-wal", "tatulyq.db-shm"):
        (folder / name).unlink(missing_ok=True)
    started = time.perf_counter()
    backup_sqlite(db.engine, folder / "tatulyq.db")
    copy = open_database(data_dir=folder)
    try:
        done = database_keys.encrypt(copy, "admin", PASSWORD)
    finally:
        copy.close()
    for plain in done.plain_backups:  # the copy's own plain backup: not wanted beside an encrypted copy
        plain.unlink()
    print(f"encrypted copy: {folder / 'tatulyq.db'} (made in {time.perf_counter() - started:.1f} s)")
    return folder


def main() -> None:
    p = parser(__doc__ or "", repeat=5)
    p.add_argument("--typing", type=float, default=2.0, help="seconds the person spends typing (default 2)")
    p.add_argument(
        "--enter-pause",
        type=float,
        default=0.0,
        help="seconds between the password's last key and Enter (default 0: Enter at once)",
    )
    p.add_argument(
        "--encrypted", action="store_true", help="measure an encrypted copy of the database (key file, SQLCipher)"
    )
    args = p.parse_args()
    db = database_for(args)
    with db.session(write=True, actor=Actor("bench")) as s:
        if not installation.is_set_up(s):
            installation.set_up(s, "KZ-31-KRD", "admin", "Benchmark", PASSWORD)
    data_dir = encrypted_copy(db) if args.encrypted else sqlite_file(db).parent
    db.close()
    prefs = preferences.load(data_dir)
    prefs.last_username = "admin"  # someone signed in here before: the usual start
    preferences.save(data_dir, prefs)
    typing, pause = str(args.typing), str(args.enter_pause)
    _run(_PROBE_BARE)  # warm the OS file cache for both
    _run(_PROBE_APP, str(data_dir), PASSWORD, typing, pause)
    bare: list[float] = []
    runs: list[list[float]] = []
    sequential: list[float] = []
    for _ in range(args.repeat):  # interleaved: a busy moment of the machine hits both sides alike
        bare.append(_run(_PROBE_BARE)[0])
        runs.append(_run(_PROBE_APP, str(data_dir), PASSWORD, typing, pause))
        sequential.append(_run(_PROBE_SEQUENTIAL, str(data_dir), PASSWORD)[0])
    b = statistics.median(bare)
    login = statistics.median(r[0] for r in runs)
    after_enter = statistics.median(r[1] for r in runs)
    ready = sum(int(r[2]) for r in runs)
    waited = login + after_enter
    print(f"bare PySide6 window shown:            {b:.3f} s (median of {args.repeat})")
    print(f"Tatulyq sign-in window shown:         {login:.3f} s")
    print(f"Enter -> main window shown:           {after_enter:.3f} s "
          f"(database open before Enter in {ready}/{len(runs)} runs, typing {args.typing:g} s, "
          f"Enter {args.enter_pause:g} s after the last key)")
    print(f"all in sequence, nothing hidden:      {statistics.median(sequential):.3f} s "
          f"({statistics.median(sequential) / b:.2f}x; for the record)")
    print(f"what the person waits: {waited:.3f} s  ratio: {waited / b:.2f}x  goal <= 2x  {verdict(waited / b, 2.0)}")


if __name__ == "__main__":
    main()
