// SPDX-License-Identifier: MIT
#pragma once

#include "model/org.h"
#include "model/rolecatalogue.h"
#include "rules/rulesettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace org {

/// A named version of the org inside a plan ("2027 Q1 reorg"). Custom fields
/// live in the Org (Org::customFields()).
struct Scenario
{
    QString name;
    Org org;
    qint64 storeId = 0;   ///< row id in the store; 0 = not saved yet (set by PlanStore)

    bool operator==(const Scenario &o) const { return name == o.name && org == o.org; }
};

/// What the store saw when it loaded a plan: per scenario and position the
/// row version and a digest of its content. PlanStore::save() uses it for
/// optimistic concurrency (only rows changed since the load are written, and
/// only if nobody else changed them meanwhile). Opaque to everyone else.
struct PlanBaseline
{
    /// A stored row as this client last read or wrote it: its version, a digest of
    /// its content and lines, its `ord` and the `ord` of its reports-to line (-1: a root).
    struct Row { qint64 version = 0; size_t digest = 0; qint64 ord = -2; qint64 sibling = -2; };
    /// The rows of one scenario in the order of its org when read or written: `ids[i]`
    /// has `rows[i]`. (The ids share their text with the org; the store finds a
    /// position's row at its vertex or a steady offset from it, and hashes the ids
    /// only when the org was reordered.)
    struct Rows
    {
        QStringList ids;
        std::vector<Row> rows;
    };
    QHash<qint64, Rows> rows;  ///< scenario storeId → its rows
    QList<qint64> scenarios;   ///< scenario storeIds present at load
    /// `meta.save_id` as this client read or wrote it: every save writes a new random one,
    /// so a save that still finds this one knows that nobody else saved since.
    QString saveId;
};

/// The name of the first scenario of a new plan (import, new document), in
/// the UI language when it is made: "Current", "当前". Plans keep their names.
inline QString defaultScenarioName() { return QCoreApplication::translate("org::Plan", "Current"); }

/// Everything a manager's plan holds: the role catalogue, the rule settings and
/// one or more scenarios. A plan always has at least one scenario once loaded
/// or imported. Plain value type: copy it to snapshot it.
struct Plan
{
    RoleCatalogue roles = RoleCatalogue::defaults();
    RuleSettings settings;
    std::vector<Scenario> scenarios;
    /// Filled by PlanStore::load()/save(); shared between copies (read-only).
    std::shared_ptr<const PlanBaseline> baseline;

    /// A new plan made from an imported org: its one scenario is `scenario`
    /// (empty: defaultScenarioName()). Every import that yields a plan uses it.
    static Plan fromImport(Org org, RoleCatalogue roles = RoleCatalogue::defaults(), RuleSettings settings = {},
                           const QString &scenario = {})
    {
        Plan plan;
        plan.roles = std::move(roles);
        plan.settings = std::move(settings);
        plan.scenarios.push_back({scenario.isEmpty() ? defaultScenarioName() : scenario, std::move(org), 0});
        return plan;
    }

    /// Index of the scenario with this name, or -1.
    int indexOf(const QString &name) const
    {
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            if (scenarios[i].name == name)
                return int(i);
        return -1;
    }
    /// Scenario names in plan order.
    QStringList scenarioNames() const
    {
        QStringList out;
        for (const Scenario &s : scenarios)
            out << s.name;
        return out;
    }
};

/// Dotted-line managers of every position, indexed by report vertex, in one
/// pass over the lines (Org::dottedManagers() scans them all per call).
inline std::vector<std::vector<Org::Vertex>> dottedManagersByReport(const Org &org)
{
    std::vector<std::vector<Org::Vertex>> out(std::size_t(org.size()));
    for (const Org::DottedLine &line : org.dottedLines())
        out[line.report].push_back(line.manager);
    return out;
}

} // namespace org
