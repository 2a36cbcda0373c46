// SPDX-License-Identifier: MIT
#include "edit/document.h"
#include "edit/movepositioncommand.h"
#include "edit/settingscommands.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>

using namespace org;
using namespace org::test;

namespace {

const QString kCsv = kPayWebCsv + QStringLiteral(
    "f,Fay,e,programmer,Dev,Pay,Payments,10000,L3\n");

void loadInto(Document &doc)
{
    Plan p;
    p.scenarios.push_back({defaultScenarioName(), orgFromCsv(kCsv), 0});
    doc.setPlan(std::move(p));
}

/// Loads the test org into `doc` (no autosave) and saves it as `path`.
void loadAndSave(Document &doc, const QString &path)
{
    doc.setAutosaveInterval(0);
    loadInto(doc);
    ASSERT_TRUE(doc.saveAs(path));
    ASSERT_FALSE(doc.isModified());
}

/// Pushes `command` on a saved document: the plan is modified while the command
/// is done and unmodified once it is undone; `shows` tells whether its edit shows.
void expectModifiedUntilUndone(Document &doc, QUndoCommand *command, const std::function<bool()> &shows)
{
    doc.undoStack()->push(command);
    EXPECT_TRUE(shows());
    EXPECT_TRUE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_FALSE(shows());
    EXPECT_FALSE(doc.isModified());
}

/// Runs an edit, then checks undo restores the exact org and redo the edited one.
void checkUndoRedo(const char *what, const std::function<bool(Document &, QString *)> &edit)
{
    SCOPED_TRACE(what);
    Document doc;
    loadInto(doc);
    const Org before = doc.org();
    QString error;
    ASSERT_TRUE(edit(doc, &error)) << error.toStdString();
    const Org after = doc.org();
    EXPECT_FALSE(after == before);
    EXPECT_TRUE(doc.isModified());
    ASSERT_TRUE(doc.undoStack()->canUndo());
    EXPECT_FALSE(doc.undoStack()->undoText().isEmpty());
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    EXPECT_TRUE(doc.org() == after);
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
}

/// The plan-wide state an edit may change: every scenario's org and the role keys.
struct PlanState
{
    std::vector<Org> orgs;
    QStringList roleKeys;
    int current = 0;
    bool operator==(const PlanState &) const = default;
};

PlanState stateOf(const Document &doc)
{
    PlanState s;
    for (const Scenario &sc : doc.plan().scenarios)
        s.orgs.push_back(sc.org);
    s.roleKeys = doc.roles().keys();
    s.current = doc.currentScenario();
    return s;
}

/// Runs an edit that must be exactly one undo step: undo restores the whole
/// previous plan state, redo the done one, and a second undo the previous again.
void checkOneStep(const char *what, Document &doc, const std::function<bool(Document &, QString *)> &edit)
{
    SCOPED_TRACE(what);
    const PlanState before = stateOf(doc);
    const int steps = doc.undoStack()->index();
    QString error;
    ASSERT_TRUE(edit(doc, &error)) << error.toStdString();
    const PlanState done = stateOf(doc);
    EXPECT_FALSE(done == before);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->index(), steps + 1);
    EXPECT_FALSE(doc.undoStack()->undoText().isEmpty());
    doc.undoStack()->undo();
    EXPECT_TRUE(stateOf(doc) == before);
    doc.undoStack()->redo();
    EXPECT_TRUE(stateOf(doc) == done);
    doc.undoStack()->undo();
    EXPECT_TRUE(stateOf(doc) == before);
    doc.undoStack()->redo();
}

} // namespace

