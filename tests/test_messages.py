"""Every error the services can raise is told in the user's words (app/ui/messages.py).

The key coverage is found in the code itself: the error calls of app/services, app/storage and
app/errors.py, read with ``ast``, so a new key without a message fails here and not in a village
House of Friendship. Real refusals from the real services on a real database are then told in plain
English, with dd.MM.yyyy dates, and in Russian once a translator is installed.
"""

from __future__ import annotations

import ast
import itertools
import shutil
import sqlite3
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from app.errors import ConflictError, StorageError, TatulyqError, ValidationError, WorkflowError
from app.models.enums import (
    CaseStatus,
    Exclusion,
    Outcome,
    ParticipantRole,
    PartyKind,
    SessionKind,
    Sex,
    TerminationReason,
)
from app.services import cases, iin, parties, sessions
from app.storage import db_errors
from app.storage.database import Database
from app.storage.engine import make_engine
from app.ui import messages
from app.ui.messages import FALLBACK, FIELDS, GENERIC, SPECIFIC, message_for
from tests.conftest import ACTOR
from tests.factories import TODAY, new_case, person

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "app" / "services").rglob("*.py")),
    *sorted((ROOT / "app" / "reports").glob("*.py")),
    *sorted((ROOT / "app" / "storage").glob("*.py")),
    *sorted(p for p in (ROOT / "app" / "ui").rglob("*.py") if p.name != "messages.py"),
    *sorted((ROOT / "app" / "exchange").glob("*.py")),
    ROOT / "app" / "errors.py",
]
RULES = ROOT / "app" / "services" / "rules.py"
ERROR_CLASSES = frozenset(
    {"ValidationError", "WorkflowError", "NotFoundError", "ConflictError", "StorageError", "TatulyqError"}
    | {"IdNumberError"}
)
# The check each helper of app/services/rules.py adds to its ``field`` to make the key.
RULE_CHECKS = {
    "text_required": "required",
    "not_in_future": "in_future",
    "not_before": "too_early",
    "in_range": "out_of_range",
}
# Names inside f-string keys, and every value they can take.
F_STRING_VALUES: dict[str, list[str]] = {"kind": [kind.value for kind in iin.IdKind]}
# Modules that pass on another module's errors unchanged (key and params): parties re-raises the
# IdNumberError of iin.parse_iin / parse_bin as a ValidationError.
RE_RAISED_FROM = {
    "app/services/parties.py": "app/services/iin.py",
    "app/ui/case_editor/id_check.py": "app/services/iin.py",
}


@dataclass(frozen=True)
class Site:
    key: str
    params: frozenset[str]
    where: str


@dataclass
class Discovery:
    sites: list[Site]
    unresolved: list[str]

    @property
    def keys(self) -> set[str]:
        return {site.key for site in self.sites}

    def params_of(self, key: str) -> list[frozenset[str]]:
        return [site.params for site in self.sites if site.key == key]


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _argument(call: ast.Call, function: ast.FunctionDef, name: str) -> ast.expr | None:
    """The expression a call passes for ``function``'s parameter ``name``, by keyword or position."""
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    positional = [a.arg for a in function.args.posonlyargs + function.args.args]
    if name in positional and positional.index(name) < len(call.args):
        return call.args[positional.index(name)]
    return None


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    return {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def _enclosing(tree: ast.Module) -> dict[ast.AST, ast.FunctionDef]:
    # ast.walk goes outside in, so a nested function's nodes end up owned by the innermost one.
    owner: dict[ast.AST, ast.FunctionDef] = {}
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        for node in ast.walk(function):
            if node is not function:
                owner[node] = function
    return owner


def _keyword_params(call: ast.Call) -> frozenset[str] | None:
    """The params an error call passes; None when it spreads a mapping (``**params``)."""
    if any(keyword.arg is None for keyword in call.keywords):
        return None
    return frozenset(str(keyword.arg) for keyword in call.keywords)


def _error_calls(tree: ast.Module) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) in ERROR_CLASSES and node.args:
            yield node


RULE_FUNCTIONS = {
    name: function
    for name, function in _functions(ast.parse(RULES.read_text(encoding="utf-8"))).items()
    if name in RULE_CHECKS
}


