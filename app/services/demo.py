"""Realistic demo data: mediators, consultations and cases of several units over two years.

What it is for: training, screenshots, trying reports, and measuring the program at the size of a
large region (``benchmarks/``). What it promises:

* Reproducible: the same ``seed`` and ``until`` give byte-identical rows, UUIDs included. Every
  value comes from one seeded ``random.Random`` consumed in a fixed order; ids are version-4 UUIDs
  made from its bits, and created/updated times derive from the business dates, never the clock.
  (The one audit row says when the load ran; that time is the truth of the audit trail, not data.)
* Lawful: every case follows the workflow of app.services.workflow and the rules the services
  enforce (no date after ``until``, agreement before sessions, outcome reasons that fit the
  outcome, settled cases followed until every obligation is checked, case numbers in intake order
  per unit and year, counters set so the next registered case gets the next number).
* Fast: 250 000 cases (about 5 million rows) in about 95 s on the 2-core reference machine, against
  a goal of two minutes. Rows are made as tuples already in the form the column types store (hex
  UUIDs, ISO dates, ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC times, 0/1, enum values) and written with
  the DB-API ``executemany`` on the SQLAlchemy connection, in batches, inside one transaction:
  ``connection.execute(insert(table), dicts)`` was measured at about 20 µs a row more, for its
  per-row parameter processing, which alone is 100 s for 5 million rows. tests/test_demo.py reads
  rows back through the models' column types to prove the stored form is the one SQLAlchemy
  writes. SQLite's part (keeping some forty random-UUID indexes and the FTS5 index in step) is
  about 80 s and Python's (making the rows) about 35 s, so a large load makes the rows in a second
  process and the two overlap.
* Safe: it refuses a database that already holds cases, mediators or consultations, so demo
  records can never mix with real ones. The bulk insert bypasses the ORM session hooks (audit,
  search), so the search documents are written here with the same ``build_document`` the live hook
  uses, and one audit event records the load as a whole.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from queue import Empty
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Connection, func, select

from app.errors import ValidationError
from app.models import Case, Consultation, Mediator
from app.models.base import Base
from app.models.enums import (
    AgeGroup,
    CaseStatus,
    Category,
    Channel,
    ConsultationResult,
    Exclusion,
    FollowUpMethod,
    Language,
    LegalArea,
    MediatorKind,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    RiskLevel,
    SessionKind,
    Sex,
    TerminationReason,
    UnitKind,
)
from app.models.reference import UNITS, district_id, unit_id
from app.services import audit, clock, settings
from app.services.cases import format_number
from app.services.context import Actor
from app.services.iin import make_bin, make_iin
from app.services.parties import age_group_on
from app.services.search_index import build_document, party_name
from app.storage.database import Database
from app.storage.engine import WRITE_OPTION
from app.storage.location import DatabaseLocation

MAX_CASES = 1_000_000
PARALLEL_FROM = 20_000  # below this, starting a second process costs more than it saves
BATCH_CASES = 2_000  # cases per executemany round: big enough to amortise, small enough to stay in cache
HISTORY_MONTHS = 24
# A big page cache for the load's own connection (NullPool closes it afterwards): random UUID keys
# land all over their indexes, and with the default 2 MB cache such inserts measured twice as slow.
_CACHE_KIB = 262_144

T = TypeVar("T")
Row = tuple[object, ...]
if TYPE_CHECKING:
    from multiprocessing.queues import Queue

    _Queue = Queue[Any]
else:
    _Queue = object


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    until: date
    cases: int
    rows: dict[str, int]  # rows written per table
    seconds: float

    @property
    def cases_per_second(self) -> float:
        return self.cases / self.seconds if self.seconds > 0 else 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


# ---------------------------------------------------------------------------------------------
# Storage forms. Each helper returns exactly what the column type would store on SQLite.

_UUID_MASK = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID_BITS = (0x8000 << 48) | (4 << 76)


def uuid_hex(rng: random.Random) -> str:
    """``uuid.UUID(int=rng.getrandbits(128), version=4).hex`` without building the object.

    The same two bit fields (variant and version) are set as the UUID constructor sets them; the
    stored form of a ``Uuid`` column on SQLite is these 32 lowercase hex digits.
    """
    return "%032x" % ((rng.getrandbits(128) & _UUID_MASK) | _UUID_BITS)


def _stamp(day_iso: str, minute: int) -> str:
    """A UTC DateTime as SQLite stores it; ``minute`` counts from 04:00 UTC (09:00 in Kazakhstan)."""
    minute += 240
    return f"{day_iso} {minute // 60:02d}:{minute % 60:02d}:00.000000"


class _Pick(Generic[T]):
    """Weighted choice by table lookup: one ``random()`` call, far cheaper than random.choices."""

    __slots__ = ("n", "table")

    def __init__(self, weighted: Sequence[tuple[T, float]], resolution: int = 1000) -> None:
        total = sum(w for _, w in weighted)
        table: list[T] = []
        for value, weight in weighted:
            if weight > 0:
                table.extend([value] * max(1, round(weight / total * resolution)))
        self.table: tuple[T, ...] = tuple(table)
        self.n = len(table)

    def __call__(self, rng: random.Random) -> T:
        return self.table[int(rng.random() * self.n)]


def _one(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def _between(rng: random.Random, low: int, high: int) -> int:
    """An integer from low to high inclusive."""
    return low + int(rng.random() * (high - low + 1))


# ---------------------------------------------------------------------------------------------
# People's names. Kazakh names carry the letters Ә Ғ Қ Ң Ө Ұ Ү Һ І that search must fold.


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _female_surname(male: str) -> str:
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + "а"
    if male.endswith("ұлы"):
        return male[:-3] + "қызы"
    return male  # Ким, Шевченко, Шмидт, Ванахун: the same for women


@dataclass(frozen=True)
class _Folk:
    """Names of one community, the languages its members speak, and how they name their ethnicity."""

    key: str
    surnames: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    patronymics: tuple[tuple[str, str], ...]  # (male, female)
    languages: _Pick[Language]
    ethnicity_kk: str
    ethnicity_ru: tuple[str, str]  # (male, female)
    no_patronymic: float = 0.1

    def surname(self, rng: random.Random, sex: Sex) -> str:
        male = _one(rng, self.surnames)
        return male if sex is Sex.MALE else _female_surname(male)


_RU_MALE = _names(
    "Александр Сергей Дмитрий Андрей Алексей Владимир Николай Игорь Евгений Виктор Павел "
    "Олег Михаил Юрий Артём Константин Денис Роман"
)
_RU_FEMALE = _names(
    "Елена Ольга Татьяна Наталья Ирина Светлана Анна Мария Екатерина Людмила Галина Юлия "
    "Оксана Валентина Марина Надежда Вера Ксения"
)
_RU_PATRONYMICS = tuple(
    (stem + "ич", stem + "на")
    for stem in _names(
        "Александров Сергеев Владимиров Николаев Викторов Иванов Петров Михайлов Юрьев "
        "Анатольев Геннадьев Васильев"
    )
)
_KK_FATHERS = (
    ("Серік", "Серикович"),
    ("Болат", "Болатович"),
    ("Қайрат", "Кайратович"),
    ("Ерлан", "Ерланович"),
    ("Нұрлан", "Нурланович"),
    ("Мұрат", "Муратович"),
    ("Асқар", "Аскарович"),
    ("Бақыт", "Бахытович"),
    ("Жұмабек", "Жумабекович"),
    ("Төлеген", "Тулегенович"),
    ("Әбдірахман", "Абдрахманович"),
    ("Ғани", "Ганиевич"),
    ("Сәрсен", "Сарсенович"),
    ("Өмірзақ", "Омирзакович"),
)
_KK_PATRONYMICS = tuple((f + "ұлы", f + "қызы") for f, _ in _KK_FATHERS) + tuple(
    (ru, ru[:-2] + "на") for _, ru in _KK_FATHERS
)


def _langs(*weighted: tuple[Language, float]) -> _Pick[Language]:
    return _Pick(weighted)


_FOLKS: dict[str, _Folk] = {
    f.key: f
    for f in (
        _Folk(
            "kazakh",
            _names(
                "Өмірбеков Үсенов Құдайбергенов Әбілқасымов Жұмабаев Серікбаев Нұрмағамбетов Тәжібаев "
                "Қасымов Ахметов Сәрсенбаев Ғабдуллин Бекмұхамбетов Ермекбаев Оспанов Төлеуов "
                "Мұхамеджанов Байжанов Шәріпов Қалиев Ізбасаров Дүйсенбаев Иманғалиев Сұлтанбеков "
                "Әлібеков Жаңабаев Таңатаров Теңізбаев Өтегенов Күзембаев Нұрғалиев Қожахметов Есімов "
                "Смағұлов Әбдірахманов Серікұлы Нұрланұлы Болатұлы"
            ),
            _names(
                "Нұрлан Қуаныш Ғалымжан Ерлан Айдос Бауыржан Дәурен Асқар Серік Мұрат Ержан Талғат "
                "Бекзат Ақжол Әлихан Нұрсұлтан Жандос Санжар Арман Рүстем Жаһангер Ілияс Өркен Ұлан "
                "Тимур Қайрат Әділет Мейрам"
            ),
            _names(
                "Әйгерім Гүлнар Айгүл Мөлдір Жансая Ақмарал Динара Назерке Сәуле Гүлжан Аружан Жұлдыз "
                "Балжан Ұлжан Шынар Дана Әсел Меруерт Перизат Қарлығаш Шаһизада Іңкәр Көркем Айым Нұрай"
            ),
            _KK_PATRONYMICS,
            _langs((Language.KAZAKH, 80), (Language.RUSSIAN, 20)),
            "қазақ",
            ("казах", "казашка"),
            0.12,
        ),
        _Folk(
            "russian",
            _names(
                "Иванов Петров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков "
                "Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Фёдоров Михайлов "
                "Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв"
            ),
            _RU_MALE,
            _RU_FEMALE,
            _RU_PATRONYMICS,
            _langs((Language.RUSSIAN, 100)),
            "орыс",
            ("русский", "русская"),
            0.03,
        ),
        _Folk(
            "uzbek",
            _names(
                "Юсупов Рахимов Каримов Мирзаев Холматов Умаров Исмаилов Абдуллаев Султанов Тошматов "
                "Эргашев Назаров Хасанов"
            ),
            _names("Шерзод Бахтиёр Азиз Жасур Улугбек Фаррух Отабек Рустам Дилшод Алишер"),
            _names("Дилноза Гулнора Нилуфар Малика Зарина Мохира Шахноза Феруза Камола"),
            tuple(
                (s + "ич", s + "на") for s in _names("Абдуллаев Рустамов Шухратов Бахромов Икромов Тохиров")
            ),
            _langs((Language.UZBEK, 55), (Language.KAZAKH, 25), (Language.RUSSIAN, 20)),
            "өзбек",
            ("узбек", "узбечка"),
        ),
        _Folk(
            "uighur",
            _names(
                "Хамраев Масимов Насыров Розахунов Сабиров Турсунов Абдурахманов Мамутов Ахметжанов Исламов"
            ),
            _names("Ильхам Дильшат Махмут Рашид Ахмеджан Нурахмет Азат Абдугаппар Мурат"),
            _names("Гульнара Патигуль Мунира Ханипа Адиля Дильназ Зульфия Рахиля"),
            tuple((s + "ич", s + "на") for s in _names("Ахметов Турсунов Абдуллаев Розиев")),
            _langs((Language.UYGHUR, 40), (Language.RUSSIAN, 35), (Language.KAZAKH, 25)),
            "ұйғыр",
            ("уйгур", "уйгурка"),
        ),
        _Folk(
            "dungan",
            _names("Ванахун Дауров Сушанло Мансуров Ясыров Шиманов Хазиров Мачанлов"),
            _names("Хусей Мансур Ибрагим Юсуп Абдулла Махмуд"),
            _names("Айша Фатима Зайнаб Хадижа Асима"),
            tuple((s + "ич", s + "на") for s in ("Хусеев", "Юсупов", "Ибрагимов")),
            _langs((Language.RUSSIAN, 70), (Language.KAZAKH, 20), (Language.OTHER, 10)),
            "дүңген",
            ("дунганин", "дунганка"),
        ),
        _Folk(
            "korean",
            _names("Ким Пак Цой Ли Тен Хан Югай Шин"),
            _RU_MALE,
            _RU_FEMALE,
            _RU_PATRONYMICS,
            _langs((Language.RUSSIAN, 92), (Language.KAZAKH, 8)),
            "кәріс",
            ("кореец", "кореянка"),
        ),
        _Folk(
            "tatar",
            _names("Хабибуллин Гарипов Сафин Валиев Зарипов Ахметшин"),
            _names("Рустам Ильдар Рамиль Ринат Марат"),
            _names("Альфия Гульнара Лилия Эльвира Венера"),
            tuple((s + "ич", s + "на") for s in ("Ринатов", "Равилев", "Маратов")),
            _langs((Language.RUSSIAN, 85), (Language.KAZAKH, 15)),
            "татар",
            ("татарин", "татарка"),
        ),
        _Folk(
            "ukrainian",
            _names("Шевченко Бондаренко Коваленко Ткаченко Кравченко Мельник Литвиненко"),
            _RU_MALE,
            _RU_FEMALE,
            _RU_PATRONYMICS,
            _langs((Language.RUSSIAN, 95), (Language.KAZAKH, 5)),
            "украин",
            ("украинец", "украинка"),
        ),
        _Folk(
            "german",
            _names("Шмидт Миллер Вагнер Рейнгардт Беккер Фишер"),
            _RU_MALE,
            _RU_FEMALE,
            _RU_PATRONYMICS,
            _langs((Language.RUSSIAN, 95), (Language.KAZAKH, 5)),
            "неміс",
            ("немец", "немка"),
        ),
    )
}

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        _names(
            "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh sch _ y _ e yu ya a g k n o u u h i"
        ),
        strict=True,
    )
)


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower()).replace("_", "")


# ---------------------------------------------------------------------------------------------
# Where the demo's cases happen.


@dataclass(frozen=True)
class _Place:
    """A unit that takes cases in the demo, with its local colour."""

    code: str
    weight: float
    folks: tuple[tuple[str, float], ...]
    inter_ethnic: float  # share of its cases with an inter-ethnic dimension
    districts: tuple[str, ...]  # where its cases come from (a district unit: only its own)
    localities: tuple[tuple[str, str], ...]  # (Kazakh, Russian)
    streets: tuple[tuple[str, str], ...]
    rooms: tuple[str, ...]  # where sessions are held
    of_kk: str  # "Қордай ауданының": makes names of local state bodies
    of_ru: str  # "Кордайского района"


_STREETS_COMMON = (
    ("Абай", "Абая"),
    ("Төле би", "Толе би"),
    ("Жібек жолы", "Жибек жолы"),
    ("Достық", "Достык"),
    ("Бейбітшілік", "Бейбитшилик"),
    ("Наурыз", "Наурыз"),
    ("Тәуелсіздік", "Тауелсиздик"),
    ("Жамбыл", "Жамбыла"),
    ("Сейфуллин", "Сейфуллина"),
    ("Әуезов", "Ауэзова"),
    ("Мира", "Мира"),
)

PLACES: tuple[_Place, ...] = (
    _Place(
        code="KZ-31-KRD",
        weight=10,
        folks=(
            ("kazakh", 45),
            ("dungan", 25),
            ("russian", 15),
            ("tatar", 4),
            ("ukrainian", 4),
            ("korean", 3),
            ("german", 2),
            ("uighur", 2),
        ),
        inter_ethnic=0.16,
        districts=("KZ-31-KRD",),
        localities=(
            ("Қордай ауылы", "с. Кордай"),
            ("Масанчи ауылы", "с. Масанчи"),
            ("Сортөбе ауылы", "с. Сортобе"),
            ("Аухатты ауылы", "с. Аухатты"),
            ("Бірлік ауылы", "с. Бирлик"),
        ),
        streets=_STREETS_COMMON,
        rooms=(
            "Қордай ауданы ассамблеясы, мәжіліс залы",
            "Масанчи ауылдық округі әкімдігі",
            "Сортөбе ауылы, мәдениет үйі",
            "Онлайн (WhatsApp)",
        ),
        of_kk="Қордай ауданының",
        of_ru="Кордайского района",
    ),
    _Place(
        code="KZ-31-CTR",
        weight=12,
        folks=(
            ("kazakh", 62),
            ("russian", 18),
            ("dungan", 6),
            ("korean", 4),
            ("tatar", 4),
            ("ukrainian", 3),
            ("german", 3),
        ),
        inter_ethnic=0.05,
        districts=("KZ-31-TRZ", "KZ-31-TRZ", "KZ-31-TRZ", "KZ-31-BZK", "KZ-31-MRK", "KZ-31-SHU"),
        localities=(
            ("Тараз қаласы", "г. Тараз"),
            ("Сарыкемер ауылы", "с. Сарыкемер"),
            ("Меркі ауылы", "с. Мерке"),
            ("Шу қаласы", "г. Шу"),
        ),
        streets=_STREETS_COMMON,
        rooms=("Тараз, медиация орталығы, 14-кабинет", "Центр медиации, каб. 12", "Онлайн (Zoom)"),
        of_kk="Жамбыл облысының",
        of_ru="Жамбылской области",
    ),
    _Place(
        code="KZ-31-HF",
        weight=6,
        folks=(
            ("kazakh", 55),
            ("russian", 18),
            ("dungan", 10),
            ("korean", 6),
            ("tatar", 5),
            ("ukrainian", 3),
            ("german", 3),
        ),
        inter_ethnic=0.09,
        districts=("KZ-31-TRZ",),
        localities=(("Тараз қаласы", "г. Тараз"),),
        streets=_STREETS_COMMON,
        rooms=("Тараз, Достық үйі, үлкен зал", "Дом дружбы, каб. 3"),
        of_kk="Тараз қаласының",
        of_ru="города Тараз",
    ),
    _Place(
        code="KZ-19-ENB",
        weight=9,
        folks=(
            ("kazakh", 55),
            ("uighur", 20),
            ("russian", 15),
            ("tatar", 3),
            ("korean", 3),
            ("ukrainian", 2),
            ("german", 2),
        ),
        inter_ethnic=0.12,
        districts=("KZ-19-ENB",),
        localities=(
            ("Есік қаласы", "г. Есик"),
            ("Шелек ауылы", "с. Шелек"),
            ("Түрген ауылы", "с. Тургень"),
            ("Байсейіт ауылы", "с. Байсеит"),
        ),
        streets=_STREETS_COMMON,
        rooms=("Есік, аудан ассамблеясы", "Шелек ауылдық округі әкімдігі", "Онлайн (WhatsApp)"),
        of_kk="Еңбекшіқазақ ауданының",
        of_ru="Енбекшиказахского района",
    ),
    _Place(
        code="KZ-19-HF",
        weight=6,
        folks=(
            ("kazakh", 55),
            ("russian", 20),
            ("uighur", 12),
            ("korean", 5),
            ("tatar", 4),
            ("ukrainian", 2),
            ("german", 2),
        ),
        inter_ethnic=0.09,
        districts=("KZ-19-KRS", "KZ-19-TLG", "KZ-19-UIG"),
        localities=(
            ("Қонаев қаласы", "г. Конаев"),
            ("Талғар қаласы", "г. Талгар"),
            ("Қаскелең қаласы", "г. Каскелен"),
        ),
        streets=_STREETS_COMMON,
        rooms=("Қонаев, Достық үйі", "Дом дружбы, малый зал"),
        of_kk="Алматы облысының",
        of_ru="Алматинской области",
    ),
    _Place(
        code="KZ-75-HF",
        weight=14,
        folks=(
            ("kazakh", 50),
            ("russian", 30),
            ("uighur", 7),
            ("korean", 5),
            ("tatar", 4),
            ("ukrainian", 2),
            ("german", 2),
        ),
        inter_ethnic=0.09,
        districts=("KZ-75-MDU", "KZ-75-ALT"),
        localities=(("Алматы қаласы", "г. Алматы"),),
        streets=(
            *_STREETS_COMMON,
            ("Сәтбаев", "Сатпаева"),
            ("Гагарин", "Гагарина"),
            ("Райымбек", "Райымбека"),
        ),
        rooms=("Алматы, Достық үйі, 2-қабат", "Дом дружбы, каб. 21", "Онлайн (Zoom)"),
        of_kk="Алматы қаласының",
        of_ru="города Алматы",
    ),
    _Place(
        code="KZ-75-CTR",
        weight=12,
        folks=(
            ("kazakh", 50),
            ("russian", 30),
            ("uighur", 7),
            ("korean", 5),
            ("tatar", 4),
            ("ukrainian", 2),
            ("german", 2),
        ),
        inter_ethnic=0.05,
        districts=("KZ-75-MDU", "KZ-75-ALT"),
        localities=(("Алматы қаласы", "г. Алматы"),),
        streets=(
            *_STREETS_COMMON,
            ("Сәтбаев", "Сатпаева"),
            ("Гагарин", "Гагарина"),
            ("Райымбек", "Райымбека"),
        ),
        rooms=("Алматы, медиация орталығы", "Центр медиации, каб. 305", "Онлайн (Zoom)"),
        of_kk="Алматы қаласының",
        of_ru="города Алматы",
    ),
    _Place(
        code="KZ-61-SRM",
        weight=9,
        folks=(("kazakh", 40), ("uzbek", 48), ("russian", 7), ("tatar", 2), ("uighur", 2), ("korean", 1)),
        inter_ethnic=0.12,
        districts=("KZ-61-SRM",),
        localities=(
            ("Ақсукент ауылы", "с. Аксукент"),
            ("Қарабұлақ ауылы", "с. Карабулак"),
            ("Манкент ауылы", "с. Манкент"),
            ("Қарамұрт ауылы", "с. Карамурт"),
        ),
        streets=_STREETS_COMMON,
        rooms=("Ақсукент, аудан ассамблеясы", "Қарабұлақ ауылы, мектеп", "Манкент ауылдық округі әкімдігі"),
        of_kk="Сайрам ауданының",
        of_ru="Сайрамского района",
    ),
    _Place(
        code="KZ-61-CTR",
        weight=8,
        folks=(("kazakh", 70), ("uzbek", 22), ("russian", 6), ("tatar", 2)),
        inter_ethnic=0.05,
        districts=("KZ-61-SRG", "KZ-61-MKT", "KZ-61-SRM"),
        localities=(
            ("Түркістан қаласы", "г. Туркестан"),
            ("Сарыағаш қаласы", "г. Сарыагаш"),
            ("Мырзакент кенті", "пос. Мырзакент"),
        ),
        streets=_STREETS_COMMON,
        rooms=("Түркістан, медиация орталығы", "Центр медиации, каб. 8"),
        of_kk="Түркістан облысының",
        of_ru="Туркестанской области",
    ),
    _Place(
        code="KZ-79-HF",
        weight=8,
        folks=(("kazakh", 60), ("uzbek", 22), ("russian", 12), ("tatar", 3), ("korean", 3)),
        inter_ethnic=0.08,
        districts=("KZ-79-ABY", "KZ-79-FRB"),
        localities=(("Шымкент қаласы", "г. Шымкент"),),
        streets=(*_STREETS_COMMON, ("Байтұрсынұлы", "Байтурсынова"), ("Қазыбек би", "Казыбек би")),
        rooms=("Шымкент, Достық үйі", "Дом дружбы, каб. 5"),
        of_kk="Шымкент қаласының",
        of_ru="города Шымкент",
    ),
    _Place(
        code="KZ-71-CTR",
        weight=14,
        folks=(("kazakh", 62), ("russian", 25), ("tatar", 4), ("ukrainian", 3), ("german", 3), ("korean", 3)),
        inter_ethnic=0.05,
        districts=("KZ-71-ESL", "KZ-71-SRK"),
        localities=(("Астана қаласы", "г. Астана"),),
        streets=(*_STREETS_COMMON, ("Қабанбай батыр", "Кабанбай батыра"), ("Күйші Дина", "Куйши Дина")),
        rooms=("Астана, медиация орталығы, 14-кабинет", "Центр медиации, каб. 14", "Онлайн (Zoom)"),
        of_kk="Астана қаласының",
        of_ru="города Астаны",
    ),
    _Place(
        code="KZ-71-HF",
        weight=7,
        folks=(("kazakh", 62), ("russian", 25), ("tatar", 4), ("ukrainian", 3), ("german", 3), ("korean", 3)),
        inter_ethnic=0.09,
        districts=("KZ-71-ESL", "KZ-71-SRK"),
        localities=(("Астана қаласы", "г. Астана"),),
        streets=(*_STREETS_COMMON, ("Қабанбай батыр", "Кабанбай батыра"), ("Күйші Дина", "Куйши Дина")),
        rooms=("Астана, Достық үйі, 3-қабат", "Дом дружбы, конференц-зал"),
        of_kk="Астана қаласының",
        of_ru="города Астаны",
    ),
)

# ---------------------------------------------------------------------------------------------
# What disputes look like. Texts come in pairs (Kazakh, Russian); the case's language chooses.

Text2 = tuple[str, str]

_CATEGORIES = _Pick(
    [
        (Category.FAMILY, 20),
        (Category.NEIGHBOUR, 18),
        (Category.LABOUR, 9),
        (Category.PROPERTY_LAND, 10),
        (Category.DEBT_CONSUMER, 12),
        (Category.HOUSING_UTILITIES, 10),
        (Category.SCHOOL_YOUTH, 7),
        (Category.CITIZEN_AUTHORITY, 5),
        (Category.RELIGIOUS, 2),
        (Category.COMMUNITY_GROUP, 3),
        (Category.OTHER, 4),
    ]
)

_BASE_CHANNELS: dict[Channel, float] = {
    Channel.SELF_REFERRAL: 38,
    Channel.AKIMAT: 12,
    Channel.POLICE: 9,
    Channel.COURT: 8,
    Channel.PROSECUTOR: 2,
    Channel.SCHOOL: 2,
    Channel.EMPLOYER: 2,
    Channel.ETHNOCULTURAL_ASSOCIATION: 7,
    Channel.HOTLINE: 12,
    Channel.OTHER: 5,
}


def _channels(**extra: float) -> _Pick[Channel]:
    weights = dict(_BASE_CHANNELS)
    for name, weight in extra.items():
        weights[Channel(name)] = weight
    return _Pick(list(weights.items()))


_CHANNELS: dict[Category, _Pick[Channel]] = {
    Category.FAMILY: _channels(court=14, police=12),
    Category.NEIGHBOUR: _channels(police=16, akimat=16),
    Category.LABOUR: _channels(employer=25, court=10),
    Category.PROPERTY_LAND: _channels(court=14, akimat=18),
    Category.DEBT_CONSUMER: _channels(court=16),
    Category.HOUSING_UTILITIES: _channels(akimat=20),
    Category.SCHOOL_YOUTH: _channels(school=60, police=12),
    Category.CITIZEN_AUTHORITY: _channels(akimat=45, prosecutor=8),
    Category.RELIGIOUS: _channels(ethnocultural_association=30, akimat=20),
    Category.COMMUNITY_GROUP: _channels(ethnocultural_association=30, akimat=25, police=15),
    Category.OTHER: _channels(),
}

_LEGAL_AREAS: dict[Category, _Pick[LegalArea | None]] = {
    Category.FAMILY: _Pick(
        [(LegalArea.FAMILY, 85), (LegalArea.CIVIL, 8), (LegalArea.ADMINISTRATIVE_OFFENCE, 7)]
    ),
    Category.NEIGHBOUR: _Pick(
        [(LegalArea.CIVIL, 70), (LegalArea.ADMINISTRATIVE_OFFENCE, 25), (LegalArea.CRIMINAL_MINOR, 5)]
    ),
    Category.LABOUR: _Pick([(LegalArea.LABOUR, 95), (LegalArea.CIVIL, 5)]),
    Category.PROPERTY_LAND: _Pick([(LegalArea.CIVIL, 85), (LegalArea.ADMINISTRATIVE, 15)]),
    Category.DEBT_CONSUMER: _Pick([(LegalArea.CIVIL, 80), (LegalArea.ENFORCEMENT, 20)]),
    Category.HOUSING_UTILITIES: _Pick([(LegalArea.CIVIL, 85), (LegalArea.ADMINISTRATIVE, 15)]),
    Category.SCHOOL_YOUTH: _Pick(
        [(LegalArea.ADMINISTRATIVE_OFFENCE, 40), (LegalArea.CIVIL, 40), (LegalArea.CRIMINAL_MINOR, 20)]
    ),
    Category.CITIZEN_AUTHORITY: _Pick([(LegalArea.ADMINISTRATIVE, 100)]),
    Category.RELIGIOUS: _Pick([(LegalArea.CIVIL, 50), (LegalArea.ADMINISTRATIVE, 50)]),
    Category.COMMUNITY_GROUP: _Pick(
        [(LegalArea.CIVIL, 45), (LegalArea.ADMINISTRATIVE, 40), (LegalArea.ADMINISTRATIVE_OFFENCE, 15)]
    ),
    Category.OTHER: _Pick([(LegalArea.CIVIL, 60), (None, 40)]),
}

_DESCRIPTIONS: dict[Category, tuple[Text2, ...]] = {
    Category.FAMILY: (
        (
            "Ажырасудан кейін баланың тұрғылықты жері және кездесу тәртібі туралы дау",
            "Спор о месте жительства ребёнка и порядке общения после развода",
        ),
        (
            "Алимент төлеу мөлшері мен мерзімі бойынша келіспеушілік",
            "Разногласия о размере и сроках уплаты алиментов",
        ),
        (
            "Ерлі-зайыптылардың ортақ мүлкін бөлу туралы дау",
            "Спор о разделе совместно нажитого имущества супругов",
        ),
        (
            "Ата-ана мен ересек балалар арасындағы тұрғын үйге қатысты жанжал",
            "Конфликт между родителями и взрослыми детьми из-за жилья",
        ),
    ),
    Category.NEIGHBOUR: (
        (
            "{street_kk} көшесіндегі көршілер арасындағы жер телімінің шекарасы туралы дау",
            "Спор соседей о границе земельного участка на ул. {street_ru}",
        ),
        ("Көршінің малы мен иттеріне байланысты шағым", "Жалоба на скот и собак соседа"),
        (
            "Түнгі шу және ортақ аулаларды пайдалану туралы жанжал",
            "Конфликт из-за ночного шума и пользования общим двором",
        ),
        ("Арықтан суару кезегі туралы көршілер дауы", "Спор соседей об очерёдности полива из арыка"),
    ),
    Category.LABOUR: (
        (
            "Жалақының {amount} теңге кешіктіріліп төленуі туралы еңбек дауы",
            "Трудовой спор о задержке заработной платы на сумму {amount} тенге",
        ),
        ("Жұмыстан шығарудың негізділігі туралы дау", "Спор о законности увольнения"),
        (
            "Пайдаланылмаған демалыс үшін өтемақы төлеу туралы келіспеушілік",
            "Разногласия о компенсации за неиспользованный отпуск",
        ),
    ),
    Category.PROPERTY_LAND: (
        (
            "Шаруа қожалығы жерінің шекарасы мен пайдалану құқығы туралы дау",
            "Спор о границах и праве пользования землёй крестьянского хозяйства",
        ),
        ("Мұрагерлер арасындағы үйді бөлу туралы дау", "Спор наследников о разделе дома"),
        ("Жайылымды пайдалану тәртібі туралы келіспеушілік", "Разногласия о порядке пользования пастбищем"),
    ),
    Category.DEBT_CONSUMER: (
        ("{amount} теңге қарызды қайтару мерзімі туралы дау", "Спор о сроке возврата долга в {amount} тенге"),
        (
            "Сапасыз тауарды қайтару және ақшасын өтеу туралы шағым",
            "Претензия о возврате некачественного товара и денег",
        ),
        (
            "Қарыз бойынша берешекті өтеу кестесі туралы келіспеушілік",
            "Разногласия о графике погашения задолженности по займу",
        ),
    ),
    Category.HOUSING_UTILITIES: (
        (
            "Пәтерді су басудан келген залалды өтеу туралы дау",
            "Спор о возмещении ущерба от затопления квартиры",
        ),
        (
            "Коммуналдық қызметтер үшін {amount} теңге берешек туралы келіспеушілік",
            "Разногласия о задолженности за коммунальные услуги на {amount} тенге",
        ),
        (
            "Көппәтерлі үйдің шатырын жөндеу шығындарын бөлу туралы дау",
            "Спор о распределении расходов на ремонт крыши многоквартирного дома",
        ),
    ),
    Category.SCHOOL_YOUTH: (
        (
            "Мектептегі оқушылар төбелесі және ата-аналар шағымы",
            "Драка между учениками школы и жалоба родителей",
        ),
        ("Оқушыны қорлау (буллинг) туралы шағым", "Жалоба на травлю (буллинг) ученика"),
        (
            "Жасөспірімдер арасындағы бүлінген ұялы телефон туралы дау",
            "Спор подростков о повреждённом мобильном телефоне",
        ),
    ),
    Category.CITIZEN_AUTHORITY: (
        (
            "Жер телімін беруді созу туралы әкімдікке шағым",
            "Жалоба в акимат на затягивание выделения земельного участка",
        ),
        ("Ауылдағы жолды жөндеу туралы тұрғындар өтініші", "Обращение жителей о ремонте сельской дороги"),
        ("Әлеуметтік төлемді тағайындау туралы келіспеушілік", "Разногласия о назначении социальной выплаты"),
    ),
    Category.RELIGIOUS: (
        (
            "Діни жоралғылар өткізілетін орын туралы тұрғындар келіспеушілігі",
            "Разногласия жителей о месте проведения религиозных обрядов",
        ),
        ("Зират аумағын пайдалану туралы дау", "Спор об использовании территории кладбища"),
    ),
    Category.COMMUNITY_GROUP: (
        (
            "Ауыл тұрғындары арасындағы жайылым мен суару суы туралы топтық дау",
            "Групповой спор жителей села о пастбищах и поливной воде",
        ),
        ("Мереке кезіндегі жастар жанжалының салдары", "Последствия конфликта молодёжи во время праздника"),
        ("Базар саудагерлері арасындағы сауда орындары туралы дау", "Спор торговцев рынка о торговых местах"),
    ),
    Category.OTHER: (
        ("Жол-көлік оқиғасынан кейінгі залалды өтеу туралы дау", "Спор о возмещении ущерба после ДТП"),
        ("Той шығындарын бөлу туралы келіспеушілік", "Разногласия о распределении расходов на той"),
    ),
}

_OBLIGATIONS: dict[Category, tuple[Text2, ...]] = {
    Category.FAMILY: (
        (
            "Баланың әкесімен демалыс күндері кездесуін қамтамасыз ету",
            "Обеспечить встречи ребёнка с отцом по выходным",
        ),
        ("Ай сайын {amount} теңге алимент төлеу", "Ежемесячно выплачивать алименты {amount} тенге"),
    ),
    Category.NEIGHBOUR: (
        ("Қоршауды келісілген шекараға жылжыту", "Перенести забор по согласованной границе"),
        ("Малды көршінің аумағына жібермеу", "Не допускать выпаса скота на участке соседа"),
        ("Түнгі уақытта тыныштық сақтау", "Соблюдать тишину в ночное время"),
    ),
    Category.LABOUR: (
        (
            "Жалақы берешегін {amount} теңге көлемінде төлеу",
            "Выплатить задолженность по зарплате {amount} тенге",
        ),
        ("Еңбек кітапшасы мен анықтаманы беру", "Выдать трудовую книжку и справку о стаже"),
    ),
    Category.PROPERTY_LAND: (
        (
            "Жер телімінің шекарасын жерге орналастырушымен белгілеу",
            "Установить границу участка с участием землеустроителя",
        ),
        ("Үйдегі үлесті {amount} теңгеге сатып алу", "Выкупить долю в доме за {amount} тенге"),
    ),
    Category.DEBT_CONSUMER: (
        ("{amount} теңге қарызды бөліп қайтару", "Вернуть долг {amount} тенге частями"),
        ("Тауарды ауыстыру немесе ақшасын қайтару", "Заменить товар или вернуть деньги"),
    ),
    Category.HOUSING_UTILITIES: (
        ("Су басу залалын {amount} теңге көлемінде өтеу", "Возместить ущерб от затопления {amount} тенге"),
        ("Шатырды жөндеу шығынын тең бөлу", "Разделить расходы на ремонт крыши поровну"),
    ),
    Category.SCHOOL_YOUTH: (
        ("Оқушыдан кешірім сұрау", "Принести извинения ученику"),
        ("Бүлінген телефонның құнын өтеу", "Возместить стоимость повреждённого телефона"),
        ("Мектеп психологымен кездесулерге қатысу", "Посещать встречи со школьным психологом"),
    ),
    Category.CITIZEN_AUTHORITY: (
        (
            "Жер телімін беру туралы өтінішті қайта қарау",
            "Повторно рассмотреть заявление о выделении участка",
        ),
        ("Жолды жөндеуді жұмыс жоспарына енгізу", "Включить ремонт дороги в план работ"),
    ),
    Category.RELIGIOUS: (
        ("Іс-шаралар кестесін бірлесіп келісу", "Совместно согласовать график мероприятий"),
    ),
    Category.COMMUNITY_GROUP: (
        ("Жайылымды кезекпен пайдалану", "Пользоваться пастбищем поочерёдно"),
        ("Іс-шаралар кестесін бірлесіп келісу", "Совместно согласовать график мероприятий"),
    ),
    Category.OTHER: (("Залалды {amount} теңге көлемінде өтеу", "Возместить ущерб в размере {amount} тенге"),),
}
_WITHDRAW_COMPLAINTS: Text2 = ("Бір-біріне қатысты шағымдарды қайтарып алу", "Отозвать взаимные жалобы")

_AMOUNTS = (
    "50 000",
    "80 000",
    "120 000",
    "150 000",
    "200 000",
    "250 000",
    "300 000",
    "450 000",
    "600 000",
    "900 000",
    "1 200 000",
)

_EXCLUSIONS = _Pick(
    [
        (Exclusion.THIRD_PARTY_RIGHTS, 50),
        (Exclusion.PARTY_INCAPABLE, 30),
        (Exclusion.CORRUPTION_CRIME, 10),
        (Exclusion.PUBLIC_SERVICE_CRIME, 10),
    ]
)
_EXCLUSION_NOTES: dict[Exclusion, Text2] = {
    Exclusion.THIRD_PARTY_RIGHTS: (
        "Дау медиацияға қатыспайтын үшінші тұлғалардың құқықтарын қозғайды",
        "Спор затрагивает права третьих лиц, не участвующих в медиации",
    ),
    Exclusion.PARTY_INCAPABLE: (
        "Тараптардың бірі сот шешімімен әрекетке қабілетсіз деп танылған",
        "Одна из сторон признана судом недееспособной",
    ),
    Exclusion.CORRUPTION_CRIME: (
        "Сыбайлас жемқорлық қылмысының белгілері",
        "Признаки коррупционного преступления",
    ),
    Exclusion.PUBLIC_SERVICE_CRIME: (
        "Мемлекеттік қызмет мүдделеріне қарсы қылмыс",
        "Преступление против интересов государственной службы",
    ),
}
_REFERRAL_NOTES: tuple[Text2, ...] = (
    ("Материалдар сотқа жолданды", "Материалы направлены в суд"),
    ("Іс полиция бөліміне жіберілді", "Дело передано в отдел полиции"),
    ("Өтініш әкімдікке жолданды", "Обращение направлено в акимат"),
)
_OTHER_GROUNDS: tuple[Text2, ...] = (
    ("Өтініш беруші басқа облысқа көшіп кетті", "Заявитель переехал в другую область"),
    ("Тараптар медиациясыз татуласты", "Стороны примирились без медиации"),
)
_NO_ANSWER: Text2 = (
    "Медиация туралы ұсынысқа 10 күн ішінде жауап берілмеді",
    "Предложение о медиации оставлено без ответа в течение 10 дней",
)
_EXTENSION_REASONS: tuple[Text2, ...] = (
    ("Тараптар қосымша құжаттар жинауға уақыт сұрады", "Стороны попросили время для сбора документов"),
    ("Мүлікті бағалау қорытындысы күтілуде", "Ожидается заключение об оценке имущества"),
    ("Тараптардың бірі ауырып қалды", "Одна из сторон заболела"),
)
_CONFLICT_NOTES: tuple[Text2, ...] = (
    ("Тараптардың бірімен туыстық қатынаста", "Состоит в родстве с одной из сторон"),
    ("Жауапкермен бұрын бірге жұмыс істеген", "Ранее работал(а) вместе с ответчиком"),
)
_SESSION_NOTES: tuple[Text2, ...] = (
    ("Тараптар өз ұстанымдарын баяндады", "Стороны изложили свои позиции"),
    ("Келісім жобасы талқыланды", "Обсуждён проект соглашения"),
    ("Тараптар ымыраға келу нұсқаларын ұсынды", "Стороны предложили варианты компромисса"),
)
_FOLLOW_UP_NOTES: tuple[Text2, ...] = (
    ("Міндеттеме орындалды, тараптар қанағаттанды", "Обязательство исполнено, стороны удовлетворены"),
    ("Тараптармен телефон арқылы сөйлесті", "Связались со сторонами по телефону"),
    ("Растайтын құжаттар көрсетілді", "Представлены подтверждающие документы"),
)
_CONSULTATION_NOTES: tuple[Text2, ...] = (
    ("Тараптардың құқықтары түсіндірілді", "Разъяснены права сторон"),
    ("Медиация тәртібі туралы ақпарат берілді", "Дана информация о порядке медиации"),
    ("Әкімдікке жүгіну ұсынылды", "Рекомендовано обратиться в акимат"),
    ("Тараптар телефон арқылы келісті", "Стороны договорились по телефону"),
)
_TRAININGS: tuple[tuple[str, str, int], ...] = (
    ("Медиация негіздері", "Қазақстан халқы Ассамблеясы", 40),
    ("Основы медиации: подготовка профессиональных медиаторов", "Палата медиаторов", 100),
    ("Этномедиация и профилактика межэтнической напряжённости", "Ассамблея народа Казахстана", 24),
    ("Мектеп медиациясы", "Білім басқармасы", 24),
    ("Семейная медиация", "Центр медиации", 36),
    ("Қоғамдық медиатордың құқықтық негіздері", "Аудан әкімдігі", 16),
)
_INACTIVE_NOTES = ("Басқа облысқа көшті", "Переехал(а) в другой регион", "Өкілеттік мерзімі аяқталды")
_START_TIMES = (
    "09:30",
    "10:00",
    "10:30",
    "11:00",
    "11:30",
    "14:00",
    "14:30",
    "15:00",
    "15:30",
    "16:00",
    "17:00",
)
_PHONE_CODES = ("701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")

_COMPANIES: tuple[Text2, ...] = (
    ("«Жер-Ана» ЖШС", "ТОО «Жер-Ана»"),
    ("«Береке» ЖШС", "ТОО «Береке»"),
    ("«Нұрлы Жол Құрылыс» ЖШС", "ТОО «Нурлы Жол Курылыс»"),
    ("«Алтын Дән» ЖШС", "ТОО «Алтын Дан»"),
    ("«Ақбастау» шаруа қожалығы", "КХ «Акбастау»"),
    ("«Шапшаң Несие» МҚҰ ЖШС", "ТОО «МФО «Шапшан Несие»"),
    ("«Таза Су Сервис» ЖШС", "ТОО «Таза Су Сервис»"),
    ("«Жылу Энерго» ЖШС", "ТОО «Жылу Энерго»"),
    ("«Мерей» дүкені", "Магазин «Мерей»"),
    ("«Самал» ПИК", "КСК «Самал»"),
    ("«Достық-12» ПИБ", "ОСИ «Достык-12»"),
    ("«Ақ Жол Логистик» ЖШС", "ТОО «Ак Жол Логистик»"),
)


# ---------------------------------------------------------------------------------------------
# Columns written per table, in the order the row tuples are built below.

_COLUMNS: dict[str, tuple[str, ...]] = {
    "mediators": (
        "id",
        "unit_id",
        "last_name",
        "first_name",
        "middle_name",
        "kind",
        "register_number",
        "registered_on",
        "languages",
        "specialisations",
        "phone",
        "email",
        "active",
        "notes",
        "created_at",
        "updated_at",
        "version",
    ),
    "mediator_trainings": ("id", "mediator_id", "title", "provider", "completed_on", "hours"),
    "parties": (
        "id",
        "kind",
        "last_name",
        "first_name",
        "middle_name",
        "org_name",
        "id_number",
        "sex",
        "birth_date",
        "age_group",
        "ethnicity",
        "language",
        "phone",
        "email",
        "address",
        "consent_given",
        "consent_on",
        "group_size",
        "created_at",
        "updated_at",
        "version",
    ),
    "cases": (
        "id",
        "number",
        "unit_id",
        "year",
        "seq",
        "district_id",
        "intake_date",
        "channel",
        "category",
        "legal_area",
        "description",
        "language",
        "inter_ethnic",
        "group_dispute",
        "minors_involved",
        "recurrence",
        "recurrence_of_id",
        "risk_level",
        "status",
        "exclusion",
        "exclusion_note",
        "proposal_sent_on",
        "agreement_signed_on",
        "deadline_on",
        "outcome",
        "termination_reason",
        "termination_note",
        "ended_at",
        "ended_on",
        "closed_on",
        "created_at",
        "updated_at",
        "version",
    ),
    "case_participants": ("id", "case_id", "party_id", "role", "represents_id", "created_at", "updated_at"),
    "conflict_declarations": ("id", "case_id", "mediator_id", "has_conflict", "note", "declared_at"),
    "mediator_assignments": (
        "id",
        "case_id",
        "mediator_id",
        "lead",
        "assigned_on",
        "released_on",
        "declaration_id",
        "created_at",
        "updated_at",
    ),
    "extensions": (
        "id",
        "case_id",
        "granted_on",
        "days",
        "reason",
        "parties_consented",
        "created_at",
        "updated_at",
    ),
    "sessions": (
        "id",
        "case_id",
        "held_on",
        "start_time",
        "duration_minutes",
        "kind",
        "place",
        "language",
        "mediator_id",
        "notes",
        "created_at",
        "updated_at",
        "version",
    ),
    "session_attendees": ("session_id", "participant_id"),
    "settlement_agreements": (
        "id",
        "case_id",
        "signed_on",
        "subject",
        "terms",
        "signed_by_email",
        "created_at",
        "updated_at",
        "version",
    ),
    "obligations": (
        "id",
        "agreement_id",
        "obligor_id",
        "description",
        "due_on",
        "status",
        "checked_on",
        "note",
        "created_at",
        "updated_at",
        "version",
    ),
    "follow_ups": ("id", "case_id", "done_on", "method", "note", "next_due_on", "created_at", "updated_at"),
    "satisfaction": ("id", "case_id", "participant_id", "score", "would_recommend", "recorded_at"),
    "consultations": (
        "id",
        "unit_id",
        "mediator_id",
        "district_id",
        "held_on",
        "topic",
        "language",
        "result",
        "inter_ethnic",
        "sex",
        "age_group",
        "note",
        "case_id",
        "created_at",
        "updated_at",
    ),
    "case_search_docs": ("case_id", "document"),
    "case_counters": ("unit_id", "year", "last_seq"),
}

# Parents before children, so every foreign key already points at a row when it is checked.
_TABLE_ORDER = (
    "mediators",
    "mediator_trainings",
    "parties",
    "cases",
    "case_participants",
    "conflict_declarations",
    "mediator_assignments",
    "extensions",
    "sessions",
    "session_attendees",
    "settlement_agreements",
    "obligations",
    "follow_ups",
    "satisfaction",
    "consultations",
    "case_search_docs",
    "case_counters",
)


def _insert_sql(connection: Connection, table_name: str) -> str:
    """INSERT with positional parameters for the columns of _COLUMNS, checked against the model."""
    table = Base.metadata.tables[table_name]
    columns = _COLUMNS[table_name]
    unknown = [c for c in columns if c not in table.c]
    if unknown:  # a model changed and this module did not: fail loudly, not with odd data
        raise RuntimeError(f"demo: {table_name} has no column(s) {unknown}")
    missing = [
        c.name
        for c in table.columns
        if not c.nullable
        and c.name not in columns
        and c.default is None
        and c.server_default is None
        and not (c.primary_key and c.autoincrement is not False and c.type.python_type is int)
    ]
    if missing:
        raise RuntimeError(f"demo: {table_name} needs value(s) for {missing}")
    quote = connection.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote(table_name)} ({names}) VALUES ({marks})"


# ---------------------------------------------------------------------------------------------
# The generator.


@dataclass
class _MediatorInfo:
    id: str
    languages: frozenset[str]
    kind: MediatorKind


@dataclass
class _UnitState:
    place: _Place
    id: str
    code: str
    opened: int  # ordinal
    own_district: str | None
    folks: _Pick[_Folk]
    districts: tuple[str | None, ...]
    orgs: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)  # -> (party id, name)
    recent: list[tuple[str, int, tuple[str, str], tuple[str, str]]] = field(default_factory=list)
    pool_all: tuple[_MediatorInfo, ...] = ()  # every mediator: cases before `switch`
    pool_active: tuple[_MediatorInfo, ...] = ()  # the ones still active: cases from `switch` on
    switch: int = 0  # ordinal on which the inactive mediators stopped (their updated_at)


@dataclass(frozen=True)
class _Terms:
    term_days: int
    extension_max_days: int
    max_extensions: int
    answer_days: int


class _Batch:
    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {name: [] for name in _TABLE_ORDER}
        self.cases = 0


_OUTCOMES_MEDIATED = _Pick(
    [
        ("settled_full", 52),
        ("settled_partial", 15),
        ("not_settled", 14),
        ("withdrew", 3.5),
        ("absent", 3),
        ("mediator_refused", 3),
        ("term_expired", 2.5),
        ("other", 1),
        ("referred", 6),
    ]
)
_SESSION_COUNTS = _Pick([(1, 35), (2, 35), (3, 20), (4, 10)])
_AGREEMENT_DELAYS = _Pick(
    [(0, 10), (1, 16), (2, 15), (3, 14), (5, 12), (6, 8), (7, 10), (9, 6), (12, 5), (14, 4)]
)
_DURATIONS = _Pick([(3, 10), (6, 15), (10, 15), (13, 15), (17, 12), (20, 10), (24, 9), (27, 8), (29, 6)])
_OBLIGATION_COUNTS = _Pick([(1, 50), (2, 35), (3, 15)])
_DUE_OFFSETS = _Pick([(0, 12), (7, 18), (14, 20), (30, 25), (60, 15), (90, 10)])
_KEPT_FULL = _Pick(
    [(ObligationStatus.KEPT, 85), (ObligationStatus.PARTLY_KEPT, 10), (ObligationStatus.NOT_KEPT, 5)]
)
_KEPT_PARTIAL = _Pick(
    [(ObligationStatus.KEPT, 70), (ObligationStatus.PARTLY_KEPT, 20), (ObligationStatus.NOT_KEPT, 10)]
)
_FOLLOW_UP_METHODS = _Pick(
    [
        (FollowUpMethod.PHONE, 55),
        (FollowUpMethod.VISIT, 15),
        (FollowUpMethod.MEETING, 15),
        (FollowUpMethod.DOCUMENT, 12),
        (FollowUpMethod.OTHER, 3),
    ]
)
_RISK = _Pick([(RiskLevel.LOW, 76), (RiskLevel.MEDIUM, 20), (RiskLevel.HIGH, 4)])
_RISK_SENSITIVE = _Pick([(RiskLevel.LOW, 40), (RiskLevel.MEDIUM, 42), (RiskLevel.HIGH, 18)])
_ADULT_AGES = _Pick([((18, 29), 20), ((30, 44), 38), ((45, 59), 28), ((60, 84), 14)])
_CONSULTATION_COUNTS = _Pick([(0, 10), (1, 18), (2, 24), (3, 22), (4, 16), (5, 10)])
_CONSULTATION_RESULTS = _Pick(
    [
        (ConsultationResult.RESOLVED, 56),
        (ConsultationResult.INFORMATION_GIVEN, 26),
        (ConsultationResult.REFERRED_TO_MEDIATION, 8),
        (ConsultationResult.REFERRED_ELSEWHERE, 10),
    ]
)
_MEDIATOR_KINDS: dict[UnitKind, _Pick[MediatorKind]] = {
    UnitKind.CENTRE: _Pick(
        [(MediatorKind.PROFESSIONAL, 50), (MediatorKind.PUBLIC, 30), (MediatorKind.ETHNOMEDIATOR, 20)]
    ),
    UnitKind.HOUSE_OF_FRIENDSHIP: _Pick(
        [(MediatorKind.ETHNOMEDIATOR, 45), (MediatorKind.PUBLIC, 35), (MediatorKind.PROFESSIONAL, 20)]
    ),
    UnitKind.DISTRICT_ASSEMBLY: _Pick(
        [(MediatorKind.PUBLIC, 50), (MediatorKind.ETHNOMEDIATOR, 40), (MediatorKind.PROFESSIONAL, 10)]
    ),
}
_ALL_CATEGORIES = tuple(Category)

_TEXT_LANGUAGE: dict[Language, float] = {  # probability the texts of a case are written in Russian
    Language.KAZAKH: 0.0,
    Language.RUSSIAN: 1.0,
    Language.UZBEK: 0.5,
    Language.UYGHUR: 0.6,
    Language.ENGLISH: 1.0,
    Language.OTHER: 0.8,
}


class _Generator:
    def __init__(self, seed: int, until: date, total: int, terms: _Terms) -> None:
        self.rng = random.Random(seed)
        self.total = total
        self.terms = terms
        self.until = until.toordinal()
        first = until.replace(year=until.year - HISTORY_MONTHS // 12, day=1) + timedelta(days=until.day - 1)
        self.first = first.toordinal() + 1  # 24 months back, the day after the same date
        self.lo = self.first - 800  # mediators' registration dates reach back further
        self.hi = self.until + 400  # obligations fall due after today
        self.days = [date.fromordinal(o).isoformat() for o in range(self.lo, self.hi)]
        self.used_iins: set[str] = set()
        self.counters: dict[tuple[str, int], int] = {}
        refs = {u.code: u for u in UNITS}
        self.units: list[_UnitState] = []
        for place in PLACES:
            ref = refs[place.code]
            self.units.append(
                _UnitState(
                    place=place,
                    id=unit_id(place.code).hex,
                    code=place.code,
                    opened=ref.opened_on.toordinal(),
                    own_district=district_id(ref.district_code).hex if ref.district_code else None,
                    folks=_Pick([(_FOLKS[key], w) for key, w in place.folks]),
                    districts=(*(district_id(code).hex for code in place.districts), None)
                    if not ref.district_code
                    else (district_id(ref.district_code).hex,),
                )
            )
        self.unit_kinds = {u.code: refs[u.code].kind for u in self.units}

    # -- small helpers ------------------------------------------------------------------------

    def day(self, ordinal: int) -> str:
        return self.days[ordinal - self.lo]

    def stamp(self, ordinal: int, minute: int) -> str:
        return _stamp(self.days[ordinal - self.lo], minute)

    def uid(self) -> str:
        return uuid_hex(self.rng)

    def phone(self) -> str:
        r = self.rng.random
        return (
            f"+7 {_one(self.rng, _PHONE_CODES)} {int(r() * 900) + 100:03d} "
            f"{int(r() * 100):02d} {int(r() * 100):02d}"
        )

    def iin(self, birth: date, sex: Sex) -> str:
        while True:
            number = make_iin(birth, sex, int(self.rng.random() * 10000))
            if number not in self.used_iins:  # two people never share an IIN
                self.used_iins.add(number)
                return number

    # -- the network: mediators ---------------------------------------------------------------

    def mediators(self) -> _Batch:
        batch = _Batch()
        rng = self.rng
        for unit in self.units:
            kinds = _MEDIATOR_KINDS[self.unit_kinds[unit.code]]
            count = _between(rng, 8, 15)
            start = max(unit.opened, self.first - 30)
            unit.switch = self.first + 300 + _between(rng, 0, 120)
            region = unit.code[3:5]
            for _ in range(count):
                folk = unit.folks(rng)
                sex = Sex.FEMALE if rng.random() < 0.55 else Sex.MALE  # many volunteers are women
                first_name = _one(rng, folk.male if sex is Sex.MALE else folk.female)
                last_name = folk.surname(rng, sex)
                middle = _one(rng, folk.patronymics)[0 if sex is Sex.MALE else 1]
                kind = kinds(rng)
                languages = ["kk", "ru"] if folk.key == "kazakh" or rng.random() < 0.35 else ["ru"]
                folk_language = folk.languages.table[0].value
                if folk_language not in languages and folk_language != "other":
                    languages.append(folk_language)
                if rng.random() < 0.08:
                    languages.append("en")
                specialisations = sorted(
                    {_one(rng, _ALL_CATEGORIES).value for _ in range(_between(rng, 1, 3))},
                    key=[c.value for c in Category].index,
                )
                if kind is MediatorKind.ETHNOMEDIATOR and "community_group" not in specialisations:
                    specialisations.append("community_group")
                registered = date.fromordinal(start - _between(rng, 60, 2500))
                prefix = {"professional": "ПМ", "public": "ҚМ", "ethnomediator": "ЭМ"}[kind.value]
                register_number = f"{prefix}-{region}-{_between(rng, 1, 9999):04d}"
                inactive = rng.random() < 0.1
                mediator_id = self.uid()
                created = self.stamp(start, _between(rng, 0, 500))
                updated = self.stamp(unit.switch, _between(rng, 0, 500)) if inactive else created
                email = (
                    f"{_latin(first_name)}.{_latin(last_name)}@mediator.kz" if rng.random() < 0.6 else None
                )
                batch.rows["mediators"].append(
                    (
                        mediator_id,
                        unit.id,
                        last_name,
                        first_name,
                        middle,
                        kind.value,
                        register_number,
                        registered.isoformat(),
                        json.dumps(languages),
                        json.dumps(specialisations),
                        self.phone(),
                        email,
                        0 if inactive else 1,
                        _one(rng, _INACTIVE_NOTES) if inactive else None,
                        created,
                        updated,
                        2 if inactive else 1,
                    )
                )
                for _ in range(_between(rng, 1, 3)):
                    title, provider, hours = _one(rng, _TRAININGS)
                    completed = min(registered.toordinal() + _between(rng, -400, 900), start)
                    batch.rows["mediator_trainings"].append(
                        (
                            self.uid(),
                            mediator_id,
                            title,
                            provider,
                            date.fromordinal(completed).isoformat(),
                            hours,
                        )
                    )
                info = _MediatorInfo(mediator_id, frozenset(languages), kind)
                unit.pool_all += (info,)
                if not inactive:
                    unit.pool_active += (info,)
        return batch

    # -- when and where cases arrive ------------------------------------------------------------

    def schedule(self) -> list[tuple[int, int]]:
        """(intake ordinal, unit index) for every case, in intake order."""
        rng = self.rng
        days = list(range(self.first, self.until + 1))
        span = max(1, len(days) - 1)
        weights: list[float] = []
        for i, o in enumerate(days):
            d = date.fromordinal(o)
            w = (1.0, 1.0, 1.0, 1.0, 0.95, 0.25, 0.08)[d.weekday()]
            w *= 0.75 + 0.5 * i / span  # the service grows
            if d.month in (7, 8):
                w *= 0.85
            if (d.month, d.day) in ((1, 1), (1, 2), (3, 8), (3, 21), (3, 22), (3, 23), (12, 16)):
                w *= 0.1  # public holidays
            if not any(u.opened <= o for u in self.units):
                w = 0.0
            weights.append(w)
        if self.total and not any(weights):
            raise ValidationError(
                "demo.no_open_units",
                "None of the demo units was open in the two years before the chosen end date.",
            )
        cum: list[float] = []
        acc = 0.0
        for w in weights:
            acc += w
            cum.append(acc)
        from bisect import bisect_right

        picks = sorted(
            days[min(bisect_right(cum, rng.random() * acc), len(days) - 1)] for _ in range(self.total)
        )
        pickers: dict[tuple[bool, ...], _Pick[int]] = {}
        result: list[tuple[int, int]] = []
        for o in picks:
            key = tuple(u.opened <= o for u in self.units)
            picker = pickers.get(key)
            if picker is None:
                picker = _Pick([(i, u.place.weight if key[i] else 0.0) for i, u in enumerate(self.units)])
                pickers[key] = picker
            result.append((o, picker(rng)))
        return result

    # -- cases ------------------------------------------------------------------------------------

    def stream(self, size: int) -> Iterator[_Batch]:
        """Everything to write, in order: the mediators, the cases in batches, the case counters."""
        yield self.mediators()
        schedule = self.schedule()
        for start in range(0, len(schedule), size):
            batch = _Batch()
            for intake, unit_index in schedule[start : start + size]:
                self.case(batch, intake, self.units[unit_index])
            batch.cases = min(size, len(schedule) - start)
            yield batch
        final = _Batch()
        final.rows["case_counters"] = [(u, year, seq) for (u, year), seq in sorted(self.counters.items())]
        yield final

    def pick_mediator(self, unit: _UnitState, on: int, language: str, ethno: bool) -> _MediatorInfo:
        rng = self.rng
        pool = unit.pool_all if on < unit.switch or not unit.pool_active else unit.pool_active
        for _ in range(3):  # prefer one who speaks the language (and an ethnomediator when it matters)
            m = _one(rng, pool)
            if language in m.languages and (
                not ethno or m.kind is MediatorKind.ETHNOMEDIATOR or rng.random() < 0.4
            ):
                return m
        return _one(rng, pool)

    def person(
        self,
        batch: _Batch,
        unit: _UnitState,
        folk: _Folk,
        on: int,
        minute: int,
        *,
        sex: Sex | None = None,
        surname: str | None = None,
        ages: tuple[int, int] | None = None,
        language: Language | None = None,
    ) -> tuple[str, str]:
        """A new person party; returns (id, name as search shows it)."""
        rng = self.rng
        r = rng.random
        if sex is None:
            sex = Sex.MALE if r() < 0.5 else Sex.FEMALE
        low, high = ages or _ADULT_AGES(rng)
        age = _between(rng, low, high)
        birth = date.fromordinal(on - age * 365 - _between(rng, 0, 364))
        age_group = age_group_on(birth, date.fromordinal(on)).value
        language = language or folk.languages(rng)
        party_id = self.uid()
        created = self.stamp(on, minute)
        if r() < 0.03:  # no consent: a placeholder with only what the reports count
            batch.rows["parties"].append(
                (
                    party_id,
                    PartyKind.PERSON.value,
                    None,
                    None,
                    None,
                    None,
                    None,
                    sex.value,
                    None,
                    age_group,
                    None,
                    language.value,
                    None,
                    None,
                    None,
                    0,
                    None,
                    None,
                    created,
                    created,
                    1,
                )
            )
            return party_id, ""
        first = _one(rng, folk.male if sex is Sex.MALE else folk.female)
        # A parent and child share the family name, in its male or female form.
        family = surname if surname is None or sex is Sex.MALE else _female_surname(surname)
        last = family or folk.surname(rng, sex)
        middle = (
            None if r() < folk.no_patronymic else _one(rng, folk.patronymics)[0 if sex is Sex.MALE else 1]
        )
        has_iin = r() < 0.87
        id_number = self.iin(birth, sex) if has_iin else None
        birth_iso = birth.isoformat() if has_iin or r() < 0.5 else None
        if birth_iso is None:
            age_group_value: str | None = age_group if r() < 0.7 else None
        else:
            age_group_value = age_group
        russian = language is not Language.KAZAKH and (language is Language.RUSSIAN or r() < 0.5)
        ethnicity = None
        if r() < 0.45:
            ethnicity = folk.ethnicity_ru[0 if sex is Sex.MALE else 1] if russian else folk.ethnicity_kk
        address = None
        if r() < 0.7:
            loc_kk, loc_ru = _one(rng, unit.place.localities)
            st_kk, st_ru = _one(rng, unit.place.streets)
            house = _between(rng, 1, 180)
            flat = f", {_between(rng, 1, 120)}" if "қаласы" in loc_kk and r() < 0.6 else ""
            address = (
                f"{loc_ru}, ул. {st_ru}, {house}{flat}"
                if russian
                else f"{loc_kk}, {st_kk} к-сі, {house}{flat}"
            )
        email = f"{_latin(first)}.{_latin(last)}{_between(rng, 1, 99)}@mail.kz" if r() < 0.12 else None
        batch.rows["parties"].append(
            (
                party_id,
                PartyKind.PERSON.value,
                last,
                first,
                middle,
                None,
                id_number,
                sex.value,
                birth_iso,
                age_group_value,
                ethnicity,
                language.value,
                self.phone() if r() < 0.9 else None,
                email,
                address,
                1,
                self.day(on),
                None,
                created,
                created,
                1,
            )
        )
        return party_id, party_name(PartyKind.PERSON.value, last, first, middle, None)

    def organisation(
        self, batch: _Batch, unit: _UnitState, kind: PartyKind, slot: int, on: int, minute: int
    ) -> tuple[str, str]:
        """A unit's organisation or state body, made the first time a case needs it, then reused."""
        key = (kind.value, slot)
        known = unit.orgs.get(key)
        if known is not None:
            return known
        rng = self.rng
        place = unit.place
        russian = rng.random() < 0.45
        if kind is PartyKind.STATE_BODY:
            kk, ru = (
                (f"{place.of_kk} әкімдігі", f"Акимат {place.of_ru}"),
                (f"{place.of_kk} білім бөлімі", f"Отдел образования {place.of_ru}"),
                (f"{place.of_kk} жер қатынастары бөлімі", f"Отдел земельных отношений {place.of_ru}"),
                (
                    f"{place.of_kk} тұрғын үй-коммуналдық шаруашылығы бөлімі",
                    f"Отдел жилищно-коммунального хозяйства {place.of_ru}",
                ),
            )[slot % 4]
        elif kind is PartyKind.GROUP:
            loc_kk, loc_ru = _one(rng, place.localities)
            st_kk, st_ru = place.streets[slot % len(place.streets)]
            kk, ru = (f"{loc_kk}, {st_kk} көшесінің тұрғындары", f"Жители ул. {st_ru}, {loc_ru}")
        else:
            kk, ru = _COMPANIES[slot % len(_COMPANIES)]
            if slot >= len(_COMPANIES):  # schools make up the rest of the slots
                school = 1 + slot % 40
                kk, ru = (f"№ {school} жалпы білім беретін мектеп КММ", f"КГУ «Средняя школа № {school}»")
        name = ru if russian else kk
        party_id = self.uid()
        created = self.stamp(on, minute)
        id_number = None
        if kind is not PartyKind.GROUP:
            id_number = make_bin(_between(rng, 1996, 2021), _between(rng, 1, 12), int(rng.random() * 100000))
        batch.rows["parties"].append(
            (
                party_id,
                kind.value,
                None,
                None,
                None,
                name,
                id_number,
                None,
                None,
                None,
                None,
                (Language.RUSSIAN if russian else Language.KAZAKH).value,
                self.phone() if rng.random() < 0.8 else None,
                None,
                None,
                0,
                None,
                _between(rng, 6, 120) if kind is PartyKind.GROUP else None,
                created,
                created,
                1,
            )
        )
        unit.orgs[key] = (party_id, name)
        return party_id, name

    def case(self, batch: _Batch, o0: int, unit: _UnitState) -> None:
        rng = self.rng
        r = rng.random
        rows = batch.rows
        until = self.until
        terms = self.terms
        place = unit.place

        # -- what the dispute is -------------------------------------------------------------
        category = _CATEGORIES(rng)
        channel = _CHANNELS[category](rng)
        legal_area = _LEGAL_AREAS[category](rng)
        if channel is Channel.POLICE and legal_area in (LegalArea.CIVIL, LegalArea.FAMILY) and r() < 0.5:
            legal_area = LegalArea.ADMINISTRATIVE_OFFENCE
        inter_ethnic = r() < place.inter_ethnic * (
            2.0 if category in (Category.COMMUNITY_GROUP, Category.RELIGIOUS) else 1.0
        )
        group_dispute = (category is Category.COMMUNITY_GROUP and r() < 0.75) or (
            category in (Category.NEIGHBOUR, Category.HOUSING_UTILITIES, Category.CITIZEN_AUTHORITY)
            and r() < 0.07
        )
        minors = (
            category is Category.SCHOOL_YOUTH or (category is Category.FAMILY and r() < 0.15) or r() < 0.01
        )
        recurrence = r() < 0.04
        risk = (_RISK_SENSITIVE if inter_ethnic or group_dispute else _RISK)(rng)

        applicant_folk = unit.folks(rng)
        respondent_folk = applicant_folk if r() < 0.75 else unit.folks(rng)
        if inter_ethnic:
            for _ in range(6):
                if respondent_folk is not applicant_folk:
                    break
                respondent_folk = unit.folks(rng)
        language = applicant_folk.languages(rng)
        ru = 1 if r() < _TEXT_LANGUAGE[language] else 0
        street = _one(rng, place.streets)
        amount = _one(rng, _AMOUNTS)
        description = _one(rng, _DESCRIPTIONS[category])[ru].format(
            street_kk=street[0], street_ru=street[1], amount=amount
        )

        year = date.fromordinal(o0).year
        seq = self.counters.get((unit.id, year), 0) + 1
        self.counters[(unit.id, year)] = seq
        number = format_number(unit.code, year, seq)
        case_id = self.uid()
        district = unit.own_district or _one(rng, unit.districts)
        minute = _between(rng, 0, 420)  # registered between 09:00 and 16:00 local time

        # -- the plan of its life (dates may fall after `until`: they are cut below) -------------
        exclusion: Exclusion | None = None
        proposal: int | None = None
        agreement: int | None = None
        end: int | None = None
        outcome: Outcome | None = None
        reason: TerminationReason | None = None
        note: str | None = None
        extension: tuple[int, int] | None = None  # (granted on, days)
        path = r()
        if path < 0.01:
            exclusion = _EXCLUSIONS(rng)
            end = o0 + _between(rng, 0, 2)
        elif path < 0.065:  # refused: in writing, or no answer to the proposal in time
            proposal = o0 + _between(rng, 0, 2)
            if r() < 0.5:
                end = proposal + terms.answer_days + 1
                note = _NO_ANSWER[ru]
            else:
                end = proposal + _between(rng, 2, terms.answer_days - 1)
            outcome, reason = Outcome.TERMINATED, TerminationReason.PARTY_REFUSED
        elif path < 0.09:
            end = o0 + _between(rng, 1, 10)
            outcome, reason, note = (
                Outcome.REFERRED,
                TerminationReason.REFERRED,
                _one(rng, _REFERRAL_NOTES)[ru],
            )
        elif path < 0.10:
            end = o0 + _between(rng, 1, 7)
            outcome, reason = Outcome.TERMINATED, TerminationReason.PARTY_WITHDREW
        else:
            delay = _AGREEMENT_DELAYS(rng)
            agreement = o0 + delay
            if r() < 0.6:
                proposal = o0 + min(delay, _between(rng, 0, 2))
            kind = _OUTCOMES_MEDIATED(rng)
            duration = min(_DURATIONS(rng) + _between(rng, 0, 3), terms.term_days)
            lateness = r()
            if lateness < 0.05 and terms.max_extensions > 0:  # extended with the parties' consent
                days = _between(rng, min(10, terms.extension_max_days), terms.extension_max_days)
                extension = (agreement + terms.term_days - _between(rng, 1, min(6, terms.term_days)), days)
                duration = terms.term_days + (days if kind == "term_expired" else _between(rng, 1, days))
            elif lateness < 0.085:  # the term ran out unnoticed; the outcome is recorded late
                kind = "term_expired"
                duration = (
                    terms.term_days + _between(rng, 2, 40) + (_between(rng, 30, 200) if r() < 0.1 else 0)
                )
            elif kind == "term_expired":
                duration = terms.term_days + _between(rng, 0, 2)
            end = agreement + duration
            if kind in ("settled_full", "settled_partial"):
                outcome = Outcome.SETTLED_FULL if kind == "settled_full" else Outcome.SETTLED_PARTIAL
                reason = TerminationReason.AGREEMENT_SIGNED
            elif kind == "not_settled":
                outcome, reason = Outcome.NOT_SETTLED, TerminationReason.MEDIATOR_REFUSED
            elif kind == "referred":
                outcome, reason, note = (
                    Outcome.REFERRED,
                    TerminationReason.REFERRED,
                    _one(rng, _REFERRAL_NOTES)[ru],
                )
            else:
                outcome = Outcome.TERMINATED
                reason = {
                    "withdrew": TerminationReason.PARTY_WITHDREW,
                    "absent": TerminationReason.PARTY_ABSENT,
                    "mediator_refused": TerminationReason.MEDIATOR_REFUSED,
                    "term_expired": TerminationReason.TERM_EXPIRED,
                    "other": TerminationReason.OTHER,
                }[kind]
                if reason is TerminationReason.OTHER:
                    note = _one(rng, _OTHER_GROUNDS)[ru]
            if kind == "not_settled" and r() < 0.5:
                reason = TerminationReason.PARTY_REFUSED

        # -- parties and their part in the case -----------------------------------------------
        m = minute + 5
        named: list[tuple[str, str, str]] = []  # (party id, role, name) for the search document

        def join(party: tuple[str, str], role: ParticipantRole, represents: str | None = None) -> str:
            participant_id = self.uid()
            stamp = self.stamp(o0, m)
            rows["case_participants"].append(
                (participant_id, case_id, party[0], role.value, represents, stamp, stamp)
            )
            named.append((party[0], role.value, party[1]))
            return participant_id

        previous = None
        if recurrence and unit.recent:
            candidate = unit.recent[int(r() * len(unit.recent))]
            if candidate[1] <= o0 - 45:
                previous = candidate
        parent: tuple[str, str] | None = None
        if previous is not None:
            applicant, respondent = previous[2], previous[3]
        else:
            if group_dispute and r() < 0.7:
                applicant = self.organisation(batch, unit, PartyKind.GROUP, _between(rng, 0, 7), o0, m)
            elif minors and category is Category.SCHOOL_YOUTH and r() < 0.4:
                child_sex = Sex.MALE if r() < 0.6 else Sex.FEMALE
                applicant = self.person(
                    batch, unit, applicant_folk, o0, m, sex=child_sex, ages=(10, 17), language=language
                )
                surname = applicant[1].split(" ")[0] if applicant[1] else None
                parent_sex = Sex.FEMALE if r() < 0.6 else Sex.MALE
                base = None
                if surname and child_sex is Sex.FEMALE:
                    base = next(
                        (s for s in applicant_folk.surnames if _female_surname(s) == surname), surname
                    )
                elif surname:
                    base = surname
                parent = self.person(
                    batch,
                    unit,
                    applicant_folk,
                    o0,
                    m,
                    sex=parent_sex,
                    surname=base,
                    ages=(30, 50),
                    language=language,
                )
            else:
                applicant = self.person(batch, unit, applicant_folk, o0, m, language=language)
            respondent_kind = PartyKind.PERSON
            employer_or_firm = {
                Category.LABOUR: 0.8,
                Category.DEBT_CONSUMER: 0.45,
                Category.HOUSING_UTILITIES: 0.45,
            }
            if category in employer_or_firm and r() < employer_or_firm[category]:
                respondent_kind = PartyKind.ORGANISATION
            elif category is Category.CITIZEN_AUTHORITY and r() < 0.9:
                respondent_kind = PartyKind.STATE_BODY
            elif category is Category.SCHOOL_YOUTH and r() < 0.3:
                respondent_kind = PartyKind.ORGANISATION
            if respondent_kind is PartyKind.PERSON:
                respondent = self.person(batch, unit, respondent_folk, o0, m + 3)
            elif respondent_kind is PartyKind.STATE_BODY:
                respondent = self.organisation(
                    batch, unit, PartyKind.STATE_BODY, _between(rng, 0, 3), o0, m + 3
                )
            elif category is Category.SCHOOL_YOUTH:
                respondent = self.organisation(
                    batch, unit, PartyKind.ORGANISATION, len(_COMPANIES) + _between(rng, 0, 9), o0, m + 3
                )
            else:
                slot = {
                    Category.HOUSING_UTILITIES: _between(rng, 9, 10),
                    Category.DEBT_CONSUMER: _one(rng, (5, 8, 1)),
                }
                respondent = self.organisation(
                    batch, unit, PartyKind.ORGANISATION, slot.get(category, _between(rng, 0, 11)), o0, m + 3
                )
        applicant_pid = join(applicant, ParticipantRole.APPLICANT)
        respondent_pid = join(respondent, ParticipantRole.RESPONDENT)
        sides: dict[str, list[str]] = {"a": [applicant_pid], "r": [respondent_pid]}
        if parent is not None:
            sides["a"].append(join(parent, ParticipantRole.REPRESENTATIVE, applicant_pid))
        elif r() < 0.07:
            lawyer = self.person(batch, unit, unit.folks(rng), o0, m + 4, ages=(28, 60))
            side = "a" if r() < 0.5 else "r"
            sides[side].append(join(lawyer, ParticipantRole.REPRESENTATIVE, sides[side][0]))
        extra: list[str] = []
        if (language in (Language.UZBEK, Language.UYGHUR, Language.OTHER) and r() < 0.3) or (
            respondent_folk is not applicant_folk and r() < 0.05
        ):
            interpreter = self.person(batch, unit, applicant_folk, o0, m + 5, ages=(25, 60))
            extra.append(join(interpreter, ParticipantRole.INTERPRETER))
        if category is Category.PROPERTY_LAND and r() < 0.1:
            expert = self.person(batch, unit, unit.folks(rng), o0, m + 6, ages=(30, 65))
            extra.append(join(expert, ParticipantRole.EXPERT))
        # A small sample of the unit's earlier cases that a recurrence can point back to; replacing
        # an entry now and then keeps the sample spread over months, not only the last days.
        if len(unit.recent) < 400:
            unit.recent.append((case_id, o0, applicant, respondent))
        elif r() < 0.03:
            unit.recent[int(r() * 400)] = (case_id, o0, applicant, respondent)

        # -- mediators --------------------------------------------------------------------------
        lead: _MediatorInfo | None = None
        assigned: int | None = None
        if exclusion is None and (agreement is not None or r() < 0.5):
            assigned = o0 + (
                min(agreement - o0, _between(rng, 0, 2)) if agreement is not None else _between(rng, 0, 1)
            )
            if end is not None and assigned > end:
                assigned = end
            if assigned <= until:
                ethno = inter_ethnic or group_dispute
                lead = self.pick_mediator(unit, assigned, language.value, ethno)
                team = [(lead, True)]
                if r() < (0.3 if ethno else 0.06):
                    second = self.pick_mediator(unit, assigned, language.value, ethno)
                    if second is not lead:
                        team.append((second, False))
                if r() < 0.015:  # the first one asked declared a conflict of interest
                    conflicted = self.pick_mediator(unit, assigned, language.value, False)
                    if all(conflicted is not t[0] for t in team):
                        rows["conflict_declarations"].append(
                            (
                                self.uid(),
                                case_id,
                                conflicted.id,
                                1,
                                _one(rng, _CONFLICT_NOTES)[ru],
                                self.stamp(assigned, m + 8),
                            )
                        )
                for mediator, is_lead in team:
                    declaration_id = self.uid()
                    rows["conflict_declarations"].append(
                        (declaration_id, case_id, mediator.id, 0, None, self.stamp(assigned, m + 10))
                    )
                    stamp = self.stamp(assigned, m + 11)
                    rows["mediator_assignments"].append(
                        (
                            self.uid(),
                            case_id,
                            mediator.id,
                            1 if is_lead else 0,
                            self.day(assigned),
                            None,
                            declaration_id,
                            stamp,
                            stamp,
                        )
                    )

        # -- cut the plan at `until` and fix the status ------------------------------------------
        status = CaseStatus.INTAKE
        updates = 0
        last_touch = o0
        closed_on: int | None = None
        deadline: int | None = None
        if proposal is not None and proposal > until:
            proposal = None
        if proposal is not None:
            updates += 1
            last_touch = max(last_touch, proposal)
        if agreement is not None and (agreement > until or lead is None):
            agreement = None
            end = None
        if exclusion is not None:
            if end is not None and end <= until:
                status, closed_on = CaseStatus.REJECTED, end
                updates += 1
                last_touch = end
            else:
                exclusion = None
        if agreement is not None:
            status = CaseStatus.IN_MEDIATION
            deadline = agreement + terms.term_days
            updates += 1
            last_touch = max(last_touch, agreement)
            if extension is not None and extension[0] <= until:
                granted, days = extension
                deadline += days
                stamp = self.stamp(granted, m)
                rows["extensions"].append(
                    (
                        self.uid(),
                        case_id,
                        self.day(granted),
                        days,
                        _one(rng, _EXTENSION_REASONS)[ru],
                        1,
                        stamp,
                        stamp,
                    )
                )
                updates += 1
                last_touch = max(last_touch, granted)
        ended = (
            outcome is not None
            and end is not None
            and end <= until
            and (
                agreement is not None
                or outcome not in (Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL, Outcome.NOT_SETTLED)
            )
        )
        if not ended:
            outcome = reason = note = None
        if outcome is not None and end is not None:
            status = CaseStatus.CLOSED
            closed_on = end
            updates += 1
            last_touch = max(last_touch, end)

        # -- sessions -----------------------------------------------------------------------------
        if agreement is not None and lead is not None:
            planned = _SESSION_COUNTS(rng)
            if reason in (
                TerminationReason.PARTY_WITHDREW,
                TerminationReason.PARTY_ABSENT,
                TerminationReason.REFERRED,
            ):
                planned = min(planned, 2)
            elif outcome is Outcome.NOT_SETTLED:
                planned = max(planned, 2)
            last = end if end is not None else agreement + _DURATIONS(rng)
            span = max(0, last - agreement)
            offsets = sorted(
                {_between(rng, 0, span) for _ in range(planned - 1)} | {min(span, _between(rng, 0, 2))}
            )
            if outcome is not None and outcome is not Outcome.TERMINATED and span not in offsets:
                offsets.append(span)  # the settlement (or the verdict that it failed) is at a session
            room = _one(rng, place.rooms)
            for i, offset in enumerate(offsets):
                held = agreement + offset
                if held > until:
                    break
                joint = (i == len(offsets) - 1 and outcome is not None) or r() < 0.6
                session_id = self.uid()
                stamp = self.stamp(held, _between(rng, 0, 480))
                rows["sessions"].append(
                    (
                        session_id,
                        case_id,
                        self.day(held),
                        _one(rng, _START_TIMES),
                        15 * _between(rng, 2, 8),
                        (SessionKind.JOINT if joint else SessionKind.SEPARATE).value,
                        room if r() < 0.8 else _one(rng, place.rooms),
                        language.value,
                        lead.id,
                        _one(rng, _SESSION_NOTES)[ru] if r() < 0.35 else None,
                        stamp,
                        stamp,
                        1,
                    )
                )
                if joint:
                    present = [*sides["a"], *sides["r"], *extra]
                    if reason is TerminationReason.PARTY_ABSENT and i == len(offsets) - 1:
                        present = sides["a"]
                else:
                    present = [*sides["a" if i % 2 == 0 else "r"], *extra]
                for participant_id in present:
                    rows["session_attendees"].append((session_id, participant_id))

        # -- settlement, obligations, follow-ups --------------------------------------------------
        if outcome in (Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL) and end is not None:
            agreement_id = self.uid()
            texts = _OBLIGATIONS[category]
            count = _OBLIGATION_COUNTS(rng)
            obligations: list[tuple[str, int, int, str]] = []  # (obligor, due, check, description)
            for i in range(count):
                text = (_one(rng, texts) if i < len(texts) or r() < 0.5 else _WITHDRAW_COMPLAINTS)[ru]
                due = end + _DUE_OFFSETS(rng) + (_between(rng, 0, 5) if i else 0)
                check = due + _between(rng, 0, 10)
                obligor = respondent_pid if r() < 0.7 else applicant_pid
                obligations.append((obligor, due, check, text.format(amount=_one(rng, _AMOUNTS))))
            obligations.sort(key=lambda o: o[1])
            stamp = self.stamp(end, m + 30)
            terms_text = "; ".join(f"{i}) {o[3]}" for i, o in enumerate(obligations, 1))
            rows["settlement_agreements"].append(
                (
                    agreement_id,
                    case_id,
                    self.day(end),
                    description,
                    terms_text,
                    1 if r() < 0.1 else 0,
                    stamp,
                    stamp,
                    1,
                )
            )
            keep = _KEPT_FULL if outcome is Outcome.SETTLED_FULL else _KEPT_PARTIAL
            pending = 0
            checks: dict[int, int] = {}
            for obligor, due, check, text in obligations:
                if check <= until:
                    status_value = keep(rng).value
                    checked: str | None = self.day(check)
                    updated, version = self.stamp(check, m), 2
                    checks[check] = checks.get(check, 0) + 1
                else:
                    status_value, checked, updated, version = ObligationStatus.PENDING.value, None, stamp, 1
                    pending += 1
                rows["obligations"].append(
                    (
                        self.uid(),
                        agreement_id,
                        obligor,
                        text,
                        self.day(due),
                        status_value,
                        checked,
                        None,
                        stamp,
                        updated,
                        version,
                    )
                )
            dues = sorted(o[1] for o in obligations)
            for done in sorted(checks):
                later = [d for d in dues if d > done]
                stamp_f = self.stamp(done, _between(rng, 0, 480))
                rows["follow_ups"].append(
                    (
                        self.uid(),
                        case_id,
                        self.day(done),
                        _FOLLOW_UP_METHODS(rng).value,
                        _one(rng, _FOLLOW_UP_NOTES)[ru] if r() < 0.6 else None,
                        self.day(later[0]) if later else None,
                        stamp_f,
                        stamp_f,
                    )
                )
            if pending:
                status, closed_on = CaseStatus.FOLLOW_UP, None
            else:
                closed_on = max(checks) if checks else end
                updates += 1
            if checks:
                last_touch = max(last_touch, max(checks))

        # -- feedback at closing --------------------------------------------------------------------
        if status is CaseStatus.CLOSED and agreement is not None and closed_on is not None and r() < 0.35:
            settled = outcome in (Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL)
            for participant_id in (applicant_pid, respondent_pid)[: _between(rng, 1, 2)]:
                high = r() < (0.85 if settled else 0.35)
                score = _between(rng, 4, 5) if high else _between(rng, 1, 3)
                rows["satisfaction"].append(
                    (
                        self.uid(),
                        case_id,
                        participant_id,
                        score if r() < 0.9 else None,
                        (1 if high or r() < 0.3 else 0) if r() < 0.85 else None,
                        self.stamp(closed_on, _between(rng, 0, 480)),
                    )
                )

        # -- the case row and its search document ----------------------------------------------
        updated_at = (
            self.stamp(last_touch, _between(rng, 0, 480))
            if last_touch > o0
            else self.stamp(o0, minute + updates * 20)
        )
        ended_at = (
            self.stamp(end, _between(rng, 120, 480)) if outcome is not None and end is not None else None
        )
        rows["cases"].append(
            (
                case_id,
                number,
                unit.id,
                year,
                seq,
                district,
                self.day(o0),
                channel.value,
                category.value,
                legal_area.value if legal_area else None,
                description,
                language.value,
                1 if inter_ethnic else 0,
                1 if group_dispute else 0,
                1 if minors else 0,
                1 if recurrence else 0,
                previous[0] if previous else None,
                risk.value,
                status.value,
                exclusion.value if exclusion else None,
                _EXCLUSION_NOTES[exclusion][ru] if exclusion and r() < 0.8 else None,
                self.day(proposal) if proposal is not None else None,
                self.day(agreement) if agreement is not None else None,
                self.day(deadline) if deadline is not None else None,
                outcome.value if outcome else None,
                reason.value if reason else None,
                note,
                ended_at,
                self.day(end) if ended_at and end is not None else None,
                self.day(closed_on) if closed_on is not None else None,
                self.stamp(o0, minute),
                updated_at,
                1 + updates,
            )
        )
        # The live hook (search_index.refresh) reads the names through the covering unique index
        # (case_id, party_id, role), so they come in the order of party id and role: the same here.
        named.sort()
        rows["case_search_docs"].append((case_id, build_document(number, description, [n[2] for n in named])))

        # -- the quick consultation log around it ----------------------------------------------------
        for i in range(_CONSULTATION_COUNTS(rng)):
            linked = i == 0 and channel is Channel.SELF_REFERRAL and r() < 0.3
            held = o0 - (_between(rng, 0, 3) if linked else _between(rng, 0, 25))
            if held < self.first or held < unit.opened:
                held = o0
            topic = category if linked or r() < 0.3 else _CATEGORIES(rng)
            folk = unit.folks(rng)
            result = ConsultationResult.REFERRED_TO_MEDIATION if linked else _CONSULTATION_RESULTS(rng)
            adviser = self.pick_mediator(unit, held, "kk", False).id if r() < 0.6 else None
            stamp = self.stamp(held, _between(rng, 0, 500))
            age_pick = _ADULT_AGES(rng)
            rows["consultations"].append(
                (
                    self.uid(),
                    unit.id,
                    adviser,
                    district if linked else _one(rng, unit.districts),
                    self.day(held),
                    topic.value,
                    folk.languages(rng).value,
                    result.value,
                    1 if r() < 0.05 else 0,
                    (Sex.MALE if r() < 0.45 else Sex.FEMALE).value if r() < 0.9 else None,
                    _AGE_GROUPS[age_pick] if r() < 0.8 else None,
                    _one(rng, _CONSULTATION_NOTES)[ru] if r() < 0.3 else None,
                    case_id if linked else None,
                    stamp,
                    stamp,
                )
            )


