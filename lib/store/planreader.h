// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace org {
struct Plan;
}

namespace org::storeimpl {

/// Reads the whole plan of an open database whose schema is current into `out`
/// (unchanged on failure), with the baseline that a later save compares against.
void readPlan(QSqlDatabase &db, Plan &out);

} // namespace org::storeimpl
