"""Numerals as written, for stages on either side of the claims frame."""
from __future__ import annotations

import unicodedata


def significant_digits(numeral: str) -> str:
    """The digits of a numeral without leading or trailing zeros, in any script's digits: what a
    translation keeps whatever its scale words ("7.000" millones and "7" billion are both 7;
    "11465" and "11.465" both 11465)."""
    digits = "".join(str(unicodedata.decimal(c)) for c in numeral if c.isdigit())
    return digits.strip("0") or "0"
