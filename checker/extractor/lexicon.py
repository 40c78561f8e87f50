"""Parts of speech and lemmas of English words, from lemminflect's bundled lexicon (no model, no
download): enough to tell where a noun phrase after a figure ends ("60 commercial fishermen earn")
and to lemmatise its words ("the richest leagues" -> "rich league").
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _lemmas():
    import lemminflect   # its lexicon loads on first use (about 0.3 s), only when text is read

    return lemminflect.getAllLemmas


@functools.lru_cache(maxsize=65536)
def parts(word: str) -> frozenset[str]:
    """The parts of speech the lexicon knows for `word` ("NOUN", "VERB", "ADJ", ...); empty if unknown."""
    found = _lemmas()(word)
    if not found and word[:1].isupper():
        found = _lemmas()(word.lower())
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
def lemma(word: str, part: str) -> str:
    """The lexicon's lemma of `word` as `part`, lower case; the word itself if it has none."""
    found = _lemmas()(word, upos=part) or _lemmas()(word.lower(), upos=part)
    return (found[part][0] if found.get(part) else word).lower()


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The word in lower case with its lemmas as a verb, a noun and an adjective: two words are the
    same word when their sets meet ("trusted" and "trust", "fell" and "fall")."""
    found = parts(word)
    return frozenset({word.lower(), *(lemma(word, p) for p in ("VERB", "NOUN", "ADJ") if p in found)})


def only_verb_or_adverb(word: str) -> bool:
    """A known word that cannot be a noun or an adjective: it ends a noun phrase."""
    found = parts(word)
    return bool(found) and not found & {"NOUN", "ADJ", "PROPN"}
