"""The `figcheck` command: a thin click shell over the pipeline.

Exit codes (frozen): 0 nothing at or above the fail level; 1 findings at or above it; 2 usage, input
or rule-file error; 3 internal error. Heavy libraries are imported inside the commands, so
`figcheck --help` stays fast.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL, FigcheckError
from .files import OutputTarget
from .report import FORMATS, plural

from .cli_options import config_option, no_defaults_option, output_option, published_option, rules_option
from .cli_rules import rules
from .config import FAIL_LEVELS


def write_output(text, output: str | None, what: str = "report") -> None:
    """Print, or write to `output` (atomically over a regular file; see files.OutputTarget). `text`
    is a string or an iterable of pieces."""
    if not output:
        try:
            for piece in [text] if isinstance(text, str) else text:
                try:
                    sys.stdout.write(piece)
                except UnicodeEncodeError:   # a lone surrogate from a JSONL id or text: write its escape
                    sys.stdout.write(piece.encode("utf-8", "backslashreplace").decode("utf-8"))
            sys.stdout.flush()
        except BrokenPipeError:
            # the reader went away (`| head`): nothing more to say, and not an internal error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise FigcheckError("standard output was closed before the report was written") from None
        except OSError as e:
            raise FigcheckError(f"cannot write to standard output: {e.strerror or e}") from None
        return
    try:
        OutputTarget(output).write(text)
    except OSError as e:
        raise FigcheckError(f"cannot write the {what}: {e.strerror or e}", path=output) from None
    click.echo(f"figcheck: wrote {what} to {output}", err=True)


def check_targets(targets, protected) -> None:
    """Every output file is checked before any work: a bad one is exit 2 naming it, not exit 3 later."""
    problems = []
    for _, target in targets:
        if target is not None:
            why = OutputTarget(target, protected).problem()
            if why:
                problems.append(FigcheckError(f"cannot write here: {why}", path=target))
    if problems:
        raise FigcheckError(problems[0].message, problems=problems)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="figcheck")
def cli():
    """figcheck: check that the figures in news articles agree with each other."""


cli.add_command(rules)


def output_targets(formats: list[str], output: str | None) -> list[tuple[str, str | None]]:
    """`name` or `name:FILE` specs -> (format, file or None for stdout); `-o` takes the bare one."""
    targets = []
    for spec in formats:
        name, _, path = spec.partition(":")
        if name not in FORMATS:
            raise click.BadParameter(f"{name!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
        targets.append((name, path or None))
    bare = [t for t in targets if t[1] is None]
    if len(bare) > 1:
        raise click.BadParameter("only one format can go to standard output or -o; give the others "
                                 "a file (FORMAT:FILE)", param_hint="--format")
    if output and not bare:
        raise click.BadParameter(f"-o {output} has no report to take: every --format names its own file",
                                 param_hint="-o")
    return [(name, path or output) for name, path in targets]


class Progress:
    """A document counter on a terminal's stderr; silent in CI, when piped, or for one document."""

    def __init__(self, stream=None):
        import time

        self.stream = stream or sys.stderr
        self.on = self.stream.isatty() and not os.environ.get("CI")
        self.shown = False
        self.clock, self.began = time.monotonic, time.monotonic()

    def __call__(self, done: int) -> None:
        if self.on and done > 1:
            rate = done / max(self.clock() - self.began, 1e-9)
            self.stream.write(f"\rfigcheck: {plural(done, 'document')} checked ({rate:,.0f}/s)")
            self.stream.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")


