// SPDX-License-Identifier: MIT
#include "languagechange.h"

#include <QEvent>
#include <QWidget>

namespace org::ui {

namespace {

/// The event filter of onLanguageChange().
class LanguageChangeFilter final : public QObject
{
public:
    LanguageChangeFilter(QWidget *widget, std::function<void()> retranslate)
        : QObject(widget), m_widget(widget), m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    std::function<void()> m_retranslate;
};

} // namespace

void onLanguageChange(QWidget *widget, std::function<void()> retranslate)
{
    new LanguageChangeFilter(widget, std::move(retranslate));
}

} // namespace org::ui
