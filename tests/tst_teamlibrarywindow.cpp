// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team library (issue 22) on a throw-away PostgreSQL cluster: opened from an
// address it shows the library's meetings under "db on host", without lock, snapshots or restore;
// a reader's window is read-only and says why; File › Open Team Library… builds the address from
// its fields, refuses what it cannot use, and says in itself why a library did not open.
#include "data/agendaentry.h"
#include "document/libraryfile.h"
#include "document/librarylocation.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/librarycopy.h"
#include "teamlibrarydialog.h"
#include "testlib/fixtures.h"
#include "testlib/pgcluster.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::Testing;

class tst_TeamLibraryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldShowTheLibraryOfAServer();
    void shouldOpenAReadersWindowReadOnly();
    void shouldRefuseAnAddressWithAPassword();
    void shouldBuildTheAddressFromTheFields_data();
    void shouldBuildTheAddressFromTheFields();
    void shouldRefuseWhatTheFieldsCannotSay_data();
    void shouldRefuseWhatTheFieldsCannotSay();
    void shouldSayInTheDialogWhyALibraryDidNotOpen();
    void shouldRememberTheFieldsThatOpenedALibrary();

private:
    QString uriAs(const QString &user) const;
    Id firstTopic(MeetingDocument *doc) const;
    /** Fills the dialog's fields. */
    static void fill(TeamLibraryDialog &dialog, const QString &host, int port, const QString &database,
                     const QString &user);
    static void screenshot(QWidget *widget, const QString &name);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_uri;
    qint64 m_seed = 0;
};

void tst_TeamLibraryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString why;
    if (!PgCluster::isAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    m_uri = m_cluster.copyLibrary(QStringLiteral("team"), writeSample(m_dir, QStringLiteral("sample.quorum"), &m_seed));
    QVERIFY2(!m_uri.isEmpty(), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.addUser(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("team_readers")),
             qPrintable(m_cluster.errorString()));
}

void tst_TeamLibraryWindow::cleanupTestCase()
{
    if (m_cluster.isRunning())
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
}

QString tst_TeamLibraryWindow::uriAs(const QString &user) const
{
    return QString(m_uri).replace(QStringLiteral("quorum_admin@"), user + QLatin1Char('@'));
}

Id tst_TeamLibraryWindow::firstTopic(MeetingDocument *doc) const
{
    for (const AgendaEntry &e : doc->agenda()->state().entries) {
        if (e.kind == AgendaEntry::Kind::Topic)
            return e.id;
    }
    return 0;
}

void tst_TeamLibraryWindow::fill(TeamLibraryDialog &dialog, const QString &host, int port, const QString &database,
                                 const QString &user)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(host);
    dialog.findChild<QSpinBox *>(QStringLiteral("teamPort"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(database);
    dialog.findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(user);
}

void tst_TeamLibraryWindow::screenshot(QWidget *widget, const QString &name)
{
    if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(shots) + QLatin1Char('/') + name);
}

void tst_TeamLibraryWindow::shouldShowTheLibraryOfAServer()
{
    // GIVEN a window
    MainWindow w;
    // WHEN it opens the team library's address (as `quorum postgresql://…` does)
    QVERIFY2(w.openLibrary(m_uri, m_seed), qPrintable(w.lastError()));
    // THEN it shows the sample's meetings, the seed meeting among them, editable
    QVERIFY(w.document());
    QVERIFY(w.document()->file()->isServer());
    QVERIFY(!w.document()->isReadOnly());
    QCOMPARE(w.document()->currentMeetingId(), m_seed);
    QVERIFY(w.document()->meetingList()->indexOfMeeting(m_seed).isValid());
    QVERIFY(w.document()->meetingList()->rowCount() > 0);
    // the title names the database and where it is, never the address or a path
    QVERIFY2(w.windowTitle().endsWith(QStringLiteral("team on this computer — Quorum")), qPrintable(w.windowTitle()));
    QVERIFY(!w.windowTitle().contains(QStringLiteral("postgresql")));
    // no snapshots or restore for a server library: off, and saying why
    for (const char *name : {"restoreBackupAction", "backupFolderAction"}) {
        auto *action = w.findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY(action->toolTip().contains(QStringLiteral("server")));
    }
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("problemBanner"))->isVisibleTo(&w));
    // the recent files hold the address as given (no absolute path made of it), shown as "team on …"
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QVERIFY(!recent.isEmpty());
    QVERIFY2(recent.constFirst().startsWith(QStringLiteral("postgresql://quorum_admin@/team?")),
             qPrintable(recent.constFirst()));
    QVERIFY(LibraryLocation::isSame(recent.constFirst(), m_uri));
    QMenu *recentMenu = nullptr;
    for (QMenu *menu : w.findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            recentMenu = menu;
    }
    QVERIFY(recentMenu && !recentMenu->actions().isEmpty());
    QCOMPARE(recentMenu->actions().constFirst()->text(), QStringLiteral("&1 team on this computer"));
    // WHEN the same address is opened again THEN the window keeps its document (it is the same library)
    MeetingDocument *before = w.document();
    QVERIFY(w.openLibrary(m_uri));
    QCOMPARE(w.document(), before);
    // AND a file library afterwards has its backup actions back
    const QString file = writeSample(m_dir, QStringLiteral("file.quorum"));
    QVERIFY(w.openLibrary(file));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->isEnabled());
    QVERIFY(
        !w.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->toolTip().contains(QStringLiteral("server")));
}

