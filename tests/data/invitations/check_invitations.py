#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the invitation fixtures against RFC 5545's line rules and libical.

    python3 check_invitations.py [FILE...]

For each .ics (and each calendar part of each .eml): CRLF line ends, lines of
at most 75 octets, UTF-8; then libical 3 (through ctypes) parses it, runs
icalrestriction_check and prints its error count and errors, the number of
VEVENTs and each one's start and end in UTC as libical computes them from the
file's VTIMEZONE. The malformed fixtures are expected to fail here. Not run by
the test suite.
"""

import ctypes
import datetime
import email
import glob
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))


class IcalTime(ctypes.Structure):  # struct icaltimetype, libical 3
    _fields_ = [(n, ctypes.c_int) for n in
                ("year", "month", "day", "hour", "minute", "second", "is_date", "is_daylight")] + \
               [("zone", ctypes.c_void_p)]


L = ctypes.CDLL("libical.so.3")
VOID, CHARS = ctypes.c_void_p, ctypes.c_char_p
for name, res, args in [
        ("icalparser_parse_string", VOID, [CHARS]),
        ("icalrestriction_check", ctypes.c_int, [VOID]),
        ("icalcomponent_count_errors", ctypes.c_int, [VOID]),
        ("icalcomponent_as_ical_string", CHARS, [VOID]),
        ("icalcomponent_get_first_component", VOID, [VOID, ctypes.c_int]),
        ("icalcomponent_get_next_component", VOID, [VOID, ctypes.c_int]),
        ("icalcomponent_get_dtstart", IcalTime, [VOID]),
        ("icalcomponent_get_dtend", IcalTime, [VOID]),
        ("icaltime_as_timet_with_zone", ctypes.c_long, [IcalTime, VOID]),
        ("icaltimezone_get_utc_timezone", VOID, []),
        ("icalcomponent_free", None, [VOID])]:
    getattr(L, name).restype = res
    getattr(L, name).argtypes = args
VEVENT = 4  # ICAL_VEVENT_COMPONENT
UTC = L.icaltimezone_get_utc_timezone()


def when(t):
    if t.year == 0:
        return "none"
    if t.is_date:
        return "%04d-%02d-%02d" % (t.year, t.month, t.day)
    secs = L.icaltime_as_timet_with_zone(t, t.zone or UTC)
    try:
        return datetime.datetime.fromtimestamp(secs, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    except (ValueError, OverflowError):
        return "invalid (%04d-%02d-%02d)" % (t.year, t.month, t.day)


def check(data):
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("does not end in CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append("line %d: bare CR or LF" % number)
        if len(line) > 75:
            problems.append("line %d: %d octets" % (number, len(line)))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append("not UTF-8")
    root = L.icalparser_parse_string(data)
    if not root:
        return problems + ["libical: no component"]
    L.icalrestriction_check(root)
    errors = L.icalcomponent_count_errors(root)
    if errors:
        text = L.icalcomponent_as_ical_string(root).decode("utf-8").replace("\r\n ", "")
        problems.append("libical: %d error(s): %s" % (errors, "; ".join(
            re.findall(r"X-LIC-ERROR[^\r\n]*", text))))
    events = []
    event = L.icalcomponent_get_first_component(root, VEVENT)
    while event:
        events.append("%s..%s" % (when(L.icalcomponent_get_dtstart(event)),
                                   when(L.icalcomponent_get_dtend(event))))
        event = L.icalcomponent_get_next_component(root, VEVENT)
    L.icalcomponent_free(root)
    return problems + ["%d VEVENT(s): %s" % (len(events), ", ".join(events))]


def main(files):
    for path in files or sorted(glob.glob(os.path.join(HERE, "*.ics")) + glob.glob(os.path.join(HERE, "*.eml"))):
        data = open(path, "rb").read()
        name = os.path.basename(path)
        if name.endswith(".eml"):
            message = email.message_from_bytes(data, policy=policy.default)
            parts = [p for p in message.walk() if p.get_content_type() in ("text/calendar", "application/ics")]
            print("%s: %d calendar part(s)" % (name, len(parts)))
            for part in parts:
                print("  %s: %s" % (part.get_content_type(), " | ".join(check(part.get_payload(decode=True)))))
        else:
            print("%s: %s" % (name, " | ".join(check(data))))


if __name__ == "__main__":
    main(sys.argv[1:])
