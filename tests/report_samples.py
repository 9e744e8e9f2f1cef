"""Report figures made by hand for the renderer tests: known numbers to find again in the PDF and XLSX.

The renderers (report_tables, report_pdf, report_xlsx) are tested on these without a database, so a
test states exactly which number must appear where; the end-to-end tests use the real builder.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.models.enums import (
    AgeGroup,
    Category,
    Channel,
    ConsultationResult,
    Language,
    MediatorKind,
    ObligationStatus,
    Outcome,
    TerminationReason,
    UnitKind,
)
from app.reports.figures import Headline, MediatorLoad, MonthPoint, ReportFigures, UnitRow
from app.reports.periods import Period

MADE_AT = datetime(2026, 11, 3, 4, 15, tzinfo=UTC)  # 09:15 in Kazakhstan
CENTRE_NAMES = {
    "kk": "Қордай ауданының Достық үйі жанындағы медиация орталығы",
    "ru": "Центр медиации при Доме дружбы Кордайского района",
    "en": "Korday district House of Friendship mediation centre",
}
REGION_NAMES = [
    ("Астана қаласы", "город Астана"),
    ("Алматы қаласы", "город Алматы"),
    ("Шымкент қаласы", "город Шымкент"),
    ("Абай облысы", "область Абай"),
    ("Ақмола облысы", "Акмолинская область"),
    ("Ақтөбе облысы", "Актюбинская область"),
    ("Алматы облысы", "Алматинская область"),
    ("Атырау облысы", "Атырауская область"),
    ("Батыс Қазақстан облысы", "Западно-Казахстанская область"),
    ("Жамбыл облысы", "Жамбылская область"),
    ("Жетісу облысы", "область Жетісу"),
    ("Қарағанды облысы", "Карагандинская область"),
    ("Қостанай облысы", "Костанайская область"),
    ("Қызылорда облысы", "Кызылординская область"),
    ("Маңғыстау облысы", "Мангистауская область"),
    ("Павлодар облысы", "Павлодарская область"),
    ("Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
    ("Түркістан облысы", "Туркестанская область"),
    ("Ұлытау облысы", "область Ұлытау"),
    ("Шығыс Қазақстан облысы", "Восточно-Казахстанская область"),
]


def headline(scale: int = 1, **changes: object) -> Headline:
    base = Headline(
        consultations=57 * scale,
        received=40 * scale,
        carried_over=12 * scale,
        ended=32 * scale,
        settled=21 * scale,
        closed=27 * scale,
        rejected=2 * scale,
        open_at_end=23 * scale,
        overdue_at_end=3 * scale,
        within_term=25 * scale,
        ended_under_agreement=29 * scale,
        median_days_to_end=18.5,
        extensions=4 * scale,
        sessions=66 * scale,
        active_mediators=7 * scale,
        follow_ups=15 * scale,
        obligations_due=16 * scale,
        obligations_kept=13 * scale,
        satisfaction_answers=19 * scale,
        satisfaction_mean=4.3,
        cases_in_mediation=45 * scale,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def empty_headline() -> Headline:
    return Headline(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, None, 0, 0, 0, 0, 0, 0, 0, None, 0)


def _zeros(values: list[str]) -> dict[str, int]:
    return dict.fromkeys(values, 0)


def centre_figures(period: Period | None = None) -> ReportFigures:
    """A House of Friendship's October 2026: 40 received, 32 ended, 21 settled (65,6 %)."""
    period = period or Period.month(2026, 10)
    categories = {c.value: 0 for c in Category}
    categories.update(
        {
            "family": 14,
            "neighbour": 9,
            "labour": 5,
            "property_land": 4,
            "housing_utilities": 3,
            "citizen_authority": 3,
            "religious": 2,
        }
    )
    outcomes = {"settled_full": 17, "settled_partial": 4, "not_settled": 5, "terminated": 4, "referred": 2}
    category_outcomes = {c.value: _zeros([o.value for o in Outcome]) for c in Category}
    category_outcomes["family"].update(settled_full=8, settled_partial=2, not_settled=2, terminated=1)
    category_outcomes["neighbour"].update(settled_full=5, settled_partial=1, not_settled=1, terminated=2)
    category_outcomes["labour"].update(settled_full=2, settled_partial=1, not_settled=2, referred=2)
    category_outcomes["property_land"].update(settled_full=2, terminated=1)
    return ReportFigures(
        unit_code="KZ31-KRD",
        unit_names=dict(CENTRE_NAMES),
        unit_kind=UnitKind.HOUSE_OF_FRIENDSHIP.value,
        period=period,
        made_at=MADE_AT,
        current=headline(),
        previous=headline(received=35, ended=30, settled=18, median_days_to_end=21.0, consultations=61),
        year_earlier=headline(received=28, ended=20, settled=11, median_days_to_end=24.0, obligations_kept=9),
        outcomes=outcomes,
        termination_reasons={
            **_zeros([r.value for r in TerminationReason]),
            "agreement_signed": 21,
            "party_refused": 3,
            "party_absent": 2,
            "term_expired": 3,
            "referred": 2,
            "unknown": 1,
        },
        categories=categories,
        category_outcomes=category_outcomes,
        channels={
            **_zeros([c.value for c in Channel]),
            "self_referral": 18,
            "akimat": 9,
            "police": 5,
            "court": 3,
            "ethnocultural_association": 4,
            "hotline": 1,
        },
        flags={"inter_ethnic": 6, "group_dispute": 2, "minors_involved": 5, "high_risk": 1, "recurrence": 3},
        parties_by_sex={"male": 43, "female": 38, "unknown": 2},
        parties_by_age={
            **_zeros([a.value for a in AgeGroup]),
            "18_29": 14,
            "30_44": 31,
            "45_59": 24,
            "60_plus": 12,
            "unknown": 2,
        },
        languages={**_zeros([lang.value for lang in Language]), "kk": 24, "ru": 13, "uz": 2, "unknown": 1},
        consultation_results={
            ConsultationResult.RESOLVED.value: 39,
            "information_given": 11,
            "referred_to_mediation": 6,
            "referred_elsewhere": 1,
        },
        consultation_topics={
            **_zeros([c.value for c in Category]),
            "family": 22,
            "neighbour": 15,
            "debt_consumer": 9,
            "other": 11,
        },
        obligations={ObligationStatus.KEPT.value: 13, "partly_kept": 1, "not_kept": 1, "pending": 1},
        satisfaction={"5": 9, "4": 6, "3": 3, "2": 1, "1": 0},
        mediators=[
            MediatorLoad("Әбдірахманова Г. Т.", MediatorKind.PUBLIC.value, "KZ31-KRD", 12, 9, 7),
            MediatorLoad("Ким В. С.", MediatorKind.PROFESSIONAL.value, "KZ31-KRD", 9, 7, 5),
            MediatorLoad("Нұрғалиев Ө. Қ.", MediatorKind.ETHNOMEDIATOR.value, "KZ31-KRD", 8, 6, 4),
            MediatorLoad("Сейітқызы Ә.", MediatorKind.PUBLIC.value, "KZ31-KRD", 6, 4, 2),
            MediatorLoad("Ибрагимов Р. А.", MediatorKind.ETHNOMEDIATOR.value, "KZ31-KRD", 5, 3, 2),
            MediatorLoad("Жұмабекова Һ. М.", MediatorKind.PUBLIC.value, "KZ31-KRD", 3, 2, 1),
            MediatorLoad("Петренко О. И.", MediatorKind.PUBLIC.value, "KZ31-KRD", 2, 1, 0),
        ],
        trend=_trend(period.end.year, period.end.month),
    )


