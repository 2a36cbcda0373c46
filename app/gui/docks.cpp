// SPDX-License-Identifier: MIT
#include "docks.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "chartscene.h"
#include "edit/document.h"
#include "peoplemodel.h"
#include "problemmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace org::ui {

namespace {

/// A read-only table of whole rows, as both docks show them.
QTableView *makeTable(QWidget *parent, const char *objectName, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

QVBoxLayout *boxLayout(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    return layout;
}

} // namespace

QDockWidget *addDock(QMainWindow *window, QWidget *content, const char *objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(QString::fromLatin1(objectName));
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

// --- people -------------------------------------------------------------------------

PeopleDock::PeopleDock(Document *doc, ChartScene *scene, QMainWindow *window)
    : QDockWidget(window), m_scene(scene), m_model(new PeopleModel(doc, this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("peopleDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *box = new QWidget(this);
    QVBoxLayout *layout = boxLayout(box);
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view = makeTable(box, "peopleView", m_proxy);
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

// --- problems -----------------------------------------------------------------------

ProblemsDock::ProblemsDock(Document *doc, QMainWindow *window)
    : QDockWidget(window), m_doc(doc), m_model(new ProblemModel(doc, this)), m_filterModel(new SeverityFilterModel(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_filterModel->setSourceModel(m_model);
    auto *box = new QWidget(this);
    QVBoxLayout *layout = boxLayout(box);
    auto *filterRow = new QHBoxLayout;
    m_severityLabel = new QLabel(box);
    m_severity = new QComboBox(box);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (const char *id : {"", "error", "warning", "info"})
        m_severity->addItem(QString(), QString::fromLatin1(id));
    filterRow->addWidget(m_severityLabel);
    filterRow->addWidget(m_severity);
    filterRow->addStretch();
    m_view = makeTable(box, "problemsView", m_filterModel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setColumnWidth(ProblemModel::SeverityColumn, 110);
    m_view->setColumnWidth(ProblemModel::RuleColumn, 230);
    m_view->setColumnWidth(ProblemModel::PositionColumn, 160);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
    setWidget(box);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filterModel->setSeverity(m_severity->currentData().toString()); });
    const auto goToProblem = [this](const QModelIndex &i) {
        const QString id = i.sibling(i.row(), 0).data(ProblemModel::AnchorIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT positionActivated(id);
    };
    connect(m_view, &QTableView::clicked, this, goToProblem);
    connect(m_view, &QTableView::activated, this, goToProblem);
    connect(doc, &Document::problemsChanged, this, &ProblemsDock::updateTitle);
}

void ProblemsDock::updateTitle()
{
    const std::size_t n = m_doc->problems().size();
    setWindowTitle(n == 0 ? MainWindow::tr("Problems") : MainWindow::tr("Problems (%1)").arg(n));
}

void ProblemsDock::retranslate()
{
    updateTitle();
    m_model->refresh();
    m_severityLabel->setText(MainWindow::tr("Show:"));
    const QStringList severities{MainWindow::tr("All problems"), MainWindow::tr("Errors"), MainWindow::tr("Warnings"), MainWindow::tr("Info")};
    for (int i = 0; i < severities.size(); ++i)
        m_severity->setItemText(i, severities[i]);
}

} // namespace org::ui
