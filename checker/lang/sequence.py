"""Words that join the ends of a run of dates ("1987 to 2017", "from 2005 until 2021"), and words
that place one moment a span after or before another: "two hours later", "four hours after the polls
closed", "ten minutes earlier", "90 minutes before the kick-off"."""
from __future__ import annotations

LATER = ("later", "after", "afterwards", "afterward", "following")
EARLIER = ("earlier", "before", "previously", "prior to", "ahead of", "beforehand")
RANGE_WORDS = ("to", "until", "till", "through", "thru")
BETWEEN = "between"   # "between 1994 and 2002": "and" joins a run only after it
