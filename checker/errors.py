"""Errors that end a run with a documented exit code (see README, "Exit codes")."""
from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3


class FigcheckError(Exception):
    """A problem the user can fix: bad input, bad rule file, bad usage (exit 2)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None, problems: list["FigcheckError"] | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.problems = problems or [self]   # several found at once: the CLI prints one line each

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class InputError(FigcheckError):
    """A document that cannot be read."""


class DocumentCrash(InputError):
    """A document whose loading hit a bug in figcheck: reported (exit 3), the batch goes on."""


class RuleFileError(FigcheckError):
    """A rule file that cannot be loaded; `problems` holds every located problem found."""

    def __init__(self, problems: list["RuleFileError"] | None = None, **kw):
        super().__init__(problems=problems, **kw)


class ConfigError(RuleFileError):
    """A configuration file (.figcheck.yaml, [tool.figcheck]) that cannot be used."""
