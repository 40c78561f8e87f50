"""figcheck serve, in process: the API's JSON is the CLI's, errors are clean JSON with their status and
exit code, rule text from a request is read as a rule file is, and the page draws a check."""
from __future__ import annotations

import json
import re
import warnings

import pytest

from checker.serve.app import create_app
from checker.serve.limits import Limits
from checker.serve.openapi import openapi_json
from checker.serve.requests import JSON_KEYS
from checker.serve.service import Service
from conftest import ROOT, SEED, SEED_RULES
from helpers import example_texts, needed

SHARED = ROOT.parent / "shared"
PLANTED_SEED = SEED.read_text().replace("west of Baghdad on Tuesday", "west of Baghdad on Thursday")


@pytest.fixture(scope="module")
def service():
    return Service.from_options()


@pytest.fixture(scope="module")
def client(service):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # starlette's notice about its test client's HTTP library
        from starlette.testclient import TestClient
    with TestClient(create_app(service)) as c:
        yield c


def _cli_json(run, *args) -> str:
    code, out, _ = run("check", *args, "--format", "json")
    assert code in (0, 1)
    return out


def test_check_answers_the_clis_json_byte_for_byte(client, run, tmp_path):
    planted = tmp_path / "planted.txt"
    planted.write_text(PLANTED_SEED)
    rules = SEED_RULES.read_text()
    for path, text in ((SEED, SEED.read_text()), (planted, PLANTED_SEED)):
        reply = client.post("/v1/check", json={"text": text, "id": str(path), "rules": [rules]})
        # the CLI finds the seed's own rule file beside it; the API is sent its text
        cli = _cli_json(run, path, "--rules", SEED_RULES) if path == planted else _cli_json(run, path)
        assert reply.status_code == 200 and reply.text == cli
    assert client.post("/v1/check", json={"text": PLANTED_SEED, "rules": [rules]}).headers["figcheck-exit-code"] == "1"


def test_a_raw_body_takes_its_format_from_the_content_type(client, run, tmp_path):
    article = "---\ndate: 2024-03-05\n---\n# Rain\n\nOn Tuesday, March 6, 2024, the river rose 2 metres.\n"
    (tmp_path / "a.md").write_text(article)
    reply = client.post(f"/v1/check?id={tmp_path / 'a.md'}", content=article.encode(),
                        headers={"content-type": "text/markdown"})
    assert reply.text == _cli_json(run, tmp_path / "a.md")
    assert json.loads(reply.text)["documents"][0]["published"] == "2024-03-05"


def _examples():
    return example_texts(SHARED)


def _corpus_sample(n=200):
    corpus = SHARED / "corpus" / "news.jsonl"
    needed(str(corpus), corpus.is_file())
    with corpus.open() as fh:
        for lineno, line in zip(range(n), fh):
            record = json.loads(line)
            yield f"corpus-{lineno}", record.get("published") or "", record["text"]


@pytest.mark.parametrize("source", [_examples, _corpus_sample])
def test_check_equals_the_cli_over_the_examples_and_a_corpus_sample(client, run, tmp_path, source):
    for name, published, text in source():
        path = tmp_path / f"{name}.txt"
        path.write_text(text)
        body = {"text": text, "id": str(path), "published": published}
        cli = _cli_json(run, path, *(["--published", published] if published else []))
        assert client.post("/v1/check", json=body).text == cli, name


def test_extract_answers_the_clis_claims(client, run):
    reply = client.post("/v1/extract", json={"text": SEED.read_text(), "id": str(SEED)})
    assert reply.status_code == 200 and reply.text == run("extract", SEED, "--format", "json")[1]


@pytest.mark.parametrize("body, status, words", [
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 400, "JSON object"),
    (b'{"txt": "a"}', 400, "unknown field 'txt'"),
    (b'{"text": 5}', 400, "'text' must be a string"),
    (b'{"text": "a", "published": "2023-02-30"}', 400, "not a date on the calendar"),
    (b'{"text": "a", "format": "pdf"}', 400, "format 'pdf'"),
    (b'{"text": "a", "rules": [1]}', 400, "list of YAML texts"),
    (b'\xff\xfe\x00', 400, "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, 400, "JSON"),
    (b'{"text": "<p></p>", "format": "html"}', 400, "no article text"),
])
def test_bad_requests_get_a_clean_json_error(client, body, status, words):
    reply = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    error = reply.json()["error"]
    assert reply.status_code == status and error["exit_code"] == 2 and words in error["message"]
    assert "Traceback" not in reply.text
    assert client.get("/healthz").json()["status"] == "ok"


