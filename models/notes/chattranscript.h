// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {

/**
 * A pasted meeting chat ("From Tim J to Everyone: (9:13 p.m.)" and the message on the next
 * lines, or Zoom's "09:13:05 From Tim J to Everyone:" form) as a Markdown list of speaker, time
 * and message.
 */
class ChatTranscript
{
public:
    /** The Markdown list, or an empty string when text is not a chat transcript. */
    static QString toMarkdown(const QString &text);
};

} // namespace Quorum