def _rule_helper_params() -> dict[str, frozenset[str]]:
    """What each rules helper passes as params, read from its own ValidationError call."""
    result: dict[str, frozenset[str]] = {}
    for name, function in RULE_FUNCTIONS.items():
        calls = [
            c for c in ast.walk(function) if isinstance(c, ast.Call) and _called_name(c) == "ValidationError"
        ]
        params = _keyword_params(calls[0])
        assert params is not None and len(calls) == 1, name
        result[name] = params
    return result


def _f_string_keys(value: ast.JoinedStr) -> list[str] | None:
    parts: list[list[str]] = []
    for piece in value.values:
        if isinstance(piece, ast.Constant) and isinstance(piece.value, str):
            parts.append([piece.value])
        elif (
            isinstance(piece, ast.FormattedValue)
            and isinstance(piece.value, ast.Name)
            and piece.value.id in F_STRING_VALUES
        ):
            parts.append(F_STRING_VALUES[piece.value.id])
        else:
            return None
    return ["".join(combination) for combination in itertools.product(*parts)]


def _module_sites(path: Path, helper_params: dict[str, frozenset[str]], found: Discovery) -> None:
    where_file = _relative(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    owner = _enclosing(tree)
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]

    for call in _error_calls(tree):
        where = f"{where_file}:{call.lineno}"
        first = call.args[0]
        params = _keyword_params(call)
        function = owner.get(call)
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and params is not None:
            found.sites.append(Site(first.value, params, where))
        elif isinstance(first, ast.JoinedStr) and path == RULES and function and function.name in RULE_CHECKS:
            continue  # the helper's own error: its keys come from the calls to the helper below
        elif isinstance(first, ast.JoinedStr) and params is not None:
            keys = _f_string_keys(first)
            if keys is None:
                found.unresolved.append(f"{where}: f-string key {ast.unparse(first)}")
            else:
                found.sites.extend(Site(key, params, where) for key in keys)
        elif (
            isinstance(first, ast.Name)
            and params is not None
            and function is not None
            and first.id in [a.arg for a in function.args.posonlyargs + function.args.args]
        ):
            # The key is a parameter of a small helper: every call of the helper names it.
            callers = [c for c in calls if _called_name(c) == function.name]
            if not callers:
                found.unresolved.append(f"{where}: key parameter of {function.name}() never passed")
            for caller in callers:
                passed = _argument(caller, function, first.id)
                if isinstance(passed, ast.Constant) and isinstance(passed.value, str):
                    found.sites.append(Site(passed.value, params, f"{where_file}:{caller.lineno}"))
                else:
                    found.unresolved.append(f"{where_file}:{caller.lineno}: key passed to {function.name}()")
        elif ast.unparse(first) == "error.key" and where_file in RE_RAISED_FROM:
            continue  # resolved below from the module whose errors are passed on
        else:
            found.unresolved.append(f"{where}: key {ast.unparse(first)}")

    for call in calls:
        name = _called_name(call)
        if name not in RULE_CHECKS or path == RULES:
            continue
        field = _argument(call, RULE_FUNCTIONS[name], "field")
        where = f"{where_file}:{call.lineno}"
        if isinstance(field, ast.Constant) and isinstance(field.value, str):
            found.sites.append(Site(f"{field.value}.{RULE_CHECKS[name]}", helper_params[name], where))
        else:
            found.unresolved.append(f"{where}: field of {name}() is not a constant")


def discover() -> Discovery:
    found = Discovery([], [])
    helper_params = _rule_helper_params()
    for path in SOURCES:
        _module_sites(path, helper_params, found)
    for module, origin in RE_RAISED_FROM.items():
        passed_on = [s for s in found.sites if s.where.startswith(origin + ":")]
        found.sites.extend(Site(s.key, s.params, f"{module} (from {s.where})") for s in passed_on)
    return found


DISCOVERY = discover()


def _template_for(key: str) -> tuple[str, set[str]] | None:
    """The English template told for ``key`` and the names message_for adds to the params."""
    if key in SPECIFIC:
        return SPECIFIC[key], set()
    field, _, check = key.rpartition(".")
    if check in GENERIC and field in FIELDS:
        return GENERIC[check], {"label"}
    return None


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- The keys the code can raise, found in the code ------------------------------------------------


