"""figcheck lsp with a real LSP client (pytest-lsp) talking to `python -m checker lsp` over stdio:
diagnostics at the figures' ranges and equal to the CLI's findings, edits, hover, code actions, rule
files, reloading, and results never published out of date."""
from __future__ import annotations

import asyncio
import json
import shutil
import sys
import textwrap

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import ROOT, SEED, SEED_RULES
from helpers import example_texts

SHARED = ROOT.parent / "shared"
PLANTED = SEED.read_text().replace("west of Baghdad on Tuesday", "west of Baghdad on Thursday")
PUBLISH = types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
pytestmark = pytest.mark.asyncio(loop_scope="module")


class Published:
    """Every publishDiagnostics the client receives, in order (pytest-lsp keeps only the last)."""

    def __init__(self, client: LanguageClient):
        self.client, self.seen = client, []
        self._arm()

    def close(self):
        self.client.protocol._notification_futures.pop(PUBLISH, None)   # else shutdown fails it, noisily

    def _arm(self):
        self.client.protocol.wait_for_notification(PUBLISH, self._got)

    def _got(self, params):
        self.seen.append(params)
        self._arm()

    async def of(self, uri: str, version: int | None = None, timeout: float = 30) -> list[types.Diagnostic]:
        """The diagnostics published for `uri` at `version` (any version if None), waiting for them."""
        async def wait():
            while True:
                for params in reversed(self.seen):
                    if params.uri == uri and (version is None or params.version == version):
                        return list(params.diagnostics)
                await asyncio.sleep(0.005)
        return await asyncio.wait_for(wait(), timeout)

    def versions(self, uri: str) -> list[int | None]:
        return [p.version for p in self.seen if p.uri == uri]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("lsp")


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(server_command=[sys.executable, "-m", "checker", "lsp"]))
async def client(lsp_client: LanguageClient, workdir):
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    lsp_client.published = Published(lsp_client)
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=workdir.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=workdir.as_uri(), name="articles")]))
    yield
    lsp_client.published.close()
    await lsp_client.shutdown_session()


def _open(client, path, text, language="plaintext", version=1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id=language, version=version, text=text)))


