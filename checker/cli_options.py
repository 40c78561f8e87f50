"""Options several `figcheck` commands share."""
from __future__ import annotations

import datetime as dt

import click


def _published(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


published_option = click.option("--published", callback=_published, metavar="YYYY-MM-DD",
                                help="Publication date (overrides the documents' own metadata).")
rules_option = click.option("--rules", "rules", multiple=True, metavar="FILE",
                            help="A YAML rule file to add (repeatable).")
no_defaults_option = click.option("--no-default-rules", is_flag=True,
                                  help="Do not run the shipped default rule pack.")
output_option = click.option("-o", "--output", metavar="FILE", help="Write the report to FILE.")
config_option = click.option("--config", "config_file", metavar="FILE",
                             help="Configuration file (default: .figcheck.yaml or pyproject.toml "
                                  "[tool.figcheck] found upward from the first path).")
