// SPDX-License-Identifier: MIT
#include "rolepalette.h"

#include "edit/document.h"
#include "i18n/language.h"
#include "mimetypes.h"

#include <QMimeData>
#include <QPainter>

namespace org::ui {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pm);
}
} // namespace

RolePalette::RolePalette(Document *doc, QWidget *parent) : QListWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("rolePalette"));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(true);
    setIconSize(QSize(16, 16));
    connect(doc, &Document::settingsChanged, this, &RolePalette::refresh);
    connect(doc, &Document::orgReset, this, &RolePalette::refresh);
    refresh();
}

void RolePalette::refresh()
{
    clear();
    const QString lang = org::language();
    for (const Role &r : m_doc->roles().roles()) {
        auto *item = new QListWidgetItem(swatch(r.color), r.displayName(lang), this);
        item->setData(KeyRole, r.key);
        const QString duties = lang.startsWith(QLatin1String("zh")) ? r.dutiesZh : r.dutiesEn;
        item->setToolTip(duties.isEmpty() ? tr("Drag onto a card to change its role")
                                          : duties + QStringLiteral("\n\n") + tr("Drag onto a card to change its role"));
    }
}

QStringList RolePalette::mimeTypes() const
{
    return {roleMimeType()};
}

QMimeData *RolePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(roleMimeType(), items.first()->data(KeyRole).toString().toUtf8());
    return mime;
}

} // namespace org::ui
