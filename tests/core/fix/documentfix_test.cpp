// SPDX-License-Identifier: MIT
// A fix through the Document: one undo step, undo restores the org exactly.
#include "edit/document.h"
#include "fix/fixengine.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

TEST(DocumentFix, AFixIsOneUndoStepNamedAfterIt)
{
    QString csv = QStringLiteral("id,name,manager_id,role,team\nc,Ma Chao,,cto,Tech\nm,Xu Tao,c,tech_manager,Pay\n");
    for (int i = 0; i < 21; ++i)
        csv += QStringLiteral("e%1,Eng %1,m,engineer,Pay\n").arg(i);
    Document doc;
    doc.setAutosaveInterval(0);
    Plan plan;
    plan.scenarios.push_back({defaultScenarioName(), orgFromCsv(csv), 0});
    doc.setPlan(plan);
    const Org before = doc.org();
    ASSERT_FALSE(doc.problems().empty());
    ASSERT_EQ(doc.problems().front().rule, QStringLiteral("director-required"));
    const FixEngine engine(doc.roles(), doc.ruleSettings());
    const std::vector<Fix> fixes = engine.fixesFor(doc.org(), doc.problems().front());
    ASSERT_FALSE(fixes.empty());
    const int steps = doc.undoStack()->count();
    QString error;
    ASSERT_TRUE(doc.applyFix(fixes.front(), &error)) << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->undoText(), fixes.front().name);
    for (const Problem &p : doc.problems())
        EXPECT_NE(p.severity, Severity::Error) << p.rule.toStdString();
    Org expected = before;
    ASSERT_TRUE(FixEngine::apply(expected, fixes.front().edits));
    EXPECT_EQ(doc.org(), expected);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.org(), before);
    doc.undoStack()->redo();
    EXPECT_EQ(doc.org(), expected);

    // A fix that cannot apply changes nothing and leaves no step.
    Fix broken = fixes.front();
    FixEdit toNobody;
    toNobody.kind = FixEdit::Kind::Move;
    toNobody.id = QStringLiteral("e3");
    toNobody.manager = QStringLiteral("nobody");
    broken.edits.push_back(toNobody);
    EXPECT_FALSE(doc.applyFix(broken, &error));
    EXPECT_EQ(doc.org(), expected);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
}
