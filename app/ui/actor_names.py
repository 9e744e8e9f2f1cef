"""Who did it, in words: the audit trail stores a user's display name, or a short code for the program
itself ("set-up", "cli:aigerim", "sign-in:aigerim"); a reader should see a sentence, not a code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def actor_label(name: str) -> str:
    """The stored actor name as a person should read it (user display names are shown unchanged)."""
    prefix, _, rest = name.partition(":")
    if rest:
        if prefix == "sign-in":
            return QCoreApplication.translate("ActorNames", "sign-in as {0}").format(rest)
        if prefix == "cli":
            return QCoreApplication.translate("ActorNames", "{0} (command line)").format(rest)
        if prefix == "exchange":
            return QCoreApplication.translate("ActorNames", "monthly package from {0}").format(rest)
        return name
    fixed = {
        "set-up": QCoreApplication.translate("ActorNames", "first-start set-up"),
        "system": QCoreApplication.translate("ActorNames", "the program"),
        "demo": QCoreApplication.translate("ActorNames", "demonstration data"),
        "warm-up": QCoreApplication.translate("ActorNames", "the program"),
    }
    return fixed.get(name, name)
