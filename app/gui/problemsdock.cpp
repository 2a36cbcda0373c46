// SPDX-License-Identifier: MIT
#include "problemsdock.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "docks.h"
#include "edit/document.h"
#include "problemmodel.h"

#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
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
