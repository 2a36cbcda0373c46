// SPDX-License-Identifier: MIT
#include "storefailure.h"

#include "planstore.h"

#include <QSqlError>

#include <cstring>

namespace org::storeimpl {

void raise(const QString &message, bool conflict)
{
    throw StoreFailure{message, conflict ? StoreError::Conflict : StoreError::Other, {}, false};
}

void raiseKind(StoreError kind, const QString &message)
{
    throw StoreFailure{message, kind, {}, false};
}

QString sqlError(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    return text;
}

void raiseSql(const QSqlError &e)
{
    const StoreError kind = classifySqlError(e);
    throw StoreFailure{PlanStore::tr("database error: %1").arg(sqlError(e)), kind, sqlError(e),
                       kind != StoreError::Other};
}

void raiseErrno(int error, const QString &message)
{
    const StoreError kind = classifyErrno(error);
    throw StoreFailure{message, kind, QString::fromLocal8Bit(std::strerror(error)), kind != StoreError::Other};
}

} // namespace org::storeimpl
