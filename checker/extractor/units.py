"""Units and currencies as news writes them, mapped to pint unit names and ISO 4217 codes.

One pint UnitRegistry serves the whole process (quantities of two registries cannot be compared);
it is built on first use so that importing the extractor stays cheap.
"""
from __future__ import annotations

import functools
import re

# Surface (lower case) -> pint unit name. Longest surfaces win in the regex below.
PHYSICAL = {
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer", "m": "meter", "metre": "meter",
    "metres": "meter", "meter": "meter", "meters": "meter", "cm": "centimeter",
    "centimetre": "centimeter", "centimetres": "centimeter", "centimeter": "centimeter",
    "centimeters": "centimeter", "mm": "millimeter", "millimetre": "millimeter",
    "millimetres": "millimeter", "millimeter": "millimeter", "millimeters": "millimeter",
    "mile": "mile", "miles": "mile", "mi": "mile", "ft": "foot", "foot": "foot", "feet": "foot",
    "inch": "inch", "inches": "inch", "in.": "inch", "yard": "yard", "yards": "yard",
    "nautical mile": "nautical_mile", "nautical miles": "nautical_mile",
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "kilo": "kilogram", "kilos": "kilogram", "g": "gram", "gram": "gram", "grams": "gram",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram",
    "tonne": "metric_ton", "tonnes": "metric_ton", "metric ton": "metric_ton",
    "metric tons": "metric_ton", "ton": "ton", "tons": "ton", "lb": "pound", "lbs": "pound",
    "pound": "pound", "pounds": "pound", "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "mph": "mile / hour", "miles per hour": "mile / hour", "km/h": "kilometer / hour",
    "kph": "kilometer / hour", "kmh": "kilometer / hour", "kilometres per hour": "kilometer / hour",
    "kilometers per hour": "kilometer / hour", "knots": "knot", "knot": "knot",
    "m/s": "meter / second", "metres per second": "meter / second",
    "°c": "degree_Celsius", "ºc": "degree_Celsius", "c": "degree_Celsius",
    "degrees celsius": "degree_Celsius", "degrees centigrade": "degree_Celsius",
    "celsius": "degree_Celsius", "°f": "degree_Fahrenheit", "ºf": "degree_Fahrenheit",
    "f": "degree_Fahrenheit", "degrees fahrenheit": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit", "degrees": "degree",
    "sq km": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2",
    "square miles": "mile ** 2", "square mile": "mile ** 2", "sq mi": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "m2": "meter ** 2",
    "m²": "meter ** 2", "square feet": "foot ** 2", "sq ft": "foot ** 2", "hectares": "hectare",
    "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    "litres": "liter", "litre": "liter", "liters": "liter", "liter": "liter", "l": "liter",
    "gallons": "gallon", "gallon": "gallon",
    "barrels": "oil_barrel", "barrel": "oil_barrel", "bpd": "oil_barrel / day",
    "barrels per day": "oil_barrel / day", "cubic metres": "meter ** 3", "cubic meters": "meter ** 3",
    "kwh": "kilowatt_hour", "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
    "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "twh": "terawatt_hour",
    "kw": "kilowatt", "kilowatts": "kilowatt", "mw": "megawatt", "megawatts": "megawatt",
    "gw": "gigawatt", "gigawatts": "gigawatt", "watts": "watt", "w": "watt", "watt": "watt",
    "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "horsepower": "horsepower", "hp": "horsepower", "calories": "kilocalorie",
    "joules": "joule", "kj": "kilojoule", "mj": "megajoule",
    "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte",
    "kilobytes": "kilobyte", "megabytes": "megabyte", "gigabytes": "gigabyte",
    "terabytes": "terabyte", "bit": "bit", "bits": "bit", "mbps": "megabit / second", "gbps": "gigabit / second",
    "volts": "volt", "kv": "kilovolt", "hz": "hertz", "mhz": "megahertz", "ghz": "gigahertz",
    "decibels": "decibel", "db": "decibel",
    "khz": "kilohertz", "kilohertz": "kilohertz", "megahertz": "megahertz", "gigahertz": "gigahertz",
    "mah": "milliampere_hour", "gpa": "gigapascal", "gigapascals": "gigapascal", "mpa": "megapascal",
    "kpa": "kilopascal", "psi": "psi", "ksi": "ksi", "μm": "micrometer", "µm": "micrometer",
    "microns": "micrometer", "micron": "micrometer", "micrometres": "micrometer", "micrometers": "micrometer",
    "nm": "nanometer", "nanometres": "nanometer", "nanometers": "nanometer", "nanometre": "nanometer",
    "nanometer": "nanometer", "gigatonnes": "gigatonne", "gigatons": "gigatonne", "megatonnes": "megatonne",
    "bhp": "brake_horsepower", "lb-ft": "foot_pound", "lb ft": "foot_pound", "pound-feet": "pound_foot",
    "pound-foot": "pound_foot", "kv/cm": "kilovolt / centimeter", "a/cm2": "ampere / centimeter ** 2",
    "m.p.h": "mile / hour", "degf": "degree_Fahrenheit", "deg f": "degree_Fahrenheit",
    "degc": "degree_Celsius", "deg c": "degree_Celsius", "sq m": "meter ** 2", "sq metres": "meter ** 2",
    "ml": "milliliter", "millilitres": "milliliter", "milliliters": "milliliter",
    "volt": "volt", "kilovolts": "kilovolt", "amps": "ampere", "amperes": "ampere",
    "km/hr": "kilometer / hour", "km/hour": "kilometer / hour", "kmph": "kilometer / hour",
    "ppm": "ppm", "ppb": "ppb", "degree": "degree", "parts per million": "ppm", "parts per billion": "ppb",
    "mpg": "mile / gallon", "miles per gallon": "mile / gallon", "′": "foot", "″": "inch",
    "degrees f": "degree_Fahrenheit", "degrees c": "degree_Celsius", "degree f": "degree_Fahrenheit",
    "degree c": "degree_Celsius", "degree celsius": "degree_Celsius", "degree fahrenheit": "degree_Fahrenheit",
    "deg celsius": "degree_Celsius", "deg fahrenheit": "degree_Fahrenheit", "celcius": "degree_Celsius",
    "farenheit": "degree_Fahrenheit", "°": "degree", "miles an hour": "mile / hour",
    "mile an hour": "mile / hour", "kilometres an hour": "kilometer / hour", "kilometers an hour": "kilometer / hour",
    "cubic feet": "foot ** 3", "cubic foot": "foot ** 3", "cu ft": "foot ** 3", "microgram": "microgram",
    "micrograms": "microgram", "μg": "microgram", "µg": "microgram", "mcg": "microgram", "t": "metric_ton",
    "rad": "radian", "radians": "radian", "milligrams": "milligram", "teaspoons": "teaspoon",
    "teaspoon": "teaspoon", "tablespoons": "tablespoon", "tablespoon": "tablespoon", "cups": "cup", "cup": "cup",
}
# Symbols whose case tells them apart: "450 Nm" of torque is newton-metres, "7 nm" nanometres.
CASED = {"Nm": "newton * meter"}
TIME = {
    "second": "second", "seconds": "second", "secs": "second", "sec": "second",
    "minute": "minute", "minutes": "minute", "mins": "minute", "min": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "month": "month", "months": "month",
    "year": "year", "years": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}
