// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>

namespace org { class Document; }

namespace org::ui {

/// The roles of the plan's catalogue, in ladder order, with their colours.
/// Drag a role onto a chart card to give that position the role.
class RolePalette final : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    explicit RolePalette(Document *doc, QWidget *parent = nullptr);
    /// Rebuilds the list (catalogue or language changed).
    void refresh();

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

private:
    Document *m_doc;
};

} // namespace org::ui
