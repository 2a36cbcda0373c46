// SPDX-License-Identifier: MIT
#include "fixpreview.h"

#include "chartscene.h"
#include "comparechart.h"
#include "edit/document.h"
#include "fix/fixengine.h"
#include "store/scenariodiff.h"

#include <QLabel>
#include <QVBoxLayout>

namespace org::ui {

FixPreview::FixPreview(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_banner(new QLabel(this)), m_chart(new CompareChart(this))
{
    setObjectName(QStringLiteral("fixPreview"));
    m_banner->setObjectName(QStringLiteral("fixPreviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("background: #fff7d6; color: #1f2937; border-bottom: 1px solid #e6c200;"
                                           "padding: 6px 10px; font-weight: bold;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_chart, 1);
}

bool FixPreview::showFix(const Fix &fix)
{
    const Org &before = m_doc->org();
    Org after = before;
    if (!FixEngine::apply(after, fix.edits))
        return false;
    m_banner->setText(tr("Preview: %1 — %2").arg(fix.name, FixEngine::outcomeText(fix.outcome)));
    m_chart->showChanges(before, after, m_doc->roles(), ScenarioDiff::compute(before, after, m_doc->roles()));
    return true;
}

void FixPreview::clear()
{
    m_banner->clear();
    m_chart->scene()->setHighlights({});
    m_chart->scene()->setArrows({}, QColor());
}

QString FixPreview::bannerText() const
{
    return m_banner->text();
}

} // namespace org::ui
