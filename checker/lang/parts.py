"""Words that close a list of parts: "the remaining 1", "the other two delegates", "the rest, 12"."""
from __future__ import annotations

REMAINDER = ("the remaining", "remaining", "the other", "the last", "the rest of the", "the remainder of the",
             "the final")
