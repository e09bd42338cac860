"""What the shipped corpus (seeds/) yields, for tests that build it: one number, checked against
the answer key by `make eval`."""

SEED_MEETINGS = 21  # marts.fct_meetings rows built from seeds/ (the key's events, all found)