_AGE_GROUPS = {
    (18, 29): AgeGroup.AGE_18_29.value,
    (30, 44): AgeGroup.AGE_30_44.value,
    (45, 59): AgeGroup.AGE_45_59.value,
    (60, 84): AgeGroup.AGE_60_PLUS.value,
}


# ---------------------------------------------------------------------------------------------
# Making the rows in a second process. Writing is SQLite's work on one core (mostly keeping the
# random-UUID indexes and the FTS5 index in step) and making the rows is Python's on another, so
# a large load runs both at once. The stream is the same either way: only one process consumes
# the seeded generator, so the data does not depend on where it was made.


def _worker(seed: int, until: date, cases: int, terms: _Terms, size: int, queue: _Queue) -> None:
    try:
        for batch in _Generator(seed, until, cases, terms).stream(size):
            queue.put(batch)
        queue.put(None)
    except BaseException:  # report anything, even a KeyboardInterrupt, to the waiting parent
        queue.put(traceback.format_exc())


def _stream_from_worker(seed: int, until: date, cases: int, terms: _Terms, size: int) -> Iterator[_Batch]:
    # spawn, not fork: the parent may run Qt or other threads, and fork copies their locks.
    context = multiprocessing.get_context("spawn")
    queue: _Queue = context.Queue(maxsize=4)  # a few batches ahead bounds the memory
    process = context.Process(
        target=_worker, args=(seed, until, cases, terms, size, queue), name="tatulyq-demo", daemon=True
    )
    process.start()
    try:
        while True:
            try:
                item = queue.get(timeout=1.0)
            except Empty:
                if not process.is_alive():
                    raise RuntimeError(
                        f"the demo worker stopped unexpectedly (exit code {process.exitcode})"
                    ) from None
                continue
            if item is None:
                break
            if isinstance(item, str):
                raise RuntimeError(f"the demo worker failed:\n{item}")
            yield item
        process.join()
    finally:
        if process.is_alive():  # the load was cancelled or failed here: stop making rows for it
            process.terminate()
            process.join()
        queue.close()


