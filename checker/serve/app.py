"""The ASGI application of `figcheck serve` (Starlette): routes, error replies, request logs.

Every route is a thin shell over `Service` (service.py); a bad request gets JSON naming the problem
and the CLI exit code it corresponds to, and never a traceback. Logs name a request (id, route,
status, time, size), never its text.
"""
from __future__ import annotations

import contextlib
import logging
import time
import uuid
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..resources import data_dir
from . import page
from .openapi import openapi_json
from .limits import CheckQueue, Limits, read_body
from .requests import RequestError, json_body, read
from .service import Answer, Service

log = logging.getLogger("figcheck.serve")
STATIC = Path(__file__).parent / "static"
# Nothing from elsewhere: the page's script, style and images all come from this service.
SECURITY_HEADERS = {"content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                                               "frame-ancestors 'none'",
                    "x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}


def _error(e: RequestError) -> JSONResponse:
    headers = {"retry-after": "1"} if e.status == 503 else {}
    return JSONResponse(e.to_json(), status_code=e.status, headers=headers)


def _json(answer: Answer) -> Response:
    return Response(answer.body, media_type="application/json",
                    headers={"figcheck-exit-code": str(answer.exit_code)})


def create_app(service: Service, limits: Limits | None = None) -> Starlette:
    limits = limits or Limits()
    checks = CheckQueue(limits)

    async def article(request: Request):
        body = await read_body(request, limits)
        return read(body, request.headers.get("content-type", ""), dict(request.query_params))

    async def check(request: Request):
        return _json(await checks.run(service.check, await article(request), batch=service.check_many))

    async def extract(request: Request):
        return _json(await checks.run(service.extract, await article(request)))

    async def lint(request: Request):
        body = await read_body(request, limits)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        texts = _rule_texts(body) if kind == "application/json" else [_yaml_text(body)]
        return _json(await checks.run(service.lint, texts))

    async def rules(_request: Request):
        return _json(service.rules())

    async def health(_request: Request):
        return JSONResponse({"status": "ok", "version": __version__, "rules": len(service.ruleset.rules),
                             "checks_waiting": checks.admitted})

    async def claims_schema(_request: Request):
        return Response((data_dir("schemas") / "claims.schema.yaml").read_text(), media_type="application/yaml")

    async def rules_schema(_request: Request):
        return Response((data_dir("schemas") / "rules.schema.json").read_text(), media_type="application/json")

    async def openapi(_request: Request):
        return Response(openapi_json(), media_type="application/json")

    async def home(request: Request):
        if request.method == "GET":
            return HTMLResponse(page.full(page.Form()))
        form = await page.read_form(request, limits)
        return HTMLResponse(page.full(form, await checks.run(page.result, service, form)))

    async def fragment(request: Request):
        form = await page.read_form(request, limits)
        return HTMLResponse(await checks.run(page.result, service, form))

    routes = [
        Route("/", home, methods=["GET", "POST"]),
        Route("/page/result", fragment, methods=["POST"]),
        Route("/healthz", health),
        Route("/openapi.json", openapi),
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/extract", extract, methods=["POST"]),
        Route("/v1/rules/lint", lint, methods=["POST"]),
        Route("/v1/rules", rules),
        Route("/v1/schema/claims", claims_schema),
        Route("/v1/schema/rules", rules_schema),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(_app):
        yield
        checks.close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_exception_handler(RequestError, _request_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _internal)
    return RequestLog(app)


def _request_error(_request, e: RequestError) -> JSONResponse:
    return _error(e)


def _http_error(_request, e: HTTPException) -> JSONResponse:
    return _error(RequestError(e.status_code, e.detail))


def _internal(_request, e: Exception) -> JSONResponse:
    # The traceback's last frame, never its locals or the request's text.
    frame = e.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    where = f" at {Path(frame.tb_frame.f_code.co_filename).name}:{frame.tb_lineno}" if frame else ""
    log.error("internal error %s%s", type(e).__name__, where)
    return _error(RequestError(500, f"internal error: {type(e).__name__}"))


def _yaml_text(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")   # as rule files are read (yamlfile.read)
    except UnicodeDecodeError as e:
        raise RequestError(400, f"body is not UTF-8 (invalid byte at offset {e.start})") from None


def _rule_texts(body: bytes) -> list[str]:
    data = json_body(body)
    texts = data.get("rules") if isinstance(data, dict) else None
    texts = [texts] if isinstance(texts, str) else texts
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        raise RequestError(400, "body must be {\"rules\": [YAML text, ...]}")
    return texts


class RequestLog:
    """ASGI middleware: an id for every request (the `x-request-id` reply header), the safety headers,
    and one log line when it is answered."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request_id, began, status, size = uuid.uuid4().hex[:12], time.perf_counter(), [0], [0]

        async def send_logged(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode()),
                                      *((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]
            elif message["type"] == "http.response.body":
                size[0] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_logged)
        except Exception:  # noqa: BLE001 - answered (500) and logged by _internal already
            if not status[0]:
                raise
        finally:
            log.info("%s %s %s %d %.1fms %dB", request_id, scope["method"], scope["path"], status[0],
                     (time.perf_counter() - began) * 1000, size[0])
