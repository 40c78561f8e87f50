"""Function words, left out when two figures' contexts are compared (what they say, not how)."""
from __future__ import annotations

STOPWORDS = frozenset("""a an the and or but of in on at to for from by with as is are was were be been being has
have had do does did will would can could should may might must it its this that these those there here
their they them he she his her we our you your i me my not no so than then also about over under into out
up down more most less least some any all each per very just only such what which who whom whose when
where while if because since until after before during between among around off said says say""".split())
