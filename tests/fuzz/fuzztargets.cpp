// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "agenda/duration.h"
#include "calendar/invitationimport.h"
#include "document/desktoprecent.h"
#include "document/editorpresence.h"
#include "export/jsoninterchange.h"
#include "i18n/localeformat.h"
#include "notes/dateparser.h"
#include "notes/ticketlinker.h"
#include "storage/database.h"
#include "storage/librarycheck.h"
#include "storage/presencenotice.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "wiki/confluenceimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdlib>

namespace Quorum::Fuzz {

namespace {

QTemporaryDir *scratch = nullptr;
QString emptyLibrary;

qint64 rows(const Database &db, const char *table)
{
    Statement s = Statement::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                                 QStringLiteral("count"));
    return s.next() ? s.integer(0) : -1;
}

/** A copy of the empty library under name in the scratch folder, open for writing. */
std::unique_ptr<Database> freshLibrary(const QString &name)
{
    const QString path = scratch->filePath(name);
    QFile::remove(path);
    if (!QFile::copy(emptyLibrary, path))
        std::abort();
    QString error;
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::OpenExisting, &error);
    if (!db)
        std::abort();
    return db;
}

/** Aborts unless the library holds no person, group, series, meeting or file. */
void requireEmpty(const Database &db)
{
    for (const char *table : {"person", "person_group", "series", "meeting", "blob"}) {
        if (rows(db, table) != 0)
            std::abort();
    }
}

} // namespace

void setUp()
{
    if (scratch)
        return;
    static int argc = 1;
    static char name[] = "quorum-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    scratch = new QTemporaryDir;
    emptyLibrary = scratch->filePath(QStringLiteral("empty.quorum"));
    QString error;
    if (!Database::open(emptyLibrary, Database::Mode::CreateNew, &error))
        std::abort();
}

void importJson(const QByteArray &data)
{
    std::unique_ptr<Database> db = freshLibrary(QStringLiteral("import.quorum"));
    try {
        JsonInterchange::importDocument(*db, data);
    } catch (const StorageError &) {
        requireEmpty(*db); // refused: then nothing of it may be in the library
    }
}

