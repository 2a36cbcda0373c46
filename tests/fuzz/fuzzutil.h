// SPDX-License-Identifier: MIT
#pragma once
// Shared set-up of the libFuzzer targets: a Qt application object (the SQL drivers and
// codecs are plugins) and a scratch file for readers that take a path.

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace org::fuzz {

inline void initQt()
{
    static int argc = 1;
    static char name[] = "orgdesigner-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
}

/// Writes the input to a per-process file under $TMPDIR (or /tmp) and returns its path.
inline QString scratchFile(const char *suffix, const uint8_t *data, size_t size)
{
    const QByteArray dir = qEnvironmentVariableIsSet("TMPDIR") ? qgetenv("TMPDIR") : QByteArray("/tmp");
    const QString path = QString::fromLocal8Bit(dir) + QStringLiteral("/orgdesigner-fuzz-%1%2")
                                                          .arg(QString::number(getpid()), QString::fromLatin1(suffix));
    for (const char *extra : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(extra));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace org::fuzz

// Every target sets Qt up the same way (each target is one translation unit).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    org::fuzz::initQt();
    return 0;
}
