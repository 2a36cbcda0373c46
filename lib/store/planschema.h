// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

/// The plan schema (internal to lib/store): the tables of the current schema
/// (PlanStore::schemaVersion), and the migrations of older plans to it.
namespace org::storeimpl {

/// `edges.kind` of a reports-to line and of a dotted line.
inline const QString kReportsTo = QStringLiteral("reports_to");
inline const QString kDotted = QStringLiteral("dotted_line");

/// The schema from which every save writes `meta.save_id` (PlanBaseline::saveId). A plan
/// of the schema before it is read and written as it is: its first save writes the id and
/// this schema version (writePlan()), so no build that does not keep the id writes it after.
constexpr int kSaveIdSchema = 4;

/// True when the database holds the plan tables (its `meta` table).
bool hasPlanTables(QSqlDatabase &db);
/// `meta.schema_version`, or nullopt when it is missing or not a number.
std::optional<int> readSchemaVersion(QSqlDatabase &db);
void setMeta(QSqlDatabase &db, const QString &key, const QString &value);
/// Marks an SQLite file as ours (see PlanStore::applicationId); part of the caller's write.
void stampApplicationId(QSqlDatabase &db);
/// Creates the current schema in an empty database (inside the caller's transaction).
void createSchema(QSqlDatabase &db);
/// Brings an open plan to the current schema (in one transaction), or refuses
/// a plan from a newer version. Never writes when nothing needs migrating;
/// `readOnly`: refuses a plan that would need it.
void ensureCurrentSchema(QSqlDatabase &db, const QString &location, bool readOnly = false);

} // namespace org::storeimpl
