"""`figcheck serve`: the checks over HTTP and a web page, as thin shells over the pipeline.

    requests.py  what a client sends -> an ArticleRequest (or a RequestError with its status)
    service.py   the checks themselves, no web framework: rules loaded once, the CLI's reporters
    limits.py    body size, send time, check time budget, and the bounded queue of checks
    app.py       the Starlette application: routes, JSON errors, request logs
    page.py      the web page at / (static/app.js updates it as you type)
    openapi.py   the OpenAPI description at /openapi.json
    server.py    uvicorn, with the options of `figcheck serve`
"""
