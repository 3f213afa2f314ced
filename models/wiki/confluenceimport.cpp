// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluenceimport.h"

#include "confluencepage.h"
#include "document/meetingreader.h"
#include "export/jsonimporter.h"
#include "export/jsonkeys.h"
#include "storage/actionitemrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/meetingrepository.h"
#include "storage/meetingrows.h"
#include "storage/personrepository.h"
#include "storage/seriesrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "wikidom.h"
#include "wikitext.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Quorum {

namespace {

QString normalised(const QString &text)
{
    QString out;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace

bool ConfluenceImport::Reading::isComplete() const
{
    return std::all_of(pages.cbegin(), pages.cend(), [](const ConfluencePage &p) { return p.startDate.isValid(); });
}

int ConfluenceImport::Reading::noticeCount() const
{
    int n = 0;
    for (const ConfluencePage &p : pages)
        n += int(p.notices.size());
    return n + int(skipped.size());
}

QString ConfluenceImport::Reading::nameOf(const QString &key) const
{
    for (const QJsonValue &p : people) {
        const QJsonObject o = p.toObject();
        if (o.value(JsonKeys::Key).toString() == key)
            return Person{0, o.value(JsonKeys::DisplayName).toString(), o.value(JsonKeys::Username).toString(), {}, {},
                          {}}
                .shownName();
    }
    for (const QJsonValue &g : groups) {
        if (g.toObject().value(JsonKeys::Key).toString() == key)
            return g.toObject().value(JsonKeys::Name).toString();
    }
    return key;
}

bool ConfluenceImport::Reading::isInDirectory(const QString &personKey) const
{
    // People are keyed "person-N" in the order personMatches lists them.
    bool ok = false;
    const int n = personKey.section(QLatin1Char('-'), 1).toInt(&ok);
    return ok && n >= 1 && n <= personMatches.size() && personMatches.at(n - 1).personId != 0;
}

QJsonObject ConfluenceImport::Reading::document() const
{
    QJsonArray meetings;
    for (const ConfluencePage &p : pages) {
        if (p.startDate.isValid())
            meetings.append(p.meeting);
    }
    QJsonObject doc{{JsonKeys::Format, JsonFormat::Name}, {JsonKeys::FormatVersion, JsonFormat::Version},
                    {JsonKeys::People, people},           {JsonKeys::Groups, groups},
                    {JsonKeys::Series, series},           {JsonKeys::Meetings, meetings}};
    return doc;
}

bool ConfluenceImport::read(const QByteArray &data, const Options &options, Reading *reading, QString *error,
                            const QString &name)
{
    *reading = Reading();
    QList<WikiSourcePage> sources;
    if (!WikiSource::read(data, &sources, &reading->kind, &reading->skipped, error))
        return false;
    WikiPeople people(options.directory, options.groups);
    ConfluencePageReader reader(&people, options);
    QStringList seriesNames;
    for (WikiSourcePage &source : sources) {
        if (source.name.isEmpty())
            source.name = name;
        WikiNode root;
        QString parseError;
        const bool parsed = reading->kind == WikiSource::Kind::StorageFormat
                                ? WikiDom::parseStorageFormat(source.html, &root, &parseError)
                                : WikiDom::parse(source.html, &root, &parseError);
        if (!parsed) {
            if (sources.size() == 1) {
                *error = parseError;
                return false;
            }
            reading->skipped << QStringLiteral("%1: %2").arg(source.name, parseError);
            continue;
        }
        ConfluencePage page = reader.read(root, source.name);
        int entries = 0;
        for (const QJsonValue &d : page.meeting.value(JsonKeys::Days).toArray()) {
            for (const QJsonValue &e : d.toObject().value(JsonKeys::Agenda).toArray())
                entries += 1 + int(e.toObject().value(JsonKeys::Entries).toArray().size());
        }
        if (entries > MaxEntriesPerPage) {
            const QString why = tr("%1 has %2 agenda entries, more than a meeting page (%3 at most); it is not read.")
                                    .arg(source.name.isEmpty() ? tr("The page") : source.name)
                                    .arg(entries)
                                    .arg(MaxEntriesPerPage);
            if (sources.size() == 1) {
                *error = why;
                return false;
            }
            reading->skipped << why;
            continue;
        }
        const QJsonObject &m = page.meeting;
        const bool meetingLike = !m.value(QStringLiteral("days")).toArray().isEmpty()
                                 || !m.value(QStringLiteral("participants")).toArray().isEmpty()
                                 || !m.value(QStringLiteral("actionItems")).toArray().isEmpty();
        if (!meetingLike) {
            reading->skipped << tr("%1: no agenda, participants or action items; not a meeting page")
                                    .arg(source.name.isEmpty() ? page.title : source.name);
            continue;
        }
        if (page.title.isEmpty())
            page.title = tr("Imported meeting");
        // The series: the one asked for, else the title without its date.
        QString seriesName = options.series;
        if (seriesName.isEmpty()) {
            QDate s, e;
            QString rest;
            ConfluencePageReader::datesInTitle(page.title, &s, &e, &rest);
            seriesName = rest.isEmpty() ? page.title : rest;
        }
        seriesName = seriesName.simplified().left(200);
        qsizetype index = seriesNames.indexOf(seriesName);
        if (index < 0) {
            seriesNames << seriesName;
            index = seriesNames.size() - 1;
        }
        page.meeting.insert(QStringLiteral("title"), page.title.left(500));
        for (const MeetingSummary &s : options.meetings) {
            if (s.title == page.title.left(500) && s.startDate == page.startDate)
                page.replaces = s.id;
        }
        page.meeting.insert(JsonKeys::Series, QStringLiteral("series-%1").arg(index + 1));
        reading->pages.append(page);
    }
    if (reading->pages.isEmpty()) {
        *error = sources.size() == 1 ? tr("The file holds no meeting page: no agenda, participants or action items "
                                          "were found.")
                                     : tr("None of the %1 pages is a meeting page.").arg(sources.size());
        return false;
    }
    for (int i = 0; i < seriesNames.size(); ++i)
        reading->series.append(
            QJsonObject{{JsonKeys::Key, QStringLiteral("series-%1").arg(i + 1)}, {JsonKeys::Name, seriesNames.at(i)}});
    reading->people = people.peopleJson();
    reading->groups = people.groupsJson();
    for (const auto &[name, id] : people.matches())
        reading->personMatches.append({name, id});
    return true;
}

bool ConfluenceImport::readFile(const QString &path, const Options &options, Reading *reading, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.size() > WikiSource::MaxInputBytes) {
        *error = tr("“%1” is larger than %2 MB; a Confluence page or space export is not.")
                     .arg(path)
                     .arg(WikiSource::MaxInputBytes / (1024 * 1024));
        return false;
    }
    return read(file.read(WikiSource::MaxInputBytes + 1), options, reading, error, QFileInfo(path).fileName());
}

ConfluenceImport::Options ConfluenceImport::optionsFor(const QSqlDatabase &db, Options options)
{
    PersonRepository people(db);
    options.directory = people.all();
    options.groups.clear();
    for (const PersonGroup &g : people.groups())
        options.groups << g.name;
    options.meetings = MeetingRepository(db).summaries();
    return options;
}

ConfluenceImport::Outcome ConfluenceImport::write(const QSqlDatabase &db, const Reading &reading,
                                                  QList<MeetingRows> *replaced)
{
    for (const ConfluencePage &p : reading.pages) {
        if (!p.startDate.isValid())
            throw StorageError(tr("The page “%1” gives no date; give the meeting's date (--date) and import again. "
                                  "Nothing was imported.")
                                   .arg(p.title));
    }
    Outcome outcome;
    MeetingRepository meetings(db);
    const QList<MeetingSummary> before = meetings.summaries();
    QJsonObject document = reading.document();
    QJsonArray series = document.value(JsonKeys::Series).toArray();
    QJsonArray pageMeetings = document.value(JsonKeys::Meetings).toArray();
    // A meeting of the same title and start date is this page imported before: replaced, in its series.
    for (int i = 0; i < pageMeetings.size(); ++i) {
        QJsonObject m = pageMeetings.at(i).toObject();
        const QString title = m.value(JsonKeys::Title).toString();
        const QDate start = QDate::fromString(m.value(JsonKeys::StartDate).toString(), Qt::ISODate);
        for (const MeetingSummary &s : before) {
            if (s.title != title || s.startDate != start)
                continue;
            if (HistoryRepository(db).finalState(s.id).isFinal())
                throw StorageError(tr("The meeting “%1” of %2 is final; reopen its minutes to import the page over it. "
                                      "Nothing was imported.")
                                       .arg(title, start.toString(Qt::ISODate)));
            MeetingRows rows = MeetingRows::read(db, s.id);
            rows.remove(db);
            if (replaced)
                replaced->append(rows);
            outcome.replacedIds << s.id;
            if (!s.seriesName.isEmpty()) {
                const QString key = QStringLiteral("series-kept-%1").arg(i + 1);
                series.append(QJsonObject{{JsonKeys::Key, key}, {JsonKeys::Name, s.seriesName}});
                m.insert(JsonKeys::Series, key);
                pageMeetings.replace(i, m);
            }
            break;
        }
    }
    // Only the series a meeting is in: a replaced meeting stays in its own.
    QJsonArray usedSeries;
    for (const QJsonValue &v : std::as_const(series)) {
        const QString key = v.toObject().value(JsonKeys::Key).toString();
        if (std::any_of(pageMeetings.cbegin(), pageMeetings.cend(),
                        [&](const QJsonValue &m) { return m.toObject().value(JsonKeys::Series).toString() == key; }))
            usedSeries.append(v);
    }
    // Without a time zone of its own a meeting takes its series' (when the library has the series), else
    // this computer's, as a meeting made in the window does.
    const QList<Series> librarySeries = SeriesRepository(db).all();
    for (qsizetype i = 0; i < pageMeetings.size(); ++i) {
        QJsonObject m = pageMeetings.at(i).toObject();
        if (m.contains(JsonKeys::TimeZone))
            continue;
        QString zone;
        for (const QJsonValue &v : std::as_const(usedSeries)) {
            if (v.toObject().value(JsonKeys::Key) != m.value(JsonKeys::Series))
                continue;
            for (const Series &known : librarySeries) {
                if (known.name == v.toObject().value(JsonKeys::Name).toString())
                    zone = known.timeZone;
            }
        }
        if (zone.isEmpty())
            zone = Meeting::localTimeZone();
        m.insert(JsonKeys::TimeZone, zone);
        pageMeetings.replace(i, m);
    }
    document.insert(JsonKeys::Series, usedSeries);
    document.insert(JsonKeys::Meetings, pageMeetings);
    QBuffer buffer;
    buffer.setData(QJsonDocument(document).toJson(QJsonDocument::Compact));
    buffer.open(QIODevice::ReadOnly);
    const ImportSummary summary = JsonImporter::importWithin(db, &buffer);
    outcome.meetingIds = summary.meetingIds;
    outcome.peopleAdded = summary.peopleAdded;
    outcome.peopleMatched = summary.peopleMatched;

    // The Action Item Summary: other meetings' tasks, matched by meeting title and description.
    const QList<MeetingSummary> after = meetings.summaries();
    MeetingReader reader(db);
    ActionItemRepository actions(db);
    QHash<Id, QList<ActionItem>> changed;
    QHash<Id, QList<ActionItem>> original;
    for (const ConfluencePage &p : reading.pages) {
        for (const SummaryTask &task : p.summaryTasks) {
            const QString wanted = normalised(task.description);
            bool found = false;
            for (const MeetingSummary &s : after) {
                if (outcome.meetingIds.contains(s.id) || normalised(s.title) != normalised(task.meetingTitle))
                    continue;
                if (!changed.contains(s.id)) {
                    changed.insert(s.id, reader.actions(s.id));
                    original.insert(s.id, changed.value(s.id));
                }
                QList<ActionItem> &items = changed[s.id];
                for (ActionItem &item : items) {
                    const QString have = normalised(item.description);
                    if (have.isEmpty() || wanted.isEmpty()
                        || !(have == wanted
                             || (wanted.size() >= 12 && (have.contains(wanted) || wanted.contains(have)))))
                        continue;
                    found = true;
                    if (item.done != task.done) {
                        item.done = task.done;
                        item.doneDate = QDate();
                        ++outcome.tasksUpdated;
                    } else {
                        ++outcome.tasksUnchanged;
                    }
                    break;
                }
                if (found)
                    break;
            }
            if (!found)
                outcome.tasksNotFound << task;
        }
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (it.value() == original.value(it.key()))
            continue;
        actions.replace(original.value(it.key()), it.value());
        outcome.taskChanges.append({original.value(it.key()), it.value()});
    }
    return outcome;
}

ConfluenceImport::Outcome ConfluenceImport::write(Database &db, const Reading &reading)
{
    if (db.isReadOnly())
        throw StorageError(tr("The library is open read-only; nothing was imported."));
    Transaction tx(db.connection(), tr("import the Confluence pages"));
    const Outcome outcome = write(db.connection(), reading);
    tx.commit();
    return outcome;
}

QString ConfluenceImport::report(const Reading &reading, const Outcome *outcome)
{
    QString out;
    const auto line = [&](const QString &text) { out += text + QLatin1Char('\n'); };
    line(tr("Pages read: %1 (%2).").arg(reading.pages.size()).arg(WikiSource::kindName(reading.kind)));
    for (const ConfluencePage &p : reading.pages) {
        const QJsonObject &m = p.meeting;
        line(QString());
        line(tr("Meeting: %1").arg(p.title));
        if (p.replaces)
            line(tr("  Replaces the meeting of this title and date already in the library (imported before)."));
        if (p.startDate.isValid())
            line(tr("  Dates: %1 to %2")
                     .arg(m.value(JsonKeys::StartDate).toString(), m.value(JsonKeys::EndDate).toString()));
        else
            line(tr("  Dates: none on the page; give one with --date YYYY-MM-DD"));
        if (!m.value(JsonKeys::JoinUrl).toString().isEmpty())
            line(tr("  Join: %1 (meeting ID %2)")
                     .arg(m.value(JsonKeys::JoinUrl).toString(), m.value(JsonKeys::MeetingCode).toString()));
        if (!m.value(JsonKeys::PasscodeHint).toString().isEmpty())
            line(tr("  Passcode: %1").arg(m.value(JsonKeys::PasscodeHint).toString()));
        int blocks = 0, entries = 0;
        QStringList dayLines;
        for (const QJsonValue &d : m.value(JsonKeys::Days).toArray()) {
            int dayEntries = 0;
            for (const QJsonValue &e : d.toObject().value(JsonKeys::Agenda).toArray()) {
                if (e.toObject().value(JsonKeys::Kind).toString() == QLatin1String("block")) {
                    ++blocks;
                    dayEntries += int(e.toObject().value(JsonKeys::Entries).toArray().size());
                } else {
                    ++dayEntries;
                }
            }
            entries += dayEntries;
            dayLines << tr("    %1: entries %2").arg(d.toObject().value(JsonKeys::Date).toString()).arg(dayEntries);
        }
        line(tr("  Agenda: days %1, moderated blocks %2, entries %3")
                 .arg(m.value(JsonKeys::Days).toArray().size())
                 .arg(blocks)
                 .arg(entries));
        for (const QString &d : std::as_const(dayLines))
            line(d);
        const QJsonArray participants = m.value(JsonKeys::Participants).toArray();
        QStringList people;
        for (const QJsonValue &p : participants)
            people << reading.nameOf(p.toObject().value(JsonKeys::Person).toString());
        line(tr("  Participants (%1): %2").arg(participants.size()).arg(people.join(QStringLiteral(", "))));
        const QJsonArray actions = m.value(JsonKeys::ActionItems).toArray();
        int done = 0;
        for (const QJsonValue &a : actions)
            done += a.toObject().value(JsonKeys::Done).toBool() ? 1 : 0;
        line(tr("  Action items: %1 (%2 done)").arg(actions.size()).arg(done));
        for (const QJsonValue &a : actions) {
            const QJsonObject o = a.toObject();
            QStringList who;
            for (const QJsonValue &as : o.value(JsonKeys::Assignees).toArray()) {
                const QJsonObject x = as.toObject();
                who << reading.nameOf(x.contains(JsonKeys::Group) ? x.value(JsonKeys::Group).toString()
                                                                  : x.value(JsonKeys::Person).toString());
            }
            line(QStringLiteral("    %1 %2 \u2014 %3%4")
                     .arg(o.value(JsonKeys::Done).toBool() ? QStringLiteral("[x]") : QStringLiteral("[ ]"),
                          who.isEmpty() ? tr("(nobody)") : who.join(QStringLiteral(", ")),
                          WikiText::excerpt(o.value(JsonKeys::Description).toString(), 70),
                          o.contains(JsonKeys::DueDate)
                              ? QStringLiteral(" (%1)").arg(o.value(JsonKeys::DueDate).toString())
                              : QString()));
        }
        line(tr("  Attached documents: %1 (names only; the files stay on the page)")
                 .arg(m.value(JsonKeys::Attachments).toArray().size()));
        line(tr("  Topic requests: %1").arg(m.value(JsonKeys::TopicRequests).toArray().size()));
        if (!p.tickets.isEmpty())
            line(tr("  Tickets: %1").arg(p.tickets.join(QStringLiteral(", "))));
        if (!p.summaryTasks.isEmpty())
            line(tr("  Action Item Summary: tasks of other meetings %1 (matched in the library, never created here)")
                     .arg(p.summaryTasks.size()));
        if (!p.notices.isEmpty()) {
            line(tr("  Not recognised (%1):").arg(p.notices.size()));
            for (const WikiNotice &n : p.notices)
                line(QStringLiteral("    - %1 \u201c%2\u201d").arg(n.message, n.source));
        }
    }
    QStringList newPeople;
    int known = 0;
    for (const WikiPersonMatch &m : reading.personMatches) {
        if (m.personId)
            ++known;
        else
            newPeople << m.name;
    }
    line(QString());
    line(tr("People: %1 found in the directory, %2 new").arg(known).arg(newPeople.size()));
    if (!newPeople.isEmpty())
        line(tr("  New: %1").arg(newPeople.join(QStringLiteral(", "))));
    for (const QString &s : reading.skipped)
        line(tr("Left out: %1").arg(s));
    if (outcome) {
        line(QString());
        line(tr("Imported meetings: %1, of which %2 replaced the same meeting imported before.")
                 .arg(outcome->meetingIds.size())
                 .arg(outcome->replacedIds.size()));
        line(tr("People added: %1, matched in the directory: %2.")
                 .arg(outcome->peopleAdded)
                 .arg(outcome->peopleMatched));
        if (outcome->tasksUpdated || outcome->tasksUnchanged || !outcome->tasksNotFound.isEmpty())
            line(tr("Action Item Summary: %1 updated, %2 already so, %3 not in the library.")
                     .arg(outcome->tasksUpdated)
                     .arg(outcome->tasksUnchanged)
                     .arg(outcome->tasksNotFound.size()));
    }
    return out;
}

} // namespace Quorum
