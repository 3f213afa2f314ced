// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "sendminutesdialog.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

struct Launch
{
    QString program;
    QStringList arguments;
    int count = 0;
};

} // namespace

class TestSendMinutesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = writeSample(m_dir, QStringLiteral("sample.quorum"), &m_seed);
        QString error;
        const std::unique_ptr<Database> db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        MinutesMail::Options options;
        options.today = QDate(2020, 10, 1);
        m_mail = MinutesMail::make(*db, m_seed, options);
        QVERIFY(!m_mail.message.to.isEmpty());
    }
    void cleanup() { QSettings().clear(); }

    void shouldShowWhoIsAndWhoIsNotReachable()
    {
        SendMinutesDialog dialog(m_mail, FileDialogs());
        const QString to = dialog.findChild<QLabel *>(QStringLiteral("toLabel"))->text();
        for (const MailAddress &a : m_mail.message.to)
            QVERIFY2(to.contains(a.address), qPrintable(a.address));
        const QString unreachable = dialog.findChild<QLabel *>(QStringLiteral("unreachableLabel"))->text();
        QVERIFY(!m_mail.unreachable.isEmpty());
        for (const QString &name : m_mail.unreachable)
            QVERIFY2(unreachable.contains(name), qPrintable(name));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), m_mail.message.subject);
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("previewText"))->toPlainText(),
                 m_mail.message.plainText);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/sendminutesdialog.png"));
    }

    void shouldSayWhyItCannotOpenAMailClient()
    {
        SendMinutesDialog dialog(m_mail, FileDialogs());
        int launched = 0;
        dialog.setLauncher(QString(), [&](const QString &, const QStringList &) { return ++launched > 0; });
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openInMailClientButton"));
        QVERIFY(!open->isEnabled());
        QVERIFY(open->toolTip().contains(QLatin1String("xdg-email")));
        QVERIFY(!dialog.openInMailClient());
        QCOMPARE(launched, 0);
    }

    void shouldHandTheMessageToXdgEmail()
    {
        SendMinutesDialog dialog(m_mail, FileDialogs());
        Launch launch;
        dialog.setLauncher(QStringLiteral("/usr/bin/xdg-email"), [&](const QString &program, const QStringList &args) {
            launch = {program, args, launch.count + 1};
            return true;
        });
        dialog.findChild<QLineEdit *>(QStringLiteral("fromEdit"))->setText(QStringLiteral("Sec <sec@example.org>"));
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openInMailClientButton"));
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(launch.count, 1);
        QCOMPARE(launch.program, QStringLiteral("/usr/bin/xdg-email"));
        const QStringList &a = launch.arguments;
        QCOMPARE(a.value(a.indexOf(QStringLiteral("--subject")) + 1), m_mail.message.subject);
        QCOMPARE(a.value(a.indexOf(QStringLiteral("--body")) + 1), m_mail.message.plainText);
        const QString pdf = a.value(a.indexOf(QStringLiteral("--attach")) + 1);
        QCOMPARE(readFile(pdf), m_mail.pdf);
        QStringList addresses;
        for (const MailAddress &m : m_mail.message.to)
            addresses << m.address;
        QCOMPARE(a.mid(a.size() - addresses.size()), addresses);
        QCOMPARE(SendMinutesDialog::rememberedFrom(), QStringLiteral("Sec <sec@example.org>"));
        QFile::remove(pdf);
        QDir().rmdir(QFileInfo(pdf).path());

        // A launcher that fails is said, not ignored.
        dialog.setLauncher(QStringLiteral("/usr/bin/xdg-email"),
                           [](const QString &, const QStringList &) { return false; });
        QVERIFY(!dialog.openInMailClient());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("xdg-email")));
    }

    void shouldRefuseAFromThatIsNotAnAddress()
    {
        SendMinutesDialog dialog(m_mail, FileDialogs());
        dialog.setLauncher(QStringLiteral("/usr/bin/xdg-email"),
                           [](const QString &, const QStringList &) { return true; });
        auto *from = dialog.findChild<QLineEdit *>(QStringLiteral("fromEdit"));
        from->setText(QStringLiteral("Sec <sec@example.org>\nBcc: v@example.com"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveEmlButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openInMailClientButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("fromProblemLabel"))->isHidden());
        from->clear(); // none: the mail client's account
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveEmlButton"))->isEnabled());
        QVERIFY(dialog.message().from.address.isEmpty());
    }

    void shouldSaveTheMessageAsEml()
    {
        const QString path = m_dir.filePath(QStringLiteral("minutes.eml"));
        QString suggested;
        FileDialogs dialogs;
        dialogs.saveFile = [&](QWidget *, const QString &, const QString &, const QString &s) {
            suggested = s;
            return path;
        };
        SendMinutesDialog dialog(m_mail, dialogs);
        dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Minutes, edited"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveEmlButton")), Qt::LeftButton);
        QCOMPARE(suggested, QStringLiteral("Minutes, edited.eml"));
        const QByteArray eml = readFile(path);
        QVERIFY(eml.contains("\r\nSubject: Minutes, edited\r\n"));
        QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
        QVERIFY(eml.contains("Content-Type: application/pdf"));

        // Cancelled: nothing written.
        QFile::remove(path);
        dialogs.saveFile = [](QWidget *, const QString &, const QString &, const QString &) { return QString(); };
        SendMinutesDialog cancelled(m_mail, dialogs);
        QVERIFY(!cancelled.saveAsEml());
        QVERIFY(!QFileInfo::exists(path));
    }

    void shouldOfferMailInTheFileMenu()
    {
        MainWindow w;
        FileDialogs dialogs = FileDialogs::standard();
        const QString folder = m_dir.filePath(QStringLiteral("mails"));
        QDir().mkpath(folder);
        dialogs.openFolder = [&](QWidget *, const QString &) { return folder; };
        w.setFileDialogs(dialogs);
        QVERIFY(w.openLibrary(writeSample(m_dir, QStringLiteral("window.quorum"), &m_seed), m_seed));
        auto *send = w.findChild<QAction *>(QStringLiteral("sendMinutesAction"));
        auto *byPerson = w.findChild<QAction *>(QStringLiteral("exportActionMailsAction"));
        QVERIFY(send && byPerson);
        QCOMPARE(send->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        QCOMPARE(byPerson->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+Shift+M")));

        SendMinutesDialog *shown = nullptr;
        QTimer::singleShot(0, this, [&] {
            shown = qobject_cast<SendMinutesDialog *>(QApplication::activeModalWidget());
            if (shown)
                shown->reject();
        });
        send->trigger();
        QVERIFY(shown);

        byPerson->trigger();
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("Frossie Economou.eml"))));
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("Wrote")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_seed = 0;
    MinutesMail m_mail;
};

QTEST_MAIN(TestSendMinutesDialog)
#include "tst_sendminutesdialog.moc"
