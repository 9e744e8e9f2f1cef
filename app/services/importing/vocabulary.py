"""The words old registers use, in Kazakh, Russian and English, for their columns and their parties.

Every word is written folded (lower case, «е» for «ё») as a word beginning: «санат» finds «Санаты»,
«Санаттары» and «санат/категория». A word ending in «=» must be a whole word («ru=» is not «rule»).
A pattern of several words needs all of them («шарт», «күн» for «Шарт жасалған күні»).

The words for the values in a column (categories, outcomes, ...) are in wordings.py.
"""

from __future__ import annotations

from app.services.importing.fields import Field

Pattern = tuple[str, ...]

# Columns that are never a field: the row's serial number, notes.
IGNORED_HEADERS: tuple[Pattern, ...] = (
    ("№ п п",),
    ("п п=",),
    ("р с=",),
    ("реттік",),
    ("порядков",),
    ("ескерту",),
    ("примечан",),
    ("notes",),
)

# Words naming an IIN or BIN column; with a party's words they make that party's number.
ID_WORDS: tuple[str, ...] = ("жсн=", "бсн=", "иин=", "бин=", "iin=", "bin=", "сәйкестендіру", "идентификац")
_APPLICANT: tuple[str, ...] = (
    "өтініш беруші",
    "арыз беруші",
    "өтініш иесі",
    "бірінші тарап",
    "заявител",
    "первая сторона",
    "applicant",
)
_RESPONDENT: tuple[str, ...] = (
    "жауапкер",
    "екінші тарап",
    "ответчик",
    "вторая сторона",
    "другая сторона",
    "respondent",
)

HEADERS: dict[Field, tuple[Pattern, ...]] = {
    Field.NUMBER: (
        ("тіркеу нөмір",),
        ("іс нөмір",),
        ("нөмір",),
        ("номер",),
        ("рег=",),
        ("№=",),
        ("number",),
        ("case no=",),
        ("no=",),
    ),
    Field.INTAKE_DATE: (
        ("түскен", "күн"),
        ("түсу күн",),
        ("қабылдан", "күн"),
        ("тіркел", "күн"),
        ("өтініш", "күн"),
        ("дата поступ",),
        ("дата обращ",),
        ("дата регистр",),
        ("дата прием",),
        ("поступ", "дата"),
        ("intake",),
        ("received",),
        ("date of receipt",),
    ),
    Field.CHANNEL: (
        ("түсу арна",),
        ("арна",),
        ("кім жіберд",),
        ("жіберген",),
        ("қайдан түст",),
        ("источник",),
        ("канал",),
        ("кем направ",),
        ("откуда",),
        ("channel",),
        ("source",),
        ("referred by",),
    ),
    Field.CATEGORY: (
        ("санат",),
        ("дау түр",),
        ("даудың түр",),
        ("дау сипат",),
        ("категор",),
        ("вид спор",),
        ("тип спор",),
        ("характер спор",),
        ("category",),
        ("dispute type",),
        ("type of dispute",),
    ),
    Field.DESCRIPTION: (
        ("мәні=",),
        ("мазмұн",),
        ("сипаттама",),
        ("суть",),
        ("описан",),
        ("содержан",),
        ("предмет",),
        ("description",),
        ("summary",),
        ("subject",),
    ),
    Field.LANGUAGE: (("тілі=",), ("медиация тіл",), ("язык",), ("language",)),
    Field.INTER_ETHNIC: (
        ("ұлтаралық",),
        ("этносаралық",),
        ("межэтнич",),
        ("межнацион",),
        ("inter ethnic",),
        ("interethnic",),
    ),
    Field.GROUP_DISPUTE: (("топтық",), ("группов",), ("group dispute",)),
    Field.MINORS_INVOLVED: (("кәмелетке",), ("несовершеннолет",), ("minors",)),
    Field.RISK_LEVEL: (("тәуекел",), ("қауіп",), ("риск",), ("risk",), ("эскалац",)),
    Field.APPLICANT: tuple((word,) for word in _APPLICANT),
    Field.APPLICANT_ID: tuple((word, id_word) for word in _APPLICANT for id_word in ID_WORDS),
    Field.RESPONDENT: tuple((word,) for word in _RESPONDENT),
    Field.RESPONDENT_ID: tuple((word, id_word) for word in _RESPONDENT for id_word in ID_WORDS),
    Field.CONSENT: (("дербес",), ("өңдеуге",), ("персональн",), ("согласие",), ("consent",)),
    Field.STATUS: (
        ("мәртебе",),
        ("күйі=",),
        ("жағдайы=",),
        ("кезең",),
        ("статус",),
        ("состояни",),
        ("этап",),
        ("status",),
        ("stage",),
    ),
    Field.EXCLUSION: (
        ("бас тарту негіз",),
        ("қабылдаудан бас тарт",),
        ("основание отказ",),
        ("причина отказ",),
        ("exclusion",),
        ("refusal",),
    ),
    Field.AGREEMENT_DATE: (
        ("медиация туралы шарт",),
        ("шарт", "күн"),
        ("шарт жасал",),
        ("договор",),
        ("agreement date",),
        ("mediation agreement",),
    ),
    Field.OUTCOME: (
        ("нәтиже",),
        ("қорытынды",),
        ("результат",),
        ("итог",),
        ("исход",),
        ("outcome",),
        ("result",),
    ),
    Field.TERMINATION_REASON: (
        ("тоқтату негіз",),
        ("тоқтатылу себеб",),
        ("аяқталу негіз",),
        ("аяқталу себеб",),
        ("основание прекращ",),
        ("причина прекращ",),
        ("основание оконч",),
        ("termination",),
        ("ground",),
    ),
    Field.END_DATE: (
        ("аяқтал", "күн"),
        ("дата оконч",),
        ("дата заверш",),
        ("дата прекращ",),
        ("end date",),
        ("ended",),
        ("date ended",),
    ),
    Field.CLOSED_DATE: (
        ("жабыл", "күн"),
        ("дата закрыт",),
        ("closed on",),
        ("close date",),
        ("date closed",),
    ),
}

# A bare date column ("Күні", "Дата") is most likely the intake date; it wins only when nothing better does.
WEAK_HEADERS: dict[Field, tuple[Pattern, ...]] = {
    Field.INTAKE_DATE: (("күні=",), ("күн=",), ("дата=",), ("date=",)),
}


# How an organisation, a state body or a group shows itself in a party's name.
STATE_BODY_WORDS: tuple[str, ...] = (
    "әкімдіг",
    "әкімшіліг",
    "әкімдік",
    "акимат",
    "басқармас",
    "департамент",
    "министрл",
    "управлени",
    "полиция",
    "прокуратур",
    "мемлекеттік мекеме",
    "государственное учрежд",
    "ммм=",
    "гу=",
    "кгу=",
    "кмм=",
)
ORGANISATION_WORDS: tuple[str, ...] = (
    "тоо=",
    "жшс=",
    "ао=",
    "ақ=",
    "ип=",
    "жк=",
    "ргп=",
    "гкп=",
    "ооо=",
    "llp=",
    "jsc=",
    "ltd=",
    "llc=",
    "компания",
    "мектеп",
    "школа",
    "колледж",
    "университет",
    "қоғамы",
    "общество",
    "бірлестіг",
    "объединени",
    "ассоциац",
    "кооператив",
    "фирма",
)
GROUP_WORDS: tuple[str, ...] = ("тұрғындар", "жители", "жильцы", "тобы", "группа", "residents")
