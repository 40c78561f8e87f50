"""How news ranks the figures of a contest: the winner's ("won with 25.7%", "topped the poll with"),
a place ("came in second with", "finished third with"), and a list that follows ("followed by A, 2:05:46,
and B, 2:05:48")."""
from __future__ import annotations

WINNER_VERBS = ("won", "wins", "winning", "winner", "topped", "led", "came first", "came in first", "finished first",
                "placed first", "took first place", "won the race", "was first")
PLACE_VERBS = ("came", "came in", "finished", "placed", "ended", "coming", "coming in", "finishing", "was", "took")
PLACES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
          "tenth": 10}
FOLLOWED = ("followed by", "followed closely by", "followed narrowly by", "trailed by", "ahead of")
