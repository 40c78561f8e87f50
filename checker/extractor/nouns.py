"""What a figure counts (the head noun, as a singular lemma) and where (a place the text names).

No parser model: a short scan of the words after the figure, stopping at function words, verbs and
punctuation, taking the last content word before the stop as the head; "of" is followed through
containers ("sets of strikes") and partitives ("one of its occupants").
"""
from __future__ import annotations

import re

from . import lexicon, units
from .numbers import WORD_VALUES

STOP = set("""
of in on at to from for with by against after before during since until over under across into
per than as about between among through near like including within without toward towards via
and or but nor while who which that whom whose where when because if so yet
the a an its their his her this these those it they we he she them us our your my some all each
both any every other another such
is are was were be been being have has had will would could should can may might must do does did
said says say saying told tell according
also more less fewer ago earlier later apiece alone only just still already even then there here
not no yes very too almost nearly around roughly up down whilst
ahead behind above below apart clear short present each apiece away respectively
""".split())
# "a 24,000-strong force": a hyphenated word after the figure that is not what is counted.
COMPOUND_ADJECTIVES = {"strong", "odd", "plus", "fold", "something", "long", "old", "high", "wide",
                       "tall", "deep", "thick", "based", "run", "time", "times", "way", "ish"}
DETERMINERS = set("the a an its their his her this these those our your my some all each both".split())
# Pronouns that stand for counted things ("14 of them"); "two of us" counts people, not a figure.
PRONOUNS = {"them", "those", "these", "which", "whom"}
PERSONAL = {"us", "you", "it", "mine", "ours", "yours"}
# Words that name a collection: "sets of strikes" counts strikes, "a number of militants" militants.
CONTAINERS = {"set", "sets", "series", "group", "groups", "number", "numbers", "wave", "waves",
              "round", "rounds", "batch", "batches", "pair", "pairs", "couple", "lot", "lots",
              "kind", "kinds", "type", "types", "piece", "pieces", "dozen", "dozens", "hundreds",
              "thousands", "millions", "billions", "tens", "scores", "bunch", "string", "spate",
              "total", "tally", "count"}
# Containers that never end a phrase as what is counted ("dozens" alone is a vague count).
VAGUE_CONTAINERS = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores",
                    "number", "numbers", "total", "tally", "count", "lot", "couple"}
VERBS = {"said", "says", "died", "killed", "were", "was", "is", "are", "have", "has", "had",
         "remain", "remained", "remains", "took", "take", "takes", "got", "get", "gets", "made",
         "make", "makes", "came", "come", "went", "go", "left", "fled", "lost", "won", "saw",
         "became", "become", "rose", "fell", "hit", "held", "hold", "told", "gave", "face",
         "faced", "need", "needed", "work", "worked", "works", "live", "lived", "lives",
         # irregular past tenses, which the "-ed" test misses
         "grew", "drew", "threw", "knew", "sold", "bought", "paid", "spent", "built", "sent", "kept",
         "found", "began", "ran", "stood", "led", "met", "fought", "struck", "flew", "rode", "wrote",
         "spoke", "chose", "froze", "drove", "ate", "shot", "sank", "shrank", "fled", "won", "lost",
         "brought", "caught", "taught", "thought", "felt", "meant", "heard", "held", "lay", "slept",
         "quit", "shut", "hurt", "spread"}
IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
             "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
             "criteria": "criterion", "phenomena": "phenomenon", "indices": "index",
             "analyses": "analysis", "crises": "crisis", "lives": "life", "wives": "wife",
             "knives": "knife", "halves": "half", "thieves": "thief", "leaves": "leaf",
             "personnel": "personnel", "police": "police", "staff": "staff", "data": "data",
             "media": "media", "series": "series", "species": "species", "news": "news",
             "aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "cattle": "cattle",
             "troops": "troop", "casualties": "casualty", "bus": "bus", "gas": "gas"}
