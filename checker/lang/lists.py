"""The words of an enumeration: what introduces the items a count names ("three countries: ...",
"the nine provinces holding polls are ...") and the small words inside a name ("Bank of England")."""
from __future__ import annotations

LIST_OPENERS = (":", "—", "–", " - ", "--", ",", "are", "were", "was", "is", "namely", "such as", "including",
                "among them", "include", "included")
PARTIAL_OPENERS = ("including", "among them", "include", "included", "such as")
NAME_PARTICLES = ("of", "de", "del", "della", "da", "di", "do", "dos", "van", "von", "der", "den", "la", "le",
                  "al", "el", "bin", "ibn", "y", "and the", "the")
