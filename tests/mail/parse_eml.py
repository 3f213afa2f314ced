#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses .eml files with Python's email module and prints what a mail client would see, as JSON.

Used by tst_mailexport: a second, independent reader of what MailMessage writes.
usage: parse_eml.py FILE...
"""
import email
import email.policy
import hashlib
import html
import json
import re
import sys


def text_of_html(markup):
    without_tags = re.sub(r"<[^>]*>", " ", re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", markup))
    return " ".join(html.unescape(without_tags).split())


def parse(path):
    with open(path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    result = {
        "file": path,
        "headers": [name for name in msg.keys()],
        "from": [[a.display_name, a.addr_spec] for a in msg["From"].addresses] if msg["From"] else [],
        "to": [[a.display_name, a.addr_spec] for a in msg["To"].addresses] if msg["To"] else [],
        "subject": str(msg["Subject"]),
        "date": msg["Date"].datetime.isoformat() if msg["Date"] else "",
        "messageId": str(msg["Message-ID"]),
        "unsent": str(msg["X-Unsent"]),
        "contentTypes": [part.get_content_type() for part in msg.walk()],
        "plain": "",
        "htmlText": "",
        "attachments": [],
        "defects": [type(d).__name__ for part in msg.walk() for d in part.defects] + [type(d).__name__ for d in msg.defects],
    }
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            data = part.get_payload(decode=True)
            result["attachments"].append({
                "fileName": part.get_filename(),
                "contentType": part.get_content_type(),
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            })
        elif part.get_content_type() == "text/plain":
            result["plain"] = part.get_content()
        elif part.get_content_type() == "text/html":
            result["htmlText"] = text_of_html(part.get_content())
    return result


if __name__ == "__main__":
    json.dump([parse(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)