NOT_PLURAL_S = ("ss", "us", "is", "ous", "ics", "sis")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[.-][A-Za-z]+)+\.?|[A-Za-z][A-Za-z'’]*|\d[\d,.]*|[^\w\s]")


def lemma(word: str) -> str:
    """Singular lower-case lemma of a noun: injuries -> injury, troops -> troop, people -> person."""
    w = word.lower().strip(".'’")
    if w in IRREGULAR:
        return IRREGULAR[w]     # before the length test: "men" -> "man"
    if "." in w or len(w) <= 3:
        return w
    if "NOUN" in lexicon.parts(w):
        return lexicon.lemma(w, "NOUN")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(NOT_PLURAL_S):
        return w[:-1]
    return w


# A word that may follow a number inside a name ("Model 3 sedans", "737 Max"); not a scale letter.
_NAME_PART = re.compile(r"(?!(?:[MKBmkb]|bn|mn|tn)\b)[A-Za-z][\w'’-]*")


def words_after(text: str, pos: int, limit: int = 12) -> list[re.Match]:
    out = []
    for m in _WORD.finditer(text, pos):
        out.append(m)
        if len(out) >= limit:
            break
    return out


# "the population grew to 5.62 million", "a death toll of 45": a noun before the figure names what
# it counts, whatever word follows the figure ("1.4 million accounts for ...").
NOUN_BEFORE = re.compile(
    r"\b(?P<noun>population|workforce|membership|electorate|turnout|attendance|enrol(?:l)?ment|headcount|"
    r"death\s+toll|toll)\s+(?:(?:has|had|have|was|is|were|now)\s+)?(?:of|to|at|was|is|were|reached|hit|"
    r"(?:grew|rose|fell|climbed|dropped|jumped|increased|decreased|declined|shrank)\s+to|stood\s+at|"
    r"totall?ed)\s+$", re.IGNORECASE)


def noun_before(text: str, start: int) -> str | None:
    m = NOUN_BEFORE.search(text, max(0, start - 50), start)
    if not m:
        return None
    noun = m.group("noun").lower()
    return "death" if noun.startswith("death") else lemma(noun)


def head_noun(text: str, pos: int, many: bool = False) -> tuple[str | None, str | None, str | None, int]:
    """(lemma of the counted noun, how it was found, the noun phrase, where the phrase ends) for a
    figure ending at `pos`.

    The second value is "pronoun" for "14 of them" (the caller resolves it to an antecedent),
    "noun" when a noun was read, None when nothing follows (ellipsis: "2,500 in Iraq"). The phrase
    keeps the modifiers, lemmatised: "four different bosses" -> "different boss". With `many` (a
    figure above one), a singular head means the figure counts a modifier: "a 12 page document"
    counts pages, "a 35 basis point cut" basis points.
    """
    toks = words_after(text, pos)
    words: list[str] = []
    ends: list[int] = []     # where each of `words` ends in the text
    superlative = False
    i = 0
    while i < len(toks):
        word = toks[i].group()
        low = word.lower()
        if not words and word[0].isdigit() and units.measure_follows(text, toks[i].end()):
            unit = units.UNIT_RE.match(text, toks[i].end())
            if unit is None:
                return None, None, None, pos     # a percentage ("10 pct capital bonds"): nothing read
            while i < len(toks) and toks[i].start() < unit.end():
                i += 1     # "two million 500ml cans": a measure before the noun is a modifier
            continue
        if word.isdigit() and i + 1 < len(toks) and _NAME_PART.fullmatch(toks[i + 1].group()) \
                and (words and words[-1][:1].isupper() or toks[i + 1].group()[:1].isupper()):
            words.append(word)     # a name with a number in it: "8000 Series 5 tractors", "three new 320 Neo planes"
            ends.append(toks[i].end())
            i += 1
            continue
        if not word[0].isalpha():
            if word == "-" and not words and i == 0:
                # "38-game season" counts games; "13-member council" members.
                nxt = toks[1].group() if len(toks) > 1 else ""
                if nxt[:1].isalpha() and nxt.lower() not in COMPOUND_ADJECTIVES and toks[1].start() == toks[0].end():
                    return lemma(nxt), "noun", lemma(nxt), toks[1].end()
                i += 1
                continue
            break
        if low == "of" and (not words or words[-1].lower() in CONTAINERS):
            i += 1
            while i < len(toks) and toks[i].group().lower() in DETERMINERS:
                i += 1
            if i < len(toks) and toks[i].group().lower() in PRONOUNS:
                return None, "pronoun", None, pos
            if i < len(toks) and toks[i].group() in PERSONAL:     # "of us"; "of US troops" goes on
                return None, None, None, pos
            words, ends = [], []
            continue
        if not words and (low in DEGREE or low in WORD_VALUES):   # "one of the most patient", "one of four"
            superlative = superlative or low in ("most", "least")
            i += 1     # also "eight more picks" (more counts picks)
            continue
        if not words and low == "other" and i + 1 < len(toks) and toks[i + 1].group()[:1].isalpha() \
                and toks[i + 1].group().lower() not in STOP:
            words.append(word)     # "eight other employees": a noun follows, so no ellipsis
            ends.append(toks[i].end())
            i += 1
            continue
        if words and low in ("and", "or", "&") and i + 1 < len(toks) and _joined(words[-1], toks[i + 1].group()):
            i += 1     # "the most patient and careful surgeons", "90 Ford and Fiat vans"
            continue
        if low in STOP and not (word.isupper() and len(word) > 1) or _ends_phrase(words, word, low):
            break     # "US troops": a country in capitals is no pronoun
        words.append(word)
        ends.append(toks[i].end())
        i += 1
    if not words or words[-1].lower() in VAGUE_CONTAINERS or lexicon.only_verb_or_adverb(words[-1]):
        return None, None, None, pos     # "18 died": a verb, not the counted noun
    counted = _modifier_counted(words) if many else words
    phrase = _phrase(counted)
    if superlative or _superlative(words[0]):
        phrase = " ".join([phrase, *_scope(toks[i:])])
    return lemma(counted[-1]), "noun", phrase, ends[len(counted) - 1]


def _superlative(word: str) -> bool:
    low = word.lower()
    return low.endswith("est") and "ADJ" in lexicon.parts(low) and lexicon.lemma(low, "ADJ") != low


SCOPE_LINKS = {"in", "of", "to", "on", "at", "ever", "across", "throughout"}


def _scope(toks: list[re.Match]) -> list[str]:
    """What bounds a superlative, after its noun: "the hottest luxury cars in the world" -> world,
    "the largest animals to ever swim" -> swim. Links and determiners are left out; a comma, a
    conjunction or a finite verb ends it."""
    out: list[str] = []
    infinitive = False
    for tok in toks[:10]:
        word = tok.group()
        low = word.lower()
        if not word[0].isalpha():
            break
        if low in SCOPE_LINKS or low in DETERMINERS:
            infinitive = infinitive or low == "to"
            continue
        parts = lexicon.parts(low)
        verb = low in VERBS or "VERB" in parts and (low.endswith("ed") or "NOUN" not in parts)
        if low in STOP or verb and not infinitive:
            break     # "our best year pushed by ...", "the best year seen": a verb ends it
        out.append(lemma(word) if "NOUN" in parts else lexicon.lemma(low, "VERB") if infinitive else low)
        infinitive = False
    return out


# A word that picks members of the group, before the figure: "the top four teams", "a record 41 paintings".
_RANK_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?P<rank>top|bottom|previous|record|other|"
                          r"remaining|leading)\s+$", re.IGNORECASE)


