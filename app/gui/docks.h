// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

class QAbstractItemModel;
class QDockWidget;
class QMainWindow;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace org::ui {

/// A dock with a fixed object name around `content`, added to `window` in `area`.
QDockWidget *addDock(QMainWindow *window, QWidget *content, const char *objectName, Qt::DockWidgetArea area);
/// Shows `view` as a list of whole rows: rows selected whole, no row header, the
/// last column stretched, no word wrap, alternating row colours (the docks' tables,
/// Compare Scenarios' tables).
void setUpRowTable(QTableView *view);
/// A table of whole rows as the docks show them (no row header, alternating rows).
QTableView *makeDockTable(QWidget *parent, const char *objectName, QAbstractItemModel *model);
/// A vertical layout with the docks' margins on `box`.
QVBoxLayout *makeDockLayout(QWidget *box);

} // namespace org::ui
