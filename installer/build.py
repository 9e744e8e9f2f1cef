"""Build Tatulyq for the computer it runs on: `python installer/build.py`.

1. PyInstaller makes the one-folder bundle dist/tatulyq from installer/tatulyq.spec;
2. the bundle checks itself (`tatulyq --self-test`, or tatulyq-cli.exe on Windows) unless --no-self-test;
3. on Windows, Inno Setup's compiler (ISCC.exe, found on the PATH or in its usual folders) makes
   dist/Tatulyq-<version>-setup.exe from installer/tatulyq.iss; without it the bundle is left as it is.

Run it with the virtualenv's Python that has the program and PyInstaller installed
(`.venv/bin/pip install -e . pyinstaller`). The version comes from app/__init__.py, the one place
pyproject.toml takes it from too. Exit code 0 when every step passed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "tatulyq"
ISCC_FOLDERS = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6",
    Path(os.environ.get("LOCALAPPDATA", r"C:\Users\Default\AppData\Local")) / "Programs" / "Inno Setup 6",
)


def version() -> str:
    match = re.search(r'__version__\s*=\s*"([^"]+)"', (ROOT / "app" / "__init__.py").read_text("utf-8"))
    if match is None:
        raise SystemExit("build: no __version__ in app/__init__.py")
    return match.group(1)


def program() -> Path:
    """The bundle's program that has a console (the one to run --self-test with)."""
    name = "tatulyq-cli.exe" if sys.platform == "win32" else "tatulyq"
    return BUNDLE / name


def build_bundle() -> None:
    # --noconfirm replaces an earlier dist/tatulyq; a fresh work folder keeps no stale analysis.
    shutil.rmtree(WORK, ignore_errors=True)
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(INSTALLER / "tatulyq.spec"),
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def self_test() -> None:
    subprocess.run([str(program()), "--self-test"], cwd=DIST, check=True)


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for folder in ISCC_FOLDERS:
        if (folder / "ISCC.exe").is_file():
            return folder / "ISCC.exe"
    return None


def build_installer(iscc: Path, app_version: str) -> Path:
    subprocess.run(
        [
            str(iscc),
            f"/DAppVersion={app_version}",
            f"/DBundle={BUNDLE}",
            f"/O{DIST}",
            str(INSTALLER / "tatulyq.iss"),
        ],
        cwd=ROOT,
        check=True,
    )
    return DIST / f"Tatulyq-{app_version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-self-test", action="store_true", help="do not run the bundle's self-test")
    parser.add_argument("--no-installer", action="store_true", help="Windows: make the bundle only")
    args = parser.parse_args(argv)
    app_version = version()
    started = time.monotonic()
    print(f"build: Tatulyq {app_version} for {sys.platform}: PyInstaller…", flush=True)
    build_bundle()
    size_mb = folder_size(BUNDLE) / 1_000_000
    print(f"build: {BUNDLE} is {size_mb:.1f} MB, made in {time.monotonic() - started:.0f} s", flush=True)
    if not args.no_self_test:
        self_test()
    if sys.platform == "win32" and not args.no_installer:
        iscc = find_iscc()
        if iscc is None:
            print(
                "build: Inno Setup 6 (ISCC.exe) not found: no installer made, the bundle is ready", flush=True
            )
        else:
            print(f"build: installer {build_installer(iscc, app_version)}", flush=True)
    print(f"build: done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
