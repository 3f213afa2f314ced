// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {

/**
 * Markdown notes as an HTML fragment that is safe to put in a document others open: raw HTML in
 * the notes stays text, images become their description (nothing is fetched), and only http,
 * https and mailto links survive. Only the tags written here can appear in the output.
 */
class NotesHtml
{
public:
    static QString fromMarkdown(const QString &markdown);
    /** Whether a link target may appear in a document: http, https or mailto. */
    static bool isSafeLink(const QString &href);
};

} // namespace Quorum
