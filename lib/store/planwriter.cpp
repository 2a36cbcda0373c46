// SPDX-License-Identifier: MIT
#include "planrows.h"

#include "plan.h"
#include "planschema.h"
#include "planstore.h"
#include "positioncolumns.h"
#include "sqldatabase.h"
#include "sqlstatement.h"
#include "storefailure.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace org::storeimpl {

namespace {

/// Refuses the save (a conflict) when re-checking the org found problems: the
/// first 20 of them, one a line. verifyOrg() and verifyChanges() share it.
void refuseInvalid(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    QString text = PlanStore::tr("with the changes another user saved meanwhile, the org would no longer be "
                                 "valid; nothing was saved:");
    for (const QString &p : problems.mid(0, 20))
        text += QStringLiteral("\n  ") + p;
    if (problems.size() > 20)
        text += QStringLiteral("\n  …");
    raise(text, true);
}

void writeSettingsAndRoles(QSqlDatabase &db, const Plan &plan, SaveScope *scope)
{
    setMeta(db, QStringLiteral("rule_settings"), plan.settings.toString());
    setMeta(db, QStringLiteral("currency"), plan.roles.currency());
    if (scope) {
        scope->roleKeys = plan.roles.keys();
        QSqlQuery q = prepare(db, QStringLiteral("SELECT key FROM roles"));
        exec(q);
        bool any = false;
        while (q.next()) {
            any = true;
            if (!scope->roleKeys.contains(q.value(0).toString()))
                scope->rolesLost = true;
        }
        if (!any) // an empty table stands for the default catalogue
            for (const QString &k : RoleCatalogue::defaults().keys())
                if (!scope->roleKeys.contains(k))
                    scope->rolesLost = true;
    }
    execSql(db, QStringLiteral("DELETE FROM roles"));
    QSqlQuery q = prepare(db, QStringLiteral(
                                  "INSERT INTO roles (ord, key, name_en, name_zh, rank, technical, color,"
                                  " duties_en, duties_zh, aliases, monthly_cost, cost_min, cost_max)"
                                  " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    int ord = 0;
    for (const Role &r : plan.roles.roles()) {
        q.addBindValue(ord++);
        q.addBindValue(r.key);
        q.addBindValue(r.nameEn);
        q.addBindValue(r.nameZh);
        q.addBindValue(r.rank ? QVariant(*r.rank) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(r.technical ? 1 : 0);
        q.addBindValue(r.color.name(QColor::HexArgb));
        q.addBindValue(r.dutiesEn);
        q.addBindValue(r.dutiesZh);
        q.addBindValue(toJson(r.aliases));
        q.addBindValue(r.costMidpoint());
        q.addBindValue(r.costMin);
        q.addBindValue(r.costMax);
        exec(q);
    }
}

/// Values that only have to grow along a sequence: an item keeps the value it was
/// stored with (`kept`, -1: none to keep) while that is above the value before it, and
/// the others take the next one up. Returns the value of every item. A removal or a
/// move to the end of the sequence then changes no other item's value, where numbering
/// 0, 1, 2, … afresh would rewrite every item after it.
template<class Kept>
void increasingValues(std::size_t count, Kept kept, std::vector<qint64> &out, const std::vector<std::uint32_t> *items)
{
    qint64 previous = -1;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t item = items ? (*items)[i] : i;
        const qint64 stored = kept(item);
        previous = stored > previous ? stored : previous + 1;
        out[item] = previous;
    }
}

void writeEdges(SqlStatement &ins, qint64 sid, const Org &org, Org::Vertex v, qint64 sibling,
                const std::vector<Org::Vertex> &dottedManagers)
{
    const QString &id = org.position(v).id;
    const Org::Vertex m = org.manager(v);
    if (m != Org::npos) {
        ins.bind(sid);
        ins.bind(id);
        ins.bind(org.position(m).id);
        ins.bind(kReportsTo);
        ins.bind(sibling);
        ins.exec();
    }
    qint64 i = 0;
    for (Org::Vertex d : dottedManagers) {
        ins.bind(sid);
        ins.bind(id);
        ins.bind(org.position(d).id);
        ins.bind(kDotted);
        ins.bind(i++);
        ins.exec();
    }
}

/// Reads what another client stored for a position, for a conflict message.
QString describeConflict(QSqlDatabase &db, qint64 sid, const QString &id, const RowContent &mine, bool removedHere)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT ") + positionColumnList()
                                  + QStringLiteral(", changed_by, version FROM positions WHERE scenario_id = ? AND id = ?"));
    q.addBindValue(sid);
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return PlanStore::tr("position \"%1\" was removed by another user since the plan was loaded").arg(id);
    RowContent theirs = RowContent::fromQuery(q, 0);
    const QString changedBy = q.value(kPositionColumnCount).toString();
    const QString who = changedBy.isEmpty() ? PlanStore::tr("another user") : changedBy;
    const qint64 version = q.value(kPositionColumnCount + 1).toLongLong();
    q.finish();
    QSqlQuery eq = prepare(db, QStringLiteral("SELECT manager_id, kind FROM edges WHERE scenario_id = ? AND report_id = ?"));
    eq.addBindValue(sid);
    eq.addBindValue(id);
    exec(eq);
    QStringList dotted;
    while (eq.next()) {
        if (eq.value(1).toString() == kDotted)
            dotted << eq.value(0).toString();
        else
            theirs.manager = eq.value(0).toString();
    }
    dotted.sort();
    theirs.dotted = dotted.join(QLatin1Char('\x1f'));
    QString what = removedHere ? QString() : theirs.diff(mine).join(QStringLiteral(", "));
    if (!theirs.manager.isEmpty() && mine.manager != theirs.manager)
        what += PlanStore::tr(" (their manager: %1)").arg(theirs.manager);
    if (mine.text("role") != theirs.text("role"))
        what += PlanStore::tr(" (their role: %1)").arg(theirs.text("role"));
    if (what.isEmpty())
        return PlanStore::tr("position \"%1\" was changed by %2 since the plan was loaded (version %3)")
            .arg(id, who, QString::number(version));
    return PlanStore::tr("position \"%1\" was changed by %2 since the plan was loaded (version %3): %4")
        .arg(id, who, QString::number(version), what.trimmed());
}

} // namespace

