"""quantulum3, the widely used Python quantity extractor, as the benchmarks' speed baseline.

An optional benchmark extra (`pip install quantulum3`), never a dependency of figcheck.
"""
from __future__ import annotations


def parser():
    """quantulum3's parser, warmed up (its first call loads its models), or None if not installed."""
    try:
        import warnings

        warnings.filterwarnings("ignore")   # its scikit-learn pickles warn on every load
        from quantulum3 import parser as quantities
    except ImportError:
        return None
    quantities.parse("warm up: 3 miles")
    return quantities
