// SPDX-License-Identifier: MIT
#include "roledesigner.h"

#include "i18n/language.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace org::ui {

namespace {
constexpr int kOriginalKeyRole = Qt::UserRole + 1;

/// Multi-line editor for the duty columns (one duty per line).
class DutiesDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// One line in the table: the duties separated by " · " (the tooltip has them all).
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        QString text = QStyledItemDelegate::displayText(value, locale);
        text.replace(QLatin1Char('\n'), QStringLiteral(" · "));
        return text;
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *e = new QPlainTextEdit(parent);
        e->setMinimumHeight(80);
        return e;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QRect r = option.rect;
        r.setHeight(std::max(r.height(), 100));
        editor->setGeometry(r);
    }
};
} // namespace

RoleDesigner::RoleDesigner(const RoleCatalogue &roles, const QHash<QString, int> &usage, QWidget *parent)
    : QDialog(parent), m_original(roles), m_result(roles), m_usage(usage)
{
    setObjectName(QStringLiteral("roleDesigner"));
    setWindowTitle(tr("Role Designer"));
    resize(1100, 520);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Roles in ladder order. Double-click a cell to edit it, the colour to pick another one. "
                               "Higher rank means a higher rung; leave the rank empty for roles off the ladder."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("roleTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("English name"), tr("Chinese name"), tr("Rank"), tr("Technical"),
                                        tr("Colour"), tr("Monthly cost from"), tr("Monthly cost to"), tr("Duties (English)"),
                                        tr("Duties (Chinese)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *duties = new DutiesDelegate(m_table);
    m_table->setItemDelegateForColumn(DutiesEnColumn, duties);
    m_table->setItemDelegateForColumn(DutiesZhColumn, duties);
    for (const Role &r : roles.roles())
        setRow(m_table->rowCount(), r, false);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(DutiesEnColumn, 280);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            pickColor(row);
    });
    layout->addWidget(m_table);
    auto *form = new QFormLayout;
    m_currency = new QLineEdit(roles.currency(), this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(8);
    m_currency->setToolTip(tr("Currency of the cost bands, salaries and budgets of the plan, e.g. CNY, USD, EUR"));
    form->addRow(tr("Plan &currency:"), m_currency);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add Role"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addRole"));
    QPushButton *del = buttons->addButton(tr("&Delete Role…"), QDialogButtonBox::ActionRole);
    del->setObjectName(QStringLiteral("deleteRole"));
    connect(add, &QPushButton::clicked, this, [this] {
        Role r;
        for (int i = 1;; ++i) {
            r.key = QStringLiteral("custom_%1").arg(i);
            if (rowOf(r.key) < 0)
                break;
        }
        r.nameEn = tr("New role");
        r.nameZh = QStringLiteral("新角色");
        r.rank = 0;
        r.color = QColor(0x99, 0x99, 0x99);
        const int row = addRole(r);
        m_table->setCurrentCell(row, NameEnColumn);
        m_table->editItem(m_table->item(row, NameEnColumn));
    });
    connect(del, &QPushButton::clicked, this, &RoleDesigner::deleteSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleDesigner::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RoleDesigner::setRow(int row, const Role &r, bool keyEditable)
{
    if (row >= m_table->rowCount())
        m_table->insertRow(row);
    auto *key = new QTableWidgetItem(r.key);
    key->setData(kOriginalKeyRole, keyEditable ? QString() : r.key);
    if (!keyEditable)
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, KeyColumn, key);
    m_table->setItem(row, NameEnColumn, new QTableWidgetItem(r.nameEn));
    m_table->setItem(row, NameZhColumn, new QTableWidgetItem(r.nameZh));
    m_table->setItem(row, RankColumn, new QTableWidgetItem(r.rank ? QString::number(*r.rank) : QString()));
    auto *tech = new QTableWidgetItem;
    tech->setFlags((tech->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    tech->setCheckState(r.technical ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, TechnicalColumn, tech);
    auto *color = new QTableWidgetItem(r.color.name());
    color->setFlags(color->flags() & ~Qt::ItemIsEditable);
    color->setData(Qt::DecorationRole, r.color);
    color->setData(Qt::UserRole, r.color);
    m_table->setItem(row, ColorColumn, color);
    m_table->setItem(row, CostColumn, new QTableWidgetItem(QString::number(r.costMin, 'f', 0)));
    m_table->setItem(row, CostMaxColumn, new QTableWidgetItem(QString::number(r.costMax, 'f', 0)));
    for (const auto &[column, text] : {std::pair{int(DutiesEnColumn), r.dutiesEn}, std::pair{int(DutiesZhColumn), r.dutiesZh}}) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_table->setItem(row, column, item);
    }
}

int RoleDesigner::addRole(const Role &role)
{
    const int row = m_table->rowCount();
    setRow(row, role, true);
    return row;
}

int RoleDesigner::rowOf(const QString &key) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, KeyColumn)->text().trimmed() == key)
            return r;
    return -1;
}

void RoleDesigner::pickColor(int row)
{
    QTableWidgetItem *item = m_table->item(row, ColorColumn);
    const QColor c = QColorDialog::getColor(item->data(Qt::UserRole).value<QColor>(), this, tr("Role Colour"));
    if (!c.isValid())
        return;
    item->setText(c.name());
    item->setData(Qt::DecorationRole, c);
    item->setData(Qt::UserRole, c);
}

