"""The article files a run is given: files named, found under folders, matched by globs, with links
that lead out of a folder reported, not followed."""
from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError

# Article files by suffix, and the format each is read as (documents.READERS).
ARTICLE_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def _inside(path: str, roots: list[str]) -> bool:
    real = os.path.realpath(path)
    return any(os.path.commonpath([real, root]) == root for root in roots)


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Article files under `folder`, in order; unreadable folders and links out of it are reported."""
    root = os.path.realpath(folder)
    found: list[Path | InputError] = []

    def unreadable(err: OSError) -> None:
        found.append(InputError(f"cannot read folder: {err.strerror or err}", path=err.filename or str(folder)))

    for here, dirs, files in os.walk(folder, onerror=unreadable):   # links to folders are not entered
        dirs.sort()
        for name in files:
            path = Path(here) / name
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if path.is_symlink() and not _inside(str(path), [root]):
                found.append(InputError("symbolic link to a file outside the checked folder; not followed",
                                        path=str(path)))
            else:
                found.append(path)   # a FIFO or device is refused, by name, when it is read
    yield from sorted(found, key=lambda f: str(f) if isinstance(f, Path) else (f.path or ""))


def expand(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Files named, found under directories (article suffixes only) or matched by globs.

    A folder's files and a glob's matches stay inside that folder (or the glob's fixed part):
    symbolic links that resolve outside it are reported, not followed, so a link in a cloned
    repository cannot put another file's text into a report."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        elif glob.has_magic(p):
            fixed = Path(p.split("*")[0].split("?")[0].split("[")[0] or ".")
            root = os.path.realpath(fixed if fixed.is_dir() else fixed.parent)
            matches = sorted(Path(m) for m in glob.glob(p, recursive=True)
                             if os.path.lexists(m) and not os.path.isdir(m))
            if not matches:
                yield InputError("no file matches this pattern", path=p)
            for m in matches:
                if m.is_symlink() and not _inside(str(m), [root]):
                    yield InputError("symbolic link to a file outside the matched folder; not followed",
                                     path=str(m))
                else:
                    yield m
        else:
            yield InputError("no such file or directory", path=p)
