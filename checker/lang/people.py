"""Nouns for people, so that "20 bodies, eleven women and nine men" reads as a total and its parts:
the whole names people in general, the parts name kinds of people."""
from __future__ import annotations

PEOPLE = ("person", "people", "body", "victim", "casualty", "death", "dead", "passenger", "resident", "worker",
          "survivor", "patient", "case", "injury", "injured", "fatality", "migrant", "refugee", "student",
          "employee", "member", "player", "athlete", "candidate", "delegate", "hostage", "prisoner", "detainee",
          "soldier", "civilian", "occupant", "individual", "child", "adult")
KINDS_OF_PEOPLE = ("man", "woman", "child", "boy", "girl", "adult", "male", "female", "minor", "teenager", "teen",
                   "infant", "baby", "toddler", "elder", "pensioner", "crew", "passenger", "pilot", "driver",
                   "soldier", "civilian", "officer", "policeman", "firefighter", "student", "teacher", "tourist",
                   "foreigner", "national", "citizen", "local", "resident", "worker", "nurse", "doctor")
