// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation (issue 23): complete and well-formed in its source, and what a German
// user sees: the window, a printed agenda and the command line, with no English left.
#include "fixtures.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "samplelibrary.h"

#include <QAbstractButton>
#include <QAction>
#include <QDomDocument>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Quorum;
using namespace Quorum::Testing;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool finished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QDomDocument doc;
    const auto parsed = doc.setContent(&file);
    if (!parsed) {
        *error = QStringLiteral("not XML");
        return {};
    }
    QList<Message> messages;
    for (QDomElement context = doc.documentElement().firstChildElement(QStringLiteral("context")); !context.isNull();
         context = context.nextSiblingElement(QStringLiteral("context"))) {
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message"))) {
            Message message;
            message.context = name;
            message.source = m.firstChildElement(QStringLiteral("source")).text();
            message.numerus = m.attribute(QStringLiteral("numerus")) == QLatin1String("yes");
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            message.finished = t.attribute(QStringLiteral("type")).isEmpty();
            if (message.numerus) {
                for (QDomElement f = t.firstChildElement(QStringLiteral("numerusform")); !f.isNull();
                     f = f.nextSiblingElement(QStringLiteral("numerusform")))
                    message.translations << f.text();
            } else {
                message.translations << t.text();
            }
            messages << message;
        }
    }
    return messages;
}

