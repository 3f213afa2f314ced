// SPDX-License-Identifier: GPL-3.0-or-later
// Not part of the CTest run: Quorum against its floors (issue 18), run with `scripts/quorum-dev bench`
// (see docs/PERFORMANCE.md). Each figure is a ratio to a floor measured in the same run: the rounds
// interleave Quorum's command and the floor's, and the medians are compared, because this machine
// is shared and noisy. It measures; it never fails on time.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

namespace {

qint64 monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

/** Where the standard error of the last run goes (set once the work folder is known). */
QString &errorFile()
{
    static QString path = QStringLiteral("/dev/null");
    return path;
}

/** One command to time: its arguments, what it reads and where its output goes. */
struct Command
{
    QStringList arguments;
    QString input; ///< a file for standard input; empty: /dev/null
    QString output; ///< a file for standard output; empty: /dev/null
    /**
     * Window programs: set QUORUM_BENCH_FIRST_PAINT, and the figure is the time until the
     * program writes "first-paint NS" (its monotonic clock once the first paint is done).
     */
    bool firstPaint = false;
    std::function<void()> before; ///< untimed preparation before each run (e.g. remove the target)
};

struct Sample
{
    double ms = 0;
    long peakKb = 0;
    bool ok = false;
};

Sample runOnce(const Command &command);

/**
 * Runs command once; a window program that could not connect to the X server (Xvfb now and then
 * refuses a connection just after another client went) is run again, up to three times, as that
 * says nothing of the program. The retries are counted.
 */
Sample runMeasured(const Command &command, int *retries)
{
    Sample sample = runOnce(command);
    for (int attempt = 0; attempt < 3 && !sample.ok && command.firstPaint; ++attempt) {
        QFile error(errorFile());
        if (!error.open(QIODevice::ReadOnly) || !error.readAll().contains("could not connect to display"))
            break;
        ++*retries;
        sample = runOnce(command);
    }
    return sample;
}

/** Runs command once: wall time from just before the process starts (to its first paint), its peak memory. */
Sample runOnce(const Command &command)
{
    if (command.before)
        command.before();
    std::vector<QByteArray> args;
    for (const QString &a : command.arguments)
        args.push_back(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        if (qstrncmp(*e, "QUORUM_BENCH_FIRST_PAINT=", 25) != 0)
            env.emplace_back(*e);
    }
    if (command.firstPaint)
        env.emplace_back("QUORUM_BENCH_FIRST_PAINT=1");
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int pipeFds[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray input = command.input.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(command.input);
    const QByteArray output = command.output.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(command.output);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.constData(), O_RDONLY, 0);
    if (command.firstPaint) {
        if (::pipe(pipeFds) != 0)
            return {};
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
        posix_spawn_file_actions_addclose(&actions, pipeFds[1]);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
    }
    // Standard error is kept for the last run, so that a failed one can say why.
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, QFile::encodeName(errorFile()).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);

    pid_t pid = 0;
    const qint64 start = monotonicNs();
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "bench_floors: cannot start %s\n", argv[0]);
        return {};
    }
    QByteArray said;
    if (command.firstPaint) {
        ::close(pipeFds[1]);
        char buffer[256];
        ssize_t n = 0;
        while ((n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0)
            said.append(buffer, n);
        ::close(pipeFds[0]);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    const qint64 end = monotonicNs();

    Sample sample;
    sample.peakKb = usage.ru_maxrss;
    sample.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!sample.ok || (command.firstPaint && !said.contains("first-paint "))) {
        QFile error(errorFile());
        error.open(QIODevice::ReadOnly);
        std::fprintf(stderr, "bench_floors: %s failed (status %d): %s\n", argv[0], status,
                     error.read(2000).constData());
    }
    if (command.firstPaint) {
        const int at = said.indexOf("first-paint ");
        const qint64 painted = at < 0 ? 0 : said.mid(at + 12).trimmed().split('\n').value(0).toLongLong();
        sample.ok = sample.ok && painted > start;
        sample.ms = (painted - start) / 1e6;
    } else {
        sample.ms = (end - start) / 1e6;
    }
    return sample;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/** A figure: Quorum's command against its floor, with a target for the ratio. */
struct Figure
{
    QString name;
    Command quorum;
    Command floor;
    QString target; ///< e.g. "≤ 1.5×"
    /** Ratio = Quorum / floor; for "faster" figures floor / Quorum. */
    bool fasterIsRatio = false;
    double limit = 0;
    std::vector<double> quorumMs, floorMs;
    long quorumPeakKb = 0;
    int failures = 0;
    int displayRetries = 0; ///< runs again because the X server refused the connection
};

QString ms(double value)
{
    return value >= 1000 ? QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 2)
                         : QStringLiteral("%1 ms").arg(value, 0, 'f', value < 100 ? 1 : 0);
}

