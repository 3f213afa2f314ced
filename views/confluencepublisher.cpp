// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluencepublisher.h"

#include "document/libraryfile.h"
#include "export/exporter.h"
#include "meetingdocument.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace Quorum {

ExportRequest ConfluencePublisher::request(Id meetingId, ReportOptions::Kind kind)
{
    ExportRequest request;
    request.format = ExportRequest::Format::Confluence;
    request.report.kind = kind;
    request.meetingId = meetingId;
    return request;
}

QString ConfluencePublisher::copy(const MeetingDocument &document, ReportOptions::Kind kind, QString *error)
{
    const Id meetingId = document.currentMeetingId();
    if (!meetingId) {
        *error = tr("Choose a meeting in the list first: its agenda or minutes are what is copied.");
        return {};
    }
    QByteArray bytes;
    if (!document.file()->read(
            [&](const Database &db) {
                QBuffer out(&bytes);
                out.open(QIODevice::WriteOnly);
                Exporter::write(db, request(meetingId, kind), &out);
            },
            error))
        return {};
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(mime);
    const QString title = document.currentMeeting().title;
    return kind == ReportOptions::Kind::Minutes
               ? tr("Copied the minutes of “%1” as Confluence storage format (XHTML).").arg(title)
               : tr("Copied the agenda of “%1” as Confluence storage format (XHTML).").arg(title);
}

QString ConfluencePublisher::filter()
{
    return tr("Confluence storage format (*.html)");
}

} // namespace Quorum
