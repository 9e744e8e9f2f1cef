"""The audit trail's "who" column reads as words in the user's language, not as internal codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.ui.actor_names import actor_label
from app.ui.i18n import Languages


@pytest.fixture
def russian(qtbot: QtBot) -> Iterator[None]:
    languages = Languages()
    assert languages.install("ru")
    yield
    languages.install("en")


def test_codes_of_the_program_read_as_words(russian: None) -> None:
    assert actor_label("cli:aigerim") == "aigerim (командная строка)"
    assert actor_label("sign-in:bolat") == "вход под именем bolat"
    assert actor_label("set-up") == "настройка при первом запуске"
    assert actor_label("system") == "программа"


def test_a_persons_name_is_shown_as_written(russian: None) -> None:
    # A display name with a colon is a person's name too, unless it starts with one of the program's codes.
    assert actor_label("Әлия Сәрсенбайқызы") == "Әлия Сәрсенбайқызы"
    assert actor_label("Бюро: приём") == "Бюро: приём"


def test_kazakh_words_are_used_in_kazakh(qtbot: QtBot) -> None:
    languages = Languages()
    assert languages.install("kk")
    try:
        assert actor_label("cli:aigerim") == "aigerim (пәрмен жолы)"
    finally:
        languages.install("en")
