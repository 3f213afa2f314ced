// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum {

/** One page found in an input, as HTML (UTF-8) a WikiDom can read. */
struct WikiSourcePage
{
    QString name; ///< the file or ZIP entry it came from
    QByteArray html;
    bool fromMarkdown = false; ///< the Markdown rendering of a page, made into HTML
};

/**
 * What a file given to the Confluence import holds, found by its content (never by its name):
 * a space export ZIP (one page per HTML file), MIME HTML (Confluence's "Export to Word"), HTML
 * (Export to HTML, a page saved from the browser), storage format (the XHTML of "View Storage
 * Format" and of the REST API's body.storage), or the Markdown rendering converters make of a
 * page (pipe tables whose cells hold HTML). Every input is bounded: a ZIP that inflates past its
 * limits, or names entries outside itself, is refused or has those entries left out.
 */
class WikiSource
{
    Q_DECLARE_TR_FUNCTIONS(WikiSource)

public:
    enum class Kind { SpaceExport, MimeHtml, Html, StorageFormat, Markdown };

    static constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxPageBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxZipTotalBytes = 256 * 1024 * 1024;
    static constexpr int MaxZipEntries = 5000;

    /**
     * The pages in data. False with *error when data is not a page at all (empty, binary, a ZIP
     * without pages, too large); *skipped lists what was left out and why (an entry with a
     * path outside the ZIP, one too large, an attachment).
     */
    static bool read(const QByteArray &data, QList<WikiSourcePage> *pages, Kind *kind, QStringList *skipped,
                     QString *error);

    /** The Markdown rendering of a page (the seed's form) as HTML. */
    static QByteArray markdownToHtml(const QString &text);

    static QString kindName(Kind kind);

private:
    static bool readZip(const QByteArray &data, QList<WikiSourcePage> *pages, QStringList *skipped, QString *error);
    static bool readMime(const QByteArray &data, QList<WikiSourcePage> *pages, QString *error);
};

} // namespace Quorum
