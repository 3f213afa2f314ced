// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutesmail.h"

#include "data/meeting.h"
#include "document/meetingreader.h"
#include "export/exporter.h"
#include "export/reportbuilder.h"
#include "export/reportwriter.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/storageerror.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Quorum {

namespace {

Id chosenMeeting(const Database &db, Id meetingId)
{
    if (!meetingId) {
        meetingId = ReportBuilder::defaultMeeting(db);
        if (!meetingId)
            throw StorageError(MinutesMail::tr("the library holds no meeting."));
        return meetingId;
    }
    const QList<MeetingSummary> meetings = MeetingRepository(db.connection()).summaries();
    if (std::none_of(meetings.begin(), meetings.end(), [&](const MeetingSummary &m) { return m.id == meetingId; }))
        throw StorageError(MinutesMail::tr("The library has no meeting with ID %1.").arg(meetingId));
    return meetingId;
}

ExportRequest pdfRequest(Id meetingId, const MinutesMail::Options &options)
{
    ExportRequest request;
    request.format = ExportRequest::Format::Pdf;
    request.meetingId = meetingId;
    request.report.kind = ReportOptions::Kind::Minutes;
    request.report.today = options.today;
    request.report.generated = options.date.date();
    request.report.pageSize = options.pageSize;
    return request;
}

} // namespace

QString MinutesMail::subject(const Meeting &meeting)
{
    return tr("Minutes: %1 (%2)").arg(meeting.title, ReportBuilder::meetingDates(meeting));
}

MinutesMail MinutesMail::make(const Database &db, Id meetingId, const Options &options)
{
    const Id id = chosenMeeting(db, meetingId);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter::write(db, pdfRequest(id, options), &buffer);
    return make(db, id, options, buffer.data());
}

MinutesMail MinutesMail::make(const Database &db, Id meetingId, const Options &options, const QByteArray &pdf)
{
    MinutesMail mail;
    mail.meetingId = chosenMeeting(db, meetingId);
    mail.pdf = pdf;
    const MeetingReader reader(db.connection());
    const Meeting meeting = reader.meeting(mail.meetingId);

    QHash<Id, Person> people;
    for (const Person &p : PersonRepository(db.connection()).all())
        people.insert(p.id, p);
    QSet<QString> seen;
    for (const Participant &p : reader.participants(mail.meetingId)) {
        const Person person = people.value(p.personId);
        const QString address = person.email.trimmed();
        if (!MailAddress::isValidAddress(address)) {
            mail.unreachable << person.shownName();
            continue;
        }
        if (!seen.contains(address.toLower())) {
            seen.insert(address.toLower());
            mail.message.to << MailAddress{person.shownName(), address};
        }
    }

    const ExportRequest request = pdfRequest(mail.meetingId, options);
    const QString fileName = Exporter::suggestedFileName(db, request);
    ReportDocument doc = ReportBuilder(db).minutesSummary(mail.meetingId, request.report);
    doc.paragraph(tr("The whole minutes, with the notes of every agenda entry, are attached: %1.").arg(fileName));

    mail.message.from = options.from;
    mail.message.subject = subject(meeting);
    mail.message.date = options.date;
    mail.message.plainText = ReportWriter::toMarkdown(doc);
    mail.message.html = ReportWriter::toHtml(doc, ReportWriter::Target::Browser);
    mail.message.attachments = {{fileName, "application/pdf", pdf}};
    return mail;
}

} // namespace Quorum
