// SPDX-License-Identifier: MIT
#include "problemsdock.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "docks.h"
#include "edit/document.h"
#include "problemmodel.h"

#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace org::ui {

ProblemsDock::ProblemsDock(Document *doc, QMainWindow *window)
    : QDockWidget(window), m_doc(doc), m_model(new ProblemModel(doc, this)), m_filterModel(new SeverityFilterModel(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_filterModel->setSourceModel(m_model);
    auto *box = new QWidget(this);
    QVBoxLayout *layout = makeDockLayout(box);
    auto *filterRow = new QHBoxLayout;
    m_severityLabel = new QLabel(box);
    m_severity = new QComboBox(box);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (const char *id : {"", "error", "warning", "info"})
        m_severity->addItem(QString(), QString::fromLatin1(id));
    filterRow->addWidget(m_severityLabel);
    filterRow->addWidget(m_severity);
    filterRow->addStretch();
    m_fix = new QPushButton(box);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fixAll = new QPushButton(box);
    m_fixAll->setObjectName(QStringLiteral("fixAllButton"));
    filterRow->addWidget(m_fix);
    filterRow->addWidget(m_fixAll);
    m_view = makeDockTable(box, "problemsView", m_filterModel);
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
    connect(doc, &Document::problemsChanged, this, &ProblemsDock::updateButtons); // Fix All follows the errors

    // Fixes: the button below the selected problem, or a right click on a problem.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex i = m_view->indexAt(pos);
        if (!i.isValid())
            return;
        m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT fixRequested(m_filterModel->mapToSource(i).row(), m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const int index = selectedProblem();
        if (index >= 0)
            Q_EMIT fixRequested(index, m_fix->mapToGlobal(QPoint(0, m_fix->height())));
    });
    connect(m_fixAll, &QPushButton::clicked, this, &ProblemsDock::fixAllRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProblemsDock::updateButtons);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &ProblemsDock::updateButtons);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &ProblemsDock::updateButtons);
    updateButtons();
}

int ProblemsDock::selectedProblem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const int index = m_filterModel->mapToSource(rows.constFirst()).row();
    return index < m_model->rowCount() ? index : -1;
}

void ProblemsDock::updateButtons()
{
    m_fix->setEnabled(selectedProblem() >= 0);
    m_fixAll->setEnabled(m_doc->problemCounts()[std::size_t(Severity::Error)] > 0);
}

void ProblemsDock::updateTitle()
{
    // Counts kept by the Document: the list of problems is not scanned per edit.
    const std::array<int, 3> &counts = m_doc->problemCounts();
    const int n = counts[0] + counts[1] + counts[2];
    setWindowTitle(n == 0 ? MainWindow::tr("Problems") : MainWindow::tr("Problems (%1)").arg(n));
}

void ProblemsDock::retranslate()
{
    updateTitle();
    m_model->refresh();
    m_severityLabel->setText(MainWindow::tr("Show:"));
    m_fix->setText(MainWindow::tr("Fi&x…"));
    m_fix->setToolTip(MainWindow::tr("The fixes of the selected problem, each with its outcome; hover one to preview it"));
    m_fixAll->setText(MainWindow::tr("Fix &All Errors…"));
    m_fixAll->setToolTip(MainWindow::tr("Every fix that repairs an error, listed before anything changes"));
    const QStringList severities{MainWindow::tr("All problems"), MainWindow::tr("Errors"), MainWindow::tr("Warnings"), MainWindow::tr("Info")};
    for (int i = 0; i < severities.size(); ++i)
        m_severity->setItemText(i, severities[i]);
}

} // namespace org::ui
