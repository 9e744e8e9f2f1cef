"""Reading registers: workbooks with merged headers and empty rows, CSV in cp1251 or UTF-8, and the guess
of which column is which field and which wording is which item of the program's lists."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import ValidationError
from app.models.enums import CaseStatus, Category, Channel, Outcome, PartyKind
from app.services import importing
from app.services.importing import Field
from app.services.importing.names import read_party
from app.services.importing.values import Unreadable, guess_value, read_date, read_id_number
from tests.import_books import VALID_IIN_2000S, Row, kazakh_book, russian_book, russian_csv

EPOCH = datetime(1899, 12, 30)


def test_a_hand_kept_kazakh_register_is_read_below_its_title_and_merged_header(tmp_path: Path) -> None:
    rows = [Row(date(2025, 3, 5)), Row(45760), Row("07.04.2025")]
    table = importing.read_source(kazakh_book(tmp_path / "reg.xlsx", rows, gaps=[1, 2]))
    assert table.sheet == "Тізілім" and table.sheets == ["Тізілім", "Ескертпелер"]
    assert table.header_rows == [2, 3]
    # The group header merged across two columns names both, the headers merged down say it once.
    assert table.headers[4:6] == ["Тараптар / Өтініш беруші", "Тараптар / Жауапкер"]
    assert table.headers[1] == "Түскен күні"
    # The row of column numbers and the empty rows are skipped; rows keep the numbers Excel shows.
    assert [r.number for r in table.rows] == [5, 7, 9]
    assert table.rows[1].values[1] == 45760


def test_the_guess_maps_kazakh_headers_to_fields(tmp_path: Path) -> None:
    table = importing.read_source(kazakh_book(tmp_path / "reg.xlsx", [Row(date(2025, 3, 5))]))
    mapping = importing.guess_mapping(table)
    named = {table.headers[i]: f for i, f in mapping.columns.items()}
    assert named == {
        "Түскен күні": Field.INTAKE_DATE,
        "Дау санаты": Field.CATEGORY,
        "Түсу арнасы": Field.CHANNEL,
        "Тараптар / Өтініш беруші": Field.APPLICANT,
        "Тараптар / Жауапкер": Field.RESPONDENT,
        "Өтініш берушінің ЖСН": Field.APPLICANT_ID,
        "Медиация туралы шарт жасалған күні": Field.AGREEMENT_DATE,
        "Нәтижесі": Field.OUTCOME,
        "Аяқталған күні": Field.END_DATE,
    }  # and «№ р/с», the row's serial number, is not imported


def test_the_guess_maps_russian_headers_and_wordings(tmp_path: Path) -> None:
    rows = [
        Row(
            date(2025, 5, 6),
            category="Семейный спор",
            channel="Самообращение",
            outcome="Урегулирован полностью",
            status="Закрыто",
        ),
        Row(
            date(2025, 5, 7),
            category="ТРУДОВОЙ",
            channel="Направлен судом",
            outcome="Частично урегулирован",
            status="На контроле исполнения",
        ),
        Row(
            date(2025, 5, 8),
            category="Жилищно-коммунальный",
            channel="Полиция",
            outcome="Не урегулирован",
            status="Завершено",
        ),
    ]
    table = importing.read_source(russian_book(tmp_path / "ru.xlsx", rows))
    mapping = importing.guess_mapping(table)
    assert set(mapping.columns.values()) == {
        Field.NUMBER,
        Field.INTAKE_DATE,
        Field.CATEGORY,
        Field.CHANNEL,
        Field.APPLICANT,
        Field.APPLICANT_ID,
        Field.RESPONDENT,
        Field.AGREEMENT_DATE,
        Field.OUTCOME,
        Field.END_DATE,
        Field.STATUS,
    }
    assert mapping.values[Field.CATEGORY] == {
        "семейный спор": Category.FAMILY,
        "трудовой": Category.LABOUR,
        "жилищно коммунальный": Category.HOUSING_UTILITIES,
    }
    assert mapping.values[Field.CHANNEL] == {
        "самообращение": Channel.SELF_REFERRAL,
        "направлен судом": Channel.COURT,
        "полиция": Channel.POLICE,
    }
    assert mapping.values[Field.OUTCOME] == {
        "урегулирован полностью": Outcome.SETTLED_FULL,
        "частично урегулирован": Outcome.SETTLED_PARTIAL,
        "не урегулирован": Outcome.NOT_SETTLED,
    }
    assert mapping.values[Field.STATUS] == {
        "закрыто": CaseStatus.CLOSED,
        "на контроле исполнения": CaseStatus.FOLLOW_UP,
        "завершено": CaseStatus.CLOSED,
    }


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("Толық реттелді", Outcome.SETTLED_FULL),
        ("ішінара реттелді", Outcome.SETTLED_PARTIAL),
        ("РЕТТЕЛМЕДІ", Outcome.NOT_SETTLED),
        ("Сотқа жіберілді", Outcome.REFERRED),
        ("Тарап бас тартты", Outcome.TERMINATED),
        ("settled_full", Outcome.SETTLED_FULL),
        ("Пойдём чай пить", None),
    ],
)
def test_outcome_wordings_in_three_languages(wording: str, expected: Outcome | None) -> None:
    assert guess_value(Field.OUTCOME, wording) == expected


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8-sig", "utf-8"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_from_excel_in_any_of_its_encodings(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows = [Row("06.05.2025", category="Семейный", channel="Акимат", applicant="Ёлкина Анна, Петровна")]
    path = russian_csv(tmp_path / "reg.csv", rows, encoding=encoding, delimiter=delimiter)
    table = importing.read_source(path)
    assert table.sheet is None and table.header_rows == [1]
    assert table.headers[1] == "Дата поступления"
    assert table.rows[0].values[1:5] == ("06.05.2025", "Семейный", "Акимат", "Ёлкина Анна, Петровна")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime(2025, 3, 5, 0, 0), date(2025, 3, 5)),
        (45721, date(2025, 3, 5)),  # an Excel serial in a cell nobody formatted as a date
        (45721.0, date(2025, 3, 5)),
        ("45721", date(2025, 3, 5)),  # the same, as CSV gives it
        ("05.03.2025", date(2025, 3, 5)),
        ("5.3.2025", date(2025, 3, 5)),
        ("05/03/2025", date(2025, 3, 5)),
        ("05.03.25", date(2025, 3, 5)),
        ("2025-03-05", date(2025, 3, 5)),
        ("2025-03-05T00:00:00", date(2025, 3, 5)),
        (" ", None),
        (None, None),
    ],
)
def test_dates_as_excel_serials_local_text_or_iso(cell: object, expected: date | None) -> None:
    assert read_date(cell, EPOCH) == expected


@pytest.mark.parametrize("cell", ["31.02.2025", "наурыз", "12", 12, True, "2025-13-01"])
def test_what_is_not_a_date_is_unreadable(cell: object) -> None:
    with pytest.raises(Unreadable):
        read_date(cell, EPOCH)


def test_an_iin_that_excel_stored_as_a_number_gets_its_leading_zero_back() -> None:
    assert VALID_IIN_2000S.startswith("0")
    assert read_id_number(int(VALID_IIN_2000S)) == VALID_IIN_2000S
    assert read_id_number(" 850314301234 ") == "850314301234"


def test_names_in_any_letter_case_and_organisations_by_their_form() -> None:
    person = read_party("ӨМІРБЕКОВ ҒАЛЫМЖАН СЕРІКҰЛЫ")
    assert person is not None and (person.last_name, person.first_name, person.middle_name) == (
        "Өмірбеков",
        "Ғалымжан",
        "Серікұлы",
    )
    assert read_party("иванова ольга").first_name == "Ольга"  # type: ignore[union-attr]
    assert read_party("МакКензи Анна").last_name == "МакКензи"  # type: ignore[union-attr]  # kept as typed
    assert read_party("ЖШС «Береке»").kind is PartyKind.ORGANISATION  # type: ignore[union-attr]
    assert read_party("Қордай ауданының әкімдігі").kind is PartyKind.STATE_BODY  # type: ignore[union-attr]
    assert read_party("Абай көшесінің тұрғындары").kind is PartyKind.GROUP  # type: ignore[union-attr]
    assert read_party("  ") is None


def test_a_sheet_can_be_chosen_and_a_missing_one_is_refused(tmp_path: Path) -> None:
    path = kazakh_book(tmp_path / "reg.xlsx", [Row(date(2025, 3, 5))])
    assert importing.sheet_names(path) == ["Тізілім", "Ескертпелер"]
    other = importing.read_source(path, "Ескертпелер")
    assert other.sheet == "Ескертпелер" and len(other.rows) <= 1
    with pytest.raises(ValidationError) as caught:
        importing.read_source(path, "2024")
    assert caught.value.key == "import.sheet_not_found" and caught.value.params == {"sheet": "2024"}


def test_files_that_are_not_registers_are_refused_by_name(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not a zip")
    with pytest.raises(ValidationError) as caught:
        importing.read_source(old)
    assert caught.value.key == "import.file_type" and caught.value.params == {"name": "old.xls"}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ValidationError) as caught:
        importing.read_source(broken)
    assert caught.value.key == "import.file_unreadable"


def test_a_wrong_sheet_dimension_does_not_cut_the_rows_short(tmp_path: Path) -> None:
    """Some programs write <dimension ref="A1"/>; the rows are read whole all the same."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Түскен күні", "Санаты", "Өтініш беруші"])
    ws.append([date(2025, 3, 5), "Отбасылық", "Өмірбеков Ғалымжан"])
    path = tmp_path / "dim.xlsx"
    book.save(path)

    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                assert b'<dimension ref="A1:C2" />' in data
                data = data.replace(b'<dimension ref="A1:C2" />', b'<dimension ref="A1"/>')
            target.writestr(item, data)
    table = importing.read_source(patched)
    assert table.rows[0].values == (datetime(2025, 3, 5), "Отбасылық", "Өмірбеков Ғалымжан")
