#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the generated Confluence fixtures next to this script.

    python3 make_generated.py

Writes weekly-word.doc (an "Export to Word" file: MIME HTML with a
quoted-printable HTML part and a base64 image part), hostile-deep.xhtml
(storage format nested 10,000 levels deep), hostile-huge-table.xhtml
(an agenda table of 20,000 rows), binary.bin (random bytes) and
empty.xhtml (zero bytes). The output is deterministic: running the script
again gives the same bytes. The test suite does not run Python; the
generated files are committed.
"""

import base64
import os
import quopri
import random
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# The one real-looking passcode in the fixtures: the importer must drop it
# (expectations.json, passcodeMustNotAppear).
PASSCODE = "483920"

BOUNDARY = "----=_Part_1712_1085622954.1698750874211"
IMAGE_NAME = "a7f3e2c1d9b04e6f.png"



def user(username, name):
    return ('<a class="confluence-userlink user-mention" data-username="%s" '
            'href="https://confluence.lsstcorp.org/display/~%s" '
            'data-linked-resource-type="userinfo">%s</a>' % (username, username, name))


def word_html():
    """The page of weekly-export.html as Export to Word renders it: no
    breadcrumbs or Confluence chrome, absolute links, the title in <title>
    and an <h1>, Word's conditional XML and @page style. The Zoom text holds
    a passcode, which is what this fixture is for."""
    wil = user("womullane", "Wil O'Mullane")
    leanne = user("lguy", "Leanne Guy")
    ktl = user("ktl", "Kian-Tat Lim")
    yusra = user("yusra", "Yusra AlSayyad")
    tim = user("tjenness", "Tim Jenness")
    eric = user("ebellm", "Eric Bellm")
    fritz = user("fritzm", "Fritz Mueller")
    colin = user("cslater", "Colin Slater")
    td = '<td class="confluenceTd">'
    return """<html xmlns:o='urn:schemas-microsoft-com:office:office'
      xmlns:w='urn:schemas-microsoft-com:office:word'
      xmlns:v='urn:schemas-microsoft-com:vml'
      xmlns='urn:w3-org-ns:HTML'>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>DMLT Meeting - 2023-10-30</title>
    <!--[if gte mso 9]>
    <xml>
        <o:TargetScreenSize>1024x640</o:TargetScreenSize>
        <o:PixelsPerInch>72</o:PixelsPerInch>
        <o:AllowPNG/>
    </xml>
    <xml>
        <w:WordDocument>
            <w:View>Print</w:View>
            <w:Zoom>90</w:Zoom>
            <w:DoNotOptimizeForBrowser/>
        </w:WordDocument>
    </xml>
    <![endif]-->
    <style>
                <!--
        @page Section1 {
            size: 8.5in 11.0in;
            margin: 1.0in;
            mso-header-margin: .5in;
            mso-footer-margin: .5in;
            mso-paper-source: 0;
        }

        table {
            border: solid 1px;
            border-collapse: collapse;
        }

        table td, table th {
            border: solid 1px;
            padding: 5px;
        }

        td {
            page-break-inside: avoid;
        }

        tr {
            page-break-after: avoid;
        }

        div.Section1 {
            page: Section1;
        }

        /* Confluence print stylesheet applied to Word export */
        .confluence-userlink, .jira-issue-key {
            color: #0052cc;
        }
        -->
    </style>
</head>
<body>
    <h1>DMLT Meeting - 2023-10-30</h1>
    <div class="Section1">
        <h1 id="DMLTMeeting-2023-10-30-Logistics">Logistics</h1>
