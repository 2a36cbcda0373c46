// SPDX-License-Identifier: MIT
#pragma once

#include "plan.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace org::storeimpl {

/// How readPlan() reads the rows of positions and lines.
enum class RowPath {
    Fastest, ///< straight from SQLite's handle under a Qt SQLite connection; Qt Sql otherwise
    QtSql,   ///< through QSqlQuery always (what PostgreSQL uses; the tests compare both)
};

/// Reads the whole plan of an open database whose schema is current into `out`
/// (unchanged on failure), with the baseline that a later save compares against.
/// It reads one snapshot (a read transaction), so a writer committing meanwhile
/// shows in none of the tables or in all of them. `betweenTables`, when given, runs
/// after the scenarios are read and before their rows (tests commit there).
void readPlan(QSqlDatabase &db, Plan &out, RowPath path = RowPath::Fastest,
              const std::function<void()> &betweenTables = {});

/// Writes a plan into an open database whose schema is current, inside the caller's
/// write transaction: settings and roles (last writer wins), scenarios, and the
/// positions changed since the plan's baseline, each guarded by its version
/// (`replaceAll`: everything, over an emptied plan). Throws a conflict when another
/// client changed the same rows. Returns the baseline of what it wrote (NextBaseline).
/// What one save wrote, for verifyChanges(): the positions whose lines were
/// (re)written and the positions removed, per scenario, and whether the role
/// catalogue lost a key.
struct SaveScope
{
    struct Scenario
    {
        qint64 id = 0;
        QStringList written; ///< positions inserted or updated (their lines rewritten)
        QStringList roles;   ///< the role each of `written` was written with
        QStringList removed;
        qsizetype rows = 0;  ///< positions in the scenario now
    };
    std::vector<Scenario> scenarios;
    QStringList roleKeys;    ///< the catalogue as written
    bool rolesLost = false;  ///< a role key that was in the database is gone
    /// Nobody else saved since this client read or wrote the plan (the stored save id is
    /// the baseline's): the stored org is this client's, whose lines the org keeps whole.
    bool onlyWriter = false;
};

/// The baseline after a save, made by writePlan() and taken over by the plan once the
/// save has committed. A scenario whose rows all kept their places (positions changed
/// or appended, none removed or reordered: a reorg, an apply) is a patch of the old
/// baseline (the rows that changed and those appended) instead of a copy of a million
/// rows; the others are in `rows` in full.
struct NextBaseline
{
    struct Patch
    {
        qint64 scenario = 0; ///< store id, the same before and after
        std::vector<std::pair<std::size_t, PlanBaseline::Row>> changed; ///< row index → row
        QStringList appendedIds;
        std::vector<PlanBaseline::Row> appended;
    };
    std::shared_ptr<PlanBaseline> rows; ///< every scenario's store id; the rows of those not patched
    std::vector<Patch> patches;

    /// The whole next baseline: `base` (the one the save started from) patched, in place
    /// when nothing else shares it. Call once, after the commit.
    std::shared_ptr<const PlanBaseline> takeOver(std::shared_ptr<const PlanBaseline> base);
};

NextBaseline writePlan(QSqlDatabase &db, Plan &plan, const QString &author, bool replaceAll,
                       SaveScope *scope = nullptr);

/// Re-reads the whole plan as it is about to be committed (inside the write
/// transaction, after this save's own writes) and refuses it when it is no
/// longer a valid org: every scenario one forest (no cycle, every manager
/// exists, one manager per position), known roles, unique non-empty ids. Two
/// saves that each change different positions can pass their row-version
/// checks and still together make a cycle; the second one is refused here.
void verifyOrg(QSqlDatabase &db);

/// The same guarantee as verifyOrg() for a save over a plan that was valid when
/// the write transaction began (every commit is verified, and writers hold the
/// write lock): any cycle, dangling line or second manager the save could make
/// involves a line it wrote or a position it removed, so only those are checked
/// (the chains above the written positions, one indexed query per link on SQLite's
/// handle, which also tells whether each line's other end exists; the written roles
/// as the save wrote them; a scan of the lines only when positions were removed;
/// verifyOrg() when a role key went).
void verifyChanges(QSqlDatabase &db, const SaveScope &scope);

} // namespace org::storeimpl
