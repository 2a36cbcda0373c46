// SPDX-License-Identifier: MIT
#include "propertypanel.h"

#include "edit/document.h"
#include "i18n/language.h"
#include "languagechange.h"
#include "model/plandate.h"
#include "render/cardpainter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace org::ui {

PropertyPanel::PropertyPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("propertyPanel"));
    auto *outer = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    QFont hf = m_header->font();
    hf.setBold(true);
    m_header->setFont(hf);
    outer->addWidget(m_header);

    m_form = new QWidget(this);
    m_layout = new QFormLayout(m_form);
    m_layout->setContentsMargins(0, 0, 6, 0); // room between the fields and the scroll bar
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_idLabel = new QLabel(m_form);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role = new QComboBox(m_form);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_title = new QLineEdit(m_form);
    m_team = new QLineEdit(m_form);
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_productLine = new QLineEdit(m_form);
    m_email = new QLineEdit(m_form);
    m_salary = new QLineEdit(m_form);
    m_salary->setValidator(new QDoubleValidator(0, 1e9, 2, m_salary));
    m_startDate = new QLineEdit(m_form);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_endDate = new QLineEdit(m_form);
    m_endDate->setObjectName(QStringLiteral("endDateEdit"));
    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_budget = new QLineEdit(m_form);
    m_budget->setObjectName(QStringLiteral("budgetEdit"));
    m_budget->setValidator(new QDoubleValidator(0, 1e9, 2, m_budget));
    m_manager = new QLabel(m_form);
    m_manager->setWordWrap(true);
    // A line of Chinese is taller than one of Latin letters (another font): at least the
    // taller one, so that a drag between a Chinese and an English manager keeps the
    // form's rows where they are (a row a pixel taller moves and repaints the whole form).
    const QString scripts = QStringLiteral("Ág 王");
    m_manager->setMinimumHeight(m_manager->fontMetrics()
                                    .boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX), Qt::TextWordWrap, scripts)
                                    .height());
    m_assistant = new QCheckBox(m_form);
    m_assistant->setObjectName(QStringLiteral("assistantCheck"));
    m_dotted = new QListWidget(m_form);
    m_dotted->setMaximumHeight(80);
    m_addDotted = new QPushButton(m_form);
    m_removeDotted = new QPushButton(m_form);
    auto *dottedButtons = new QHBoxLayout;
    dottedButtons->addWidget(m_addDotted);
    dottedButtons->addWidget(m_removeDotted);
    dottedButtons->addStretch();
    auto *dottedBox = new QVBoxLayout;
    dottedBox->addWidget(m_dotted);
    dottedBox->addLayout(dottedButtons);

    const QList<QWidget *> fields{m_idLabel, m_name, m_role, m_title, m_team, m_productLine,
                                  m_email, m_salary, m_startDate, m_endDate, m_status, m_budget,
                                  m_manager, m_assistant};
    for (QWidget *field : fields)
        m_layout->addRow(new QLabel(m_form), field);
    m_layout->addRow(new QLabel(m_form), dottedBox);
    // The fields scroll when the dock is short: the panel asks for little height, so a
    // selection (which shows them) never squeezes the docks below or moves the chart.
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_form);
    outer->addWidget(m_scroll, 1);
    outer->addStretch(); // takes the room while the fields are hidden

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_id.isEmpty())
            return;
        const Org::Vertex v = m_doc->find(m_id);
        if (v == Org::npos || m_doc->org().position(v).name == m_name->text().trimmed())
            return;
        QString error;
        if (!m_doc->rename(m_id, m_name->text().trimmed(), &error))
            Q_EMIT refused(error);
    });
    connect(m_role, &QComboBox::activated, this, [this] {
        if (m_loading || m_id.isEmpty())
            return;
        QString error;
        const QString key = m_role->currentData().toString();
        const Org::Vertex v = m_doc->find(m_id);
        if (v != Org::npos && m_doc->org().position(v).role != key && !m_doc->changeRole(m_id, key, &error))
            Q_EMIT refused(error);
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("title"), m_title); });
    connect(m_team, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("team"), m_team); });
    connect(m_productLine, &QLineEdit::editingFinished, this,
            [this] { commitField(QStringLiteral("product_line"), m_productLine); });
    connect(m_email, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("email"), m_email); });
    connect(m_salary, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("salary"), m_salary); });
    connect(m_startDate, &QLineEdit::editingFinished, this,
            [this] { commitField(QStringLiteral("start_date"), m_startDate); });
    connect(m_endDate, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("end_date"), m_endDate); });
    connect(m_budget, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("budget"), m_budget); });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (m_loading || m_id.isEmpty())
            return;
        const Org::Vertex v = m_doc->find(m_id);
        const QString key = m_status->currentData().toString();
        if (v == Org::npos || PlanDate::statusKey(m_doc->org().position(v).status()) == key)
            return;
        QString error;
        if (!m_doc->setField(m_id, QStringLiteral("status"), key, &error))
            Q_EMIT refused(error);
    });
    connect(m_assistant, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading || m_id.isEmpty())
            return;
        QString error;
        if (!m_doc->setAssistant(m_id, on, &error))
            Q_EMIT refused(error);
    });
    connect(m_addDotted, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT addDottedLineRequested(m_id);
    });
    connect(m_removeDotted, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_dotted->currentItem();
        if (!item || m_id.isEmpty())
            return;
        QString error;
        if (!m_doc->removeDottedLine(m_id, item->data(Qt::UserRole).toString(), &error))
            Q_EMIT refused(error);
    });
    connect(m_dotted, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeDotted->setEnabled(row >= 0); });

    // Other positions' edits (a drag carries a team along) leave the panel alone.
    const auto reloadIfShown = [this](const QString &id) {
        if (shows(id))
            reload();
    };
    connect(doc, &Document::positionChanged, this, reloadIfShown);
    connect(doc, &Document::managerChanged, this,
            [this](const QString &id, const QString &, const QString &) { if (id == m_id) reload(); });
    connect(doc, &Document::dottedLinesChanged, this, reloadIfShown);
    connect(doc, &Document::positionRemoved, this, [this] { reload(); });
    connect(doc, &Document::positionsChanged, this, [this](const QStringList &) { reload(); });
    connect(doc, &Document::orgReset, this, [this] { setPosition({}, 0); });
    connect(doc, &Document::settingsChanged, this, [this] { fillRoles(); reload(); });

    retranslateUi();
    setPosition({}, 0);
    onLanguageChange(this, [this] { retranslateUi(); });
}

