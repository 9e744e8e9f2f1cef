"""Case documents (mediation agreement, settlement agreement, consent) as PDFs a person signs.

A case is built through the real services on a real database: parties with consent and IINs, one
party recorded without consent, a public mediator assigned, the mediation agreement signed and a
settlement with three obligations. Each document is made in Kazakh and Russian and its text read
back with pypdf: what a mediator checks before handing it over (names with Kazakh letters, the case
number, the dates as dd.MM.yyyy, each obligation and its due date, the title) must be on the paper.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import select

from app.cli import main as cli
from app.errors import NotFoundError, StorageError, ValidationError, WorkflowError
from app.models import AuditEntry
from app.models.enums import AuditAction, Language, MediatorKind, ParticipantRole, PartyKind, Sex
from app.reports.documents import DocumentKind, make_document
from app.services import cases, iin, mediators, parties, settlements
from app.services.settlements import ObligationInput
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY, new_case, person

AGREEMENT_ON = date(2026, 10, 6)
SETTLED_ON = date(2026, 10, 20)
DEADLINE = date(2026, 11, 5)  # the agreement + the default term of 30 days
APPLICANT = ("Өмірбеков", "Ғалымжан", "Құрманұлы")
RESPONDENT = ("Иванова-Қасымова", "Ольга", "Сергеевна")
MEDIATOR = "Сәрсенбаев Нұрлан"
APPLICANT_IIN = iin.make_iin(date(1979, 4, 12), Sex.MALE, 4021)
RESPONDENT_IIN = iin.make_iin(date(1986, 9, 30), Sex.FEMALE, 977)
ADDRESS = "Қордай ауданы, Сортөбе ауылы, Бейбітшілік көшесі, 14"
# Long enough to wrap in its cell: the table must not cut it.
OBLIGATIONS = (
    (
        "Шекарадағы қоршауды өз есебінен 1,5 метрге шегеріп, жаңа бағандарды орнату және ескі "
        "қоршаудың қалдықтарын шығарып тастау",
        date(2026, 11, 10),
    ),
    ("Вернуть заявителю садовый инвентарь, взятый во временное пользование", date(2026, 11, 25)),
    ("Арықтан суды кезекпен, аптасына екі рет, сейсенбі мен жұма күндері пайдалану", date(2026, 12, 1)),
)
TITLES = {
    (DocumentKind.AGREEMENT, "kk"): "МЕДИАЦИЯ ТУРАЛЫ ШАРТ",
    (DocumentKind.AGREEMENT, "ru"): "ДОГОВОР О МЕДИАЦИИ",
    (DocumentKind.SETTLEMENT, "kk"): "ДАУДЫ РЕТТЕУ ТУРАЛЫ КЕЛІСІМ",
    (DocumentKind.SETTLEMENT, "ru"): "СОГЛАШЕНИЕ ОБ УРЕГУЛИРОВАНИИ СПОРА",
    (DocumentKind.CONSENT, "kk"): "ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ",
    (DocumentKind.CONSENT, "ru"): "СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ",
}


@dataclass(frozen=True)
class Built:
    number: str
    applicant: uuid.UUID  # party ids
    respondent: uuid.UUID
    unnamed: uuid.UUID  # a person whose consent is not recorded yet
    unnamed_participant: uuid.UUID


def build_settled_case(db: Database) -> Built:
    """A case with the mediation agreement signed and a settlement of three obligations."""
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(
            s,
            description="Көршілер арасындағы жер учаскесінің шекарасы және суару кезегі туралы дау",
            language=Language.KAZAKH,
        )
        applicant = parties.add_party_to_case(
            s,
            case,
            person(
                APPLICANT[0],
                APPLICANT[1],
                middle_name=APPLICANT[2],
                id_number=APPLICANT_IIN,
                address=ADDRESS,
                phone="+7 701 234 56 78",
            ),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )
        respondent = parties.add_party_to_case(
            s,
            case,
            person(RESPONDENT[0], RESPONDENT[1], middle_name=RESPONDENT[2], id_number=RESPONDENT_IIN),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )
        unnamed = parties.add_party_to_case(
            s,
            case,
            parties.PartyInput(kind=PartyKind.PERSON, sex=Sex.MALE),
            ParticipantRole.OTHER,
            today=TODAY,
        )
        mediator = mediators.create_mediator(
            s,
            mediators.MediatorInput(
                unit_code="KZ-31-KRD",
                last_name="Сәрсенбаев",
                first_name="Нұрлан",
                kind=MediatorKind.PUBLIC,
                register_number="ҚМ-0457",
                registered_on=date(2025, 3, 1),
            ),
            today=TODAY,
        )
        mediators.declare_conflict(s, case, mediator, False, today=TODAY)
        mediators.assign_mediator(s, case, mediator, assigned_on=date(2026, 10, 5), today=TODAY)
        cases.sign_agreement(s, case, AGREEMENT_ON, today=TODAY)
        settlements.record_settlement(
            s,
            case,
            SETTLED_ON,
            "Жер учаскелерінің шекарасы мен суару тәртібі",
            "Тараптар шекараны кадастрлық жоспар бойынша белгілеуге келісті.",
            [
                ObligationInput(applicant.id, OBLIGATIONS[0][0], OBLIGATIONS[0][1]),
                ObligationInput(respondent.id, OBLIGATIONS[1][0], OBLIGATIONS[1][1]),
                ObligationInput(None, OBLIGATIONS[2][0], OBLIGATIONS[2][1]),
            ],
            today=TODAY,
        )
        return Built(case.number, applicant.party_id, respondent.party_id, unnamed.party_id, unnamed.id)


LONG_ORG = (
    "«Қордай ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» "
    "коммуналдық мемлекеттік мекемесі"
)
LONG_OBLIGATION = " ".join(
    f"{i}-кезең: жер учаскесінің шекарасындағы қоршауды қайта салу, арықты тазалау және көршіге хабарлау;"
    for i in range(1, 16)
)


def build_crowded_case(db: Database) -> str:
    """A case that strains the layout: a long organisation name, a representative, a professional
    co-mediator, an extension of the term and an obligation of several hundred characters."""
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s, language=Language.RUSSIAN)
        applicant = parties.add_party_to_case(
            s,
            case,
            person("Әбдіғаппарова-Шәріпбаева", "Гүлнұр", middle_name="Һидаятқызы"),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )
        respondent = parties.add_party_to_case(
            s,
            case,
            parties.PartyInput(
                kind=PartyKind.STATE_BODY, org_name=LONG_ORG, id_number=iin.make_bin(2004, 5, 812)
            ),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )
        parties.add_participant(
            s,
            case,
            parties.create_party(s, person("Жұмабекова", "Әсем"), today=TODAY),
            ParticipantRole.REPRESENTATIVE,
            represents=applicant,
        )
        # The public mediator has no register number recorded: a line to write it on.
        for last, kind, lead, register in (
            ("Сәрсенбаев", MediatorKind.PUBLIC, True, None),
            ("Ким", MediatorKind.PROFESSIONAL, False, "ПМ-2231"),
        ):
            mediator = mediators.create_mediator(
                s,
                mediators.MediatorInput(
                    unit_code="KZ-31-KRD",
                    last_name=last,
                    first_name="Нұрлан",
                    kind=kind,
                    register_number=register,
                ),
                today=TODAY,
            )
            mediators.declare_conflict(s, case, mediator, False, today=TODAY)
            mediators.assign_mediator(
                s, case, mediator, lead=lead, assigned_on=date(2026, 10, 5), today=TODAY
            )
        cases.sign_agreement(s, case, AGREEMENT_ON, today=TODAY)
        cases.extend_term(
            s, case, 15, "Сарапшының қорытындысы күтілуде", True, date(2026, 11, 1), today=TODAY
        )
        settlements.record_settlement(
            s,
            case,
            date(2026, 11, 12),
            "Тұрғын үй маңындағы жер учаскесі",
            None,
            [ObligationInput(respondent.id, LONG_OBLIGATION, date(2027, 3, 1))],
            signed_by_email=True,
            today=TODAY,
        )
        return case.number


@pytest.fixture
def built(db: Database) -> Built:
    return build_settled_case(db)


def text_of(path: Path) -> str:
    """The PDF's text with line breaks and runs of spaces made single spaces (wrapping moves them)."""
    raw = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", raw)


