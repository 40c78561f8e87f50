"""What the relation families share: whether two figures are of the same sort, and paragraph breaks."""
from __future__ import annotations

import re

# A blank line between two figures: news paragraphs, the unit most cross-sentence relations stay in.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

def fits(a: dict, b: dict) -> bool:
    """Two figures of the same sort: kind, unit (or both lengths, masses ...), compatible nouns."""
    if a["kind"] != b["kind"]:
        return False
    if a["kind"] in ("quantity", "duration"):
        from ..units import same_dimension

        return same_dimension(a.get("unit"), b.get("unit"))
    if a.get("unit") != b.get("unit"):
        return False
    if a["kind"] == "money":   # "2.22 dlrs a share" is not "1,811,000 dlrs"
        return a.get("noun") == b.get("noun")
    return a.get("noun") is None or b.get("noun") is None or a["noun"] == b["noun"]
