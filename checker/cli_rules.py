"""`figcheck rules ...`: list, lint, test, explain and trace rules, and print their schema."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_options import config_option, no_defaults_option, published_option, rules_option
from .errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, FigcheckError
from .report import plural
from .resources import rule_files


@click.group()
def rules():
    """List, lint and inspect rule files."""


@rules.command("list")
@click.argument("articles", nargs=-1, type=click.Path(dir_okay=False))
@rules_option
@no_defaults_option
@config_option
def rules_list(articles, rules, no_default_rules, config_file):
    """Every rule that would run (on ARTICLES, with their own .rules.yaml): id, kind, severity,
    description, source file."""
    from . import config as configs
    from . import pipeline

    cfg = configs.load(config_file, [*articles, "."], defer=True)
    ruleset = pipeline.RuleSet.from_config(cfg, rules, not no_default_rules, articles=articles)
    listed = {r.id: r for r in ruleset.rules}
    for article in articles:   # and each article's own rules, as its check would run them
        from .documents import sidecar_rules

        own = sidecar_rules(Path(article))
        if own is not None:
            listed.update((r.id, r) for r in ruleset.rules_with(own))
    for rule in listed.values():
        click.echo(f"{rule.id}\t{rule.kind}\t{rule.severity}\t{rule.description}\t{rule.source}:{rule.line}")


@rules.command("lint")
@click.argument("files", nargs=-1, required=True)
def rules_lint(files):
    """Report every problem in rule files at file:line:col (exit 2 if any)."""
    from .errors import RuleFileError
    from .rules import loader

    try:
        loaded = loader.load([Path(f) for f in files])
    except RuleFileError as e:
        for problem in e.problems:
            click.echo(str(problem), err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"{plural(len(files), 'file')}, {plural(len(loaded), 'rule')}, no problems")


@rules.command("test")
@click.argument("files", nargs=-1)
@click.option("-v", "--verbose", is_flag=True, help="Show passing cases too.")
def rules_test(files, verbose):
    """Run rule fixtures (passing and failing examples); default: the shipped pack's fixtures.

    Exit 0 when every case behaves, 1 when one does not, 2 for a bad fixture or rule file."""
    from .resources import default_rule_files
    from .rules import fixtures

    paths = [Path(f) for f in files] or [fixtures.fixture_file(f) for f in default_rule_files()]
    failed = total = 0
    for path in paths:
        for outcome in fixtures.run(path):
            total += 1
            failed += not outcome.ok
            if verbose or not outcome.ok:
                click.echo(f"{'ok' if outcome.ok else 'FAILED'} {outcome}")
    click.echo(f"{plural(total, 'case')} in {plural(len(paths), 'file')}, {failed} failed")
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@rules.command("explain")
@click.argument("rule_id")
@rules_option
@config_option
def rules_explain(rule_id, rules, config_file):
    """What a rule checks: description, kind, parameters, message, and an example that fires."""
    from . import config as configs
    from .rules import explain

    cfg = configs.load(config_file, ["."])
    click.echo(explain.explain(rule_id, rule_files([*cfg.rules, *rules], cfg.default_rules)), nl=False)


@rules.command("trace")
@click.argument("rule_id")
@click.argument("article", type=click.Path(dir_okay=False))
@rules_option
@no_defaults_option
@config_option
@published_option
def rules_trace(rule_id, article, rules, no_default_rules, config_file, published):
    """What one rule selected, tested and found in one article, and why it found nothing."""
    from . import config as configs
    from .documents import Document, load
    from .pipeline import RuleSet, extract_chunk
    from .rules.explain import rule_named
    from .rules.trace import trace

    cfg = configs.load(config_file, [article], defer=True)
    ruleset = RuleSet.from_config(cfg, rules, not no_default_rules, articles=[article])
    for item in load([article], published):
        if not isinstance(item, Document):
            raise item
        rule = rule_named(rule_id, ruleset.for_document(item))
        result = extract_chunk([item])[0]
        if result.error:
            raise FigcheckError(result.error)
        click.echo(trace(rule, item, result.records).text(), nl=False)


@rules.command("schema")
def rules_schema():
    """Print the JSON Schema of rule files (the same as schemas/rules.schema.json)."""
    from .rules.json_schema import to_json

    click.echo(to_json(), nl=False)