std::shared_ptr<const PlanBaseline> NextBaseline::takeOver(std::shared_ptr<const PlanBaseline> base)
{
    if (patches.empty())
        return std::move(rows);
    // The rows of the patched scenarios are the old baseline's: taken over when nothing
    // else holds it (its objects were made non-const by the store), copied otherwise.
    std::shared_ptr<PlanBaseline> old = base.use_count() == 1 ? std::const_pointer_cast<PlanBaseline>(base)
                                                              : std::make_shared<PlanBaseline>(*base);
    base.reset();
    for (Patch &p : patches) {
        PlanBaseline::Rows r = std::move(old->rows[p.scenario]);
        for (const auto &[k, row] : p.changed)
            r.rows[k] = row;
        r.ids << p.appendedIds;
        r.rows.insert(r.rows.end(), p.appended.begin(), p.appended.end());
        rows->rows.emplace(p.scenario, std::move(r)); // (QHash::insert would copy)
    }
    patches.clear();
    return std::move(rows);
}

NextBaseline writePlan(QSqlDatabase &db, Plan &plan, const QString &author, bool replaceAll, SaveScope *scope)
{
    if (replaceAll) {
        execSql(db, QStringLiteral("DELETE FROM edges"));
        execSql(db, QStringLiteral("DELETE FROM positions"));
        execSql(db, QStringLiteral("DELETE FROM scenarios"));
    }
    writeSettingsAndRoles(db, plan, scope);
    const PlanBaseline empty;
    const PlanBaseline &base = plan.baseline && !replaceAll ? *plan.baseline : empty;
    NextBaseline result;
    result.rows = std::make_shared<PlanBaseline>();
    PlanBaseline *next = result.rows.get();
    QStringList conflicts;

    // Who saved last: this save's own random id replaces the stored one, and a save that
    // finds the id its baseline has knows that nobody else saved since (writers take
    // turns: BEGIN IMMEDIATE on SQLite, the tables locked on PostgreSQL).
    {
        QSqlQuery q(db);
        const bool found = q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'save_id'")) && q.next();
        if (scope)
            scope->onlyWriter = found && !base.saveId.isEmpty() && q.value(0).toString() == base.saveId;
        next->saveId = QString::number(QRandomGenerator::system()->generate64(), 16);
        setMeta(db, QStringLiteral("save_id"), next->saveId);
        if (readSchemaVersion(db).value_or(0) < kSaveIdSchema)
            setMeta(db, QStringLiteral("schema_version"), QString::number(kSaveIdSchema));
    }

    // Scenarios removed here (present at load, gone now) disappear with their rows.
    QList<qint64> kept;
    for (const Scenario &s : plan.scenarios)
        if (s.storeId)
            kept << s.storeId;
    for (qint64 sid : base.scenarios) {
        if (kept.contains(sid))
            continue;
        for (const char *sql : {"DELETE FROM edges WHERE scenario_id = ?", "DELETE FROM positions WHERE scenario_id = ?",
                                "DELETE FROM scenarios WHERE id = ?"}) {
            QSqlQuery q = prepare(db, QString::fromLatin1(sql));
            q.addBindValue(sid);
            exec(q);
        }
    }
    qint64 nextId = 1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT MAX(id) FROM scenarios")) && q.next() && !q.value(0).isNull())
            nextId = q.value(0).toLongLong() + 1;
    }
    // Park the names first so that swaps and renames never trip UNIQUE(name).
    for (const Scenario &s : plan.scenarios) {
        if (!s.storeId || replaceAll)
            continue;
        QSqlQuery q = prepare(db, QStringLiteral("UPDATE scenarios SET name = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("\x01renaming-%1").arg(s.storeId));
        q.addBindValue(s.storeId);
        exec(q);
    }
    std::vector<qint64> ids;
    for (std::size_t si = 0; si < plan.scenarios.size(); ++si) {
        const Scenario &s = plan.scenarios[si];
        qint64 sid = replaceAll ? 0 : s.storeId;
        bool exists = false;
        if (sid) {
            QSqlQuery q = prepare(db, QStringLiteral("UPDATE scenarios SET name = ?, ord = ?, custom_fields = ? WHERE id = ?"));
            q.addBindValue(s.name);
            q.addBindValue(int(si));
            q.addBindValue(toJson(s.org.customFields()));
            q.addBindValue(sid);
            exec(q);
            exists = q.numRowsAffected() > 0;
            if (!exists)
                conflicts << PlanStore::tr("scenario \"%1\" was deleted by another user since the plan was loaded").arg(s.name);
        } else {
            sid = nextId++;
            QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO scenarios (id, name, ord, custom_fields) VALUES (?, ?, ?, ?)"));
            q.addBindValue(sid);
            q.addBindValue(s.name);
            q.addBindValue(int(si));
            q.addBindValue(toJson(s.org.customFields()));
            if (!q.exec()) {
                if (replaceAll || classifySqlError(q.lastError()) != StoreError::Conflict)
                    raiseSql(q.lastError());
                raise(PlanStore::tr("cannot add scenario \"%1\": %2").arg(s.name, sqlError(q.lastError())), true);
            }
        }
        ids.push_back(sid);
    }
    if (!conflicts.isEmpty())
        raise(conflicts.join(QLatin1Char('\n')), true);

    // The rows go through SqlStatement: straight on SQLite's handle for a plan file.
    static const QByteArray insertSql = (QStringLiteral("INSERT INTO positions (scenario_id, id, ord, ")
        + positionColumnList() + QStringLiteral(", version, changed_by) VALUES (")
        + placeholders(3 + kPositionColumnCount + 2) + QStringLiteral(")")).toLatin1();
    static const QByteArray updateSql = (QStringLiteral("UPDATE positions SET ord = ?, ") + positionColumnAssignments()
        + QStringLiteral(", version = ?, changed_by = ? WHERE scenario_id = ? AND id = ? AND version = ?")).toLatin1();
    SqlStatement insertPos(db, insertSql.constData());
    SqlStatement updatePos(db, updateSql.constData());
    SqlStatement deletePos(db, "DELETE FROM positions WHERE scenario_id = ? AND id = ? AND version = ?");
    SqlStatement deleteEdges(db, "DELETE FROM edges WHERE scenario_id = ? AND report_id = ?");
    SqlStatement updateLine(db, "UPDATE edges SET manager_id = ?, ord = ? WHERE scenario_id = ? AND report_id = ?"
                                " AND kind = 'reports_to'");
    SqlStatement deleteOtherLines(db, "DELETE FROM edges WHERE scenario_id = ? AND report_id = ? AND kind <> 'reports_to'");
    SqlStatement insertEdge(db, "INSERT INTO edges (scenario_id, report_id, manager_id, kind, ord) VALUES (?,?,?,?,?)");
    SqlStatement updateOrd(db, "UPDATE positions SET ord = ? WHERE scenario_id = ? AND id = ?");
    SqlStatement updateSibling(db, "UPDATE edges SET ord = ? WHERE scenario_id = ? AND report_id = ? AND kind = 'reports_to'");
    SqlStatement findPos(db, "SELECT 1 FROM positions WHERE scenario_id = ? AND id = ?");
    const std::vector<Org::Vertex> noDotted;

    for (std::size_t si = 0; si < plan.scenarios.size(); ++si) {
        const Org &org = plan.scenarios[si].org;
        const qint64 sid = ids[si];
        const auto baseFound = base.rows.constFind(plan.scenarios[si].storeId);
        const PlanBaseline::Rows noRows;
        const PlanBaseline::Rows &baseRows = baseFound != base.rows.constEnd() ? *baseFound : noRows;
        next->scenarios << sid;
        SaveScope::Scenario *touched = nullptr;
        if (scope) {
            scope->scenarios.push_back({sid, {}, {}, {}, qsizetype(org.size())});
            touched = &scope->scenarios.back();
        }
        // Dotted lines per report, when there are any (a million empty lists are not free).
        const auto dotted = org.dottedLineCount() > 0 ? dottedManagersByReport(org)
                                                      : std::vector<std::vector<Org::Vertex>>();
        const auto dottedOf = [&](Org::Vertex v) -> const std::vector<Org::Vertex> & {
            return dotted.empty() ? noDotted : dotted[v];
        };
        const std::vector<size_t> digests = RowContent::digestsOf(org);
        const std::size_t n = std::size_t(org.size());
        // Each position's row as last read or written (nullptr: new here), and whether
        // its content and lines are unchanged since.
        std::vector<const PlanBaseline::Row *> baseOf(n, nullptr);
        std::vector<char> kept(baseRows.rows.size(), 0);
        // Every row of the baseline is still at its vertex (positions were changed or
        // appended, none removed or reordered): the next baseline is this one patched.
        bool inPlace = baseFound != base.rows.constEnd() && !replaceAll && baseRows.ids.size() <= qsizetype(n);
        {
            // A position's row is where it was (same vertex), or as far off as the one
            // before it (positions removed or added before it); a hash of the ids only
            // for the rest (a reordered org).
            const qsizetype count = baseRows.ids.size();
            QHash<QString, qsizetype> byId;
            qsizetype offset = 0;
            for (std::size_t v = 0; v < n; ++v) {
                const QString &id = org.position(Org::Vertex(v)).id;
                auto at = [&](qsizetype k) { return k >= 0 && k < count && baseRows.ids[k] == id; };
                qsizetype k = qsizetype(v) + offset;
                if (!at(k)) {
                    if (at(qsizetype(v))) {
                        k = qsizetype(v);
                    } else {
                        if (byId.isEmpty() && count > 0) {
                            byId.reserve(count);
                            for (qsizetype i = 0; i < count; ++i)
                                byId.insert(baseRows.ids[i], i);
                        }
                        k = byId.value(id, -1);
                    }
                    if (k >= 0)
                        offset = k - qsizetype(v);
                }
                if (k >= 0) {
                    baseOf[v] = &baseRows.rows[std::size_t(k)];
                    kept[std::size_t(k)] = 1;
                }
                inPlace = inPlace && (k == qsizetype(v) || (k < 0 && qsizetype(v) >= count));
            }
        }
        auto unchanged = [&](std::size_t v) { return baseOf[v] && baseOf[v]->digest == digests[v]; };
        // `ord` of the positions (vertex order) and of the reports-to lines (each
        // manager's reports in order): only the order they give is kept, so unchanged
        // rows keep the values they have wherever those still give it.
        std::vector<qint64> ordOf(n), siblingOf(n, -1);
        increasingValues(n, [&](std::size_t v) { return baseOf[v] ? baseOf[v]->ord : -1; }, ordOf, nullptr);
        std::vector<std::uint32_t> items;
        for (std::size_t m = 0; m < n; ++m) {
            if (org.reportCount(Org::Vertex(m)) == 0)
                continue;
            items.clear();
            for (auto [it, end] = boost::out_edges(m, org.graph()); it != end; ++it)
                items.push_back(std::uint32_t(boost::target(*it, org.graph())));
            increasingValues(items.size(), [&](std::size_t r) { return unchanged(r) ? baseOf[r]->sibling : -1; },
                             siblingOf, &items);
        }
        NextBaseline::Patch *patch = nullptr;
        PlanBaseline::Rows *nextRows = nullptr;
        if (inPlace) {
            result.patches.push_back({sid, {}, {}, {}});
            patch = &result.patches.back();
        } else {
            nextRows = &next->rows[sid];
            nextRows->ids.reserve(org.size());
            nextRows->rows.reserve(n);
        }
        // The row of vertex v as the baseline will know it after this save.
        auto keep = [&](Org::Vertex v, const QString &id, const PlanBaseline::Row &row) {
            if (nextRows) {
                nextRows->ids << id;
                nextRows->rows.push_back(row);
            } else if (v < baseRows.rows.size()) {
                const PlanBaseline::Row &was = baseRows.rows[v];
                if (was.version != row.version || was.digest != row.digest || was.ord != row.ord
                    || was.sibling != row.sibling)
                    patch->changed.emplace_back(v, row);
            } else {
                patch->appendedIds << id;
                patch->appended.push_back(row);
            }
        };
        for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
            const QString &id = org.position(v).id;
            const size_t digest = digests[v];
            const PlanBaseline::Row *base = baseOf[v];
            const qint64 ord = ordOf[v];
            const qint64 sibling = siblingOf[v];
            if (base && base->digest == digest) { // unchanged: only its order may have moved
                // Order fields as this client last read or wrote them: rewrite only what moved.
                const qint64 mySibling = org.manager(v) != Org::npos ? sibling : base->sibling;
                keep(v, id, {base->version, digest, ord, mySibling});
                if (base->ord != ord) {
                    updateOrd.bind(ord);
                    updateOrd.bind(sid);
                    updateOrd.bind(id);
                    updateOrd.exec();
                }
                if (org.manager(v) != Org::npos && base->sibling != sibling) {
                    updateSibling.bind(sibling);
                    updateSibling.bind(sid);
                    updateSibling.bind(id);
                    updateSibling.exec();
                }
                continue;
            }
            const RowContent content = RowContent::of(org, v, dottedOf(v));
            // The row is written at `version`: its lines follow (the old ones deleted
            // first unless the table was emptied), and the baseline learns it.
            const auto wroteRow = [&](qint64 version, bool deleteOldLines) {
                const Org::Vertex m = org.manager(v);
                bool linesWritten = false;
                if (base && deleteOldLines && m != Org::npos && dottedOf(v).empty()) {
                    // The usual row (one reports-to line): its line is changed where it is,
                    // which leaves the index of report ids alone (a delete and an insert
                    // changed a page of it and of the table's end too), and any other line
                    // it had goes. Two reports-to lines (someone else's) are all rewritten.
                    updateLine.bind(org.position(m).id);
                    updateLine.bind(sibling);
                    updateLine.bind(sid);
                    updateLine.bind(id);
                    updateLine.exec();
                    if (updateLine.rowsAffected() == 1) {
                        deleteOtherLines.bind(sid);
                        deleteOtherLines.bind(id);
                        deleteOtherLines.exec();
                        linesWritten = true;
                    }
                }
                if (!linesWritten) {
                    if (deleteOldLines) {
                        deleteEdges.bind(sid);
                        deleteEdges.bind(id);
                        deleteEdges.exec();
                    }
                    writeEdges(insertEdge, sid, org, v, sibling, dottedOf(v));
                }
                if (touched) {
                    touched->written << id;
                    touched->roles << org.position(v).role;
                }
                keep(v, id, {version, digest, ord, org.manager(v) != Org::npos ? sibling : -1});
            };
            if (!base) {
                if (plan.scenarios[si].storeId && !replaceAll) {
                    // Added meanwhile by someone else? (Asked first: on PostgreSQL a failed
                    // INSERT would abort the whole transaction.)
                    findPos.bind(sid);
                    findPos.bind(id);
                    findPos.exec();
                    if (findPos.next()) {
                        conflicts << PlanStore::tr("position \"%1\" was added by another user since the plan was loaded")
                                         .arg(id);
                        continue;
                    }
                }
                insertPos.bind(sid);
                insertPos.bind(id);
                insertPos.bind(ord);
                content.bind(insertPos);
                insertPos.bind(qint64(1));
                insertPos.bind(author);
                try {
                    insertPos.exec();
                } catch (const StoreFailure &e) {
                    // Only a duplicate key is someone else's doing; a full disk is not.
                    if (replaceAll || e.kind != StoreError::Conflict)
                        throw;
                    conflicts << PlanStore::tr("position \"%1\" was added by another user since the plan was loaded")
                                     .arg(id);
                    continue;
                }
                wroteRow(1, !replaceAll);
            } else {
                updatePos.bind(ord);
                content.bind(updatePos);
                updatePos.bind(base->version + 1);
                updatePos.bind(author);
                updatePos.bind(sid);
                updatePos.bind(id);
                updatePos.bind(base->version);
                updatePos.exec();
                if (updatePos.rowsAffected() != 1) {
                    conflicts << describeConflict(db, sid, id, content, false);
                    continue;
                }
                wroteRow(base->version + 1, true);
            }
        }
        if (touched && scope->onlyWriter && !touched->written.isEmpty()) {
            // The stored org is this one (verifyChanges() walks nothing): it has no cycle.
            const QStringList cycle = org.findCycle();
            if (!cycle.isEmpty())
                raise(PlanStore::tr("scenario \"%1\" has a reporting cycle %2; nothing was saved")
                          .arg(plan.scenarios[si].name, cycle.join(QStringLiteral(" → "))));
        }
        for (std::size_t k = 0; k < kept.size(); ++k) {
            if (kept[k]) // still in the org (written, unchanged or in conflict)
                continue;
            const QString &id = baseRows.ids[qsizetype(k)];
            deletePos.bind(sid);
            deletePos.bind(id);
            deletePos.bind(baseRows.rows[k].version);
            deletePos.exec();
            if (deletePos.rowsAffected() != 1) {
                conflicts << describeConflict(db, sid, id, RowContent(), true);
                continue;
            }
            deleteEdges.bind(sid);
            deleteEdges.bind(id);
            deleteEdges.exec();
            if (touched)
                touched->removed << id;
        }
    }
    if (!conflicts.isEmpty()) {
        QString text = PlanStore::tr("the plan was not saved because another user changed it meanwhile:");
        for (const QString &c : conflicts.mid(0, 20))
            text += QStringLiteral("\n  ") + c;
        if (conflicts.size() > 20)
            text += QStringLiteral("\n  …");
        raise(text, true);
    }
    return result;
}

