"""Project configuration: `.figcheck.yaml` or `[tool.figcheck]` in pyproject.toml.

Found upward from the first checked path (then the working directory), like other linters; `--config`
names one. Command-line options override it. Unknown keys and bad values are errors at file:line.

    rules: [house-rules.yaml]        # rule files, relative to the config file
    default-rules: true              # run the shipped pack
    disable: [part-within-whole]     # rule ids not to run
    severity: {weekday-matches-date: warning}
    fail-on: error                   # error | warning | info | never
    format: [text, sarif:figcheck.sarif]   # FORMAT:FILE paths are relative to this file
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .files import is_regular, read_regular
from .findings import SEVERITIES
from .rules.problems import Problems

YAML_NAME = ".figcheck.yaml"
FAIL_LEVELS = ("error", "warning", "info", "never")
MAX_CONFIG_BYTES = 1024 * 1024
KEYS = ("rules", "default-rules", "disable", "severity", "fail-on", "format")


@dataclass
class Config:
    path: Path | None = None
    rules: list[Path] = field(default_factory=list)
    default_rules: bool = True
    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    formats: list[str] = field(default_factory=list)
    # (line, column) of each key, so later checks (an unknown rule id) can point into the file.
    marks: dict = field(default_factory=dict)
    # Problems found while reading it, when the caller reports them with its own (load(defer=True)):
    # a bad setting and an unknown rule id in `disable` then come in one report, not in rounds.
    problems: list = field(default_factory=list)

    def where(self, key: str) -> tuple[int | None, int | None]:
        return self.marks.get(key, (None, None))


def _toml_section(path: Path, raw: bytes | None = None):
    """[tool.figcheck] of a pyproject.toml (its bytes, when already read) as a Located-like dict with
    key lines, or None."""
    import tomllib

    from .rules.yamlfile import Located

    try:
        raw = read_regular(path, MAX_CONFIG_BYTES) if raw is None else raw
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError(message=f"over the {MAX_CONFIG_BYTES // 2**20} MiB limit", path=str(path))
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except OSError as e:
        raise ConfigError(message=f"cannot read: {e.strerror or e}", path=str(path)) from None
    except UnicodeDecodeError as e:
        raise ConfigError(message=f"cannot read: {e}", path=str(path)) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(message=f"invalid TOML: {e}", path=str(path)) from None
    tool = data.get("tool")
    section = tool.get("figcheck") if isinstance(tool, dict) else None
    if section is None:
        return None
    if not isinstance(section, dict):
        line = next((i + 1 for i, l in enumerate(text.splitlines()) if l.split("=")[0].strip() == "figcheck"), None)
        raise ConfigError(message="[tool.figcheck] must be a table of settings, not "
                          f"{type(section).__name__} {str(section)[:40]!r}", path=str(path), line=line)
    out = Located()
    out.update(section)
    # tomllib keeps no positions: find each key's line inside the [tool.figcheck] table.
    lines = text.splitlines()
    start = next((i for i, l in enumerate(lines) if l.strip() == "[tool.figcheck]"), None)
    out.line = (start or 0) + 1
    if start is not None:
        for i in range(start + 1, len(lines)):
            stripped = lines[i].lstrip()
            if stripped.startswith("["):
                break
            key = stripped.split("=", 1)[0].strip().strip('"')
            if key in section:
                out.marks[key] = (i + 1, len(lines[i]) - len(stripped) + 1)
    return out


def _read(path: Path):
    from .errors import RuleFileError
    from .rules.yamlfile import Located, read

    if path.name == "pyproject.toml":
        return _toml_section(path)
    try:
        data = read(path)
    except RuleFileError as e:  # from the shared YAML reader: same text, the config's error kind
        raise ConfigError(message=e.message, path=str(path), line=e.line, column=e.column) from None
    if data is None:
        return Located()
    return data


def _strings(value, key, problems, node) -> list[str]:
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v for v in values):
        problems.add(f"{key} must be a list of names", node, key)
        return []
    return values


def _relative_output(spec: str, base: Path) -> str:
    """`json:out.json` in a configuration writes beside the configuration, wherever figcheck runs."""
    name, sep, target = spec.partition(":")
    return f"{name}:{base / target}" if sep and target and not Path(target).is_absolute() else spec


def _outside(spec: str, base: Path) -> bool:
    """A FORMAT:FILE whose file (symlinks resolved) is not under `base`."""
    _, sep, target = spec.partition(":")
    if not (sep and target):
        return False
    real, root = os.path.realpath(target), os.path.realpath(base)
    return os.path.commonpath([real, root]) != root


def parse(path: Path, discovered: bool = False, defer: bool = False) -> Config | None:
    """The configuration in `path`, or None for a pyproject.toml without [tool.figcheck].

    A `discovered` one (found upward, not named by --config) comes with the checked files, which
    may be a stranger's repository: its report files must stay inside its own folder."""
    from .rules.yamlfile import Located

    node = _read(path)
    if node is None:
        return None
    problems = Problems(str(path), error=ConfigError)
    if not isinstance(node, Located):
        problems.add("a figcheck configuration is a mapping of settings", None)
        problems.raise_if_any()
    config = Config(path=path, marks=dict(node.marks))
    for key, value in node.items():
        if key not in KEYS:
            problems.unknown(key, KEYS, node, key, what="setting")
        elif key == "rules":
            config.rules = [path.parent / p for p in _strings(value, key, problems, node)]
        elif key == "default-rules":
            if not isinstance(value, bool):
                problems.add("default-rules must be true or false", node, key)
            config.default_rules = bool(value)
        elif key == "disable":
            config.disable = _strings(value, key, problems, node)
        elif key == "severity":
            if not isinstance(value, dict):
                problems.add("severity must map rule ids to error, warning or info", node, key)
                continue
            for rule_id, level in value.items():
                if level not in SEVERITIES:
                    problems.unknown(level, SEVERITIES, node, key, what=f"severity for {rule_id!r}:")
            config.severity = dict(value)
        elif key == "fail-on":
            if value not in FAIL_LEVELS:
                problems.unknown(value, FAIL_LEVELS, node, key, what="fail-on level")
            config.fail_on = value
        elif key == "format":
            config.formats = [_relative_output(spec, path.parent) for spec in _strings(value, key, problems, node)]
            if discovered and any(_outside(spec, path.parent) for spec in config.formats):
                problems.add(f"format writes outside the folder of this configuration ({path.parent}); a "
                             "configuration found beside the articles may only write inside it (name it "
                             "with --config to allow this)", node, key)
    if defer:
        config.problems = list(problems.items)
    else:
        problems.raise_if_any()
    return config


