// SPDX-License-Identifier: MIT
// Moves carry team and product line (Document::move/moveAll), the --keep-team
// preference, bulk edits of a selection, and undo that stays in its scenario.
#include "edit/document.h"
#include "edit/movepositioncommand.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

// b's part of the org: e shares b's team; f and g below e share e's team and
// product line; h differs (team Platform) and i below h shares e's old ones
// again; j works for b in another team.
const QString kCsv = QStringLiteral(
    "id,name,manager_id,role,title,team,product_line\n"
    "a,Ann,,cto,CTO,Core,\n"
    "b,Bo,a,tech_manager,EM,Pay,Payments\n"
    "c,Cy,a,tech_manager,EM,Web,Shop\n"
    "e,Ed,b,architect,Arch,Pay,Payments\n"
    "f,Fay,e,programmer,Dev,Pay,Payments\n"
    "g,,f,engineer,,Pay,Payments\n"
    "h,Hal,e,programmer,Dev,Platform,Payments\n"
    "i,Ivy,h,programmer,Dev,Pay,Payments\n"
    "j,Jo,b,programmer,Dev,Other,Risk\n");

void loadInto(Document &doc)
{
    Plan p;
    p.scenarios.push_back({defaultScenarioName(), orgFromCsv(kCsv), 0});
    doc.setPlan(std::move(p));
}

QString teamOf(const Document &doc, const char *id)
{
    const Position &p = doc.org().position(doc.find(QString::fromLatin1(id)));
    return p.team + QLatin1Char('/') + p.productLine;
}

/// "id=team/product line" of each id in `ids` (space-separated), for one comparison.
QString teamsOf(const Document &doc, const char *ids)
{
    QStringList out;
    for (const QString &id : QString::fromLatin1(ids).split(QLatin1Char(' ')))
        out << id + QLatin1Char('=') + teamOf(doc, id.toLatin1().constData());
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(MoveTeam, MovedPositionAndTheSubtreeThatSharedItsTeamTakeTheNewTeam)
{
    Document doc;
    loadInto(doc);
    const Org before = doc.org();
    QString error;
    ASSERT_TRUE(doc.movesCarryTeam());
    ASSERT_TRUE(doc.move(QStringLiteral("e"), QStringLiteral("c"), &error)) << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.org().manager(doc.find(QStringLiteral("e"))), doc.find(QStringLiteral("c")));
    // The walk stops at h (another team), so i below it keeps its team too.
    EXPECT_EQ(teamsOf(doc, "e f g h i b"), QStringLiteral("e=Web/Shop f=Web/Shop g=Web/Shop h=Platform/Payments "
                                                          "i=Pay/Payments b=Pay/Payments"));
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Move Ed to Cy"));

    // Undo restores every field, redo carries again.
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
    doc.undoStack()->redo();
    EXPECT_EQ(teamOf(doc, "g"), QStringLiteral("Web/Shop"));
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
}

TEST(MoveTeam, APositionInAnotherTeamThanItsManagerKeepsIt)
{
    Document doc;
    loadInto(doc);
    ASSERT_TRUE(doc.move(QStringLiteral("j"), QStringLiteral("c")));
    EXPECT_EQ(teamOf(doc, "j"), QStringLiteral("Other/Risk"));
    // h differs from its manager e: it keeps Platform, and i below it keeps Pay.
    ASSERT_TRUE(doc.move(QStringLiteral("h"), QStringLiteral("c")));
    EXPECT_EQ(teamsOf(doc, "h i"), QStringLiteral("h=Platform/Payments i=Pay/Payments"));
    // A move to the top carries nothing.
    ASSERT_TRUE(doc.move(QStringLiteral("e"), QString()));
    EXPECT_EQ(teamOf(doc, "e"), QStringLiteral("Pay/Payments"));
}

TEST(MoveTeam, KeepTeamPreferenceKeepsEveryField)
{
    Document doc;
    loadInto(doc);
    doc.setMovesCarryTeam(false);
    ASSERT_TRUE(doc.move(QStringLiteral("e"), QStringLiteral("c")));
    EXPECT_EQ(teamsOf(doc, "e f"), QStringLiteral("e=Pay/Payments f=Pay/Payments"));
    // The preference belongs to the document, not the plan: a new plan keeps it.
    loadInto(doc);
    EXPECT_FALSE(doc.movesCarryTeam());
}

