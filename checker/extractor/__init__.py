"""Text -> claim rows -> one validated claims frame."""
from __future__ import annotations

from typing import Iterable

from ..documents import Document
from .claims import extract_rows


def document_rows(doc: Document) -> list[dict]:
    """Claim rows of one document, with its id and line/column positions."""
    rows = extract_rows(doc)
    for row in rows:
        row["doc"] = doc.id
        row["line"], row["column"] = doc.position(row["start"])
    return rows


def claims_frame(docs: Iterable[Document]):
    """One validated claims frame for a chunk of documents (one pandera call per chunk)."""
    from ..schema import to_frame

    rows: list[dict] = []
    for doc in docs:
        rows.extend(document_rows(doc))
    return to_frame(rows)
