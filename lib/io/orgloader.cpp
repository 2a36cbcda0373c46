// SPDX-License-Identifier: MIT
#include "orgloader.h"

#include <QFile>

namespace org {

OrgLoader::Kind OrgLoader::detect(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray head = f.read(16);
        if (head.startsWith("SQLite format 3"))
            return Kind::Plan;
        if (head.startsWith("PK\x03\x04"))
            return Kind::Xlsx;
    }
    if (path.endsWith(QLatin1String(".orgplan"), Qt::CaseInsensitive))
        return Kind::Plan;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Kind::Xlsx;
    return Kind::Csv;
}

LoadResult OrgLoader::load(const QString &path, const LoadOptions &options)
{
    LoadResult result;
    switch (detect(path)) {
    case Kind::Csv: {
        LoadedOrg loaded;
        ImportOptions io;
        io.inferRoles = options.inferRoles;
        ImportResult r = CsvImporter(loaded.roles, io).importFile(path);
        if (!r.ok()) {
            result.errors = std::move(r.errors);
            return result;
        }
        loaded.org = std::move(*r.org);
        result.loaded = std::move(loaded);
        return result;
    }
    case Kind::Xlsx:
    case Kind::Plan:
        break;
    }
    result.errors.push_back({path, 0, tr("this kind of file is not supported yet")});
    return result;
}

} // namespace org
