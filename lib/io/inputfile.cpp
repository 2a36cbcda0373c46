// SPDX-License-Identifier: MIT
#include "inputfile.h"

#include <QFileInfo>

#include <algorithm>

namespace org {

QString InputFile::sizeText(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return tr("%1 GiB").arg(QString::number(bytes >> 30));
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return tr("%1 MiB").arg(QString::number(bytes >> 20));
    return tr("%1 bytes").arg(QString::number(bytes));
}

QString InputFile::check(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("no such file");
    if (info.isDir())
        return tr("this is a directory, not a file");
    if (!info.isFile())
        return tr("not a regular file (a device, FIFO or socket): refusing to read it");
    if (info.size() > maxBytes)
        return tr("the file has %1 bytes, more than the %2 an import reads")
            .arg(QString::number(info.size()), sizeText(maxBytes));
    return {};
}

bool InputFile::read(const QString &path, qint64 maxBytes, QByteArray &bytes, QString *error)
{
    bytes = QByteArray();
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString why = check(path, maxBytes); !why.isEmpty())
        return failWith(why);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(tr("cannot read the file: %1").arg(file.errorString()));
    // The size said by the file system is a hint (files grow, /proc says 0):
    // read in chunks and stop one byte past the limit.
    constexpr qint64 kChunk = qint64(4) << 20;
    // Room for the last, empty read too: growing the buffer would copy it all.
    bytes.reserve(qsizetype(std::min(file.size(), maxBytes) + kChunk));
    while (true) {
        const qint64 want = std::min(kChunk, maxBytes + 1 - qint64(bytes.size()));
        if (want <= 0)
            break;
        const qsizetype at = bytes.size();
        bytes.resize(at + qsizetype(want));
        const qint64 got = file.read(bytes.data() + at, want);
        if (got < 0) {
            bytes.clear();
            return failWith(tr("cannot read the file: %1").arg(file.errorString()));
        }
        bytes.resize(at + qsizetype(got));
        if (got == 0)
            break;
    }
    if (qint64(bytes.size()) > maxBytes) {
        bytes = QByteArray();
        return failWith(tr("the file has more than the %1 an import reads").arg(sizeText(maxBytes)));
    }
    return true;
}

InputFile::Pieces::Pieces(const QString &path, qint64 maxBytes, qint64 pieceBytes)
    : m_file(path), m_maxBytes(maxBytes), m_piece(qsizetype(pieceBytes), Qt::Uninitialized)
{
    if (const QString why = check(path, maxBytes); !why.isEmpty())
        m_error = why;
    else if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        m_error = tr("cannot read the file: %1").arg(m_file.errorString());
}

std::optional<QByteArrayView> InputFile::Pieces::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    // As in read(): the size said by the file system is a hint; stop one byte past the limit.
    const qint64 want = std::min(qint64(m_piece.size()), m_maxBytes + 1 - m_read);
    const qint64 got = want > 0 ? m_file.read(m_piece.data(), want) : 0;
    if (got < 0) {
        m_error = tr("cannot read the file: %1").arg(m_file.errorString());
        return std::nullopt;
    }
    m_read += got;
    if (m_read > m_maxBytes) {
        m_error = tr("the file has more than the %1 an import reads").arg(sizeText(m_maxBytes));
        return std::nullopt;
    }
    return QByteArrayView(m_piece.constData(), qsizetype(got));
}

} // namespace org
