"""Kazakh and Russian are complete, the .qm files match their .ts sources, and the program switches live.

lupdate is run over the code into a temporary copy of each .ts: a string added to the code without a
translation, or a .ts edited without `scripts/translations.py release`, fails here.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py: the project's own tool)

from tests.ui_support import make_ctx  # noqa: E402


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's code, starting from the committed ones."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in translations.LANGUAGES:
        shutil.copy(translations.ts_path(lang), translations.ts_path(lang, folder))
    translations.update(folder)
    return folder


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_every_string_has_a_translation(refreshed: Path, lang: str) -> None:
    gaps = translations.missing(translations.ts_path(lang, refreshed))
    listed = "\n".join(f"[{c}] {s}" for c, s in gaps[:40])
    assert not gaps, f"{len(gaps)} string(s) have no {lang} translation (scripts/translations.py):\n{listed}"


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_committed_ts_is_what_lupdate_makes(refreshed: Path, lang: str) -> None:
    committed = translations.ts_path(lang).read_text(encoding="utf-8")
    assert translations.ts_path(lang, refreshed).read_text(encoding="utf-8") == committed, (
        "run: python scripts/translations.py update"
    )


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_qm_is_made_from_the_current_ts(tmp_path: Path, lang: str) -> None:
    fresh = translations.release(translations.TRANSLATIONS, out=tmp_path)
    made = next(p for p in fresh if p.name == f"tatulyq_{lang}.qm")
    shipped = translations.TRANSLATIONS / made.name
    assert shipped.exists(), "run: python scripts/translations.py release"
    assert shipped.read_bytes() == made.read_bytes(), f"{shipped.name} is older than its .ts: run release"


def test_switching_language_relabels_the_main_window(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.main_window import MainWindow

    ctx = make_ctx(tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    english = [window.nav.item(i).text() for i in range(window.nav.count())]
    english_unit = window.unit_label.text()
    assert ctx.languages.install("kk")
    qtbot.waitUntil(lambda: window.unit_label.text() != english_unit)  # LanguageChange is posted
    assert window.unit_label.text().startswith("Бөлімше: KZ-31-KRD")
    kazakh = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert ctx.languages.install("ru")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Дела")
    russian = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert kazakh[1] == "Істер" and russian[1] == "Дела"
    assert all(k != e for k, e in zip(kazakh, english, strict=True))
    assert all(r != e for r, e in zip(russian, english, strict=True))
    ctx.languages.install("en")
    qtbot.waitUntil(lambda: [window.nav.item(i).text() for i in range(window.nav.count())] == english)
