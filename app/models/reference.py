"""Built-in reference data: the 20 regions, known districts and the Assembly's mediation network.

The first migration loads these rows; a later change to the lists is a new migration, so every
installation holds the same reference data for the same schema revision.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.models.enums import UnitKind


@dataclass(frozen=True)
class RegionRef:
    code: str
    abbr: str  # three Latin letters used in unit codes
    name_kk: str
    name_ru: str
    name_en: str
    capital_kk: str
    capital_ru: str
    capital_en: str


REGIONS: tuple[RegionRef, ...] = (
    RegionRef("KZ-71", "AST", "Астана қаласы", "город Астана", "Astana", "Астана", "Астана", "Astana"),
    RegionRef("KZ-75", "ALA", "Алматы қаласы", "город Алматы", "Almaty", "Алматы", "Алматы", "Almaty"),
    RegionRef(
        "KZ-79", "SHY", "Шымкент қаласы", "город Шымкент", "Shymkent", "Шымкент", "Шымкент", "Shymkent"
    ),
    RegionRef("KZ-10", "ABA", "Абай облысы", "Абайская область", "Abai Region", "Семей", "Семей", "Semey"),
    RegionRef(
        "KZ-11",
        "AKM",
        "Ақмола облысы",
        "Акмолинская область",
        "Akmola Region",
        "Көкшетау",
        "Кокшетау",
        "Kokshetau",
    ),
    RegionRef(
        "KZ-15", "AKT", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "Ақтөбе", "Актобе", "Aktobe"
    ),
    RegionRef(
        "KZ-19", "ALM", "Алматы облысы", "Алматинская область", "Almaty Region", "Қонаев", "Конаев", "Konaev"
    ),
    RegionRef(
        "KZ-23", "ATY", "Атырау облысы", "Атырауская область", "Atyrau Region", "Атырау", "Атырау", "Atyrau"
    ),
    RegionRef(
        "KZ-27",
        "ZAP",
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
        "Орал",
        "Уральск",
        "Oral",
    ),
    RegionRef(
        "KZ-31", "ZHA", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region", "Тараз", "Тараз", "Taraz"
    ),
    RegionRef(
        "KZ-33",
        "ZHT",
        "Жетісу облысы",
        "область Жетісу",
        "Zhetysu Region",
        "Талдықорған",
        "Талдыкорган",
        "Taldykorgan",
    ),
    RegionRef(
        "KZ-35",
        "KAR",
        "Қарағанды облысы",
        "Карагандинская область",
        "Karaganda Region",
        "Қарағанды",
        "Караганда",
        "Karaganda",
    ),
    RegionRef(
        "KZ-39",
        "KUS",
        "Қостанай облысы",
        "Костанайская область",
        "Kostanay Region",
        "Қостанай",
        "Костанай",
        "Kostanay",
    ),
    RegionRef(
        "KZ-43",
        "KZY",
        "Қызылорда облысы",
        "Кызылординская область",
        "Kyzylorda Region",
        "Қызылорда",
        "Кызылорда",
        "Kyzylorda",
    ),
    RegionRef(
        "KZ-47",
        "MAN",
        "Маңғыстау облысы",
        "Мангистауская область",
        "Mangystau Region",
        "Ақтау",
        "Актау",
        "Aktau",
    ),
    RegionRef(
        "KZ-55",
        "PAV",
        "Павлодар облысы",
        "Павлодарская область",
        "Pavlodar Region",
        "Павлодар",
        "Павлодар",
        "Pavlodar",
    ),
    RegionRef(
        "KZ-59",
        "SEV",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
        "Петропавл",
        "Петропавловск",
        "Petropavl",
    ),
    RegionRef(
        "KZ-61",
        "YUZ",
        "Түркістан облысы",
        "Туркестанская область",
        "Turkistan Region",
        "Түркістан",
        "Туркестан",
        "Turkistan",
    ),
    RegionRef(
        "KZ-62",
        "ULY",
        "Ұлытау облысы",
        "область Ұлытау",
        "Ulytau Region",
        "Жезқазған",
        "Жезказган",
        "Zhezkazgan",
    ),
    RegionRef(
        "KZ-63",
        "VOS",
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
        "Өскемен",
        "Усть-Каменогорск",
        "Oskemen",
    ),
)


@dataclass(frozen=True)
class DistrictRef:
    code: str
    region_code: str
    name_kk: str
    name_ru: str
    name_en: str


DISTRICTS: tuple[DistrictRef, ...] = (
    DistrictRef("KZ-31-KRD", "KZ-31", "Қордай ауданы", "Кордайский район", "Korday District"),
    DistrictRef("KZ-31-BZK", "KZ-31", "Байзақ ауданы", "Байзакский район", "Bayzak District"),
    DistrictRef("KZ-31-MRK", "KZ-31", "Меркі ауданы", "Меркенский район", "Merki District"),
    DistrictRef("KZ-31-SHU", "KZ-31", "Шу ауданы", "Шуский район", "Shu District"),
    DistrictRef("KZ-31-TRZ", "KZ-31", "Тараз қаласы", "город Тараз", "Taraz City"),
    DistrictRef(
        "KZ-19-ENB", "KZ-19", "Еңбекшіқазақ ауданы", "Енбекшиказахский район", "Enbekshikazakh District"
    ),
    DistrictRef("KZ-19-UIG", "KZ-19", "Ұйғыр ауданы", "Уйгурский район", "Uighur District"),
    DistrictRef("KZ-19-KRS", "KZ-19", "Қарасай ауданы", "Карасайский район", "Karasay District"),
    DistrictRef("KZ-19-TLG", "KZ-19", "Талғар ауданы", "Талгарский район", "Talgar District"),
    DistrictRef("KZ-33-PNF", "KZ-33", "Панфилов ауданы", "Панфиловский район", "Panfilov District"),
    DistrictRef("KZ-33-ESK", "KZ-33", "Ескелді ауданы", "Ескельдинский район", "Eskeldi District"),
    DistrictRef("KZ-61-SRM", "KZ-61", "Сайрам ауданы", "Сайрамский район", "Sairam District"),
    DistrictRef("KZ-61-SRG", "KZ-61", "Сарыағаш ауданы", "Сарыагашский район", "Saryagash District"),
    DistrictRef("KZ-61-MKT", "KZ-61", "Мақтаарал ауданы", "Мактааральский район", "Maktaaral District"),
    DistrictRef("KZ-79-ABY", "KZ-79", "Абай ауданы", "Абайский район", "Abay District"),
    DistrictRef("KZ-79-FRB", "KZ-79", "Әл-Фараби ауданы", "район Аль-Фараби", "Al-Farabi District"),
    DistrictRef("KZ-71-ESL", "KZ-71", "Есіл ауданы", "район Есиль", "Esil District"),
    DistrictRef("KZ-71-SRK", "KZ-71", "Сарыарқа ауданы", "район Сарыарка", "Saryarka District"),
    DistrictRef("KZ-75-MDU", "KZ-75", "Медеу ауданы", "Медеуский район", "Medeu District"),
    DistrictRef("KZ-75-ALT", "KZ-75", "Алатау ауданы", "Алатауский район", "Alatau District"),
)


@dataclass(frozen=True)
class UnitRef:
    code: str
    kind: UnitKind
    name_kk: str
    name_ru: str
    name_en: str
    region_code: str | None
    parent_code: str | None
    district_code: str | None = None
    opened_on: date = date(2022, 1, 1)


REPUBLICAN_COUNCIL_CODE = "KZ-RMC"

# District assemblies first appeared in 2025 (BRIEF.md); the rest of the network is older.
_DISTRICT_ASSEMBLIES = (
    ("KZ-19-ENB", "KZ-19"),
    ("KZ-19-UIG", "KZ-19"),
    ("KZ-31-KRD", "KZ-31"),
    ("KZ-33-PNF", "KZ-33"),
    ("KZ-61-SRM", "KZ-61"),
)


def _units() -> tuple[UnitRef, ...]:
    units = [
        UnitRef(
            REPUBLICAN_COUNCIL_CODE,
            UnitKind.REPUBLICAN_COUNCIL,
            "Қазақстан халқы Ассамблеясының Республикалық медиация кеңесі",
            "Республиканский совет медиации Ассамблеи народа Казахстана",
            "Republican Mediation Council of the Assembly of People of Kazakhstan",
            None,
            None,
        )
    ]
    for r in REGIONS:
        council = f"{r.code}-MC"
        units.append(
            UnitRef(
                council,
                UnitKind.REGIONAL_COUNCIL,
                f"Медиация кеңесі ({r.name_kk})",
                f"Совет медиации ({r.name_ru})",
                f"Mediation Council ({r.name_en})",
                r.code,
                REPUBLICAN_COUNCIL_CODE,
            )
        )
        units.append(
            UnitRef(
                f"{r.code}-CTR",
                UnitKind.CENTRE,
                f"Медиация орталығы ({r.name_kk})",
                f"Центр медиации ({r.name_ru})",
                f"Mediation Centre ({r.name_en})",
                r.code,
                council,
            )
        )
        units.append(
            UnitRef(
                f"{r.code}-HF",
                UnitKind.HOUSE_OF_FRIENDSHIP,
                f"Достық үйі ({r.capital_kk})",
                f"Дом дружбы ({r.capital_ru})",
                f"House of Friendship ({r.capital_en})",
                r.code,
                council,
            )
        )
    districts = {d.code: d for d in DISTRICTS}
    for district_code, region_code in _DISTRICT_ASSEMBLIES:
        d = districts[district_code]
        units.append(
            UnitRef(
                district_code,
                UnitKind.DISTRICT_ASSEMBLY,
                f"{d.name_kk} ассамблеясы",
                f"Ассамблея ({d.name_ru})",
                f"{d.name_en} Assembly",
                region_code,
                f"{region_code}-MC",
                district_code,
                date(2025, 1, 1),
            )
        )
    return tuple(units)


UNITS: tuple[UnitRef, ...] = _units()


# Reference ids are derived from codes, so a unit is the same record in every installation and the
# monthly packages can name it by id.
_NAMESPACE = uuid.UUID("6f1d3a52-3c1e-4c0a-9a51-7a7475c2d0b1")


def unit_id(code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"unit:{code}")


def district_id(code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"district:{code}")
