"""Warm latency, throughput and memory of `figcheck serve`, measured (never asserted): one table.

    python benchmarks/serve.py [--workers 1] [--requests 10000] [--corpus ../shared/corpus/news.jsonl]

Starts the service on a loopback port, then: the p50/p99 latency of POST /v1/check for the seed and
for an article of about 20 KB (the corpus article nearest that size, read from ../shared at run time;
never copied), requests/s under 1, 4 and 16 concurrent clients (a bounded load generator: each client
sends its next request when the last is answered, on a kept-alive connection), and the server's
resident memory before and after --requests requests. Prints the machine it ran on.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ain-al-asad-2023-11-22.txt"
SEED_RULES = ROOT / "seeds" / "ain-al-asad-2023-11-22.rules.yaml"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def check(self, body: bytes) -> float:
        began = time.perf_counter()
        self.conn.request("POST", "/v1/check", body=body, headers={"content-type": "application/json"})
        reply = self.conn.getresponse()
        reply.read()
        if reply.status != 200:
            raise RuntimeError(f"status {reply.status}")
        return time.perf_counter() - began


def rss_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def server_pids(process: subprocess.Popen) -> list[int]:
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    kids = [int(p) for p in children.read_text().split()] if children.exists() else []
    return [process.pid, *kids]


def latency(port: int, body: bytes, n: int) -> tuple[float, float]:
    client = Client(port)
    times = sorted(client.check(body) for _ in range(n))
    return times[len(times) // 2] * 1000, times[min(len(times) - 1, int(len(times) * 0.99))] * 1000


def throughput(port: int, body: bytes, clients: int, seconds: float) -> float:
    done, stop = [0] * clients, time.perf_counter() + seconds

    def work(i: int) -> None:
        client = Client(port)
        while time.perf_counter() < stop:
            client.check(body)
            done[i] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.perf_counter() - began)


def send(port: int, body: bytes, n: int) -> None:
    client = Client(port)
    for _ in range(n):
        client.check(body)


def article_near(corpus: Path, size: int) -> str | None:
    if not corpus.is_file():
        return None
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return min(texts, key=lambda t: abs(len(t.encode()) - size))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--requests", type=int, default=10_000, help="requests before the memory reading")
    parser.add_argument("--latency-requests", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0, help="per throughput reading")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl")
    args = parser.parse_args()

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", str(port),
                                "--workers", str(args.workers), "--queue", "64"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                Client(port).conn.request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        time.sleep(1.0)
        seed = json.dumps({"text": SEED.read_text(), "rules": [SEED_RULES.read_text()]}).encode()
        big_text = article_near(args.corpus, 20_000)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.platform()}; service workers: {args.workers}")
        print("| measure | value |\n| --- | --- |")
        p50, p99 = latency(port, seed, args.latency_requests)
        print(f"| seed, warm latency p50 / p99 | {p50:.1f} ms / {p99:.1f} ms |")
        if big_text:
            big = json.dumps({"text": big_text}).encode()
            p50, p99 = latency(port, big, max(20, args.latency_requests // 4))
            print(f"| {len(big_text.encode()) / 1000:.1f} KB corpus article, warm latency p50 / p99 | "
                  f"{p50:.1f} ms / {p99:.1f} ms |")
        for clients in (1, 4, 16):
            rate = throughput(port, seed, clients, args.seconds)
            print(f"| seed, {clients} concurrent client{'s' if clients > 1 else ''} | {rate:.1f} requests/s |")
        pids = server_pids(process)
        before = rss_mib(pids)
        sent = 0
        stride = max(1, args.requests // 4)
        readings = []
        while sent < args.requests:
            batch = min(stride, args.requests - sent)
            per_client = max(1, batch // 4)
            threads = [threading.Thread(target=send, args=(port, seed, per_client)) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            sent += per_client * 4
            readings.append(f"{rss_mib(pids):.0f}")
        print(f"| resident memory, after warm-up -> after each quarter of {sent:,} requests | "
              f"{before:.0f} -> {' -> '.join(readings)} MiB |")
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()