# "in." only after a space: glued to a number it is more often "2in." of a table than inches.
NEEDS_SPACE = {"in."}

CURRENCY_SYMBOLS = {
    "us$": "USD", "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "usd": "USD",
    "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "aud": "AUD", "cad": "CAD",
    "chf": "CHF", "inr": "INR", "rs": "INR", "rs.": "INR", "rm": "MYR",
    "y=": "JPY",   # Reuters wire style: "Y=28,030"
    # "$US113 trillion", "US $4.46", "HK $3.7 billion": the country before or after the sign.
    "$us": "USD", "$a": "AUD", "$nz": "NZD", "us $": "USD", "hk $": "HKD", "c $": "CAD", "s $": "SGD",
    "nz $": "NZD", "au $": "AUD",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "euro": "EUR", "euros": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "francs": "CHF", "swiss francs": "CHF", "pesos": "MXN",
    "rand": "ZAR", "naira": "NGN", "roubles": "RUB", "rubles": "RUB", "won": "KRW",
    "shekels": "ILS", "lira": "TRY", "dinars": "IQD", "riyals": "SAR", "dirhams": "AED",
    "cents": "USD", "cts": "USD", "usd": "USD", "eur": "EUR", "gbp": "GBP",
    "danish crowns": "DKK", "danish kroner": "DKK", "swedish crowns": "SEK", "swedish kronor": "SEK",
    "norwegian crowns": "NOK", "norwegian kroner": "NOK", "czech crowns": "CZK", "ringgit": "MYR",
    "baht": "THB", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "hryvnias": "UAH",
    "pence": "GBP", "penny": "GBP", "cent": "USD", "rmb": "CNY", "chinese yuan": "CNY", "turkish lira": "TRY",
    "indian rupees": "INR", "pesetas": "ESP", "guilders": "NLG", "dutch guilders": "NLG", "markka": "FIM",
    "finnish markka": "FIM", "japanese yen": "JPY", "mexican pesos": "MXN",
}
CENTS = {"cents", "cts", "cent", "pence", "penny"}
# "30 MUSD", "MEUR 120": millions of a currency, as European business writing puts it.
MILLIONS_OF = {"m" + code.lower(): code for code in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "CNY", "SEK",
                                                     "NOK", "DKK", "INR")}