/** The placeholders of text, sorted: %1 … %99, %L1, %n, %Ln. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int accelerators(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&(?=\\w)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return int(t.count(accelerator));
}

bool looksLikeShortcut(const QString &text)
{
    static const QRegularExpression shortcut(
        QStringLiteral("^(?:(?:Ctrl|Alt|Shift|Meta)\\+)+(?:[A-Z0-9]|F\\d{1,2}|Del|Ins|Left|Right|Up|Down|PgUp|PgDown|"
                       "Home|End|Space|Return|Enter|Tab|Backspace|Esc|[,.;/\\\\\\[\\]=+-])$"));
    return shortcut.match(text).hasMatch();
}

QString plain(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?=\\w)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    text.remove(accelerator);
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<Message> m_german;
    /** English source texts whose German differs: seen in a German window, a sign of a missed translation. */
    QSet<QString> m_englishOnly;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_german = readTs(QStringLiteral(QUORUM_SOURCE_DIR "/translations/quorum_de.ts"), &error);
        QVERIFY2(!m_german.isEmpty(), qPrintable(error));
        QSet<QString> german;
        for (const Message &m : std::as_const(m_german)) {
            for (const QString &t : m.translations)
                german.insert(plain(t));
        }
        for (const Message &m : std::as_const(m_german)) {
            const QString english = plain(m.source);
            // Words the same in both languages ("Export", "Server") prove nothing.
            if (m.finished && !german.contains(english) && english.size() > 3)
                m_englishOnly.insert(english);
        }
    }

    void everyMessageIsTranslated()
    {
        QStringList missing;
        for (const Message &m : std::as_const(m_german)) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (!m.finished || m.translations.isEmpty() || empty)
                missing << m.context + QStringLiteral(": ") + m.source.left(60);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g.\n%2")
                                                   .arg(missing.size())
                                                   .arg(missing.mid(0, 15).join(QLatin1Char('\n')))));
    }

    void translationsKeepTheirShape()
    {
        QStringList wrong;
        for (const Message &m : std::as_const(m_german)) {
            if (m.numerus && m.translations.size() != 2)
                wrong << QStringLiteral("two plural forms: ") + m.source;
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue;
                if (placeholders(t) != placeholders(m.source))
                    wrong << QStringLiteral("placeholders: %1 → %2").arg(m.source, t);
                if (accelerators(m.source) != accelerators(t))
                    wrong << QStringLiteral("accelerator: %1 → %2").arg(m.source, t);
                if (looksLikeShortcut(m.source) && t != m.source)
                    wrong << QStringLiteral("shortcut changed: %1 → %2").arg(m.source, t);
                if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n'))
                    || m.source.startsWith(QLatin1Char(' ')) != t.startsWith(QLatin1Char(' '))
                    || m.source.endsWith(QLatin1Char(' ')) != t.endsWith(QLatin1Char(' ')))
                    wrong << QStringLiteral("spaces or line ends: %1 → %2").arg(m.source, t);
                if (m.source.endsWith(QStringLiteral("…")) && !t.endsWith(QStringLiteral("…")))
                    wrong << QStringLiteral("ellipsis: %1 → %2").arg(m.source, t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void germanIsShipped() { QVERIFY(Translations::languages().contains(QStringLiteral("de"))); }

    void germanWindowShowsNoEnglish()
    {
        Translations::install(QLocale(QLocale::German, QLocale::Germany));
        // A German user's locale writes the dates too ("Dienstag, 15. September 2020" in the day rows).
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Id seed = 0;
        const QString path = writeSample(m_dir, QStringLiteral("de.quorum"), &seed);
        MainWindow w;
        QVERIFY(w.openLibrary(path, seed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Every tab built, as a user clicking through would see them.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        QVERIFY(tabs);
        QStringList tabNames;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            tabNames << tabs->tabText(i);
        }
        QCOMPARE(tabNames.value(1), QStringLiteral("Tagesordnung"));

        QStringList english;
        const auto check = [&](const QString &where, const QString &text) {
            const QString shown = plain(text);
            if (m_englishOnly.contains(shown))
                english << where + QStringLiteral(": ") + shown;
        };
        for (QAction *a : w.findChildren<QAction *>()) {
            check(QStringLiteral("action"), a->text());
            check(QStringLiteral("tooltip"), a->toolTip());
        }
        for (QMenu *menu : w.findChildren<QMenu *>())
            check(QStringLiteral("menu"), menu->title());
        for (QLabel *l : w.findChildren<QLabel *>())
            check(QStringLiteral("label ") + l->objectName(), l->text());
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
            check(QStringLiteral("button ") + b->objectName(), b->text());
        for (QLineEdit *e : w.findChildren<QLineEdit *>())
            check(QStringLiteral("placeholder ") + e->objectName(), e->placeholderText());
        for (QGroupBox *g : w.findChildren<QGroupBox *>())
            check(QStringLiteral("group ") + g->objectName(), g->title());
        for (QHeaderView *h : w.findChildren<QHeaderView *>()) {
            if (!h->model())
                continue;
            for (int s = 0; s < h->count(); ++s)
                check(QStringLiteral("column ") + h->parentWidget()->objectName(),
                      h->model()->headerData(s, h->orientation()).toString());
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        if (const QByteArray shots = qgetenv("QUORUM_SCREENSHOTS"); !shots.isEmpty()) {
            tabs->setCurrentIndex(1);
            w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/german-window.png"));
        }
    }

    void germanCommandLine()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        QProcess help;
        help.setProcessEnvironment(environment);
        help.start(QStringLiteral(QUORUM_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(30000));
        const QString text = QString::fromLocal8Bit(help.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Besprechung")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("a meeting organizer")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Search a library's titles")), qPrintable(text));
        // A mistake is said in German too.
        QProcess missing;
        missing.setProcessEnvironment(environment);
        missing.start(
            QStringLiteral(QUORUM_EXECUTABLE),
            {QStringLiteral("search"), m_dir.filePath(QStringLiteral("nowhere.quorum")), QStringLiteral("x")});
        QVERIFY(missing.waitForFinished(30000));
        QVERIFY(missing.exitCode() != 0);
        const QString said = QString::fromLocal8Bit(missing.readAllStandardError());
        QVERIFY2(!said.isEmpty() && !m_englishOnly.contains(said.trimmed()), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("does not exist")) && !said.contains(QStringLiteral("cannot")),
                 qPrintable(said));
    }

    void germanPrintedAgenda()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils)");
        const QString library = writeSample(m_dir, QStringLiteral("print-de.quorum"));
        const QString pdf = m_dir.filePath(QStringLiteral("tagesordnung.pdf"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        QProcess print;
        print.setProcessEnvironment(environment);
        print.start(QStringLiteral(QUORUM_EXECUTABLE),
                    {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                     QStringLiteral("--kind"), QStringLiteral("agenda"), library, QStringLiteral("-o"), pdf});
        QVERIFY(print.waitForFinished(60000));
        QVERIFY2(print.exitCode() == 0, print.readAllStandardError().constData());
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("Tagesordnung")), qPrintable(printed.left(2000)));
        // The meeting's own words (its titles, "Break", "Zoom (virtual)") are the user's, not Quorum's.
        QSet<QString> data;
        const std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
            if (v.isString())
                data.insert(v.toString().trimmed());
            for (const QJsonValue &child : v.isArray() ? v.toArray() : QJsonArray())
                collect(child);
            if (v.isObject()) {
                for (const QJsonValue &child : v.toObject())
                    collect(child);
            }
        };
        collect(QJsonDocument::fromJson(SampleLibrary::json()).object());
        QVERIFY(data.contains(QStringLiteral("Break")));
        QStringList english;
        for (const QString &line : printed.split(QLatin1Char('\n'))) {
            for (const QString &cell : line.split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts)) {
                if (m_englishOnly.contains(cell.trimmed()) && !data.contains(cell.trimmed()))
                    english << cell.trimmed();
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