def test_discovery_finds_the_keys_of_every_kind_of_raise() -> None:
    keys = DISCOVERY.keys
    assert len(keys) > 140
    assert "case.number_duplicate" in keys  # a constant key
    assert "case.intake_date.in_future" in keys  # a rules helper
    assert {"iin.checksum", "bin.checksum", "bin.length"} <= keys  # f-string keys
    assert {"mediator.language_unknown", "obligation.case_closed", "assignment.case_closed"} <= keys
    assert any(
        s.key == "iin.birth_date" and s.where.startswith("app/services/parties.py") for s in DISCOVERY.sites
    )
    assert "db.busy" in keys and "restore.bad_backup" in keys  # storage


def test_every_raise_site_has_a_key_the_test_can_read() -> None:
    assert DISCOVERY.unresolved == [], "teach tests/test_messages.py how to read these keys"


def test_every_key_the_code_raises_has_a_message() -> None:
    missing = sorted(key for key in DISCOVERY.keys if _template_for(key) is None)
    assert missing == [], f"add a SPECIFIC entry (or a FIELDS label) in app/ui/messages.py for: {missing}"


def test_templates_use_only_params_every_raise_site_passes() -> None:
    problems = []
    for site in DISCOVERY.sites:
        found = _template_for(site.key)
        assert found is not None
        template, added = found
        lacking = _placeholders(template) - site.params - added
        if lacking:
            problems.append(f"{site.key} at {site.where} lacks {sorted(lacking)}")
    assert problems == [], problems


def test_no_message_waits_for_a_key_nobody_raises() -> None:
    keys = DISCOVERY.keys
    stale = sorted(set(SPECIFIC) - keys)
    fields = {key.rpartition(".")[0] for key in keys}
    unused_fields = sorted(set(FIELDS) - fields)
    assert (stale, unused_fields) == ([], [])


def test_every_message_is_marked_for_lupdate_in_the_messages_context() -> None:
    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    marked: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None:
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            assert isinstance(target, ast.Name)
            if target.id not in ("GENERIC", "FIELDS", "SPECIFIC", "FALLBACK"):
                continue
            values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
            for value in values:
                assert isinstance(value, ast.Call) and ast.unparse(value.func) == "QT_TRANSLATE_NOOP", (
                    ast.unparse(value)
                )
                context, text = (ast.literal_eval(arg) for arg in value.args)
                assert context == "Messages"
                marked.setdefault(target.id, []).append(text)
    assert marked["SPECIFIC"] == list(SPECIFIC.values())
    assert marked["FIELDS"] == list(FIELDS.values())
    assert marked["GENERIC"] == list(GENERIC.values())
    assert marked["FALLBACK"] == [FALLBACK]


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")


