"""Words and numbers of a report in its language: enum values, unit kinds, months, periods, dates.

The report's counterpart of app/ui/labels.py, without Qt: every text is a literal
`tr.translate("ReportLabels", "...")` call so lupdate collects it into the same .ts files (see texts.py),
and the Kazakh and Russian wording follows the windows' so that a category reads the same on screen
and on paper. Numbers follow the local convention in Kazakh and Russian (12 345; 72,4 %), the English
one otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from app.models.enums import (
    AgeGroup,
    Category,
    Channel,
    ConsultationResult,
    Language,
    MediatorKind,
    ObligationStatus,
    Outcome,
    Sex,
    TerminationReason,
    UnitKind,
)
from app.reports.periods import Period, PeriodKind
from app.reports.texts import Texts, texts

UNKNOWN = "unknown"  # the key the figures use for a field left blank

# The flags of ReportFigures.flags, in the order a report lists them.
FLAG_KEYS = ("inter_ethnic", "group_dispute", "minors_involved", "high_risk", "recurrence")
SEX_KEYS = (Sex.MALE.value, Sex.FEMALE.value)
SATISFACTION_KEYS = ("5", "4", "3", "2", "1")

_NBSP = "\u00a0"  # between the digits' groups (12 345) and before "%": never broken across lines


def _unit_kinds(tr: Texts) -> dict[str, str]:
    return {
        UnitKind.REPUBLICAN_COUNCIL: tr.translate("ReportLabels", "Republican mediation council"),
        UnitKind.REGIONAL_COUNCIL: tr.translate("ReportLabels", "Regional mediation council"),
        UnitKind.CENTRE: tr.translate("ReportLabels", "Mediation centre"),
        UnitKind.HOUSE_OF_FRIENDSHIP: tr.translate("ReportLabels", "House of Friendship"),
        UnitKind.DISTRICT_ASSEMBLY: tr.translate("ReportLabels", "District assembly"),
    }


def _mediator_kinds(tr: Texts) -> dict[str, str]:
    return {
        MediatorKind.PROFESSIONAL: tr.translate("ReportLabels", "Professional mediator"),
        MediatorKind.PUBLIC: tr.translate("ReportLabels", "Public mediator"),
        MediatorKind.ETHNOMEDIATOR: tr.translate("ReportLabels", "Ethnomediator"),
    }


def _categories(tr: Texts) -> dict[str, str]:
    return {
        Category.FAMILY: tr.translate("ReportLabels", "Family"),
        Category.NEIGHBOUR: tr.translate("ReportLabels", "Neighbours and household"),
        Category.LABOUR: tr.translate("ReportLabels", "Labour"),
        Category.PROPERTY_LAND: tr.translate("ReportLabels", "Property and land"),
        Category.DEBT_CONSUMER: tr.translate("ReportLabels", "Debt and consumer"),
        Category.HOUSING_UTILITIES: tr.translate("ReportLabels", "Housing and utilities"),
        Category.SCHOOL_YOUTH: tr.translate("ReportLabels", "School and youth"),
        Category.CITIZEN_AUTHORITY: tr.translate("ReportLabels", "Citizen and local authority"),
        Category.RELIGIOUS: tr.translate("ReportLabels", "Religious or interfaith"),
        Category.COMMUNITY_GROUP: tr.translate("ReportLabels", "Community or group"),
        Category.OTHER: tr.translate("ReportLabels", "Other dispute"),
    }


def _outcomes(tr: Texts) -> dict[str, str]:
    return {
        Outcome.SETTLED_FULL: tr.translate("ReportLabels", "Settled in full"),
        Outcome.SETTLED_PARTIAL: tr.translate("ReportLabels", "Settled in part"),
        Outcome.NOT_SETTLED: tr.translate("ReportLabels", "Not settled"),
        Outcome.TERMINATED: tr.translate("ReportLabels", "Terminated"),
        Outcome.REFERRED: tr.translate("ReportLabels", "Referred to a state body or court"),
    }


def _termination_reasons(tr: Texts) -> dict[str, str]:
    return {
        TerminationReason.AGREEMENT_SIGNED: tr.translate("ReportLabels", "Settlement agreement signed"),
        TerminationReason.PARTY_REFUSED: tr.translate("ReportLabels", "A party refused in writing"),
        TerminationReason.PARTY_WITHDREW: tr.translate("ReportLabels", "A party withdrew"),
        TerminationReason.PARTY_ABSENT: tr.translate("ReportLabels", "A party did not appear"),
        TerminationReason.MEDIATOR_REFUSED: tr.translate(
            "ReportLabels", "The mediator found further effort futile"
        ),
        TerminationReason.TERM_EXPIRED: tr.translate("ReportLabels", "The term ran out"),
        TerminationReason.REFERRED: tr.translate("ReportLabels", "Referred elsewhere"),
        TerminationReason.OTHER: tr.translate("ReportLabels", "Other grounds"),
    }


def _channels(tr: Texts) -> dict[str, str]:
    return {
        Channel.SELF_REFERRAL: tr.translate("ReportLabels", "Self-referral"),
        Channel.AKIMAT: tr.translate("ReportLabels", "Akimat"),
        Channel.POLICE: tr.translate("ReportLabels", "Police"),
        Channel.COURT: tr.translate("ReportLabels", "Court"),
        Channel.PROSECUTOR: tr.translate("ReportLabels", "Prosecutor's office"),
        Channel.SCHOOL: tr.translate("ReportLabels", "School"),
        Channel.EMPLOYER: tr.translate("ReportLabels", "Employer"),
        Channel.ETHNOCULTURAL_ASSOCIATION: tr.translate("ReportLabels", "Ethnocultural association"),
        Channel.HOTLINE: tr.translate("ReportLabels", "Hotline"),
        Channel.OTHER: tr.translate("ReportLabels", "Other"),
    }


def _flags(tr: Texts) -> dict[str, str]:
    return {
        "inter_ethnic": tr.translate("ReportLabels", "Inter-ethnic dimension"),
        "group_dispute": tr.translate("ReportLabels", "Group dispute (many people)"),
        "minors_involved": tr.translate("ReportLabels", "Minors involved"),
        "high_risk": tr.translate("ReportLabels", "High risk of escalation"),
        "recurrence": tr.translate("ReportLabels", "Recurrence of an earlier dispute"),
    }


def _sexes(tr: Texts) -> dict[str, str]:
    return {
        Sex.MALE: tr.translate("ReportLabels", "Men"),
        Sex.FEMALE: tr.translate("ReportLabels", "Women"),
    }


def _age_groups(tr: Texts) -> dict[str, str]:
    return {
        AgeGroup.UNDER_18: tr.translate("ReportLabels", "Under 18"),
        AgeGroup.AGE_18_29: tr.translate("ReportLabels", "18-29"),
        AgeGroup.AGE_30_44: tr.translate("ReportLabels", "30-44"),
        AgeGroup.AGE_45_59: tr.translate("ReportLabels", "45-59"),
        AgeGroup.AGE_60_PLUS: tr.translate("ReportLabels", "60 and over"),
    }


def _languages(tr: Texts) -> dict[str, str]:
    return {
        Language.KAZAKH: tr.translate("ReportLabels", "Kazakh"),
        Language.RUSSIAN: tr.translate("ReportLabels", "Russian"),
        Language.ENGLISH: tr.translate("ReportLabels", "English"),
        Language.UZBEK: tr.translate("ReportLabels", "Uzbek"),
        Language.UYGHUR: tr.translate("ReportLabels", "Uyghur"),
        Language.OTHER: tr.translate("ReportLabels", "Other language"),
    }


def _consultation_results(tr: Texts) -> dict[str, str]:
    return {
        ConsultationResult.RESOLVED: tr.translate("ReportLabels", "Resolved at consultation"),
        ConsultationResult.INFORMATION_GIVEN: tr.translate("ReportLabels", "Information given"),
        ConsultationResult.REFERRED_TO_MEDIATION: tr.translate("ReportLabels", "Referred to mediation"),
        ConsultationResult.REFERRED_ELSEWHERE: tr.translate("ReportLabels", "Referred elsewhere"),
    }


def _obligation_statuses(tr: Texts) -> dict[str, str]:
    return {
        ObligationStatus.PENDING: tr.translate("ReportLabels", "Not checked yet"),
        ObligationStatus.KEPT: tr.translate("ReportLabels", "Kept"),
        ObligationStatus.PARTLY_KEPT: tr.translate("ReportLabels", "Partly kept"),
        ObligationStatus.NOT_KEPT: tr.translate("ReportLabels", "Not kept"),
    }


def _month_names(tr: Texts) -> tuple[str, ...]:
    # Nominative, lower case as in running text: «2026 жылғы қазан», «октябрь 2026 г.».
    return (
        tr.translate("ReportLabels", "January"),
        tr.translate("ReportLabels", "February"),
        tr.translate("ReportLabels", "March"),
        tr.translate("ReportLabels", "April"),
        tr.translate("ReportLabels", "May"),
        tr.translate("ReportLabels", "June"),
        tr.translate("ReportLabels", "July"),
        tr.translate("ReportLabels", "August"),
        tr.translate("ReportLabels", "September"),
        tr.translate("ReportLabels", "October"),
        tr.translate("ReportLabels", "November"),
        tr.translate("ReportLabels", "December"),
    )


_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class ReportLabels:
    """Every label of one language; made once per language (see `labels`)."""

    lang: str
    tr: Texts
    unit_kinds: dict[str, str] = field(default_factory=dict)
    mediator_kinds: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    outcomes: dict[str, str] = field(default_factory=dict)
    termination_reasons: dict[str, str] = field(default_factory=dict)
    channels: dict[str, str] = field(default_factory=dict)
    flags: dict[str, str] = field(default_factory=dict)
    sexes: dict[str, str] = field(default_factory=dict)
    age_groups: dict[str, str] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    consultation_results: dict[str, str] = field(default_factory=dict)
    obligation_statuses: dict[str, str] = field(default_factory=dict)
    months: tuple[str, ...] = ()
    unknown: str = ""

    # --- enum values

    @staticmethod
    def _of(table: dict[str, str], value: str, unknown: str) -> str:
        if value == UNKNOWN:
            return unknown
        return table.get(value, value.replace("_", " "))

    def unit_kind(self, value: str) -> str:
        return self._of(self.unit_kinds, value, self.unknown)

    def mediator_kind(self, value: str) -> str:
        return self._of(self.mediator_kinds, value, self.unknown)

    def category(self, value: str) -> str:
        return self._of(self.categories, value, self.unknown)

    def outcome(self, value: str) -> str:
        return self._of(self.outcomes, value, self.unknown)

    def termination_reason(self, value: str) -> str:
        return self._of(self.termination_reasons, value, self.unknown)

    def channel(self, value: str) -> str:
        return self._of(self.channels, value, self.unknown)

    def flag(self, value: str) -> str:
        return self._of(self.flags, value, self.unknown)

    def sex(self, value: str) -> str:
        return self._of(self.sexes, value, self.unknown)

    def age_group(self, value: str) -> str:
        return self._of(self.age_groups, value, self.unknown)

    def language(self, value: str) -> str:
        return self._of(self.languages, value, self.unknown)

    def consultation_result(self, value: str) -> str:
        return self._of(self.consultation_results, value, self.unknown)

    def obligation_status(self, value: str) -> str:
        return self._of(self.obligation_statuses, value, self.unknown)

    def report_language(self) -> str:
        """The name of the report's own language ("Kazakh" for a Kazakh report)."""
        return self.language(self.lang)

    # --- dates and periods

    @staticmethod
    def date(day: date) -> str:
        return f"{day:%d.%m.%Y}"

    def month_name(self, month: int) -> str:
        return self.months[month - 1]

    def month_title(self, year: int, month: int) -> str:
        """«2026 жылғы қазан», «октябрь 2026 г.», "October 2026"."""
        return self.tr.translate("ReportLabels", "{month} {year}").format(
            month=self.month_name(month), year=year
        )

    def short_month(self, year: int, month: int) -> str:
        """A chart's axis label: "10.2026" reads the same in every language and is short."""
        return f"{month:02d}.{year}"

    def period_title(self, period: Period) -> str:
        """The period in words, for titles and column headings."""
        if period.kind is PeriodKind.MONTH:
            return self.month_title(period.start.year, period.start.month)
        if period.kind is PeriodKind.QUARTER:
            quarter = _ROMAN[(period.start.month - 1) // 3]
            return self.tr.translate("ReportLabels", "quarter {quarter} of {year}").format(
                quarter=quarter, year=period.start.year
            )
        if period.kind is PeriodKind.YEAR:
            return self.tr.translate("ReportLabels", "year {year}").format(year=period.start.year)
        return self.period_dates(period)

    def period_dates(self, period: Period) -> str:
        return self.tr.translate("ReportLabels", "{start} – {end}").format(
            start=self.date(period.start), end=self.date(period.end)
        )

    # --- numbers

    def integer(self, value: int) -> str:
        text = f"{value:,}"
        return text.replace(",", _NBSP) if self.lang in ("kk", "ru") else text

    def decimal(self, value: float, places: int = 1) -> str:
        text = f"{value:,.{places}f}"
        if self.lang in ("kk", "ru"):
            return text.replace(",", _NBSP).replace(".", ",")
        return text

    def percent(self, fraction: float, places: int = 1) -> str:
        """0.724 -> «72,4 %» (a space before % in Kazakh and Russian), "72.4%" in English."""
        number = self.decimal(fraction * 100, places)
        return f"{number}{_NBSP}%" if self.lang in ("kk", "ru") else f"{number}%"

    def signed(self, text: str, negative: bool, zero: bool) -> str:
        if zero:
            return "0"
        return ("−" + text) if negative else ("+" + text)


@cache
def labels(lang: str) -> ReportLabels:
    tr = texts(lang)
    return ReportLabels(
        lang=lang,
        tr=tr,
        unit_kinds=_unit_kinds(tr),
        mediator_kinds=_mediator_kinds(tr),
        categories=_categories(tr),
        outcomes=_outcomes(tr),
        termination_reasons=_termination_reasons(tr),
        channels=_channels(tr),
        flags=_flags(tr),
        sexes=_sexes(tr),
        age_groups=_age_groups(tr),
        languages=_languages(tr),
        consultation_results=_consultation_results(tr),
        obligation_statuses=_obligation_statuses(tr),
        months=_month_names(tr),
        unknown=tr.translate("ReportLabels", "Not stated"),
    )
