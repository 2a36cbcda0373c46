// SPDX-License-Identifier: MIT
// MainWindow: the tools of planning over time — the toolbar's "As of" date and
// the Forecast panel (kept apart from mainwindow.cpp, which other work changes).
#include "mainwindow.h"

#include "asofcontrol.h"
#include "chartscene.h"
#include "chartview.h"
#include "docks.h"
#include "forecastdock.h"
#include "problemsdock.h"

#include <QDockWidget>
#include <QToolBar>

namespace org::ui {

void MainWindow::createTimeTools()
{
    m_forecast = new ForecastDock(m_doc, this);
    m_forecastDock = addDock(this, m_forecast, "forecastDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_dashboardDock, m_forecastDock);
    m_problemsDock->raise();
    connect(m_forecast, &ForecastDock::positionActivated, this, [this](const QString &id) {
        m_scene->setSelection({id}, id);
        m_view->centerOnId(id);
    });
    connect(m_forecast, &ForecastDock::quarterActivated, this, [this](QDate quarter) {
        if (m_asOf)
            m_asOf->setDate(quarter);
    });
    connect(m_forecast, &ForecastDock::error, this, &MainWindow::reportError);
}

void MainWindow::addAsOfControl(QToolBar *toolBar)
{
    m_asOf = new AsOfControl(m_doc, this);
    toolBar->addSeparator();
    toolBar->addWidget(m_asOf);
}

void MainWindow::retranslateTimeTools()
{
    m_forecastDock->setWindowTitle(tr("Forecast"));
    if (m_asOf)
        m_asOf->retranslate();
}

} // namespace org::ui
