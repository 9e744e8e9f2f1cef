"""The monthly report as a PDF: what a centre head reads before signing it, read back with pypdf.

Most tests render figures made by hand (tests/report_samples.py) so each states which number must be
printed where; the last ones make the report from a real database through make_report and the builder.
Text is compared with its spaces folded (pypdf returns table cells one per line, and the report keeps
a number's groups together with no-break spaces: 2 190, 65,6 %).
"""

from __future__ import annotations

import errno
import io
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import NotFoundError, StorageError, ValidationError
from app.models.enums import Category
from app.reports.figures import MediatorLoad
from app.reports.make import ReportFormat, ReportRequest, make_report, write_atomically
from app.reports.periods import Period
from app.reports.report_pdf import Signatories, render_pdf
from app.reports.report_tables import report_tables
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import new_case
from tests.report_samples import (
    CENTRE_NAMES,
    REGION_NAMES,
    centre_figures,
    council_figures,
    empty_figures,
)

KAZAKH_LETTERS = set("әғқңөұүіӘҚӨҰҮҺІ")  # every Kazakh letter, in the case the report uses it


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def render(figures: object, lang: str, signatories: Signatories | None = None) -> tuple[PdfReader, int]:
    buffer = io.BytesIO()
    pages = render_pdf(figures, lang, buffer, signatories)  # type: ignore[arg-type]
    buffer.seek(0)
    return PdfReader(buffer), pages


def page_texts(reader: PdfReader) -> list[str]:
    return [fold(page.extract_text()) for page in reader.pages]


def all_text(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


# --- words and numbers ---------------------------------------------------------------------------


def test_kazakh_report_prints_the_figures_in_kazakh() -> None:
    reader, _ = render(centre_figures(), "kk", Signatories("Сейітқызы Әлия", "Нұрғалиев Өмір"))
    text = all_text(reader)
    for words in (
        "Қазақстан халқы Ассамблеясы",
        CENTRE_NAMES["kk"],
        "Айлық есеп: 2026 жылғы қазан",
        "01.10.2026 – 31.10.2026",
        "Есеп тілі Қазақ тілі",
        "Дайындаған Сейітқызы Әлия",
        "Бекіткен Нұрғалиев Өмір",
        "(қолы)",
        "Көршілік және тұрмыстық",  # a category, in the windows' words
        "Мемлекеттік органға немесе сотқа жолданды",  # an outcome
        "Этносаралық сипаты бар",  # the inter-ethnic flag
        "Жұмабекова Һ. М.",  # a mediator, with Һ
    ):
        assert words in text, words
    assert set(text) >= KAZAKH_LETTERS
    # Key figures: this month, the month before, the change, a year earlier, the change.
    assert "Қабылданған істер 40 35 +5 28 +12" in text
    assert "Аяқталған медиациялар 32 30 +2 20 +12" in text
    assert "Реттелу үлесі 65,6 % 60,0 % +5,6 55,0 % +10,6" in text


def test_russian_report_prints_the_figures_in_russian() -> None:
    reader, _ = render(centre_figures(), "ru")
    text = all_text(reader)
    for words in (
        "Ассамблея народа Казахстана",
        CENTRE_NAMES["ru"],
        "Ежемесячный отчёт: октябрь 2026 г.",
        "Язык отчёта Русский",
        "Соседский и бытовой",
        "Урегулировано полностью",
        "Межэтнический аспект",
        "Итого 40 100,0 %",
    ):
        assert words in text, words
    assert "Поступило дел 40 35 +5 28 +12" in text
    assert "Доля урегулирования 65,6 % 60,0 % +5,6 55,0 % +10,6" in text


def test_settlement_rate_stands_with_its_definition_obligations_kept_and_time() -> None:
    """BRIEF: the rate's denominator printed, and never alone: obligations kept and days beside it."""
    text = page_texts(render(centre_figures(), "ru")[0])[0]
    assert "Доля урегулирования 65,6 % 21 из 32 завершённых медиаций" in text  # the first box
    assert "Доля исполненных обязательств 81,2 % 13 из 16 обязательств" in text
    assert "Медиана дней до завершения 18,5" in text
    assert (
        "Доля урегулирования = медиации, урегулированные полностью или частично ÷ медиации, завершённые "
        "в периоде; за этот период: 21 ÷ 32." in text
    )
    # In the key figures, the three rows follow each other.
    assert re.search(
        r"Доля урегулирования 65,6 %.*? Доля исполненных обязательств 81,2 %.*? Медиана дней от "
        r"приёма до завершения медиации 18,5",
        text,
    )


def test_every_table_is_printed_with_its_numbers() -> None:
    figures = centre_figures()
    text = all_text(render(figures, "kk")[0])
    for table in report_tables(figures, "kk"):
        assert table.title in text, table.key
    # Categories x outcomes: family received 14, ended 13 (8 + 2 + 2 + 1 + 0), 10 of 13 settled.
    assert "Отбасылық 14 13 8 2 2 1 0 76,9 %" in text
    assert "Өзі жүгінді 18 45,0 %" in text  # a referral source and its share
    assert "Ерлер 43 51,8 %" in text and "30-44 31 37,3 %" in text
    assert "Әбдірахманова Г. Т. Қоғамдық медиатор 12 9 7 77,8 %" in text


# --- fonts, pages, footer ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_only_the_embedded_dejavu_fonts(lang: str) -> None:
    reader, _ = render(council_figures(), lang)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]  # embedded
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}