def in_order(words: list[str], text: list[str]) -> bool:
    """Every word of `words` appears in `text` in the same order (other words may come between)."""
    rest = iter(text)
    return all(word in rest for word in words)


def fonts_of(path: Path) -> set[str]:
    """The base names of every font the pages use, from their resources (subset prefixes dropped)."""
    names: set[str] = set()
    for page in PdfReader(path).pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        fonts = cast(DictionaryObject, resources["/Font"].get_object())
        for ref in fonts.values():
            font = cast(DictionaryObject, ref.get_object())
            names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
            descriptor = cast(DictionaryObject, font["/FontDescriptor"].get_object())
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    return names


def full(name: tuple[str, str, str]) -> str:
    return " ".join(name)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_mediation_agreement_names_parties_mediator_and_terms(
    db: Database, built: Built, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / f"agreement-{lang}.pdf"
    pages = make_document(db, DocumentKind.AGREEMENT, built.number, lang, out)
    text = text_of(out)
    assert pages == len(PdfReader(out).pages) >= 1
    assert TITLES[DocumentKind.AGREEMENT, lang] in text
    assert built.number in text
    assert full(APPLICANT) in text and full(RESPONDENT) in text
    assert APPLICANT_IIN in text and RESPONDENT_IIN in text
    assert "Сортөбе ауылы" in text  # the address, with its Kazakh letters
    assert MEDIATOR in text and "ҚМ-0457" in text
    assert "06.10.2026" in text  # signed on
    assert "05.11.2026" in text  # the last day of the term
    assert "суару кезегі" in text  # the description of the dispute
    words = {
        "kk": ("«Медиация туралы»", "өтеусіз", "құпия", "бейтарап", "қазақ тілінде", "Қордай ауданы"),
        "ru": (
            "«О медиации»",
            "безвозмездной",
            "конфиденциальными",
            "беспристрастен",
            "на казахском языке",
            "Кордайский район",
        ),
    }[lang]
    for word in words:
        assert word in text, word
    assert "None" not in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_party_without_consent_gets_blank_lines_not_a_placeholder(
    db: Database, built: Built, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "agreement.pdf"
    make_document(db, DocumentKind.AGREEMENT, built.number, lang, out)
    text = text_of(out)
    other = {"kk": "Басқа тарап", "ru": "Иная сторона"}[lang]
    # The third party's row: its role, then a line to write the name on.
    assert re.search(rf"3 {other} _{{20,}}", text), text[:1500]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_settlement_agreement_lists_every_obligation_with_its_due_date(
    db: Database, built: Built, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / f"settlement-{lang}.pdf"
    make_document(db, DocumentKind.SETTLEMENT, built.number, lang, out)
    text = text_of(out)
    assert TITLES[DocumentKind.SETTLEMENT, lang] in text
    assert built.number in text
    assert full(APPLICANT) in text and full(RESPONDENT) in text and MEDIATOR in text
    assert "20.10.2026" in text and "06.10.2026" in text  # signed on; the mediation agreement
    assert "Жер учаскелерінің шекарасы мен суару тәртібі" in text
    assert "кадастрлық жоспар" in text
    for description, due in OBLIGATIONS:
        assert description in text, description
        assert f"{due:%d.%m.%Y}" in text
    jointly = {"kk": "Тараптар бірлесіп", "ru": "Стороны совместно"}[lang]
    assert jointly in text
    voluntary = {"kk": "ерікті түрде орындауға", "ru": "исполнить настоящее соглашение добровольно"}[lang]
    assert voluntary in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_consent_has_a_page_per_person(db: Database, built: Built, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"consent-{lang}.pdf"
    pages = make_document(db, DocumentKind.CONSENT, built.number, lang, out)
    reader = PdfReader(out)
    assert pages == len(reader.pages) == 3
    texts = [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]
    assert all(TITLES[DocumentKind.CONSENT, lang] in t and built.number in t for t in texts)
    assert full(APPLICANT) in texts[0] and APPLICANT_IIN in texts[0] and "05.10.2026" in texts[0]
    assert full(RESPONDENT) in texts[1] and RESPONDENT_IIN in texts[1]
    # Not consented yet: the form to collect the consent, with lines to fill in and no one's data.
    assert full(APPLICANT) not in texts[2] and full(RESPONDENT) not in texts[2]
    assert "____" in texts[2]
    law = {"kk": "«Дербес деректер және оларды қорғау туралы»", "ru": "«О персональных данных и их защите»"}[
        lang
    ]
    stored = {
        "kk": "Қазақстан Республикасының аумағында сақталады",
        "ru": "хранятся на территории Республики",
    }[lang]
    for t in texts:
        assert law in t and stored in t


def test_consent_for_one_party_by_party_or_participant_id(db: Database, built: Built, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    assert make_document(db, DocumentKind.CONSENT, built.number, "kk", out, party_id=built.respondent) == 1
    text = text_of(out)
    assert full(RESPONDENT) in text and full(APPLICANT) not in text
    assert (
        make_document(db, DocumentKind.CONSENT, built.number, "ru", out, party_id=built.unnamed_participant)
        == 1
    )
    assert full(RESPONDENT) not in text_of(out)
    with pytest.raises(NotFoundError) as caught:
        make_document(db, DocumentKind.CONSENT, built.number, "ru", out, party_id=uuid.uuid4())
    assert caught.value.key == "document.party_not_in_case"
    with pytest.raises(ValidationError) as refused:
        make_document(db, DocumentKind.AGREEMENT, built.number, "ru", out, party_id=built.applicant)
    assert refused.value.key == "document.party_only_for_consent"


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_only_the_embedded_dejavu_fonts(
    db: Database, built: Built, tmp_path: Path, kind: DocumentKind
) -> None:
    out = tmp_path / f"{kind.value}.pdf"
    make_document(db, kind, built.number, "kk", out)
    used = fonts_of(out)
    assert used and all(name.startswith("DejaVuSans") for name in used), used


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_long_names_and_obligations_wrap_without_loss(db: Database, tmp_path: Path, lang: str) -> None:
    number = build_crowded_case(db)
    agreement, settlement = tmp_path / "agreement.pdf", tmp_path / "settlement.pdf"
    make_document(db, DocumentKind.AGREEMENT, number, lang, agreement)
    make_document(db, DocumentKind.SETTLEMENT, number, lang, settlement)
    for text in (text_of(agreement), text_of(settlement)):
        assert LONG_ORG in text  # wrapped in its cell, every word still there
        assert "Әбдіғаппарова-Шәріпбаева Гүлнұр Һидаятқызы" in text
        assert "Жұмабекова Әсем" in text  # the representative, named but not a signing party
        assert "Ким Нұрлан" in text and {"kk": "қосымша медиатор", "ru": "ко-медиатор"}[lang] in text
    # The long obligation may continue on the next page (past a footer and the repeated header row):
    # every word of it is there, in order.
    assert in_order(LONG_OBLIGATION.split(), text_of(settlement).split()) and "01.03.2027" in text_of(
        settlement
    )
    agreement_text = text_of(agreement)
    assert "20.11.2026" in agreement_text  # 06.10 + 30 days + 15 days of extension
    professional = {"kk": "Кәсіби медиатордың сыйақысы", "ru": "Вознаграждение профессионального медиатора"}
    assert professional[lang] in agreement_text
    e_mail = {"kk": "электрондық пошта арқылы алмасты", "ru": "по электронной почте"}
    assert e_mail[lang] in text_of(settlement)


def test_consent_refused_for_an_organisation(db: Database, tmp_path: Path) -> None:
    number = build_crowded_case(db)
    with db.session() as s:
        case = cases.by_number(s, number)
        organisation = next(
            p.party_id for p in parties.participants(s, case) if p.role is ParticipantRole.RESPONDENT
        )
    with pytest.raises(ValidationError) as caught:
        make_document(db, DocumentKind.CONSENT, number, "kk", tmp_path / "c.pdf", party_id=organisation)
    assert caught.value.key == "document.party_not_a_person"
    # Without --party the form is made for the two persons only, not for the state body.
    assert make_document(db, DocumentKind.CONSENT, number, "kk", tmp_path / "c.pdf") == 2


def test_settlement_refused_for_a_case_without_one(db: Database, tmp_path: Path) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        number = new_case(s).number
    out = tmp_path / "settlement.pdf"
    with pytest.raises(WorkflowError) as caught:
        make_document(db, DocumentKind.SETTLEMENT, number, "ru", out)
    assert caught.value.key == "document.no_settlement" and number in caught.value.message
    assert not out.exists()


def test_unknown_case_number(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as caught:
        make_document(db, DocumentKind.AGREEMENT, "KZ-31-KRD-2026-9999", "kk", tmp_path / "x.pdf")
    assert caught.value.key == "case.not_found"
    # Nothing written beside the database's own folder (which a PostgreSQL database does not have).
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


def test_agreement_before_anything_is_recorded_prints_blank_lines(db: Database, tmp_path: Path) -> None:
    """Printed at intake, before a mediator or a date: the paper is filled in by hand."""
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s, description="")
        number = case.number
    out = tmp_path / "draft.pdf"
    make_document(db, DocumentKind.AGREEMENT, number, "ru", out)
    text = text_of(out)
    assert "ДОГОВОР О МЕДИАЦИИ" in text and number in text
    assert "____.____.__________" in text  # the date of signing
    assert "на языке, согласованном сторонами" in text
    assert "None" not in text


def test_printing_is_recorded_as_an_access(db: Database, built: Built, tmp_path: Path) -> None:
    make_document(db, DocumentKind.CONSENT, built.number, "ru", tmp_path / "c.pdf", actor=ACTOR)
    with db.session() as s:
        case = cases.by_number(s, built.number)
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.case_id == case.id)))
    access = [e for e in entries if e.action is AuditAction.ACCESS]
    assert [(e.actor, e.changes["document"], e.changes["pages"]) for e in access] == [
        (ACTOR.name, "consent", 3)
    ]


def test_an_existing_file_is_replaced_whole(db: Database, built: Built, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "agreement.pdf"
    out.write_bytes(b"old")
    make_document(db, DocumentKind.AGREEMENT, built.number, "kk", out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["agreement.pdf"]  # no temporary file left


@pytest.mark.parametrize(
    ("where", "key"),
    [
        ("missing/a.pdf", "document.folder_missing"),
        ("a-folder", "document.target_is_folder"),
        ("x" * 300 + ".pdf", "document.cannot_write"),  # a name longer than any file system allows
    ],
)
def test_an_unwritable_target_is_a_storage_error_and_leaves_nothing(
    db: Database, built: Built, tmp_path: Path, where: str, key: str
) -> None:
    out = tmp_path / "out"
    (out / "a-folder").mkdir(parents=True)
    with pytest.raises(StorageError) as caught:
        make_document(db, DocumentKind.AGREEMENT, built.number, "kk", out / where)
    assert caught.value.key == key
    assert [p.name for p in out.iterdir()] == ["a-folder"] and not any((out / "a-folder").iterdir())


# --- the command line ------------------------------------------------------------------------------
def run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    # The database the fixture made: a file in the data folder, or a PostgreSQL database by its URL.
    url = db.location.url_text
    where = ["--data-dir", str(db.location.data_dir)] if url is None else ["--database-url", url]
    code = cli.main([*where, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def document(kind: str, number: str, lang: str, out: Path, *extra: str) -> list[str]:
    return ["document", kind, "--case", number, "--lang", lang, "--out", str(out), *extra]


def test_cli_writes_each_document(
    db: Database, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, lang in (
        (DocumentKind.AGREEMENT, "kk"),
        (DocumentKind.SETTLEMENT, "ru"),
        (DocumentKind.CONSENT, "kk"),
    ):
        out = tmp_path / f"{kind.value}.pdf"
        code, stdout, _ = run(db, capsys, *document(kind.value, built.number.lower(), lang, out))
        assert code == 0 and str(out) in stdout
        assert TITLES[kind, lang] in text_of(out)
    one = tmp_path / "one.pdf"
    code, stdout, _ = run(
        db, capsys, "--json", *document("consent", built.number, "ru", one, "--party", str(built.applicant))
    )
    assert code == 0 and '"pages": 1' in stdout
    assert full(APPLICANT) in text_of(one) and full(RESPONDENT) not in text_of(one)


def test_cli_failures_exit_nonzero_with_the_reason(
    db: Database, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        unsettled = new_case(s).number
    out = tmp_path / "s.pdf"
    code, _, err = run(db, capsys, *document("settlement", unsettled, "kk", out))
    assert code == 1 and "no settlement agreement" in err and not out.exists()
    code, _, err = run(db, capsys, *document("agreement", "KZ-31-KRD-2026-9999", "kk", out))
    assert code == 1 and "KZ-31-KRD-2026-9999" in err and not out.exists()
    code, _, err = run(db, capsys, *document("agreement", built.number, "de", out))
    assert code == 2 and "--lang" in err
    code, _, err = run(
        db, capsys, *document("agreement", built.number, "kk", out, "--party", str(built.applicant))
    )
    assert code == 2 and "--party" in err  # only the consent form takes a party
    assert not out.exists()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs a folder the user cannot write"
)
def test_cli_read_only_folder_leaves_no_partial_file(
    db: Database, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code, _, err = run(db, capsys, *document("agreement", built.number, "kk", locked / "a.pdf"))
        assert code == 2  # a StorageError: the command could not use the storage it was given
        assert "cannot be written" in err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(stat.S_IRWXU)


def test_cli_unwritable_out_leaves_no_partial_file(
    db: Database, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unwritable even for an administrator: a file name longer than the file system allows."""
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, _ = run(
        db, capsys, "--json", *document("consent", built.number, "kk", out / ("я" * 200 + ".pdf"))
    )
    assert code == 2 and '"document.cannot_write"' in stdout
    assert list(out.iterdir()) == []
    code, stdout, _ = run(db, capsys, "--json", *document("agreement", built.number, "ru", out))
    assert code == 2 and '"document.target_is_folder"' in stdout
    assert list(out.iterdir()) == []
