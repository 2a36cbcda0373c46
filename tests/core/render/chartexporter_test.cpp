// SPDX-License-Identifier: MIT
#include "i18n/language.h"
#include "render/chartexporter.h"
#include "rules/ruleengine.h"

#include "testutil.h"

#include <QElapsedTimer>
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

/// An exporter of `org` in English with the default roles and no problems.
ChartExporter englishExporter(const Org &org)
{
    return ChartExporter(org, RoleCatalogue::defaults(), {}, Translator(QStringLiteral("en")));
}

/// Expects `ex` to refuse writing `path` with `o`: false, an error naming each of
/// `words`, and no file left behind.
void expectRefusal(ChartExporter &ex, const QString &path, const ExportOptions &o, const QStringList &words)
{
    EXPECT_FALSE(ex.write(path, o));
    for (const QString &w : words)
        EXPECT_TRUE(ex.errorString().contains(w)) << ex.errorString().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

/// pdftotext and pdfinfo (Debian: poppler-utils) are installed.
bool hasPopplerUtils()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
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
    const CardPainter cp(CardStyle{}, RoleCatalogue::defaults(), Translator(QStringLiteral("en")));
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
    const CardPainter cp(CardStyle{}, RoleCatalogue::defaults(), Translator(QStringLiteral("en")));
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
    ChartExporter ex(org, RoleCatalogue::defaults(), engine.check(org), Translator(QStringLiteral("en")));
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
    ChartExporter ex = englishExporter(org);
    test::TempFiles tmp;
    ExportOptions o;
    o.scale = 4;
    o.maxPngSide = 4000;
    expectRefusal(ex, tmp.path(QStringLiteral("big.png")), o, {QStringLiteral("PNG")});
}

