"""Time zones as news names them: abbreviations with their UTC offsets, and the places whose clocks
the tz database knows (countries from iso3166.tab, zone cities from zone.tab, both shipped in the
`tzdata` package, so nothing is fetched)."""
from __future__ import annotations

import datetime as dt
import functools
import re

# Hours east of UTC. An abbreviation used in several places keeps every offset it may mean.
ABBREVIATIONS: dict[str, tuple[float, ...]] = {
    "utc": (0,), "gmt": (0,), "z": (0,), "wet": (0,), "west": (1,),
    "edt": (-4,), "est": (-5,), "et": (-4, -5), "cdt": (-5,), "cst": (-6, 8), "ct": (-5, -6),
    "mdt": (-6,), "mst": (-7,), "mt": (-6, -7), "pdt": (-7,), "pst": (-8,), "pt": (-7, -8),
    "akdt": (-8,), "akst": (-9,), "hst": (-10,), "adt": (-3,), "ast": (-4, 3), "ndt": (-2.5,), "nst": (-3.5,),
    "bst": (1, 6), "ist": (5.5, 1, 2), "cet": (1,), "cest": (2,), "eet": (2,), "eest": (3,), "msk": (3,),
    "pkt": (5,), "npt": (5.75,), "ict": (7,), "wib": (7,), "wita": (8,), "wit": (9,), "pht": (8,),
    "hkt": (8,), "sgt": (8,), "awst": (8,), "jst": (9,), "kst": (9,), "acst": (9.5,), "acdt": (10.5,),
    "aest": (10,), "aedt": (11,), "nzst": (12,), "nzdt": (13,), "sast": (2,), "cat": (2,), "eat": (3,),
    "wat": (1,), "gst": (4,), "irst": (3.5,), "brt": (-3,), "art": (-3,),
}
# Names a country goes by in news beside its tz database name.
COUNTRY_ALIASES = {"US": ("U.S.", "USA", "America"), "GB": ("UK", "U.K.", "England", "Scotland", "Wales"),
                   "KR": ("South Korea",), "KP": ("North Korea",), "RU": ("Russia",), "CZ": ("Czech Republic",),
                   "AE": ("UAE",), "VA": ("Vatican",), "CD": ("DR Congo", "DRC"), "CG": ("Congo",),
                   "IR": ("Iran",), "SY": ("Syria",), "TW": ("Taiwan",), "VN": ("Vietnam",), "LA": ("Laos",),
                   "BO": ("Bolivia",), "VE": ("Venezuela",), "TZ": ("Tanzania",), "MD": ("Moldova",),
                   "FM": ("Micronesia",), "BN": ("Brunei",), "PS": ("Palestine", "Gaza", "West Bank")}

# Demonyms name a country as often as its name does ("French inventor", "Philippine officials");
# several are separated by "|".
DEMONYMS = {
    "AF": "Afghan", "AR": "Argentine|Argentinian", "AU": "Australian", "AT": "Austrian", "BD": "Bangladeshi",
    "BY": "Belarusian", "BE": "Belgian", "BO": "Bolivian", "BR": "Brazilian", "GB": "British|English|Scottish|Welsh",
    "BG": "Bulgarian", "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian", "CL": "Chilean", "CN": "Chinese",
    "CO": "Colombian", "HR": "Croatian", "CU": "Cuban", "CZ": "Czech", "DK": "Danish", "NL": "Dutch",
    "EC": "Ecuadorian", "EG": "Egyptian", "ET": "Ethiopian", "FI": "Finnish", "FR": "French", "DE": "German",
    "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan", "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian",
    "IS": "Icelandic", "IN": "Indian", "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish",
    "IL": "Israeli", "IT": "Italian", "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh",
    "KE": "Kenyan", "KR": "Korean", "KW": "Kuwaiti", "LB": "Lebanese", "LY": "Libyan", "MY": "Malaysian",
    "MX": "Mexican", "MA": "Moroccan", "MM": "Burmese", "NP": "Nepali|Nepalese", "NZ": "Zealander",
    "NI": "Nicaraguan", "NG": "Nigerian", "NO": "Norwegian", "PK": "Pakistani", "PS": "Palestinian",
    "PA": "Panamanian", "PY": "Paraguayan", "PE": "Peruvian", "PH": "Philippine|Filipino|Filipina",
    "PL": "Polish", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RU": "Russian", "RW": "Rwandan",
    "SA": "Saudi", "SN": "Senegalese", "RS": "Serbian", "SG": "Singaporean", "SK": "Slovak", "SO": "Somali",
    "ZA": "South African", "ES": "Spanish", "LK": "Sri Lankan", "SD": "Sudanese", "SE": "Swedish", "CH": "Swiss",
    "SY": "Syrian", "TW": "Taiwanese", "TH": "Thai", "TN": "Tunisian", "TR": "Turkish", "UG": "Ugandan",
    "UA": "Ukrainian", "AE": "Emirati", "US": "American", "UY": "Uruguayan", "UZ": "Uzbek", "VE": "Venezuelan",
    "VN": "Vietnamese", "YE": "Yemeni", "ZM": "Zambian", "ZW": "Zimbabwean",
}
CITY_AREAS = {"Africa", "America", "Asia", "Australia", "Europe"}


def _tab(name: str) -> list[list[str]]:
    from importlib.resources import files

    text = files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, ...]]:
    """Place name -> the tz zones of that place (a country's zones, or a zone's own city)."""
    zones_of: dict[str, list[str]] = {}
    named: dict[str, list[str]] = {}
    countries = dict(_tab("iso3166.tab"))
    for row in _tab("zone.tab"):
        zones_of.setdefault(row[0], []).append(row[2])
        city = row[2].split("/")[-1].replace("_", " ")
        # Cities of the continents only: not "America/North_Dakota/Center" (a county seat), nor an
        # island zone ("Pacific/Norfolk": "Norfolk" in a story is Norfolk, England; "Pacific/Easter").
        if row[2].count("/") == 1 and row[2].split("/")[0] in CITY_AREAS:
            named.setdefault(city, []).append(row[2])
    for code, name in countries.items():
        demonyms = DEMONYMS[code].split("|") if code in DEMONYMS else []
        for alias in (re.sub(r"\s*\(.*\)", "", name), *COUNTRY_ALIASES.get(code, ()), *demonyms):
            named.setdefault(alias, []).extend(zones_of.get(code, ()))
    return {name: tuple(dict.fromkeys(zones)) for name, zones in named.items() if zones}


@functools.lru_cache(maxsize=1)
def place_pattern() -> re.Pattern:
    names = sorted(places(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


@functools.lru_cache(maxsize=4096)
def offsets_at(zones: tuple[str, ...], moment: dt.datetime) -> frozenset[int]:
    """UTC offsets in minutes of these zones at a (local) moment."""
    from zoneinfo import ZoneInfo

    found = set()
    for zone in zones:
        try:
            offset = moment.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        except (KeyError, ValueError, OSError):
            continue
        if offset is not None:
            found.add(round(offset.total_seconds() / 60))
    return frozenset(found)
