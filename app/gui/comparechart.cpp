// SPDX-License-Identifier: MIT
#include "comparechart.h"

#include "changearrow.h"
#include "chartscene.h"
#include "chartview.h"
#include "edit/document.h"
#include "i18n/language.h"
#include "languagechange.h"
#include "store/scenariodiff.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace org::ui {

namespace {

constexpr qreal kMinZoom = 0.4; ///< fitting the changes never zooms out further: tags stay readable

/// A small picture of a change's mark for the legend: its outline, and for
/// moves the dashed arrow as well.
QPixmap legendSwatch(CardChange change, qreal dpr)
{
    const QSize size(46, 20);
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = ChartScene::changeColor(change);
    if (change == CardChange::Moved) {
        p.setPen(QPen(c, 2, Qt::DashLine, Qt::RoundCap));
        p.drawLine(QPointF(3, 10), QPointF(34, 10));
        QPainterPath head;
        head.moveTo(43, 10);
        head.lineTo(33, 5);
        head.lineTo(33, 15);
        head.closeSubpath();
        p.fillPath(head, c);
        return pm;
    }
    p.setBrush(change == CardChange::Removed ? QColor(0xf3, 0xf4, 0xf6) : QColor(Qt::white));
    p.setPen(QPen(c, 2.5, ChartScene::changePenStyle(change)));
    p.drawRoundedRect(QRectF(3, 3, size.width() - 6, size.height() - 6), 5, 5);
    return pm;
}

} // namespace

CompareChart::CompareChart(QWidget *parent) : QWidget(parent), m_display(new Document(this))
{
    setObjectName(QStringLiteral("compareChart"));
    m_display->setAutosaveInterval(0);
    m_scene = new ChartScene(m_display, this);
    m_scene->setAnimated(false);
    m_scene->setCompact(true); // leaf reports stacked: more of the changes fit in view
    m_view = new ChartView(m_scene, this);
    m_view->setObjectName(QStringLiteral("compareChartView"));
    m_view->setReadOnly(true);
    m_view->setMinimapVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *legend = new QGridLayout;
    legend->setContentsMargins(6, 2, 6, 2);
    legend->setHorizontalSpacing(6);
    legend->setVerticalSpacing(2);
    const qreal dpr = devicePixelRatioF();
    int i = 0;
    for (CardChange change : ChartScene::changeOrder()) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(legendSwatch(change, dpr));
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("legend%1").arg(i));
        m_legendText[std::size_t(i)] = text;
        const int row = i / 3, col = (i % 3) * 2;
        legend->addWidget(swatch, row, col);
        legend->addWidget(text, row, col + 1);
        ++i;
    }
    legend->setColumnStretch(1, 1);
    legend->setColumnStretch(3, 1);
    legend->setColumnStretch(5, 1);
    layout->addLayout(legend);
    layout->addWidget(m_view, 1);
    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

CompareChart::~CompareChart()
{
    // The view and scene refer to the display document: let them go first.
    delete m_view;
    delete m_scene;
}

void CompareChart::retranslate()
{
    const QString texts[] = {tr("New position"), tr("Removed: ghost card under its old manager"),
                             tr("Moved: arrow from the old manager"), tr("Role changed: old role → new role"),
                             tr("Team changed: old team → new team")};
    for (std::size_t i = 0; i < m_legendText.size(); ++i)
        m_legendText[i]->setText(texts[i]);
}

void CompareChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, &CompareChart::fitChanges);
    }
}

Org CompareChart::withGhosts(const Org &before, const Org &after)
{
    Org shown = after;
    std::vector<Org::Vertex> ghosts; // vertices in `before` of the appended ghosts
    for (Org::Vertex v = 0; v < Org::Vertex(before.size()); ++v) {
        if (after.find(before.position(v).id) == Org::npos) {
            shown.addPosition(before.position(v));
            ghosts.push_back(v);
        }
    }
    // Managers after every ghost exists: a ghost may report to a later one.
    const auto first = Org::Vertex(after.size());
    for (std::size_t i = 0; i < ghosts.size(); ++i) {
        const Org::Vertex m = before.manager(ghosts[i]);
        if (m != Org::npos)
            shown.setManager(first + i, shown.find(before.position(m).id));
    }
    return shown;
}

void CompareChart::showChanges(const Org &before, const Org &after, const RoleCatalogue &roles,
                               const ScenarioDiff &diff)
{
    Plan plan;
    plan.roles = roles;
    for (const QString &rule : RuleSettings::ruleIds())
        plan.settings.disabled.insert(rule); // the chart shows changes, not problems
    plan.scenarios.push_back({QStringLiteral("compare"), withGhosts(before, after), 0});
    m_display->setPlan(std::move(plan));

    const QString lang = org::language();
    auto roleName = [&](const QString &key) {
        const Role *r = roles.find(key);
        return r ? r->displayName(lang) : (key.isEmpty() ? tr("No role") : key);
    };
    auto teamName = [](const QString &team) { return team.isEmpty() ? tr("No team") : team; };
    const QString arrow = QStringLiteral(" → ");

    QHash<QString, CardHighlight> marks;
    QList<QPair<QString, QString>> arrows;
    for (const ScenarioDiff::Change &c : diff.changes) {
        CardHighlight &h = marks[c.position];
        switch (c.kind) {
        case ScenarioDiff::Kind::Added:
            h.changes |= CardChange::Added;
            break;
        case ScenarioDiff::Kind::Removed:
            h.changes |= CardChange::Removed;
            break;
        case ScenarioDiff::Kind::Moved:
            h.changes |= CardChange::Moved;
            if (!c.from.isEmpty())
                arrows.append({c.from, c.position});
            break;
        case ScenarioDiff::Kind::RoleChanged:
            h.changes |= CardChange::RoleChanged;
            h.roleNote = roleName(c.from) + arrow + roleName(c.to);
            break;
        case ScenarioDiff::Kind::TeamChanged:
            h.changes |= CardChange::TeamChanged;
            h.teamNote = teamName(c.from) + arrow + teamName(c.to);
            break;
        }
    }
    // Big orgs open collapsed: open the way to every changed card.
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        m_scene->reveal(it.key());
    for (const auto &[from, to] : std::as_const(arrows))
        m_scene->reveal(from);
    m_scene->setHighlights(std::move(marks));
    m_scene->setArrows(arrows, ChartScene::changeColor(CardChange::Moved));
    if (isVisible())
        fitChanges();
}

void CompareChart::fitChanges()
{
    // The changed cards (and the old managers the arrows start from), as large
    // as they fit, but never so small that the tags disappear.
    QRectF box;
    for (auto it = m_scene->highlights().cbegin(); it != m_scene->highlights().cend(); ++it)
        box |= m_scene->cardRect(it.key());
    for (const ChangeArrow *a : m_scene->arrows())
        box |= m_scene->cardRect(a->fromId());
    if (box.isNull()) {
        m_view->fitToWindow();
        return;
    }
    box.adjust(-40, -40, 40, 40);
    const QSize vp = m_view->viewport()->size();
    m_view->setZoom(std::clamp(std::min(vp.width() / box.width(), vp.height() / box.height()), kMinZoom, 1.0));
    m_view->centerOn(box.center());
}

void CompareChart::showPosition(const QString &id)
{
    m_view->centerOnId(id);
}

} // namespace org::ui
