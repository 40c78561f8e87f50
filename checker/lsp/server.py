"""The language server: pygls over stdio, a thin shell over checks, diagnostics, hover and rulefiles.

Checks run on one worker thread (the pipeline is not shared between threads), so the server keeps
answering hovers while a document is checked. Each document is checked at once when it opens or
changes after a pause; changes that arrive while it is being checked are taken together into one
more check, of the newest text. A result is published only if the document has not changed since
it was read, so a stale result never replaces a newer one.
"""
from __future__ import annotations

import asyncio
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from ..errors import FigcheckError
from ..report import tool_version
from . import diagnostics, hover, rulefiles
from .checks import Checked, Workspace, path_of

CONFIG_NAMES = (".figcheck.yaml", "pyproject.toml")
WATCHED = ("**/*.rules.yaml", "**/.figcheck.yaml", "**/pyproject.toml")


class FigcheckServer(LanguageServer):
    def __init__(self, rules=(), config_file: str | None = None, defaults: bool = True):
        super().__init__("figcheck", tool_version())
        self.options = dict(rules=list(rules), config_file=config_file, defaults=defaults)
        self.checks: Workspace | None = None
        self.results: dict[str, Checked] = {}
        self._running: set[str] = set()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="figcheck-check")

    def workspace_checks(self) -> Workspace:
        if self.checks is None:
            root = self.workspace.root_path
            self.checks = Workspace(root=Path(root) if root else None,
                                    encoding=self.workspace.position_encoding or types.PositionEncodingKind.Utf16,
                                    **self.options)
        return self.checks

    async def in_worker(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def _is_rule_text(self, uri: str, text: str) -> bool:
        return rulefiles.looks_like_rules(uri, text)

    async def check_current(self, uri: str) -> Checked:
        """A check of the document's text as it is now (read here, on the event loop; checked on the
        worker)."""
        doc = self.workspace.get_text_document(uri)
        return await self.in_worker(self.workspace_checks().check, uri, doc.source, doc.version, doc.language_id)

    async def recheck(self, uri: str) -> None:
        """Check `uri` and publish, unless a check of it is running: that one checks again after."""
        if uri in self._running:
            return
        self._running.add(uri)
        try:
            while uri in self.workspace.text_documents:
                doc = self.workspace.get_text_document(uri)
                version, text = doc.version, doc.source
                checked = None
                if self._is_rule_text(uri, text):
                    found = await self.in_worker(self._rule_diagnostics, uri, text)
                else:
                    checked = await self.in_worker(self.workspace_checks().check, uri, text, version, doc.language_id)
                    found = diagnostics.of_checked(checked)
                current = self.workspace.text_documents.get(uri)
                if current is None:
                    return
                if current.version == version:   # nothing newer came while checking: publish
                    if checked is not None:
                        self.results[uri] = checked
                    self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                        uri=uri, version=version, diagnostics=found))
                    return
        finally:
            self._running.discard(uri)

    def _rule_diagnostics(self, uri: str, text: str) -> list[types.Diagnostic]:
        others = []
        try:
            others = self.workspace_checks().ruleset_for(path_of(uri)).rules
        except FigcheckError:
            pass   # the configuration's own problems are shown on its articles
        return rulefiles.diagnostics(text, rulefiles.name_of(path_of(uri), uri), others, self.workspace_checks().encoding)

    async def current(self, uri: str) -> Checked | None:
        """The check of the document as it is now: the last published one if nothing changed since."""
        doc = self.workspace.text_documents.get(uri)
        if doc is None or self._is_rule_text(uri, doc.source):
            return None
        known = self.results.get(uri)
        if known is not None and known.version == doc.version:
            return known
        return await self.check_current(uri)

    async def rules_changed(self) -> None:
        """A rule or configuration file changed: load rules again, check every open document."""
        if self.checks is not None:
            await self.in_worker(self.checks.forget)
        await asyncio.gather(*(self.recheck(uri) for uri in list(self.workspace.text_documents)))


def _explanation(server: FigcheckServer, uri: str, rule_id: str) -> str:
    from ..rules import explain

    ruleset = server.workspace_checks().ruleset_for(path_of(uri))
    checked = server.results.get(uri)
    files = list(ruleset.files)
    if checked is not None and checked.doc is not None and checked.doc.rules_file is not None:
        files.append(checked.doc.rules_file)
    return explain.explain(rule_id, files)


def build(rules=(), config_file: str | None = None, defaults: bool = True) -> FigcheckServer:
    server = FigcheckServer(rules, config_file, defaults)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: FigcheckServer, params: types.InitializedParams) -> None:
        caps = ls.client_capabilities.workspace
        watch = caps and caps.did_change_watched_files and caps.did_change_watched_files.dynamic_registration
        if not watch:
            return   # rule changes are then seen when saved in the editor
        try:
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
                id="figcheck-rule-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(
                    watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED]))]))
        except Exception:  # noqa: BLE001 - a client that refuses: saves in the editor still reload rules
            logging.getLogger(__name__).info("client did not register file watchers")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: FigcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        await ls.recheck(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FigcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        await ls.recheck(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: FigcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        doc = ls.workspace.text_documents.get(uri)
        if (doc is not None and ls._is_rule_text(uri, doc.source)) or uri.endswith(CONFIG_NAMES):
            await ls.rules_changed()
        else:
            await ls.recheck(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FigcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.results.pop(params.text_document.uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri,
                                                                            diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched(ls: FigcheckServer, params: types.DidChangeWatchedFilesParams) -> None:
        await ls.rules_changed()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: FigcheckServer, params: types.HoverParams) -> types.Hover | None:
        checked = await ls.current(params.text_document.uri)
        return None if checked is None else hover.hover(checked, params.position)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix]))
    async def code_actions(ls: FigcheckServer, params: types.CodeActionParams) -> list[types.CodeAction | types.Command] | None:
        checked = await ls.current(params.text_document.uri)
        if checked is None:
            return None
        mine = [d for d in params.context.diagnostics if d.source == diagnostics.SOURCE]
        return diagnostics.actions(checked, mine) or None

    @server.command(diagnostics.EXPLAIN_COMMAND)
    async def explain_rule(ls: FigcheckServer, uri: str, rule_id: str) -> str:
        try:
            text = await ls.in_worker(_explanation, ls, uri, rule_id)
        except FigcheckError as e:
            text = str(e)
        ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=text))
        return text

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=[":", " ", "-"]))
    def complete(ls: FigcheckServer, params: types.CompletionParams) -> types.CompletionList | None:
        doc = ls.workspace.get_text_document(params.text_document.uri)
        if not ls._is_rule_text(doc.uri, doc.source):
            return None
        position = doc.position_codec.position_from_client_units(doc.lines, params.position)
        items = rulefiles.completions(doc.source, types.Position(line=position.line, character=position.character))
        return types.CompletionList(is_incomplete=False, items=items)

    return server


def run(rules=(), config_file: str | None = None, defaults: bool = True) -> None:
    """Serve over stdio until the client says exit."""
    logging.getLogger("pygls").setLevel(logging.WARNING)
    # The check thread holds the GIL through pandas and regex work; a shorter switch interval lets
    # the protocol thread read and apply the editor's changes while a check runs, so a burst of
    # typing is taken together instead of queueing behind it.
    sys.setswitchinterval(0.001)
    build(rules, config_file, defaults).start_io()
