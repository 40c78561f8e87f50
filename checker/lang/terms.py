"""Nouns that a date names the term of, not an event: "the 8.50 pct June 1997 tap", "November 2002
stock", "a July 1, 1988, date", "the 2010 deadline", "March delivery"."""
from __future__ import annotations

TERM_NOUNS = ("tap", "stock", "stocks", "bond", "bonds", "note", "notes", "paper", "issue", "maturity", "maturities",
              "deadline", "date", "target", "expiry", "expiration", "contract", "contracts", "futures", "delivery",
              "deliveries", "shipment", "shipments", "option", "options", "gilt", "gilts", "treasuries", "loan", "loans")
