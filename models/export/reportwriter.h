// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QHash>

namespace Quorum {

/** Writes a ReportDocument as HTML or Markdown. */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Target {
        Browser, ///< a standalone file: a restrictive Content-Security-Policy, a footer with the date
        Print, ///< the subset QTextDocument lays out, for PDF and the printer
    };

    /** Notes already written as HTML (NotesHtml::fromMarkdown), by their Markdown. */
    using NotesCache = QHash<QString, QString>;

    /**
     * Every text escaped; links only to http, https and mailto; no images, scripts or remote
     * content. With notes, each note's Markdown is converted once and kept there for the next
     * call (the printer writes the same document several times while it places page breaks).
     */
    static QString toHtml(const ReportDocument &doc, Target target, NotesCache *notes = nullptr);
    static QString toMarkdown(const ReportDocument &doc);

    /** The policy a Browser document carries: nothing but its own inline styles may load. */
    static QString contentSecurityPolicy();
};

} // namespace Quorum
