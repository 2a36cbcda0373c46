// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace org { class Document; }

namespace org::ui {

/// Edits the fields of the current position: name, role, title, team, product
/// line, e-mail, monthly salary, assistant flag, and its dotted-line managers.
/// Each finished edit becomes one Document command (undoable); the panel
/// re-reads the position from the Document's signals.
class PropertyPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyPanel(Document *doc, QWidget *parent = nullptr);

    /// Shows a position (empty: nothing); `selectedCount` > 1 shows a summary.
    void setPosition(const QString &id, int selectedCount = 1);
    QString positionId() const { return m_id; }

Q_SIGNALS:
    /// The user asked to add a dotted line from the shown position.
    void addDottedLineRequested(const QString &id);
    /// An edit was refused; `reason` is for the user.
    void refused(const QString &reason);

private:
    void retranslateUi();
    void reload();
    /// True when a change of `id` can change what the panel shows (the position,
    /// its manager or a dotted-line manager; or the position is gone).
    bool shows(const QString &id) const;
    void commitField(const QString &field, QLineEdit *edit);
    void fillRoles();

    Document *m_doc;
    QString m_id;
    int m_selectedCount = 0;
    bool m_loading = false;
    QLabel *m_header;
    QWidget *m_form;
    QScrollArea *m_scroll = nullptr; ///< holds m_form; hidden with it
    QFormLayout *m_layout;
    QLabel *m_idLabel;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_title;
    QLineEdit *m_team;
    QLineEdit *m_productLine;
    QLineEdit *m_email;
    QLineEdit *m_salary;
    QLineEdit *m_startDate;   ///< ISO date or quarter (2027Q3); empty: none
    QLineEdit *m_endDate;
    QComboBox *m_status;      ///< hiring status of an open position
    QLineEdit *m_budget;
    QLabel *m_manager;
    QCheckBox *m_assistant;
    QListWidget *m_dotted;
    QPushButton *m_addDotted;
    QPushButton *m_removeDotted;
};

} // namespace org::ui