TEST(Document, EveryCommandUndoesAndRedoesExactly)
{
    checkUndoRedo("move", [](Document &d, QString *e) { return d.move(QStringLiteral("e"), QStringLiteral("c"), e); });
    checkUndoRedo("move to root", [](Document &d, QString *e) { return d.move(QStringLiteral("b"), QString(), e); });
    checkUndoRedo("role", [](Document &d, QString *e) { return d.changeRole(QStringLiteral("d"), QStringLiteral("Architect"), e); });
    checkUndoRedo("add", [](Document &d, QString *e) {
        Position p;
        p.id = QStringLiteral("g");
        p.name = QStringLiteral("Gao");
        p.role = QStringLiteral("engineer");
        return d.addPosition(p, QStringLiteral("c"), e);
    });
    checkUndoRedo("open", [](Document &d, QString *e) {
        QString id;
        const bool ok = d.addOpenPosition(QStringLiteral("c"), QStringLiteral("programmer"), &id, e);
        EXPECT_TRUE(d.org().position(d.find(id)).isOpen());
        EXPECT_EQ(d.org().position(d.find(id)).team, QStringLiteral("Web"));
        return ok;
    });
    checkUndoRedo("remove one", [](Document &d, QString *e) {
        const bool ok = d.removePosition(QStringLiteral("b"), false, e);
        EXPECT_EQ(d.org().size(), 5);
        EXPECT_EQ(d.org().manager(d.find(QStringLiteral("e"))), d.find(QStringLiteral("a")));
        return ok;
    });
    checkUndoRedo("remove subtree", [](Document &d, QString *e) {
        const bool ok = d.removePosition(QStringLiteral("b"), true, e);
        EXPECT_EQ(d.org().size(), 2);
        return ok;
    });
    checkUndoRedo("rename", [](Document &d, QString *e) { return d.rename(QStringLiteral("d"), QStringLiteral("Dan"), e); });
    checkUndoRedo("title", [](Document &d, QString *e) { return d.setField(QStringLiteral("e"), QStringLiteral("title"), QStringLiteral("Lead"), e); });
    checkUndoRedo("salary", [](Document &d, QString *e) { return d.setField(QStringLiteral("e"), QStringLiteral("salary"), QStringLiteral("12,500"), e); });
    checkUndoRedo("custom", [](Document &d, QString *e) { return d.setField(QStringLiteral("e"), QStringLiteral("level"), QStringLiteral("L4"), e); });
    checkUndoRedo("dotted", [](Document &d, QString *e) { return d.addDottedLine(QStringLiteral("e"), QStringLiteral("c"), e); });
    checkUndoRedo("assistant", [](Document &d, QString *e) { return d.setAssistant(QStringLiteral("d"), true, e); });
}

TEST(Document, RemoveDottedLineUndoes)
{
    Document doc;
    loadInto(doc);
    ASSERT_TRUE(doc.addDottedLine(QStringLiteral("e"), QStringLiteral("c")));
    const Org with = doc.org();
    ASSERT_TRUE(doc.removeDottedLine(QStringLiteral("e"), QStringLiteral("c")));
    EXPECT_TRUE(doc.org().dottedManagers(doc.find(QStringLiteral("e"))).empty());
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == with);
    EXPECT_FALSE(doc.removeDottedLine(QStringLiteral("e"), QStringLiteral("a")));
}