def test_an_unknown_content_type_and_route_and_method(client):
    assert client.post("/v1/check", content=b"x", headers={"content-type": "image/png"}).status_code == 415
    assert client.get("/v2/nothing").json()["error"]["status"] == 404
    assert client.get("/v1/check").status_code == 405


def test_rule_text_is_located_and_can_run_nothing(client, tmp_path):
    marker = tmp_path / "ran"
    hostile = {
        "tag": f'rules: !!python/object/apply:os.system ["touch {marker}"]\n',
        "alias bomb": "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\nrules: []\n",
        "typo": "rules:\n  - id: my-rule\n    kind: cuont\n    description: x\n",
        "expression code": ("rules:\n  - id: e\n    kind: expression\n    description: x\n"
                            "    let: {a: {kind: count}}\n    assert: __import__('os').system('touch x') == 0\n"),
    }
    for name, text in hostile.items():
        reply = client.post("/v1/check", json={"text": "It rained 3 days.", "rules": [text]})
        error = reply.json()["error"]
        assert reply.status_code == 400 and error["exit_code"] == 2, name
        assert error["problems"] and error["problems"][0]["path"] == "rules[0]", name
        assert error["problems"][0]["line"] is not None, name
    assert not marker.exists()
    typo = client.post("/v1/rules/lint", json={"rules": [hostile["typo"]]}).json()["error"]["problems"]
    assert [(p["line"], p["column"]) for p in typo] == [(3, 5)] and "cuont" in typo[0]["message"]


def test_rule_text_cannot_redefine_a_rule_of_the_service(client):
    text = "rules:\n  - id: weekday-matches-date\n    kind: weekday\n    description: mine\n"
    problem = client.post("/v1/rules/lint", content=text.encode(),
                          headers={"content-type": "application/yaml"}).json()["error"]["problems"][0]
    assert "duplicate rule id" in problem["message"] and problem["line"] == 2


def test_lint_of_good_rules_and_the_rule_list(client):
    reply = client.post("/v1/rules/lint", json={"rules": [SEED_RULES.read_text()]})
    assert reply.status_code == 200 and reply.json() == {"rules": 5, "problems": []}
    listed = client.get("/v1/rules").json()["rules"]
    assert {"weekday-matches-date", "part-within-whole"} <= {r["id"] for r in listed}


def test_schemas_and_the_openapi_description_cover_every_route(client):
    assert "columns:" in client.get("/v1/schema/claims").text
    assert client.get("/v1/schema/rules").json()["$schema"]
    api = client.get("/openapi.json").json()
    assert api == json.loads(openapi_json()) and api["openapi"].startswith("3.")
    routes = {r.path for r in client.app.app.routes if r.path.startswith(("/v1", "/healthz"))}
    assert set(api["paths"]) == routes
    assert set(api["components"]["schemas"]["Article"]["properties"]) == set(JSON_KEYS)


def test_a_check_past_its_budget_gets_503_and_the_service_goes_on(service):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    with TestClient(create_app(service, Limits(budget=0.001))) as tight:
        reply = tight.post("/v1/check", json={"text": PLANTED_SEED * 20})
        assert reply.status_code == 503 and "budget" in reply.json()["error"]["message"]
        assert reply.headers["retry-after"] == "1"
        assert tight.get("/healthz").status_code == 200


