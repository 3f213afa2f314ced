// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarygenerator.h"

#include "storage/actionitemrepository.h"
#include "storage/agendarepository.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace Quorum {

namespace {

const char *const firstNames[] = {"Ada",   "Ben",   "Chiara", "Dmitri", "Elena", "Farid",  "Grace", "Hiro",    "Ines",
                                  "Jonas", "Kemal", "Lena",   "Mateo",  "Nadia", "Omar",   "Priya", "Quentin", "Rosa",
                                  "Sven",  "Tara",  "Ugo",    "Vera",   "Wei",   "Ximena", "Yusuf"};
const char *const lastNames[]
    = {"Abbott", "Bianchi",  "Castillo",  "Dubois", "Eriksen",  "Fischer", "Gupta",  "Hansen", "Ibrahim",
       "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",  "Petrov", "Quinn",  "Rossi",
       "Silva",  "Tanaka",   "Ueda",      "Varga",  "Weber",    "Young",   "Zhou"};
const char *const subjects[]
    = {"pipeline",      "release",    "budget",   "milestone",     "review",          "calibration", "database",
       "documentation", "security",   "hiring",   "roadmap",       "deployment",      "testing",     "support",
       "architecture",  "data model", "schedule", "risk register", "community forum", "audit"};
const char *const verbs[]
    = {"Review", "Plan", "Discuss", "Agree on", "Report on", "Decide", "Update", "Prepare", "Draft", "Summarize"};
const char *const phrases[] = {"we agreed to revisit this next week",   "the team reports steady progress",
                               "there is a concern about the timeline", "a design note will follow",
                               "this depends on the upstream release",  "numbers are in the linked ticket",
                               "nobody objected to the proposal",       "the estimate needs another look",
                               "we should ask the wider community",     "the risk is accepted for now"};

template<typename T, size_t N>
QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromLatin1(list[random.bounded(int(N))]);
}

QString sentence(QRandomGenerator &random)
{
    QString s = pick(random, phrases);
    s[0] = s.at(0).toUpper();
    if (random.bounded(4) == 0)
        s += QStringLiteral(" (DM-%1)").arg(20000 + random.bounded(20000));
    return s + QLatin1Char('.');
}

/** 0.5-5 KB of Markdown: lists with nested items, now and then a code block. */
QString notes(QRandomGenerator &random)
{
    const int target = 500 + random.bounded(4500);
    QString md;
    while (md.size() < target) {
        md += QStringLiteral("- ") + sentence(random) + QLatin1Char('\n');
        const int nested = random.bounded(3);
        for (int i = 0; i < nested; ++i)
            md += QStringLiteral("  - ") + sentence(random) + QLatin1Char('\n');
        if (random.bounded(12) == 0)
            md += QStringLiteral("\n```\n$ run %1 --check\nok\n```\n\n")
                      .arg(pick(random, subjects).replace(QLatin1Char(' '), QLatin1Char('-')));
    }
    return md;
}

QByteArray attachmentText(QRandomGenerator &random, int size)
{
    QByteArray data;
    data.reserve(size + 200);
    while (data.size() < size)
        data += sentence(random).toUtf8() + '\n';
    data.truncate(size);
    return data;
}

} // namespace