TEST(Document, RefusesCyclesNamingBoth)
{
    Document doc;
    loadInto(doc);
    const Org before = doc.org();
    QString error;
    EXPECT_FALSE(doc.move(QStringLiteral("b"), QStringLiteral("f"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Bo (b)"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Fay (f)"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("cycle"))) << error.toStdString();
    EXPECT_FALSE(doc.move(QStringLiteral("b"), QStringLiteral("b"), &error));
    EXPECT_FALSE(doc.move(QStringLiteral("zz"), QStringLiteral("a"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("zz")));
    EXPECT_TRUE(doc.org() == before);
    EXPECT_FALSE(doc.undoStack()->canUndo());
    EXPECT_FALSE(MovePositionCommand::refusal(doc.org(), QStringLiteral("a"), QStringLiteral("e")).isEmpty());
}

TEST(Document, EmitsFineGrainedSignalsAndRevalidates)
{
    Document doc;
    loadInto(doc);
    QStringList log;
    QObject::connect(&doc, &Document::managerChanged, &doc, [&](const QString &id, const QString &o, const QString &n) {
        log << QStringLiteral("manager %1 %2 %3").arg(id, o, n);
    });
    QObject::connect(&doc, &Document::positionChanged, &doc, [&](const QString &id) { log << QStringLiteral("changed ") + id; });
    QObject::connect(&doc, &Document::positionAdded, &doc, [&](const QString &id) { log << QStringLiteral("added ") + id; });
    QObject::connect(&doc, &Document::positionRemoved, &doc, [&](const QString &id) { log << QStringLiteral("removed ") + id; });
    int problemsSignals = 0;
    QObject::connect(&doc, &Document::problemsChanged, &doc, [&] { ++problemsSignals; });

    ASSERT_TRUE(doc.move(QStringLiteral("e"), QStringLiteral("c")));
    ASSERT_TRUE(doc.changeRole(QStringLiteral("d"), QStringLiteral("architect")));
    Position g;
    g.id = QStringLiteral("g");
    g.role = QStringLiteral("engineer");
    ASSERT_TRUE(doc.addPosition(g, QStringLiteral("c")));
    ASSERT_TRUE(doc.removePosition(QStringLiteral("g"), false));
    // e shared b's team: e and f below it take c's team (a move carries them).
    EXPECT_EQ(log, (QStringList{QStringLiteral("manager e b c"), QStringLiteral("changed e"), QStringLiteral("changed f"),
                                QStringLiteral("changed d"),
                                QStringLiteral("added g"), QStringLiteral("removed g")}));
    EXPECT_EQ(problemsSignals, 4);

    // A programmer managing a manager breaks the ladder: an error appears, and goes with undo.
    const auto errors = [&] {
        int n = 0;
        for (const Problem &p : doc.problems())
            n += p.rule == QLatin1String("ladder-order");
        return n;
    };
    const int before = errors();
    ASSERT_TRUE(doc.move(QStringLiteral("c"), QStringLiteral("d")));
    EXPECT_EQ(errors(), before + 1);
    doc.undoStack()->undo();
    EXPECT_EQ(errors(), before);
}

TEST(Document, ScenariosAndSaving)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("doc.orgplan"));
    Document doc;
    ASSERT_NO_FATAL_FAILURE(loadAndSave(doc, path));
    ASSERT_TRUE(doc.duplicateScenario(QString(), QStringLiteral("Reorg")));
    EXPECT_FALSE(doc.duplicateScenario(QString(), QStringLiteral("Reorg")));
    ASSERT_TRUE(doc.switchScenario(QStringLiteral("Reorg")));
    ASSERT_TRUE(doc.move(QStringLiteral("f"), QStringLiteral("c")));
    ASSERT_TRUE(doc.switchScenario(defaultScenarioName()));
    EXPECT_EQ(doc.org().manager(doc.find(QStringLiteral("f"))), doc.find(QStringLiteral("e")));
    // The editor's undo stays in the scenario shown; the stack's own switches
    // back to the scenario the edit was made in.
    EXPECT_FALSE(doc.undo());
    EXPECT_EQ(doc.currentScenarioName(), defaultScenarioName());
    doc.undoStack()->undo();
    EXPECT_EQ(doc.currentScenarioName(), QStringLiteral("Reorg"));
    doc.undoStack()->redo();
    ASSERT_TRUE(doc.createScenario(QStringLiteral("Empty")));
    ASSERT_TRUE(doc.renameScenario(QStringLiteral("Empty"), QStringLiteral("Blank")));
    ASSERT_TRUE(doc.deleteScenario(QStringLiteral("Blank")));
    EXPECT_FALSE(doc.deleteScenario(QStringLiteral("nope")));
    EXPECT_TRUE(doc.isModified());
    QString error;
    ASSERT_TRUE(doc.save(&error)) << error.toStdString();

    Document again;
    ASSERT_TRUE(again.open(path, &error)) << error.toStdString();
    EXPECT_EQ(again.scenarioNames(), (QStringList{defaultScenarioName(), QStringLiteral("Reorg")}));
    ASSERT_TRUE(again.switchScenario(QStringLiteral("Reorg")));
    EXPECT_EQ(again.org().manager(again.find(QStringLiteral("f"))), again.find(QStringLiteral("c")));
    ASSERT_TRUE(again.deleteScenario(defaultScenarioName()));
    ASSERT_TRUE(again.save(&error)) << error.toStdString();
    Document third;
    ASSERT_TRUE(third.open(path));
    EXPECT_EQ(third.scenarioNames(), QStringList{QStringLiteral("Reorg")});
}

