"""Reliability II, items 1-3: reports never replace what they should not, a discovered configuration
writes only inside its own folder, and links or special files are never read as articles.

Devices are made in a temp directory (mknod needs root, as CI has), never the machine's own /dev."""
from __future__ import annotations

import json
import os
import signal
import stat
import threading

import pytest

from conftest import SEED

ARTICLE = "date 2025-04-17\nRain began on Friday, April 12.\n"   # April 12, 2025 was a Saturday
needs_root = pytest.mark.skipif(os.geteuid() != 0 and not os.environ.get("FIGCHECK_CI"),
                                reason="mknod needs root")


@pytest.fixture(autouse=True)
def no_hang():
    """A FIFO opened for reading blocks: such a regression fails here instead of hanging the suite."""
    def expire(*_):
        raise TimeoutError("figcheck hung on a special file")
    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def device(path, minor):
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))   # 1,3 is null; 1,7 is full
    return path


@needs_root
def test_a_device_target_stays_a_device(run, write, tmp_path):
    null = device(tmp_path / "null", 3)
    code, _, err = run("check", write("a.txt", ARTICLE), "-o", null)
    assert code == 1 and stat.S_ISCHR(os.stat(null).st_mode), err


@needs_root
def test_a_full_disk_is_exit_2_naming_the_target(run, write, tmp_path):
    full = device(tmp_path / "full", 7)
    code, _, err = run("check", write("a.txt", ARTICLE), "--format", f"json:{full}")
    assert code == 2 and str(full) in err and "No space left" in err and "Traceback" not in err


def test_a_fifo_reader_gets_the_report(run, write, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, encoding="utf-8").read()), daemon=True)
    reader.start()
    code, _, _ = run("check", write("a.txt", ARTICLE), "--format", f"json:{fifo}")
    reader.join(10)
    assert code == 1 and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(got[0])["summary"]["findings"] == 1


def test_a_symlink_target_is_written_through(run, write, tmp_path):
    real = write("real.json", "old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, err = run("check", write("a.txt", ARTICLE), "--format", "json", "-o", link)
    assert code == 1 and link.is_symlink(), err
    assert json.loads(real.read_text())["summary"]["findings"] == 1
    assert f"wrote json report to {link}" in err


@pytest.mark.parametrize("via_link", [False, True])
def test_an_input_is_never_overwritten(run, write, tmp_path, via_link):
    article = write("a.txt", ARTICLE)
    target = article
    if via_link:
        target = tmp_path / "out.txt"
        target.symlink_to(article)
    code, _, err = run("check", article, "-o", target)
    assert code == 2 and "input of this run" in err and article.read_text() == ARTICLE


def test_output_problems_are_found_before_the_run(run, write, tmp_path):
    code, _, err = run("check", write("a.txt", ARTICLE), "--format", f"json:{tmp_path}",
                       "--format", f"sarif:{tmp_path / 'missing' / 'x.sarif'}")
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 2 and "is a directory" in lines[0] and "does not exist" in lines[1]


def test_a_discovered_configuration_writes_only_inside_its_folder(run, tmp_path):
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    victim = tmp_path / "home" / ".bashrc"
    victim.parent.mkdir()
    victim.write_text("# mine\n")
    for target in ("../home/.bashrc", str(victim)):
        (repo / ".figcheck.yaml").write_text(f'format: ["text:{target}"]\n', encoding="utf-8")
        code, _, err = run("check", repo / "articles")
        assert code == 2 and ".figcheck.yaml:1:1" in err and "outside the folder" in err, err
        assert victim.read_text() == "# mine\n"
    # Named explicitly, the same configuration may write there.
    code, _, err = run("check", repo / "articles", "--config", repo / ".figcheck.yaml")
    assert code == 1 and "Rain" in victim.read_text() and f"wrote text report to {victim}" in err


def test_a_symlink_out_of_the_checked_folder_is_not_followed(check_json, tmp_path):
    secret = tmp_path / "config"
    secret.write_text("token = hunter2 on Friday, April 12, 2025\n")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "leak.txt").symlink_to(secret)
    (articles / "inside.txt").symlink_to(articles / "a.txt")   # a link within the folder is fine
    code, out, _ = check_json(articles)
    by_path = {d["path"]: d for d in out["documents"]}
    assert "not followed" in by_path[str(articles / "leak.txt")]["error"]
    assert by_path[str(articles / "inside.txt")]["error"] is None
    assert "hunter2" not in json.dumps(out) and code == 2


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_special_files_are_never_read(run, tmp_path, kind):
    if kind == "device" and os.geteuid() != 0:
        pytest.skip("mknod needs root")
    path = tmp_path / "x.txt"
    os.mkfifo(path) if kind == "fifo" else device(path, 5)   # 1,5 is zero: endless
    rules = tmp_path / "x.rules.yaml"
    os.mkfifo(rules)
    for args in (("check", path), ("check", SEED, "--rules", path), ("check", SEED, "--baseline", path),
                 ("check", SEED, "--config", path), ("rules", "lint", rules)):
        code, out, err = run(*args)
        assert code == 2 and "not a regular file" in out + err and "Traceback" not in out + err, args


