#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the ZIP fixtures next to this script.

    python3 make_zips.py

space-export.zip  a Confluence space exported as HTML: a folder named by the
                  space key holding index.html, one HTML file per page named
                  <Title-with-dashes>_<page id>.html, attachments/<page id>/
                  <attachment id>.<ext>, images/icons/ and styles/site.css.
                  Three weekly DMLT meetings.
traversal.zip     three entries whose names try to leave the import folder
                  (../../evil.html, /etc/passwd.html, a\\..\\b.html), each a
                  valid meeting page.
bomb.zip          one page entry that inflates from about 2 MB to 2,147,483,000
                  bytes of zeros after a page header.

Every entry carries a fixed timestamp, so running the script again gives the
same bytes. The test suite does not run Python; the zips are committed.
"""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2023, 11, 21, 9, 14, 0)
SPACE = "DMLT"

ZOOM = ('<ul><li>Join Zoom Meeting: <a href="https://noirlab-edu.zoom.us/j/93452168402" class="external-link" rel="nofollow">'
        'https://noirlab-edu.zoom.us/j/93452168402</a> (ID: 93452168402)</li><li>Join by phone (US) +1 669 900 6833</li>'
        '<li>Join using SIP 93452168402@zoomcrc.com</li></ul><p>For the meeting passcode, see '
        '<a href="https://lsstc.slack.com/archives/C2JPL8EGH" class="external-link" rel="nofollow">#dm-camelot</a> on Slack.</p>')

IDS = {"womullane": 1409025, "lguy": 58917041, "ktl": 1409040, "yusra": 21397532, "tjenness": 38437148,
       "cslater": 38437150, "csilva": 60228361}


def mention(username, name):
    return ('<a class="confluence-userlink user-mention" data-username="%s" href="/display/~%s" '
            'data-linked-resource-id="%d" data-linked-resource-version="1" data-linked-resource-type="userinfo" '
            'data-base-url="https://confluence.lsstcorp.org">%s</a>' % (username, username, IDS[username], name))


def jira(key):
    return ('<span class="confluence-jim-macro jira-issue conf-macro output-block" data-hasbody="false" '
            'data-jira-key="%s" data-macro-name="jira"> <a href="https://jira.lsstcorp.org/browse/%s" '
            'class="jira-issue-key"><span class="aui-icon aui-icon-wait issue-placeholder"> </span>%s</a> - '
            '<span class="summary">Getting issue details...</span> <span class="aui-lozenge aui-lozenge-subtle '
            'aui-lozenge-default issue-placeholder">STATUS</span> </span>' % (key, key, key))


def tasks(page_id, items):
    """items: (task id, done, body html, iso due date or None, shown due date)."""
    out = ['<ul class="inline-task-list" data-inline-tasks-content-id="%d">' % page_id]
    for task_id, done, body, due, shown in items:
        when = ' <time datetime="%s" class="date-past">%s</time>' % (due, shown) if due else ""
        out.append('<li data-inline-task-id="%d"%s><span class="placeholder-inline-tasks">%s%s</span></li>'
                   % (task_id, ' class="checked"' if done else "", body, when))
    out.append("</ul>")
    return "".join(out)


def row(time, topic, coordinator, pre, notes):
    cells = [time, topic, coordinator, pre or "<br />", notes or "<br />"]
    return "<tr>" + "".join('<td class="confluenceTd">%s</td>' % c for c in cells) + "</tr>"


def page(title, date, shown_date, author, editor, modified, participants, rows, attachments, page_id):
    anchor = title.replace(" ", "")
    parts = "".join("<li>%s</li>" % p for p in participants)
    table = ('<div class="table-wrap"><table class="relative-table wrapped confluenceTable"><tbody><tr>'
             '<th class="confluenceTh">Time</th><th class="confluenceTh">Topic</th><th class="confluenceTh">Coordinator</th>'
             '<th class="confluenceTh">Pre-meeting notes</th><th class="confluenceTh">Running notes</th></tr>'
             + "".join(rows) + "</tbody></table></div>")
    if attachments:
        listed = "".join('''
                                                            <img src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/>
                                <a href="attachments/%d/%d.%s">%s</a> (%s)
                                <br/>''' % (page_id, att_id, ext, name, mime) for att_id, ext, name, mime, _ in attachments)
        section = '''
                                                            <div class="pageSection group">
                        <div class="pageSectionHeader">
                            <h2 id="attachments" class="pageSectionTitle">Attachments:</h2>
                        </div>

                        <div class="greybox" align="left">%s
                                                    </div>
                    </div>''' % listed
    else:
        section = ""
    return '''<!DOCTYPE html>
<html>
    <head>
        <title>%(space)s : %(title)s</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>

    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first">
                                <span><a href="index.html">%(space)s</a></span>
                            </li>
                                                </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                                                <span id="title-text">
                            %(space)s : %(title)s
                        </span>
                    </h1>
                </div>

                <div id="content" class="view">
                    <div class="page-metadata">
                        
            Created by <span class='author'> %(author)s</span>, last modified by <span class='editor'> %(editor)s</span> on %(modified)s
                        </div>
                    <div id="main-content" class="wiki-content group">
                    <h1 id="%(anchor)s-Logistics">Logistics</h1><h2 id="%(anchor)s-Date">Date</h2><p><time datetime="%(date)s" class="date-past">%(shown)s</time>&nbsp;</p><h2 id="%(anchor)s-Location">Location</h2><p>This meeting will be held on <a href="https://zoom.us/" class="external-link" rel="nofollow">Zoom</a>:</p>%(zoom)s<h2 id="%(anchor)s-Participants">Participants</h2><ul>%(parts)s</ul><h1 id="%(anchor)s-Agenda">Agenda</h1>%(table)s
                    </div>
%(section)s
                    
                                                      
                </div>             </div> 
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Nov 21, 2023 09:14</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>     </body>
</html>
''' % dict(space=SPACE, title=title, author=author, editor=editor, modified=modified, anchor=anchor, date=date,
           shown=shown_date, zoom=ZOOM, parts=parts, table=table, section=section)


def meeting_2023_11_06():
    pid = 213157010
    rows = [
        row("10:00", "Project news and updates", mention("womullane", "Wil O'Mullane"), "",
            "<ul><li>The DP1 date is unchanged.</li><li>Calibration pipeline test: " + jira("DM-41502") + ".</li></ul>"),
        row("10:20", "DP1 scope", "Yusra AlSayyad",
            '<p>Draft: <a href="attachments/%d/213157012.pdf" data-linked-resource-type="attachment">DP1-scope-draft.pdf</a></p>' % pid,
            '<div class="content-wrapper"><ul><li>Pipelines and the science platform agree on the draft.<ul>'
            '<li>Open point: how many LSSTComCam visits go in.</li></ul></li></ul>'
            + tasks(pid, [(1, True, "Yusra AlSayyad circulate the DP1 scope draft to the DMLT", "2023-11-10", "10 Nov 2023"),
                          (2, False, "T/CAMs flag the DP1 risks in the risk register", "2023-11-20", "20 Nov 2023")])
            + "</div>"),
        row("10:50", "AOB", mention("womullane", "Wil O'Mullane"), "", "<ul><li>None.</li></ul>"),
        row("11:00", "Close", "", "", ""),
    ]
    people = [mention("womullane", "Wil O'Mullane"), mention("lguy", "Leanne Guy"), mention("ktl", "Kian-Tat Lim"),
              "Yusra AlSayyad", mention("tjenness", "Tim Jenness"), "Eric Bellm", "Frossie Economou"]
    attachments = [(213157012, "pdf", "DP1-scope-draft.pdf", "application/pdf", b"%PDF-1.4\n% DP1 scope draft (fixture)\n%%EOF\n")]
    return pid, "DMLT Meeting - 2023-11-06", page("DMLT Meeting - 2023-11-06", "2023-11-06", "06 Nov 2023",
                                                  "Wil O'Mullane", "Yusra AlSayyad", "Nov 06, 2023",
                                                  people, rows, attachments, pid), attachments


def meeting_2023_11_13():
    pid = 213157044
    rows = [
        row("10:00", "Project news and updates", mention("womullane", "Wil O'Mullane"), "",
            "<ul><li>Ops Rehearsal 3 report is due next week.</li></ul>"),
        row("10:15", "Middleware: switching the default query system", mention("tjenness", "Tim Jenness"),
            "<p>RFC-958 closes on Friday.</p>",
            '<div class="content-wrapper"><ul><li>No objections on the RFC so far.</li><li>Downstream packages need a migration note.</li></ul>'
            + tasks(pid, [(1, False, mention("tjenness", "Tim Jenness") + " " + mention("ktl", "Kian-Tat Lim")
                           + " write the migration note for the query system switch", "2023-11-27", "27 Nov 2023")])
            + "</div>"),
        row("10:45", "USDF status", "Richard Dubois", "", "<ul><li>Storage expansion delivered; commissioning this week.</li></ul>"),
        row("11:00", "Close", "", "", ""),
    ]
    people = [mention("womullane", "Wil O'Mullane"), mention("lguy", "Leanne Guy"), mention("ktl", "Kian-Tat Lim"),
              mention("yusra", "Yusra AlSayyad"), mention("tjenness", "Tim Jenness"), mention("cslater", "Colin Slater"),
              "Frossie Economou", '<span class="unresolved">Unknown User (gcomoretto)</span>']
    return pid, "DMLT Meeting - 2023-11-13", page("DMLT Meeting - 2023-11-13", "2023-11-13", "13 Nov 2023",
                                                  "Wil O'Mullane", "Tim Jenness", "Nov 13, 2023",
                                                  people, rows, [], pid), []


def meeting_2023_11_20():
    pid = 213157088
    rows = [
        row("10:00", "Project news and updates", "Wil O'Mullane", "",
            "<ul><li>Short call this week.</li></ul>"),
        row("10:10", "Ops Rehearsal 3 report", mention("csilva", "Cristián Silva"), "",
            '<div class="content-wrapper"><ul><li>Report circulated; comments by the end of the month.</li>'
            "<li>Prompt processing latency issue: " + jira("DM-41777") + ".</li></ul>"
            + tasks(pid, [(1, False, mention("csilva", "Cristián Silva") + " publish the OR3 report as SITCOMTN-105",
                           "2023-12-01", "01 Dec 2023"),
                          (2, True, "Wil O'Mullane book the room for the February face-to-face", "2023-11-22", "22 Nov 2023")])
            + "</div>"),
        row("10:40", "AOB", "Wil O'Mullane", "", "<br />"),
        row("11:00", "Close", "", "", ""),
    ]
    people = ["Wil O'Mullane", "Leanne Guy", "K-T Lim", "Yusra AlSayyad", "Tim Jenness", "Cristián Silva"]
    return pid, "DMLT Meeting - 2023-11-20", page("DMLT Meeting - 2023-11-20", "2023-11-20", "20 Nov 2023",
                                                  "Wil O'Mullane", "Wil O'Mullane", "Nov 20, 2023",
                                                  people, rows, [], pid), []


INDEX = '''<!DOCTYPE html>
<html>
    <head>
        <title>%(space)s : DMLT</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>

    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <h1 id="title-heading" class="pagetitle">
                                                <span id="title-text">
                            %(space)s
                        </span>
                    </h1>
                </div>

                <div id="content" class="view">
                    <div id="main-content" class="pageSection">
                        <div class="pageSectionHeader">
                            <h2 class="pageSectionTitle">Space Details:</h2>
                        </div>
                        <table class="confluenceTable">
                            <tr><th class="confluenceTh">Key</th><td class="confluenceTd">%(space)s</td></tr>
                            <tr><th class="confluenceTh">Name</th><td class="confluenceTd">DMLT</td></tr>
                            <tr><th class="confluenceTh">Description</th><td class="confluenceTd">Meetings of the Rubin Observatory Data Management leadership team</td></tr>
                            <tr><th class="confluenceTh">Created by</th><td class="confluenceTd">Wil O'Mullane (Apr 04, 2016)</td></tr>
                        </table>
                    </div>

                    <div class="pageSection">
                        <div class="pageSectionHeader">
                            <h2 class="pageSectionTitle">Available Pages:</h2>
                        </div>
                        <ul>
%(pages)s
                        </ul>
                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Nov 21, 2023 09:14</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>
    </body>
</html>
'''

SITE_CSS = """/* Confluence HTML export stylesheet (abridged for the fixture) */
body { font-family: Arial, sans-serif; font-size: 10pt; }
#main-header { margin-bottom: 10px; }
#breadcrumbs li { display: inline; }
table.confluenceTable { border-collapse: collapse; margin: 5px; }
th.confluenceTh, td.confluenceTd { border: 1px solid #ccc; padding: 3px 4px; vertical-align: top; }
ul.inline-task-list li { list-style: none; }
ul.inline-task-list li.checked { text-decoration: line-through; }
.greybox { border: 1px solid #ddd; padding: 3px; margin: 1px; background-color: #f0f0f0; }
"""

# A 1x1 blue GIF, as in images/icons/bullet_blue.gif of real exports.
BULLET_GIF = bytes.fromhex("47494638396101000100800000003366ff00000021f90401000000002c00000000010001000002024401003b")


def add(zf, name, data):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def file_name(title, page_id):
    return "%s_%d.html" % (title.replace(" ", "-"), page_id)


def write_space_export():
    meetings = [meeting_2023_11_06(), meeting_2023_11_13(), meeting_2023_11_20()]
    path = os.path.join(HERE, "space-export.zip")
    with zipfile.ZipFile(path, "w") as zf:
        listing = "\n".join('                            <li><a href="%s">%s</a></li>' % (file_name(t, pid), t)
                            for pid, t, _, _ in meetings)
        add(zf, SPACE + "/index.html", INDEX % dict(space=SPACE, pages=listing))
        for pid, title, html, attachments in meetings:
            add(zf, SPACE + "/" + file_name(title, pid), html)
            for att_id, ext, _, _, data in attachments:
                add(zf, "%s/attachments/%d/%d.%s" % (SPACE, pid, att_id, ext), data)
        add(zf, SPACE + "/images/icons/bullet_blue.gif", BULLET_GIF)
        add(zf, SPACE + "/styles/site.css", SITE_CSS)


def write_traversal():
    _, _, html, _ = meeting_2023_11_06()
    path = os.path.join(HERE, "traversal.zip")
    with zipfile.ZipFile(path, "w") as zf:
        for name in ("../../evil.html", "/etc/passwd.html", "a\\..\\b.html"):
            add(zf, name, html)
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist() == ["../../evil.html", "/etc/passwd.html", "a\\..\\b.html"], zf.namelist()


def write_bomb():
    """2,147,483,000 bytes: just under the 2 GiB - 1 limit past which Python
    (and many readers) need ZIP64, so the archive is a plain ZIP whose local
    and central headers state the true size. Deflate stores the zeros at about
    1000:1."""
    total = 2147483000
    header = ('<!DOCTYPE html>\n<html><head><title>DMLT : DMLT Meeting - 2024-03-04</title></head>'
              '<body><div id="main-content" class="wiki-content group"><p>').encode("ascii")
    path = os.path.join(HERE, "bomb.zip")
    info = zipfile.ZipInfo(SPACE + "/DMLT-Meeting-2024-03-04_229001122.html", STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with zipfile.ZipFile(path, "w", compresslevel=9) as zf:
        with zf.open(info, "w") as out:
            out.write(header)
            left = total - len(header)
            chunk = bytes(16 * 1024 * 1024)
            while left > 0:
                n = min(left, len(chunk))
                out.write(chunk[:n])
                left -= n
    with zipfile.ZipFile(path) as zf:
        (entry,) = zf.infolist()
        assert entry.file_size == total, entry.file_size
    assert os.path.getsize(path) < 3 * 1024 * 1024, os.path.getsize(path)


if __name__ == "__main__":
    write_space_export()
    write_traversal()
    write_bomb()
