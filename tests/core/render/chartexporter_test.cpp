// SPDX-License-Identifier: MIT
#include "render/chartexporter.h"
#include "rules/ruleengine.h"

#include "testutil.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace org;

namespace {

const char *kCsv =
    "id,name,manager_id,role,team,title\n"
    "cto,王伟,,cto,Platform,Chief Technology Officer\n"
    "d1,Alice Johnson,cto,tech_director,Platform,Director of Engineering\n"
    "m1,欧阳娜,d1,tech_manager,Payments,Engineering Manager\n"
    "m2,Robert Smith,d1,tech_manager,Search,Engineering Manager\n"
    "e1,,m1,engineer,Payments,\n"
    "e2,Zoë Müller-Lüdenscheidt-Featherstonehaugh,m1,engineer,Payments,Senior Software Engineer\n"
    "e3,李强,m2,programmer,Search,Programmer\n";

Org bigOrg(int n)
{
    QString csv = QStringLiteral("id,name,manager_id,role,team\n");
    csv += QStringLiteral("0,王伟,,cto,Core\n");
    for (int i = 1; i < n; ++i)
        csv += QStringLiteral("%1,%2,%3,%4,Team %5\n")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("Person %1").arg(i) : QStringLiteral("张伟%1").arg(i))
                   .arg((i - 1) / 6)
                   .arg(i < 7 ? QStringLiteral("tech_director") : QStringLiteral("engineer"))
                   .arg(i % 13);
    return test::orgFromCsv(csv);
}

bool notBlank(const QImage &img)
{
    const QRgb first = img.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            different += img.pixel(x, y) != first;
    return different > 100;
}

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

TEST(CardPainter, MeasuresWithinBoundsAndGivesInitials)
{
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    const CardPainter cp(CardStyle{}, RoleCatalogue::defaults(), QStringLiteral("en"));
    for (const QSizeF &s : cp.measure(org)) {
        EXPECT_GE(s.width(), 200);
        EXPECT_LE(s.width(), 300);
        EXPECT_EQ(s.height(), 90);
    }
    EXPECT_EQ(cp.measure(org, org.find(QStringLiteral("e2"))).width(), 300); // long name: capped, elided
    EXPECT_EQ(CardPainter::initials(QStringLiteral("Steven King")), QStringLiteral("SK"));
    EXPECT_EQ(CardPainter::initials(QStringLiteral("王伟")), QStringLiteral("王"));
    EXPECT_EQ(CardPainter::initials(QString()), QString());
}

TEST(CardPainter, TextStaysInsideTheCard)
{
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    const CardPainter cp(CardStyle{}, RoleCatalogue::defaults(), QStringLiteral("en"));
    const Org::Vertex v = org.find(QStringLiteral("e2"));
    QImage img(400, 200, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        cp.paint(p, org, v, QRectF(50, 50, 300, 90), CardBadge{});
    }
    // Nothing drawn outside the card's rectangle (antialiasing: 2 px slack).
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (x < 48 || x > 352 || y < 48 || y > 142) {
                ASSERT_EQ(img.pixel(x, y), qRgb(255, 255, 255)) << x << "," << y;
            }
}

TEST(ChartExporter, PngLoadsAndIsNotBlank)
{
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    const RuleEngine engine(RoleCatalogue::defaults(), RuleSettings{});
    ChartExporter ex(org, RoleCatalogue::defaults(), engine.check(org), QStringLiteral("en"));
    test::TempFiles tmp;
    ExportOptions o;
    o.title = QStringLiteral("Test org");
    ASSERT_TRUE(ex.write(tmp.path(QStringLiteral("c.png")), o)) << ex.errorString().toStdString();
    QImage img(tmp.path(QStringLiteral("c.png")));
    ASSERT_FALSE(img.isNull());
    EXPECT_GT(img.width(), 500);
    EXPECT_TRUE(notBlank(img));
}

TEST(ChartExporter, PngRefusesHugeChartsInsteadOfWritingAnEmptyImage)
{
    const Org org = bigOrg(400);
    ChartExporter ex(org, RoleCatalogue::defaults(), {}, QStringLiteral("en"));
    test::TempFiles tmp;
    ExportOptions o;
    o.scale = 4;
    o.maxPngSide = 4000;
    EXPECT_FALSE(ex.write(tmp.path(QStringLiteral("big.png")), o));
    EXPECT_TRUE(ex.errorString().contains(QStringLiteral("PNG"))) << ex.errorString().toStdString();
    EXPECT_FALSE(QFile::exists(tmp.path(QStringLiteral("big.png"))));
}

TEST(ChartExporter, SvgParses)
{
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    ChartExporter ex(org, RoleCatalogue::defaults(), {}, QStringLiteral("en"));
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("c.svg"));
    ASSERT_TRUE(ex.write(path, ExportOptions{}));
    QSvgRenderer r(path);
    EXPECT_TRUE(r.isValid());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int texts = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(texts, 10);
}

TEST(ChartExporter, PdfFitIsOnePageWithChineseAndEnglishText)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils not installed";
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    ChartExporter ex(org, RoleCatalogue::defaults(), {}, QStringLiteral("en"));
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("c.pdf"));
    ASSERT_TRUE(ex.write(path, ExportOptions{}));
    EXPECT_EQ(ex.pageCount(), 1);
    EXPECT_EQ(pdfPages(path), 1);
    const QString text = pdftotext(path);
    EXPECT_TRUE(text.contains(QStringLiteral("王伟"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Alice Johnson"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Open position")));
}

TEST(ChartExporter, PdfA4SplitsALargeChartBySubtree)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils not installed";
    const Org org = bigOrg(600);
    ChartExporter ex(org, RoleCatalogue::defaults(), {}, QStringLiteral("en"));
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("big.pdf"));
    ExportOptions o;
    o.page = ExportOptions::Page::A4;
    ASSERT_TRUE(ex.write(path, o));
    EXPECT_GT(ex.pageCount(), 1);
    EXPECT_EQ(pdfPages(path), ex.pageCount());
    const QString text = pdftotext(path);
    EXPECT_TRUE(text.contains(QStringLiteral("continued on page"))) << text.left(2000).toStdString();
    // Small subtrees share pages, each under a line naming its manager's page.
    EXPECT_LE(ex.pageCount(), 40);
    EXPECT_TRUE(text.contains(QStringLiteral("reports to"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("王伟")));
    EXPECT_TRUE(text.contains(QStringLiteral("Person 1")));
    // Every position is on some page.
    for (int i = 1; i < 600; i += 37)
        EXPECT_TRUE(text.contains(org.position(Org::Vertex(i)).name)) << i;
}
