"""Words that point back to a figure already given: "this has dropped to 56 percent", "That showed a 93%
increase from 88 deaths", "which rose to 12"."""
from __future__ import annotations

ANAPHORS = ("this", "that", "it", "which", "these", "those", "the figure", "the number", "the total", "the rate",
            "the share", "the toll")
RISE_VERBS = ("rose", "risen", "has risen", "climbed", "increased", "has increased", "grew", "has grown", "jumped",
              "surged", "soared", "went up", "has gone up", "has climbed")
FALL_VERBS = ("fell", "fallen", "has fallen", "dropped", "has dropped", "declined", "has declined", "decreased",
              "has decreased", "slipped", "shrank", "has shrunk", "went down", "has gone down", "plunged", "slid")
SHOWED_VERBS = ("showed", "shows", "was", "is", "marked", "marks", "represented", "represents", "meant", "means")
CHANGE_NOUNS_UP = ("increase", "rise", "jump", "gain")
CHANGE_NOUNS_DOWN = ("decrease", "fall", "drop", "decline")
