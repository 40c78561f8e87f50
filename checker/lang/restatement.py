"""Words that decide whether two figures state the same fact: the words that say where a figure
stands in its clause (its role), words that set one occurrence of a thing apart from another, and
words too general to say what a figure is about."""
from __future__ import annotations

# The preposition before a figure gives its role: "from 28.3%" and "to 19.3%" are two ends of one
# change, never restatements of each other.
ROLES = ("from", "to", "by", "until", "till", "since", "before", "after", "between", "and", "in", "at", "of",
         "on", "for", "with", "than", "over", "under", "or")
# A role that sets a figure apart: two figures restate each other only in the same one of these.
# ("fell 6.4%, or 486.18 points, to close at 7,162.90": the points, the level.)
DISTINCT_ROLES = frozenset({"from", "to", "by", "until", "till", "since", "before", "after", "between", "and",
                            "than", "at", "or"})
# Hedges and fillers allowed between the role word and the figure ("to around 5 percent").
HEDGES = ("about", "around", "nearly", "almost", "some", "over", "under", "more than", "less than", "at least",
          "at most", "just", "only", "roughly", "approximately", "an estimated", "a", "an", "the")
# Words that tell one occurrence of a thing from another: "the second quake", "a further reduction".
OCCURRENCE = frozenset({"first", "second", "third", "fourth", "fifth", "another", "next", "previous", "last",
                        "earlier", "later", "other", "new", "latest", "former", "further", "additional", "again",
                        "each", "both", "respectively"})
# Words that say nothing about what a figure is: units of counting, scale words, reporting verbs.
GENERAL = frozenset({"per", "cent", "percent", "pct", "also", "than", "about", "around", "nearly", "almost", "over",
                     "under", "more", "less", "least", "million", "billion", "thousand", "trillion", "year", "years",
                     "said", "say", "says", "according", "told", "reported", "total", "number", "figure", "some"})