TEST(Document, AutosaveAndRecovery)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("auto.orgplan"));
    Org edited;
    {
        Document doc;
        ASSERT_NO_FATAL_FAILURE(loadAndSave(doc, path));
        EXPECT_FALSE(Document::hasNewerAutosave(path));
        QThread::msleep(20);
        ASSERT_TRUE(doc.move(QStringLiteral("f"), QStringLiteral("c")));
        QString error;
        ASSERT_TRUE(doc.autosave(&error)) << error.toStdString();
        edited = doc.org();
        // The "crash": the document goes away without saving.
    }
    EXPECT_TRUE(Document::hasNewerAutosave(path));
    Document doc;
    ASSERT_TRUE(doc.open(path));
    EXPECT_FALSE(doc.org() == edited);
    QString error;
    ASSERT_TRUE(doc.recoverAutosave(&error)) << error.toStdString();
    EXPECT_TRUE(doc.org() == edited);
    EXPECT_TRUE(doc.isModified());
    ASSERT_TRUE(doc.save(&error)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(Document::autosavePathFor(path)));
    Document reopened;
    ASSERT_TRUE(reopened.open(path));
    EXPECT_TRUE(reopened.org() == edited);
}

// Rule-settings and role-catalogue edits are commands like the others: the
// modified flag follows the undo stack, so undoing back to the saved state
// leaves the plan unmodified (it used to stay modified).
TEST(Document, SettingsCommandsFollowTheCleanState)
{
    TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("settings.orgplan"));
    Document doc;
    ASSERT_NO_FATAL_FAILURE(loadAndSave(doc, path));
    std::vector<bool> modified; // what modifiedChanged said, in order
    QObject::connect(&doc, &Document::modifiedChanged, &doc, [&modified](bool m) { modified.push_back(m); });

    // A threshold: modified, then undone back to the saved state.
    RuleSettings raised = doc.ruleSettings();
    raised.spanOfControl = 40;
    expectModifiedUntilUndone(doc, new RuleSettingsCommand(&doc, doc.ruleSettings(), raised),
                              [&doc] { return doc.ruleSettings().spanOfControl == 40; });
    EXPECT_EQ(doc.ruleSettings().spanOfControl, RuleSettings().spanOfControl);
    ASSERT_GE(modified.size(), 2u);
    EXPECT_TRUE(modified[modified.size() - 2]);
    EXPECT_FALSE(modified.back());
    doc.undoStack()->redo();
    EXPECT_TRUE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_FALSE(doc.isModified());

    // A new role: the same.
    RoleCatalogue more = doc.roles();
    more.upsert(sreRole());
    expectModifiedUntilUndone(doc, new RoleCatalogueCommand(&doc, doc.roles(), more),
                              [&doc] { return doc.roles().find(QStringLiteral("sre")) != nullptr; });

    // Saved after the change, undo makes it differ from the file again.
    doc.undoStack()->redo();
    ASSERT_TRUE(doc.save());
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.isModified());
    // Edits outside the undo stack still mark the plan until it is saved.
    doc.undoStack()->redo();
    EXPECT_FALSE(doc.isModified());
    doc.setRuleSettings(raised);
    EXPECT_TRUE(doc.isModified());
}

