// SPDX-License-Identifier: MIT
#include "peopledock.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "chartscene.h"
#include "docks.h"
#include "peoplemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace org::ui {

PeopleDock::PeopleDock(Document *doc, ChartScene *scene, QMainWindow *window)
    : QDockWidget(window), m_scene(scene), m_model(new PeopleModel(doc, this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("peopleDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *box = new QWidget(this);
    QVBoxLayout *layout = makeDockLayout(box);
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view = makeDockTable(box, "peopleView", m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(box);
    window->addDockWidget(Qt::LeftDockWidgetArea, this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeopleDock::syncToScene);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &i) { Q_EMIT positionActivated(i.data(PeopleModel::IdRole).toString()); });
}

void PeopleDock::syncToScene()
{
    if (m_syncing)
        return;
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(PeopleModel::IdRole).toString();
    const QString current = m_view->currentIndex().data(PeopleModel::IdRole).toString();
    m_syncing = true;
    m_scene->setSelection(ids, ids.contains(current) ? current : QString());
    m_syncing = false;
}

void PeopleDock::syncFromScene()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection sel;
    for (const QString &id : m_scene->selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
        if (i.isValid())
            sel.select(i, i.siblingAtColumn(PeopleModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    const int row = m_model->rowOf(m_scene->currentId());
    if (row >= 0) {
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        if (m_scene->selectedIds().size() == 1)
            m_view->scrollTo(i);
    }
    m_syncing = false;
}

void PeopleDock::retranslate()
{
    setWindowTitle(MainWindow::tr("People"));
    m_filter->setPlaceholderText(MainWindow::tr("Filter by name, role, team…"));
    m_model->retranslate();
}

} // namespace org::ui
