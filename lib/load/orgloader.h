// SPDX-License-Identifier: MIT
#pragma once

#include "io/csvimporter.h"
#include "rules/rulesettings.h"

namespace org {

/// What any command needs from an input file: the org of one scenario, with
/// the plan's role catalogue and rule settings (defaults for CSV and XLSX).
struct LoadedOrg
{
    Org org;
    RoleCatalogue roles = RoleCatalogue::defaults();
    RuleSettings settings;
    QString scenario;      ///< scenario name for plans; empty otherwise
};

struct LoadOptions
{
    bool inferRoles = false;
    /// CSV/XLSX: infer roles from titles only when there is no role column.
    bool inferRolesWithoutRoleColumn = false;
    /// CSV/XLSX: the catalogue roles are matched against and the plan gets
    /// (default: RoleCatalogue::defaults()).
    std::optional<RoleCatalogue> roles;
    /// CSV/XLSX: set from another thread to cancel (ImportOptions::cancel).
    const std::atomic<bool> *cancel = nullptr;
    /// CSV/XLSX: the share of rows read, 0–100 (ImportOptions::progress).
    std::atomic<int> *progress = nullptr;
    QString scenario;      ///< plans: which scenario (default: the first)
    std::optional<TextDecoder::Encoding> encoding; ///< CSV: the text encoding (default: detect)
};

struct LoadResult
{
    std::optional<LoadedOrg> loaded;
    std::vector<ImportError> errors;
    bool ok() const { return loaded.has_value(); }
};

/// Opens a CSV file, an Excel workbook (.xlsx) or a saved plan (.orgplan),
/// recognised by content first (SQLite and zip signatures), then by extension.
class OrgLoader final
{
    Q_DECLARE_TR_FUNCTIONS(OrgLoader)
public:
    enum class Kind { Csv, Xlsx, Plan };
    static Kind detect(const QString &path);
    static LoadResult load(const QString &path, const LoadOptions &options = {});
};

} // namespace org