def test_lupdate_collects_every_message(tmp_path: Path) -> None:
    lupdate = _tool("lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "messages.ts"
    subprocess.run([lupdate, messages.__file__, "-ts", str(ts)], check=True, capture_output=True)
    collected = {
        source.text
        for context in ET.parse(ts).getroot().iter("context")
        if context.findtext("name") == "Messages"
        for source in context.iter("source")
    }
    expected = {*SPECIFIC.values(), *FIELDS.values(), *GENERIC.values(), FALLBACK}
    assert expected - collected == set()


def test_every_message_reads_whole_with_the_params_its_sites_pass(qapp: QApplication) -> None:
    for site in DISCOVERY.sites:
        error = TatulyqError(site.key, "english", **dict.fromkeys(site.params, "7"))
        text = message_for(error)
        assert "english" not in text, site  # not the fallback
        assert "{" not in text and "}" not in text, site


# --- Real refusals from the real services -----------------------------------------------------------


def _refusal(db: Database, action: Callable[[Session], object]) -> TatulyqError:
    """The error a unit of work raises (which leaves the database as it was)."""
    with pytest.raises(TatulyqError) as caught, db.session(write=True, actor=ACTOR) as s:
        action(s)
    return caught.value


def _told(error: TatulyqError) -> str:
    text = message_for(error)
    assert "{" not in text and "}" not in text, text
    return text


def test_a_future_intake_date_is_told_with_the_date_as_people_write_it(
    db: Database, qapp: QApplication
) -> None:
    error = _refusal(db, lambda s: new_case(s, intake=date(2026, 11, 21)))
    assert isinstance(error, ValidationError)
    assert _told(error) == "The intake date (21.11.2026) cannot be later than today. Please check the date."


def test_a_session_before_intake_names_the_intake_date(db: Database, qapp: QApplication) -> None:
    def add_early_session(s: Session) -> None:
        case = new_case(s)
        sessions.add_session(
            s,
            case,
            sessions.SessionInput(held_on=date(2026, 10, 1), kind=SessionKind.JOINT),
            today=TODAY,
        )

    assert _told(_refusal(db, add_early_session)) == (
        "The date of the session (01.10.2026) cannot be earlier than the intake date (05.10.2026). "
        "Please check the date."
    )


def _add_person(id_number: str) -> Callable[[Session], None]:
    def add(s: Session) -> None:
        case = new_case(s)
        parties.add_party_to_case(
            s,
            case,
            person("Өмірбеков", "Ғалымжан", id_number=id_number),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )

    return add


def test_wrong_iins_say_what_is_wrong_with_the_number(db: Database, qapp: QApplication) -> None:
    valid = iin.make_iin(date(1985, 3, 14), Sex.MALE, 1234)
    mistyped = valid[:11] + str((int(valid[11]) + 1) % 10)
    assert _told(_refusal(db, _add_person(mistyped))) == (
        "The IIN fails its check digit: one of its digits is probably mistyped. "
        "Please compare it with the identity document."
    )
    unborn = iin.make_iin(date(2027, 1, 15), Sex.FEMALE, 1)
    assert _told(_refusal(db, _add_person(unborn))) == (
        "The IIN gives the birth date 15.01.2027, which is in the future. Please check the number."
    )
    assert _told(_refusal(db, _add_person("85031430123"))) == (
        "The IIN must have 12 digits, not 11. Please check the number."
    )
    assert _told(_refusal(db, _add_person("8503143O1234"))) == (
        "The IIN must contain only the digits 0-9, with no spaces. Character 8 is “O”."
    )


def test_an_empty_name_and_a_group_of_one_use_the_field_labels(db: Database, qapp: QApplication) -> None:
    def nameless(s: Session) -> None:
        parties.add_party_to_case(
            s,
            new_case(s),
            person("  ", "Ғалымжан"),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )

    def group_of_one(s: Session) -> None:
        group = parties.PartyInput(kind=PartyKind.GROUP, org_name="Көше тұрғындары", group_size=1)
        parties.add_party_to_case(
            s,
            new_case(s),
            group,
            ParticipantRole.APPLICANT,
            today=TODAY,
        )

    assert _told(_refusal(db, nameless)) == "The last name must be filled in."
    assert (
        _told(_refusal(db, group_of_one))
        == "The number of people in the group must be a number from 2 to 100000."
    )


def test_a_duplicate_case_number_names_the_number(db: Database, qapp: QApplication) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        new_case(s, number="KZ-31-KRD-2026-0100")
    error = _refusal(db, lambda s: new_case(s, number="KZ-31-KRD-2026-0100"))
    assert isinstance(error, ConflictError)
    assert _told(error) == "A case numbered KZ-31-KRD-2026-0100 already exists. Please check the number."


def test_an_invalid_transition_names_the_stages_by_their_labels(db: Database, qapp: QApplication) -> None:
    def sign_after_refusal(s: Session) -> None:
        case = cases.reject_case(s, new_case(s), Exclusion.CORRUPTION_CRIME, today=TODAY)
        cases.sign_agreement(s, case, date(2026, 10, 6), today=TODAY)

    error = _refusal(db, sign_after_refusal)
    assert isinstance(error, WorkflowError)
    assert (error.params["current"], error.params["target"]) == (CaseStatus.REJECTED, CaseStatus.IN_MEDIATION)
    assert _told(error) == (
        "This step is not possible: a case at the stage “Refused at intake” cannot move to “In mediation”. "
        "Refresh the case to see its current stage."
    )


def test_an_outcome_is_named_by_its_label(db: Database, qapp: QApplication) -> None:
    error = _refusal(
        db,
        lambda s: cases.record_outcome(
            s, new_case(s), Outcome.SETTLED_FULL, TerminationReason.AGREEMENT_SIGNED, today=TODAY
        ),
    )
    assert _told(error) == "The outcome “Settled in full” needs a signed mediation agreement first."


def test_a_busy_database_asks_to_try_again(db: Database, qapp: QApplication) -> None:
    path = db.location.sqlite_path
    if path is None:
        pytest.skip("a lock held on a SQLite file")
    impatient = Database(db.location, engine=make_engine(db.location, busy_timeout_ms=50))
    holder = sqlite3.connect(path)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another user's unit of work holds the write lock
        with pytest.raises(StorageError) as caught, impatient.session(write=True, actor=ACTOR):
            pass
    finally:
        holder.rollback()
        holder.close()
        impatient.close()
    assert caught.value.key == "db.busy"
    assert _told(caught.value) == "The database is busy with another user's work; try again in a moment."
    translated = db_errors.translate(
        sa_exc.OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    )
    assert translated is not None and _told(translated) == _told(caught.value)


def test_a_template_naming_a_param_the_error_lacks_falls_back_to_the_english_text(qapp: QApplication) -> None:
    error = ConflictError("case.number_duplicate", "A case numbered X already exists.")  # no number=
    assert message_for(error) == "The program refused this: A case numbered X already exists."
    unknown = ValidationError("nobody.knows_this", "Something the program refused.")
    assert message_for(unknown) == "The program refused this: Something the program refused."


# --- In Russian, with a translator installed --------------------------------------------------------


def _compiled_translation(folder: Path, contexts: dict[str, dict[str, str]]) -> Path:
    body = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
            for source, text in pairs.items()
        )
        + "</context>"
        for context, pairs in contexts.items()
    )
    ts = folder / "test_ru.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">{body}</TS>',
        encoding="utf-8",
    )
    lrelease = _tool("lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = folder / "test_ru.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def test_with_a_russian_translator_the_sentence_is_russian_and_filled_in(
    db: Database, qapp: QApplication, tmp_path: Path
) -> None:
    qm = _compiled_translation(
        tmp_path,
        {
            "Messages": {
                SPECIFIC["case.number_duplicate"]: "Дело с номером {number} уже существует. Проверьте номер.",
                GENERIC["in_future"]: "{label} ({value}) не может быть позже сегодняшнего дня.",
                FIELDS["case.intake_date"]: "Дата поступления",
                SPECIFIC[
                    "case.invalid_transition"
                ]: "Нельзя перевести дело из этапа «{current}» в этап «{target}».",
                # A translator's slip: a placeholder the error does not have.
                SPECIFIC["user.locked"]: "Учётная запись заблокирована на {minutes} мин.",
            },
            "Labels": {"Refused at intake": "Отказано при приёме", "In mediation": "На медиации"},
        },
    )
    with db.session(write=True, actor=ACTOR) as s:
        new_case(s, number="KZ-31-KRD-2026-0100")
    duplicate = _refusal(db, lambda s: new_case(s, number="KZ-31-KRD-2026-0100"))
    future = _refusal(db, lambda s: new_case(s, intake=date(2026, 12, 1)))
    transition = _refusal(
        db,
        lambda s: cases.sign_agreement(
            s, cases.reject_case(s, new_case(s), Exclusion.CORRUPTION_CRIME, today=TODAY), date(2026, 10, 6)
        ),
    )
    locked = ValidationError("user.locked", "Too many wrong passwords.", minutes_left=15)

    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert _told(duplicate) == "Дело с номером KZ-31-KRD-2026-0100 уже существует. Проверьте номер."
        assert _told(future) == "Дата поступления (01.12.2026) не может быть позже сегодняшнего дня."
        assert (
            _told(transition) == "Нельзя перевести дело из этапа «Отказано при приёме» в этап «На медиации»."
        )
        assert message_for(locked) == "The program refused this: Too many wrong passwords."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert _told(duplicate) == "A case numbered KZ-31-KRD-2026-0100 already exists. Please check the number."
