// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace org {

/// Turns the bytes of a text file into text: UTF-8 with or without BOM, UTF-16
/// with BOM, or GB18030 (what Chinese spreadsheet software writes) when the
/// bytes are not valid UTF-8. Rejects binary data.
class TextDecoder final
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Gb18030 };
    enum class Failure { None, Binary, InvalidEncoding };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        Failure failure = Failure::None;
        bool ok() const { return failure == Failure::None; }
    };

    static Result decode(const QByteArray &bytes);
    /// "UTF-8", "UTF-16LE", "GB18030"…, for the import preview.
    static QString encodingName(Encoding e);
};

} // namespace org
