// SPDX-License-Identifier: MIT
#pragma once

#include "store/planrows.h"
#include "store/planstore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace org::test {

/// A plan of one scenario (the default name) holding `org`.
Plan planOf(const Org &org);
/// planOf() a CTO "cto" over two technical managers "m1" and "m2" with one engineer
/// each ("e1" under m1, "e2" under m2), plus `moreRows` (CSV lines id,name,manager_id,role).
Plan twoTeamsPlan(const char *moreRows = "");
/// Reads the plan at `location` through the row path `path` (SQLite's own handle or Qt Sql).
Plan readThrough(const QString &location, storeimpl::RowPath path);
/// SHA-256 of a file's bytes (to show that a refused save left it alone).
QByteArray fileHash(const QString &path);
/// Runs raw SQL statements on a plan file, past PlanStore (to damage or age it).
void execRaw(const QString &path, const QStringList &statements);
/// Runs raw SQL statements on a plan file as another client's save would write its rows,
/// past this client's checks: with a save id of its own (so a save of this client's
/// learns that someone else saved meanwhile).
void execAsAnotherWriter(const QString &path, QStringList statements);

/// Loading `path` fails with a message containing `why`, and saving `plan` over it
/// is refused: the file keeps its bytes.
void expectRefusedAsIs(const QString &path, const Plan &plan, const QString &why);

/// Writes `plan` to `path` (PlanStore::replace) and loads it back, as an editor opens it.
Plan writtenAndLoaded(Plan plan, const QString &path);

/// Two clients of one plan: writes `plan` to `location`, then loads it twice.
struct TwoClients
{
    Plan alice;
    Plan bob;
};
TwoClients twoClients(Plan plan, const QString &location);

/// Alice moves `id` under `manager` in her copy and saves it, which must succeed.
void aliceMoves(TwoClients &clients, const QString &location, const QString &id, const QString &manager);
/// The first scenario's org as stored at `location` now (fails the test when it cannot load).
Org storedOrg(const QString &location);

/// Alice moves `x` under `y` and saves; Bob, from his stale copy, moves `y` under
/// `x`. Bob's save must be refused as a conflict naming the cycle, and the stored
/// plan must still have `y` reporting to `yManager`.
void expectCrossingMovesRefused(const QString &location, TwoClients &clients, const QString &x,
                                const QString &y, const QString &yManager);

} // namespace org::test
