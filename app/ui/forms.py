"""Small helpers for form layouts shared by the dialogs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel


def label_rows(form: QFormLayout, texts: Sequence[str]) -> None:
    """Set the label of each row in order, and make it the buddy of its field (Alt+letter jumps there)."""
    for row, text in enumerate(texts):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if not isinstance(widget, QLabel):
            continue
        widget.setText(text)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        buddy = field.widget() if field is not None else None
        if buddy is not None:
            widget.setBuddy(buddy)
