// SPDX-License-Identifier: GPL-3.0-or-later
// What `cmake --install` and `cpack -G DEB` put on a desktop (issue 23): every file in its place
// under the prefix, the freedesktop and AppStream validators content, the MIME type recognising
// a library by its content, and the Debian package's fields and contents.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString AppId = QStringLiteral("org.quorumapp.Quorum");

struct Run
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {},
        int timeoutMs = 120'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.started = process.waitForStarted();
    if (!result.started)
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_prefix;

    QString installed(const QString &relative) const { return m_prefix + QLatin1Char('/') + relative; }
    /** The environment in which the desktop looks under the prefix first. */
    QProcessEnvironment desktopEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_DIRS"),
                           installed(QStringLiteral("share")) + QStringLiteral(":/usr/share"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("home-data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("home-config")));
        // The entry's TryExec finds the installed program, as it would on a system where it is installed.
        environment.insert(QStringLiteral("PATH"), installed(QStringLiteral("bin")) + QLatin1Char(':')
                                                       + environment.value(QStringLiteral("PATH")));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_prefix = m_work.filePath(QStringLiteral("prefix"));
        const Run install
            = run(QStringLiteral(QUORUM_CMAKE), {QStringLiteral("--install"), QStringLiteral(QUORUM_BUILD_DIR),
                                                 QStringLiteral("--prefix"), m_prefix});
        QVERIFY2(install.started && install.exitCode == 0, qPrintable(install.output));
    }

    void filesInTheirPlaces()
    {
        const QStringList expected{
            QStringLiteral("bin/quorum"),
            QStringLiteral("share/applications/%1.desktop").arg(AppId),
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId),
            QStringLiteral("share/mime/packages/%1.xml").arg(AppId),
            QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
            QStringLiteral("share/icons/hicolor/scalable/mimetypes/application-x-quorum-library.svg"),
            QStringLiteral("share/doc/quorum/copyright"),
        };
        for (const QString &file : expected)
            QVERIFY2(QFileInfo(installed(file)).isFile(), qPrintable(file));
        QVERIFY(QFileInfo(installed(QStringLiteral("bin/quorum"))).isExecutable());
        // The window module beside its library folder, whatever the platform calls it (lib, lib64, lib/x86_64-linux-gnu).
        const QStringList modules = [&] {
            QStringList found;
            QDirIterator it(m_prefix, {QStringLiteral("libquorum-window.so")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            return found;
        }();
        QCOMPARE(modules.size(), 1);
        QVERIFY2(modules.constFirst().endsWith(QStringLiteral("/quorum/libquorum-window.so")),
                 qPrintable(modules.constFirst()));
        // Every hicolor size is a real PNG of that size.
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
            QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
        }
    }

    void installedProgramRuns()
    {
        // The installed executable finds the installed window module (a verb that needs it) and
        // writes a library.
        const QString library = m_work.filePath(QStringLiteral("installed-sample.quorum"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run sample
            = run(installed(QStringLiteral("bin/quorum")), {QStringLiteral("sample"), library}, environment);
        QVERIFY2(sample.started && sample.exitCode == 0, qPrintable(sample.output));
        QVERIFY(QFileInfo(library).size() > 0);
        const Run version = run(installed(QStringLiteral("bin/quorum")), {QStringLiteral("--version")}, environment);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.output.contains(QStringLiteral(QUORUM_VERSION)), qPrintable(version.output));
    }

    void desktopEntryValidates()
    {
        const QString validator = tool("desktop-file-validate");
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (scripts/quorum-dev installs desktop-file-utils)");
        const Run result = run(validator, {installed(QStringLiteral("share/applications/%1.desktop").arg(AppId))});
        QVERIFY2(result.started && result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.trimmed().isEmpty(), qPrintable(result.output)); // no hints or warnings either
    }

    void metainfoValidates()
    {
        const QString validator = tool("appstreamcli");
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (scripts/quorum-dev installs appstream)");
        const QString metainfo = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId));
        const Run result = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(result.started && result.exitCode == 0, qPrintable(result.output));
        // Neither errors nor warnings nor infos: only the pedantic remarks are tolerated.
        static const QRegularExpression complaint(QStringLiteral("^[EWI]: "), QRegularExpression::MultilineOption);
        QVERIFY2(!result.output.contains(complaint), qPrintable(result.output));
        // The window's and the printed agenda's screenshots, a release, a content rating.
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QStringLiteral("</screenshot>")), 2);
        QVERIFY(text.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(QUORUM_VERSION))));
        QVERIFY(text.contains(QStringLiteral("<content_rating type=\"oars-1.1\"")));
        QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(AppId)));
    }

    void mimeTypeRecognisesALibrary()
    {
        const QString updater = tool("update-mime-database");
        if (updater.isEmpty())
            QSKIP("update-mime-database is not installed (shared-mime-info)");
        const QString mimeDir = installed(QStringLiteral("share/mime"));
        const Run update = run(updater, {mimeDir});
        QVERIFY2(update.started && update.exitCode == 0, qPrintable(update.output));
        QVERIFY(QFileInfo(mimeDir + QStringLiteral("/application/x-quorum-library.xml")).isFile());

        // What a file manager sees (GIO reads the shared MIME database of the prefix, in a process of
        // its own): a library renamed is recognised by the SQLite header and Quorum's application
        // id; a plain SQLite database is not a library; a file named .quorum is one by its name.
        const QString gio = tool("gio");
        if (gio.isEmpty())
            QSKIP("gio is not installed (libglib2.0-bin)");
        const auto typeOf = [&](const QString &file) {
            const Run info = run(
                gio, {QStringLiteral("info"), QStringLiteral("-a"), QStringLiteral("standard::content-type"), file},
                desktopEnvironment());
            static const QRegularExpression type(QStringLiteral("standard::content-type: (\\S+)"));
            return type.match(info.output).captured(1);
        };
        const QString renamed = m_work.filePath(QStringLiteral("minutes-2020.bin"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run sample
            = run(installed(QStringLiteral("bin/quorum")), {QStringLiteral("sample"), renamed}, environment);
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.output));
        const QString plain = m_work.filePath(QStringLiteral("plain.bin"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(plain);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        const QString named = m_work.filePath(QStringLiteral("Leadership 2026.quorum"));
        {
            QFile file(named);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not yet a library");
        }
        QCOMPARE(typeOf(renamed), QStringLiteral("application/x-quorum-library"));
        QCOMPARE(typeOf(plain), QStringLiteral("application/vnd.sqlite3"));
        QCOMPARE(typeOf(named), QStringLiteral("application/x-quorum-library"));
    }

    void fileManagerOpensLibrariesWithQuorum()
    {
        const QString updater = tool("update-desktop-database");
        const QString gio = tool("gio");
        if (updater.isEmpty() || gio.isEmpty())
            QSKIP("update-desktop-database (desktop-file-utils) or gio (libglib2.0-bin) is not installed");
        const Run update = run(updater, {installed(QStringLiteral("share/applications"))});
        QVERIFY2(update.exitCode == 0, qPrintable(update.output));
        // What the file manager asks: which application opens this type.
        const Run query
            = run(gio, {QStringLiteral("mime"), QStringLiteral("application/x-quorum-library")}, desktopEnvironment());
        QVERIFY2(query.exitCode == 0, qPrintable(query.output));
        QVERIFY2(query.output.contains(AppId + QStringLiteral(".desktop")), qPrintable(query.output));
    }

    void debianPackage()
    {
        const QString dpkgDeb = tool("dpkg-deb");
        if (dpkgDeb.isEmpty() || tool("dpkg-shlibdeps").isEmpty())
            QSKIP("dpkg-deb or dpkg-shlibdeps is not installed (dpkg-dev)");
        const QString out = m_work.filePath(QStringLiteral("package"));
        const Run cpack = run(QStringLiteral(QUORUM_CPACK),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                               QStringLiteral(QUORUM_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out},
                              {}, 300'000);
        QVERIFY2(cpack.started && cpack.exitCode == 0, qPrintable(cpack.output));
        const QStringList debs = QDir(out).entryList({QStringLiteral("quorum_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = QDir(out).filePath(debs.constFirst());
        QCOMPARE(debs.constFirst(), QStringLiteral("quorum_%1_amd64.deb").arg(QStringLiteral(QUORUM_VERSION)));

        auto field = [&](const char *name) {
            return run(dpkgDeb, {QStringLiteral("-f"), deb, QString::fromLatin1(name)}).output.trimmed();
        };
        QCOMPARE(field("Package"), QStringLiteral("quorum"));
        QCOMPARE(field("Version"), QStringLiteral(QUORUM_VERSION));
        QCOMPARE(field("Section"), QStringLiteral("office"));
        QVERIFY(!field("Maintainer").isEmpty());
        QVERIFY(field("Description").startsWith(QStringLiteral("meeting organizer")));
        const QStringList depends = field("Depends").split(QStringLiteral(", "));
        // The plugins Qt loads at run time, and what dpkg-shlibdeps found the executables link.
        for (const char *needed : {"libqt6sql6-sqlite", "qt6-qpa-plugins", "libqt6widgets6", "libqt6sql6", "libzip4",
                                   "libical3", "libxml2", "libsqlite3-0"}) {
            const bool found = std::any_of(depends.cbegin(), depends.cend(), [&](const QString &d) {
                return d == QLatin1String(needed) || d.startsWith(QLatin1String(needed) + QLatin1Char(' '));
            });
            QVERIFY2(found,
                     qPrintable(QStringLiteral("%1 not in Depends: %2").arg(QLatin1String(needed), field("Depends"))));
        }
        QVERIFY(field("Recommends").contains(QStringLiteral("libqt6sql6-psql")));

        const Run contents = run(dpkgDeb, {QStringLiteral("-c"), deb});
        QCOMPARE(contents.exitCode, 0);
        for (const QString &path : {QStringLiteral("./usr/bin/quorum"), QStringLiteral("/quorum/libquorum-window.so"),
                                    QStringLiteral("./usr/share/applications/%1.desktop").arg(AppId),
                                    QStringLiteral("./usr/share/metainfo/%1.metainfo.xml").arg(AppId),
                                    QStringLiteral("./usr/share/mime/packages/%1.xml").arg(AppId),
                                    QStringLiteral("./usr/share/icons/hicolor/48x48/apps/%1.png").arg(AppId),
                                    QStringLiteral("./usr/share/doc/quorum/copyright")})
            QVERIFY2(contents.output.contains(path), qPrintable(path));
        // Nothing of the build or the tests.
        QVERIFY(!contents.output.contains(QStringLiteral("tst_")));
        QVERIFY(!contents.output.contains(QStringLiteral("render_icon")));
        // Installed files belong to root, as Debian expects.
        QVERIFY(!contents.output.contains(
            QRegularExpression(QStringLiteral("^\\S+ (?!root/root)"), QRegularExpression::MultilineOption)));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
