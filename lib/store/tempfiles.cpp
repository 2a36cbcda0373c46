// SPDX-License-Identifier: MIT
#include "tempfiles.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace org::TempPaths {

namespace {

constexpr int kSlots = 16;
constexpr const char *kSuffixes[] = {"", "-wal", "-shm", "-journal"};
constexpr int kSuffixCount = int(sizeof(kSuffixes) / sizeof(kSuffixes[0]));

struct Slot
{
    std::atomic<int> state{0}; // 0 free, 1 being filled, 2 registered
    char paths[kSuffixCount][PATH_MAX + 16] = {};
};

Slot g_slots[kSlots];
QAtomicInt g_counter;

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

} // namespace

QString pathFor(const QString &plan)
{
    const QFileInfo target(plan);
    return target.absolutePath()
           + QStringLiteral("/.%1.%2-%3.tmp")
                 .arg(target.fileName(), QString::number(QCoreApplication::applicationPid()),
                      QString::number(g_counter.fetchAndAddRelaxed(1)));
}

int registerPath(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    if (bytes.size() + 16 > PATH_MAX)
        return -1;
    for (int i = 0; i < kSlots; ++i) {
        int expected = 0;
        if (!g_slots[i].state.compare_exchange_strong(expected, 1))
            continue;
        for (int s = 0; s < kSuffixCount; ++s) {
            char *out = g_slots[i].paths[s];
            std::memcpy(out, bytes.constData(), std::size_t(bytes.size()));
            std::strcpy(out + bytes.size(), kSuffixes[s]);
        }
        g_slots[i].state.store(2);
        return i;
    }
    return -1;
}

void unregisterPath(int handle)
{
    if (handle >= 0 && handle < kSlots)
        g_slots[handle].state.store(0);
}

void unlinkRegistered() noexcept
{
    const int saved = errno;
    for (Slot &slot : g_slots)
        if (slot.state.load() == 2)
            for (const char *path : slot.paths)
                ::unlink(path);
    errno = saved;
}

int removeStale(const QString &plan)
{
    const QFileInfo target(plan);
    const QDir dir = target.absoluteDir();
    static const QString suffixes = QStringLiteral("(?:-wal|-shm|-journal)?");
    const QRegularExpression pattern(QStringLiteral("^\\.%1\\.(\\d+)-\\d+\\.tmp%2$")
                                         .arg(QRegularExpression::escape(target.fileName()), suffixes));
    const QString prefix = QLatin1Char('.') + target.fileName() + QLatin1Char('.');
    int removed = 0;
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.tmp*")},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const qint64 pid = m.captured(1).toLongLong(&ok);
        if (!ok || pid <= 0 || pid > INT_MAX)
            continue;
        if (pid == QCoreApplication::applicationPid())
            continue; // ours: removed by whoever created it
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // still running (or not ours to judge)
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace org::TempPaths