def find(start: Path) -> Path | None:
    """The nearest `.figcheck.yaml`, or pyproject.toml with [tool.figcheck], at or above `start`."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / YAML_NAME
        if candidate.exists():
            return candidate   # not a regular file: parse() says so, at its path
        pyproject = folder / "pyproject.toml"
        if pyproject.exists() and (not is_regular(pyproject) or _declares_figcheck(pyproject)):
            return pyproject
    return None


def _declares_figcheck(path: Path) -> bool:
    """Whether a pyproject.toml has a `tool.figcheck` entry, in any TOML spelling ([tool.figcheck],
    `[tool]` with `figcheck = ...`, dotted keys). One that names figcheck but is not valid TOML is an
    error: its settings cannot be known."""
    try:
        raw = read_regular(path, MAX_CONFIG_BYTES)
    except OSError as e:
        raise ConfigError(message=f"cannot read: {e.strerror or e}", path=str(path)) from None
    return b"figcheck" in raw and _toml_section(path, raw) is not None


def load(explicit: str | None, paths, defer: bool = False) -> Config:
    """`--config` if given, else the one found from the first path that exists, else defaults. With
    `defer`, problems of its settings are kept in `Config.problems` for the caller to report with
    its own (RuleSet.from_config does)."""
    if explicit:
        target = Path(explicit)
        if not target.exists():
            raise ConfigError(message="no such configuration file", path=explicit)
        return parse(target, defer=defer) or Config(path=target)
    for p in [*paths, "."]:
        if Path(p).exists():
            found = find(Path(p))
            return (parse(found, discovered=True, defer=defer) if found else None) or Config()
    return Config()
