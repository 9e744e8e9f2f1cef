"""Case list speed: the first page (50 cases, newest intake first) with a status filter, through
app.services.case_list.list_cases, against the raw SQL it runs replayed with the stdlib sqlite3 module.

    python -m benchmarks.bench_case_list --cases 250000
    python -m benchmarks.bench_case_list --db /tmp/tatulyq-bench/demo-250000/tatulyq.db

Goal: the service takes at most 2 times the raw SQL's time. Prints, never asserts.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models.enums import CaseStatus
from app.services.case_list import CaseFilter, SortKey, count_cases, list_cases
from benchmarks.common import (
    database_for,
    median_seconds,
    parser,
    print_table,
    raw_connection,
    raw_runner,
    statements_of,
    verdict,
)

GOAL = 2.0

FILTERS: tuple[tuple[str, Sequence[CaseStatus]], ...] = (
    ("in mediation", (CaseStatus.IN_MEDIATION,)),
    (
        "open (intake, in mediation, follow-up)",
        (CaseStatus.INTAKE, CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP),
    ),
    ("follow-up", (CaseStatus.FOLLOW_UP,)),
    ("closed (most cases)", (CaseStatus.CLOSED,)),
    ("rejected (few cases)", (CaseStatus.REJECTED,)),
)


def main() -> None:
    args = parser("Case list first page vs the raw SQL it runs").parse_args()
    db = database_for(args)
    raw = raw_connection(db)
    rows: list[list[str]] = []
    total_service = total_raw = 0.0
    with db.session() as session:
        for label, statuses in FILTERS:
            case_filter = CaseFilter(statuses=statuses, sort=SortKey.INTAKE_DATE, descending=True)

            def first_page(f: CaseFilter = case_filter) -> object:
                return list_cases(session, f, limit=50, offset=0)

            page = list_cases(session, case_filter, limit=50, offset=0)
            service = median_seconds(first_page, args.repeat)
            baseline = median_seconds(raw_runner(raw, statements_of(session, first_page)), args.repeat)
            total_service += service
            total_raw += baseline
            rows.append(
                [
                    label,
                    str(count_cases(session, case_filter)),
                    str(len(page)),
                    f"{service * 1000:.2f}",
                    f"{baseline * 1000:.2f}",
                    f"{service / baseline:.2f}x",
                ]
            )
    raw.close()
    print()
    print_table(["status filter", "matching", "rows", "service ms", "raw ms", "ratio"], rows)
    ratio = total_service / total_raw
    print()
    print(
        f"first page of 50, newest intake first: service {total_service * 1000:.1f} ms, raw SQL "
        f"{total_raw * 1000:.1f} ms over {len(FILTERS)} filters: ratio {ratio:.2f}x "
        f"(goal <= {GOAL}x: {verdict(ratio, GOAL)})"
    )
    db.close()


if __name__ == "__main__":
    main()