def _trend(year: int, month: int) -> list[MonthPoint]:
    points = []
    for back in range(11, -1, -1):
        y, m = year, month - back
        while m < 1:
            y, m = y - 1, m + 12
        received = 25 + (m * 7) % 17
        ended = 18 + (m * 5) % 13
        points.append(MonthPoint(y, m, received, ended, ended * 2 // 3, 40 + m))
    return points


def empty_figures(period: Period | None = None) -> ReportFigures:
    """A month in which nothing happened: every breakdown present with zeros."""
    period = period or Period.month(2026, 10)
    return ReportFigures(
        unit_code="KZ31-KRD",
        unit_names=dict(CENTRE_NAMES),
        unit_kind=UnitKind.HOUSE_OF_FRIENDSHIP.value,
        period=period,
        made_at=MADE_AT,
        current=empty_headline(),
        previous=empty_headline(),
        year_earlier=empty_headline(),
        outcomes=_zeros([o.value for o in Outcome]),
        termination_reasons=_zeros([r.value for r in TerminationReason]),
        categories=_zeros([c.value for c in Category]),
        category_outcomes={c.value: _zeros([o.value for o in Outcome]) for c in Category},
        channels=_zeros([c.value for c in Channel]),
        flags=_zeros(["inter_ethnic", "group_dispute", "minors_involved", "high_risk", "recurrence"]),
        parties_by_sex={"male": 0, "female": 0},
        parties_by_age=_zeros([a.value for a in AgeGroup]),
        languages=_zeros([lang.value for lang in Language]),
        consultation_results=_zeros([r.value for r in ConsultationResult]),
        consultation_topics=_zeros([c.value for c in Category]),
        obligations=_zeros([s.value for s in ObligationStatus]),
        satisfaction=_zeros(["1", "2", "3", "4", "5"]),
        trend=[MonthPoint(p.year, p.month, 0, 0, 0, 0) for p in _trend(period.end.year, period.end.month)],
    )


def council_figures(period: Period | None = None) -> ReportFigures:
    """The republican council's year with its 20 regional councils, each with its own numbers."""
    period = period or Period.year(2026)
    centre = centre_figures(period)
    rows = [
        UnitRow(
            unit_code=f"R{i + 1:02d}",
            names={"kk": f"{kk} медиация кеңесі", "ru": f"Совет медиации: {ru}", "en": f"Region {i + 1}"},
            kind=UnitKind.REGIONAL_COUNCIL.value,
            figures=headline(received=100 + i, ended=80 + i, settled=50 + i, median_days_to_end=15.0 + i / 2),
        )
        for i, (kk, ru) in enumerate(REGION_NAMES)
    ]
    total = headline(
        received=sum(r.figures.received for r in rows),
        ended=sum(r.figures.ended for r in rows),
        settled=sum(r.figures.settled for r in rows),
        consultations=57 * 20,
        median_days_to_end=19.5,
    )
    return replace(
        centre,
        unit_code="RC",
        unit_names={
            "kk": "Қазақстан халқы Ассамблеясының Республикалық медиация кеңесі",
            "ru": "Республиканский совет медиации Ассамблеи народа Казахстана",
            "en": "Republican mediation council",
        },
        unit_kind=UnitKind.REPUBLICAN_COUNCIL.value,
        current=total,
        units=rows,
    )
