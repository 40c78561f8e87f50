"""`figcheck lsp`: findings in an editor, over the Language Server Protocol (stdio).

    checks.py       documents as the editor holds them -> the CLI's pipeline -> findings, claims
    positions.py    offsets <-> LSP positions (UTF-16 by default), HTML source spans
    diagnostics.py  findings -> diagnostics (related figures, rule links, suppression actions)
    hover.py        how figcheck read the figure under the cursor
    rulefiles.py    rule files: located problems, completion from the rule-kind registry
    server.py       the pygls server: a thin shell over the modules above

Only server.py imports pygls; the others are plain functions over lsprotocol's types, tested directly.
"""
