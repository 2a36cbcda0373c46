// SPDX-License-Identifier: MIT
// Both languages must be complete: every tr() string of lib/ and app/ is in the
// .ts files, and none is unfinished.
#include "i18n/language.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct TsFile
{
    QSet<QString> finished;   ///< "context|source"
    QStringList unfinished;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString key = context + QLatin1Char('|') + source;
            if (open)
                ts.unfinished << key;
            else
                ts.finished.insert(key);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return ts;
}

QString sourceRoot()
{
    return QStringLiteral(ORG_SAMPLES "/../..");
}

} // namespace

TEST(Translations, NoUnfinishedMessages)
{
    for (const char *lang : {"zh_CN", "en"}) {
        const TsFile ts = readTs(sourceRoot() + QStringLiteral("/translations/orgdesigner_%1.ts").arg(QLatin1String(lang)));
        EXPECT_GT(ts.finished.size(), 50);
        EXPECT_TRUE(ts.unfinished.isEmpty()) << lang << ": " << ts.unfinished.join(QStringLiteral("\n")).toStdString();
    }
}

TEST(Translations, EverySourceStringIsTranslated)
{
    const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFile::exists(lupdate))
        GTEST_SKIP() << "lupdate is not installed (qt6-l10n-tools)";
    org::test::TempFiles tmp;
    const QString fresh = tmp.path(QStringLiteral("fresh.ts"));
    QProcess p;
    p.setWorkingDirectory(sourceRoot());
    p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                      QStringLiteral("lib"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(p.waitForFinished(120000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const TsFile now = readTs(fresh);
    const TsFile zh = readTs(sourceRoot() + QStringLiteral("/translations/orgdesigner_zh_CN.ts"));
    QStringList missing;
    for (const QString &key : now.unfinished)
        if (!zh.finished.contains(key))
            missing << key;
    EXPECT_TRUE(missing.isEmpty()) << "not in orgdesigner_zh_CN.ts (run lupdate, see translations/README.md):\n"
                                   << missing.join(QStringLiteral("\n")).toStdString();
}

TEST(Translations, ChineseIsEmbeddedAndSwitchesAtRunTime)
{
    ASSERT_TRUE(org::setLanguage(QStringLiteral("zh_CN")));
    const QString zh = QCoreApplication::translate("RuleEngine", "Tech director required");
    ASSERT_TRUE(org::setLanguage(QStringLiteral("en")));
    const QString en = QCoreApplication::translate("RuleEngine", "Tech director required");
    EXPECT_EQ(zh, QStringLiteral("需要技术总监"));
    EXPECT_EQ(en, QStringLiteral("Tech director required"));
    EXPECT_FALSE(org::setLanguage(QStringLiteral("fr")));
}
