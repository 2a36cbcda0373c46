// SPDX-License-Identifier: MIT
#include "uitestutil.h"

#include "chartscene.h"
#include "chartview.h"
#include "layout/treelayout.h"
#include "peoplemodel.h"
#include "problemmodel.h"
#include "rules/stats.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QTest>
#include <QTimer>

#include <cmath>

namespace org::ui::test {

QString MainWindowTest::expectedStatusCounts() const
{
    int headcount = 0, open = 0;
    for (const Position &p : doc()->org().positions())
        if (OrgStats::inHeadcount(p)) {
            ++headcount;
            open += p.isOpen();
        }
    return QStringLiteral("Headcount: %1 · Open positions: %2").arg(headcount).arg(open);
}

QString MainWindowTest::managerInPeopleList(const QString &id) const
{
    const int row = window->peopleModel()->rowOf(id);
    return window->peopleModel()->index(row, PeopleModel::ManagerColumn).data().toString();
}

void MainWindowTest::expectFullLayout(const std::string &what) const
{
    const ChartScene *scene = window->scene();
    const Org &org = doc()->org();
    LayoutOptions o;
    o.orientation = scene->orientation();
    o.compact = scene->isCompact();
    o.collapsed.assign(std::size_t(org.size()), 0);
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v)
        o.collapsed[v] = scene->isCollapsed(org.position(v).id);
    const LayoutResult want = TreeLayout(o).layout(org, scene->cardPainter().measure(org));
    const LayoutResult &got = scene->layoutResult();
    ASSERT_EQ(got.shown, want.shown) << what;
    ASSERT_EQ(got.truncated, want.truncated) << what;
    ASSERT_EQ(got.connectors.size(), want.connectors.size()) << what;
    for (std::size_t v = 0; v < want.rects.size(); ++v) {
        const QRectF &a = got.rects[v], &b = want.rects[v];
        ASSERT_EQ(a.isNull(), b.isNull()) << what << " card " << v;
        ASSERT_LT(std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()), 1e-6) << what << " card " << v;
    }
    ASSERT_LT(std::abs(got.bounds.width() - want.bounds.width()), 1e-6) << what;
    for (Org::Vertex v : got.shown)
        ASSERT_EQ(scene->cardAt(got.rects[v].center()), v) << what << " card " << v;
}

void MainWindowTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    showWindow();
}

void MainWindowTest::showWindow(QSize size, bool animated)
{
    window = std::make_unique<MainWindow>();
    window->resize(size);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    if (!animated)
        window->scene()->setAnimated(false);
}

QString MainWindowTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

void MainWindowTest::openFile(const QString &path)
{
    QString error;
    ASSERT_TRUE(window->openFile(path, false, &error)) << path.toStdString() << ": " << error.toStdString();
    settle();
}

QPoint MainWindowTest::viewPos(const QString &id) const
{
    const QRectF r = window->scene()->cardRect(id);
    EXPECT_FALSE(r.isNull()) << id.toStdString();
    return window->chartView()->mapFromScene(r.center());
}

QWidget *MainWindowTest::pressAndMoveOnto(const QString &from, const QString &to, Qt::KeyboardModifiers mods)
{
    QWidget *vp = window->chartView()->viewport();
    const QPoint a = viewPos(from), b = viewPos(to);
    QTest::mousePress(vp, Qt::LeftButton, mods, a);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(vp, a + (b - a) * i / 6);
    return vp;
}

QPoint MainWindowTest::dragCard(const QString &from, const QString &to, Qt::KeyboardModifiers mods)
{
    QWidget *vp = pressAndMoveOnto(from, to, mods);
    const QPoint drop = viewPos(to);
    QTest::mouseMove(vp, drop);
    QTest::mouseRelease(vp, Qt::LeftButton, mods, drop);
    settle();
    return drop;
}

void MainWindowTest::settle()
{
    QCoreApplication::processEvents();
    QTest::qWait(30);
    window->scene()->ensureLayout();
}

QString MainWindowTest::managerOf(const QString &id) const
{
    const Org &o = doc()->org();
    const Org::Vertex m = o.manager(o.find(id));
    return m == Org::npos ? QString() : o.position(m).id;
}

int MainWindowTest::problemModelRows(const QString &ruleName) const
{
    int n = 0;
    ProblemModel *m = window->problemModel();
    for (int r = 0; r < m->rowCount(); ++r)
        n += m->index(r, ProblemModel::RuleColumn).data().toString() == ruleName;
    return n;
}

void MainWindowTest::withDialog(const QString &actionName, const std::function<void(QDialog *)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        seen = true;
        fill(d);
    });
    window->action(actionName)->trigger();
    settle();
    EXPECT_TRUE(seen);
}

} // namespace org::ui::test
