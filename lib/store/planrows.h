// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace org {
struct Plan;
struct PlanBaseline;
}

namespace org::storeimpl {

/// Reads the whole plan of an open database whose schema is current into `out`
/// (unchanged on failure), with the baseline that a later save compares against.
void readPlan(QSqlDatabase &db, Plan &out);

/// Writes a plan into an open database whose schema is current, inside the caller's
/// write transaction: settings and roles (last writer wins), scenarios, and the
/// positions changed since the plan's baseline, each guarded by its version
/// (`replaceAll`: everything, over an emptied plan). Throws a conflict when another
/// client changed the same rows. Returns the baseline of what it wrote.
std::shared_ptr<PlanBaseline> writePlan(QSqlDatabase &db, Plan &plan, const QString &author, bool replaceAll);

/// Re-reads the whole plan as it is about to be committed (inside the write
/// transaction, after this save's own writes) and refuses it when it is no
/// longer a valid org: every scenario one forest (no cycle, every manager
/// exists, one manager per position), known roles, unique non-empty ids. Two
/// saves that each change different positions can pass their row-version
/// checks and still together make a cycle; the second one is refused here.
void verifyOrg(QSqlDatabase &db);

} // namespace org::storeimpl
