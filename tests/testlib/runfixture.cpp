// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfixture.h"

#include "document/librarymodels.h"
#include "fixtures.h"
#include "meetingdocument.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Quorum::Testing {

QDateTime sampleDayOneAt(const QString &time)
{
    return QDateTime(QDate(2020, 9, 15), QTime::fromString(time, QStringLiteral("HH:mm")),
                     QTimeZone("America/Los_Angeles"));
}

bool runSampleDayOne(MeetingDocument *doc, const QString &until)
{
    using Step = MeetingDocument::RunStep;
    const Id day = doc->agendaState().days.constFirst().id;
    QList<std::pair<QString, Step>> steps = {{QStringLiteral("09:17"), Step::Next},
                                             {QStringLiteral("09:52"), Step::Next},
                                             {QStringLiteral("09:55"), Step::Skip},
                                             {QStringLiteral("10:10"), Step::Pause},
                                             {QStringLiteral("10:15"), Step::Resume}};
    if (until == QLatin1String("paused"))
        steps.append({QStringLiteral("10:20"), Step::Pause});
    else if (until == QLatin1String("ended"))
        steps.append({QStringLiteral("10:40"), Step::EndDay});
    doc->models()->setNow(sampleDayOneAt(QStringLiteral("09:02")));
    if (!doc->startRun(day, doc->now())) {
        qWarning("the run of day 1 did not start");
        return false;
    }
    for (const auto &[time, step] : std::as_const(steps)) {
        doc->models()->setNow(sampleDayOneAt(time));
        if (!doc->stepRun(step)) {
            qWarning("the step at %s did not apply", qPrintable(time));
            return false;
        }
    }
    return true;
}

bool setSampleAttendancePerDay(MeetingDocument *doc)
{
    const QList<MeetingDay> days = doc->agendaState().days;
    const QHash<Id, QString> names = PersonRepository(doc->database().connection()).shownNames();
    QList<Participant> participants = doc->participantList();
    int set = 0;
    for (Participant &p : participants) {
        const QString name = names.value(p.personId);
        if (name == QLatin1String("Robert Lupton")) {
            DayAttendance d = p.onDay(days.at(0).id);
            d.arrived = QTime(9, 20);
            p.setDay(d);
            ++set;
        } else if (name == QLatin1String("Wil O'Mullane")) {
            DayAttendance d = p.onDay(days.at(1).id);
            d.departed = QTime(11, 15);
            p.setDay(d);
            ++set;
        } else if (name == QLatin1String("Kian-Tat Lim")) {
            DayAttendance d = p.onDay(days.at(2).id);
            d.attendance = QStringLiteral("absent");
            p.setDay(d);
            ++set;
        }
    }
    if (set != 3) {
        qWarning("the reference meeting lacks a participant the attendance per day is set for");
        return false;
    }
    doc->editParticipants(participants, QStringLiteral("Attendance per day"));
    return true;
}

std::unique_ptr<MeetingDocument> openRunSample(const QTemporaryDir &dir, const QString &name, const QString &until,
                                               qint64 *referenceMeeting)
{
    std::unique_ptr<MeetingDocument> doc = openSampleDocument(dir, name, referenceMeeting);
    if (!doc || !runSampleDayOne(doc.get(), until) || !setSampleAttendancePerDay(doc.get()))
        return nullptr;
    return doc;
}

QStringList liveRows(const QSqlDatabase &db)
{
    static const char *const queries[] = {
        "SELECT m.title, d.day_date, d.actual_start, d.actual_end, d.paused_at "
        "FROM meeting_day d JOIN meeting m ON m.id = d.meeting_id",
        "SELECT m.title, d.day_date, e.title, e.start_time, e.actual_start, e.actual_end, e.paused_seconds, "
        "e.run_status, e.original_start, e.original_minutes "
        "FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id JOIN meeting m ON m.id = d.meeting_id",
        "SELECT m.title, d.day_date, p.display_name, p.username, a.attendance, a.arrived, a.departed "
        "FROM day_attendance a JOIN meeting_day d ON d.id = a.day_id JOIN meeting m ON m.id = d.meeting_id "
        "JOIN person p ON p.id = a.person_id",
    };
    QStringList rows;
    for (const char *sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(sql))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
        while (q.next())
            rows << rowText(q);
    }
    rows.sort();
    return rows;
}

} // namespace Quorum::Testing