def with_rank(text: str, start: int, phrase: str | None) -> str | None:
    """The phrase of a figure with a ranking word before it: "the previous two sessions" -> previous session."""
    rank = _RANK_BEFORE.search(text, max(0, start - 20), start) if phrase else None
    return f"{rank.group('rank').lower()} {phrase}" if rank else phrase


# "40% of the workers", "half the condos", "a third of its staff", "one out of four Danes".
_OF_GROUP = re.compile(r"\s+(?:of\s+)?(?:the|its|their|his|her|our|your|all|these|those)\s+(?=[A-Za-z])|\s+of\s+(?=[A-Za-z])",
                       re.IGNORECASE)
# A ratio may name its group right after it ("one in four banks"); a percentage there names what it
# is a rate of, not a group ("8 pct bonds", "100 pct tariffs").
_PLURAL_NEXT = re.compile(r"\s+(?=[A-Za-z]+s\b)")


def share_of(text: str, end: int, ratio: bool) -> tuple[str | None, str | None]:
    """(noun, phrase) of the group a share ending at `end` is of; (None, None) if none is named."""
    m = _OF_GROUP.match(text, end) or ratio and _PLURAL_NEXT.match(text, end)
    if not m:
        return None, None
    noun, how, phrase, end = head_noun(text, m.end())
    if how != "noun" or re.match(r"\s*\d", text[end:end + 3]) or re.search(r"\d", phrase):
        return None, None     # "almost half of the combined 2.1M readers": the figure names the group
    return noun, phrase


