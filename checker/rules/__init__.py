"""The rule engine: YAML rule files -> Rule objects -> findings over a claims frame."""