void tst_TeamLibraryWindow::shouldOpenAReadersWindowReadOnly()
{
    // GIVEN bob, a member of team_readers
    MainWindow w;
    w.resize(1300, 820);
    QVERIFY2(w.openLibrary(uriAs(QStringLiteral("bob")), m_seed), qPrintable(w.lastError()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // THEN the window is read-only, and the banner says why in the server's words
    QVERIFY(w.document()->isReadOnly());
    const QString reason = w.document()->file()->readOnlyReason();
    QVERIFY(!reason.isEmpty());
    auto *banner = w.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), reason);
    QVERIFY(w.windowTitle().contains(QStringLiteral("(read-only)")));
    // no editing controls
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("duplicateMeetingAction"))->isEnabled());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("deleteMeetingAction"))->isEnabled());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
    screenshot(&w, QStringLiteral("teamlibrary-reader.png"));

    // WHEN an edit is attempted all the same
    const Id topic = firstTopic(w.document());
    QVERIFY(topic);
    const QString before = w.document()->agenda()->indexOfEntry(topic).data(AgendaModel::RunningNotesRole).toString();
    w.document()->agenda()->setEntryField(topic, AgendaModel::RunningNotesRole, QStringLiteral("bob was here"));
    // THEN the server has not changed: a fresh look as an editor shows what was there
    QString error;
    std::unique_ptr<MeetingDocument> fresh = MeetingDocument::open(m_uri, &error);
    QVERIFY2(fresh, qPrintable(error));
    fresh->setCurrentMeeting(m_seed);
    QCOMPARE(fresh->agenda()->indexOfEntry(topic).data(AgendaModel::RunningNotesRole).toString(), before);
}

void tst_TeamLibraryWindow::shouldRefuseAnAddressWithAPassword()
{
    // GIVEN an address with a password inside (from a script, a pasted link)
    const QString hostile = QString(m_uri).replace(QStringLiteral("quorum_admin@"), QStringLiteral("bob:s3cret@"));
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow w;
    QString failure;
    // WHEN the window is asked to open it
    QVERIFY(!w.openLibrary(hostile, 0, &failure));
    // THEN it refuses, says where a password goes, and never repeats it nor remembers the address
    QVERIFY(!w.document());
    QVERIFY(!failure.isEmpty());
    QVERIFY2(failure.contains(QStringLiteral(".pgpass")), qPrintable(failure));
    QVERIFY(!failure.contains(QStringLiteral("s3cret")));
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
    // AND without a failure to fill, the same refusal is what the window shows
    QVERIFY(!w.openLibrary(hostile));
    QCOMPARE(w.lastError(), failure);
}

void tst_TeamLibraryWindow::shouldBuildTheAddressFromTheFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("address");
    QTest::newRow("host, port, user") << "db.example.org" << 5433 << "team"
                                      << "alice"
                                      << "postgresql://alice@db.example.org:5433/team";
    QTest::newRow("defaults") << "" << 0 << "team"
                              << ""
                              << "postgresql:///team";
    QTest::newRow("spaces trimmed") << "  db.example.org " << 0 << " team "
                                    << " alice "
                                    << "postgresql://alice@db.example.org/team";
    QTest::newRow("socket folder") << "/run/postgresql" << 5433 << "team"
                                   << "alice"
                                   << "postgresql://alice@/team?host=/run/postgresql&port=5433";
}

