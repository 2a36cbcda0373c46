// SPDX-License-Identifier: MIT
// Fixes in bulk and the card menu's structural edits through the Document: each
// is one undo step, undo restores the org exactly, a refusal changes nothing.
#include "edit/document.h"
#include "fix/fixengine.h"
#include "rules/ruleengine.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

void openCsv(Document &doc, const QString &csv)
{
    doc.setAutosaveInterval(0);
    Plan plan;
    plan.scenarios.push_back({defaultScenarioName(), orgFromCsv(csv), 0});
    doc.setPlan(plan);
}

int errors(const Document &doc)
{
    int n = 0;
    for (const Problem &p : doc.problems())
        n += p.severity == Severity::Error;
    return n;
}

QString managerOf(const Document &doc, const QString &id)
{
    return org::test::managerOf(doc.org(), id);
}

/// Two technical managers with 21 engineers each (two director-required errors)
/// and an engineer managing a technical manager (ladder-order).
QString twoBigTeams()
{
    QString csv = QStringLiteral("id,name,manager_id,role,team\nc,Ma Chao,,cto,Tech\n"
                                 "m,Xu Tao,c,tech_manager,Pay\nn,Li Na,c,tech_manager,Web\n"
                                 "x,Wang Wu,c,engineer,Ops\ny,Zhao Liu,x,tech_manager,Ops\n");
    for (int i = 0; i < 21; ++i) {
        csv += QStringLiteral("e%1,Eng %1,m,engineer,Pay\n").arg(i);
        csv += QStringLiteral("f%1,Dev %1,n,engineer,Web\n").arg(i);
    }
    return csv;
}

} // namespace

TEST(DocumentFixAll, AllFixesAreOneUndoStep)
{
    Document doc;
    openCsv(doc, twoBigTeams());
    ASSERT_GE(errors(doc), 3);
    const Org before = doc.org();
    const FixEngine engine(doc.roles(), doc.ruleSettings());
    Org copy = doc.org();
    const std::vector<Fix> fixes = engine.fixAllErrors(copy);
    ASSERT_GE(fixes.size(), 3u);
    EXPECT_EQ(doc.org(), before) << "fixAllErrors on a copy leaves the document alone";

    const int steps = doc.undoStack()->count();
    QString error;
    ASSERT_TRUE(doc.applyFixes(fixes, QStringLiteral("Fix all errors"), &error)) << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Fix all errors"));
    EXPECT_EQ(errors(doc), 0);
    EXPECT_EQ(doc.org(), copy) << "the document ends where the trial copy did";
    doc.undoStack()->undo();
    EXPECT_EQ(doc.org(), before);
    EXPECT_GE(errors(doc), 3);
    doc.undoStack()->redo();
    EXPECT_EQ(doc.org(), copy);
}

