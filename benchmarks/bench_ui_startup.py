"""Start to a shown main window (with 250 000 cases) vs a bare PySide6 window started the same way.

Both are fresh processes of the same Python; each prints how long after its own start its window was
on screen and painted. The program's path is the real one minus typing: preferences, languages,
opening (and checking the schema of) the database, signing in (argon2 verification included), the
main window with the case list's first page fetched. Goal: <= 2x the bare window.

    python -m benchmarks.bench_ui_startup --cases 250000
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from app.services import installation
from app.services.context import Actor
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
data_dir = Path(sys.argv[2])
prefs = preferences.load(data_dir)
languages = Languages()
languages.install("kk")
apply_text_size(app, prefs.text_size)
database = open_database(data_dir=data_dir)
user = users.sign_in(database, "admin", sys.argv[3])
ctx = UiContext(database, data_dir, signed_in(database, user), languages, prefs, ErrorReporter(data_dir / "logs"))
window = MainWindow(ctx)
window.show()
app.processEvents()
window.grab()
print(time.time() - start)
"""


def _run(code: str, *extra: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, repr(started), *extra],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    args = parser(__doc__ or "", repeat=5).parse_args()
    db = database_for(args)
    with db.session(write=True, actor=Actor("bench")) as s:
        if not installation.is_set_up(s):
            installation.set_up(s, "KZ-31-KRD", "admin", "Benchmark", PASSWORD)
    data_dir = sqlite_file(db).parent
    db.close()
    _run(_PROBE_BARE)  # warm the OS file cache for both
    _run(_PROBE_APP, str(data_dir), PASSWORD)
    bare = [_run(_PROBE_BARE) for _ in range(args.repeat)]
    app = [_run(_PROBE_APP, str(data_dir), PASSWORD) for _ in range(args.repeat)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window shown:        {b:.3f} s (median of {args.repeat})")
    print(f"Tatulyq main window shown:        {a:.3f} s (median of {args.repeat})")
    print(f"ratio: {a / b:.2f}x  goal <= 2x  {verdict(a / b, 2.0)}")


if __name__ == "__main__":
    main()