# A currency sign after the amount ("10 €", "100元"); "$" only when no amount follows ("10 $ 30 $" is two).
TRAILING_SIGN_RE = re.compile(r"\s?(?P<sign>[€£¥元₹₩₽₺₦]|\$(?!\s?\d))")
TRAILING_SIGNS = {"€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                  "₦": "NGN", "$": "USD"}
# "Australian dollars", "Canadian dlrs": the adjective decides the currency.
DOLLAR_NATIONS = {"australian": "AUD", "canadian": "CAD", "us": "USD", "u.s.": "USD",
                  "american": "USD", "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD",
                  "taiwan": "TWD", "zimbabwean": "ZWL", "jamaican": "JMD"}

PERCENT_RE = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|pct\b)|pc\b|\s(?:percentage|pct)\s+points?\b"
                        r"|[\s-]basis[\s-]points?\b|\s?bps?\b",
                        re.IGNORECASE)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


UNIT_RE = re.compile(rf"(?P<sep>[\s-]?)(?P<unit>{_alternation(PHYSICAL.keys() | TIME.keys())})(?![\w°²′″])",
                     re.IGNORECASE)
CURRENCY_WORD_RE = re.compile(
    rf"(?:\s+|-)(?:(?P<nation>{_alternation(DOLLAR_NATIONS)})\s+)?(?P<cur>{_alternation(CURRENCY_WORDS.keys() | MILLIONS_OF.keys())})\b",
    re.IGNORECASE)
CURRENCY_BEFORE_RE = re.compile(rf"(?<![\w$])(?:{_alternation(CURRENCY_WORDS)})\s*$", re.IGNORECASE)
CURRENCY_SYMBOL_RE = re.compile(rf"(?:(?<![\w$])(?:{_alternation([k for k in CURRENCY_SYMBOLS if k[0].isalpha()] + list(MILLIONS_OF))})\s?"
                                rf"|(?:{_alternation(k for k in CURRENCY_SYMBOLS if not k[0].isalpha())})\s?)$",
                                re.IGNORECASE)


# Capitals that are prefixes or names, not the unit their lower case is: "5G" networks, "10M" rows, "2T".
UPPER_NOT_UNITS = {"G", "M", "T"}
# Single letters that stand spaced from the number as often as glued: "a 23 m boat", "(7.5 m)".
SPACED_LETTERS = {"m"}


def unit_fits(surface: str, sep: str) -> bool:
    """Single letters glued to the number ("41C", "5m"), a space only for SPACED_LETTERS (a spaced "F"
    or "R" is a grade or a name more often than farads or roentgens); short words only after a space."""
    if len(surface) == 1:
        return (not sep or sep == " " and surface in SPACED_LETTERS) and surface not in UPPER_NOT_UNITS
    return bool(sep) or surface.lower() not in NEEDS_SPACE


def measure_follows(text: str, pos: int) -> bool:
    """A percent sign or a unit other than time stands at `pos` ("40%", " sq m", "GHz")."""
    unit = UNIT_RE.match(text, pos)
    return bool(PERCENT_RE.match(text, pos) or unit and unit.group("unit").lower() not in TIME
                and unit_fits(unit.group("unit"), unit.group("sep")))


@functools.lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("ppb = 1e-9 = parts_per_billion")   # pint knows ppm, not ppb
    # Names news uses for units pint spells otherwise: torque in pound-feet, engine output in bhp.
    ureg.define("pound_foot = foot_pound")
    ureg.define("brake_horsepower = horsepower")
    return ureg



@functools.lru_cache(maxsize=256)
def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether pint can convert between two unit names (metres and feet: yes; metres and kg: no)."""
    if not a or not b:
        return False
    ureg = registry()
    try:
        return ureg.Unit(a).dimensionality == ureg.Unit(b).dimensionality
    except Exception:  # noqa: BLE001 - an unknown name is simply not comparable
        return False