void PropertyPanel::fillRoles()
{
    m_loading = true;
    m_role->clear();
    const QString lang = org::language();
    for (const Role &r : m_doc->roles().roles())
        m_role->addItem(r.displayName(lang), r.key);
    m_loading = false;
}

void PropertyPanel::retranslateUi()
{
    const QStringList labels{tr("Id:"), tr("Name:"), tr("Role:"), tr("Title:"), tr("Team:"),
                             tr("Product line:"), tr("E-mail:"), tr("Monthly salary:"),
                             tr("Start date:"), tr("End date:"), tr("Hiring status:"), tr("Monthly budget:"),
                             tr("Reports to:"), tr("Assistant:"), tr("Dotted-line reports to:")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto *l = qobject_cast<QLabel *>(m_layout->itemAt(i, QFormLayout::LabelRole)->widget()))
            l->setText(labels[i]);
    m_name->setPlaceholderText(tr("Empty: open position"));
    m_assistant->setText(tr("Drawn beside the manager"));
    for (QLineEdit *e : {m_startDate, m_endDate}) {
        e->setPlaceholderText(tr("YYYY-MM-DD or 2027Q3; empty: none"));
        e->setToolTip(tr("A date (YYYY-MM-DD) or a quarter such as 2027Q3 (its first day)"));
    }
    m_budget->setPlaceholderText(tr("Empty: the middle of the role's cost band"));
    m_status->clear();
    m_status->addItem(tr("(none)"), QString());
    for (HiringStatus st : PlanDate::statuses())
        m_status->addItem(PlanDate::statusName(st), PlanDate::statusKey(st));
    m_addDotted->setText(tr("Add…"));
    m_removeDotted->setText(tr("Remove"));
    fillRoles();
    // As wide with or without a card (the labels set it): selecting one must not widen
    // the dock and shift the chart under the pointer (a drag starts with a press on a card).
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(std::max(minimumWidth(), m_form->minimumSizeHint().width() + margins.left() + margins.right()
                                                 + style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
    reload();
}

void PropertyPanel::setPosition(const QString &id, int selectedCount)
{
    m_id = id;
    m_selectedCount = selectedCount;
    reload();
}

bool PropertyPanel::shows(const QString &id) const
{
    if (m_id.isEmpty())
        return false;
    const Org &org = m_doc->org();
    const Org::Vertex v = org.find(m_id);
    if (v == Org::npos || id == m_id)
        return true;
    const Org::Vertex m = org.manager(v);
    if (m != Org::npos && org.position(m).id == id)
        return true;
    for (Org::Vertex d : org.dottedManagers(v))
        if (org.position(d).id == id)
            return true;
    return false;
}

void PropertyPanel::reload()
{
    const Org &org = m_doc->org();
    const Org::Vertex v = m_id.isEmpty() ? Org::npos : org.find(m_id);
    if (v == Org::npos) {
        m_id.clear();
        m_header->setText(tr("Select a card to see and edit its fields."));
        m_form->setEnabled(false);
        m_scroll->setVisible(false);
        return;
    }
    m_loading = true;
    const Position &p = org.position(v);
    m_scroll->setVisible(true);
    m_form->setEnabled(true);
    m_header->setText(m_selectedCount > 1
                          ? tr("%n positions selected; showing the current one.", nullptr, m_selectedCount)
                          : (p.isOpen() ? CardPainter::openPositionText() : p.name));
    m_idLabel->setText(p.id);
    // Only the fields whose text changed: a field set again repaints (and a drag reloads the panel).
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() == text)
            return;
        edit->setText(text);
        edit->setCursorPosition(0);
    };
    setText(m_name, p.name);
    const int ri = m_role->findData(p.role);
    if (ri < 0)
        m_role->setCurrentIndex(-1);
    else
        m_role->setCurrentIndex(ri);
    setText(m_title, p.title);
    setText(m_team, p.team);
    setText(m_productLine, p.productLine);
    setText(m_email, p.email());
    setText(m_salary, p.salary() ? QString::number(*p.salary(), 'f', 2) : QString());
    setText(m_startDate, PlanDate::toIso(p.startDate()));
    setText(m_endDate, PlanDate::toIso(p.endDate()));
    m_status->setCurrentIndex(std::max(0, m_status->findData(PlanDate::statusKey(p.status()))));
    m_status->setEnabled(p.isOpen() || p.status() != HiringStatus::None); // hiring is for open positions
    setText(m_budget, p.budget() ? QString::number(*p.budget(), 'f', 2) : QString());
    const Org::Vertex m = org.manager(v);
    m_manager->setText(m == Org::npos ? tr("(nobody: top of a tree)")
                                      : (org.position(m).isOpen() ? CardPainter::openPositionText()
                                                                  : org.position(m).name)
                                            + QStringLiteral(" (") + org.position(m).id + QLatin1Char(')'));
    m_assistant->setChecked(p.assistant);
    m_assistant->setEnabled(m != Org::npos);
    QStringList dotted;
    for (Org::Vertex d : org.dottedManagers(v)) {
        const Position &dp = org.position(d);
        dotted << (dp.isOpen() ? CardPainter::openPositionText() : dp.name) + QStringLiteral(" (") + dp.id
                      + QLatin1Char(')')
               << dp.id;
    }
    QStringList shown;
    for (int i = 0; i < m_dotted->count(); ++i)
        shown << m_dotted->item(i)->text() << m_dotted->item(i)->data(Qt::UserRole).toString();
    if (dotted != shown) {
        m_dotted->clear();
        for (qsizetype i = 0; i < dotted.size(); i += 2)
            (new QListWidgetItem(dotted[i], m_dotted))->setData(Qt::UserRole, dotted[i + 1]);
        m_removeDotted->setEnabled(false);
    }
    m_loading = false;
}

void PropertyPanel::commitField(const QString &field, QLineEdit *edit)
{
    if (m_loading || m_id.isEmpty())
        return;
    const Org::Vertex v = m_doc->find(m_id);
    if (v == Org::npos)
        return;
    const Position &p = m_doc->org().position(v);
    const QString value = edit->text().trimmed();
    QString old;
    if (field == QLatin1String("title"))
        old = p.title;
    else if (field == QLatin1String("team"))
        old = p.team;
    else if (field == QLatin1String("product_line"))
        old = p.productLine;
    else if (field == QLatin1String("email"))
        old = p.email();
    else if (field == QLatin1String("salary"))
        old = p.salary() ? QString::number(*p.salary(), 'f', 2) : QString();
    else if (field == QLatin1String("budget"))
        old = p.budget() ? QString::number(*p.budget(), 'f', 2) : QString();
    else if (field == QLatin1String("start_date"))
        old = PlanDate::toIso(p.startDate());
    else if (field == QLatin1String("end_date"))
        old = PlanDate::toIso(p.endDate());
    if (old == value)
        return;
    QString error;
    if (!m_doc->setField(m_id, field, value, &error)) {
        Q_EMIT refused(error);
        reload();
    }
}

} // namespace org::ui