/** Runs program with arguments to prepare the benchmark; false (said) when it fails. */
bool prepare(const QString &program, const QStringList &arguments, const QString &outputFile = {},
             const QString &inputFile = {})
{
    QProcess p;
    if (!outputFile.isEmpty())
        p.setStandardOutputFile(outputFile);
    if (!inputFile.isEmpty())
        p.setStandardInputFile(inputFile);
    p.setProcessChannelMode(outputFile.isEmpty() ? QProcess::MergedChannels : QProcess::SeparateChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << "bench_floors: failed: " << program << ' ' << arguments.join(QLatin1Char(' ')) << '\n'
                            << p.readAll() << p.readAllStandardError() << '\n';
        return false;
    }
    return true;
}

QString sqliteValue(const QString &library, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), library, sql});
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quorum against its floors (docs/PERFORMANCE.md)."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Interleaved rounds (default 7)."),
                                    QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for the libraries and outputs (default /tmp/quorum-bench)."),
                                  QStringLiteral("DIR"), QStringLiteral("/tmp/quorum-bench"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only the figures whose name contains TEXT."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({rounds, work, only});
    parser.process(app);

    const QString binDir = QCoreApplication::applicationDirPath(); // build/tests/bench
    const QString quorum = QDir(binDir).absoluteFilePath(QStringLiteral("../../app/quorum"));
    const QString floorWindow = QDir(binDir).absoluteFilePath(QStringLiteral("floor_window"));
    const QString floors = QStringLiteral(QUORUM_BENCH_SOURCE_DIR "/floors");
    const QDir dir(parser.value(work));
    QDir().mkpath(dir.path());
    const auto path = [&](const QString &name) { return dir.absoluteFilePath(name); };
    errorFile() = path(QStringLiteral("last-stderr.txt"));
    // Whether a figure is measured in this run (--only); what only it needs is not prepared otherwise.
    const auto wanted = [&](const QString &name) { return !parser.isSet(only) || name.contains(parser.value(only)); };
    const QString importName = QStringLiteral("`quorum import --format json` into a new library");
    const QString minutesName = QStringLiteral("Minutes PDF of the largest meeting");

    // The libraries, made once and kept: ten years (520 meetings) and fifty (2600). The window
    // benchmarks open copies, as opening may write a backup beside the library.
    for (const auto &[name, meetings] : {std::pair{QStringLiteral("ten"), 520}, {QStringLiteral("fifty"), 2600}}) {
        const QString library = path(name + QStringLiteral(".quorum"));
        if (!QFileInfo::exists(library)) {
            std::printf("generating %d meetings into %s…\n", meetings, qPrintable(library));
            std::fflush(stdout);
            const qint64 started = monotonicNs();
            if (!prepare(quorum, {QStringLiteral("generate"), QStringLiteral("--meetings"), QString::number(meetings),
                                  QStringLiteral("--seed"), QStringLiteral("1"), library}))
                return 1;
            const double took = (monotonicNs() - started) / 1e6;
            std::printf("generated %d meetings in %s (%.1f ms a meeting), %lld MB\n", meetings, qPrintable(ms(took)),
                        took / meetings, QFileInfo(library).size() >> 20);
        }
        for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral(".sql")}) {
            const QString out = path(name + suffix);
            if (QFileInfo::exists(out) || !wanted(importName))
                continue;
            const bool done = suffix == QLatin1String(".json")
                                  ? prepare(quorum, {QStringLiteral("export"), QStringLiteral("--format"),
                                                     QStringLiteral("json"), library, QStringLiteral("-o"), out})
                                  : prepare(QStringLiteral("sqlite3"), {library, QStringLiteral(".dump")}, out);
            if (!done)
                return 1;
        }
        const QString copy = path(name + QStringLiteral("-window.quorum"));
        QFile::remove(copy);
        if (!QFile::copy(library, copy))
            return 1;
    }
    // The minutes of the largest meeting: the one with the most text in its agenda (a three-day meeting).
    const QString largest
        = sqliteValue(path(QStringLiteral("ten.quorum")),
                      QStringLiteral("SELECT d.meeting_id FROM agenda_entry e JOIN meeting_day d ON d.id = e.day_id "
                                     "GROUP BY d.meeting_id ORDER BY "
                                     "sum(length(e.running_notes) + length(e.pre_notes)) DESC LIMIT 1"));
    if (largest.toLongLong() <= 0) {
        std::fprintf(stderr, "bench_floors: cannot find the largest meeting of %s\n",
                     qPrintable(path(QStringLiteral("ten.quorum"))));
        return 1;
    }
    const QString html = path(QStringLiteral("minutes.html"));
    if (wanted(minutesName)
        && !prepare(quorum, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                             QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--meeting"), largest,
                             path(QStringLiteral("ten.quorum")), QStringLiteral("-o"), html}))
        return 1;
    const QString profile = QUrl::fromLocalFile(path(QStringLiteral("lo-profile"))).toString();

    std::vector<Figure> figures;
    const auto add = [&](const QString &name, const Command &quorumCommand, const Command &floorCommand,
                         const QString &target, bool fasterIsRatio, double limit) {
        if (!wanted(name))
            return;
        Figure f;
        f.name = name;
        f.quorum = quorumCommand;
        f.floor = floorCommand;
        f.target = target;
        f.fasterIsRatio = fasterIsRatio;
        f.limit = limit;
        figures.push_back(std::move(f));
    };
    const QString floorWindowRows = QStringLiteral("520");
    add(QStringLiteral("Open the ten-year library (520 meetings) to the first painted window"),
        {{quorum, path(QStringLiteral("ten-window.quorum"))}, {}, {}, true, {}},
        {{floorWindow, floorWindowRows}, {}, {}, true, {}}, QStringLiteral("≤ 1.5×"), false, 1.5);
    // Fifty years against ten, both Quorum, interleaved like every floor.
    add(QStringLiteral("Open the fifty-year library (2600 meetings) to the first painted window"),
        {{quorum, path(QStringLiteral("fifty-window.quorum"))}, {}, {}, true, {}},
        {{quorum, path(QStringLiteral("ten-window.quorum"))}, {}, {}, true, {}},
        QStringLiteral("≤ 1.2× the 520 figure"), false, 1.2);
    for (const QString &name : {QStringLiteral("ten"), QStringLiteral("fifty")}) {
        const QString library = path(name + QStringLiteral(".quorum"));
        const QString years = name == QLatin1String("ten") ? QStringLiteral("ten-year") : QStringLiteral("fifty-year");
        add(QStringLiteral("`quorum search LIB budget`, %1 library").arg(years),
            {{quorum, QStringLiteral("search"), library, QStringLiteral("budget")}, {}, {}, false, {}},
            {{QStringLiteral("sqlite3"), QStringLiteral("-readonly"), library},
             floors + QStringLiteral("/search-budget.sql"),
             {},
             false,
             {}},
            QStringLiteral("≤ 2×"), false, 2);
        add(QStringLiteral("`quorum export --format json`, %1 library").arg(years),
            {{quorum, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), library},
             {},
             {},
             false,
             {}},
            {{QStringLiteral("sqlite3"), library, QStringLiteral(".dump")}, {}, {}, false, {}}, QStringLiteral("≤ 2×"),
            false, 2);
        const QString imported = path(name + QStringLiteral("-imported.quorum"));
        const QString restored = path(name + QStringLiteral("-restored.quorum"));
        add(importName + QStringLiteral(", %1 library").arg(years),
            {{quorum, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"),
              path(name + QStringLiteral(".json")), imported},
             {},
             {},
             false,
             [imported] { QFile::remove(imported); }},
            {{QStringLiteral("sqlite3"), restored},
             path(name + QStringLiteral(".sql")),
             {},
             false,
             [restored] { QFile::remove(restored); }},
            QStringLiteral("≤ 1.5×, peak < 150 MB"), false, 1.5);
    }
    add(minutesName + QStringLiteral(" (meeting %1)").arg(largest),
        {{quorum, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--kind"),
          QStringLiteral("minutes"), QStringLiteral("--meeting"), largest, path(QStringLiteral("ten.quorum")),
          QStringLiteral("-o"), path(QStringLiteral("minutes.pdf"))},
         {},
         {},
         false,
         {}},
        {{QStringLiteral("soffice"), QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + profile,
          QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
          path(QStringLiteral("soffice")), html},
         {},
         {},
         false,
         {}},
        QStringLiteral("≥ 3× faster"), true, 3);

    // One untimed run of each first: files into the page cache, LibreOffice's profile made.
    const int n = qMax(1, parser.value(rounds).toInt());
    std::printf("warming up (%zu figures, then %d interleaved rounds)…\n", figures.size(), n);
    std::fflush(stdout);
    for (Figure &f : figures) {
        runOnce(f.quorum);
        runOnce(f.floor);
    }
    for (int round = 0; round < n; ++round) {
        for (Figure &f : figures) {
            // Alternate which goes first, so neither always runs on a machine the other just warmed.
            for (int which = 0; which < 2; ++which) {
                const bool quorumTurn = (which == 0) == (round % 2 == 0);
                const Sample s = runMeasured(quorumTurn ? f.quorum : f.floor, &f.displayRetries);
                if (!s.ok)
                    ++f.failures;
                (quorumTurn ? f.quorumMs : f.floorMs).push_back(s.ms);
                if (quorumTurn)
                    f.quorumPeakKb = qMax(f.quorumPeakKb, s.peakKb);
            }
        }
        std::printf("round %d of %d done\n", round + 1, n);
        std::fflush(stdout);
    }

    // The table for docs/PERFORMANCE.md.
    QTextStream out(stdout);
    out << "\n| What | Quorum | Floor | Ratio | Target | Met | Quorum's peak memory |\n|---|---|---|---|---|---|---|\n";
    bool allMet = true;
    for (Figure &f : figures) {
        const double q = median(f.quorumMs);
        const double fl = median(f.floorMs);
        double ratio = f.fasterIsRatio ? fl / q : q / fl;
        QString ratioText = QStringLiteral("%1×").arg(ratio, 0, 'f', 2);
        bool met = f.fasterIsRatio ? ratio >= f.limit : ratio <= f.limit;
        if (f.name.contains(QLatin1String("2600 meetings")))
            ratioText += QStringLiteral(" (the floor here is Quorum at 520 meetings)");
        if (f.target.contains(QLatin1String("150 MB")))
            met = met && f.quorumPeakKb < 150 * 1024;
        met = met && f.failures == 0;
        allMet = allMet && met;
        out << "| " << f.name << " | " << ms(q) << " | " << ms(fl) << " | " << ratioText << " | " << f.target << " | "
            << (f.failures ? QStringLiteral("no (%1 runs failed)").arg(f.failures)
                : met      ? QStringLiteral("yes")
                           : QStringLiteral("no"))
            << " | " << QStringLiteral("%1 MB").arg(f.quorumPeakKb / 1024) << " |\n";
    }
    // Growth: each verb at ten and at fifty years, per meeting, so that linear growth shows.
    out << "\n| Per meeting | 520 meetings | 2600 meetings |\n|---|---|---|\n";
    for (const Figure &f : figures) {
        if (!f.name.contains(QLatin1String("ten-year")))
            continue;
        QString fifty = f.name;
        fifty.replace(QLatin1String("ten-year"), QLatin1String("fifty-year"));
        const auto other
            = std::find_if(figures.begin(), figures.end(), [&](const Figure &g) { return g.name == fifty; });
        if (other == figures.end())
            continue;
        QString what = f.name;
        what.replace(QLatin1String(", ten-year library"), QString());
        out << "| " << what << " | " << QStringLiteral("%1 ms").arg(median(f.quorumMs) / 520, 0, 'f', 3) << " | "
            << QStringLiteral("%1 ms").arg(median(other->quorumMs) / 2600, 0, 'f', 3) << " |\n";
    }
    for (const Figure &f : figures) {
        if (f.displayRetries)
            out << "\n"
                << f.name << ": " << f.displayRetries
                << " runs started again because the X server refused their connection.";
    }
    out << "\nMedians of " << n << " interleaved rounds. Floors: floor_window (a bare Qt Widgets program with the same "
        << "window skeleton), the sqlite3 command line (the same FTS5 query: tests/bench/floors/search-budget.sql; "
        << ".dump; reading the dump into a new file), LibreOffice converting Quorum's HTML of the same minutes.\n";
    out << (allMet ? "Every target is met.\n" : "Not every target is met.\n");
    out.flush();
    // It measures and never fails on time: the status says only whether every command ran.
    for (const Figure &f : figures) {
        if (f.failures)
            return 1;
    }
    return 0;
}