void verifyOrg(QSqlDatabase &db)
{
    QSet<QString> roleKeys;
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT key FROM roles"));
        exec(q);
        while (q.next())
            roleKeys.insert(q.value(0).toString());
    }
    if (roleKeys.isEmpty())
        for (const QString &k : RoleCatalogue::defaults().keys())
            roleKeys.insert(k);
    struct Forest
    {
        QString name;
        QHash<QString, int> index;
        QStringList ids;
        std::vector<int> manager;
    };
    QHash<qint64, Forest> forests;
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT id, name FROM scenarios"));
        exec(q);
        while (q.next())
            forests[q.value(0).toLongLong()].name = q.value(1).toString();
    }
    QStringList problems;
    auto note = [&](const QString &text) {
        if (problems.size() <= 20)
            problems << text;
    };
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT scenario_id, id, role FROM positions"));
        exec(q);
        while (q.next()) {
            const qint64 sid = q.value(0).toLongLong();
            const auto f = forests.find(sid);
            const QString id = q.value(1).toString();
            if (f == forests.end()) {
                note(PlanStore::tr("position \"%1\" belongs to a scenario that no longer exists").arg(id));
                continue;
            }
            if (id.isEmpty() || f->index.contains(id)) {
                note(PlanStore::tr("scenario \"%1\": empty or duplicate position id \"%2\"").arg(f->name, id));
                continue;
            }
            const QString role = q.value(2).toString();
            if (!role.isEmpty() && !roleKeys.contains(role))
                note(PlanStore::tr("scenario \"%1\": position \"%2\" has the unknown role \"%3\"")
                         .arg(f->name, id, role));
            f->index.insert(id, int(f->ids.size()));
            f->ids << id;
            f->manager.push_back(-1);
        }
    }
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT scenario_id, report_id, manager_id, kind FROM edges"));
        exec(q);
        while (q.next()) {
            const auto f = forests.find(q.value(0).toLongLong());
            const QString report = q.value(1).toString();
            const QString manager = q.value(2).toString();
            if (f == forests.end()) {
                note(PlanStore::tr("a line from \"%1\" belongs to a scenario that no longer exists").arg(report));
                continue;
            }
            const int r = f->index.value(report, -1);
            const int m = f->index.value(manager, -1);
            if (r < 0 || m < 0 || r == m) {
                note(PlanStore::tr("scenario \"%1\": the line from \"%2\" to \"%3\" has an unknown end")
                         .arg(f->name, report, manager));
                continue;
            }
            if (q.value(3).toString() != kReportsTo)
                continue;
            if (f->manager[std::size_t(r)] >= 0)
                note(PlanStore::tr("scenario \"%1\": position \"%2\" has more than one manager").arg(f->name, report));
            else
                f->manager[std::size_t(r)] = m;
        }
    }
    for (const Forest &f : std::as_const(forests)) {
        // 0 unseen, 1 on the current walk up, 2 known to reach a root
        std::vector<char> state(f.manager.size(), 0);
        for (std::size_t start = 0; start < f.manager.size(); ++start) {
            std::vector<int> walk;
            int v = int(start);
            while (v >= 0 && state[std::size_t(v)] == 0) {
                state[std::size_t(v)] = 1;
                walk.push_back(v);
                v = f.manager[std::size_t(v)];
            }
            if (v >= 0 && state[std::size_t(v)] == 1) {
                QStringList cycle;
                auto from = std::find(walk.begin(), walk.end(), v);
                for (auto it = from; it != walk.end(); ++it)
                    cycle << f.ids[*it];
                cycle << f.ids[v];
                note(PlanStore::tr("scenario \"%1\": reporting cycle %2").arg(f.name, cycle.join(QStringLiteral(" → "))));
            }
            for (int w : walk)
                state[std::size_t(w)] = 2;
        }
    }
    refuseInvalid(problems);
}