# ---------------------------------------------------------------------------------------------
# The public entry point.


DEMO_UNIT = PLACES[0].code  # the demo installation's own unit (KZ-31-KRD): the first and busiest place
DEMO_ADMIN = "admin"


def generate_encrypted_demo(
    location: DatabaseLocation,
    admin_password: str,
    *,
    admin_username: str = DEMO_ADMIN,
    admin_name: str = "Demo administrator",
    **options: Any,
) -> tuple[DemoSummary, str]:
    """A new encrypted database set up for DEMO_UNIT with an administrator (``admin``), then demo data.

    The administrator's password opens it; the recovery key (returned, to be shown once) does too. Made
    whole or not at all: on any error (a weak password, a cancel) the new files are removed. The set-up
    wizard's practice database names its administrator as the real one, so one sign-in opens both.
    """
    from app.services import installation

    if location.file_path is None or not installation.is_new(location):
        raise ValidationError(
            "demo.database_exists",
            f"An encrypted demo database is made new; there is already a database at {location.describe()}. "
            "Choose another folder with --data-dir.",
        )
    created = installation.create_encrypted(location)
    try:
        with created.database.session(write=True, actor=Actor.system("demo")) as s:
            installation.set_up(s, DEMO_UNIT, admin_username, admin_name, admin_password)
        summary = generate_demo(created.database, **options)
    except BaseException:
        created.database.close()
        installation.discard_new(location, with_key_file=True)
        raise
    created.database.close()
    return summary, created.recovery_key


