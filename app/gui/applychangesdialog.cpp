// SPDX-License-Identifier: MIT
#include "applychangesdialog.h"

#include "comparechart.h"

#include "edit/document.h"
#include "store/scenariodiff.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace org::ui {

ApplyChangesDialog::ApplyChangesDialog(const Document *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("applyChangesDialog"));
    setWindowTitle(tr("Apply Changes"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("applyError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_chart = new CompareChart(this);
    layout->addWidget(m_chart, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

ApplyChangesDialog::~ApplyChangesDialog() = default;

void ApplyChangesDialog::showError(const QString &text)
{
    m_error = text;
    m_changes.clear();
    m_summary->setText(tr("%1 cannot be applied; nothing was changed.").arg(QFileInfo(m_file).fileName()));
    m_errorLabel->setText(text);
    m_errorLabel->show();
    m_chart->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

bool ApplyChangesDialog::setFile(const QString &path)
{
    m_file = path;
    m_error.clear();
    m_changes.clear();
    ChangeList::Result read = ChangeList::readFile(path);
    if (!read.ok()) {
        QStringList lines;
        for (const ImportError &e : read.errors)
            lines << e.toString();
        showError(lines.join(QLatin1Char('\n')));
        return false;
    }
    // What OK will do, done to a copy: the same function, the same refusals.
    Document preview;
    preview.setAutosaveInterval(0);
    preview.setPlan(m_doc->plan());
    QString error;
    if (preview.currentScenarioName() != m_doc->currentScenarioName()
        && !preview.switchScenario(m_doc->currentScenarioName(), &error)) {
        showError(error);
        return false;
    }
    int line = 0;
    if (!preview.applyChanges(read.changes, &error, &line)) {
        showError(ImportError{path, line, error}.toString());
        return false;
    }
    m_changes = std::move(read.changes);
    const ScenarioDiff diff = ScenarioDiff::compute(m_doc->org(), preview.org(), m_doc->roles());
    m_chart->showChanges(m_doc->org(), preview.org(), m_doc->roles(), diff);
    m_chart->show();
    m_errorLabel->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);

    int count[5] = {};
    for (const ScenarioDiff::Change &c : diff.changes)
        ++count[int(c.kind)];
    using K = ScenarioDiff::Kind;
    m_summary->setText(tr("%1: %n row(s); %2 moved, %3 new, %4 removed, %5 with another role, %6 in another team. "
                          "Apply them as one step (Undo takes them back)?",
                          nullptr, int(m_changes.size()))
                           .arg(QFileInfo(path).fileName())
                           .arg(count[int(K::Moved)])
                           .arg(count[int(K::Added)])
                           .arg(count[int(K::Removed)])
                           .arg(count[int(K::RoleChanged)])
                           .arg(count[int(K::TeamChanged)]));
    return true;
}

QString ApplyChangesDialog::summary() const
{
    return m_summary->text();
}

bool ApplyChangesDialog::run(Document *doc, const QString &path, QWidget *parent)
{
    ApplyChangesDialog dialog(doc, parent);
    dialog.setFile(path);
    if (dialog.exec() != QDialog::Accepted || !dialog.errorText().isEmpty())
        return false;
    QString error;
    int line = 0;
    if (!doc->applyChanges(dialog.changes(), &error, &line)) {
        // The plan changed under the dialog (it is modal, so hardly): say so, change nothing.
        QMessageBox::warning(parent, tr("Apply Changes"), ImportError{path, line, error}.toString());
        return false;
    }
    return true;
}

} // namespace org::ui
