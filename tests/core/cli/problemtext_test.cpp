// SPDX-License-Identifier: MIT
// validate's text of the problems (also printed by apply) goes out in chunks of about
// 1 MB as it is made: for an org with tens of thousands of problems (several chunks)
// every line must still be there once, in order, each as the JSON of the same run says.
#include "rules/ruleengine.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace org;
using namespace org::test;

namespace {

/// A CTO over a chain of `n` engineers, each managing the next: every manager of the chain
/// has too few reports and each engineer reports to a peer (about 2n problems, ~200 bytes a line).
QByteArray chainOrg(int n)
{
    QByteArray csv = "id,name,manager_id,role\ncto,Chief,,cto\ne0,Eng 0,cto,engineer\n";
    for (int i = 1; i < n; ++i)
        csv += "e" + QByteArray::number(i) + ",Eng " + QByteArray::number(i) + ",e" + QByteArray::number(i - 1)
               + ",engineer\n";
    return csv;
}

QString severityWord(const QString &severity)
{
    return severity.leftJustified(8); // en: "error", "warning", "info"
}

/// The text lines validate prints for the problems of `json` (en), in order.
QStringList expectedLines(const QJsonObject &json)
{
    QStringList lines;
    int counts[3] = {0, 0, 0};
    for (const QJsonValue &v : json.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString severity = p.value(QStringLiteral("severity")).toString();
        ++counts[severity == QLatin1String("error") ? 0 : severity == QLatin1String("warning") ? 1 : 2];
        const QString rule = p.value(QStringLiteral("rule")).toString();
        lines << severityWord(severity) + QLatin1Char(' ') + p.value(QStringLiteral("position")).toString()
                     + QStringLiteral(" [") + RuleEngine::ruleName(rule) + QStringLiteral("] ") + rule
                     + QStringLiteral(": ") + p.value(QStringLiteral("message")).toString();
    }
    const auto count = [](int n, const char *word) -> QString {
        return QString::number(n) + QLatin1Char(' ') + QLatin1String(word) + (n == 1 ? QString() : QStringLiteral("s"));
    };
    lines << count(counts[0], "error") + QStringLiteral(", ") + count(counts[1], "warning") + QStringLiteral(", ")
                 + count(counts[2], "info");
    return lines;
}

} // namespace

TEST(ProblemText, ManyChunksOfLinesAreAllPrintedInOrder)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("chain.csv"), chainOrg(25000));
    const CliRun json = runCli({QStringLiteral("validate"), csv, QStringLiteral("--format"), QStringLiteral("json")});
    const CliRun text = runCli({QStringLiteral("validate"), csv});
    ASSERT_EQ(json.exitCode, text.exitCode) << text.err.toStdString();
    const QJsonObject parsed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    ASSERT_GT(parsed.value(QStringLiteral("problems")).toArray().size(), 40000);
    ASSERT_GT(text.out.toUtf8().size(), 4 << 20); // several chunks
    QStringList lines = text.out.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.takeLast(), QString()); // the text ends with a newline
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.takeFirst(), csv + QStringLiteral(": 25001 positions, 0 open"));
    const QStringList expected = expectedLines(parsed);
    ASSERT_EQ(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        ASSERT_EQ(lines[i], expected[i]) << "line " << i + 2;
}

TEST(ProblemText, ChineseLinesAreWholeAcrossChunks)
{
    TempFiles t;
    const QString csv = t.write(QStringLiteral("chain.csv"), chainOrg(12000));
    const QStringList zh{QStringLiteral("--lang"), QStringLiteral("zh_CN")};
    const CliRun json = runCli(QStringList{QStringLiteral("validate"), csv, QStringLiteral("--format"),
                                           QStringLiteral("json")} + zh);
    const CliRun text = runCli(QStringList{QStringLiteral("validate"), csv} + zh);
    const QJsonArray problems = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
    QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), problems.size() + 2) << text.err.toStdString();
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QJsonObject p = problems[i].toObject();
        const QString tail = QLatin1Char(' ') + p.value(QStringLiteral("rule")).toString() + QStringLiteral(": ")
                             + p.value(QStringLiteral("message")).toString();
        ASSERT_TRUE(lines[i + 1].endsWith(tail)) << "line " << i + 2 << ": " << lines[i + 1].toStdString();
        ASSERT_TRUE(lines[i + 1].contains(QLatin1Char(' ') + p.value(QStringLiteral("position")).toString()
                                          + QStringLiteral(" [")));
    }
}
