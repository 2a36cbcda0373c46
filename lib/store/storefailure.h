// SPDX-License-Identifier: MIT
#pragma once

#include "storeerror.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QSqlError;
QT_END_NAMESPACE

/// The parts of PlanStore (internal to lib/store): they throw StoreFailure, which
/// PlanStore's public functions turn into a StoreStatus.
namespace org::storeimpl {

/// Thrown inside the store to unwind to the public function with a message.
/// `mapped`: the message is rebuilt from `kind` and `detail` by PlanStore,
/// which knows the location and can look at the file system for the cause.
struct StoreFailure
{
    QString message;
    StoreError kind = StoreError::Other;
    QString detail;
    bool mapped = false;
};

[[noreturn]] void raise(const QString &message, bool conflict = false);
[[noreturn]] void raiseKind(StoreError kind, const QString &message);
/// An SQL error, classified by its cause (disk full, read-only, busy, …).
[[noreturn]] void raiseSql(const QSqlError &e);
/// An errno from a file operation, classified.
[[noreturn]] void raiseErrno(int error, const QString &message);

/// The driver's text of an SQL error.
QString sqlError(const QSqlError &e);

} // namespace org::storeimpl
