"""Every value of every enum shown on screen has its own label (no two enums' values collide)."""

from __future__ import annotations

import enum

from app.models import enums
from app.ui.labels import label

SHOWN = [
    e
    for e in vars(enums).values()
    if isinstance(e, type)
    and issubclass(e, enum.Enum)
    and e.__module__ == enums.__name__
    and e is not enums.AuditAction
]


def test_every_member_has_a_label_of_its_own() -> None:
    for kind in SHOWN:
        texts = [label(member) for member in kind]
        assert all(texts), kind
        assert len(set(texts)) == len(texts), f"two {kind.__name__} values share a label: {texts}"
        for member in kind:
            assert label(member) != member.value or member.value.isupper(), f"{member!r} has no label"


def test_values_shared_between_enums_keep_their_own_words() -> None:
    assert label(enums.Category.FAMILY) == "Family"
    assert label(enums.LegalArea.FAMILY) == "Family law"
    assert label(enums.Channel.OTHER) != label(enums.FollowUpMethod.OTHER)
    assert label(enums.Outcome.REFERRED) != label(enums.TerminationReason.REFERRED)
