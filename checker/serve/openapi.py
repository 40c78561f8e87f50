"""The OpenAPI 3.1 description of `figcheck serve` (served at /openapi.json; docs/serve.md explains)."""
from __future__ import annotations

import json
from functools import lru_cache

from .. import __version__
from .requests import CONTENT_TYPES, FORMATS

ERROR = {"$ref": "#/components/schemas/Error"}


def _reply(description: str, media: str = "application/json", schema: dict | None = None) -> dict:
    return {"description": description, "content": {media: {"schema": schema or {"type": "object"}}}}


def _errors(*statuses: int) -> dict:
    meaning = {400: "bad input or rule text (exit code 2), with each problem's line:col",
               408: "the body took too long to arrive", 413: "body or article over its size limit",
               415: "unsupported content type", 500: "internal error (exit code 3), no traceback",
               503: "busy or over the time budget; retry after the Retry-After header's seconds"}
    return {str(s): _reply(meaning[s], schema=ERROR) for s in statuses}


ARTICLE_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/Article"}},
        **{media: {"schema": {"type": "string"}} for media in CONTENT_TYPES},
    },
}
ARTICLE_QUERY = [
    {"name": "published", "in": "query", "schema": {"type": "string", "format": "date"},
     "description": "publication date, for a raw-text body"},
    {"name": "id", "in": "query", "schema": {"type": "string"}, "description": "document id, for a raw-text body"},
]
EXIT_HEADER = {"figcheck-exit-code": {"schema": {"type": "integer", "enum": [0, 1]},
                                      "description": "what `figcheck check` would exit with for this input"}}


@lru_cache(maxsize=1)
def openapi_json() -> str:
    article_post = {"requestBody": ARTICLE_BODY, "parameters": ARTICLE_QUERY}
    paths = {
        "/v1/check": {"post": {**article_post, "summary": "Check an article: the JSON report of `figcheck check`",
                               "responses": {"200": {**_reply("the JSON contract v1 document"), "headers": EXIT_HEADER},
                                             **_errors(400, 408, 413, 415, 500, 503)}}},
        "/v1/extract": {"post": {**article_post, "summary": "The claims, as `figcheck extract --format json`",
                                 "responses": {"200": _reply("a list of claims", schema={"type": "array"}),
                                               **_errors(400, 408, 413, 415, 500, 503)}}},
        "/v1/rules/lint": {"post": {
            "summary": "Every problem in rule texts, located at rules[N]:line:col",
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": {"type": "object", "required": ["rules"],
                                                "properties": {"rules": {"type": "array", "items": {"type": "string"}}}}},
                "application/yaml": {"schema": {"type": "string"}}}},
            "responses": {"200": _reply("no problems"), **_errors(400, 408, 413, 500, 503)}}},
        "/v1/rules": {"get": {"summary": "The rules this service runs", "responses": {"200": _reply("rules")}}},
        "/v1/schema/claims": {"get": {"summary": "The claims schema (pandera YAML)",
                                      "responses": {"200": _reply("schema", "application/yaml", {"type": "string"})}}},
        "/v1/schema/rules": {"get": {"summary": "The JSON Schema of rule files",
                                     "responses": {"200": _reply("JSON Schema")}}},
        "/healthz": {"get": {"summary": "Liveness: version, rule count, checks waiting",
                             "responses": {"200": _reply("ok")}}},
    }
    components = {"schemas": {
        "Article": {"type": "object", "required": ["text"], "additionalProperties": False, "properties": {
            "text": {"type": "string"}, "published": {"type": "string", "format": "date"},
            "format": {"type": "string", "enum": list(FORMATS), "default": "txt"},
            "rules": {"type": "array", "items": {"type": "string"}, "description": "rule files' YAML text"},
            "id": {"type": "string", "description": "document id, the `path` of the report"}}},
        "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
            "status": {"type": "integer"}, "exit_code": {"type": "integer"}, "message": {"type": "string"},
            "problems": {"type": "array", "items": {"type": "object", "properties": {
                "path": {"type": ["string", "null"]}, "line": {"type": ["integer", "null"]},
                "column": {"type": ["integer", "null"]}, "message": {"type": "string"}}}}}}}},
    }}
    return json.dumps({"openapi": "3.1.0", "info": {"title": "figcheck serve", "version": __version__},
                       "paths": paths, "components": components}, indent=1) + "\n"