def append_step_summary(summary: str) -> None:
    """GitHub shows few annotations per step; the job summary page holds them all."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(summary)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@rules_option
@no_defaults_option
@config_option
@click.option("--format", "formats", multiple=True, metavar="FORMAT[:FILE]",
              help=f"Report format, repeatable: {', '.join(FORMATS)} (default text). FORMAT:FILE "
                   "writes that format to FILE.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--baseline", metavar="FILE",
              help="A JSON report of accepted findings: only findings not in it are reported.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes; 0 is one per core (an input that fits one chunk, 256 documents or "
                   "about 500,000 characters, uses one).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where chunks are checked: local processes, or a Dask cluster (figcheck[dask]).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings on stderr (errors and the exit code stay).")
@click.option("--skip-clean", is_flag=True, help="Leave documents with no finding out of the HTML report.")
@output_option
def check(paths, published, rules, no_default_rules, config_file, formats, fail_on, baseline, jobs, engine,
          scheduler, quiet, skip_clean, output):
    """Check articles (.txt .md .html .jsonl, directories, globs) against the rules."""
    from . import baseline as baselines
    from . import config as configs
    from . import documents, pipeline
    from .report import summary_line, writer
    from .report.text_format import use_colour

    cfg = configs.load(config_file, paths, defer=True)
    items = list(documents.expand(paths))
    ruleset = pipeline.RuleSet.from_config(cfg, rules, not no_default_rules,
                                           articles=[i for i in items if isinstance(i, Path)])
    targets = output_targets(list(formats or cfg.formats or ["text"]), output)
    fail_on = fail_on or cfg.fail_on or "error"
    check_targets(targets, [*(i for i in items if isinstance(i, Path)), *ruleset.files,
                            *([cfg.path] if cfg.path else [])])
    known = baselines.load(baseline) if baseline else None
    progress = Progress()
    try:
        if scheduler and engine != "dask":
            raise click.UsageError("--scheduler goes with --engine dask")
        # Each report takes every result as it comes, and no result is kept: memory stays flat.
        writers = [writer(fmt, colour=target is None and use_colour(sys.stdout), fail_on=fail_on,
                          skip_clean=skip_clean) for fmt, target in targets]
        report = pipeline.check(documents.load_items(items, published), ruleset, known, progress, jobs=jobs,
                                engine=engine, scheduler=scheduler,
                                keep_claims=any(fmt == "html" for fmt, _ in targets),
                                on_result=lambda result: [w.add(result) for w in writers])
    finally:
        progress.close()
    for (fmt, target), w in zip(targets, writers):
        write_output(w.chunks(report), target, f"{fmt} report")
        if fmt == "github":
            append_step_summary(w.step_summary(report))
    for warning in [] if quiet else report.warnings:
        click.echo(f"figcheck: warning: {warning}", err=True)
    if report.totals.undated and not quiet:
        n = report.totals.undated
        click.echo(f"figcheck: {n} document{'s have' if n > 1 else ' has'} no publication date, so dates "
                   "relative to it (\"on Tuesday\", \"next year\") were not resolved and the rules that need "
                   "them did not run there; give --published YYYY-MM-DD, a first line \"date YYYY-MM-DD\", "
                   "front matter \"date:\" or a JSONL \"published\" field", err=True)
    if all(target is not None for _, target in targets):
        # every report went to a file: say what the run found, so exit 1 is never a silent mystery
        click.echo(f"figcheck: {summary_line(report)}", err=True)
    if report.totals.internal:
        sys.exit(EXIT_INTERNAL)
    if report.totals.failed_documents:
        sys.exit(EXIT_INPUT)
    if report.fails(fail_on):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv", "parquet"]), default="table",
              show_default=True, help="parquet needs -o and pyarrow (pip install 'figcheck[parquet]').")
@output_option
def extract(paths, published, fmt, output):
    """Print the claims extracted from articles."""
    from . import documents, pipeline
    from .claims_output import ParquetSink, render_claims

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet writes a file: give -o FILE")
    items = list(documents.expand(paths))
    check_targets([(fmt, output)], [i for i in items if isinstance(i, Path)])
    frames, rows, failed = [], [], False
    sink = ParquetSink(output) if fmt == "parquet" else None
    try:
        for chunk in pipeline.chunks(documents.load_items(items, published), pipeline.SERIAL_CHUNK,
                                     pipeline.SERIAL_CHUNK_CHARS):   # extraction runs in this one process
            results = pipeline.extract_chunk(chunk)
            for result in results:
                if result.error:
                    click.echo(f"figcheck: error: {result.error}", err=True)
                    failed = True
                else:
                    rows.append(result.records)   # the chunk's rows as dicts, made once
            frame = pipeline.chunk_frame(results)
            chunk_frames = [] if frame is None else [frame]
            if sink is not None:
                sink.write(chunk_frames)   # a row group per chunk: memory stays flat
                rows.clear()
            else:
                frames.extend(chunk_frames)
        if sink is not None:
            sink.close()
    finally:
        if sink is not None:
            sink.abort()
    if sink is None:
        write_output(render_claims(frames, fmt, rows), output, "claims")
    sys.exit(EXIT_INPUT if failed else EXIT_CLEAN)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@rules_option
@no_defaults_option
@config_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes; each checks one article at a time.")
@click.option("--queue", type=click.IntRange(min=0), default=16, show_default=True,
              help="Checks that may wait per worker; past it a request gets 503.")
@click.option("--budget", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a check may take from its admission; past it, 503.")
@click.option("--read-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a client may take to send its body; past it, 408.")
def serve(host, port, rules, no_default_rules, config_file, workers, queue, budget, read_timeout):
    """Serve the checks over HTTP (API under /v1, a web page at /). Needs figcheck[serve]."""
    try:
        import starlette  # noqa: F401 - both come with figcheck[serve]; say so before anything starts
        import uvicorn  # noqa: F401

        from .serve import server
        from .serve.limits import Limits
    except ImportError as e:
        raise FigcheckError(f"figcheck serve needs {e.name}: pip install 'figcheck[serve]'") from None
    server.run(host, port, rules, config_file, not no_default_rules, workers,
               Limits(queue=queue, budget=budget, read_timeout=read_timeout))


@cli.command()
@rules_option
@no_defaults_option
@config_option
def lsp(rules, no_default_rules, config_file):
    """Serve findings to an editor: the Language Server Protocol over stdio. Needs figcheck[lsp]."""
    try:
        from .lsp import server
    except ImportError as e:
        raise FigcheckError(f"figcheck lsp needs {e.name}: pip install 'figcheck[lsp]'") from None
    for named in [*rules, *([config_file] if config_file else [])]:
        if not Path(named).is_file():   # named on the command line: wrong before any editor connects
            raise FigcheckError("no such file", path=named)
    server.run(rules, config_file, not no_default_rules)


@cli.command()
def schema():
    """Print the claims schema (pandera YAML): the columns rules can select on."""
    from .schema import to_yaml

    click.echo(to_yaml(), nl=False)


def main(argv=None) -> int:
    try:
        cli.main(args=argv, prog_name="figcheck", standalone_mode=False)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_CLEAN
    except click.exceptions.Abort:
        click.echo("figcheck: aborted", err=True)
        return EXIT_INPUT
    except click.ClickException as e:
        e.show()
        return EXIT_INPUT
    except FigcheckError as e:
        problems = e.problems
        for problem in problems:
            click.echo(f"figcheck: error: {problem}", err=True)
        return EXIT_INPUT
    except Exception as e:  # noqa: BLE001 - the contract: internal errors exit 3, never 1
        click.echo(f"figcheck: internal error: {type(e).__name__}: {e}", err=True)
        return EXIT_INTERNAL
    return EXIT_CLEAN


def entry() -> None:
    sys.exit(main())
