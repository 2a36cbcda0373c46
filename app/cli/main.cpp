// SPDX-License-Identifier: MIT
// orgdesigner-cli: validate, lay out, export and inspect org charts without a display.
#include "cliutil.h"

#include "i18n/language.h"
#include "store/tempfiles.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <array>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <memory>

#ifdef __linux__
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace org::cli {
int runValidate(const QStringList &args);
int runStats(const QStringList &args);
// layout and export (lib/layout, lib/render)
int runLayout(const QStringList &args);
int runExport(const QStringList &args);
// plans (lib/store, lib/edit)
int runImport(const QStringList &args);
int runScenarios(const QStringList &args);
int runMove(const QStringList &args);
int runSetRole(const QStringList &args);
int runDiff(const QStringList &args);
int runExportCsv(const QStringList &args);
int runFix(const QStringList &args);
int runApply(const QStringList &args);
// planning over time (lib/rules Forecast)
int runForecast(const QStringList &args);
} // namespace org::cli

namespace org::cli {
namespace {

constexpr std::array kCommands{
    Command{"validate", QT_TRANSLATE_NOOP("Cli", "Check an org against the team-size and ladder rules."),
            false, &org::cli::runValidate},
    Command{"stats", QT_TRANSLATE_NOOP("Cli", "Headcount, span of control and cost per team and role."),
            false, &org::cli::runStats},
    // layout and export commands
    Command{"layout", QT_TRANSLATE_NOOP("Cli", "Lay out the org chart and write card positions as JSON."),
            true /*needsGui: fonts*/, &org::cli::runLayout},
    Command{"export", QT_TRANSLATE_NOOP("Cli", "Draw the org chart as PNG, SVG or PDF."),
            true /*needsGui: fonts*/, &org::cli::runExport},
    // plan commands
    Command{"import", QT_TRANSLATE_NOOP("Cli", "Import a CSV file or an Excel workbook into a plan (.orgplan)."),
            false, &org::cli::runImport},
    Command{"scenarios", QT_TRANSLATE_NOOP("Cli", "List, copy, rename or delete the scenarios of a plan."),
            false, &org::cli::runScenarios},
    Command{"move", QT_TRANSLATE_NOOP("Cli", "Make a position report to another manager in a plan."),
            false, &org::cli::runMove},
    Command{"set-role", QT_TRANSLATE_NOOP("Cli", "Give a position another role in a plan."),
            false, &org::cli::runSetRole},
    Command{"diff", QT_TRANSLATE_NOOP("Cli", "Compare two scenarios of a plan."),
            false, &org::cli::runDiff},
    Command{"export-csv", QT_TRANSLATE_NOOP("Cli", "Write a scenario of a plan as CSV."),
            false, &org::cli::runExportCsv},
    Command{"fix", QT_TRANSLATE_NOOP("Cli", "List one-click fixes of an org's problems; apply them to a plan."),
            false, &org::cli::runFix},
    Command{"apply", QT_TRANSLATE_NOOP("Cli", "Apply a change file (moves, roles, new positions) to a plan, all or nothing."),
            false, &org::cli::runApply},
    Command{"forecast", QT_TRANSLATE_NOOP("Cli", "Headcount, cost and the problems that start or stop, quarter by quarter."),
            false, &org::cli::runForecast},
};

QString usage()
{
    QString text = Cli::tr("Usage: orgdesigner-cli COMMAND FILE [options]\n"
                                     "FILE is a CSV file, an Excel workbook (.xlsx) or a plan (.orgplan).\n\n"
                                     "Commands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name).leftJustified(10),
                                                 Cli::tr(c.summary));
    text += Cli::tr("\nRun orgdesigner-cli COMMAND --help for a command's options.\n"
                              "Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.\n");
    return text;
}

} // namespace
} // namespace org::cli

namespace {

/// A million positions are millions of small allocations, and on a virtual
/// machine much of a large run is the kernel handing out and zeroing fresh
/// pages. With mmap off and no trimming, glibc hands memory freed by one phase
/// (the import's arrays, the tidy tree's) to the next instead of returning it
/// to the kernel and faulting it in again. glibc reads these settings only at
/// start-up, so the CLI starts itself once more with them.
///
/// The heap is not put on transparent huge pages (glibc.malloc.hugetlb=1) by
/// default any more: they paid on an idle machine (faults twentyfold fewer), but
/// this machine has virtio_balloon, and after another process has freed
/// gigabytes each 2 MB fault waits for compaction and for the host to supply
/// the whole page: right after a run of d3 at 1M, layout spent 1.7-4.5 s in the
/// kernel with them against 0.4-0.7 s without. ORG_HUGEPAGES=1 turns them on
/// again (for measuring); ORG_NO_HEAP_TUNING=1 (or the older ORG_NO_HUGEPAGES=1)
/// leaves glibc as it is.
void tuneHeap(char **argv)
{
#ifdef __linux__
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (std::getenv("ORG_NO_HEAP_TUNING") || std::getenv("ORG_NO_HUGEPAGES")
        || (tunables && std::strstr(tunables, "glibc.malloc.mmap_max")))
        return;
    QByteArray value = tunables && *tunables ? QByteArray(tunables) + ":" : QByteArray();
    value += "glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=4294967295";
    if (std::getenv("ORG_HUGEPAGES"))
        value += ":glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", value.constData(), 1) == 0)
        execv("/proc/self/exe", argv); // returns only on failure: carry on as we are
#else
    Q_UNUSED(argv);
#endif
}

/// Without a session (CI, ssh, cron) XDG_RUNTIME_DIR is unset, and Qt warns on
/// every run before making a private directory itself: make it quietly instead.
void quietRuntimeDir()
{
#ifdef __linux__
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/runtime-orgdesigner-" + QByteArray::number(getuid());
    struct stat st{};
    if ((mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) && stat(dir.constData(), &st) == 0
        && st.st_uid == getuid() && (st.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
#endif
}

/// SIGTERM/SIGINT/SIGHUP (Ctrl+C, kill, a closed terminal) during an import or
/// save: remove the registered temporary files (a replace writes a whole new
/// plan next to the old one first), then die of the same signal. Only
/// async-signal-safe calls: unlink() of precomputed paths, sigaction, raise.
extern "C" void removeTempFilesAndDie(int sig)
{
    org::TempPaths::unlinkRegistered();
    struct sigaction dfl{};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, nullptr);
    raise(sig);
}

void installSignalCleanup()
{
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction old{};
        if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
            continue; // e.g. nohup: keep ignoring
        struct sigaction sa{};
        sa.sa_handler = removeTempFilesAndDie;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sig, &sa, nullptr);
    }
}

} // namespace

int main(int argc, char **argv)
{
    tuneHeap(argv);
    installSignalCleanup();
    using namespace org::cli;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const Command *command = nullptr;
    if (!args.isEmpty())
        for (const Command &c : kCommands)
            if (args.first() == QLatin1String(c.name))
                command = &c;

    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        quietRuntimeDir();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("orgdesigner-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORG_VERSION));
    org::setLanguage(QStringLiteral("en"));

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        org::cli::printOut(usage());
        return args.isEmpty() ? org::cli::BadInput : org::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        org::cli::printOut(QStringLiteral("orgdesigner-cli " ORG_VERSION "\n"));
        return org::cli::Ok;
    }
    if (!command) {
        org::cli::printErr(usage());
        return org::cli::fail(Cli::tr("unknown command \"%1\"").arg(args.first()));
    }
    const int code = command->run(args);
    // A million positions take a while to free; the process is ending anyway.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}