bool LibraryGenerator::write(const QString &path, const Options &options, QString *error)
{
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::CreateNew, error);
    if (!db)
        return false;
    QRandomGenerator random(options.seed);
    const QSqlDatabase c = db->connection();
    try {
        Transaction tx(c, tr("generate a library"));
        Series series;
        series.name = tr("Leadership Team");
        const Id seriesId = SeriesRepository(c).insert(series);

        // The directory: 150 people, some known by a username only, most with an alias.
        PersonRepository people(c);
        QList<Id> personIds;
        for (int i = 0; i < 150; ++i) {
            Person p;
            const QString first = pick(random, firstNames);
            const QString last = pick(random, lastNames);
            p.username = QStringLiteral("%1%2%3").arg(first.left(1).toLower(), last.toLower()).arg(i);
            if (i % 15 != 7)
                p.displayName = QStringLiteral("%1 %2").arg(first, last);
            if (i % 3 != 0 && !p.displayName.isEmpty())
                p.aliases << QStringLiteral("%1 %2.").arg(first, last.left(1)) + QString::number(i);
            personIds << people.insert(p);
        }
        QList<Id> groupIds;
        for (const QString &name : {tr("T/CAMs"), tr("Product Owners"), tr("Site Leads")}) {
            PersonGroup g;
            g.name = name;
            for (int m = 0; m < 8; ++m)
                g.memberIds << personIds.at(random.bounded(int(personIds.size())));
            std::sort(g.memberIds.begin(), g.memberIds.end());
            g.memberIds.erase(std::unique(g.memberIds.begin(), g.memberIds.end()), g.memberIds.end());
            groupIds << people.insertGroup(g);
        }

        MeetingRepository meetings(c);
        AgendaRepository agenda(c);
        ParticipantRepository participants(c);
        ActionItemRepository actions(c);
        AttachmentRepository attachments(c);
        const QDate first(2016, 1, 5); // a Tuesday
        const QDate today = first.addDays(7 * options.meetings);
        for (int n = 0; n < options.meetings; ++n) {
            const bool faceToFace = n % 13 == 12;
            Meeting m;
            m.seriesId = seriesId;
            m.startDate = first.addDays(7 * n);
            m.endDate = faceToFace ? m.startDate.addDays(2) : m.startDate;
            m.title = faceToFace ? tr("Leadership Face-to-Face, %1").arg(m.startDate.toString(Qt::ISODate))
                                 : tr("Leadership Meeting - %1").arg(m.startDate.toString(Qt::ISODate));
            m.timeZone = QStringLiteral("America/Los_Angeles");
            m.location = faceToFace ? tr("Main conference room") : tr("Zoom (virtual)");
            m.joinUrl = QStringLiteral("https://example.zoom.us/j/%1").arg(900000000 + n);
            m.meetingCode = QString::number(900000000 + n);
            // Whole lines of notes, up to 400 characters.
            m.description = notes(random).left(400);
            m.description.truncate(qMax(0, int(m.description.lastIndexOf(QLatin1Char('\n')))));
            const Id meetingId = meetings.insert(m);

            // 20-40 participants.
            QList<Id> present;
            const int count = 20 + random.bounded(21);
            for (int i = 0; i < count; ++i) {
                const Id person = personIds.at((n * 7 + i * 3) % personIds.size());
                if (present.contains(person))
                    continue;
                present << person;
                Participant p;
                p.meetingId = meetingId;
                p.personId = person;
                p.role = i == 0  ? QStringLiteral("moderator")
                         : i < 4 ? QStringLiteral("coordinator")
                                 : QStringLiteral("attendee");
                p.attendance = random.bounded(10) == 0 ? QStringLiteral("absent") : QStringLiteral("present");
                participants.insert(p, int(present.size()) - 1);
            }

            // The agenda: about 10 entries, or about 40 in moderated blocks over three days.
            QList<Id> entries;
            for (int d = 0; d < (faceToFace ? 3 : 1); ++d) {
                MeetingDay day;
                day.meetingId = meetingId;
                day.date = m.startDate.addDays(d);
                day.plannedStart = QTime(9, 0);
                day.plannedEnd = faceToFace ? QTime(16, 0) : QTime(10, 30);
                const Id dayId = meetings.insertDay(day);
                QTime at(9, 0);
                const int blocks = faceToFace ? 3 + d % 2 : 1;
                for (int b = 0; b < blocks; ++b) {
                    Id blockId = 0;
                    if (faceToFace) {
                        AgendaEntry block;
                        block.dayId = dayId;
                        block.position = b;
                        block.kind = AgendaEntry::Kind::Block;
                        block.moderatorId = present.at(b % present.size());
                        blockId = agenda.insert(block);
                    }
                    const int topics = faceToFace ? 3 + random.bounded(2) : 9 + random.bounded(3);
                    for (int t = 0; t < topics; ++t) {
                        AgendaEntry e;
                        e.dayId = dayId;
                        e.parentId = blockId;
                        e.position = t;
                        e.kind = AgendaEntry::Kind::Topic;
                        e.title = QStringLiteral("%1 the %2").arg(pick(random, verbs), pick(random, subjects));
                        e.startTime = at;
                        e.durationMinutes = faceToFace ? 15 + 15 * random.bounded(4) : 5 + 5 * random.bounded(3);
                        at = at.addSecs(e.durationMinutes * 60);
                        e.coordinatorIds = {present.at(random.bounded(int(present.size())))};
                        e.preNotes = random.bounded(2) ? QStringLiteral("- ") + sentence(random) : QString();
                        e.runningNotes = notes(random);
                        entries << agenda.insert(e);
                    }
                }
            }

            // 3-8 action items: most done, the newest ones open (and some of those overdue).
            const int actionCount = 3 + random.bounded(6);
            for (int a = 0; a < actionCount; ++a) {
                ActionItem item;
                item.meetingId = meetingId;
                item.entryId = entries.at(random.bounded(int(entries.size())));
                item.position = a;
                item.description = QStringLiteral("%1 %2 for the %3.")
                                       .arg(pick(random, verbs), pick(random, subjects), pick(random, subjects));
                item.assignees
                    = {random.bounded(8) == 0 ? Assignee{0, groupIds.at(random.bounded(int(groupIds.size())))}
                                              : Assignee{present.at(random.bounded(int(present.size()))), 0}};
                item.dueDate = m.startDate.addDays(7 + random.bounded(28));
                item.done = n < options.meetings - 8 ? random.bounded(10) != 0 : random.bounded(3) == 0;
                if (item.done)
                    item.doneDate = qMin(item.dueDate, today);
                if (random.bounded(3) == 0)
                    item.externalRef = QStringLiteral("DM-%1").arg(20000 + random.bounded(20000));
                actions.insert(item);
            }

            // Two attachments of 50-500 KB.
            for (int a = 0; a < 2; ++a) {
                const QByteArray data = attachmentText(random, 50 * 1024 + random.bounded(450 * 1024));
                Attachment att;
                att.meetingId = meetingId;
                att.entryId = a == 0 ? entries.first() : 0;
                att.position = a;
                att.fileName = a == 0 ? tr("Notes %1.md").arg(m.startDate.toString(Qt::ISODate))
                                      : tr("Status %1.txt").arg(m.startDate.toString(Qt::ISODate));
                att.mimeType = a == 0 ? QStringLiteral("text/markdown") : QStringLiteral("text/plain");
                att.size = data.size();
                att.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
                att.modifiedAt = QDateTime(m.startDate, QTime(12, 0), Qt::UTC);
                att.uploadedBy = present.first();
                attachments.insert(att, data);
            }
        }
        tx.commit();
    } catch (const StorageError &e) {
        db.reset();
        QFile::remove(path);
        *error = tr("The library could not be generated: %1").arg(e.message());
        return false;
    }
    return true;
}

} // namespace Quorum
