"""How news states a person's age: cue words before the number ("died at the age of 91", "aged 54")
and the verbs of "Conyers ... was 90." (a person's name or pronoun, a verb, the number, the clause's end)."""
from __future__ import annotations

AGE_CUES = ("at the age of", "at age", "aged", "age", "died at", "dead at", "passed away at")
AGE_VERBS = ("was", "is", "is now", "turned", "turns", "would have been", "would have turned")
PRONOUNS = ("he", "she")
BIRTH_CUES = ("born", "was born", "b.")
# An age with no date in its sentence is as of publication only when the sentence is about now or
# about the death an obituary reports ("died at 91", "is 45"); "when she was ten" is some other day.
NOW_CUES = ("died", "dies", "death", "passed away", "was killed", "is", "turns", "turned", "now", "has died")
