"""Settings kept in the database's settings table; the law's configurable numbers live here.

Defaults are declared once below; a stored value overrides its default. Code asks for a setting by
key and never hard-codes the term of mediation or the length of an extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec(
            "mediation.term_days", 30, 1, 365, "Days from the mediation agreement to the end of the term"
        ),
        SettingSpec("mediation.extension_max_days", 30, 1, 365, "Longest single extension, in days"),
        SettingSpec("mediation.max_extensions", 1, 0, 10, "How many times a term may be extended"),
        SettingSpec(
            "mediation.proposal_answer_days",
            10,
            1,
            60,
            "Days after which an unanswered proposal to mediate counts as refused",
        ),
        SettingSpec("deadlines.due_soon_days", 7, 1, 60, "Cases and obligations due within this many days"),
        SettingSpec(
            "reports.deadline_day", 5, 1, 28, "Day of the next month by which a monthly report is due"
        ),
        SettingSpec(
            "retention.years", 5, 1, 75, "Closed cases older than this many years may be de-identified"
        ),
        SettingSpec("installation.unit_code", "", description="The unit this installation works for"),
        SettingSpec("backup.keep_daily", 7, 1, 60, "Daily backups kept (the newest days with a backup)"),
        SettingSpec("backup.keep_weekly", 4, 0, 52, "Weekly backups kept (the newest of each week)"),
        SettingSpec("backup.keep_monthly", 12, 0, 120, "Monthly backups kept (the newest of each month)"),
        # Early warning (app/signals/rule.py states the rule these numbers enter).
        SettingSpec("signals.grain", "month", description="Signals by calendar month or by ISO week"),
        SettingSpec(
            "signals.baseline_months", 12, 6, 12, "Months before the period that make a place's baseline"
        ),
        SettingSpec("signals.min_count", 3, 1, 100, "Fewer cases than this in a period are never a signal"),
        SettingSpec(
            "signals.watch_one_in", 20, 2, 100_000, "Watch: a count this high would come by chance once in N"
        ),
        SettingSpec(
            "signals.alert_one_in", 1000, 2, 1_000_000, "Alert: a count this high would come by chance once in N"
        ),
    )
}


def get(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.get(Setting, key)
    return spec.default if row is None else row.value.get("v", spec.default)


def get_int(session: Session, key: str) -> int:
    return int(get(session, key))


def set_value(session: Session, key: str, value: Any) -> None:
    spec = SPECS.get(key)
    if spec is None:
        raise ValidationError("settings.unknown", f"There is no setting called {key}.", setting=key)
    if isinstance(spec.default, int):
        try:
            value = int(value)
        except (TypeError, ValueError) as error:
            raise ValidationError(
                "settings.not_a_number", f"{key} must be a whole number.", setting=key
            ) from error
        if (spec.minimum is not None and value < spec.minimum) or (
            spec.maximum is not None and value > spec.maximum
        ):
            raise ValidationError(
                "settings.out_of_range",
                f"{key} must be between {spec.minimum} and {spec.maximum}.",
                setting=key,
                minimum=spec.minimum,
                maximum=spec.maximum,
            )
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}


def all_values(session: Session) -> dict[str, Any]:
    return {key: get(session, key) for key in SPECS}
