"""Time from an edit to its diagnostics in `figcheck lsp`, with a real LSP client over stdio: one table.

    python benchmarks/lsp.py [--edits 200] [--corpus ../shared/corpus/news.jsonl]

Starts `python -m checker lsp`, opens the seed (with its rules) and the corpus article nearest 20 KB
(read from ../shared at run time, never copied), then for each: --edits single-character edits, each
sent when the previous one's diagnostics have arrived, timed from sending the change to receiving
the diagnostics of that version (p50 / p90 / p99). Then a typing burst (one edit every 30 ms, 20 of
them): how many checks ran, and the time from the last keystroke to its diagnostics. Then a hover's
round trip, and the server's resident memory. Measured, never asserted; prints the machine.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import ROOT, SEED, SEED_RULES, article_near, rss_mib  # noqa: E402


class Client(LanguageClient):
    def __init__(self):
        super().__init__("figcheck-bench", "1")
        self.arrived: dict[tuple[str, int], float] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams):
            self.arrived[(params.uri, params.version)] = time.perf_counter()

    async def diagnostics(self, uri: str, version: int, timeout: float = 60) -> float:
        end = time.perf_counter() + timeout
        while (uri, version) not in self.arrived:
            if time.perf_counter() > end:
                raise TimeoutError(f"no diagnostics for {uri} version {version}")
            await asyncio.sleep(0.0005)
        return self.arrived[(uri, version)]

    def change(self, uri: str, version: int, text: str) -> float:
        sent = time.perf_counter()
        self.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=0, character=0),
                                  end=types.Position(line=0, character=1)), text=text)]))
        return sent


def percentile(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


async def edits(client: Client, uri: str, first: str, n: int, version: int) -> tuple[list[float], int]:
    """n edits of the first character (alternating, so the text stays the article), each timed."""
    times = []
    for i in range(n):
        version += 1
        sent = client.change(uri, version, first.swapcase() if i % 2 == 0 else first)
        times.append(await client.diagnostics(uri, version) - sent)
    return times, version


async def burst(client: Client, uri: str, first: str, version: int, keys: int = 20) -> tuple[int, float, int]:
    before = {k for k in client.arrived if k[0] == uri}
    for i in range(keys):
        version += 1
        last = client.change(uri, version, first.swapcase() if i % 2 == 0 else first)
        await asyncio.sleep(0.03)
    done = await client.diagnostics(uri, version)
    checks = len({k for k in client.arrived if k[0] == uri} - before)
    return checks, (done - last) * 1000, version


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="figcheck-lsp-bench-"))
    shutil.copy(SEED, folder / "seed.txt")
    shutil.copy(SEED_RULES, folder / "seed.rules.yaml")
    documents = [("seed", folder / "seed.txt", SEED.read_text())]
    big = article_near(args.corpus, 20_000)
    if big:
        (folder / "article.txt").write_text(big)
        documents.append((f"{len(big.encode()) / 1000:.1f} KB corpus article", folder / "article.txt", big))

    client = Client()
    await client.start_io(sys.executable, "-m", "checker", "lsp")
    pid = client._server.pid
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(),
                                                         root_uri=folder.as_uri()))
    client.initialized(types.InitializedParams())
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    print("| measure | value |\n| --- | --- |")
    try:
        for label, path, text in documents:
            uri = path.as_uri()
            began = time.perf_counter()
            client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=text)))
            opened = await client.diagnostics(uri, 1) - began
            print(f"| {label}: open -> diagnostics (first check, cold caches) | {opened * 1000:.0f} ms |")
            times, version = await edits(client, uri, text[0], args.edits, 1)
            print(f"| {label}: edit -> diagnostics, p50 / p90 / p99 of {len(times)} | "
                  f"{percentile(times, .5):.1f} / {percentile(times, .9):.1f} / {percentile(times, .99):.1f} ms |")
            checks, last, version = await burst(client, uri, text[0], version)
            print(f"| {label}: 20 keystrokes 30 ms apart -> checks published, last keystroke -> its diagnostics | "
                  f"{checks}, {last:.0f} ms |")
            hovers = []
            for _ in range(50):
                sent = time.perf_counter()
                await client.text_document_hover_async(types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=0)))
                hovers.append(time.perf_counter() - sent)
            print(f"| {label}: hover round trip, p50 | {percentile(hovers, .5):.1f} ms |")
        print(f"| server resident memory after all of the above | {rss_mib([pid]):.0f} MiB |")
    finally:
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
