"""figcheck serve as a real process on a loopback port: hostile requests each get a clean error or a
503 and the service keeps serving; the page works in a real headless Chromium.

In CI `.ci/run` starts the service and passes its address in FIGCHECK_SERVE_URL; elsewhere these tests
start their own.
"""
from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest

from conftest import ROOT, SEED, SEED_RULES
from helpers import needed

ARTIFACTS = ROOT / "test-artifacts"
PLANTED_SEED = SEED.read_text().replace("west of Baghdad on Tuesday", "west of Baghdad on Thursday")
READ_TIMEOUT = 2   # what .ci/run and the fixture start the service with


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        return _request(url, "GET", "/healthz")[0] == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def live():
    url = os.environ.get("FIGCHECK_SERVE_URL")
    if url:
        assert _healthy(url), f"no figcheck serve at {url}"
        yield url
        return
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", str(port), "--read-timeout",
                                str(READ_TIMEOUT), "--queue", "4"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if _healthy(url) or process.poll() is not None:
                break
            time.sleep(0.1)
        assert _healthy(url), process.stderr.read().decode() if process.poll() is not None else "not up"
        yield url
    finally:
        process.terminate()
        process.wait(10)


def _request(url, method, path, body=None, headers=None, timeout=60):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        reply = conn.getresponse()
        return reply.status, reply.read()
    finally:
        conn.close()


