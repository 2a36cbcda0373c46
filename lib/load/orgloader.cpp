// SPDX-License-Identifier: MIT
#include "orgloader.h"

#include "io/xlsxreader.h"
#include "store/planstore.h"

#include <QFile>
#include <QFileInfo>

namespace org {

OrgLoader::Kind OrgLoader::detect(const QString &path)
{
    if (PlanStore::isDatabaseUrl(path))
        return Kind::Plan;
    // Only a regular file is opened: opening a FIFO would wait for a writer,
    // and devices are refused when read (InputFile).
    QFile f(path);
    if (QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly)) {
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
    const Kind kind = detect(path);
    switch (kind) {
    case Kind::Csv:
    case Kind::Xlsx: {
        LoadedOrg loaded;
        if (options.roles)
            loaded.roles = *options.roles;
        ImportOptions io;
        io.inferRoles = options.inferRoles;
        io.inferRolesWithoutRoleColumn = options.inferRolesWithoutRoleColumn;
        io.encoding = options.encoding;
        io.cancel = options.cancel;
        io.progress = options.progress;
        const CsvImporter importer(loaded.roles, io);
        ImportResult r = kind == Kind::Csv ? importer.importFile(path)
                                          : XlsxReader::importFile(importer, path);
        if (!r.ok()) {
            result.errors = std::move(r.errors);
            return result;
        }
        loaded.org = std::move(*r.org);
        result.loaded = std::move(loaded);
        return result;
    }
    case Kind::Plan: {
        Plan plan;
        if (const StoreStatus st = PlanStore::load(path, plan); !st) {
            result.errors.push_back({path, 0, st.error});
            return result;
        }
        const int i = options.scenario.isEmpty() ? 0 : plan.indexOf(options.scenario);
        if (i < 0) {
            result.errors.push_back({path, 0, tr("the plan has no scenario \"%1\" (scenarios: %2)")
                                                  .arg(options.scenario, plan.scenarioNames().join(QStringLiteral(", ")))});
            return result;
        }
        LoadedOrg loaded;
        loaded.roles = std::move(plan.roles);
        loaded.settings = std::move(plan.settings);
        loaded.scenario = plan.scenarios[std::size_t(i)].name;
        loaded.org = std::move(plan.scenarios[std::size_t(i)].org);
        result.loaded = std::move(loaded);
        return result;
    }
    }
    return result;
}

} // namespace org
