// SPDX-License-Identifier: MIT
#include "docks.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableView>
#include <QVBoxLayout>

namespace org::ui {

void setUpRowTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
}

QTableView *makeDockTable(QWidget *parent, const char *objectName, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    setUpRowTable(view);
    return view;
}

QVBoxLayout *makeDockLayout(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    return layout;
}

QDockWidget *addDock(QMainWindow *window, QWidget *content, const char *objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(QString::fromLatin1(objectName));
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace org::ui
