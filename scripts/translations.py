"""Translations of the desktop program: .ts sources (in git) and the .qm files made from them.

    python scripts/translations.py update    # collect every tr() string from app/ into the .ts files
    python scripts/translations.py release   # make the .qm files from the .ts files
    python scripts/translations.py check     # list strings without a Kazakh or Russian translation
    python scripts/translations.py export kk F.json   # every message of a language as JSON, to translate
    python scripts/translations.py import kk F.json   # put translations from such JSON into the .ts

lupdate keeps existing translations and marks new strings "unfinished"; a translator fills them in
(Qt Linguist: pyside6-linguist app/ui/translations/tatulyq_kk.ts), then `release`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app"
TRANSLATIONS = ROOT / "app" / "ui" / "translations"
LANGUAGES = ("kk", "ru")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials into this environment")
    return found


def ui_sources() -> list[str]:
    # Visible strings live in app/ui (Qt's tr) and app/reports (texts.translate, read from the same .ts
    # without Qt); the services carry message keys, never visible text.
    files = [*(SOURCES / "ui").rglob("*.py"), *(SOURCES / "reports").rglob("*.py")]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"tatulyq_{lang}.ts"


def update(folder: Path = TRANSLATIONS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                *ui_sources(),
                "-ts",
                str(ts_path(lang, folder)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    made = []
    for lang in LANGUAGES:
        qm = (out or folder) / f"tatulyq_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang, folder)), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def _text_of(translation: ET.Element | None) -> str:
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    if forms:
        return forms[0].text or "" if all((f.text or "").strip() for f in forms) else ""
    return translation.text or ""


def missing(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished translation."""
    gaps = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = _text_of(translation)
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not text.strip():
                gaps.append((name, message.findtext("source") or ""))
    return gaps


def export(lang: str, target: Path) -> int:
    rows = []
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = _text_of(translation)
            done = translation is not None and translation.get("type") is None and text.strip()
            rows.append({"context": name, "source": message.findtext("source") or "",
                         "translation": text if done else ""})
    target.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def import_(lang: str, source: Path) -> int:
    """Set the translations given (non-empty ones only); unknown context/source pairs are reported."""
    wanted = {(r["context"], r["source"]): r["translation"] for r in json.loads(source.read_text(encoding="utf-8"))
              if r.get("translation", "").strip()}
    tree = ET.parse(ts_path(lang))
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.pop((name, message.findtext("source") or ""), None)
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes" and forms:
                # Plural-aware strings (tr with a count): the translation is worded to fit any number,
                # so every plural form of the language gets the same text.
                translation.text = None
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            applied += 1
    for context, text in wanted:
        print(f"not in the .ts (stale?): [{context}] {text}")
    ET.indent(tree, space="    ")
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    return applied


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command in ("export", "import") and len(argv) == 4:
        if command == "export":
            print(f"exported {export(argv[2], Path(argv[3]))} messages")
        else:
            print(f"applied {import_(argv[2], Path(argv[3]))} translations")
        return 0
    if command == "update":
        update()
    elif command == "release":
        for qm in release():
            print(f"wrote {qm.relative_to(ROOT)}")
    elif command != "check":
        print(__doc__)
        return 2
    status = 0
    for lang in LANGUAGES:
        gaps = missing(ts_path(lang))
        print(f"{lang}: {len(gaps)} string(s) without a translation")
        for context, source in gaps[:50]:
            print(f"  [{context}] {source}")
        status |= bool(gaps)
    return status if command == "check" else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