TEST(ChartExporter, SvgParses)
{
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    ChartExporter ex = englishExporter(org);
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
    if (!hasPopplerUtils())
        GTEST_SKIP() << "poppler-utils not installed";
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    ChartExporter ex = englishExporter(org);
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

TEST(ChartExporter, ChinesePdfWhileTheAppSpeaksEnglishIsChineseThroughout)
{
    if (!hasPopplerUtils())
        GTEST_SKIP() << "poppler-utils not installed";
    ASSERT_TRUE(setLanguage(QStringLiteral("en")));
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    // One error and one warning: both legend entries.
    std::vector<Problem> problems(2);
    problems[0].anchor = 1;
    problems[1].anchor = 2;
    problems[1].severity = Severity::Warning;
    ChartExporter ex(org, RoleCatalogue::defaults(), problems, Translator(QStringLiteral("zh_CN")));
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("zh.pdf"));
    ASSERT_TRUE(ex.write(path, ExportOptions{}));
    const QString text = pdftotext(path);
    EXPECT_TRUE(text.contains(QStringLiteral("空缺职位"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("图例"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("7 个岗位"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("问题（错误）"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("问题（警告）"))) << text.toStdString();
    for (const char *english : {"Open position", "Legend", "position", "problem"})
        EXPECT_FALSE(text.contains(QLatin1String(english), Qt::CaseInsensitive)) << english << "\n" << text.toStdString();

    // Paged: the page marks too; and the application still speaks English.
    const Org big = bigOrg(600);
    ChartExporter paged(big, RoleCatalogue::defaults(), {}, Translator(QStringLiteral("zh_CN")));
    ExportOptions a4;
    a4.page = ExportOptions::Page::A4;
    const QString pagedPath = tmp.path(QStringLiteral("zh-a4.pdf"));
    ASSERT_TRUE(paged.write(pagedPath, a4));
    ASSERT_GT(paged.pageCount(), 1);
    // The page marks whole: 页 used to come out as the radical ⻚ (PdfFonts).
    const QString pages = pdftotext(pagedPath);
    EXPECT_TRUE(pages.contains(QStringLiteral("续见第 2 页"))) << pages.toStdString();
    EXPECT_TRUE(pages.contains(QStringLiteral("第 1 页，共 %1 页").arg(paged.pageCount()))) << pages.toStdString();
    EXPECT_TRUE(pages.contains(QStringLiteral("汇报给"))) << pages.toStdString();
    for (const char *english : {"continued on", "Page ", "reports to"})
        EXPECT_FALSE(pages.contains(QLatin1String(english))) << english;
    EXPECT_EQ(language(), QStringLiteral("en"));
    EXPECT_EQ(CardPainter::openPositionText(), QStringLiteral("Open position"));
}

TEST(ChartExporter, EnglishSvgWhileTheAppSpeaksChineseIsEnglishThroughout)
{
    ASSERT_TRUE(setLanguage(QStringLiteral("zh_CN")));
    const Org org = test::orgFromCsv(QString::fromUtf8(kCsv));
    ChartExporter ex = englishExporter(org);
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("en.svg"));
    const bool ok = ex.write(path, ExportOptions{});
    EXPECT_EQ(CardPainter::openPositionText(), QStringLiteral("空缺职位"));
    ASSERT_TRUE(setLanguage(QStringLiteral("en")));
    ASSERT_TRUE(ok);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(svg.contains(QLatin1String("Open position")));
    EXPECT_TRUE(svg.contains(QLatin1String("Legend:")));
    EXPECT_TRUE(svg.contains(QLatin1String("7 positions")));
    for (const char *chinese : {"空缺职位", "图例", "岗位"})
        EXPECT_FALSE(svg.contains(QString::fromUtf8(chinese))) << chinese;
}

TEST(ChartExporter, PdfA4SplitsALargeChartBySubtree)
{
    if (!hasPopplerUtils())
        GTEST_SKIP() << "poppler-utils not installed";
    const Org org = bigOrg(600);
    ChartExporter ex = englishExporter(org);
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

namespace {

/// A chain: position i reports to i - 1 (names "Node-00042").
Org chainOrg(int n)
{
    QString csv = QStringLiteral("id,name,manager_id,role\n");
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("%1,Node-%2,%3,engineer\n")
                   .arg(QString::number(i), QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')),
                        i > 0 ? QString::number(i - 1) : QString());
    return test::orgFromCsv(csv);
}

/// One manager with `reports` direct reports.
Org wideOrg(int reports)
{
    QString csv = QStringLiteral("id,name,manager_id,role\nboss,Boss,,cto\n");
    for (int i = 0; i < reports; ++i)
        csv += QStringLiteral("r%1,Report-%1,boss,engineer\n").arg(i);
    return test::orgFromCsv(csv);
}

QString pdftotextPages(const QString &pdf, int first, int last)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                          QString::number(first), QStringLiteral("-l"), QString::number(last), pdf,
                                          QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Writes `org` as A4 PDF pages in English to `name` in `tmp` and returns the path;
/// expects `pages` pages from the exporter and in the file (when poppler-utils is installed).
QString writeA4Pdf(test::TempFiles &tmp, const char *name, const Org &org, int pages)
{
    ChartExporter ex = englishExporter(org);
    const QString path = tmp.path(QString::fromLatin1(name));
    ExportOptions o;
    o.page = ExportOptions::Page::A4;
    EXPECT_TRUE(ex.write(path, o)) << ex.errorString().toStdString();
    EXPECT_EQ(ex.pageCount(), pages);
    if (hasPopplerUtils()) {
        EXPECT_EQ(pdfPages(path), pages);
    }
    return path;
}

} // namespace

TEST(ChartExporter, PdfA4OfADeepChainPagesItLevelByLevel)
{
    // 20,000 levels: every page holds a few levels and continues on the next.
    // Each page used to keep a layout of the whole org (O(N) per page).
    // An A4 page at half size has room for 12 levels of 90 px cards 56 px apart:
    // ⌈20,000 / 12⌉ = 1,667 pages.
    const int pages = 1667;
    test::TempFiles tmp;
    const QString path = writeA4Pdf(tmp, "chain.pdf", chainOrg(20000), pages);
    if (!hasPopplerUtils())
        GTEST_SKIP() << "poppler-utils not installed";
    const QString first = pdftotextPages(path, 1, 2);
    EXPECT_TRUE(first.contains(QStringLiteral("Node-00000")));
    EXPECT_TRUE(first.contains(QStringLiteral("continued on page 2"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("reports to"))) << first.toStdString();
    const QString last = pdftotextPages(path, pages, pages);
    EXPECT_TRUE(last.contains(QStringLiteral("Node-19999"))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("(page %1)").arg(pages - 1))) << last.toStdString();
}

TEST(ChartExporter, PdfFitRefusesAChartLargerThanAPdfPage)
{
    // 3,000 reports in one row: about 700,000 px wide, far beyond 200 inches at half size.
    const Org org = wideOrg(3000);
    ChartExporter ex = englishExporter(org);
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("wide.pdf"));
    QElapsedTimer timer;
    timer.start();
    expectRefusal(ex, path, ExportOptions{},
                  {QStringLiteral("--page A4"), QStringLiteral("--root"), QStringLiteral("--depth")});
    EXPECT_LT(timer.elapsed(), 20000);
    EXPECT_EQ(ex.pageCount(), 0);
    // A part of the same org still makes one page: a limit, not a ban.
    ExportOptions part;
    part.layout.root = org.find(QStringLiteral("r7"));
    EXPECT_TRUE(ex.write(path, part)) << ex.errorString().toStdString();
    EXPECT_EQ(ex.pageCount(), 1);
}

TEST(ChartExporter, PdfA4SharesAHugeTeamOverPages)
{
    const int reports = 2000;
    test::TempFiles tmp;
    // The manager alone on page 1, then grids of 5 × 13 reports (65 a page).
    const QString path = writeA4Pdf(tmp, "team.pdf", wideOrg(reports), 1 + (reports + 64) / 65);
    if (!hasPopplerUtils())
        GTEST_SKIP() << "poppler-utils not installed";
    const QString text = pdftotext(path);
    EXPECT_TRUE(text.contains(QStringLiteral("continued on page 2"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("reports to Boss (page 1)"))) << text.left(2000).toStdString();
    for (int i = 0; i < reports; i += 97)
        EXPECT_TRUE(text.contains(QStringLiteral("Report-%1\n").arg(i))) << i;
    EXPECT_TRUE(text.contains(QStringLiteral("Report-%1\n").arg(reports - 1)));
}

TEST(ChartExporter, SvgRefusesMoreCardsThanItsLimit)
{
    const Org org = bigOrg(400);
    ChartExporter ex = englishExporter(org);
    test::TempFiles tmp;
    const QString path = tmp.path(QStringLiteral("big.svg"));
    ExportOptions o;
    o.maxSvgCards = 399;
    expectRefusal(ex, path, o, {QStringLiteral("400 cards"), QStringLiteral("--depth")});
    o.maxSvgCards = 400;
    EXPECT_TRUE(ex.write(path, o)) << ex.errorString().toStdString();
    o.layout.maxDepth = 2; // 1 + 6 + 36 cards
    o.maxSvgCards = 43;
    EXPECT_TRUE(ex.write(path, o)) << ex.errorString().toStdString();
}
