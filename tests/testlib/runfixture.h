// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QTemporaryDir;

namespace Quorum {
class MeetingDocument;
}

namespace Quorum::Testing {

/** 2020-09-15 (day 1 of the sample's reference meeting) at HH:mm Pacific time. */
QDateTime sampleDayOneAt(const QString &time);

/**
 * Runs part of day 1 of the reference meeting doc shows, the clock injected: started at 09:02;
 * "Welcome" held until 09:17, "Project news and updates" until 09:52 (10 minutes over), "John
 * Swinbank transition" skipped at 09:55, "Community support" paused 10:10–10:15. Then, as until
 * says: "running" leaves it running, "paused" pauses it again at 10:20, "ended" ends the day at
 * 10:40. False (with a warning) when a step does not apply.
 */
bool runSampleDayOne(MeetingDocument *doc, const QString &until = QStringLiteral("running"));

/**
 * Attendance per day in the reference meeting: Robert Lupton arrived at 09:20 on day 1, Wil
 * O'Mullane left at 11:15 on day 2, Kian-Tat Lim absent on day 3. False when one is missing.
 */
bool setSampleAttendancePerDay(MeetingDocument *doc);

/**
 * Writes the sample into dir as name and opens it (as openSampleDocument) with day 1 run
 * (runSampleDayOne, until) and attendance per day (setSampleAttendancePerDay). Null (with a
 * warning) on failure.
 */
std::unique_ptr<MeetingDocument> openRunSample(const QTemporaryDir &dir, const QString &name, const QString &until,
                                               qint64 *referenceMeeting);

/**
 * The live run's stored values of every meeting as text, sorted: per day its actual start, end
 * and pause; per agenda entry its actual times, pauses, run status and original plan; per person
 * and day the attendance. Rows are named by meeting title, date, entry title and person, not by
 * ids, so that two libraries holding the same compare equal.
 */
QStringList liveRows(const QSqlDatabase &db);

} // namespace Quorum::Testing
