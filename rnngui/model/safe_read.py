"""Reading a file the user chose without hanging or filling memory. Qt-free.

A name can point at a FIFO (opening it blocks until someone writes), at ``/dev/zero`` (endless,
yet its reported size is 0), at a folder, or at a file that grows while it is read. Every place
that opens a user's file (projects, the recovery file, CSV imports, lessons) reads through here:
only regular files are opened, the open never blocks, and at most ``limit`` bytes are read
whatever the file claims to hold.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileRefused(OSError):
    """Not a file that can be read: not a regular file, or larger than the limit. An OSError so
    that callers which report ``error.strerror`` for unreadable files report this one too."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.strerror = message


class FileTooLarge(FileRefused):
    """The file holds more than the limit (whatever its reported size said)."""


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_limited_bytes(path: str | os.PathLike, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file, or FileRefused (an OSError) saying why not.

    The file is checked before it is opened (a FIFO is never opened for reading in blocking
    mode) and again on the open descriptor (it may have been swapped in between)."""
    path = Path(path)
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise FileRefused(f"it is {_kind(mode)}, not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise FileRefused(f"it is {_kind(mode)}, not a regular file")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:
        raise FileTooLarge(f"it holds more than {_size(limit)}, the most this file can be")
    return b"".join(chunks)


def read_limited_text(path: str | os.PathLike, limit: int, encoding: str = "utf-8-sig") -> str:
    """At most ``limit`` bytes of a regular file as text; FileRefused (OSError) or
    UnicodeDecodeError otherwise."""
    return read_limited_bytes(path, limit).decode(encoding)


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MB"
    if limit >= 1024:
        return f"{limit / 1024:g} KB"
    return f"{limit} bytes"


def excerpt(text: str, limit: int = 40) -> str:
    """A short quote of untrusted input for a message: a message that repeated a pasted million
    letters would freeze the word-wrapped label showing it. Quoted like repr()."""
    if len(text) <= limit:
        return repr(text)
    head = limit * 2 // 3
    tail = limit - head
    return f"{text[:head]!r}…{text[-tail:]!r} ({len(text):,} characters)"