<h2 id="DMLTMeeting-2023-10-30-Date">Date</h2>
<p><time datetime="2023-10-30" class="date-past">30 Oct 2023</time> </p>
<h2 id="DMLTMeeting-2023-10-30-Location">Location</h2>
<p>This meeting will be held on <a href="https://zoom.us/" class="external-link" rel="nofollow">Zoom</a>:</p>
<ul>
<li>Join Zoom Meeting: <a href="https://noirlab-edu.zoom.us/j/93452168402" class="external-link" rel="nofollow">https://noirlab-edu.zoom.us/j/93452168402</a> (ID: 93452168402) Passcode: PASSCODE</li>
<li>Join by phone (US) +1 669 900 6833</li>
<li>Join using SIP 93452168402@zoomcrc.com</li>
</ul>
<p>For the meeting passcode, see <a href="https://lsstc.slack.com/archives/C2JPL8EGH" class="external-link" rel="nofollow">#dm-camelot</a> on Slack.</p>
<h2 id="DMLTMeeting-2023-10-30-Participants">Participants</h2>
<ul>
<li>WIL</li>
<li>LEANNE</li>
<li>KTL</li>
<li>YUSRA</li>
<li>Frossie Economou</li>
<li>TIM</li>
<li>Colin Slater</li>
<li>ERIC</li>
<li>Gregory Dubois-Felsmann</li>
<li>FRITZ</li>
<li>Cristián Silva</li>
<li><span class="unresolved">Unknown User (gcomoretto)</span></li>
</ul>
<h1 id="DMLTMeeting-2023-10-30-Agenda">Agenda</h1>
<div class="table-wrap"><table class="relative-table wrapped confluenceTable" style="width: 100.0%;"><colgroup><col style="width: 6.0%;" /><col style="width: 16.0%;" /><col style="width: 10.0%;" /><col style="width: 24.0%;" /><col style="width: 44.0%;" /></colgroup><tbody>
<tr><th class="confluenceTh">Time</th><th class="confluenceTh">Topic</th><th class="confluenceTh">Coordinator</th><th class="confluenceTh">Pre-meeting notes</th><th class="confluenceTh">Running notes</th></tr>
<tr>TD10:00</td>TDProject news and updates</td>TDWIL</td>TD<ul><li>Anything from the last week that the group should know?</li></ul></td>TD<div class="content-wrapper"><ul><li>Operations Rehearsal 3 went well; report to follow.<ul><li>Prompt processing ran for five nights without intervention.</li><li>Two gaps in the nightly summary; cause understood.</li></ul></li><li>The new calibration products pipeline is being tested in <span class="confluence-jim-macro jira-issue" data-jira-key="DM-41234"><a href="https://jira.lsstcorp.org/browse/DM-41234" class="jira-issue-key">DM-41234</a> - <span class="summary">Getting issue details...</span> <span class="aui-lozenge aui-lozenge-subtle aui-lozenge-default issue-placeholder">STATUS</span></span>.</li></ul></div></td></tr>
<tr>TD10:15</td>TDFollow-up from the October face-to-face</td>TDLEANNE</td>TD<p>See <a href="https://confluence.lsstcorp.org/pages/viewpage.action?pageId=213156901">DM Leadership Team Virtual Face-to-Face Meeting - 2023-Oct-24</a>.</p></td>TD<div class="content-wrapper"><ul><li>Summary of the F2F for the wider DM team is drafted.</li><li>Scope of DP1 still needs to be pinned down.<ul><li>Pipelines want the full DRP on LSSTComCam data.</li><li>Science platform wants a stable TAP schema two weeks before release.</li></ul></li></ul><ul class="inline-task-list" data-inline-tasks-content-id="213156938"><li data-inline-task-id="1" class="checked"><span class="placeholder-inline-tasks">KTL — post the F2F summary to community.lsst.org <time datetime="2023-11-01" class="date-past">01 Nov 2023</time></span></li><li data-inline-task-id="2"><span class="placeholder-inline-tasks">YUSRA COLIN — define the DP1 scope for the pipelines <time datetime="2023-11-20" class="date-past">20 Nov 2023</time></span></li><li data-inline-task-id="3"><span class="placeholder-inline-tasks">T/CAMs — review the December milestone dates <time datetime="2023-11-13" class="date-past">13 Nov 2023</time></span></li></ul><p><span class="confluence-embedded-file-wrapper"><img class="confluence-embedded-image" src="IMAGE" data-linked-resource-default-alias="Screenshot 2023-10-30 at 10.21.07.png" height="32" width="32"></span></p></div></td></tr>
<tr>TD10:40</td>TDMiddleware: new query system</td>TDTIM</td>TD<p>Slides: <a href="https://confluence.lsstcorp.org/download/attachments/213156938/query-system-2023-10.pdf?version=1&amp;modificationDate=1698689553000&amp;api=v2" data-linked-resource-type="attachment" data-linked-resource-default-alias="query-system-2023-10.pdf">query-system-2023-10.pdf</a></p></td>TD<div class="content-wrapper"><ul><li>The new query system is in the weekly; old system stays the default until the end of November.</li><li>RFC-958 (drop the old query system) opens next week.</li></ul><ul class="inline-task-list" data-inline-tasks-content-id="213156938"><li data-inline-task-id="4" class="checked"><span class="placeholder-inline-tasks">TIM — announce the weekly with the new query system on community.lsst.org <time datetime="2023-11-03" class="date-past">03 Nov 2023</time></span></li></ul></div></td></tr>
<tr>TD10:55</td>TDAOB</td>TDWIL</td>TD<br /></td>TD<ul><li>No call on 2023-11-27 (Thanksgiving week).</li></ul></td></tr>
<tr>TD11:00</td>TDClose</td>TD<br /></td>TD<br /></td>TD<br /></td></tr>
</tbody></table></div>
<h1 id="DMLTMeeting-2023-10-30-ActionItemSummary">Action Item Summary</h1>
<p>There are no incomplete tasks matching the report.</p>
    </div>