def _replace_all(client, path, text, version):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def _position(text: str, offset: int) -> types.Position:
    """LSP position (UTF-16 columns) of a character offset."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=len(text[start:offset].encode("utf-16-le")) // 2)


def _range_of(text: str, words: str, figure: str) -> types.Range:
    at = text.index(words) + words.index(figure)
    return types.Range(start=_position(text, at), end=_position(text, at + len(figure)))


def _article(workdir, name, text, rules: str | None = None):
    path = workdir / name
    path.write_text(text)
    if rules is not None:
        (workdir / (path.name.rsplit(".", 1)[0] + ".rules.yaml")).write_text(rules)
    return path


RULE = "ain-al-asad.response-same-day-as-militant-killed"   # the planted "Thursday" breaks it


async def _open_planted(client, workdir, name):
    """The planted seed opened as `name` beside its rules: (path, its diagnostics, the finding of RULE)."""
    path = _article(workdir, name, PLANTED, SEED_RULES.read_text())
    _open(client, path, PLANTED)
    found = await client.published.of(path.as_uri(), 1)
    [diag] = [d for d in found if d.code == RULE and d.data["role"] == "finding"]
    return path, found, diag


def _cli_findings(run, path):
    code, out, _ = run("check", path, "--format", "json")
    assert code in (0, 1)
    return [f for d in json.loads(out)["documents"] for f in d["findings"]]


def _as_cli(text: str, diagnostics) -> list[tuple]:
    """The diagnostics that stand for findings, as (rule, severity, message, line, column) with the
    column counted in characters as the CLI counts it."""
    lines = text.split("\n")
    severity = {1: "error", 2: "warning", 3: "info"}
    out = []
    for d in diagnostics:
        if d.data["role"] != "finding":
            continue
        line = lines[d.range.start.line]
        units, column = 0, 0
        while units < d.range.start.character:
            units += len(line[column].encode("utf-16-le")) // 2
            column += 1
        out.append((d.code, severity[d.severity], d.message, d.range.start.line + 1, column + 1))
    return sorted(out)


async def test_a_planted_error_is_diagnosed_at_its_figure_with_the_other_figures_related(client, workdir, run):
    path, found, diag = await _open_planted(client, workdir, "planted.txt")
    rule = RULE
    assert diag.range == _range_of(PLANTED, "west of Baghdad on Thursday", "Thursday")
    assert diag.severity == types.DiagnosticSeverity.Error and diag.source == "figcheck"
    assert diag.code_description.href.startswith((workdir / "planted.rules.yaml").as_uri() + "#L")
    related = {r.location.range.start.line for r in diag.related_information}
    assert len(related) == 2   # "Thursday" here and "Tuesday" in another paragraph
    # the other figure, on another line, is underlined too
    assert any(d.code == rule and d.data["role"] == "figure" for d in found)
    cli = _cli_findings(run, path)
    assert _as_cli(PLANTED, found) == sorted((f["rule"], f["severity"], f["message"], f["line"], f["column"])
                                             for f in cli)


async def test_editing_the_error_away_clears_its_diagnostics(client, workdir):
    path = _article(workdir, "edited.txt", PLANTED, SEED_RULES.read_text())
    _open(client, path, PLANTED)
    assert await client.published.of(path.as_uri(), 1)
    where = _range_of(PLANTED, "west of Baghdad on Thursday", "Thursday")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=where, text="Tuesday")]))
    assert await client.published.of(path.as_uri(), 2) == []


async def test_hover_shows_how_a_figure_was_read_and_the_rules_that_tested_it(client, workdir):
    path, _, _ = await _open_planted(client, workdir, "hover.txt")
    where = _range_of(PLANTED, "west of Baghdad on Thursday", "Thursday")
    shown = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=where.start))
    text = shown.contents.value
    assert shown.range == where
    assert "**Thursday**: date" in text and "- date: 2023-11-16" in text and "- precision: weekday" in text
    assert "Tested by:" in text and f"`{RULE}`" in text and f"**error** `{RULE}`" in text
    nowhere = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=types.Position(line=0, character=1)))
    assert nowhere is None


async def test_the_quick_fix_suppresses_the_rule_in_its_paragraph_and_explain_opens_the_rule(client, workdir, run):
    path, found, diag = await _open_planted(client, workdir, "fix.txt")
    rule = RULE
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag])))
    [fix] = [a for a in actions if isinstance(a, types.CodeAction) and a.kind == types.CodeActionKind.QuickFix]
    [edit] = fix.edit.changes[path.as_uri()]
    lines = PLANTED.split("\n")
    lines[edit.range.start.line] = edit.new_text + lines[edit.range.start.line]
    fixed = "\n".join(lines)
    assert f"[figcheck: ignore {rule}]" in fixed
    _replace_all(client, path, fixed, 2)
    after = await client.published.of(path.as_uri(), 2)
    assert rule not in {d.code for d in after}
    assert {d.code for d in after} == {d.code for d in found} - {rule}   # the other rules still run there
    path.write_text(fixed)
    assert rule not in {f["rule"] for f in _cli_findings(run, path)}   # the CLI reads the directive the same way

    [explain] = [a for a in actions if isinstance(a, types.Command)]
    text = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=explain.command, arguments=explain.arguments))
    assert text.startswith(f"{rule} (error), defined at ") and "kind: compare" in text
    assert client.messages and client.messages[-1].message == text


async def test_a_broken_rule_file_gets_located_diagnostics(client, workdir):
    path = workdir / "broken.rules.yaml"
    text = textwrap.dedent("""\
        rules:
          - id: totals
            kind: totl
            description: parts add up
          - id: dates
            kind: weekday
            description: weekdays
            selct: {kind: date}
        """)
    path.write_text(text)
    _open(client, path, text, "yaml")
    found = await client.published.of(path.as_uri(), 1)
    by_line = {d.range.start.line: d for d in found}
    assert set(by_line) == {2, 7}
    assert "totl" in by_line[2].message and "total" in by_line[2].message
    assert "selct" in by_line[7].message and "select" in by_line[7].message
    assert by_line[7].range.start.character == 4 and by_line[7].source == "figcheck rules"
    fixed = text.replace("totl", "total").replace("selct", "select")
    _replace_all(client, path, fixed, 2)
    assert await client.published.of(path.as_uri(), 2) == []


async def test_rule_files_complete_kinds_parameters_and_selector_keys(client, workdir):
    path = workdir / "complete.rules.yaml"
    text = "rules:\n  - id: a\n    kind: compare\n    left:\n      gr\n    \n"
    _open(client, path, text, "yaml")

    async def labels(line, character):
        answer = await client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            position=types.Position(line=line, character=character)))
        return {item.label for item in answer.items}

    assert {"right", "left", "relation", "severity"} <= await labels(5, 4)
    assert {"kind", "noun", "grain", "place"} <= await labels(4, 8)
    _replace_all(client, path, text.replace("      gr\n", "      grain: \n"), 2)
    assert {"day", "month", "year"} <= await labels(4, 13)
    _replace_all(client, path, text.replace("kind: compare", "kind: "), 3)
    assert {"compare", "total", "weekday"} <= await labels(2, 10)


async def test_a_stale_result_is_never_published_after_a_newer_one(client, workdir):
    path = _article(workdir, "typing.txt", PLANTED, SEED_RULES.read_text())
    _open(client, path, PLANTED)
    await client.published.of(path.as_uri(), 1)
    text = PLANTED
    for version in range(2, 22):   # typing, faster than checks finish
        text = text.replace("west of Baghdad on Thursday", "west of Baghdad on Thursday ", 1)
        _replace_all(client, path, text, version)
    assert await client.published.of(path.as_uri(), 21) != []
    versions = client.published.versions(path.as_uri())
    assert versions == sorted(versions) and len(versions) < 21   # changes taken together, in order
    final = text.replace("on Thursday ", "on Tuesday ", 1)
    _replace_all(client, path, final, 22)
    assert await client.published.of(path.as_uri(), 22) == []


async def test_a_changed_rule_file_on_disk_reloads_the_rules(client, workdir):
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in client.registrations)
    text = "date 2024-03-08\nThe committee has 9 members. On Monday, 12 residents spoke.\n"
    path = _article(workdir, "reload.txt", text, "rules: []\n")
    _open(client, path, text)
    assert await client.published.of(path.as_uri(), 1) == []
    sidecar = workdir / "reload.rules.yaml"
    sidecar.write_text(textwrap.dedent("""\
        rules:
          - id: members-at-most-nine
            kind: compare
            severity: warning
            description: No more residents speak than the committee has members.
            left: {kind: count, noun: resident}
            right: {kind: count, noun: member}
            relation: at-most
        """))
    client.published.seen.clear()
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=sidecar.as_uri(), type=types.FileChangeType.Changed)]))
    found = await client.published.of(path.as_uri(), 1)
    assert sorted((d.code, d.data["role"]) for d in found) == [("members-at-most-nine", "figure"),
                                                               ("members-at-most-nine", "finding")]


async def test_diagnostics_equal_the_clis_findings_over_the_examples_and_the_seed(client, workdir, run):
    folder = workdir / "examples"
    folder.mkdir()
    articles = [(f"{name}.txt", f"date {published}\n{text}") for name, published, text in example_texts(SHARED)]
    shutil.copy(SEED_RULES, folder / "seed.rules.yaml")
    articles.append(("seed.txt", SEED.read_text()))
    articles.append(("seed-planted.txt", PLANTED))
    shutil.copy(SEED_RULES, folder / "seed-planted.rules.yaml")
    for name, text in articles:
        _open(client, _article(folder, name, text), text)
    compared = 0
    for name, text in articles:
        path = folder / name
        found = await client.published.of(path.as_uri(), 1)
        cli = _cli_findings(run, path)
        assert _as_cli(text, found) == sorted((f["rule"], f["severity"], f["message"], f["line"], f["column"])
                                              for f in cli), name
        compared += len(cli)
    assert compared >= 20   # the examples' planted errors are found, and compared


async def test_an_html_article_is_diagnosed_in_its_markup(client, workdir):
    html = ("<html><head><meta name='date' content='2024-03-10'><title>Vote</title></head><body><article>"
            "<h1>Council vote</h1><p>The <b>council</b> met on Saturday, March 9, 2024, in the town hall "
            "and agreed the budget.</p><p>On Friday, March 9, 2024, the mayor spoke for 20 minutes.</p>"
            "</article></body></html>")
    path = _article(workdir, "vote.html", html)
    _open(client, path, html, "html")
    found = await client.published.of(path.as_uri(), 1)
    [diag] = [d for d in found if d.code == "weekday-matches-date"]
    start, end = diag.range.start.character, diag.range.end.character
    assert html[start:end].startswith("Friday")


async def test_columns_count_utf16_units_and_unsaved_buffers_are_checked(client, workdir):
    text = "date 2024-03-10\n\U0001F4CA Polls: On Friday, March 9, 2024, 40 people came.\n"
    uri = "untitled:Untitled-1"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="plaintext", version=1, text=text)))
    found = await client.published.of(uri, 1)
    [diag] = [d for d in found if d.code == "weekday-matches-date"]
    line = text.split("\n")[1]
    assert diag.range.start == types.Position(line=1, character=line.index("Friday") + 1)   # the emoji is 2 units


async def test_bad_front_matter_and_a_broken_configuration_are_diagnostics_not_crashes(client, workdir):
    path = _article(workdir, "front.md", "---\ndate: [\n---\nOn Friday, March 9, 2024, 3 left.\n")
    _open(client, path, path.read_text(), "markdown")
    [diag] = await client.published.of(path.as_uri(), 1)
    assert diag.range.start.line >= 1 and "front matter" in diag.message
    project = workdir / "project"
    project.mkdir()
    (project / ".figcheck.yaml").write_text("rules: []\ndisabel: [weekday-matches-date]\n")
    article = _article(project, "a.txt", "date 2024-03-10\nOn Friday, March 9, 2024, 3 left.\n")
    _open(client, article, article.read_text())
    [diag] = await client.published.of(article.as_uri(), 1)
    assert diag.message.startswith("not checked: ") and ".figcheck.yaml:2" in diag.message and "disable" in diag.message
    (project / ".figcheck.yaml").write_text("disable: [weekday-matches-date]\n")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=(project / ".figcheck.yaml").as_uri(), type=types.FileChangeType.Changed)]))
    await asyncio.sleep(0)
    client.published.seen.clear()
    _replace_all(client, article, article.read_text() + "\n", 2)
    assert await client.published.of(article.as_uri(), 2) == []   # reloaded: the rule is disabled there
