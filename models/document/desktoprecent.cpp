// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktoprecent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Quorum {

const QString DesktopRecent::ApplicationName = QStringLiteral("Quorum");
const QString DesktopRecent::Exec = QStringLiteral("quorum %f");

namespace {

const QString BookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString MimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString LibraryMimeType = QStringLiteral("application/x-quorum-library");

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(QStringView text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

bool isList(const QXmlStreamReader &r)
{
    return r.name() == QLatin1String("xbel") && r.namespaceUri().isEmpty();
}

bool isBookmark(const QXmlStreamReader &r)
{
    return r.name() == QLatin1String("bookmark") && r.namespaceUri().isEmpty();
}

/** What a bookmark says, read up to its end element (the reader then stands on it). */
DesktopRecent::Entry readBookmark(QXmlStreamReader &r)
{
    DesktopRecent::Entry e;
    const QXmlStreamAttributes a = r.attributes();
    e.href = a.value(QLatin1String("href")).toString();
    e.added = timeOf(a.value(QLatin1String("added")));
    e.modified = timeOf(a.value(QLatin1String("modified")));
    e.visited = timeOf(a.value(QLatin1String("visited")));
    for (int depth = 1; depth > 0 && !r.atEnd();) {
        r.readNext();
        if (r.isEndElement()) {
            --depth;
        } else if (r.isStartElement()) {
            ++depth;
            if (r.namespaceUri() == MimeNs && r.name() == QLatin1String("mime-type")) {
                e.mimeType = r.attributes().value(QLatin1String("type")).toString();
            } else if (r.namespaceUri() == BookmarkNs && r.name() == QLatin1String("application")) {
                const QString name = r.attributes().value(QLatin1String("name")).toString();
                e.applications.append(name);
                if (name == DesktopRecent::ApplicationName)
                    e.count = qMax(1, r.attributes().value(QLatin1String("count")).toInt());
            }
        }
    }
    return e;
}

/** Whether a bookmark's href names the local file at the absolute path. */
bool names(const QString &href, const QString &path)
{
    const QUrl url(href, QUrl::StrictMode);
    return url.isValid() && url.isLocalFile() && QDir::cleanPath(url.toLocalFile()) == path;
}

void writeBookmark(QXmlStreamWriter &w, const QString &path, const QDateTime &now, const DesktopRecent::Entry &before)
{
    w.writeStartElement(QStringLiteral("bookmark"));
    w.writeAttribute(QStringLiteral("href"), QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()));
    w.writeAttribute(QStringLiteral("added"), stamp(before.added.isValid() ? before.added : now));
    w.writeAttribute(QStringLiteral("modified"), stamp(now));
    w.writeAttribute(QStringLiteral("visited"), stamp(now));
    w.writeStartElement(QStringLiteral("info"));
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    w.writeEmptyElement(MimeNs, QStringLiteral("mime-type"));
    w.writeAttribute(QStringLiteral("type"), LibraryMimeType);
    w.writeStartElement(BookmarkNs, QStringLiteral("applications"));
    w.writeEmptyElement(BookmarkNs, QStringLiteral("application"));
    w.writeAttribute(QStringLiteral("name"), DesktopRecent::ApplicationName);
    w.writeAttribute(QStringLiteral("exec"), DesktopRecent::Exec);
    w.writeAttribute(QStringLiteral("modified"), stamp(now));
    w.writeAttribute(QStringLiteral("count"), QString::number(qMin(before.count, 1 << 30) + 1));
    w.writeEndElement(); // applications
    w.writeEndElement(); // metadata
    w.writeEndElement(); // info
    w.writeEndElement(); // bookmark
}

} // namespace

QString DesktopRecent::defaultListFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/recently-used.xbel");
}

