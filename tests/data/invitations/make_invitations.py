#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the invitation fixtures next to this script.

    python3 make_invitations.py

Each calendar is written here as logical content lines; this script applies
RFC 5545's line rules (TEXT escaping, folding at 75 octets without splitting a
UTF-8 sequence, CRLF) the way the sending products do, wraps the two mails,
and writes the malformed files. The output is deterministic: running it again
gives the same bytes. The test suite does not run Python; the output is
committed. People are the Rubin DM leadership team of the other fixtures, with
example.org addresses; telephone numbers are 555-01xx (US) or Ofcom's drama
range (UK); IP addresses are from the documentation ranges of RFC 5737.
"""

import base64
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"


# --- RFC 5545 line rules ---------------------------------------------------

def esc(text):
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line):
    """Folds one content line at 75 octets; a continuation starts with a space."""
    data = line.encode("utf-8")
    out = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        out.append(data[:cut])
        data = data[cut:]
        limit = 74  # the leading space counts
    out.append(data)
    return b"\r\n ".join(out) + b"\r\n"


def calendar(lines):
    return b"".join(fold(l) for l in lines)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def person(prop, name, email, extra=""):
    """ORGANIZER/ATTENDEE line; the CN is quoted when it holds : ; or ,."""
    cn = name
    if any(c in name for c in ":;,") or name != name.strip():
        cn = '"%s"' % name
    return "%s%s;CN=%s:mailto:%s" % (prop, extra, cn, email)


# --- People (Rubin DM leadership team, example.org addresses) ---------------

LEANNE = ("Leanne Guy", "lguy@example.org")
WIL = ("Wil O'Mullane", "womullane@example.org")
FROSSIE = ("Frossie Economou", "frossie@example.org")
TIM = ("Tim Jenness", "tjenness@example.org")
YUSRA = ("Yusra AlSayyad", "yusra@example.org")
ZELJKO = ("Željko Ivezić", "zivezic@example.org")
JIM = ("Jim Bosch", "jbosch@example.org")
IAN = ("Ian Sullivan", "isullivan@example.org")
ERIC = ("Eric Bellm", "ebellm@example.org")
KT = ("Kian-Tat Lim", "ktl@example.org")
COLIN = ("Colin Slater", "cslater@example.org")
ROBERT = ("Robert Lupton", "rhl@example.org")
FRITZ = ("Fritz Mueller", "fritzm@example.org")
GREGORY = ("Gregory Dubois-Felsmann", "gpdf@example.org")


# --- Time zones as each product writes them --------------------------------

# Zoom: IANA name, tzurl.org "outlook" rules from 1970, X-LIC-LOCATION.
VTZ_ZOOM_LA = [
    "BEGIN:VTIMEZONE",
    "TZID:America/Los_Angeles",
    "LAST-MODIFIED:20231222T233358Z",
    "TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Los_Angeles",
    "X-LIC-LOCATION:America/Los_Angeles",
    "BEGIN:DAYLIGHT",
    "TZNAME:PDT",
    "TZOFFSETFROM:-0800",
    "TZOFFSETTO:-0700",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZNAME:PST",
    "TZOFFSETFROM:-0700",
    "TZOFFSETTO:-0800",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

# Google Calendar: IANA name, X-LIC-LOCATION, rules from 1970, TZNAME after the offsets.
VTZ_GOOGLE_LA = [
    "BEGIN:VTIMEZONE",
    "TZID:America/Los_Angeles",
    "X-LIC-LOCATION:America/Los_Angeles",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0800",
    "TZOFFSETTO:-0700",
    "TZNAME:PDT",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0700",
    "TZOFFSETTO:-0800",
    "TZNAME:PST",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

# Exchange/Outlook: Windows zone name, rules from 1601, no TZNAME.
VTZ_WINDOWS_PACIFIC = [
    "BEGIN:VTIMEZONE",
    "TZID:Pacific Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0700",
    "TZOFFSETTO:-0800",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0800",
    "TZOFFSETTO:-0700",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]

# Webex: IANA name with both observances.
VTZ_WEBEX_NY = [
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "BEGIN:STANDARD",
    "DTSTART:20071104T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "TZNAME:EST",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:20070311T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "TZNAME:EDT",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


# --- Conferencing texts ----------------------------------------------------

def zoom_text(host, topic, when, url, meeting_id, passcode, phone_passcode,
              personal_link, recurrence=None):
    mid = meeting_id.replace(" ", "")
    text = (
        "%s is inviting you to a scheduled Zoom meeting.\n\n"
        "Topic: %s\n"
        "Time: %s\n" % (host, topic, when))
    if recurrence:
        text += recurrence + "\n"
    text += (
        "\n"
        "Join Zoom Meeting\n"
        "%s\n\n"
        "Meeting ID: %s\n"
        "Passcode: %s\n\n"
        "---\n\n"
        "One tap mobile\n"
        "+16695550171,,%s#,,,,*%s# US (San Jose)\n"
        "+12535550148,,%s#,,,,*%s# US (Tacoma)\n\n"
        "---\n\n"
        "Dial by your location\n"
        "\u2022 +1 669 555 0171 US (San Jose)\n"
        "\u2022 +1 253 555 0148 US (Tacoma)\n"
        "\u2022 +1 346 555 0136 US (Houston)\n"
        "\u2022 +44 207 946 0321 United Kingdom\n"
        "\u2022 +44 131 496 0587 United Kingdom\n\n"
        "Meeting ID: %s\n"
        "Passcode: %s\n\n"
        "Find your local number: %s\n\n"
        "---\n\n"
        "Join by SIP\n"
        "\u2022 %s@zoomcrc.com\n\n"
        "---\n\n"
        "Join by H.323\n"
        "\u2022 192.0.2.161 (US West)\n"
        "\u2022 192.0.2.121 (US East)\n"
        "\u2022 198.51.100.237 (United Kingdom)\n\n"
        "Meeting ID: %s\n"
        "Passcode: %s\n\n"
        % (url, meeting_id, passcode, mid, phone_passcode, mid, phone_passcode,
           meeting_id, phone_passcode, personal_link, mid, meeting_id, phone_passcode))
    return text


ZOOM_DIALINS = [
    {"label": "US (San Jose)", "number": "+1 669 555 0171"},
    {"label": "US (Tacoma)", "number": "+1 253 555 0148"},
    {"label": "US (Houston)", "number": "+1 346 555 0136"},
    {"label": "United Kingdom", "number": "+44 207 946 0321"},
    {"label": "United Kingdom", "number": "+44 131 496 0587"},
]

TEAMS_RULE = "_" * 80


def teams_text(join_url, meeting_id, passcode, organizer_id, short_link=False):
    text = (
        "\n" + TEAMS_RULE + "\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n")
    if short_link:
        text += "Join the meeting now<%s>\n" % join_url
    else:
        text += "Click here to join the meeting<%s>\n" % join_url
    text += (
        "Meeting ID: %s\n"
        "Passcode: %s\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Join with a video conferencing device\n"
        "teams@vtc.example.org\n"
        "Video Conference ID: 118 555 012 3\n"
        "Alternate VTC instructions<https://dialin.example.org/teams/?key=teams@vtc.example.org&conf=1185550123>\n"
        "Or call in (audio only)\n"
        "+1 323-555-0188,,123456789#   United States, Los Angeles\n"
        "(833) 555-0190,,123456789#   United States (Toll-free)\n"
        "Phone Conference ID: 123 456 789#\n"
        "Find a local number<https://dialin.teams.microsoft.com/8551f4c1-bea3-441a-8738-69aa517a91c5?id=123456789> | "
        "Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | "
        "Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=0e4d2a6c-5b1f-4c3e-9d8a-7f6b5c4d3e2a&threadId=19_meeting_NjM3ZTk1ODctY2Y4Zi00YjE2LWJmOWMtZDI5YTc0ZDM2MjYx@thread.v2&messageId=0&language=en-US>\n"
        % (meeting_id, passcode, organizer_id))
    return text + TEAMS_RULE + "\n"


TEAMS_DIALINS = [
    {"label": "United States, Los Angeles", "number": "+1 323-555-0188"},
    {"label": "United States (Toll-free)", "number": "(833) 555-0190"},
]


def google_meet_text(code, phone, pin, pin_digits):
    line = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    return (
        "%s\n"
        "Join with Google Meet: https://meet.google.com/%s\n\n"
        "Join by phone\n"
        "(US) %s PIN: %s\n\n"
        "More phone numbers: https://tel.meet/%s?pin=%s\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "%s" % (line, code, phone, pin, code, pin_digits, line))


# --- zoom.ics --------------------------------------------------------------

ZOOM_PWD = "bXlQbUZ0c2ZoR3RkZ2VkRkpLN0x6dz09"
ZOOM_URL = "https://us06web.zoom.us/j/91337592385?pwd=" + ZOOM_PWD


def zoom_ics():
    desc = zoom_text(
        "Leanne Guy", "DM Leadership Team Meeting",
        "Jan 11, 2027 10:00 AM Pacific Time (US and Canada)",
        ZOOM_URL, "913 3759 2385", "483920", "483920",
        "https://us06web.zoom.us/u/kbQx3Ry7Zp")
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *VTZ_ZOOM_LA,
        "BEGIN:VEVENT",
        "DTSTAMP:20261202T171455Z",
        "DTSTART;TZID=America/Los_Angeles:20270111T100000",
        "DTEND;TZID=America/Los_Angeles:20270111T113000",
        "SUMMARY:DM Leadership Team Meeting",
        "UID:20261202T171455Z-91337592385@fe80:0:0:0:c5b:9a1f:3e2d:71a4ens3",
        person("ORGANIZER", *LEANNE),
        person("ATTENDEE", *WIL, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *FROSSIE, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *TIM, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *YUSRA, ";CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc(ZOOM_URL),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "BEGIN:VALARM",
        "TRIGGER:-PT10M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


# --- zoom.eml --------------------------------------------------------------

EML_PWD = "Q2xUWjRkVm1wSGt4NFNKQ0p6eW1Ldz09"
EML_URL = "https://us02web.zoom.us/j/94555018832?pwd=" + EML_PWD


def zoom_eml_calendar():
    desc = zoom_text(
        "Yusra AlSayyad", "Science Pipelines: DP1 processing review",
        "Jan 21, 2027 08:30 AM Pacific Time (US and Canada)",
        EML_URL, "945 5501 8832", "7yHq2v", "665104",
        "https://us02web.zoom.us/u/acQ3nTv0Lk")
    # The text part of the mail says "Passcode: 7yHq2v" at the top and the
    # numeric phone passcode in the phone sections, as Zoom does.
    desc = desc.replace("Passcode: 665104\n\n---\n\nOne tap", "Passcode: 7yHq2v\n\n---\n\nOne tap")
    return desc, calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        *VTZ_ZOOM_LA,
        "BEGIN:VEVENT",
        "CREATED:20261202T160312Z",
        "LAST-MODIFIED:20261202T160451Z",
        "DTSTAMP:20261202T160451Z",
        "UID:3b6c0f8e-5d1a-4c77-9f0b-2a8e64d1c9a2",
        "SUMMARY:Science Pipelines: DP1 processing review",
        person("ORGANIZER", *YUSRA, ";RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=CHAIR"),
        person("ATTENDEE", *YUSRA, ";RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=CHAIR"),
        person("ATTENDEE", *ZELJKO, ";RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT"),
        person("ATTENDEE", *JIM, ";RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT"),
        person("ATTENDEE", *IAN, ";RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT"),
        person("ATTENDEE", *COLIN, ";RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT"),
        "X-MOZ-RECEIVED-SEQUENCE:0",
        "X-MOZ-RECEIVED-DTSTAMP:20261202T160451Z",
        "X-MOZ-GENERATION:1",
        "DTSTART;TZID=America/Los_Angeles:20270121T083000",
        "DTEND;TZID=America/Los_Angeles:20270121T093000",
        "LOCATION:" + esc(EML_URL),
        "DESCRIPTION:" + esc(desc),
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 72] for i in range(0, len(s), 72)) + CRLF


def zoom_eml():
    desc, cal = zoom_eml_calendar()
    outer = "------------mjZ0Zk1FvG3eEq7c2xTYb8Rb"
    inner = "------------N0nA2dqWz7HkTLrP5Yc6ab1X"
    plain = (
        "Yusra AlSayyad has invited you to:\n\n"
        "Science Pipelines: DP1 processing review\n"
        "When: Thursday, January 21, 2027 8:30 \u2013 9:30 AM America/Los_Angeles\n"
        "Where: " + EML_URL + "\n"
        "Organizer: Yusra AlSayyad <yusra@example.org>\n"
        "Attendees: Yusra AlSayyad <yusra@example.org>, \u017deljko Ivezi\u0107 "
        "<zivezic@example.org>, Jim Bosch <jbosch@example.org>, Ian Sullivan "
        "<isullivan@example.org>, Colin Slater <cslater@example.org>\n\n"
        + desc)
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n"
        "<body>\n"
        "<table style=\"font-family: sans-serif\">\n"
        "<tr><td colspan=\"2\"><b>Science Pipelines: DP1 processing review</b></td></tr>\n"
        "<tr><td>When:</td><td>Thursday, January 21, 2027 8:30 &ndash; 9:30 AM America/Los_Angeles</td></tr>\n"
        "<tr><td>Where:</td><td><a href=\"" + EML_URL + "\">" + EML_URL + "</a></td></tr>\n"
        "<tr><td>Organizer:</td><td>Yusra AlSayyad &lt;yusra@example.org&gt;</td></tr>\n"
        "<tr><td>Attendees:</td><td>Yusra AlSayyad, \u017deljko Ivezi\u0107, Jim Bosch, Ian Sullivan, Colin Slater</td></tr>\n"
        "</table>\n<pre>"
        + desc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</pre>\n</body></html>\n")

    def crlf(s):
        return s.replace("\r\n", "\n").replace("\n", CRLF)

    msg = (
        "Return-Path: <yusra@example.org>\r\n"
        "Message-ID: <c1f0a7e2-88b4-4d0e-b3a6-5f2c9d41e7aa@example.org>\r\n"
        "Date: Wed, 2 Dec 2026 08:04:51 -0800\r\n"
        "MIME-Version: 1.0\r\n"
        "User-Agent: Mozilla Thunderbird\r\n"
        "Content-Language: en-US\r\n"
        "From: Yusra AlSayyad <yusra@example.org>\r\n"
        "To: =?UTF-8?Q?=C5=BDeljko_Ivezi=C4=87?= <zivezic@example.org>,\r\n"
        " Jim Bosch <jbosch@example.org>, Ian Sullivan <isullivan@example.org>,\r\n"
        " Colin Slater <cslater@example.org>\r\n"
        "Subject: =?UTF-8?Q?Invitation=3A_Science_Pipelines=3A_DP1_processing_review_?=\r\n"
        " =?UTF-8?Q?=E2=80=93_Thu_Jan_21=2C_2027_8=3A30_AM?=\r\n"
        "Content-Type: multipart/mixed; boundary=\"" + outer + "\"\r\n"
        "\r\n"
        "This is a multi-part message in MIME format.\r\n"
        "--" + outer + "\r\n"
        "Content-Type: multipart/alternative;\r\n"
        " boundary=\"" + inner + "\"\r\n"
        "\r\n"
        "--" + inner + "\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        + crlf(plain) +
        "--" + inner + "\r\n"
        "Content-Type: text/html; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        + crlf(html) +
        "--" + inner + "\r\n"
        "Content-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        + b64lines(cal) +
        "\r\n"
        "--" + inner + "--\r\n"
        "\r\n"
        "--" + outer + "\r\n"
        "Content-Type: application/ics; name=\"invite.ics\"\r\n"
        "Content-Disposition: attachment; filename=\"invite.ics\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        + b64lines(cal) +
        "\r\n"
        "--" + outer + "--\r\n")
    return msg.encode("utf-8"), cal


# --- teams.ics -------------------------------------------------------------

TEAMS_THREAD = "19%3ameeting_NjM3ZTk1ODctY2Y4Zi00YjE2LWJmOWMtZDI5YTc0ZDM2MjYx%40thread.v2"
TEAMS_URL = ("https://teams.microsoft.com/l/meetup-join/" + TEAMS_THREAD + "/0?context=%7b%22Tid%22%3a%22"
             "0e4d2a6c-5b1f-4c3e-9d8a-7f6b5c4d3e2a%22%2c%22Oid%22%3a%22"
             "5c1e7a34-9d2b-4f6e-8a10-3b7d92e4c6f1%22%7d")
TEAMS_OID = "5c1e7a34-9d2b-4f6e-8a10-3b7d92e4c6f1"


def exchange_attendee(p):
    return person("ATTENDEE", *p, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE").replace(
        ":mailto:", ":MAILTO:")


def exchange_event(uid, summary, start, end, stamp, organizer, attendees, desc,
                   location, skype_url, rrule=None, empty_values=False):
    lines = [
        "BEGIN:VEVENT",
        person("ORGANIZER", *organizer).replace(":mailto:", ":MAILTO:"),
        *[exchange_attendee(p) for p in attendees],
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
    ]
    if rrule:
        lines.append("RRULE:" + rrule)
    lines += [
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:" + esc(summary),
        "DTSTART;TZID=Pacific Standard Time:" + start,
        "DTEND;TZID=Pacific Standard Time:" + end,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp,
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:" + esc(location),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2123476917",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if rrule else 0),
        # Exchange writes these two empty; libical drops an empty value with a
        # VALUE-PARSE-ERROR, so only teams.eml keeps them (an importer must not
        # refuse a real invitation for it).
        *(["X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-ONLINEMEETINGCONFLINK:"]
          if empty_values else []),
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + skype_url,
        "X-MICROSOFT-SKYPETEAMSPROPERTIES:" + esc(
            '{"cid":"19:meeting_NjM3ZTk1ODctY2Y4Zi00YjE2LWJmOWMtZDI5YTc0ZDM2MjYx@thread.v2",'
            '"private":true,"type":0,"mid":0,"rid":0,"uid":null}'),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "X-MICROSOFT-LOCATIONS:" + esc(
            '[{"DisplayName":"%s","LocationAnnotation":"","LocationSource":0,'
            '"Unresolved":false,"LocationUri":""}]' % location),
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
    ]
    return lines


def exchange_calendar(events):
    return calendar([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        *VTZ_WINDOWS_PACIFIC,
        *events,
        "END:VCALENDAR",
    ])


def teams_ics():
    desc = teams_text(TEAMS_URL, "245 678 901 234", "aB3cD4", TEAMS_OID)
    return exchange_calendar(exchange_event(
        "040000008200E00074C5B7101A82E00800000000B0E3D8A1F35DDB01000000000000000010000000"
        "5E2A4C6F0D8B1E4A9C3F7B2D6E1A0C95",
        "Rubin Operations: Data Facility status, January",
        "20270119T130000", "20270119T140000", "20261202T173210Z",
        WIL, [WIL, KT, FRITZ, FROSSIE, GREGORY], desc,
        "Microsoft Teams Meeting", TEAMS_URL))


# --- teams.eml -------------------------------------------------------------

TEAMS_SHORT_P = "Vq9Lm3xZ"
TEAMS_SHORT_URL = "https://teams.microsoft.com/meet/27855501946?p=" + TEAMS_SHORT_P


def qp_encode(data):
    """Quoted-printable (RFC 2045 6.7) of CRLF text: hard breaks kept, soft breaks before 76."""
    out = []
    for raw in data.split(b"\r\n"):
        enc = []
        for i, b in enumerate(raw):
            c = chr(b)
            if (33 <= b <= 126 and c != "=") or (c in " \t" and i != len(raw) - 1):
                enc.append(c)
            else:
                enc.append("=%02X" % b)
        line = ""
        for tok in enc:
            if len(line) + len(tok) > 75:
                out.append(line + "=")
                line = ""
            line += tok
        out.append(line)
    return "\r\n".join(out)


def teams_eml():
    desc = teams_text(TEAMS_SHORT_URL, "278 555 019 46", "Vq9Lm3xZ", TEAMS_OID, short_link=True)
    body_intro = "Agenda: storage quotas at USDF and the IDF hand-over.\n"
    cal = exchange_calendar(exchange_event(
        "040000008200E00074C5B7101A82E00800000000E4A71C9F8E5DDB010000000000000000100000007A3C2E"
        "91B04D5F4E8A6C1D3B9F2E7A40",
        "USDF / IDF storage coordination",
        "20270204T070000", "20270204T080000", "20261202T174402Z",
        FRITZ, [FRITZ, KT, TIM, WIL], body_intro + desc,
        "Microsoft Teams Meeting", TEAMS_SHORT_URL, empty_values=True))
    boundary = "_000_SJ0PR11MB5678D3A2F1E4C6B9A0D7E8F1SJ0PR11MB5678namp_"
    plain = (body_intro + desc).replace("\n", "\r\n")
    html = (
        "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n"
        "</head>\r\n<body>\r\n<div class=\"elementToProof\" style=\"font-family: Aptos, sans-serif; "
        "font-size: 12pt;\">Agenda: storage quotas at USDF and the IDF hand-over.</div>\r\n"
        "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">"
        + TEAMS_RULE + "</span></div>\r\n"
        "<div class=\"me-email-text\" lang=\"en-US\" style=\"color:#242424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif\">\r\n"
        "<div style=\"margin-top:24px;margin-bottom:20px\"><span style=\"font-size:24px;color:#252424\">Microsoft Teams meeting</span></div>\r\n"
        "<div style=\"margin-bottom:20px\"><div style=\"margin-top:0px;margin-bottom:0px;font-weight:bold\">"
        "<span style=\"font-size:14px;color:#252424\">Join on your computer, mobile app or room device</span></div>\r\n"
        "<a class=\"me-email-headline\" href=\"" + TEAMS_SHORT_URL + "\" target=\"_blank\" "
        "style=\"font-size:14px;font-family:'Segoe UI Semibold','Segoe UI',sans-serif;text-decoration:underline;color:#6264a7\">"
        "Join the meeting now</a></div>\r\n"
        "<div style=\"margin-bottom:20px;margin-top:20px\"><span style=\"font-size:14px;color:#252424\">Meeting ID: "
        "</span><span style=\"font-size:16px;color:#252424\">278 555 019 46</span><br>\r\n"
        "<span style=\"font-size:14px;color:#252424\">Passcode: </span><span style=\"font-size:16px;color:#252424\">"
        "Vq9Lm3xZ</span></div>\r\n"
        "<div style=\"margin-bottom:20px\"><span style=\"font-size:14px;color:#252424\">Or call in (audio only)</span><br>\r\n"
        "<a href=\"tel:+13235550188,,123456789#\">+1 323-555-0188,,123456789#</a> United States, Los Angeles<br>\r\n"
        "<a href=\"tel:8335550190,,123456789#\">(833) 555-0190,,123456789#</a> United States (Toll-free)<br>\r\n"
        "Phone Conference ID: 123 456 789#</div>\r\n"
        "</div>\r\n"
        "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">"
        + TEAMS_RULE + "</span></div>\r\n"
        "</body>\r\n</html>\r\n")
    msg = (
        "Received: from SJ0PR11MB5678.namprd11.prod.outlook.com (2603:10b6:a03:2a1::9) by\r\n"
        " BY5PR11MB4321.namprd11.prod.outlook.com with HTTPS; Wed, 2 Dec 2026 17:44:03 +0000\r\n"
        "From: Fritz Mueller <fritzm@example.org>\r\n"
        "To: Kian-Tat Lim <ktl@example.org>, Tim Jenness <tjenness@example.org>, Wil\r\n"
        "\tO'Mullane <womullane@example.org>\r\n"
        "Subject: USDF / IDF storage coordination\r\n"
        "Thread-Topic: USDF / IDF storage coordination\r\n"
        "Thread-Index: AdtE0M3kQ1n3VZ6bT0mV8yqXc2pR1w==\r\n"
        "Date: Wed, 2 Dec 2026 17:44:02 +0000\r\n"
        "Message-ID:\r\n"
        " <SJ0PR11MB5678D3A2F1E4C6B9A0D7E8F1SJ0PR11MB5678@SJ0PR11MB5678.namprd11.prod.outlook.com>\r\n"
        "Accept-Language: en-US\r\n"
        "Content-Language: en-US\r\n"
        "X-MS-Exchange-Organization-AuthAs: Internal\r\n"
        "X-MS-Has-Attach:\r\n"
        "X-MS-TNEF-Correlator:\r\n"
        "Content-Type: multipart/alternative;\r\n"
        "\tboundary=\"" + boundary + "\"\r\n"
        "MIME-Version: 1.0\r\n"
        "\r\n"
        "--" + boundary + "\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        + qp_encode(plain.encode("utf-8")) + "\r\n"
        "\r\n"
        "--" + boundary + "\r\n"
        "Content-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        + qp_encode(html.encode("utf-8")) + "\r\n"
        "\r\n"
        "--" + boundary + "\r\n"
        "Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        + qp_encode(cal) + "\r\n"
        "\r\n"
        "--" + boundary + "--\r\n")
    return msg.encode("utf-8"), cal


# --- meet.ics --------------------------------------------------------------

def google_attendee(p, partstat="NEEDS-ACTION", rsvp="TRUE"):
    return person("ATTENDEE", *p, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=%s"
                  % (partstat, rsvp)).replace(":mailto:", ";X-NUM-GUESTS=0:mailto:")


def google_calendar(events):
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *VTZ_GOOGLE_LA,
        *events,
        "END:VCALENDAR",
    ])


def meet_ics():
    desc = ("Quarterly look at the Butler roadmap; notes in the usual doc.\n\n"
            + google_meet_text("abc-defg-hij", "+1 573-555-0142", "287 451 903#", "2874519030127"))
    return google_calendar([
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Los_Angeles:20270126T110000",
        "DTEND;TZID=America/Los_Angeles:20270126T114500",
        "DTSTAMP:20261202T175102Z",
        person("ORGANIZER", *TIM),
        "UID:5q8k3m1v0d2h7c6n9r4t1b8e3a@google.com",
        google_attendee(TIM, "ACCEPTED"),
        google_attendee(JIM),
        google_attendee(KT),
        google_attendee(COLIN),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1397821536",
        "CREATED:20261202T175047Z",
        "DESCRIPTION:" + esc(desc),
        "LAST-MODIFIED:20261202T175101Z",
        # Google writes an empty LOCATION; libical drops it with a VALUE-PARSE-ERROR.
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Middleware roadmap, Q1"),
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H10M0S",
        "END:VALARM",
        "END:VEVENT",
    ])


# --- webex.ics -------------------------------------------------------------

WEBEX_URL = "https://example.webex.com/example/j.php?MTID=m8f3c2a1b0e9d8c7b6a5f4e3d2c1b0a9f"


def webex_ics():
    desc = (
        "Hello,\n\n"
        "Robert Lupton invites you to join this Webex meeting.\n\n"
        "Join meeting\n"
        + WEBEX_URL + "\n\n"
        "More ways to join:\n\n"
        "Join from the meeting link\n"
        + WEBEX_URL + "\n\n"
        "Join by meeting number\n"
        "Meeting number (access code): 2634 123 4567\n"
        "Meeting password: Kp7x!Qz2 (75792920 from phones and video systems)\n\n"
        "Tap to join from a mobile device (attendees only)\n"
        "+1-415-655-0001,,26341234567#75792920# US Toll\n"
        "+1-855-555-0177,,26341234567#75792920# US Toll Free\n\n"
        "Join by phone\n"
        "+1-415-655-0001 US Toll\n"
        "+1-855-555-0177 US Toll Free\n"
        "Global call-in numbers: https://example.webex.com/example/globalcallin.php?MTID=m2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f01\n\n"
        "Join from a video system or application\n"
        "Dial 26341234567@example.webex.com\n"
        "You can also dial 198.51.100.68 and enter your meeting number.\n\n"
        "Join using Microsoft Lync or Microsoft Skype for Business\n"
        "Dial 26341234567.example@lync.webex.com\n\n"
        "If you are a host, go here to view host information.\n\n"
        "Need help? Go to https://help.webex.com\n")
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Cisco Systems Inc.//Webex Meetings//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *VTZ_WEBEX_NY,
        "BEGIN:VEVENT",
        "UID:m8f3c2a1b0e9d8c7b6a5f4e3d2c1b0a9f@example.webex.com",
        "DTSTAMP:20261202T180522Z",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Calibration products review",
        "DTSTART;TZID=America/New_York:20270209T120000",
        "DTEND;TZID=America/New_York:20270209T133000",
        "LOCATION:" + esc(WEBEX_URL),
        "URL:" + WEBEX_URL,
        person("ORGANIZER", *ROBERT),
        person("ATTENDEE", *ERIC, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *YUSRA, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *ZELJKO, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        "DESCRIPTION:" + esc(desc),
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


# --- recurring -------------------------------------------------------------

WEEKLY_PWD = "Ym9sZFdlZWtseUFQc3luY1Bhc3Njb2RlMQ"
WEEKLY_URL = "https://us06web.zoom.us/j/98255501764?pwd=" + WEEKLY_PWD


def recurring_weekly_ics():
    desc = zoom_text(
        "Ian Sullivan", "Alert Production weekly",
        "Jan 5, 2027 09:00 AM Pacific Time (US and Canada)",
        WEEKLY_URL, "982 5550 1764", "310927", "310927",
        "https://us06web.zoom.us/u/kdT8wQm2Ve",
        recurrence="        Every week on Tue, until Jun 29, 2027, 26 occurrence(s)\n"
                   "Please download and import the following iCalendar (.ics) files to your calendar system.\n"
                   "Weekly: https://us06web.zoom.us/meeting/tZ0sdu2hqD4uE9Xv/ics?icsToken=98tyKuGgrzMoH9KVsB-ARpw-GYr4d-zxmClagvp0tTbzKBFkMgfwD_dRI59aM_Lz")
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *VTZ_ZOOM_LA,
        "BEGIN:VEVENT",
        "DTSTAMP:20261202T181030Z",
        "DTSTART;TZID=America/Los_Angeles:20270105T090000",
        "DTEND;TZID=America/Los_Angeles:20270105T094500",
        "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270629T160000Z",
        "EXDATE;TZID=America/Los_Angeles:20270330T090000",
        "SUMMARY:Alert Production weekly",
        "UID:20261202T181030Z-98255501764@fe80:0:0:0:c5b:9a1f:3e2d:71a4ens3",
        person("ORGANIZER", *IAN),
        person("ATTENDEE", *ERIC, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *COLIN, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", *KT, ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc(WEEKLY_URL),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "BEGIN:VALARM",
        "TRIGGER:-PT10M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


BIWEEKLY_URL = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDhmNDU3YjEtMmE5Yy00NzFkLWI2ZTMtOGMxZjBhNTk0ZDI3"
                "%40thread.v2/0?context=%7b%22Tid%22%3a%220e4d2a6c-5b1f-4c3e-9d8a-7f6b5c4d3e2a%22%2c%22Oid%22%3a%22"
                "a41b7c9e-2f3d-4e58-9b60-d1c8e7f2a035%22%7d")


def recurring_biweekly_ics():
    desc = teams_text(BIWEEKLY_URL, "219 555 407 318", "Tz6Wq2", "a41b7c9e-2f3d-4e58-9b60-d1c8e7f2a035")
    return exchange_calendar(exchange_event(
        "040000008200E00074C5B7101A82E00800000000C7D92B0F4A5DDB01000000000000000010000000"
        "2B9E4F1A7C3D5E6F8A0B1C2D3E4F5A6B",
        "Data Release Production check-in",
        "20270107T140000", "20270107T143000", "20261202T181544Z",
        YUSRA, [YUSRA, JIM, ZELJKO, ROBERT], desc,
        "Microsoft Teams Meeting", BIWEEKLY_URL,
        rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=10;WKST=SU"))


def recurring_monthly_ics():
    desc = ("Monthly DM System Science Team meeting: science validation, DP1 follow-ups.\n\n"
            + google_meet_text("xqz-mwpr-tkb", "+1 573-555-0142", "604 118 275#", "6041182750219"))
    common = [
        person("ORGANIZER", *LEANNE),
        google_attendee(LEANNE, "ACCEPTED"),
        google_attendee(ERIC),
        google_attendee(COLIN),
        google_attendee(GREGORY),
        google_attendee(ZELJKO),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/xqz-mwpr-tkb",
        "DESCRIPTION:" + esc(desc),
        "STATUS:CONFIRMED",
        "SUMMARY:DM System Science Team monthly",
        "TRANSP:OPAQUE",
    ]
    return google_calendar([
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Los_Angeles:20270119T080000",
        "DTEND;TZID=America/Los_Angeles:20270119T090000",
        "RRULE:FREQ=MONTHLY;BYDAY=3TU",
        "DTSTAMP:20261202T182004Z",
        "UID:0h4f7k2s9d1b3n6m8p5r2t7v0c_R20270119T160000@google.com",
        "CREATED:20261202T181950Z",
        "LAST-MODIFIED:20261202T182003Z",
        "SEQUENCE:0",
        *common,
        "END:VEVENT",
        # One instance moved by a day, as Google sends it with the series.
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Los_Angeles:20270217T080000",
        "DTEND;TZID=America/Los_Angeles:20270217T090000",
        "DTSTAMP:20261202T182004Z",
        "UID:0h4f7k2s9d1b3n6m8p5r2t7v0c_R20270119T160000@google.com",
        "RECURRENCE-ID;TZID=America/Los_Angeles:20270216T080000",
        "CREATED:20261202T181950Z",
        "LAST-MODIFIED:20261202T182003Z",
        "SEQUENCE:1",
        *common,
        "END:VEVENT",
    ])


# --- multiday.ics ----------------------------------------------------------

F2F_PWD = "WnRqQ3lPZk9uc2l0ZVdvcmtzaG9wMjAyNg"
F2F_URL = "https://us06web.zoom.us/j/96355504182?pwd=" + F2F_PWD


def multiday_ics():
    events = []
    days = [("20261031", "090000", "170000", 1), ("20261101", "090000", "170000", 2),
            ("20261102", "090000", "123000", 3)]
    for date, start, end, n in days:
        desc = (
            "Day %d of 3 of the DM Leadership Team face-to-face workshop.\n"
            "In person: Room 2020, SLAC Building 48, Menlo Park. Remote participants join on Zoom:\n\n" % n
            + zoom_text("Wil O'Mullane", "DM Leadership Team Face-to-Face Workshop",
                        "Oct 31, 2026 09:00 AM Pacific Time (US and Canada)",
                        F2F_URL, "963 5550 4182", "852317", "852317",
                        "https://us06web.zoom.us/u/kb2Lx9Tq4W"))
        events += [
            "BEGIN:VEVENT",
            "DTSTART;TZID=America/Los_Angeles:%sT%s" % (date, start),
            "DTEND;TZID=America/Los_Angeles:%sT%s" % (date, end),
            "DTSTAMP:20261002T201233Z",
            person("ORGANIZER", *WIL),
            "UID:7d3f9a1c5e2b4860a0c4b8e6d2f1a39%d@google.com" % n,
            google_attendee(WIL, "ACCEPTED"),
            google_attendee(LEANNE),
            google_attendee(FROSSIE),
            google_attendee(KT),
            google_attendee(YUSRA),
            "CREATED:20261002T201101Z",
            "DESCRIPTION:" + esc(desc),
            "LAST-MODIFIED:20261002T201232Z",
            "LOCATION:" + esc("Room 2020, SLAC Building 48, Menlo Park"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:DM Leadership Team Face-to-Face Workshop",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    return google_calendar(events)


# --- utc.ics ---------------------------------------------------------------

def utc_ics():
    desc = ("Monthly sync between Rubin DM and LSST:UK on data access; "
            "minutes on the usual page.\n\n"
            "Join Zoom Meeting\n"
            "https://zoom.us/j/98765550123\n\n"
            "Meeting ID: 987 6555 0123\n")
    return calendar([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example Org//Meeting Scheduler 4.2//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:lsstuk-data-access-20270203@example.org",
        "DTSTAMP:20261202T182733Z",
        "DTSTART:20270203T170000Z",
        "DTEND:20270203T180000Z",
        "SUMMARY:LSST:UK data access sync",
        "LOCATION:" + esc("Royal Observatory Edinburgh, Lecture Theatre; and Zoom"),
        "DESCRIPTION:" + esc(desc),
        person("ORGANIZER", *GREGORY),
        person("ATTENDEE", *GREGORY, ";ROLE=CHAIR;PARTSTAT=ACCEPTED"),
        person("ATTENDEE", *FROSSIE, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        person("ATTENDEE", "George Beckett", "gbeckett@example.org",
               ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


# --- allday.ics ------------------------------------------------------------

def allday_ics():
    return calendar([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "VERSION:2.0",
        "PRODID:-//Apple Inc.//macOS 14.5//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        "TRANSP:TRANSPARENT",
        "DTEND;VALUE=DATE:20270317",
        person("ORGANIZER", *KT, ";EMAIL=ktl@example.org"),
        "UID:6E1B4F0A-3C2D-4E5F-8A9B-0C1D2E3F4A5B",
        "DTSTAMP:20261202T183015Z",
        "LOCATION:" + esc("SLAC Building 48, Menlo Park"),
        "DESCRIPTION:" + esc("Two days set aside for the DP1 rehearsal: no other meetings, please.\n"
                             "Schedule and checklist on the rehearsal page."),
        "SEQUENCE:0",
        person("ATTENDEE", *KT, ";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR;EMAIL=ktl@example.org"),
        person("ATTENDEE", *FRITZ, ";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;EMAIL=fritzm@example.org"),
        person("ATTENDEE", *TIM, ";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;EMAIL=tjenness@example.org"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "SUMMARY:DP1 rehearsal (all day)",
        "CREATED:20261202T182955Z",
        "DTSTART;VALUE=DATE:20270315",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


# --- hostile-text.ics ------------------------------------------------------

HOSTILE_TITLE = ("Budget <script>alert('q')</script> review; \u202eweiver\u202c "
                 "\u0645\u0631\u0627\u062c\u0639\u0629 \U0001F4C5\U0001F680, \"final\"")
INJECTION = "\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected@example.org\nDTSTART:20270101T000000Z\nSUMMARY:Injected\n"


def hostile_description():
    words = "lorem ipsum \u05e9\u05dc\u05d5\u05dd \U0001F600 dolor sit amet, "
    long_part = (words * 400)  # ~ 14 KB in one logical line
    return ("<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">agenda</a>\n"
            + INJECTION
            + "A long line follows.\n"
            + long_part + "END\n"
            + "Backslash \\n is not a newline, nor is \\\\; C:\\Temp\\new\n")


def hostile_ics():
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Org//Hand-written//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        *VTZ_GOOGLE_LA,
        "BEGIN:VEVENT",
        "UID:hostile-text-1@example.org",
        "DTSTAMP:20261202T183500Z",
        "DTSTART;TZID=America/Los_Angeles:20270302T100000",
        "DTEND;TZID=America/Los_Angeles:20270302T110000",
        "SUMMARY:" + esc(HOSTILE_TITLE),
        "DESCRIPTION:" + esc(hostile_description()),
        "LOCATION:" + esc("<b>Room</b> 1\nX-INJECTED:yes"),
        # RFC 6868: ^' is a double quote inside a parameter value.
        "ORGANIZER;CN=\"Robert ^'Bob^' Lupton\":mailto:rhl@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"O'Mullane, Wil; <script>x</script>\":mailto:womullane@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"\u202eLeanne Guy \U0001F680\":mailto:lguy@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


# --- malformed -------------------------------------------------------------

def not_ics():
    text = zoom_text(
        "Leanne Guy", "DM Leadership Team Meeting",
        "Jan 11, 2027 10:00 AM Pacific Time (US and Canada)",
        ZOOM_URL, "913 3759 2385", "483920", "483920",
        "https://us06web.zoom.us/u/kbQx3Ry7Zp")
    return text.encode("utf-8")  # an invitation text pasted into a file named .ics (LF ends)


def truncated():
    data = zoom_ics()
    cut = data.index(b"DESCRIPTION:") + 900
    return data[:cut]


def no_dtstart():
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Org//Hand-written//EN",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:no-dtstart-1@example.org",
        "DTSTAMP:20261202T184000Z",
        "DURATION:PT1H",
        "SUMMARY:DMLT Meeting",
        person("ORGANIZER", *LEANNE),
        "LOCATION:https://us06web.zoom.us/j/91337592385",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


def bad_tzid():
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Org//Hand-written//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:bad-tzid-1@example.org",
        "DTSTAMP:20261202T184100Z",
        "DTSTART;TZID=Rubin Summit Time:20270120T090000",
        "DTEND;TZID=Rubin Summit Time:20270120T100000",
        "SUMMARY:Summit operations briefing",
        person("ORGANIZER", *WIL),
        person("ATTENDEE", *KT, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
        "LOCATION:https://us06web.zoom.us/j/91337592385",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


def no_event():
    return calendar([
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Org//Hand-written//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "BEGIN:VTODO",
        "UID:todo-1@example.org",
        "DTSTAMP:20261202T184200Z",
        "DUE;VALUE=DATE:20270115",
        "SUMMARY:" + esc("Provide a briefing on OCPS development"),
        "STATUS:NEEDS-ACTION",
        "END:VTODO",
        "END:VCALENDAR",
    ])


def binary():
    rng = random.Random(21)
    return bytes(rng.getrandbits(8) for _ in range(4096))


def not_invitation_eml():
    return (
        "From: Frossie Economou <frossie@example.org>\r\n"
        "To: Leanne Guy <lguy@example.org>\r\n"
        "Subject: Re: DMLT Meeting on Monday\r\n"
        "Date: Wed, 2 Dec 2026 10:12:40 -0800\r\n"
        "Message-ID: <8b2e4c1a-7f3d-4e9a-b5c6-0d1e2f3a4b5c@example.org>\r\n"
        "In-Reply-To: <3f1c9a7e-2b4d-4c8e-9a0b-1c2d3e4f5a6b@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/alternative; boundary=\"b1_9f8e7d6c5b4a\"\r\n"
        "\r\n"
        "--b1_9f8e7d6c5b4a\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        "\r\n"
        "Hi Leanne,\r\n"
        "\r\n"
        "Monday at 10:00 works for me; I will join on Zoom as usual\r\n"
        "(https://us06web.zoom.us/j/91337592385). Can we add ten minutes on the\r\n"
        "Science Platform roadmap?\r\n"
        "\r\n"
        "BEGIN:VEVENT is not a calendar, nor is this line.\r\n"
        "\r\n"
        "Frossie\r\n"
        "\r\n"
        "--b1_9f8e7d6c5b4a\r\n"
        "Content-Type: text/html; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        "\r\n"
        "<p>Hi Leanne,</p><p>Monday at 10:00 works for me; I will join on Zoom as usual\r\n"
        "(<a href=\"https://us06web.zoom.us/j/91337592385\">link</a>). Can we add ten\r\n"
        "minutes on the Science Platform roadmap?</p><p>Frossie</p>\r\n"
        "\r\n"
        "--b1_9f8e7d6c5b4a--\r\n").encode("ascii")


def main():
    write("zoom.ics", zoom_ics())
    eml, _ = zoom_eml()
    write("zoom.eml", eml)
    write("teams.ics", teams_ics())
    eml, _ = teams_eml()
    write("teams.eml", eml)
    write("meet.ics", meet_ics())
    write("webex.ics", webex_ics())
    write("recurring-weekly.ics", recurring_weekly_ics())
    write("recurring-biweekly.ics", recurring_biweekly_ics())
    write("recurring-monthly.ics", recurring_monthly_ics())
    write("multiday.ics", multiday_ics())
    write("utc.ics", utc_ics())
    write("allday.ics", allday_ics())
    write("hostile-text.ics", hostile_ics())
    write("not-ics.ics", not_ics())
    write("truncated.ics", truncated())
    write("no-dtstart.ics", no_dtstart())
    write("bad-tzid.ics", bad_tzid())
    write("binary.ics", binary())
    write("empty.ics", b"")
    write("no-event.ics", no_event())
    write("not-invitation.eml", not_invitation_eml())


if __name__ == "__main__":
    main()