void verifyChanges(QSqlDatabase &db, const SaveScope &scope)
{
    // Positions nobody touched may use a lost role; and when a save wrote much of a
    // scenario (a new one, a copy), one pass over everything is cheaper than walks.
    const bool most = std::any_of(scope.scenarios.cbegin(), scope.scenarios.cend(),
                                  [](const SaveScope::Scenario &s) {
                                      return s.written.size() > std::max<qsizetype>(4096, s.rows / 8);
                                  });
    if (scope.rolesLost || (most && !scope.onlyWriter)) {
        verifyOrg(db);
        return;
    }
    QStringList problems;
    auto note = [&](const QString &text) {
        if (problems.size() <= 20)
            problems << text;
    };
    const QSet<QString> roleKeys(scope.roleKeys.cbegin(), scope.roleKeys.cend());
    QSqlQuery names = prepare(db, QStringLiteral("SELECT id, name FROM scenarios"));
    exec(names);
    QHash<qint64, QString> scenarioName;
    while (names.next())
        scenarioName.insert(names.value(0).toLongLong(), names.value(1).toString());
    // The row is there (this transaction wrote it) with the role it was written with.
    const auto checkRole = [&](const QString &name, const QString &id, const QString &role) {
        if (!role.isEmpty() && !roleKeys.contains(role))
            note(PlanStore::tr("scenario \"%1\": position \"%2\" has the unknown role \"%3\"").arg(name, id, role));
    };
    if (scope.onlyWriter) {
        // Nobody else saved since: the stored lines are this client's org's (one manager
        // each, every end a position; writePlan() checked it for cycles). Only the roles
        // written are checked, as below.
        for (const SaveScope::Scenario &s : scope.scenarios)
            for (qsizetype i = 0; i < s.written.size(); ++i)
                checkRole(scenarioName.value(s.id), s.written[i], s.roles[i]);
        refuseInvalid(problems);
        return;
    }
    // The lines of a written position, each with whether its other end is a position;
    // the reports-to lines of a position above one (its manager, and whether it has two).
    // One indexed lookup per position (on SQLite's handle: no QVariant per value).
    SqlStatement linesQ(db, "SELECT manager_id, kind,"
                            " CASE WHEN EXISTS (SELECT 1 FROM positions p"
                            " WHERE p.scenario_id = e.scenario_id AND p.id = e.manager_id) THEN 1 ELSE 0 END"
                            " FROM edges e WHERE e.scenario_id = ? AND e.report_id = ?");
    SqlStatement managersQ(db, "SELECT manager_id FROM edges WHERE scenario_id = ? AND report_id = ?"
                               " AND kind = 'reports_to'");
    for (const SaveScope::Scenario &s : scope.scenarios) {
        if (s.written.isEmpty() && s.removed.isEmpty())
            continue;
        const QString name = scenarioName.value(s.id);
        // Lines that still end at a removed position (drawn by someone else meanwhile).
        if (!s.removed.isEmpty()) {
            const QSet<QString> removed(s.removed.cbegin(), s.removed.cend());
            SqlStatement q(db, "SELECT report_id, manager_id FROM edges WHERE scenario_id = ?");
            q.bind(s.id);
            q.exec();
            while (q.next()) {
                const QString manager = q.text(1);
                if (removed.contains(manager))
                    note(PlanStore::tr("scenario \"%1\": the line from \"%2\" to \"%3\" has an unknown end")
                             .arg(name, q.text(0), manager));
            }
        }
        // What the stored lines say about each position the walks up pass: its manager
        // (the last reports-to line read), how many it has, and for a written position
        // the ends of its lines that are no position. Read level by level (the written
        // positions, then the managers not read yet, …), each level in key order: the
        // lookups then go through the index and the table in order, and neighbouring
        // keys share pages that SQLite still has in its cache.
        struct Stored
        {
            QString manager;
            int managers = 0;
            bool written = false;
            QStringList badEnds; ///< written positions only
        };
        QHash<QString, Stored> stored;
        stored.reserve(s.written.size() * 3);
        QStringList level = s.written;
        for (const QString &id : std::as_const(level))
            stored[id].written = true;
        while (!level.isEmpty()) {
            level.sort();
            level.removeDuplicates(); // (sorted: only neighbours)
            QStringList up;
            for (const QString &id : std::as_const(level)) {
                Stored &here = stored[id];
                SqlStatement &q = here.written ? linesQ : managersQ;
                q.bind(s.id);
                q.bind(id);
                q.exec();
                while (q.next()) {
                    const QString end = q.text(0);
                    if (!here.written || q.textEquals(1, "reports_to")) {
                        ++here.managers;
                        here.manager = end;
                    }
                    if (here.written && (end == id || q.integer(2) == 0))
                        here.badEnds << end;
                }
                if (!here.manager.isEmpty() && !stored.contains(here.manager))
                    up << here.manager;
            }
            for (const QString &id : std::as_const(up))
                stored.insert(id, Stored{});
            level = std::move(up);
        }
        // The walks up, in the order of the written positions, on what was read: the
        // problems come out as one walk with a lookup per link would give them.
        QHash<QString, char> reported; // 1: its managers counted, 2: its ends too
        auto managerOf = [&](const QString &id, bool written) -> QString {
            const Stored &here = stored[id];
            const char was = reported.value(id, 0);
            if (was == 2 || (was == 1 && !written))
                return here.manager;
            if (written)
                for (const QString &end : here.badEnds)
                    note(PlanStore::tr("scenario \"%1\": the line from \"%2\" to \"%3\" has an unknown end")
                             .arg(name, id, end));
            if (here.managers > 1 && was == 0)
                note(PlanStore::tr("scenario \"%1\": position \"%2\" has more than one manager").arg(name, id));
            reported.insert(id, written ? 2 : 1);
            return here.manager;
        };
        // 1 on the current walk up, 2 known to reach a root
        QHash<QString, char> state;
        for (qsizetype i = 0; i < s.written.size(); ++i) {
            const QString &id = s.written[i];
            checkRole(name, id, s.roles[i]);
            managerOf(id, true);
            // Walk up: a cycle the save made passes through a line it wrote.
            QStringList walk;
            QString v = id;
            while (!v.isEmpty() && state.value(v, 0) == 0) {
                state.insert(v, 1);
                walk << v;
                v = managerOf(v, false);
            }
            if (!v.isEmpty() && state.value(v) == 1) {
                QStringList cycle = walk.mid(walk.indexOf(v));
                cycle << v;
                note(PlanStore::tr("scenario \"%1\": reporting cycle %2").arg(name, cycle.join(QStringLiteral(" → "))));
            }
            for (const QString &w : std::as_const(walk))
                state.insert(w, 2);
        }
    }
    refuseInvalid(problems);
}

} // namespace org::storeimpl