void openLibrary(const QByteArray &data)
{
    const QString path = scratch->filePath(QStringLiteral("opened.quorum"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            std::abort();
    }
    QString error;
    if (std::unique_ptr<Database> db = Database::open(path, Database::Mode::ReadOnly, &error)) {
        LibraryCheck::run(*db);
        try {
            JsonInterchange::exportLibrary(*db);
        } catch (const StorageError &) {
        }
    } else if (error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    LibraryCheck::runOnFile(path);
}

void linkPatterns(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    const QString note = split < 0 ? text : text.mid(split + 2);
    QList<LinkPattern> patterns;
    for (const QString &line : (split < 0 ? QString() : text.left(split)).split(QLatin1Char('\n'))) {
        const LinkPattern stored{line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1)};
        QString problem;
        const QList<LinkPattern> accepted = TicketLinker::accepted(stored, &problem);
        if (accepted.isEmpty() == problem.isEmpty())
            std::abort(); // either patterns or a reason
        for (const LinkPattern &p : accepted) {
            if (!TicketLinker::problem(p).isEmpty())
                std::abort();
        }
        patterns << TicketLinker::upgraded(stored);
    }
    const TicketLinker linker(patterns);
    const QString linked = linker.linkify(note);
    if ((linker.isEmpty() && linked != note) || linked.size() < note.size())
        std::abort();
}

void confluenceImport(const QByteArray &data)
{
    ConfluenceImport::Reading reading;
    QString error;
    if (!ConfluenceImport::read(data, {}, &reading, &error)) {
        if (error.isEmpty() || !reading.pages.isEmpty())
            std::abort(); // a refusal says why, and keeps no page
        return;
    }
    if (reading.pages.isEmpty())
        std::abort();
    ConfluenceImport::report(reading);
    if (!reading.isComplete())
        return;
    std::unique_ptr<Database> db = freshLibrary(QStringLiteral("confluence.quorum"));
    try {
        const ConfluenceImport::Outcome outcome = ConfluenceImport::write(*db, reading);
        if (outcome.meetingIds.size() != reading.pages.size())
            std::abort();
    } catch (const StorageError &) {
        requireEmpty(*db); // refused: then nothing of it may be in the library
    }
}

void invitationImport(const QByteArray &data)
{
    InvitationImport::Options options;
    options.today = QDate(2026, 12, 1);
    Invitation invitation;
    QString error;
    if (!InvitationImport::read(data, options, &invitation, &error)) {
        if (error.isEmpty() || !invitation.title.isEmpty() || !invitation.days.isEmpty())
            std::abort(); // a refusal says why, and keeps no meeting
        return;
    }
    if (invitation.days.isEmpty() || !invitation.startDate.isValid() || invitation.endDate < invitation.startDate)
        std::abort();
    // What is kept of the conference never holds the passcode the text gave: ConferenceText drops it.
    const ConferenceDetails &c = invitation.conference;
    for (const QString &kept : {c.joinUrl, c.meetingCode, c.sipAddress, c.passcodeHint}) {
        if (kept.contains(QLatin1String("pwd="), Qt::CaseInsensitive))
            std::abort();
    }
    InvitationImport::report(invitation);
    std::unique_ptr<Database> db = freshLibrary(QStringLiteral("invitation.quorum"));
    try {
        if (InvitationImport::write(*db, invitation) <= 0)
            std::abort();
        if (rows(*db, "meeting") != 1)
            std::abort();
    } catch (const StorageError &) {
        requireEmpty(*db);
    }
}

void presenceNotice(const QByteArray &data)
{
    const std::optional<PresenceNotice> notice = PresenceNotice::parse(QString::fromUtf8(data));
    if (!notice)
        return;
    const bool editing = notice->state == PresenceNotice::State::Editing;
    if (notice->by.isEmpty() || notice->by.toUtf8().size() > 63 || notice->session <= 0 || notice->entryId < 0
        || notice->meetingId < 0 || (editing && (!notice->entryId || !notice->meetingId)))
        std::abort();
    for (const QChar c : notice->by) {
        if (c.category() == QChar::Other_Control)
            std::abort();
    }
    EditorPresence presence([](const QString &user) { return user; });
    presence.take(*notice);
    const QStringList shown = presence.othersEditing(notice->entryId);
    if (shown != (editing ? QStringList(notice->by) : QStringList())
        || !presence.othersEditing(notice->entryId + 1).isEmpty())
        std::abort();
}

void desktopRecent(const QByteArray &data)
{
    const QString library = QStringLiteral("/tmp/fuzz recent/Leadership ü & <1>.quorum");
    const QString href = QString::fromLatin1(QUrl::fromLocalFile(library).toEncoded());
    QList<DesktopRecent::Entry> before;
    QString error;
    const bool readable = DesktopRecent::read(data, &before, &error);
    const QByteArray after
        = DesktopRecent::withDocument(data, library, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC), &error);
    if (after.isEmpty()) {
        if (readable || data.trimmed().isEmpty() || error.isEmpty())
            std::abort();
        return;
    }
    QList<DesktopRecent::Entry> entries;
    if (!DesktopRecent::read(after, &entries, &error) || entries.isEmpty() || (!readable && !data.trimmed().isEmpty()))
        std::abort();
    const DesktopRecent::Entry mine = entries.takeLast();
    if (mine.href != href || mine.mimeType != QLatin1String("application/x-quorum-library") || mine.count < 1)
        std::abort();
    QStringList kept;
    for (const DesktopRecent::Entry &e : std::as_const(before)) {
        if (QDir::cleanPath(QUrl(e.href, QUrl::StrictMode).toLocalFile()) != library)
            kept.append(e.href);
    }
    QStringList now;
    for (const DesktopRecent::Entry &e : std::as_const(entries))
        now.append(e.href);
    if (now != kept)
        std::abort();
}

void typedText(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    for (const QLocale &locale :
         {QLocale::c(), QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        const QDate date = DateParser::parse(text, QDate(2020, 9, 15), locale);
        if (date.isValid() && (date.year() < 1 || date.year() > 9999))
            std::abort();
        const int minutes = Duration::parse(text, locale);
        if (minutes < -1 || minutes > Duration::MaxMinutes
            || (minutes >= 0 && Duration::parse(Duration::format(minutes), locale) != minutes))
            std::abort();
        const QTime time = Duration::parseTime(text, locale);
        if (time.isValid()
            && Duration::parseTime(LocaleFormat::time(time, locale), locale) != QTime(time.hour(), time.minute()))
            std::abort();
    }
}

} // namespace Quorum::Fuzz