TEST(MoveTeam, MoveAllCarriesEachAsOneUndoStep)
{
    Document doc;
    loadInto(doc);
    const Org before = doc.org();
    QString error;
    ASSERT_TRUE(doc.moveAll({QStringLiteral("e"), QStringLiteral("j")}, QStringLiteral("c"), &error))
        << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(teamsOf(doc, "e g j"), QStringLiteral("e=Web/Shop g=Web/Shop j=Other/Risk"));
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Move 2 positions to Cy"));
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
}

TEST(MoveTeam, CarriedListIsEmptyWhenNothingWouldChange)
{
    Document doc;
    loadInto(doc);
    const Org &o = doc.org();
    // f moves from e to b: same team and product line, nothing to carry.
    EXPECT_TRUE(MovePositionCommand::carried(o, o.find(QStringLiteral("f")), o.find(QStringLiteral("b"))).empty());
    EXPECT_EQ(MovePositionCommand::carried(o, o.find(QStringLiteral("e")), o.find(QStringLiteral("c"))).size(), 3u);
}

TEST(BulkEdit, TeamProductLineAndRoleOfASelectionAsOneStep)
{
    Document doc;
    loadInto(doc);
    const Org before = doc.org();
    QString error;
    ASSERT_TRUE(doc.editPositions({QStringLiteral("f"), QStringLiteral("h"), QStringLiteral("j")},
                                  QStringLiteral("Core"), std::nullopt, QStringLiteral("Engineer"), &error))
        << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Edit 3 positions"));
    for (const char *id : {"f", "h", "j"}) {
        const Position &p = doc.org().position(doc.find(QString::fromLatin1(id)));
        EXPECT_EQ(p.team, QStringLiteral("Core")) << id;
        EXPECT_EQ(p.role, QStringLiteral("engineer")) << id;
    }
    // Product line left as it was.
    EXPECT_EQ(teamOf(doc, "j"), QStringLiteral("Core/Risk"));
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.org() == before);
    // Nothing changes: no step; an unknown role or id: refused, nothing changes.
    ASSERT_TRUE(doc.editPositions({QStringLiteral("f")}, QStringLiteral("Pay"), QStringLiteral("Payments"),
                                  std::nullopt));
    EXPECT_EQ(doc.undoStack()->index(), 0);
    expectRefused(doc, "wizard", [&doc](QString *error) {
        return doc.editPositions({QStringLiteral("f")}, std::nullopt, std::nullopt, QStringLiteral("wizard"), error);
    });
    expectRefused(doc, "zz", [&doc](QString *error) {
        return doc.editPositions({QStringLiteral("f"), QStringLiteral("zz")}, QStringLiteral("X"), {}, {}, error);
    });
    EXPECT_TRUE(doc.org() == before);
}

TEST(ScenarioUndo, UndoNeverSwitchesTheScenario)
{
    Document doc;
    loadInto(doc);
    ASSERT_TRUE(doc.duplicateScenario(QString(), QStringLiteral("Reorg A")));
    ASSERT_TRUE(doc.rename(QStringLiteral("f"), QStringLiteral("Faye")));   // in Current
    ASSERT_TRUE(doc.switchScenario(QStringLiteral("Reorg A")));
    EXPECT_FALSE(doc.canUndo());
    EXPECT_EQ(doc.undoBlockedBy(), defaultScenarioName());
    EXPECT_FALSE(doc.undo());
    EXPECT_EQ(doc.currentScenarioName(), QStringLiteral("Reorg A"));
    EXPECT_EQ(doc.plan().scenarios[0].org.position(doc.plan().scenarios[0].org.find(QStringLiteral("f"))).name,
              QStringLiteral("Faye"));

    // An edit here is undone here; the one in Current stays blocked below it.
    ASSERT_TRUE(doc.move(QStringLiteral("j"), QStringLiteral("c")));
    EXPECT_TRUE(doc.canUndo());
    EXPECT_TRUE(doc.undo());
    EXPECT_EQ(doc.currentScenarioName(), QStringLiteral("Reorg A"));
    EXPECT_FALSE(doc.canUndo());
    EXPECT_TRUE(doc.canRedo());
    EXPECT_FALSE(doc.canReachIndex(0));
    EXPECT_TRUE(doc.canReachIndex(2));

    // A whole-plan step (rule settings) undoes from any scenario.
    RuleSettings s = doc.ruleSettings();
    s.spanOfControl += 3;
    doc.changeRuleSettings(s);
    EXPECT_EQ(doc.stepScenario(doc.undoStack()->index() - 1), -1);
    EXPECT_TRUE(doc.undo());
    EXPECT_FALSE(doc.ruleSettings() == s);

    // Back in Current, its edit undoes.
    ASSERT_TRUE(doc.switchScenario(defaultScenarioName()));
    EXPECT_TRUE(doc.undo());
    EXPECT_EQ(doc.org().position(doc.find(QStringLiteral("f"))).name, QStringLiteral("Fay"));
}