TEST(Document, MoveAllIsOneUndoStep)
{
    Document doc;
    loadInto(doc);
    checkOneStep("move three", doc, [](Document &d, QString *e) {
        // "c" is the target itself and "b" is already there: both skipped.
        const bool ok = d.moveAll({QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("c")},
                                  QStringLiteral("c"), e);
        for (const char *id : {"d", "e", "f"})
            EXPECT_EQ(d.org().manager(d.find(QString::fromLatin1(id))), d.find(QStringLiteral("c"))) << id;
        return ok;
    });
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Move 3 positions to Cy"));
    checkOneStep("move one", doc, [](Document &d, QString *e) {
        return d.moveAll({QStringLiteral("d")}, QStringLiteral("a"), e);
    });
    // A refused move anywhere refuses them all.
    const Org before = doc.org();
    const int steps = doc.undoStack()->count();
    QString error;
    EXPECT_FALSE(doc.moveAll({QStringLiteral("d"), QStringLiteral("c")}, QStringLiteral("f"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cycle"))) << error.toStdString();
    EXPECT_FALSE(doc.moveAll({QStringLiteral("d"), QStringLiteral("zz")}, QStringLiteral("a"), &error));
    EXPECT_TRUE(doc.org() == before);
    EXPECT_EQ(doc.undoStack()->count(), steps);
    // Nothing to do: no step.
    EXPECT_TRUE(doc.moveAll({QStringLiteral("b")}, QStringLiteral("a"), &error));
    EXPECT_EQ(doc.undoStack()->count(), steps);
}

TEST(Document, RemovePositionsIsOneUndoStep)
{
    Document doc;
    loadInto(doc);
    checkOneStep("remove two", doc, [](Document &d, QString *e) {
        const bool ok = d.removePositions({QStringLiteral("d"), QStringLiteral("c")}, false, e);
        EXPECT_EQ(d.org().size(), 4);
        return ok;
    });
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Delete 2 positions"));
    doc.undoStack()->undo();
    // "e" lies inside "b"'s subtree, removed first: skipped, not an error.
    checkOneStep("remove subtrees", doc, [](Document &d, QString *e) {
        const bool ok = d.removePositions({QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("c")}, true, e);
        EXPECT_EQ(d.org().size(), 1);
        return ok;
    });
    expectRefused(doc, "zz", [&doc](QString *error) {
        return doc.removePositions({QStringLiteral("a"), QStringLiteral("zz")}, false, error);
    });
}

TEST(Document, ChangeRolesReplacesInEveryScenarioAsOneStep)
{
    Document doc;
    loadInto(doc);
    ASSERT_TRUE(doc.duplicateScenario(QString(), QStringLiteral("Reorg")));
    ASSERT_TRUE(doc.switchScenario(QStringLiteral("Reorg")));
    ASSERT_TRUE(doc.changeRole(QStringLiteral("d"), QStringLiteral("programmer")));
    ASSERT_TRUE(doc.switchScenario(defaultScenarioName()));
    // Delete "programmer": its positions become engineers in both scenarios.
    RoleCatalogue fewer = doc.roles();
    ASSERT_TRUE(fewer.remove(QStringLiteral("programmer")));
    checkOneStep("replace", doc, [&fewer](Document &d, QString *e) {
        const bool ok = d.changeRoles(fewer, {{QStringLiteral("programmer"), QStringLiteral("engineer")}}, e);
        for (const Scenario &sc : d.plan().scenarios)
            for (const Position &p : sc.org.positions())
                EXPECT_NE(p.role, QStringLiteral("programmer")) << sc.name.toStdString() << " " << p.id.toStdString();
        EXPECT_EQ(d.plan().scenarios[1].org.position(d.plan().scenarios[1].org.find(QStringLiteral("d"))).role,
                  QStringLiteral("engineer"));
        EXPECT_EQ(d.roles().find(QStringLiteral("programmer")), nullptr);
        EXPECT_EQ(d.currentScenario(), 0);
        return ok;
    });
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Edit roles"));
    // Without replacements: the catalogue alone.
    RoleCatalogue more = doc.roles();
    Role sre;
    sre.key = QStringLiteral("sre");
    sre.nameEn = QStringLiteral("SRE");
    more.upsert(sre);
    checkOneStep("catalogue", doc, [&more](Document &d, QString *e) { return d.changeRoles(more, {}, e); });
    // A replacement by an unknown role changes nothing.
    const PlanState before = stateOf(doc);
    QString error;
    EXPECT_FALSE(doc.changeRoles(fewer, {{QStringLiteral("engineer"), QStringLiteral("wizard")}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("wizard")));
    EXPECT_TRUE(stateOf(doc) == before);
}

TEST(Document, AddReportWithRoleAndTitleIsOneStep)
{
    Document doc;
    loadInto(doc);
    QString id;
    checkOneStep("report", doc, [&id](Document &d, QString *e) {
        const bool ok = d.addReport(QStringLiteral("b"), QStringLiteral("Gus"), QStringLiteral("architect"),
                                    QStringLiteral("Staff Engineer"), &id, e);
        const Position &p = d.org().position(d.find(id));
        EXPECT_EQ(p.name, QStringLiteral("Gus"));
        EXPECT_EQ(p.role, QStringLiteral("architect"));
        EXPECT_EQ(p.title, QStringLiteral("Staff Engineer"));
        EXPECT_EQ(p.team, QStringLiteral("Pay"));
        EXPECT_EQ(p.productLine, QStringLiteral("Payments"));
        EXPECT_EQ(d.org().manager(d.find(id)), d.find(QStringLiteral("b")));
        return ok;
    });
    EXPECT_TRUE(id.startsWith(QStringLiteral("p-")));
    // No role: the technical rung below the manager's.
    checkOneStep("default role", doc, [](Document &d, QString *e) {
        QString newId;
        const bool ok = d.addReport(QStringLiteral("a"), QStringLiteral("Hu"), {}, {}, &newId, e);
        EXPECT_EQ(d.org().position(d.find(newId)).role, d.roles().roleBelow(QStringLiteral("cto")));
        return ok;
    });
    QString error;
    EXPECT_FALSE(doc.addReport(QStringLiteral("a"), QStringLiteral("Io"), QStringLiteral("wizard"), {}, nullptr, &error));
    EXPECT_FALSE(doc.addReport(QStringLiteral("zz"), QStringLiteral("Io"), {}, {}, nullptr, &error));
}

TEST(Document, ChangeRuleSettingsIsOneStep)
{
    Document doc;
    loadInto(doc);
    RuleSettings raised = doc.ruleSettings();
    raised.spanOfControl = 40;
    doc.changeRuleSettings(raised);
    EXPECT_EQ(doc.ruleSettings().spanOfControl, 40);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.ruleSettings(), RuleSettings());
    doc.undoStack()->redo();
    EXPECT_EQ(doc.ruleSettings().spanOfControl, 40);
    doc.changeRuleSettings(raised); // unchanged: no step
    EXPECT_EQ(doc.undoStack()->count(), 1);
}

TEST(Document, ImportsIntoAModifiedPlan)
{
    TempFiles tmp;
    const QString csv = tmp.path(QStringLiteral("org.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("id,name,manager_id,title\n1,Ann,,CTO\n2,Bo,1,Software Engineer\n");
    f.close();
    Document doc;
    QString error;
    EXPECT_FALSE(doc.importFile(csv, {}, &error)); // no role column
    LoadOptions options;
    options.inferRolesWithoutRoleColumn = true;
    ASSERT_TRUE(doc.importFile(csv, options, &error)) << error.toStdString();
    EXPECT_EQ(doc.org().size(), 2);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.scenarioNames(), QStringList{defaultScenarioName()});
    // A cancelled import stops at the next chunk of rows and yields nothing.
    QByteArray big = "id,name,manager_id,role\n1,Ann,,cto\n";
    for (int i = 2; i <= int(CsvImporter::kCancelChunk) + 10; ++i)
        big += QByteArray::number(i) + ",P" + QByteArray::number(i) + ",1,engineer\n";
    const QString large = tmp.path(QStringLiteral("large.csv"));
    QFile g(large);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write(big);
    g.close();
    std::atomic<bool> cancel{false};
    options.cancel = &cancel;
    ASSERT_TRUE(Document::readImport(large, options, &error).has_value()) << error.toStdString();
    cancel = true;
    EXPECT_FALSE(Document::readImport(large, options, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled"))) << error.toStdString();
}