def _joined(left: str, right: str) -> bool:
    """Two modifiers of one head joined by a conjunction: two adjectives, or two names."""
    names = left[:1].isupper() and right[:1].isupper() and right.lower() not in STOP and not _plural(left)
    return names or _adjective(left) and _adjective(right)


def _adjective(word: str) -> bool:
    return word.islower() and "ADJ" in lexicon.parts(word) and not _plural(word)


def _singular_noun(word: str) -> bool:
    return word.islower() and lexicon.parts(word) & {"NOUN", "ADJ"} == {"NOUN"} and lemma(word) == word


def _modifier_counted(words: list[str]) -> list[str]:
    """The nouns before a singular head that a figure above one counts ("12 page document" -> page);
    all of `words` when the head is plural or no such noun stands before it."""
    if len(words) < 2 or not _singular_noun(words[-1]):
        return words
    counted = []
    for word in words[:-1]:
        if not _singular_noun(word):
            break
        counted.append(word)
    return counted or words


DEGREE = {"most", "least", "very", "more", "less"}


def _ends_phrase(words: list[str], word: str, low: str) -> bool:
    """Whether `word` cannot continue the noun phrase `words` (a verb, an adverb, a new clause)."""
    if not words and low.endswith(("ed", "ing")):
        return False     # a participle before the noun modifies it: "the first reported casualty"
    if lexicon.only_verb_or_adverb(word):
        return True      # "60 fishermen earn", "600 people worldwide"
    if not words:
        return False
    if low in VERBS or (low.endswith("ed") and len(low) > 4) or (low.endswith("ly") and len(low) > 4):
        return True
    # A plural noun is the head ("speakers cost", "people worldwide"), unless a plural noun
    # and nothing else follows ("sales managers").
    return _plural(words[-1]) and not (lexicon.parts(word) == {"NOUN"} and _plural(word))


# Names of peoples that are no adjective form of a country ("Dane", not "Danish").
PEOPLES = set("dane swede brit scot finn pole turk kurd arab jew serb croat czech slovak uzbek tajik "
              "kazakh pashtun tamil sikh hindu muslim christian".split())


def _people(name: str) -> bool:
    return name in PEOPLES or name in DEMONYMS or name.endswith(("ian", "ean", "ese", "ite"))


def _plural(word: str) -> bool:
    parts = lexicon.parts(word)
    if not parts:     # a people's name the lexicon lacks: "four Danes cycle" (not "Texas", "Athens")
        return word[:1].isupper() and word.isalpha() and word.endswith("s") and _people(lemma(word))
    return "NOUN" in parts and lemma(word) != word.lower()


def _phrase(words: list[str]) -> str:
    """Modifiers and head, lemmatised and lower case, possessives dropped: "richest leagues" -> "rich league"."""
    out = []
    for k, word in enumerate(words):
        word = re.sub(r"['’]s?$", "", word)
        parts = lexicon.parts(word)
        if k == len(words) - 1 and "NOUN" not in parts:
            out.append(lemma(word))     # a word the lexicon lacks: "condos", "Germans"
            continue
        part = "NOUN" if "ADJ" not in parts else "ADJ"
        out.append(lexicon.lemma(word, part) if part in parts else word.lower())
    return " ".join(out)


# --- places -------------------------------------------------------------------------------------