def _refuse_if_not_empty(connection: Connection) -> None:
    for model, what in ((Case, "cases"), (Mediator, "mediators"), (Consultation, "consultations")):
        if connection.scalar(select(func.count()).select_from(model).limit(1)):
            raise ValidationError(
                "demo.database_not_empty",
                f"This database already holds {what}; demo data is only generated into an empty "
                "database, so it can never mix with real records.",
                table=what,
            )


def generate_demo(
    db: Database,
    *,
    cases: int,
    seed: int,
    until: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    actor: Actor | None = None,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill an empty database with ``cases`` demo cases of the 24 months up to ``until`` (default today).

    Everything is written in one transaction: on any error (or an exception from ``progress``, which
    is how a caller cancels) nothing is left behind. ``progress(done, total)`` is called after each
    batch of cases. ``parallel`` makes the rows in a second process (by default from
    PARALLEL_FROM cases on, when the machine has a second core); the data is the same either way.
    A frozen program that uses it must call ``multiprocessing.freeze_support()`` at start-up.
    """
    if not 0 <= cases <= MAX_CASES:
        raise ValidationError(
            "demo.cases_out_of_range",
            f"The number of demo cases must be between 0 and {MAX_CASES:,}.",
            minimum=0,
            maximum=MAX_CASES,
        )
    today = clock.today()
    until = until or today
    if until > today:
        raise ValidationError(
            "demo.until_in_future",
            f"Demo data cannot end after today ({today:%d.%m.%Y}); the program refuses future dates.",
        )
    if db.dialect != "sqlite":  # the rows are made in SQLite's stored forms
        raise ValidationError("demo.sqlite_only", "Demo data is generated into a local SQLite database only.")
    if parallel is None:
        parallel = cases >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
    started = time.perf_counter()
    counts = dict.fromkeys(_TABLE_ORDER, 0)
    engine = db.engine.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE: one writer
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_CACHE_KIB}")
        _refuse_if_not_empty(connection)
        session = db.session_factory(bind=connection)  # joins this transaction; never commits it
        try:
            terms = _Terms(
                term_days=settings.get_int(session, "mediation.term_days"),
                extension_max_days=settings.get_int(session, "mediation.extension_max_days"),
                max_extensions=settings.get_int(session, "mediation.max_extensions"),
                answer_days=settings.get_int(session, "mediation.proposal_answer_days"),
            )
            statements = {name: _insert_sql(connection, name) for name in _TABLE_ORDER}
            stream = (
                _stream_from_worker(seed, until, cases, terms, BATCH_CASES)
                if parallel
                else _Generator(seed, until, cases, terms).stream(BATCH_CASES)
            )
            done = 0
            try:
                for batch in stream:
                    for name in _TABLE_ORDER:
                        rows = batch.rows[name]
                        if rows:
                            connection.exec_driver_sql(statements[name], rows)
                            counts[name] += len(rows)
                    if batch.cases and progress is not None:
                        done += batch.cases
                        progress(done, cases)
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()  # stops the worker at once when writing failed
            if progress is not None and cases == 0:
                progress(0, 0)
            session.info["actor"] = actor or Actor.system("demo")
            audit.record_event(
                session,
                entity="demo",
                entity_id=f"seed:{seed}",
                summary=f"Demo data generated: {cases} cases up to {until.isoformat()} (seed {seed}).",
                details={"seed": seed, "until": until.isoformat(), "cases": cases, "rows": dict(counts)},
            )
            session.flush()
        finally:
            session.close()
    counts["audit_log"] = 1
    return DemoSummary(
        seed=seed, until=until, cases=cases, rows=counts, seconds=time.perf_counter() - started
    )