TEST(ScenarioUndo, RolesReplacedInEveryScenarioUndoWhereTheUserIs)
{
    Document doc;
    loadInto(doc);
    ASSERT_TRUE(doc.duplicateScenario(QString(), QStringLiteral("Reorg A")));
    RoleCatalogue fewer = doc.roles();
    ASSERT_TRUE(fewer.remove(QStringLiteral("programmer")));
    ASSERT_TRUE(doc.changeRoles(fewer, {{QStringLiteral("programmer"), QStringLiteral("engineer")}}));
    EXPECT_EQ(doc.currentScenario(), 0);
    ASSERT_TRUE(doc.switchScenario(QStringLiteral("Reorg A")));
    EXPECT_TRUE(doc.canUndo());
    EXPECT_TRUE(doc.undo());
    EXPECT_EQ(doc.currentScenarioName(), QStringLiteral("Reorg A"));
    for (const Scenario &sc : doc.plan().scenarios)
        EXPECT_EQ(sc.org.position(sc.org.find(QStringLiteral("f"))).role, QStringLiteral("programmer"));
    EXPECT_NE(doc.roles().find(QStringLiteral("programmer")), nullptr);
    EXPECT_TRUE(doc.redo());
    EXPECT_EQ(doc.currentScenarioName(), QStringLiteral("Reorg A"));
    EXPECT_EQ(doc.org().position(doc.find(QStringLiteral("f"))).role, QStringLiteral("engineer"));
}

TEST(HistoryText, EntriesNamePeopleAndOpenPositionsByRole)
{
    Document doc;
    loadInto(doc);
    ASSERT_TRUE(doc.rename(QStringLiteral("e"), QStringLiteral("Eddie")));
    EXPECT_EQ(doc.undoStack()->text(0), QStringLiteral("Rename Ed"));
    ASSERT_TRUE(doc.changeRole(QStringLiteral("g"), QStringLiteral("architect")));
    EXPECT_EQ(doc.undoStack()->text(1), QStringLiteral("Change role of Open position (Engineer) to Architect"));
    QString id;
    ASSERT_TRUE(doc.addOpenPosition(QStringLiteral("c"), QStringLiteral("engineer"), &id));
    EXPECT_EQ(doc.undoStack()->text(2), QStringLiteral("Add Open position (Engineer)"));
    ASSERT_TRUE(doc.setField(QStringLiteral("j"), QStringLiteral("product_line"), QStringLiteral("X")));
    EXPECT_EQ(doc.undoStack()->text(3), QStringLiteral("Set product line of Jo"));
    ASSERT_TRUE(doc.removePositions({QStringLiteral("i"), QStringLiteral("j")}, false));
    EXPECT_EQ(doc.undoStack()->text(4), QStringLiteral("Delete 2 positions"));
    // Written again (same language here): the same texts, macros included.
    doc.retranslateHistory();
    EXPECT_EQ(doc.undoStack()->text(0), QStringLiteral("Rename Ed"));
    EXPECT_EQ(doc.undoStack()->text(4), QStringLiteral("Delete 2 positions"));
}