# Demonyms and adjectives of common countries and regions -> the place name.
DEMONYMS = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
    "angolan": "Angola", "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
    "bahraini": "Bahrain", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium",
    "bolivian": "Bolivia", "bosnian": "Bosnia", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "burmese": "Myanmar", "cambodian": "Cambodia", "cameroonian": "Cameroon",
    "canadian": "Canada", "chadian": "Chad", "chilean": "Chile", "chinese": "China",
    "colombian": "Colombia", "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba",
    "cypriot": "Cyprus", "czech": "Czech Republic", "danish": "Denmark", "dutch": "Netherlands",
    "ecuadorian": "Ecuador", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "english": "England", "eritrean": "Eritrea", "estonian": "Estonia", "ethiopian": "Ethiopia",
    "european": "Europe", "filipino": "Philippines", "finnish": "Finland", "french": "France",
    "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "guatemalan": "Guatemala", "haitian": "Haiti", "honduran": "Honduras", "hungarian": "Hungary",
    "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran",
    "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy",
    "ivorian": "Ivory Coast", "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan",
    "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea", "kosovar": "Kosovo",
    "kurdish": "Kurdistan", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "latvian": "Latvia",
    "lebanese": "Lebanon", "liberian": "Liberia", "libyan": "Libya", "lithuanian": "Lithuania",
    "malaysian": "Malaysia", "malian": "Mali", "maltese": "Malta", "mexican": "Mexico",
    "moldovan": "Moldova", "mongolian": "Mongolia", "moroccan": "Morocco",
    "mozambican": "Mozambique", "namibian": "Namibia", "nepalese": "Nepal", "nepali": "Nepal",
    "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger", "norwegian": "Norway",
    "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine", "panamanian": "Panama",
    "paraguayan": "Paraguay", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal",
    "qatari": "Qatar", "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda",
    "saudi": "Saudi Arabia", "scottish": "Scotland", "senegalese": "Senegal", "serbian": "Serbia",
    "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia", "somali": "Somalia",
    "south african": "South Africa", "spanish": "Spain", "sri lankan": "Sri Lanka",
    "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria",
    "taiwanese": "Taiwan", "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand",
    "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda",
    "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan",
    "venezuelan": "Venezuela", "vietnamese": "Vietnam", "welsh": "Wales", "yemeni": "Yemen",
    "zambian": "Zambia", "zimbabwean": "Zimbabwe",
}
NOT_PLACES = {"the", "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "i", "a", "an", "this", "that", "his",
              "her", "their", "its", "our"}
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|del|al|el|la))*(?<![.'’])"
_QUALIFIER = r"(?:neighbou?ring|nearby|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|rural|occupied)\s+"
PLACE_RE = re.compile(
    rf"\b(?:in|on|at|across|inside|within|throughout|near|from)\s+(?:the\s+)?(?:{_QUALIFIER})?"
    rf"(?:(?:district|province|city|town|region|state|county|village|island|municipality|port)\s+of\s+)?"
    rf"(?P<name>{_NAME})")
AND_PLACE_RE = re.compile(rf"\s*(?:,|and|or|,\s*and)\s+(?:the\s+)?(?:{_QUALIFIER})?(?P<name>{_NAME})")
TERRITORY_RE = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:territory|soil|land|airspace|waters|border|border areas)\b")


def normalize_place(name: str) -> str | None:
    name = re.sub(r"['’]s$", "", name.strip())
    if name.lower() in NOT_PLACES:
        return None
    return DEMONYMS.get(name.lower(), name)


def places_in(text: str, start: int, end: int) -> list[str]:
    """Places named in text[start:end]: "in Iraq and neighbouring Syria", "on Iraqi territory"."""
    found: list[str] = []
    span = text[start:end]

    def add(name: str, after: int) -> None:
        # "on U.S. troops": a name followed by a content word is an adjective, not a place.
        nxt = re.match(r"\.?\s+([a-z][a-z'’-]*)", span[after:])
        if nxt and nxt.group(1) not in STOP and not nxt.group(1).endswith(("ed", "ing")):
            return
        place = normalize_place(name)
        if place and place not in found:
            found.append(place)

    for m in PLACE_RE.finditer(span):
        add(m.group("name"), m.end())
        pos = m.end()
        while True:
            more = AND_PLACE_RE.match(span, pos)
            if not more:
                break
            add(more.group("name"), more.end())
            pos = more.end()
    for m in TERRITORY_RE.finditer(span):
        if m.group("adj").lower() in DEMONYMS:
            add(m.group("adj"), m.end())
    return found
