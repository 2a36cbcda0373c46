// SPDX-License-Identifier: MIT
// `orgdesigner-cli layout --format json`: the JSON written through the chunk
// buffer is valid and names every node, whatever its id (escapes, non-ASCII,
// an id longer than a chunk), to a file and to stdout alike.
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace org;

TEST(CliLayoutJson, EveryIdEscapedAndLongIdsGrowTheChunk)
{
    QTemporaryDir dir;
    const QString longId = QString(3 << 20, QLatin1Char('x')); // 3 MB: more than a 1 MB chunk
    const QStringList ids{QStringLiteral("cto"), QStringLiteral("a\"b\\c"), QStringLiteral("王伟"), longId,
                          QStringLiteral("e")};
    QString csv = QStringLiteral("id,name,manager_id,role\n");
    csv += QStringLiteral("cto,C,,cto\n\"a\"\"b\\c\",A,cto,tech_manager\n王伟,W,\"a\"\"b\\c\",engineer\n");
    csv += longId + QStringLiteral(",L,王伟,engineer\ne,E,") + longId + QStringLiteral(",engineer\n");
    const QString in = dir.filePath(QStringLiteral("org.csv"));
    QFile f(in);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();

    const QString out = dir.filePath(QStringLiteral("out.json"));
    const test::CliRun toFile = test::runCli({QStringLiteral("layout"), in, QStringLiteral("--format"),
                                              QStringLiteral("json"), QStringLiteral("-o"), out});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonArray nodes = doc.object().value(QStringLiteral("nodes")).toArray();
    ASSERT_EQ(nodes.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonObject n = nodes.at(i).toObject();
        EXPECT_EQ(n.value(QStringLiteral("id")).toString(), ids[i]) << i;
        EXPECT_EQ(n.value(QStringLiteral("manager_id")).toString(), i == 0 ? QString() : ids[i - 1]) << i;
        EXPECT_GT(n.value(QStringLiteral("w")).toDouble(), 0) << i;
        EXPECT_GT(n.value(QStringLiteral("y")).toDouble(), i == 0 ? -1 : 0) << i;
    }
    EXPECT_TRUE(nodes.at(0).toObject().value(QStringLiteral("manager_id")).isNull());
    EXPECT_GT(doc.object().value(QStringLiteral("width")).toDouble(), 0);
    EXPECT_TRUE(json.endsWith("}\n"));

    // To stdout: the same JSON, then the layout_ms line.
    const test::CliRun toStdout = test::runCli({QStringLiteral("layout"), in, QStringLiteral("--format"),
                                                QStringLiteral("json")});
    ASSERT_EQ(toStdout.exitCode, 0) << toStdout.err.toStdString();
    const QByteArray printed = toStdout.out.toUtf8();
    ASSERT_TRUE(printed.startsWith(json)) << printed.left(200).toStdString();
    EXPECT_TRUE(printed.mid(json.size()).startsWith("layout_ms=")) << printed.mid(json.size()).toStdString();
}
