// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikisource.h"

#include "notes/mimeparts.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <zip.h>

#include <memory>

namespace Quorum {

namespace {

bool looksBinary(const QByteArray &data)
{
    const qsizetype n = qMin<qsizetype>(data.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data.at(i));
        if (c == 0)
            return true;
        if (c < 9 || (c > 13 && c < 32))
            ++control;
    }
    if (control * 20 > n)
        return true;
    // Text that is not UTF-8 at all (random bytes) is not a page either.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data.left(n - (n == data.size() ? 0 : 4)));
    return text.count(QChar::ReplacementCharacter) * 20 > text.size() + 1;
}

bool isHtmlPageName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"))
           || lower.endsWith(QLatin1String(".xhtml"));
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

/** Links ([text](address), <https://…>) kept as links, everything else as text. */
QByteArray inlineHtml(const QString &line)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\(([^)\s]*)\)|<(https?://[^>\s]+)>)"));
    QByteArray out;
    qsizetype from = 0;
    for (auto it = link.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += escaped(line.mid(from, m.capturedStart() - from));
        const QString address = m.captured(3).isEmpty() ? m.captured(2) : m.captured(3);
        const QString text = m.captured(3).isEmpty() ? m.captured(1) : m.captured(3);
        if (address.startsWith(QLatin1String("http")))
            out += "<a href=\"" + escaped(address) + "\">" + escaped(text) + "</a>";
        else
            out += escaped(text);
        from = m.capturedEnd();
    }
    out += escaped(line.mid(from));
    return out;
}

QList<QByteArray> splitCells(const QString &row)
{
    QString inner = row.trimmed();
    if (inner.startsWith(QLatin1Char('|')))
        inner.remove(0, 1);
    if (inner.endsWith(QLatin1Char('|')))
        inner.chop(1);
    QList<QByteArray> cells;
    for (const QString &cell : inner.split(QLatin1Char('|')))
        cells << cell.trimmed().toUtf8();
    return cells;
}

} // namespace

QString WikiSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SpaceExport: return tr("space export (ZIP)");
    case Kind::MimeHtml: return tr("MIME HTML (Export to Word)");
    case Kind::Html: return tr("HTML page");
    case Kind::StorageFormat: return tr("storage format");
    case Kind::Markdown: return tr("Markdown rendering");
    }
    return {};
}

bool WikiSource::read(const QByteArray &data, QList<WikiSourcePage> *pages, Kind *kind, QStringList *skipped,
                      QString *error)
{
    pages->clear();
    if (data.trimmed().isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    if (data.size() > MaxInputBytes) {
        *error = tr("The file is larger than %1 MB; a Confluence page or space export is not.")
                     .arg(MaxInputBytes / (1024 * 1024));
        return false;
    }
    if (data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06")) {
        *kind = Kind::SpaceExport;
        return readZip(data, pages, skipped, error);
    }
    if (looksBinary(data)) {
        *error = tr("The file is not a Confluence page: it is not text.");
        return false;
    }
    const QByteArray head = data.left(4096).toLower();
    if (head.contains("mime-version:") && head.contains("multipart/")) {
        *kind = Kind::MimeHtml;
        return readMime(data, pages, error);
    }
    const bool html = head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    const QByteArray lower = data.left(256 * 1024).toLower();
    if (!html && (lower.contains("<ac:") || lower.contains("<ri:"))) {
        *kind = Kind::StorageFormat;
        pages->append({QString(), data, false});
        return true;
    }
    if (html) {
        *kind = Kind::Html;
        pages->append({QString(), data, false});
        return true;
    }
    // Text with table rows or task lines: the Markdown rendering; other text with tags: a fragment.
    const QString text = QString::fromUtf8(data);
    static const QRegularExpression tableRow(QStringLiteral(R"(^\s*\|.*\|\s*$)"), QRegularExpression::MultilineOption);
    if (tableRow.match(text).hasMatch() || text.contains(QChar(0x2611)) || text.contains(QChar(0x2713))
        || !text.trimmed().startsWith(QLatin1Char('<'))) {
        *kind = Kind::Markdown;
        pages->append({QString(), markdownToHtml(text), true});
        return true;
    }
    *kind = Kind::StorageFormat;
    pages->append({QString(), data, false});
    return true;
}

QByteArray WikiSource::markdownToHtml(const QString &text)
{
    QByteArray out = "<html><body>";
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inTable = false;
    int listDepth = 0;
    bool titled = false;
    const auto closeList = [&] {
        while (listDepth > 0) {
            out += "</li></ul>";
            --listDepth;
        }
    };
    const auto closeTable = [&] {
        if (inTable)
            out += "</table>";
        inTable = false;
    };
    static const QRegularExpression separator(QStringLiteral(R"(^\s*\|[\s\-:|]*\|\s*$)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^(\s*)[-*+]\s+(.*)$)"));
    static const QRegularExpression heading(QStringLiteral(R"(^(#{1,6})\s+(.*)$)"));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            closeList();
            closeTable();
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('|')) && trimmed.endsWith(QLatin1Char('|')) && trimmed.size() > 1) {
            closeList();
            if (separator.match(trimmed).hasMatch())
                continue;
            if (!inTable)
                out += "<table>";
            inTable = true;
            out += "<tr>";
            for (const QByteArray &cell : splitCells(trimmed))
                out += "<td>" + cell + "</td>";
            out += "</tr>";
            continue;
        }
        closeTable();
        const QRegularExpressionMatch item = listItem.match(line);
        if (item.hasMatch()) {
            const int depth = 1 + int(item.captured(1).size());
            if (depth > listDepth) {
                while (listDepth < depth) {
                    out += "<ul><li>";
                    ++listDepth;
                }
            } else {
                while (listDepth > depth) {
                    out += "</li></ul>";
                    --listDepth;
                }
                out += "</li><li>";
            }
            out += inlineHtml(item.captured(2));
            continue;
        }
        closeList();
        const QRegularExpressionMatch h = heading.match(trimmed);
        if (h.hasMatch()) {
            const QByteArray level = QByteArray::number(h.captured(1).size());
            out += "<h" + level + ">" + inlineHtml(h.captured(2)) + "</h" + level + ">";
            titled = true;
        } else if (!titled) {
            out += "<h1>" + inlineHtml(trimmed) + "</h1>";
            titled = true;
        } else {
            out += "<p>" + inlineHtml(trimmed) + "</p>";
        }
    }
    closeList();
    closeTable();
    out += "</body></html>";
    return out;
}

