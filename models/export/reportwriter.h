// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>

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

    /** Every text escaped; links only to http, https and mailto; no images, scripts or remote content. */
    static QString toHtml(const ReportDocument &doc, Target target);
    static QString toMarkdown(const ReportDocument &doc);

    /** The policy a Browser document carries: nothing but its own inline styles may load. */
    static QString contentSecurityPolicy();
};

} // namespace Quorum
