"""Language data: word lists and tables, apart from the grammar that uses them (as dateparser keeps
its language data apart from parsing). Modules here hold data and the lookups over it, nothing else."""

import re as _re


def alt(words) -> str:
    """A regex alternation of word-list entries, longest first, a space in an entry matching any run
    of white space: the one way grammar modules turn this layer's lists into patterns."""
    return "|".join(_re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
