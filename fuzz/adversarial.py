"""Time extraction on 1 MB adversarial inputs (repeated separators, digits, dates, brackets ...).

    python fuzz/adversarial.py

Prints size, claims and seconds per input; a quadratic pattern shows up as minutes. A measurement,
not a test: no timing assertion anywhere.
"""
import time, sys
from checker import extract
N = 1_000_000
cases = {
    "digits": "9" * N, "comma-digits": "1," * (N // 2), "dot-digits": "1." * (N // 2),
    "spaced-digits": "1 " * (N // 2), "letters": "a" * N, "words": "one two " * (N // 8),
    "weekdays": "on Monday, " * (N // 11), "months": "May 5, " * (N // 7), "parens": "(" * N,
    "hyphens": "-" * N, "percent": "5% " * (N // 3), "at": "@" * N, "dollars": "$" * N,
    "mixed": "It killed 12 people, 5 of them in Velmar, on Friday, April 12. " * (N // 64),
    "no-space": ("x1" * (N // 2)), "nbsp": "2\u00a0" * (N // 2), "urls": "www." * (N // 4),
}
for name, text in cases.items():
    t = time.time()
    frame = extract(text, published="2025-04-17")
    print(f"{name:14s} {len(text)/1e6:.1f} MB {len(frame):7d} claims {time.time()-t:6.1f} s", flush=True)
