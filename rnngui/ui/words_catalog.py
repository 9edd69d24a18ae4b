"""The engine's, model's and lesson's sentences for translators: resources/translations/
rnnlab_words_xx.ts, and their compiled .qm.

``python -m rnngui.ui.words_catalog`` reads the source with ``ast`` (nothing is imported or run),
collects the first argument of every ``t("…")`` call (``rnngui.engine.words.t``), merges them into
each language's .ts file, keeping what translators wrote, and compiles the .qm files with
pyside6-lrelease. A template no longer in the code is kept as "vanished" (left out of the .qm), a
new one comes in empty and "unfinished" (English until someone translates it). The context is
``words`` (``rnngui.engine.words.CONTEXT``); install_translations loads every *_xx.qm.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from ..engine.words import CONTEXT
from ..resources import resources_dir

LANGUAGES = ("es", "de")
PACKAGE = Path(__file__).resolve().parents[1]  # rnngui/


@dataclass
class Entry:
    source: str
    translation: str = ""
    state: str | None = "unfinished"  # None: finished; "unfinished"; "vanished"
    where: str = ""  # file:line of the first call, for the translator


def templates(root: Path = PACKAGE) -> dict[str, str]:
    """Every ``t("literal", …)`` template under ``root``: {template: "path:line"}."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            first = node.args[0]
            if name == "t" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                where = f"{path.relative_to(root.parent).as_posix()}:{node.lineno}"
                found.setdefault(first.value, where)
    return found


def fields(template: str) -> set[str]:
    """The named fields of a template ("{loss}", "{step}")."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or resources_dir() / "translations") / f"rnnlab_words_{language}.ts"


def read(path: Path) -> dict[str, Entry]:
    if not path.is_file():
        return {}
    entries: dict[str, Entry] = {}
    for node in ET.parse(path).getroot().iter("message"):
        source = node.findtext("source") or ""
        translation = node.find("translation")
        text = (translation.text or "") if translation is not None else ""
        state = translation.get("type") if translation is not None else "unfinished"
        entries[source] = Entry(source, text, state, node.findtext("extracomment") or "")
    return entries


def merge(old: dict[str, Entry], found: dict[str, str]) -> dict[str, Entry]:
    merged: dict[str, Entry] = {}
    for source, where in found.items():
        before = old.get(source)
        if before is None or not before.translation:
            merged[source] = Entry(source, "", "unfinished", where)
        else:
            state = None if before.state == "vanished" else before.state
            merged[source] = Entry(source, before.translation, state, where)
    for source, before in old.items():
        if source not in merged:
            merged[source] = Entry(source, before.translation, "vanished", before.where)
    return dict(sorted(merged.items(), key=lambda kv: kv[0].casefold()))


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write(path: Path, language: str, entries: dict[str, Entry]) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">',
             "<!-- RNN Lab's engine and model sentences (the diagnosis line, file messages). Made",
             "     by `python -m rnngui.ui.words_catalog`, which keeps the translations written",
             "     here. Keep every {field} of a source in its translation; run it again to",
             "     compile the .qm. -->",
             "<context>", f"    <name>{CONTEXT}</name>"]
    for entry in entries.values():
        lines.append("    <message>")
        if entry.where:
            lines.append(f"        <extracomment>{_x(entry.where)}</extracomment>")
        lines.append(f"        <source>{_x(entry.source)}</source>")
        kind = f' type="{entry.state}"' if entry.state else ""
        lines.append(f"        <translation{kind}>{_x(entry.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the venv), else on the PATH."""
    return (shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
            or shutil.which("pyside6-lrelease") or shutil.which("lrelease"))


def compile_ts(ts: Path) -> Path:
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6 in this environment")
    qm = ts.with_suffix(".qm")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


def problems(entries: dict[str, Entry]) -> list[str]:
    """Translations whose fields differ from their source's (t() would fall back to English)."""
    return [f"{e.source!r}: {sorted(fields(e.translation))} != {sorted(fields(e.source))}"
            for e in entries.values()
            if e.translation and e.state != "vanished" and fields(e.translation) != fields(e.source)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-compile", action="store_true", help="write the .ts files only")
    args = parser.parse_args(argv)
    found = templates()
    status = 0
    for language in LANGUAGES:
        path = ts_path(language)
        entries = merge(read(path), found)
        write(path, language, entries)
        todo = sum(1 for e in entries.values() if e.state == "unfinished")
        for problem in problems(entries):
            print(f"{path.name}: {problem}", file=sys.stderr)
            status = 1
        if not args.no_compile:
            compile_ts(path)
        print(f"{path.name}: {len(found)} sentences, {todo} to translate")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
