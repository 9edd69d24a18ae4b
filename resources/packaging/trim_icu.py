"""A smaller ICU data library for the frozen bundle (Linux): 32 MB of data down to about 7.

The Qt wheel's QtCore links ICU, whose data library (libicudata.so.73) holds every locale's names
of languages, regions, currencies, units and time zones, every locale's collation, the legacy
character-set converters and the transliterators: 31 MB, a fifth of the bundle. Qt uses ICU for
collation (QCollator: sorting in the file dialog), case mapping and time zones; it never uses the
converters (the app reads UTF-8) or the transliterators, and the app speaks English only. What
stays: the root and English locales of every tree, the collation root (ucadata), the break
iterator rules and dictionaries, Unicode properties and normalisation, and the locale-independent
tables (time zones, plural rules, likely subtags...). Collation of other languages falls back to
the root order, which is the Unicode default order.

The data is cut with ICU's own ``icupkg`` (Debian: icu-devtools) and put back into a shared
library exporting the same symbol with ``as`` and ``ld`` (binutils), so nothing but the data
changes. Any tool missing, or any step failing: the original library is kept and the reason
printed (the bundle is then just larger).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEPT_LOCALES = re.compile(r"^(en|en_\w*|root|res_index|pool)$")
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_\w*)?$")  # af, de_CH, zh_Hant_HK, de_ (an alias) ...
DROPPED_TREES = ("translit/",)
DROPPED_KINDS = (".cnv",)  # character-set converters


def items_to_drop(items: list[str]) -> list[str]:
    """The package items the bundle can do without (see the module's docstring)."""
    drop = []
    for item in items:
        name = item.rpartition("/")[2]
        stem, _, ext = name.rpartition(".")
        if item.startswith(DROPPED_TREES) or name.endswith(DROPPED_KINDS):
            drop.append(item)
        elif ext == "res" and LOCALE_NAME.match(stem) and not KEPT_LOCALES.match(stem):
            drop.append(item)
    return drop


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the ICU data blob the library exports."""
    symbols = _run("nm", "-D", "--defined-only", "-S", str(library))
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) [RD] (icudt\d+_dat)$", symbols, re.M)
    if not match:
        raise ValueError("no icudt*_dat symbol")
    address, size, symbol = int(match[1], 16), int(match[2], 16), match[3]
    for line in _run("readelf", "-SW", str(library)).splitlines():
        section = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if section:
            start, offset, length = (int(section[i], 16) for i in (1, 2, 3))
            if start <= address < start + length:
                return symbol, offset + address - start, size
    raise ValueError("the data symbol is in no section")


def _soname(library: Path) -> str:
    match = re.search(r"Library soname: \[([^\]]+)\]", _run("readelf", "-dW", str(library)))
    return match[1] if match else library.name


def trim(library: Path, work: Path) -> Path | None:
    """A trimmed copy of an ICU data library in ``work``, or None (and why, printed)."""
    missing = [tool for tool in ("icupkg", "nm", "readelf", "as", "ld") if not shutil.which(tool)]
    if missing:
        print(f"trim_icu: {', '.join(missing)} not found (icu-devtools, binutils): "
              f"keeping the full {library.name}", file=sys.stderr)
        return None
    try:
        symbol, offset, size = _data_symbol(library)
        package = symbol[: -len("_dat")] + ("l" if sys.byteorder == "little" else "b")
        work.mkdir(parents=True, exist_ok=True)
        source, out_dir = work / "in", work / "out"
        source.mkdir(exist_ok=True)
        out_dir.mkdir(exist_ok=True)
        with library.open("rb") as handle:
            handle.seek(offset)
            data = handle.read(size)
        if data[2:4] != b"\xda\x27":
            raise ValueError("the data does not start with ICU's header")
        # icupkg names the items after the file: both files must be called <package>.dat
        full = source / f"{package}.dat"
        full.write_bytes(data)
        items = _run("icupkg", "-l", str(full)).split()
        drop_list = work / "drop.txt"
        drop_list.write_text("\n".join(items_to_drop(items)) + "\n")
        trimmed = out_dir / f"{package}.dat"
        _run("icupkg", "-r", str(drop_list), str(full), str(trimmed))
        assembly = work / "icudata.s"
        assembly.write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{trimmed}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        _run("as", "-o", str(work / "icudata.o"), str(assembly))
        result = out_dir / library.name
        _run("ld", "-shared", "-soname", _soname(library), "-o", str(result),
             str(work / "icudata.o"))
        if _data_symbol(result)[0] != symbol:
            raise ValueError("the rebuilt library lacks the data symbol")
    except (OSError, ValueError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or error
        print(f"trim_icu: keeping the full {library.name}: {detail}", file=sys.stderr)
        return None
    print(f"trim_icu: {library.name} {library.stat().st_size / 1e6:.1f} MB -> "
          f"{result.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return result
