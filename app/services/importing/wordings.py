"""The wordings registers use for the items of the program's lists, in Kazakh, Russian and English.

Written as in vocabulary.py (folded word beginnings; «=» for a whole word). Items are tried in the order
listed and the first match wins, so the more particular meaning comes first: «ішінара реттелді»
(settled in part) before «реттелді» (settled), «реттелмеді» (not settled) before both.
"""

from __future__ import annotations

from app.models.enums import (
    CaseStatus,
    Category,
    Channel,
    Exclusion,
    Language,
    Outcome,
    RiskLevel,
    TerminationReason,
)
from app.services.importing.fields import Field

VALUES: dict[Field, tuple[tuple[str, tuple[str, ...]], ...]] = {
    Field.OUTCOME: (
        (Outcome.SETTLED_PARTIAL, ("ішінара", "жартылай", "частичн", "partial", "in part")),
        (
            Outcome.NOT_SETTLED,
            (
                "реттелмед",
                "келмед",
                "жеткізілмед",
                "нәтижесіз",
                "не урегулир",
                "безрезульт",
                "без соглаш",
                "not settled",
                "no agreement",
                "unsettled",
            ),
        ),
        (Outcome.REFERRED, ("жіберіл", "жолданд", "сотқа", "направ", "передан", "referred")),
        (Outcome.TERMINATED, ("тоқтат", "бас тартт", "прекращ", "отказ", "отозв", "terminat", "withdr")),
        (
            Outcome.SETTLED_FULL,
            (
                "толық",
                "реттел",
                "келісімге келд",
                "татуласт",
                "бітім",
                "урегулир",
                "примир",
                "мирово",
                "полност",
                "settled",
                "in full",
            ),
        ),
    ),
    Field.STATUS: (
        (
            CaseStatus.REJECTED,
            (
                "бас тартыл",
                "қабылданбад",
                "қабылдаудан бас",
                "отказано",
                "отказ в прием",
                "rejected",
                "refused at intake",
            ),
        ),
        (CaseStatus.FOLLOW_UP, ("бақылау", "орындалу", "контрол", "исполнени", "follow")),
        (
            CaseStatus.IN_MEDIATION,
            (
                "медиация жүр",
                "жүргізіл",
                "жүруде",
                "процесс",
                "в работ",
                "ведется",
                "на медиац",
                "проводит",
                "in mediation",
                "in progress",
                "ongoing",
            ),
        ),
        (CaseStatus.CLOSED, ("жабыл", "аяқтал", "закрыт", "заверш", "оконч", "closed", "finished", "done")),
        (
            CaseStatus.INTAKE,
            ("қабылдан", "тіркел", "жаңа", "принят", "зарегистр", "нов", "intake", "registered", "new"),
        ),
    ),
    Field.CHANNEL: (
        (Channel.HOTLINE, ("сенім телефон", "жедел желі", "горяч", "телефон довер", "hotline")),
        (Channel.ETHNOCULTURAL_ASSOCIATION, ("этномәдени", "этнокультур", "диаспор", "ethnocult")),
        (Channel.PROSECUTOR, ("прокурат", "прокурор", "prosecut")),
        (Channel.POLICE, ("полиц", "ішкі істер", "овд=", "учаск", "police")),
        (Channel.COURT, ("сот", "суд", "court")),
        (Channel.AKIMAT, ("әкім", "аким", "akimat", "akim")),
        (Channel.SCHOOL, ("мектеп", "білім", "колледж", "школ", "образован", "school")),
        (Channel.EMPLOYER, ("жұмыс беруш", "кәсіпорын", "работодат", "предприят", "employer")),
        (
            Channel.SELF_REFERRAL,
            (
                "өзі",
                "өз бетінше",
                "жеке",
                "өтініш бойынша",
                "самостоят",
                "самообращ",
                "личн",
                "сам=",
                "self",
                "walk in",
            ),
        ),
        (Channel.OTHER, ("басқа", "өзге", "прочее", "другое", "иное", "other")),
    ),
    Field.CATEGORY: (
        (Category.RELIGIOUS, ("дін", "діни", "конфесс", "религ", "religio", "interfaith")),
        (
            Category.COMMUNITY_GROUP,
            ("топтық", "қоғамдастық", "ұжымдық", "групп", "общин", "коллектив", "community", "group"),
        ),
        (
            Category.SCHOOL_YOUTH,
            ("мектеп", "жастар", "оқушы", "студент", "школ", "молод", "учени", "school", "youth"),
        ),
        (
            Category.FAMILY,
            (
                "отбасы",
                "ерлі",
                "ажырас",
                "алимент",
                "семей",
                "семья",
                "брак",
                "развод",
                "супруг",
                "family",
                "divorce",
            ),
        ),
        (Category.LABOUR, ("еңбек", "жұмыс", "трудов", "работ", "labour", "labor", "employment")),
        (
            Category.HOUSING_UTILITIES,
            ("тұрғын үй", "коммунал", "пәтер", "жилищ", "жкх", "квартир", "housing", "utilit"),
        ),
        (
            Category.PROPERTY_LAND,
            ("мүлік", "жер=", "жерге", "мұра", "имуществ", "земел", "наследств", "property", "land"),
        ),
        (
            Category.DEBT_CONSUMER,
            (
                "қарыз",
                "борыш",
                "несие",
                "тұтыну",
                "долг",
                "заем",
                "займ",
                "кредит",
                "потребит",
                "debt",
                "consumer",
                "loan",
            ),
        ),
        (
            Category.CITIZEN_AUTHORITY,
            (
                "әкім",
                "мемлекеттік орган",
                "билік",
                "азамат және",
                "власт",
                "госорган",
                "государствен",
                "аким",
                "authority",
                "government",
            ),
        ),
        (Category.NEIGHBOUR, ("көрші", "тұрмыс", "сосед", "бытов", "neighbo", "household")),
        (Category.OTHER, ("басқа", "өзге", "прочее", "другое", "иное", "other")),
    ),
    Field.TERMINATION_REASON: (
        (
            TerminationReason.AGREEMENT_SIGNED,
            ("келісім жасал", "келісімге қол", "соглашение заключ", "подписан", "agreement signed"),
        ),
        (
            TerminationReason.MEDIATOR_REFUSED,
            ("медиатор", "нәтижесіз", "бесперспектив", "нецелесообраз", "futile"),
        ),
        (TerminationReason.PARTY_WITHDREW, ("шығып кет", "қайтарып ал", "отозв", "withdr")),
        (TerminationReason.PARTY_ABSENT, ("келмед", "келмеу", "неяв", "не явил", "absent", "did not appear")),
        (TerminationReason.TERM_EXPIRED, ("мерзім", "срок", "истеч", "expired", "term")),
        (TerminationReason.REFERRED, ("жіберіл", "жолданд", "направ", "передан", "referred")),
        (TerminationReason.PARTY_REFUSED, ("бас тарт", "отказ", "refus")),
        (TerminationReason.OTHER, ("басқа", "өзге", "иное", "другое", "прочее", "other")),
    ),
    Field.EXCLUSION: (
        (Exclusion.THIRD_PARTY_RIGHTS, ("үшінші", "третьих", "третьи", "third")),
        (Exclusion.PARTY_INCAPABLE, ("қабілетсіз", "әрекет қабілет", "дееспособ", "incapab")),
        (Exclusion.CORRUPTION_CRIME, ("сыбайлас", "коррупц", "corrupt")),
        (
            Exclusion.PUBLIC_SERVICE_CRIME,
            ("мемлекеттік қызмет", "государственной служб", "интересов служб", "public service"),
        ),
    ),
    Field.LANGUAGE: (
        (Language.KAZAKH, ("қазақ", "казах", "kazakh", "kk=", "kaz=", "каз=")),
        (Language.RUSSIAN, ("орыс", "русск", "russian", "ru=", "rus=", "рус=")),
        (Language.ENGLISH, ("ағылшын", "англ", "english", "en=", "eng=")),
        (Language.UZBEK, ("өзбек", "узбек", "uzbek", "uz=")),
        (Language.UYGHUR, ("ұйғыр", "уйгур", "uyghur", "uighur", "ug=")),
        (Language.OTHER, ("басқа", "другой", "иной", "other")),
    ),
    Field.RISK_LEVEL: (
        (RiskLevel.HIGH, ("жоғары", "высок", "high")),
        (RiskLevel.MEDIUM, ("орташа", "средн", "medium", "moderate")),
        (RiskLevel.LOW, ("төмен", "низк", "low")),
    ),
}

YES = frozenset(
    {"иә", "ия", "иа", "бар", "да", "есть", "yes", "y", "true", "1", "+", "✓", "✔", "v", "x", "х"}
)
NO = frozenset({"жоқ", "жок", "нет", "no", "n", "false", "0", "-", "—", "–"})