def test_an_article_over_the_size_limit_gets_413(service, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    import checker.serve.requests as requests

    monkeypatch.setattr(requests, "MAX_ARTICLE_BYTES", 1000)
    with TestClient(create_app(service, Limits(max_body=5000))) as small:
        assert small.post("/v1/check", json={"text": "word " * 300}).status_code == 413
        assert small.post("/v1/check", content=b"x" * 6000, headers={"content-type": "text/plain"}).status_code == 413


def test_the_page_checks_a_pasted_article_with_javascript_off(client):
    page = client.get("/")
    assert page.status_code == 200 and '<form id="check" method="post" action="/"' in page.text
    assert "http://" not in page.text and "https://" not in page.text   # nothing from elsewhere
    assert "default-src 'self'" in page.headers["content-security-policy"]
    posted = client.post("/", data={"text": PLANTED_SEED, "rules": SEED_RULES.read_text()})
    findings = re.findall(r'<li class="finding sev-error"><a href="#d0-f(\d+)">', posted.text)
    linked = (rf'<a id="d0-f{findings[0]}"></a>(?:<a id="d0-f\d+"></a>)*'
              r'<mark id="d0-c\d+" class="claim kind-date flagged"[^>]*>Thursday</mark>')
    assert findings and re.search(linked, posted.text)   # the finding's link lands on its figure
    assert "response-same-day-as-caption" in posted.text and "Claims table" in posted.text


def test_the_page_draws_rule_problems_at_their_line_and_takes_an_upload(client):
    fragment = client.post("/page/result", data={"text": "It rained 3 days.",
                                                 "rules": "rules:\n  - id: x\n    kind: cuont\n"}).text
    assert '<span class="bad">  3     kind: cuont</span><span class="why">3:5: unknown rule kind' in fragment
    upload = client.post("/", files={"file": ("note.md", b"---\ndate: 2024-03-05\n---\nOn Tuesday, March 6, "
                                                         b"2024, it rained.\n")})
    # the upload's suffix picked Markdown, so its front matter gave the publication date
    assert "weekday-matches-date" in upload.text and "published 2024-03-05" in upload.text


def test_requests_checked_together_answer_as_each_alone(service):
    from checker.serve.requests import ArticleRequest, RequestError

    rules = SEED_RULES.read_text()
    requests = [ArticleRequest(text=PLANTED_SEED, id="a", rules=[rules]),
                ArticleRequest(text="It rained on Friday, April 12, 2024.", id="b", published=None),
                ArticleRequest(text="x", rules=["rules: [1"]),
                ArticleRequest(text=SEED.read_text(), id="c", rules=[rules])]
    together = service.check_many(requests)
    assert isinstance(together[2], RequestError) and together[2].problems[0].path == "rules[0]"
    for request, answer in zip(requests, together):
        if not isinstance(answer, RequestError):
            assert answer.body == service.check(request).body and answer.exit_code == service.check(request).exit_code


def test_waiting_checks_are_taken_together_and_the_rest_alone():
    import asyncio
    import threading

    from checker.serve.limits import CheckQueue

    gate, groups = threading.Event(), []

    def batch(items):
        groups.append(list(items))
        return [f"checked {i}" for i in items]

    class Owner:   # a bound method is made anew at each access: jobs must still be recognised as one kind
        def check_many(self, items):
            return batch(items)

    owner = Owner()

    async def scenario():
        queue = CheckQueue(Limits(queue=10))
        blocker = asyncio.ensure_future(queue.run(gate.wait))
        await asyncio.sleep(0.05)
        waiting = [asyncio.ensure_future(queue.run(None, n, batch=owner.check_many)) for n in range(5)]
        await asyncio.sleep(0.05)
        gate.set()
        answers = await asyncio.gather(blocker, *waiting)
        queue.close()
        return answers

    answers = asyncio.run(scenario())
    assert answers[1:] == [f"checked {n}" for n in range(5)] and groups == [[0, 1, 2, 3, 4]]


def test_a_full_queue_answers_503():
    import asyncio
    import threading

    from checker.serve.limits import CheckQueue
    from checker.serve.requests import RequestError

    gate = threading.Event()

    async def scenario():
        queue = CheckQueue(Limits(queue=1))
        held = [asyncio.ensure_future(queue.run(gate.wait)) for _ in range(2)]
        await asyncio.sleep(0.05)
        try:
            await queue.run(gate.wait)
        except RequestError as e:
            refused = e
        gate.set()
        await asyncio.gather(*held)
        queue.close()
        return refused

    refused = asyncio.run(scenario())
    assert refused.status == 503 and "busy" in refused.message


def test_serve_without_its_extra_says_what_to_install(run, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "uvicorn", None)   # as if figcheck[serve] were not installed
    code, _, err = run("serve", "--port", "0")
    assert code == 2 and "pip install 'figcheck[serve]'" in err and "uvicorn" in err


def test_a_raw_body_is_decoded_as_the_cli_decodes_a_file(client, run, tmp_path):
    article = "date 2024-03-05\nOn Tuesday, March 6, 2024, the river rose 2 metres.\n".encode("utf-16")
    (tmp_path / "a.txt").write_bytes(article)
    reply = client.post(f"/v1/check?id={tmp_path / 'a.txt'}", content=article, headers={"content-type": "text/plain"})
    assert reply.status_code == 200 and reply.text == _cli_json(run, tmp_path / "a.txt")
    binary = client.post("/v1/check", content=b"a\x00b", headers={"content-type": "text/plain"})
    assert binary.status_code == 400 and "NUL" in binary.json()["error"]["message"]