TEST(DocumentFixAll, FixesThatCannotApplyChangeNothing)
{
    Document doc;
    openCsv(doc, twoBigTeams());
    const FixEngine engine(doc.roles(), doc.ruleSettings());
    Org copy = doc.org();
    std::vector<Fix> fixes = engine.fixAllErrors(copy);
    ASSERT_FALSE(fixes.empty());
    FixEdit toNobody;
    toNobody.kind = FixEdit::Kind::Move;
    toNobody.id = QStringLiteral("e3");
    toNobody.manager = QStringLiteral("nobody");
    fixes.back().edits.push_back(toNobody);
    const Org before = doc.org();
    const int steps = doc.undoStack()->count();
    QString error;
    EXPECT_FALSE(doc.applyFixes(fixes, QStringLiteral("Fix all errors"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nobody"))) << error.toStdString();
    EXPECT_EQ(doc.org(), before);
    EXPECT_EQ(doc.undoStack()->count(), steps);
    EXPECT_FALSE(doc.applyFixes({}, QStringLiteral("Fix all errors"), &error));
    EXPECT_EQ(doc.undoStack()->count(), steps);
}

TEST(DocumentFixAll, RoleAboveIsTheNextTechnicalRung)
{
    const RoleCatalogue roles = RoleCatalogue::defaults();
    EXPECT_EQ(roles.roleAbove(QStringLiteral("engineer")), QStringLiteral("architect"));
    EXPECT_EQ(roles.roleAbove(QStringLiteral("architect")), QStringLiteral("tech_manager"));
    EXPECT_EQ(roles.roleAbove(QStringLiteral("tech_manager")), QStringLiteral("tech_director"));
    EXPECT_EQ(roles.roleAbove(QStringLiteral("tech_director")), QStringLiteral("cto"));
    EXPECT_EQ(roles.roleAbove(QStringLiteral("tech_partner")), QString());
    EXPECT_EQ(roles.roleAbove(QStringLiteral("no_such_role")), QString());
}

TEST(DocumentFixAll, InsertManagerAboveIsOneUndoStep)
{
    Document doc;
    openCsv(doc, QStringLiteral("id,name,manager_id,role,team,product_line\nc,Ma Chao,,cto,Tech,\n"
                                "m,Xu Tao,c,tech_manager,Pay,Wallet\ne,Eng,m,engineer,Pay,Wallet\n"));
    const Org before = doc.org();
    const int steps = doc.undoStack()->count();
    QString newId, error;
    ASSERT_TRUE(doc.insertManagerAbove(QStringLiteral("m"), {}, &newId, &error)) << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Insert a manager above Xu Tao"));
    const Org::Vertex n = doc.find(newId);
    ASSERT_NE(n, Org::npos);
    const Position &added = doc.org().position(n);
    EXPECT_TRUE(added.isOpen());
    EXPECT_EQ(added.role, QStringLiteral("tech_director"));
    EXPECT_EQ(added.team, QStringLiteral("Pay"));
    EXPECT_EQ(added.productLine, QStringLiteral("Wallet"));
    EXPECT_EQ(managerOf(doc, newId), QStringLiteral("c"));
    EXPECT_EQ(managerOf(doc, QStringLiteral("m")), newId);
    EXPECT_EQ(managerOf(doc, QStringLiteral("e")), QStringLiteral("m")) << "the subtree moves along";
    doc.undoStack()->undo();
    EXPECT_EQ(doc.org(), before);

    // Above a root: a new root; a chosen role wins.
    ASSERT_TRUE(doc.insertManagerAbove(QStringLiteral("c"), QStringLiteral("ceo"), &newId, &error))
        << error.toStdString();
    EXPECT_EQ(managerOf(doc, newId), QString());
    EXPECT_EQ(managerOf(doc, QStringLiteral("c")), newId);
    EXPECT_EQ(doc.org().position(doc.find(newId)).role, QStringLiteral("ceo"));
    doc.undoStack()->undo();

    // Refusals change nothing.
    const int count = doc.undoStack()->count();
    EXPECT_FALSE(doc.insertManagerAbove(QStringLiteral("nobody"), {}, nullptr, &error));
    EXPECT_FALSE(doc.insertManagerAbove(QStringLiteral("m"), QStringLiteral("wizard"), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("wizard"))) << error.toStdString();
    EXPECT_EQ(doc.org(), before);
    EXPECT_EQ(doc.undoStack()->count(), count);
}

TEST(DocumentFixAll, SplitTeamMovesTheSecondHalfUnderANewManager)
{
    QString csv = QStringLiteral("id,name,manager_id,role,team,product_line\nc,Ma Chao,,cto,Tech,\n"
                                 "m,Xu Tao,c,tech_manager,Pay,Wallet\nk,Kim,m,staff,Pay,Wallet\n");
    for (int i = 0; i < 5; ++i)
        csv += QStringLiteral("e%1,Eng %1,m,engineer,Pay,Wallet\n").arg(i);
    csv += QStringLiteral("g,Guest,e4,programmer,Ops,\ns,Sub,e4,programmer,Pay,Wallet\n");
    Document doc;
    openCsv(doc, csv);
    ASSERT_TRUE(doc.setAssistant(QStringLiteral("k"), true));
    const Org before = doc.org();
    const int steps = doc.undoStack()->count();
    QString newId, error;
    ASSERT_TRUE(doc.splitTeam(QStringLiteral("m"), &newId, &error)) << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Split the team of Xu Tao"));
    const Position &added = doc.org().position(doc.find(newId));
    EXPECT_TRUE(added.isOpen());
    EXPECT_EQ(added.role, QStringLiteral("architect")) << "the rung below a technical manager";
    EXPECT_EQ(added.team, QStringLiteral("Pay 2"));
    EXPECT_EQ(added.productLine, QStringLiteral("Wallet"));
    EXPECT_EQ(managerOf(doc, newId), QStringLiteral("m"));
    // Five reports (the assistant stays): e0, e1 stay, e2..e4 move.
    EXPECT_EQ(managerOf(doc, QStringLiteral("k")), QStringLiteral("m"));
    EXPECT_EQ(doc.org().position(doc.find(QStringLiteral("k"))).team, QStringLiteral("Pay"));
    for (const char *stay : {"e0", "e1"}) {
        EXPECT_EQ(managerOf(doc, QLatin1String(stay)), QStringLiteral("m")) << stay;
        EXPECT_EQ(doc.org().position(doc.find(QLatin1String(stay))).team, QStringLiteral("Pay")) << stay;
    }
    for (const char *go : {"e2", "e3", "e4"}) {
        EXPECT_EQ(managerOf(doc, QLatin1String(go)), newId) << go;
        EXPECT_EQ(doc.org().position(doc.find(QLatin1String(go))).team, QStringLiteral("Pay 2")) << go;
    }
    EXPECT_EQ(doc.org().position(doc.find(QStringLiteral("s"))).team, QStringLiteral("Pay 2"));
    EXPECT_EQ(doc.org().position(doc.find(QStringLiteral("g"))).team, QStringLiteral("Ops")) << "another team stays";
    doc.undoStack()->undo();
    EXPECT_EQ(doc.org(), before);

    // A second split of the same team picks the next free name.
    ASSERT_TRUE(doc.splitTeam(QStringLiteral("m"), &newId, &error));
    ASSERT_TRUE(doc.splitTeam(QStringLiteral("m"), &newId, &error));
    EXPECT_EQ(doc.org().position(doc.find(newId)).team, QStringLiteral("Pay 3"));

    // Nothing to split: refused, nothing changes.
    const Org now = doc.org();
    const int count = doc.undoStack()->count();
    EXPECT_FALSE(doc.splitTeam(QStringLiteral("e0"), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Eng 0"))) << error.toStdString();
    EXPECT_EQ(doc.org(), now);
    EXPECT_EQ(doc.undoStack()->count(), count);
}