bool WikiSource::readZip(const QByteArray &data, QList<WikiSourcePage> *pages, QStringList *skipped, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &zipError);
    if (!source) {
        *error = tr("The ZIP file cannot be read.");
        zip_error_fini(&zipError);
        return false;
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive(zip_open_from_source(source, ZIP_RDONLY, &zipError),
                                                           zip_discard);
    if (!archive) {
        zip_source_free(source);
        *error = tr("The ZIP file is damaged: %1.").arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return false;
    }
    zip_error_fini(&zipError);
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > MaxZipEntries) {
        *error = tr("The ZIP file holds %1 entries, more than a space export of meetings (%2 at most).")
                     .arg(count)
                     .arg(MaxZipEntries);
        return false;
    }
    qint64 total = 0;
    QList<WikiSourcePage> found;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0)
            continue;
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(QLatin1Char('/')))
            continue;
        if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':'))
            || name.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
            *skipped << tr("%1: a path outside the export; left out").arg(name);
            continue;
        }
        if (!isHtmlPageName(name))
            continue; // attachments, styles, images
        const QString base = name.section(QLatin1Char('/'), -1).toLower();
        if (name.startsWith(QLatin1String("attachments/"), Qt::CaseInsensitive)
            || name.contains(QLatin1String("/attachments/"), Qt::CaseInsensitive))
            continue;
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(MaxPageBytes)) {
            *skipped << tr("%1: larger than %2 MB; left out").arg(name).arg(MaxPageBytes / (1024 * 1024));
            continue;
        }
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive.get(), zip_uint64_t(i), 0),
                                                                zip_fclose);
        if (!file) {
            *skipped
                << tr("%1: cannot be read (%2); left out").arg(name, QString::fromUtf8(zip_strerror(archive.get())));
            continue;
        }
        // The size in the directory may lie: read at most one byte more than the limit.
        QByteArray page;
        char buffer[65536];
        bool tooLarge = false;
        while (true) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0) {
                tooLarge = true;
                break;
            }
            if (n == 0)
                break;
            page.append(buffer, qsizetype(n));
            total += n;
            if (page.size() > MaxPageBytes || total > MaxZipTotalBytes) {
                tooLarge = true;
                break;
            }
        }
        if (total > MaxZipTotalBytes) {
            *error
                = tr("The ZIP file inflates to more than %1 MB; it is not read.").arg(MaxZipTotalBytes / (1024 * 1024));
            pages->clear();
            return false;
        }
        if (tooLarge) {
            *skipped << tr("%1: larger than %2 MB or damaged; left out").arg(name).arg(MaxPageBytes / (1024 * 1024));
            continue;
        }
        if (base == QLatin1String("index.html")) {
            *skipped << tr("%1: the space's index; not a meeting").arg(name);
            continue;
        }
        found.append({name, page, false});
    }
    if (found.isEmpty()) {
        *error = skipped->isEmpty() ? tr("The ZIP file holds no Confluence pages (HTML files).")
                                    : tr("The ZIP file holds no Confluence page that can be read: %1.")
                                          .arg(skipped->mid(0, 3).join(QStringLiteral("; ")));
        return false;
    }
    *pages = found;
    return true;
}

bool WikiSource::readMime(const QByteArray &data, QList<WikiSourcePage> *pages, QString *error)
{
    QList<QByteArray> headers;
    QByteArray body;
    MimeParts::splitEntity(data, &headers, &body);
    if (MimeParts::parameter(MimeParts::headerValue(headers, "content-type"), "boundary").isEmpty()) {
        *error = tr("The MIME file names no boundary between its parts.");
        return false;
    }
    for (const MimePart &part : MimeParts::read(data)) {
        if (part.type != QLatin1String("text/html"))
            continue;
        pages->append({part.location, part.utf8(), false});
        return true;
    }
    *error = tr("The MIME file has no HTML part.");
    return false;
}

} // namespace Quorum