QByteArray DesktopRecent::withDocument(const QByteArray &xbel, const QString &path, const QDateTime &now,
                                       QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (xbel.size() > MaxBytes) {
        *error = tr("The list is larger than %1 MB.").arg(MaxBytes / (1024 * 1024));
        return {};
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    if (xbel.trimmed().isEmpty()) {
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeNamespace(BookmarkNs, QStringLiteral("bookmark"));
        w.writeNamespace(MimeNs, QStringLiteral("mime"));
        w.writeStartElement(QStringLiteral("xbel"));
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        writeBookmark(w, absolute, now, {});
        w.writeEndElement();
        w.writeEndDocument();
        return out;
    }

    // Every token of the list is copied as it was, but for Quorum's old bookmark of this file, which
    // is left out and written afresh as the list's last, keeping when it was first added and how
    // often it was opened.
    QXmlStreamReader r(xbel);
    Entry before;
    int depth = 0;
    bool sawList = false;
    bool afterDropped = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.hasError())
            break;
        if (r.isStartElement()) {
            if (depth == 0) {
                if (!isList(r)) {
                    *error = tr("It is not a list of bookmarks (its first element is “%1”).").arg(r.name());
                    return {};
                }
                sawList = true;
            } else if (depth == 1 && isBookmark(r)
                       && names(r.attributes().value(QLatin1String("href")).toString(), absolute)) {
                const Entry dropped = readBookmark(r);
                if (dropped.added.isValid() && (!before.added.isValid() || dropped.added < before.added))
                    before.added = dropped.added;
                before.count = qMax(before.count, dropped.count);
                afterDropped = true;
                continue;
            }
            ++depth;
        } else if (r.isEndElement()) {
            if (--depth == 0) {
                writeBookmark(w, absolute, now, before);
                w.writeCharacters(QStringLiteral("\n"));
            }
        } else if (afterDropped && r.isWhitespace()) {
            afterDropped = false; // the dropped bookmark's line is not left blank
            continue;
        }
        afterDropped = false;
        w.writeCurrentToken(r);
    }
    if (r.hasError()) {
        *error = tr("It is not well-formed XML (line %1: %2).").arg(r.lineNumber()).arg(r.errorString());
        return {};
    }
    if (!sawList) {
        *error = tr("It is not a list of bookmarks.");
        return {};
    }
    return out;
}

bool DesktopRecent::read(const QByteArray &xbel, QList<Entry> *entries, QString *error)
{
    entries->clear();
    if (xbel.size() > MaxBytes) {
        *error = tr("The list is larger than %1 MB.").arg(MaxBytes / (1024 * 1024));
        return false;
    }
    QXmlStreamReader r(xbel);
    int depth = 0;
    bool sawList = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (depth == 0 && !isList(r)) {
                *error = tr("It is not a list of bookmarks (its first element is “%1”).").arg(r.name());
                return false;
            }
            sawList = sawList || depth == 0;
            if (depth == 1 && isBookmark(r)) {
                entries->append(readBookmark(r));
                continue;
            }
            ++depth;
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    if (r.hasError()) {
        *error = tr("It is not well-formed XML (line %1: %2).").arg(r.lineNumber()).arg(r.errorString());
        entries->clear();
        return false;
    }
    if (!sawList) {
        *error = tr("It is not a list of bookmarks.");
        return false;
    }
    return true;
}

bool DesktopRecent::add(const QString &path, QString *error, const QString &listFile)
{
    QByteArray xbel;
    QFile in(listFile);
    if (in.exists()) {
        if (in.size() > MaxBytes) {
            *error = tr("The desktop's list of recent documents “%1” is larger than %2 MB; it was left as it is.")
                         .arg(QDir::toNativeSeparators(listFile))
                         .arg(MaxBytes / (1024 * 1024));
            return false;
        }
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the desktop's list of recent documents “%1”: %2")
                         .arg(QDir::toNativeSeparators(listFile), in.errorString());
            return false;
        }
        xbel = in.readAll();
    }
    QString why;
    const QByteArray updated = withDocument(xbel, path, QDateTime::currentDateTimeUtc(), &why);
    if (updated.isEmpty()) {
        *error = tr("The desktop's list of recent documents “%1” was left as it is: %2")
                     .arg(QDir::toNativeSeparators(listFile), why);
        return false;
    }
    QDir().mkpath(QFileInfo(listFile).absolutePath());
    QSaveFile out(listFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(updated) != updated.size() || !out.commit()) {
        *error = tr("Cannot write the desktop's list of recent documents “%1”: %2")
                     .arg(QDir::toNativeSeparators(listFile), out.errorString());
        return false;
    }
    return true;
}

} // namespace Quorum
