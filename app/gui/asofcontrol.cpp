// SPDX-License-Identifier: MIT
#include "asofcontrol.h"

#include "edit/document.h"
#include "model/plandate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace org::ui {

namespace {
constexpr int kTodayRole = Qt::UserRole + 1;

/// The quarters (Julian day of their first day; 0 = no date) of a position's start and end.
std::array<qint64, 2> quartersOf(const Position &p)
{
    const auto quarter = [](QDate d) { return d.isValid() ? PlanDate::quarterStart(d).toJulianDay() : 0; };
    return {quarter(p.startDate()), quarter(p.endDate())};
}
} // namespace

AsOfControl::AsOfControl(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("asOfControl"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(2);
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("asOfCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_prev = new QToolButton(this);
    m_prev->setObjectName(QStringLiteral("asOfPrevious"));
    m_prev->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("asOfNext"));
    m_next->setArrowType(Qt::RightArrow);
    layout->addWidget(m_label);
    layout->addWidget(m_prev);
    layout->addWidget(m_combo);
    layout->addWidget(m_next);
    m_label->setBuddy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        const bool today = m_combo->itemData(index, kTodayRole).toBool();
        m_doc->setAsOf(today ? QDate::currentDate() : m_combo->itemData(index).toDate());
    });
    connect(m_prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_doc, &Document::orgReset, this, [this] {
        recountDates();
        rebuild();
    });
    // An edit reads the dates of the positions it changed (a scan of a million per drag is too slow).
    connect(m_doc, &Document::positionChanged, this, [this](const QString &id) { followPositions({id}); });
    connect(m_doc, &Document::positionAdded, this, [this](const QString &id) { followPositions({id}); });
    connect(m_doc, &Document::positionsChanged, this, &AsOfControl::followPositions);
    // A removal shifts the vertices: one recount after the step (a subtree removes many).
    connect(m_doc, &Document::positionRemoved, this, [this] {
        if (std::exchange(m_recountPending, true))
            return;
        QTimer::singleShot(0, this, [this] {
            m_recountPending = false;
            recountDates();
            if (m_first != firstDate() || m_last != lastDate())
                rebuild();
        });
    });
    recountDates();
    connect(m_doc, &Document::asOfChanged, this, [this](QDate date) {
        if (!m_filling)
            setDate(date);
    });
    retranslate();
}

void AsOfControl::retranslate()
{
    m_label->setText(tr("&As of:"));
    m_combo->setToolTip(tr("Show the org, its problems and the dashboard as of the first day of a quarter: "
                           "positions not started yet are drawn faded and dashed, departures faded"));
    m_prev->setToolTip(tr("Previous quarter"));
    m_next->setToolTip(tr("Next quarter"));
    rebuild();
}

void AsOfControl::countDates(std::size_t v, int by)
{
    for (qint64 q : m_quarters[v])
        if (q != 0 && (m_dates[q] += by) == 0)
            m_dates.erase(q);
}

void AsOfControl::recountDates()
{
    const Org &org = m_doc->org();
    m_dates.clear();
    m_quarters.assign(std::size_t(org.size()));
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        m_quarters[v] = quartersOf(org.position(v));
        countDates(v, 1);
    }
}

void AsOfControl::followPositions(const QStringList &ids)
{
    if (m_recountPending)
        return; // vertices shifted: the recount after the step reads them all
    const Org &org = m_doc->org();
    for (const QString &id : ids) {
        const Org::Vertex v = m_quarters.follow(org, id);
        if (v == Org::npos) { // the vertices shifted
            recountDates();
            break;
        }
        countDates(v, -1);
        m_quarters[v] = quartersOf(org.position(v));
        countDates(v, 1);
    }
    if (firstDate() != m_first || lastDate() != m_last)
        rebuild();
}

QDate AsOfControl::firstDate() const
{
    return m_dates.empty() ? QDate() : QDate::fromJulianDay(m_dates.begin()->first).addMonths(-3);
}

QDate AsOfControl::lastDate() const
{
    return m_dates.empty() ? QDate() : QDate::fromJulianDay(m_dates.rbegin()->first).addMonths(3);
}

void AsOfControl::rebuild()
{
    const QDate today = QDate::currentDate();
    QDate first = PlanDate::quarterStart(today.addYears(-1));
    QDate last = PlanDate::quarterStart(today.addYears(1));
    m_first = firstDate();
    m_last = lastDate();
    if (!m_dates.empty()) {
        first = std::min(first, m_first);
        last = std::max(last, m_last);
    }
    const QDate current = m_doc->asOf();
    const bool wasToday = m_combo->currentIndex() >= 0 && m_combo->currentData(kTodayRole).toBool();
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("All dates"), QDate());
    m_combo->addItem(tr("Today"), today);
    m_combo->setItemData(1, true, kTodayRole);
    for (QDate q : PlanDate::quarters(first, last))
        m_combo->addItem(PlanDate::quarterLabel(q), q);
    m_filling = false;
    if (wasToday && current == today) {
        m_filling = true;
        m_combo->setCurrentIndex(1);
        m_filling = false;
    } else {
        setDate(current);
    }
}

void AsOfControl::setDate(QDate date)
{
    int index = 0;
    if (date.isValid()) {
        index = -1;
        for (int i = 2; i < m_combo->count(); ++i)
            if (m_combo->itemData(i).toDate() == date)
                index = i;
        if (index < 0 && date == QDate::currentDate())
            index = 1;
        if (index < 0) {
            // A day that is no quarter start (Today, a test): its own entry after the quarters.
            m_filling = true;
            m_combo->addItem(date.toString(Qt::ISODate), date);
            m_filling = false;
            index = m_combo->count() - 1;
        }
    }
    if (m_combo->currentIndex() != index)
        m_combo->setCurrentIndex(index); // sets the document's date through currentIndexChanged
    else if (m_doc->asOf() != date)
        m_doc->setAsOf(date);
}

void AsOfControl::step(int quarters)
{
    const QDate from = m_doc->asOf().isValid() ? PlanDate::quarterStart(m_doc->asOf()) : PlanDate::quarterStart(QDate::currentDate());
    const QDate base = m_doc->asOf().isValid() && m_doc->asOf() == from ? from : (quarters > 0 ? from : from.addMonths(3));
    setDate(base.addMonths(3 * quarters));
}

} // namespace org::ui
