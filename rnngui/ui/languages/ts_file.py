"""Reading, merging and writing Qt Linguist .ts files (one context), and compiling them.

Merging keeps every translation a teacher wrote: a source still found keeps its translation and
state, a new source comes in empty and "unfinished" (Qt Linguist lists it as to do), and a source
no longer found is kept "vanished" (lrelease leaves it out) in case its widget comes back.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from .catalog import CONTEXT


@dataclass
class Message:
    source: str
    translation: str = ""
    state: str | None = "unfinished"  # None: finished; "unfinished"; "vanished"
    note: str = ""  # where the extractor found it, for the translator (<extracomment>)


def read_ts(path: Path) -> dict[str, Message]:
    if not path.is_file():
        return {}
    messages: dict[str, Message] = {}
    for node in ET.parse(path).getroot().iter("message"):
        source = node.findtext("source") or ""
        translation = node.find("translation")
        text = (translation.text or "") if translation is not None else ""
        state = translation.get("type") if translation is not None else "unfinished"
        messages[source] = Message(source, text, state, node.findtext("extracomment") or "")
    return messages


def merge(old: dict[str, Message], found: dict[str, str]) -> dict[str, Message]:
    """``found``: each source the extractor met, with a note. Sorted by source (stable diffs)."""
    merged: dict[str, Message] = {}
    for source, note in found.items():
        before = old.get(source)
        if before is None:
            merged[source] = Message(source, "", "unfinished", note)
        else:
            state = "unfinished" if before.state == "vanished" and not before.translation \
                else (None if before.state == "vanished" else before.state)
            merged[source] = Message(source, before.translation, state, note)
    for source, before in old.items():
        if source not in merged:
            merged[source] = Message(source, before.translation, "vanished", before.note)
    return dict(sorted(merged.items(), key=lambda kv: kv[0].casefold()))


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, messages: dict[str, Message]) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">',
             "<!-- RNN Lab's interface. Made by `python -m rnngui.ui.languages.extract`, which keeps",
             "     the translations written here; edit them in Qt Linguist or by hand, then run it",
             "     again to compile the .qm. -->",
             "<context>", f"    <name>{CONTEXT}</name>"]
    for m in messages.values():
        lines.append("    <message>")
        if m.note:
            lines.append(f"        <extracomment>{_x(m.note)}</extracomment>")
        lines.append(f"        <source>{_x(m.source)}</source>")
        kind = f' type="{m.state}"' if m.state else ""
        lines.append(f"        <translation{kind}>{_x(m.translation)}</translation>")
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
