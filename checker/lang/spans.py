"""Words that set a span of time between two dates the text names: "a decade later, in 2008", "eight
years earlier, at the 1972 convention"."""
from __future__ import annotations

LATER = ("later", "afterwards", "afterward", "on")
EARLIER = ("earlier", "before", "previously", "prior")
