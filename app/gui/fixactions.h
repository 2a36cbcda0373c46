// SPDX-License-Identifier: MIT
#pragma once

#include "fix/fixengine.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QMenu;
class QPoint;
class QStackedWidget;
class QWidget;

namespace org { class Document; }

namespace org::ui {

class ChartView;
class FixPreview;

/// One-click fixes in the editor. For problems of the Document (by index in
/// Document::problems()) it fills a menu with their fixes (FixEngine), each
/// named with its outcome; hovering one previews it in place of the chart
/// (FixPreview, on a trial copy), choosing one asks one confirmation and
/// applies it with Document::applyFix (one undo step). It also runs "Fix all
/// errors…" (FixAllDialog, Document::applyFixes) and the card menu's "Insert
/// manager above…" and "Split team…". Every edit goes through the Document.
class FixActions final : public QObject
{
    Q_OBJECT
public:
    /// `stack` shows `view` normally and `preview` while a fix is previewed.
    FixActions(Document *doc, ChartView *view, FixPreview *preview, QStackedWidget *stack, QWidget *window);

    /// Asks whether to apply a fix (default: a QMessageBox named "fixConfirmation").
    using Confirm = std::function<bool(const Fix &)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Fills the fix menu with the fixes of these problems (a section per
    /// problem when there are several) and pops it up at `globalPos`.
    void popupFixes(const std::vector<std::size_t> &problems, const QPoint &globalPos);
    /// The problems anchored at a position (its card's badge), as indices.
    std::vector<std::size_t> problemsAt(const QString &id) const;
    /// The fix menu (created on first use; refilled by popupFixes()).
    QMenu *menu() const { return m_menu; }
    /// The Fix of a menu entry, or nullptr.
    const Fix *fixOf(const QAction *action) const;

    /// Shows the preview of a fix (on a copy) in place of the chart.
    void preview(const Fix &fix);
    void clearPreview();
    bool isPreviewing() const;
    /// Confirms, then applies a fix as one undo step; false when declined or refused.
    bool choose(const Fix &fix);

    /// "Fix all errors…": lists the fixes on a copy, applies them as one step on OK.
    void fixAllErrors();
    /// "Insert manager above…": asks the role (default: the rung above) for `id`.
    void insertManagerAbove(const QString &id);
    /// "Split team…": confirms and splits the reports of `id`.
    void splitTeam(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// An edit was refused: status bar and toast.
    void error(const QString &text);
    /// Outcome of a hovered fix, or what was done (the status bar).
    void statusMessage(const QString &text, int ms);

private:
    FixEngine engine() const;
    void addFixEntries(const std::vector<Fix> &fixes);
    void showNew(const QString &id);

    Document *m_doc;
    ChartView *m_view;
    FixPreview *m_preview;
    QStackedWidget *m_stack;
    QWidget *m_window;
    QMenu *m_menu;
    std::vector<std::pair<QAction *, Fix>> m_entries;
    const QAction *m_previewed = nullptr;
    bool m_confirming = false; ///< a fix's confirmation is up: its preview stays
    Confirm m_confirm;
};

} // namespace org::ui