</body>
</html>
""".replace("PASSCODE", PASSCODE).replace("IMAGE", IMAGE_NAME).replace("TD", td) \
        .replace("WIL", wil).replace("LEANNE", leanne).replace("KTL", ktl) \
        .replace("YUSRA", yusra).replace("TIM", tim).replace("ERIC", eric) \
        .replace("FRITZ", fritz).replace("COLIN", colin)


def png(width, height, rgb):
    """A small valid PNG of one colour."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def write_word():
    html = word_html()
    # The page text puts the user links in place of markers; make sure no
    # marker survived and the markers did not eat page text.
    for marker in ("PASSCODE", "IMAGE\"", ">TD", "WIL<", "KTL "):
        assert marker not in html, marker
    qp = quopri.encodestring(html.encode("utf-8"), quotetabs=False)
    qp = qp.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    image = base64.encodebytes(png(32, 32, (0x1f, 0x6f, 0xb5))).replace(b"\n", b"\r\n")
    head = ("Date: Tue, 31 Oct 2023 11:14:34 +0000 (UTC)\r\n"
            "Message-ID: <1419863251.1713.1698750874212@confluence.lsstcorp.org>\r\n"
            "Subject: Exported From Confluence\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related; \r\n"
            "\tboundary=\"%s\"\r\n"
            "\r\n"
            "--%s\r\n"
            "Content-Type: text/html; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: file:///C:/exported.html\r\n"
            "\r\n" % (BOUNDARY, BOUNDARY)).encode("ascii")
    part2 = ("\r\n--%s\r\n"
             "Content-Type: image/png\r\n"
             "Content-Transfer-Encoding: base64\r\n"
             "Content-Location: file:///C:/%s\r\n"
             "\r\n" % (BOUNDARY, IMAGE_NAME)).encode("ascii")
    tail = ("\r\n--%s--\r\n" % BOUNDARY).encode("ascii")
    data = head + qp + part2 + image + tail
    for needed in (b"=\r\n", b"=3D", b"=E2=80=94", b"=C3=A1"):
        assert needed in data, needed
    with open(os.path.join(HERE, "weekly-word.doc"), "wb") as f:
        f.write(data)


def write_deep():
    """Storage format with a list nested 10,000 levels deep inside the running
    notes of an otherwise ordinary agenda row. Refused: no parser may recurse
    that deep on the stack."""
    depth = 10000
    head = ('<h1>Logistics</h1>\n<h2>Date</h2>\n<p><time datetime="2024-03-11" /></p>\n'
            '<h1>Agenda</h1>\n<table>\n<tbody>\n'
            '<tr><th>Time</th><th>Topic</th><th>Coordinator</th><th>Pre-meeting notes</th><th>Running notes</th></tr>\n'
            '<tr><td>10:00</td><td>Project news and updates</td><td>Wil O\'Mullane</td><td>&nbsp;</td><td>')
    tail = '</td></tr>\n</tbody>\n</table>\n'
    nest = "<ul><li>" * depth + "deep" + "</li></ul>" * depth
    data = (head + nest + tail).encode("utf-8")
    assert len(data) < 200 * 1024, len(data)
    with open(os.path.join(HERE, "hostile-deep.xhtml"), "wb") as f:
        f.write(data)


def write_huge_table():
    """Storage format with one agenda table of 20,000 rows (plus its header
    row). Refused: no meeting has that many agenda entries."""
    rows = 20000
    out = ['<h1>Logistics</h1>\n<h2>Date</h2>\n<p><time datetime="2024-03-18" /></p>\n'
           '<h1>Agenda</h1>\n<table>\n<tbody>\n'
           '<tr><th>Time</th><th>Topic</th><th>Coordinator</th><th>Pre-meeting notes</th><th>Running notes</th></tr>\n']
    for i in range(rows):
        minutes = 9 * 60 + i
        out.append('<tr><td>%02d:%02d</td><td>Topic %d</td><td>Wil O\'Mullane</td><td /><td /></tr>\n'
                   % ((minutes // 60) % 24, minutes % 60, i + 1))
    out.append('</tbody>\n</table>\n')
    data = "".join(out).encode("utf-8")
    assert len(data) < 2 * 1024 * 1024, len(data)
    with open(os.path.join(HERE, "hostile-huge-table.xhtml"), "wb") as f:
        f.write(data)


def write_binary():
    rng = random.Random(20)
    data = bytes(rng.getrandbits(8) for _ in range(4096))
    with open(os.path.join(HERE, "binary.bin"), "wb") as f:
        f.write(data)


def write_empty():
    open(os.path.join(HERE, "empty.xhtml"), "wb").close()


if __name__ == "__main__":
    write_word()
    write_deep()
    write_huge_table()
    write_binary()
    write_empty()
