"""figcheck: extract the numeric claims of news articles and check that they agree.

Python API (the CLI is built on the same functions):

    import checker
    claims = checker.extract("Police said 12 people died on Tuesday.", published="2024-05-01")
    report = checker.check(Path("article.md"))      # a str is text; paths are pathlib.Path
    report.findings_frame()
"""
from __future__ import annotations

__version__ = "0.1.0"


def _documents(source, published):
    """Documents from text (a str is always text), a Path, Paths or Documents.

    A string is never taken for a file name: "" or "a" may name something in the working directory,
    and checking the wrong thing silently would be worse than an error.
    """
    import datetime as dt
    import os

    from .documents import Document, from_text, load

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if isinstance(source, Document):
        return [source]
    if isinstance(source, str):
        return [from_text(source, "<text>", published=published)]
    items = [source] if isinstance(source, os.PathLike) else list(source)
    if all(isinstance(p, Document) for p in items):
        return items
    if not all(isinstance(p, os.PathLike) for p in items):
        raise TypeError("give text (str), a pathlib.Path, a list of Paths, or Documents")
    return list(load([os.fspath(p) for p in items], published))


def extract(source, published=None):
    """The validated claims frame of text, a path, paths or Documents."""
    from .errors import InputError
    from .extractor import claims_frame

    docs = _documents(source, published)
    for d in docs:
        if isinstance(d, InputError):
            raise d
    return claims_frame(docs)


def load_rules(paths=(), defaults: bool = True):
    """Rules from YAML files, after the default pack unless `defaults` is False."""
    from .resources import rule_files
    from .rules import loader

    return loader.load(rule_files(paths, defaults))


def check(source, published=None, rules=(), defaults: bool = True):
    """A Report (documents, findings) for text, a path, paths or Documents."""
    from .pipeline import RuleSet, check as run
    from .resources import rule_files

    return run(_documents(source, published), RuleSet(rule_files(rules, defaults)))