def test_every_page_says_page_x_of_y_when_made_and_the_fingerprint() -> None:
    figures = centre_figures()
    for lang, page_of in (("ru", "Страница {page} из {pages}"), ("kk", "{pages} беттің {page}-беті")):
        reader, pages = render(figures, lang)
        assert pages == len(reader.pages) >= 4
        for number, text in enumerate(page_texts(reader), start=1):
            assert page_of.format(page=number, pages=pages) in text
            assert "03.11.2026 09:15" in text  # made at 04:15 UTC: 09:15 in Kazakhstan
            assert figures.fingerprint() in text


def test_fingerprint_follows_the_figures_not_the_time_they_were_made() -> None:
    figures = centre_figures()
    later = replace(figures, made_at=figures.made_at.replace(hour=10))
    changed = replace(figures, current=replace(figures.current, received=41))
    assert later.fingerprint() == figures.fingerprint() != changed.fingerprint()


def test_an_empty_month_renders_and_says_there_is_nothing() -> None:
    reader, pages = render(empty_figures(), "kk")
    text = all_text(reader)
    assert pages >= 1
    assert "Бұл кезеңде бірде-бір іс қабылданбады." in text  # the category chart
    assert "Бұл кезеңде бірде-бір медиация аяқталған жоқ." in text  # the outcome chart
    assert "Бұл кезеңде бірде-бір медиаторда медиациядағы іс болған жоқ." in text
    assert "Реттелу үлесі — — — — —" in text  # a rate over nothing is a dash, not 0 % or an error


def test_a_council_prints_one_row_per_unit_on_landscape_pages() -> None:
    figures = council_figures()
    reader, _ = render(figures, "kk")
    texts = page_texts(reader)
    units_page = next(i for i, t in enumerate(texts) if "Кеңестің бөлімшелері" in t)
    page = reader.pages[units_page]
    assert page.mediabox.width > page.mediabox.height  # landscape
    for i, (kk, _) in enumerate(REGION_NAMES):
        row = figures.units[i].figures
        assert f"{kk} медиация кеңесі 57 {row.received} {row.ended} {row.settled}" in texts[units_page], kk
    assert "Барлығы 1 140 2 190 1 790 1 190 66,5 %" in texts[units_page]
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # the rest stays portrait
    assert "Әр медиатордың жүктемесі" not in " ".join(texts)  # a council's mediators: by kind only
    assert "Белсенді медиаторлар және олардың жүктемесі" in " ".join(texts)


def test_a_year_compares_with_the_year_before_once() -> None:
    text = page_texts(render(council_figures(), "ru")[0])[0]
    assert "Показатель 2026 год 2025 год Изменение Консультации" in text


