// SPDX-License-Identifier: MIT
#include "scenariobar.h"

#include "mainwindow.h" // MainWindow::tr: the texts keep their translation context

#include "edit/document.h"
#include "scenariocomparedialog.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>

namespace org::ui {

ScenarioBar::ScenarioBar(Document *doc, QWidget *window, QAction *deleteAction, QAction *compareAction)
    : QObject(window), m_doc(doc), m_window(window), m_delete(deleteAction), m_compare(compareAction),
      m_label(new QLabel(window)), m_combo(new QComboBox(window))
{
    m_combo->setObjectName(QStringLiteral("scenarioCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        QString message;
        if (index != m_doc->currentScenario() && !m_doc->switchScenario(m_combo->itemText(index), &message))
            Q_EMIT error(message);
        rebuild();
    });
    connect(m_doc, &Document::scenariosChanged, this, &ScenarioBar::rebuild);
    connect(m_doc, &Document::currentScenarioChanged, this, &ScenarioBar::rebuild);
    connect(m_doc, &Document::orgReset, this, &ScenarioBar::rebuild);
    rebuild();
}

void ScenarioBar::retranslate()
{
    m_label->setText(MainWindow::tr("Scenario:") + QLatin1Char(' '));
    m_combo->setToolTip(MainWindow::tr("Switch to another scenario of the plan"));
}

void ScenarioBar::rebuild()
{
    const QSignalBlocker block(m_combo);
    const QStringList names = m_doc->scenarioNames();
    QStringList items;
    for (int i = 0; i < m_combo->count(); ++i)
        items << m_combo->itemText(i);
    if (names != items) {
        m_combo->clear();
        m_combo->addItems(names);
    }
    m_combo->setCurrentIndex(m_doc->currentScenario());
    m_delete->setEnabled(names.size() > 1);
    m_compare->setEnabled(names.size() > 1);
}

void ScenarioBar::newScenario(bool duplicate)
{
    const QString current = m_doc->currentScenarioName();
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, duplicate ? MainWindow::tr("Duplicate Scenario") : MainWindow::tr("New Scenario"), MainWindow::tr("Name of the new scenario:"),
        QLineEdit::Normal, duplicate ? MainWindow::tr("%1 (copy)").arg(current) : QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QString message;
    const bool done = duplicate ? m_doc->duplicateScenario(QString(), name, &message)
                                : m_doc->createScenario(name, &message);
    if (!done || !m_doc->switchScenario(name, &message))
        Q_EMIT error(message);
    rebuild();
}

void ScenarioBar::renameScenario()
{
    const QString current = m_doc->currentScenarioName();
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, MainWindow::tr("Rename Scenario"), MainWindow::tr("New name of the scenario:"),
                                               QLineEdit::Normal, current, &ok).trimmed();
    if (!ok || name.isEmpty() || name == current)
        return;
    QString message;
    if (!m_doc->renameScenario(current, name, &message))
        Q_EMIT error(message);
    rebuild();
}

void ScenarioBar::deleteScenario()
{
    const QString current = m_doc->currentScenarioName();
    if (QMessageBox::question(m_window, MainWindow::tr("Delete Scenario"),
                              MainWindow::tr("Delete the scenario \"%1\"? This cannot be undone and clears the undo history.")
                                  .arg(current),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString message;
    if (!m_doc->deleteScenario(current, &message))
        Q_EMIT error(message);
    rebuild();
}

void ScenarioBar::compareScenarios()
{
    ScenarioCompareDialog dialog(m_doc, m_window);
    dialog.exec();
}

} // namespace org::ui
