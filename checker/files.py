"""Reading and writing files safely: the one reader of inputs and the one writer of outputs.

Inputs (articles, rule files, configurations, baselines) are read only when they are regular files,
with the size bounded by what is read, never by `st_size` (a device or FIFO reports 0). Outputs go
atomically over a regular file (through a symlink, to the file it names), straight into anything
else that already exists (`/dev/null`, `/dev/stdout`, a FIFO), and never over an input.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".figcheck-"
# A temp file left by a killed run (SIGKILL gives no chance to clean up) is removed by the next write
# into its folder: once the process named in it is gone and it is this old (so a run on another
# machine sharing the folder is never disturbed mid-write).
STALE_TEMP_SECONDS = 600
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(\d+)-\w+\.tmp")


class NotRegularFile(OSError):
    """A device, FIFO, socket or directory where a file's contents were expected."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: Path | str, limit: int) -> bytes:
    """At most `limit + 1` bytes of a regular file (so callers can tell it is over the limit).

    Opened non-blocking, so a FIFO neither hangs the open nor is read: it is refused after fstat."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        require_regular(path, fd)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def require_regular(path: Path | str, fd: int | None = None) -> None:
    """Raise NotRegularFile (an OSError) for a device, FIFO, socket or directory. os.stat opens
    nothing; with `fd`, the open file itself is checked (it cannot be swapped between check and read)."""
    mode = (os.fstat(fd) if fd is not None else os.stat(path)).st_mode
    if not stat.S_ISREG(mode):
        kind = _kind(mode)
        raise NotRegularFile(0, f"{kind}, not a regular file" if kind.startswith("a ") else kind, str(path))


def is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def same_file(a: Path | str, b: Path | str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.realpath(a) == os.path.realpath(b)


class OutputTarget:
    """Where one report goes. `check()` before the run; `write()` after it.

    A regular file (or a name not yet taken) is replaced atomically: a temp file beside the real
    target (a symlink's target, so the link stays a link) renamed over it. Anything else that exists
    is written into directly: `/dev/null` stays a device and a FIFO's reader gets the report."""

    def __init__(self, name: str, protected=()):
        self.name = name
        self.protected = list(protected)

    def problem(self) -> str | None:
        """Why this target cannot be written, or None; checked before any work is done."""
        path = Path(self.name)
        if not self.name:
            return "empty output file name"
        try:
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        except OSError as e:
            return e.strerror or str(e)
        if st is not None and stat.S_ISDIR(st.st_mode):
            return "is a directory"
        for inp in self.protected:
            if st is not None and same_file(path, inp):
                return f"is an input of this run ({inp}); refusing to overwrite it"
        if st is not None and not stat.S_ISREG(st.st_mode):
            return None if os.access(path, os.W_OK) else "permission denied"
        folder = Path(os.path.realpath(path)).parent
        if not folder.is_dir():
            return f"folder {folder} does not exist"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"folder {folder} is not writable"
        if len(Path(os.path.realpath(path)).name.encode()) > 255 - len(TEMP_PREFIX) - 8:
            return "file name too long"
        return None

    def direct(self) -> bool:
        try:
            return not stat.S_ISREG(os.stat(self.name).st_mode)
        except OSError:
            return False

    def write(self, data) -> None:
        """`data`: text, bytes, or text in pieces (a long report, never whole in memory)."""
        pieces = [data] if isinstance(data, (str, bytes)) else data
        if self.direct():
            with open(self.name, "wb") as fh:
                _write_pieces(fh, pieces)
            return
        with self.atomic() as tmp:
            with open(tmp, "wb") as fh:
                _write_pieces(fh, pieces)

    def atomic(self):
        return _Atomic(os.path.realpath(self.name))


def _write_pieces(fh, pieces) -> None:
    for piece in pieces:
        # a lone surrogate (from a JSONL \\ud800) is written as its escape, valid inside JSON strings
        fh.write(piece.encode("utf-8", "backslashreplace") if isinstance(piece, str) else piece)


def remove_stale_temps(folder: str) -> None:
    """Delete temp files of earlier runs in `folder` whose process is gone (see STALE_TEMP_SECONDS)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        m = _TEMP_NAME.fullmatch(entry.name)
        if not m or _alive(int(m.group(1))):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and \
                    time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS:
                os.unlink(entry.path)
        except OSError:
            pass   # someone else's file, or already gone: never a reason to fail a report


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True   # alive, owned by someone else
    return True


class _Atomic:
    """A temp file in the target's folder, renamed over the target on success, removed on failure."""

    def __init__(self, real: str):
        self.real = real

    def __enter__(self) -> str:
        folder = os.path.dirname(self.real) or "."
        remove_stale_temps(folder)
        fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp")
        os.close(fd)
        return self.tmp

    def __exit__(self, kind, value, tb):
        if kind is not None:
            Path(self.tmp).unlink(missing_ok=True)
            return False
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)   # mkstemp makes 0600; a report is an ordinary file
            os.replace(self.tmp, self.real)
        except BaseException:
            Path(self.tmp).unlink(missing_ok=True)
            raise
        return False