def test_a_long_table_repeats_its_heading_on_the_next_page() -> None:
    crowd = [MediatorLoad(f"Медиатор-{i:02d} Ә. Қ.", "public", "KZ31-KRD", 60 - i, 2, 1) for i in range(60)]
    reader, _ = render(replace(centre_figures(), mediators=crowd), "kk")
    texts = page_texts(reader)
    first = next(i for i, t in enumerate(texts) if "Медиатор-00" in t)
    last = next(i for i, t in enumerate(texts) if "Медиатор-59" in t)
    assert last > first
    heading = "Медиатор Түрі Медиациядағы істер Аяқталды Реттелді Реттелу үлесі"
    assert heading in texts[first] and heading in texts[last]


def test_a_long_kazakh_unit_name_wraps_without_loss() -> None:
    name = (
        "Түркістан облысы Сайрам ауданының Достық үйі жанындағы этномәдени бірлестіктердің "
        "қоғамдық медиаторлары мен этномедиаторларының аудандық үйлестіру орталығы"
    )
    reader, _ = render(replace(centre_figures(), unit_names={"kk": name, "ru": "x", "en": "x"}), "kk")
    assert name in page_texts(reader)[0]


# --- made from the database -------------------------------------------------------------------------


def _october_cases(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        for day, category in ((3, Category.FAMILY), (14, Category.FAMILY), (30, Category.LABOUR)):
            new_case(s, intake=date(2026, 10, day), category=category)
        new_case(s, intake=date(2026, 11, 2))  # November: not in the October report
        new_case(s, unit="KZ-31-CTR", intake=date(2026, 10, 9))  # another unit


def test_make_report_writes_the_pdf_of_the_database(db: Database, tmp_path: Path) -> None:
    _october_cases(db)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "october.pdf"
    steps: list[tuple[int, int]] = []
    request = ReportRequest("KZ-31-KRD", Period.month(2026, 10), "kk", ReportFormat.PDF, prepared_by="Ким В.")
    figures = make_report(db, request, target, progress=lambda done, total: steps.append((done, total)))
    assert figures.current.received == 3 and figures.categories["family"] == 2
    assert steps[0] == (0, 4) and steps[-1] == (4, 4) and len(steps) >= 3
    text = all_text(PdfReader(target))
    assert "Қабылданған істер 3 " in text
    assert "Отбасылық 2 0 0 0 0 0 0 —" in text  # two family cases received, none ended yet
    assert "Дайындаған Ким В." in text
    assert [p.name for p in target.parent.iterdir()] == ["october.pdf"]  # no temporary file left


def test_make_report_refuses_an_unknown_unit_and_a_language_before_writing(
    db: Database, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "r.pdf"
    with pytest.raises(NotFoundError) as unknown:
        make_report(db, ReportRequest("KZ-99-XXX", Period.month(2026, 10), "kk", ReportFormat.PDF), target)
    assert unknown.value.key == "unit.not_found"
    with pytest.raises(ValidationError) as language:
        make_report(db, ReportRequest("KZ-31-KRD", Period.month(2026, 10), "de", ReportFormat.PDF), target)
    assert language.value.key == "report.language"
    assert list(target.parent.iterdir()) == []


def test_a_full_disk_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "october.pdf"
    target.write_bytes(b"%PDF- the report printed yesterday")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)  # the same function make.py calls
    with pytest.raises(StorageError) as caught:
        write_atomically(target, b"%PDF- a new report")
    assert caught.value.key == "report.disk_full"
    assert target.read_bytes() == b"%PDF- the report printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["october.pdf"]


@pytest.mark.parametrize(
    ("where", "key"),
    [
        ("missing/r.pdf", "report.folder_missing"),
        ("a-folder", "report.target_is_folder"),
        ("я" * 200 + ".pdf", "report.cannot_write"),  # longer than any file system allows, even for root
    ],
)
def test_an_unwritable_target_is_a_storage_error_and_leaves_nothing(
    db: Database, tmp_path: Path, where: str, key: str
) -> None:
    out = tmp_path / "out"
    (out / "a-folder").mkdir(parents=True)
    request = ReportRequest("KZ-31-KRD", Period.month(2026, 10), "ru", ReportFormat.PDF)
    with pytest.raises(StorageError) as caught:
        make_report(db, request, out / where)
    assert caught.value.key == key
    assert [p.name for p in out.iterdir()] == ["a-folder"] and not any((out / "a-folder").iterdir())
