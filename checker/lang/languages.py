"""What tells an English passage from one in another language: English function words (the words a
sentence of any subject is built with) and the writing systems English is not written in."""
from __future__ import annotations

# The commonest English function words: in running English they are a third or more of the words;
# in a Spanish, French or German passage almost none ("a", "in" and "die" are shared, and rare
# enough).
ENGLISH_FUNCTION_WORDS = frozenset("""
a about after all also an and any are as at be because been before but by can could did do does
for from had has have he her here his how i if in into is it its just more most my no not now of on
one only or our out over said says she so some than that the their them then there these they this
those to up was we were what when where which while who will with would you your
""".split())

# Scripts (the first word of a character's Unicode name) in which English is not written.
OTHER_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "CYRILLIC", "GREEK", "HEBREW",
                           "DEVANAGARI", "BENGALI", "THAI", "GEORGIAN", "ARMENIAN", "TAMIL", "ETHIOPIC"})

# Function words of the languages most often quoted beside an English translation in news (articles,
# pronouns, conjunctions, prepositions), less any that are English words too ("a", "in", "die" kept
# out where they would count for English as well). Three or more of one list, and more than twice the
# English ones, mark a passage as written in that language.
_OTHER = {
    "es": """el la los las lo del al de que y o pero porque como cuando donde quien ya muy más también
             sin sobre entre hasta desde durante para por según contra hacia tras ante con una unos unas
             es son fue ser está están hay su sus se nos les él ella ellos esto esta este estos estas ese
             esa eso qué cómo ni otro otra sólo solo""",
    "fr": """le la les des du et ou mais donc car est sont été être avec pour dans sur sous chez par
             une il elle ils elles nous vous leur leurs ce cette ces qui que qu pas plus ne se son sa ses
             aux au comme très aussi""",
    "de": """der die das den dem des und oder aber nicht mit von zu zum zur ein eine einer einen auf
             für sich im ist sind war wird werden wurde hat haben ich er sie wir ihr es auch als wie bei
             nach aus noch nur über""",
    "it": """il lo la gli le di del della dei delle che e è non con per una uno nel nella si sono
             come più ma anche questo questa alla al dal dalla essere stato""",
    "pt": """o os as do da dos das que e em um uma para com não por se na no nos mais como mas foi ao
             ele ela sua seu são está pelo pela""",
    "nl": """de het een en van is dat op te zijn voor met niet aan er maar om ook als dan bij uit door
             naar wordt werd""",
}
FUNCTION_WORDS = {code: frozenset(words.split()) - ENGLISH_FUNCTION_WORDS for code, words in _OTHER.items()}