def test_an_unreadable_folder_is_reported(check_json, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    articles = tmp_path / "articles"
    (articles / "locked").mkdir(parents=True)
    (articles / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "locked").chmod(0)
    try:
        code, out, _ = check_json(articles)
    finally:
        (articles / "locked").chmod(0o755)
    assert code == 2 and any("cannot read folder" in (d["error"] or "") for d in out["documents"])


def test_a_huge_integer_in_a_jsonl_record_loses_only_that_line(check_json, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "Rain on Friday, April 12, 2025.", "published": "2025-04-17"}\n'
                    '{"id": ' + "9" * 5000 + ', "text": "x"}\n'
                    '{"id": "c", "text": "Rain on Friday, April 12, 2025.", "published": "2025-04-17"}\n',
                    encoding="utf-8")
    code, out, _ = check_json(path)
    ids = [d["id"] for d in out["documents"]]
    assert code == 2 and "a" in ids and "c" in ids
    assert any(d["error"] and "4300 digits" in d["error"] for d in out["documents"])


def test_front_matter_aliases_are_refused(run, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\na: &x [1, 2]\nb: [*x, *x, *x]\ndate: 2025-04-17\n---\nRain fell.\n", encoding="utf-8")
    code, out, err = run("check", path)
    assert code == 2 and "alias" in out + err and "Traceback" not in out + err


def test_a_bad_sidecar_rule_file_loses_only_its_article(check_json, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.rules.yaml").write_text("rules: [{id: x, kind: nope, description: d}]\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = check_json(tmp_path)
    by_path = {d["path"]: d for d in out["documents"]}
    assert by_path[str(tmp_path / "a.txt")]["error"] and by_path[str(tmp_path / "b.txt")]["findings"]
    assert code == 2


@pytest.mark.parametrize("placeholder", ["{text:>99999999}", "{text:>9999999999999999999999}", "{text:^5}", "{text!r}"])
def test_message_widths_and_conversions_are_refused_at_load(run, tmp_path, placeholder):
    path = tmp_path / "r.yaml"
    path.write_text("rules:\n  - id: wide\n    kind: weekday\n    description: d\n"
                    f"    message: \"{placeholder}\"\n", encoding="utf-8")
    code, _, err = run("rules", "lint", path)
    assert code == 2 and "r.yaml:5" in err and "plain name" in err and "Traceback" not in err


def test_a_rule_id_with_a_trailing_newline_is_refused(run, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text('rules:\n  - id: "wide\\n"\n    kind: weekday\n    description: d\n', encoding="utf-8")
    code, _, err = run("rules", "lint", path)
    assert code == 2 and "r.yaml:2" in err


def test_jobs_are_capped_at_the_cores():
    from checker.parallel import workers

    assert workers(24) == (os.cpu_count() or 1) and workers(1) == 1 and workers(0) == (os.cpu_count() or 1)


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


@pytest.mark.skipif(not os.path.isdir("/proc") or (os.cpu_count() or 1) < 2, reason="needs Linux and two cores")
def test_workers_die_with_a_killed_parent(tmp_path):
    import subprocess
    import sys
    import time

    article = "Rain began on Friday, April 12, 2025, and 12 people were hurt. " * 400
    (tmp_path / "big.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": article}) + "\n"
                                                for i in range(1500)), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-m", "checker", "check", str(tmp_path / "big.jsonl"), "--jobs", "2",
                               "--format", "json", "-o", str(tmp_path / "out.json")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _children(parent.pid)
        time.sleep(0.2)
    assert workers, "the run started no worker"
    parent.kill()
    parent.wait()
    time.sleep(3)
    alive = {w for w in workers if os.path.exists(f"/proc/{w}") and "zombie" not in open(f"/proc/{w}/status").read().lower()}
    assert not alive, f"workers outlived their parent: {alive}"


def test_unclosed_directives_do_not_hide_later_ones_and_ids_are_bounded():
    from checker.suppressions import in_text

    text = "<!-- figcheck: ignore " * 2000 + "\n\nRain.\n\n<!-- figcheck: ignore weekday-matches-date -->\n\nSnow.\n"
    found, _ = in_text(text)
    assert [text[s.start:s.end].strip() for s in found] == ["Snow."]
    # an id list longer than any real one is no directive (the scanner never looks that far)
    assert in_text("<!-- figcheck: ignore " + "x" * 2000 + " -->")[0] == []



@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "text", "html", "github"])
def test_a_lone_surrogate_in_a_jsonl_id_loses_no_report(tmp_path, fmt):
    import subprocess
    import sys

    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a\\ud800", "text": "Rain began on Friday, April 12, 2025.", "published": "2025-04-17"}\n',
                    encoding="utf-8")
    to_file = subprocess.run([sys.executable, "-m", "checker", "check", str(path), "--format", f"{fmt}:{tmp_path / 'r'}"],
                             capture_output=True, text=True)
    to_stdout = subprocess.run([sys.executable, "-m", "checker", "check", str(path), "--format", fmt],
                               capture_output=True, text=True, encoding="utf-8", errors="replace")
    assert to_file.returncode == 1 and (tmp_path / "r").stat().st_size > 0, to_file.stderr
    assert to_stdout.returncode == 1 and "Traceback" not in to_stdout.stderr
