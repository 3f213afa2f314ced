// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {

/**
 * Markdown notes as an HTML fragment that is safe to put in a document others open: raw HTML in
 * the notes stays text, images become their description (nothing is fetched), and only http,
 * https and mailto links survive. Only the tags written here can appear in the output, and the
 * output is well-formed XHTML as well (empty elements closed, characters XML 1.0 forbids left out),
 * which ConfluenceWriter relies on.
 */
class NotesHtml
{
public:
    static QString fromMarkdown(const QString &markdown);
    /**
     * The same notes as Markdown that is as safe: written anew from what a reader shows, every
     * text escaped (MarkdownText::escaped), so raw HTML stays text; images become their
     * description; only http, https and mailto links; headings at level 5, below a document's own.
     */
    static QString toMarkdown(const QString &markdown);
    /** text without the characters XML 1.0 does not allow (most control characters, U+FFFE, U+FFFF, lone surrogates). */
    static QString xmlText(const QString &text);
    /** Whether a link target may appear in a document: http, https or mailto. */
    static bool isSafeLink(const QString &href);
};

} // namespace Quorum