void tst_TeamLibraryWindow::shouldBuildTheAddressFromTheFields()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, address);
    QStringList asked;
    TeamLibraryDialog dialog([&asked](const QString &uri, QString *) {
        asked << uri;
        return true;
    });
    fill(dialog, host, port, database, user);
    dialog.accept();
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(asked, QStringList{address});
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.problem().isEmpty());
}

void tst_TeamLibraryWindow::shouldRefuseWhatTheFieldsCannotSay_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::newRow("no database") << "db.example.org"
                                 << ""
                                 << "alice";
    QTest::newRow("only spaces") << "db.example.org"
                                 << "   "
                                 << "alice";
    QTest::newRow("password in host") << "bob:s3cret@db.example.org"
                                      << "team"
                                      << "";
    QTest::newRow("password in user") << "db.example.org"
                                      << "team"
                                      << "bob:s3cret";
    QTest::newRow("parameter in host") << "db.example.org/x?password=s3cret"
                                       << "team"
                                       << "";
}

void tst_TeamLibraryWindow::shouldRefuseWhatTheFieldsCannotSay()
{
    QFETCH(QString, host);
    QFETCH(QString, database);
    QFETCH(QString, user);
    bool asked = false;
    TeamLibraryDialog dialog([&asked](const QString &, QString *) {
        asked = true;
        return true;
    });
    fill(dialog, host, 0, database, user);
    dialog.accept();
    // The opener is never asked, the dialog stays, and its error line says what to change.
    QVERIFY(!asked);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.problem().contains(QStringLiteral("s3cret")));
    QString error;
    QVERIFY(dialog.address(&error).isEmpty());
    QCOMPARE(error, dialog.problem());
}

void tst_TeamLibraryWindow::shouldSayInTheDialogWhyALibraryDidNotOpen()
{
    // GIVEN the dialog as File › Open Team Library… makes it, on a database that does not exist
    MainWindow w;
    TeamLibraryDialog dialog([&w](const QString &uri, QString *error) { return w.openLibrary(uri, 0, error); });
    fill(dialog, m_cluster.socketDirectory(), m_cluster.port(), QStringLiteral("nosuchdb"), m_cluster.adminUser());
    // WHEN Open is pressed
    dialog.accept();
    // THEN the dialog stays with the server's reason in its error line, and no message box piles up
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.problem().contains(QStringLiteral("nosuchdb")), qPrintable(dialog.problem()));
    QVERIFY(w.lastError().isEmpty());
    QVERIFY(!w.document());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("teamlibrarydialog.png"));
    // WHEN the database is corrected THEN the window opens it
    dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->setText(QStringLiteral("team"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(w.document() && w.document()->file()->isServer());
}

void tst_TeamLibraryWindow::shouldRememberTheFieldsThatOpenedALibrary()
{
    // GIVEN a dialog that opened a library
    {
        TeamLibraryDialog dialog([](const QString &, QString *) { return true; });
        fill(dialog, QStringLiteral("db.example.org"), 5433, QStringLiteral("team"), QStringLiteral("alice"));
        dialog.accept();
    }
    // AND one that did not open its library
    {
        TeamLibraryDialog dialog([](const QString &, QString *error) {
            *error = QStringLiteral("no");
            return false;
        });
        fill(dialog, QStringLiteral("elsewhere.example.org"), 1, QStringLiteral("other"), QStringLiteral("eve"));
        dialog.accept();
    }
    // THEN the next dialog starts from the fields that worked, and no password is kept anywhere
    TeamLibraryDialog next([](const QString &, QString *) { return true; });
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("teamHost"))->text(), QStringLiteral("db.example.org"));
    QCOMPARE(next.findChild<QSpinBox *>(QStringLiteral("teamPort"))->value(), 5433);
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->text(), QStringLiteral("team"));
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("teamUser"))->text(), QStringLiteral("alice"));
    const QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret")), qPrintable(key));
}

QTEST_MAIN(tst_TeamLibraryWindow)
#include "tst_teamlibrarywindow.moc"
