// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {

/**
 * Markdown read as text on one line, for places that quote a few words of notes (search results).
 * Works on pieces cut out of a longer text: a link, emphasis or code cut in half loses its markup too.
 */
class MarkdownText
{
public:
    /**
     * The words of markdown: block markers (headings, list bullets and numbers, task boxes, quotes,
     * code fences, rules, table pipes), emphasis, code ticks, link targets and escapes go; blocks are
     * joined by " · ", lines of one paragraph by a space. Any other character is kept, control
     * characters (the search marks) included; a link target that holds one of them stays, in parentheses.
     */
    static QString toLine(const QString &markdown);

    /**
     * Text as Markdown that shows exactly that text: every character that could start markup
     * (`\ ` * _ [ ] < > & | ~`) is escaped with a backslash, so no tag, entity, link, emphasis or
     * table cell comes out of it, and a line that would open a block (`# `, `- `, `1. `, `=`) does
     * not. Line breaks become spaces: the result is one line.
     */
    static QString escaped(const QString &text);
    /** escaped() without the rule for the start of a line: for text in the middle of one. */
    static QString escapedInline(const QString &text);
    /** line with a leading block marker (`#`, `- `, `+ `, `1. `, `=`) escaped. */
    static QString escapedLineStart(const QString &line);
};

} // namespace Quorum
