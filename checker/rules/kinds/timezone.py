"""timezone: a clock time restated in another zone differs from it by a real UTC offset.

"7:37 p.m. local time (1137 UTC)" states an offset of +8 h. It must be a whole multiple of 15 minutes
within -12 h..+14 h; where the local time names its zone ("EDT", "IST") the offset must be one that
abbreviation means; where it does not, and the article names places the tz database knows, it must be
the offset of one of them on that day (daylight saving included: the Philippines +8, Ireland +1 in
summer)."""
from __future__ import annotations

import datetime as dt
import re

from ...lang.zones import ABBREVIATIONS, offsets_at, places
from . import Hit, Param, RuleKind, register

_TIMEX = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)(?P<off>Z|[+-]\d\d:\d\d)?$")
_ABBREVIATION = re.compile(r"\b([A-Z]{1,5})\b")


def clock_reading(row):
    """(date, minute of the day, UTC offset in minutes or None) of a clock-time claim, or None."""
    m = _TIMEX.match(row["timex"]) if isinstance(row["timex"], str) else None
    if not m:
        return None
    off = m.group("off")
    offset = None if off is None else 0 if off == "Z" else (1 if off[0] == "+" else -1) * (
        int(off[1:3]) * 60 + int(off[4:6]))
    return dt.date.fromisoformat(m.group("date")), int(m.group("h")) * 60 + int(m.group("m")), offset


def _show(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


def allowed(local: dict, day: dt.date, minute: int, offset: int | None) -> tuple[set[int] | None, str]:
    """The offsets the local reading may have, and what they come from (None: any real offset)."""
    named = [w for w in _ABBREVIATION.findall(str(local["text"])) if w.lower() in ABBREVIATIONS]
    if named:
        return {round(h * 60) for h in ABBREVIATIONS[named[0].lower()]}, named[0]
    if offset is not None:
        return {offset}, _show(offset)
    spots = [p for p in (local["place"] if isinstance(local["place"], list) else []) if p in places()]
    moment = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
    found: set[int] = set()
    for spot in spots:
        found |= offsets_at(places()[spot], moment)
    if found:
        return found, " or ".join(spots)
    return None, ""


@register
class Timezone(RuleKind):
    name = "timezone"
    needs = ("relation",)
    summary = "a clock time given in two zones differs by a real UTC offset (of the zone or place named)"
    params = {"select": Param("selector", default={"relation": "timezone"}, help="restated clock times")}
    fields = ("stated", "local", "offset", "zone", "expected")
    message = "{local} and {stated} put the local clock at {offset}, but {expected}"

    def run(self, rule, ctx):
        for label, row in rule.select("select", ctx):
            if row["relation"] != "timezone":
                continue
            local_label = ctx.label_of(row["left"])
            if local_label is None:
                continue
            local = ctx.row(local_label)
            here, there = clock_reading(local), clock_reading(row)
            if here is None or there is None or there[2] is None:
                continue
            ctx.checked([label, local_label])
            utc = there[1] - there[2]
            stated = (here[1] - utc) % 1440
            if stated > 14 * 60:
                stated -= 1440
            offsets, zone = allowed(local, here[0], here[1], here[2])
            real = stated % 15 == 0 and -12 * 60 <= stated <= 14 * 60
            if (offsets is None and real) or (offsets is not None and stated in offsets):
                continue
            expected = "no time zone is (offsets are multiples of 15 minutes within UTC-12..UTC+14)" \
                if offsets is None else f"{zone} is at " + " or ".join(_show(o) for o in sorted(offsets))
            where = sorted((local, row), key=lambda r: r["start"])
            yield Hit([label, local_label], int(row["start"]), int(row["end"]),
                      {"stated": row["text"].rstrip(" )"), "local": str(local["text"]).strip(), "offset": _show(stated),
                       "zone": zone, "expected": expected},
                      {"stated_offset_minutes": stated, "allowed_offsets_minutes": sorted(offsets or []),
                       "places": list(local["place"]) if isinstance(local["place"], list) else [],
                       "span": [int(where[0]["start"]), int(where[-1]["end"])]})