void RoleDesigner::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString key = m_table->item(row, KeyColumn)->text().trimmed();
    const int used = m_usage.value(key);
    QString replacement;
    if (used > 0) {
        QStringList names, keys;
        const QString lang = org::language();
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (r == row)
                continue;
            keys << m_table->item(r, KeyColumn)->text().trimmed();
            names << (lang.startsWith(QLatin1String("zh")) ? m_table->item(r, NameZhColumn)->text()
                                                          : m_table->item(r, NameEnColumn)->text());
        }
        if (keys.isEmpty())
            return;
        bool ok = false;
        const QString picked = QInputDialog::getItem(
            this, tr("Replacement Role"),
            tr("%n position(s) have the role \"%1\". Which role should they get instead?", nullptr, used).arg(key),
            names, 0, false, &ok);
        if (!ok)
            return;
        replacement = keys.value(int(names.indexOf(picked)));
    }
    deleteRole(row, replacement);
}

bool RoleDesigner::deleteRole(int row, const QString &replacement)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    const QString key = m_table->item(row, KeyColumn)->text().trimmed();
    const int used = m_usage.value(key);
    if (used > 0) {
        if (replacement.isEmpty() || replacement == key || rowOf(replacement) < 0)
            return false;
        m_replacements.insert(key, replacement);
        m_usage[replacement] += used;
        m_usage.remove(key);
    }
    m_table->removeRow(row);
    return true;
}

QHash<QString, QString> RoleDesigner::replacements() const
{
    QHash<QString, QString> resolved;
    for (auto it = m_replacements.cbegin(); it != m_replacements.cend(); ++it) {
        QString to = it.value();
        for (int guard = 0; m_replacements.contains(to) && guard < m_replacements.size(); ++guard)
            to = m_replacements.value(to);
        resolved.insert(it.key(), to);
    }
    return resolved;
}

bool RoleDesigner::validate(QString *error)
{
    RoleCatalogue result;
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [this, row](int column) { return m_table->item(row, column)->text().trimmed(); };
        const QString original = m_table->item(row, KeyColumn)->data(kOriginalKeyRole).toString();
        Role r;
        if (const Role *old = m_original.find(original))
            r = *old; // keeps the aliases
        r.key = text(KeyColumn);
        auto fail = [&](const QString &why) {
            if (error)
                *error = tr("Row %1: %2").arg(row + 1).arg(why);
            m_table->setCurrentCell(row, 0);
            return false;
        };
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
        if (!keyPattern.match(r.key).hasMatch())
            return fail(tr("the key must be lower-case letters, digits or \"_\"."));
        if (seen.contains(r.key))
            return fail(tr("the key \"%1\" is used twice.").arg(r.key));
        seen.insert(r.key);
        r.nameEn = text(NameEnColumn);
        r.nameZh = text(NameZhColumn);
        if (r.nameEn.isEmpty())
            return fail(tr("the English name is empty."));
        if (r.nameZh.isEmpty())
            r.nameZh = r.nameEn;
        const QString rank = text(RankColumn);
        if (rank.isEmpty()) {
            r.rank.reset();
        } else {
            bool ok = false;
            const int value = rank.toInt(&ok);
            if (!ok)
                return fail(tr("the rank must be a whole number or empty."));
            r.rank = value;
        }
        r.technical = m_table->item(row, TechnicalColumn)->checkState() == Qt::Checked;
        r.color = m_table->item(row, ColorColumn)->data(Qt::UserRole).value<QColor>();
        auto money = [&text](int column, bool *ok) {
            const QString cost = text(column);
            *ok = true;
            if (cost.isEmpty())
                return std::optional<double>();
            double value = QLocale().toDouble(cost, ok);
            if (!*ok)
                value = cost.toDouble(ok);
            *ok = *ok && value >= 0;
            return std::optional<double>(value);
        };
        bool ok = false;
        const std::optional<double> low = money(CostColumn, &ok);
        if (!ok)
            return fail(tr("the monthly cost must be a number of at least 0."));
        const std::optional<double> high = money(CostMaxColumn, &ok);
        if (!ok)
            return fail(tr("the monthly cost must be a number of at least 0."));
        r.costMin = low.value_or(high.value_or(0.0));
        r.costMax = high && *high > 0 ? *high : r.costMin; // a band of one amount
        if (r.costMax < r.costMin)
            return fail(tr("the cost band ends (%1) below where it starts (%2).")
                            .arg(QLocale().toString(r.costMax, 'f', 0), QLocale().toString(r.costMin, 'f', 0)));
        r.dutiesEn = m_table->item(row, DutiesEnColumn)->text();
        r.dutiesZh = m_table->item(row, DutiesZhColumn)->text();
        result.upsert(r);
    }
    const QString currency = m_currency->text().trimmed().toUpper();
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(currency).hasMatch()) {
        if (error)
            *error = tr("The currency must be a three-letter code such as CNY, USD or EUR.");
        return false;
    }
    result.setCurrency(currency);
    if (result.size() == 0) {
        if (error)
            *error = tr("Keep at least one role.");
        return false;
    }
    m_result = result;
    return true;
}

void RoleDesigner::accept()
{
    QString error;
    if (!validate(&error)) {
        QMessageBox::warning(this, tr("Role Designer"), error);
        return;
    }
    QDialog::accept();
}

} // namespace org::ui
