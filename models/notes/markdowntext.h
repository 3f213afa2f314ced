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
};

} // namespace Quorum
