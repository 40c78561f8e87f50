"""uvicorn running the app with the options of `figcheck serve`. With several workers each process
loads the rules itself (uvicorn starts them from an import string), so the options travel in one
environment variable."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict

from .limits import Limits

OPTIONS_VARIABLE = "FIGCHECK_SERVE_OPTIONS"
# Connections past this many are answered 503 by uvicorn itself, before any work.
MAX_CONNECTIONS = 100


def app_from_options(options: dict):
    from .app import create_app
    from .service import Service

    service = Service.from_options(options["rules"], options["config"], options["defaults"])
    service.warm()
    return create_app(service, Limits(**options["limits"]))


def app_from_environment():
    """The factory uvicorn's worker processes call."""
    return app_from_options(json.loads(os.environ[OPTIONS_VARIABLE]))


def run(host: str, port: int, rules=(), config: str | None = None, defaults: bool = True, workers: int = 1,
        limits: Limits | None = None, log_level: str = "info") -> None:
    import uvicorn

    options = {"rules": list(rules), "config": config, "defaults": defaults, "limits": asdict(limits or Limits())}
    app = app_from_options(options)   # a bad rule file or configuration stops here, before binding
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = dict(host=host, port=port, log_level=log_level, access_log=False, limit_concurrency=MAX_CONNECTIONS,
                    timeout_keep_alive=5, server_header=False)
    if workers > 1:
        os.environ[OPTIONS_VARIABLE] = json.dumps(options)
        uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers, **settings)
    else:
        uvicorn.run(app, **settings)