def _raw(url, data: bytes, then=b"", wait=0.0, timeout=30) -> tuple[int, bytes]:
    """Send bytes as they are (headers included); if no answer comes within `wait` seconds, send
    `then` too. The status and body of the answer."""
    parts = urllib.parse.urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as s:
        s.sendall(data)
        s.settimeout(wait or timeout)
        try:
            reply = s.recv(65536)
        except socket.timeout:
            s.settimeout(timeout)
            s.sendall(then)
            reply = s.recv(65536)
        while b"\r\n\r\n" not in reply or len(reply.partition(b"\r\n\r\n")[2]) < _length(reply):
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def _length(reply: bytes) -> int:
    for line in reply.partition(b"\r\n\r\n")[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def _error(body: bytes) -> dict:
    return json.loads(body)["error"]


def test_malformed_json_gets_400_and_the_service_goes_on(live):
    status, body = _request(live, "POST", "/v1/check", b'{"text": "a",', {"content-type": "application/json"})
    assert status == 400 and _error(body)["exit_code"] == 2 and b"Traceback" not in body
    assert _healthy(live)


def test_a_50_mb_body_is_refused_without_being_read(live):
    declared = (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                b"Content-Length: 52428800\r\n\r\n")
    status, body = _raw(live, declared + b"x" * 1000)
    assert status == 413 and "over the" in _error(body)["message"]
    # chunked, so no length is declared: refused once the limit is passed
    chunked = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
    piece = b"%x\r\n%s\r\n" % (1 << 20, b"y" * (1 << 20))
    parts = urllib.parse.urlsplit(live)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as s:
        s.sendall(chunked)
        sent = 0
        try:
            while sent < 50:
                s.sendall(piece)
                sent += 1
        except OSError:
            pass   # the service stopped reading: it has answered
        reply = s.recv(65536)
    assert reply.split()[1] == b"413"   # answered once past the limit; the rest is never kept
    assert _healthy(live)


@pytest.mark.parametrize("rules, words", [
    ('rules: !!python/object/apply:os.system ["touch /tmp/figcheck-serve-pwned"]\n', "invalid YAML"),
    ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nrules: [*c]\n", "aliases"),
])
def test_rule_text_with_tags_or_an_alias_bomb_is_refused(live, rules, words):
    status, body = _request(live, "POST", "/v1/check", json.dumps({"text": "It rained.", "rules": [rules]}),
                            {"content-type": "application/json"})
    problem = _error(body)["problems"][0]
    assert status == 400 and problem["path"] == "rules[0]" and words in problem["message"]
    assert not os.path.exists("/tmp/figcheck-serve-pwned") and _healthy(live)


def test_a_slow_client_gets_408_while_others_are_served(live):
    answer = {}
    head = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nIt rai"
    slow = threading.Thread(target=lambda: answer.update(reply=_raw(live, head, b"ned.", wait=READ_TIMEOUT + 3)))
    slow.start()
    time.sleep(0.5)
    assert _request(live, "POST", "/v1/check", b"It rained on Tuesday.", {"content-type": "text/plain"})[0] == 200
    slow.join(30)
    status, body = answer["reply"]
    assert status == 408 and "did not arrive" in _error(body)["message"]


def test_200_concurrent_connections_each_get_an_answer_or_503(live):
    statuses, lock = [], threading.Lock()
    body = json.dumps({"text": PLANTED_SEED, "rules": [SEED_RULES.read_text()]})

    def client():
        try:
            status, reply = _request(live, "POST", "/v1/check", body, {"content-type": "application/json"}, timeout=120)
            # a 503 comes from the check queue (JSON) or, past the connection limit, from uvicorn itself
            clean = status == 200 and b'"version": 1' in reply or status == 503 and (
                reply == b"Service Unavailable" or _error(reply)["status"] == 503)
        except (OSError, http.client.HTTPException) as e:
            status, clean = type(e).__name__, False
        with lock:
            statuses.append(status if clean else f"unclean {status}")

    threads = [threading.Thread(target=client) for _ in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert len(statuses) == 200 and set(statuses) <= {200, 503}, sorted(map(str, set(statuses)))
    assert statuses.count(200) >= 1 and statuses.count(503) >= 1
    assert _healthy(live)
    assert _request(live, "POST", "/v1/check", body, {"content-type": "application/json"})[0] == 200


def _browser(javascript: bool = True):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    needed("chromium and chromedriver", bool(chromium and driver))
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = chromium   # Debian's: Selenium Manager never downloads one
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1600", "--disable-background-networking", "--no-first-run"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=DriverService(executable_path=driver))


def test_the_page_in_headless_chromium_finds_a_planted_weekday_as_you_type(live):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser = _browser()
    try:
        browser.get(live + "/")
        browser.find_element(By.TAG_NAME, "summary").click()   # open the article-rules box
        browser.find_element(By.ID, "rules").send_keys(SEED_RULES.read_text())
        # paste the article: the text arrives in one input event, as a paste does
        browser.execute_script("const t = document.getElementById('text'); t.value = arguments[0];"
                               "t.dispatchEvent(new Event('input', {bubbles: true}));", PLANTED_SEED)
        wait = WebDriverWait(browser, 60)
        finding = wait.until(lambda b: next((f for f in b.find_elements(By.CSS_SELECTOR, "li.finding.sev-error")
                                             if "response-same-day-as-caption" in f.text), None))
        link = finding.find_element(By.TAG_NAME, "a")
        target = link.get_attribute("href").split("#")[1]
        figure = browser.execute_script(
            "let n = document.getElementById(arguments[0]);"
            "while (n && n.tagName !== 'MARK') n = n.nextElementSibling; return n;", target)
        assert figure.text == "Thursday" and "flagged" in figure.get_attribute("class")
        assert figure.find_element(By.XPATH, "ancestor::div[@class='article']")
        link.click()
        assert browser.current_url.endswith("#" + target)
        assert "kind-date" in figure.get_attribute("class") and "weekday" in figure.get_attribute("title")
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "serve-page.png"
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        browser.quit()


def test_the_page_checks_on_submit_with_javascript_off(live):
    from selenium.webdriver.common.by import By

    browser = _browser(javascript=False)
    try:
        browser.get(live + "/")
        browser.find_element(By.ID, "text").send_keys("date 2024-03-05\nOn Tuesday, March 6, 2024, it rained.")
        browser.find_element(By.ID, "submit").click()
        findings = browser.find_elements(By.CSS_SELECTOR, "li.finding.sev-error")
        assert any("weekday-matches-date" in f.text for f in findings)
        assert "it rained" in browser.find_element(By.ID, "text").get_attribute("value")   # kept for editing
    finally:
        browser.quit()
