"""Search box speed: app.services.search (search_cases, limit 50, and count_matches) against the raw
SQL those calls run, replayed with the stdlib sqlite3 module on the same database file.

    python -m benchmarks.bench_search --cases 250000
    python -m benchmarks.bench_search --db /tmp/tatulyq-bench/demo-250000/tatulyq.db

Goal: the service takes at most 1.5 times the raw SQL's time. Prints, never asserts.
"""

from __future__ import annotations

from app.services import search
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

GOAL = 1.5

# What people type: names in any letter case and in part, a case number in part, a word of the
# description, two words at once.
QUERIES: tuple[tuple[str, str], ...] = (
    ("Kazakh surname prefix, lower case", "өмірб"),
    ("Kazakh surname, capitals", "ӨМІРБЕКОВ"),
    ("Kazakh first name, capitalised", "Ғалымжан"),
    ("Kazakh name, mixed case", "нҰрЛАН"),
    ("two letters (typing has just begun)", "Қа"),
    ("Russian surname, lower case", "иванов"),
    ("Russian surname, capitals", "ПЕТРОВА"),
    ("Russian prefix", "Соко"),
    ("organisation", "береке"),
    ("case number fragment", "KRD-2026-01"),
    ("unit and year", "KZ-75-HF-2025"),
    ("description word (kk)", "алимент"),
    ("description word (ru)", "затоплен"),
    ("two words", "өмірбеков нұрлан"),
    ("two words, name and subject", "иванов долг"),
)


def main() -> None:
    args = parser("Search service vs the raw SQL it runs").parse_args()
    db = database_for(args)
    raw = raw_connection(db)
    rows: list[list[str]] = []
    totals = {"search": [0.0, 0.0], "count": [0.0, 0.0]}
    with db.session() as session:
        for label, query in QUERIES:
            cells = [label, query]
            hits = search.count_matches(session, query)
            cells.append(str(hits))
            for kind, call in (
                ("search", lambda q=query: search.search_cases(session, q, limit=50)),
                ("count", lambda q=query: search.count_matches(session, q)),
            ):
                service = median_seconds(call, args.repeat)
                baseline = median_seconds(raw_runner(raw, statements_of(session, call)), args.repeat)
                totals[kind][0] += service
                totals[kind][1] += baseline
                cells += [f"{service * 1000:.2f}", f"{baseline * 1000:.2f}", f"{service / baseline:.2f}x"]
            rows.append(cells)
    raw.close()
    print()
    print_table(
        ["query", "typed", "matches", "search ms", "raw ms", "ratio", "count ms", "raw ms", "ratio"], rows
    )
    print()
    for kind, (service, baseline) in totals.items():
        ratio = service / baseline
        print(
            f"{kind}: service {service * 1000:.1f} ms, raw SQL {baseline * 1000:.1f} ms over "
            f"{len(QUERIES)} queries: ratio {ratio:.2f}x (goal <= {GOAL}x: {verdict(ratio, GOAL)})"
        )
    db.close()


if __name__ == "__main__":
    main()
