// SPDX-License-Identifier: MIT
#pragma once

#include "io/changelist.h"
#include "load/orgloader.h"
#include "model/problem.h"
#include "rules/incrementalchecker.h"
#include "store/plan.h"
#include "store/planstore.h"

#include <QDate>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <array>
#include <memory>
#include <functional>
#include <optional>
#include <vector>

namespace org {

class PlanCommand;
struct Fix;
struct FixEdit;

/// An open plan in an editor (GUI, CLI or test): owns the Plan, the current
/// scenario, the QUndoStack of edit commands and the live rule problems.
/// Every edit goes through a command pushed on undoStack() (or one of the
/// convenience functions below, which validate and push); views only read
/// org() and react to the signals. After each command the org is re-checked
/// and problemsChanged() is emitted: an edit of one position re-checks only
/// what it can affect (IncrementalChecker); removals, scenario switches and
/// new roles or rule settings run a full pass. problems() always equals
/// RuleEngine::check on org().
///
/// Signals use position ids, which stay stable while vertices shift on removal.
///
/// Usage: `Document doc; doc.open(path); doc.move("p7", "p2", &err); doc.save();`
class Document final : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // --- files ---------------------------------------------------------------
    /// Opens a plan (file or postgresql:// URL). Clears the undo stack.
    bool open(const QString &location, QString *error = nullptr);
    /// Loads a CSV, XLSX or plan via OrgLoader; a CSV/XLSX becomes a new unsaved
    /// plan with one scenario ("Current"). A plan opened this way keeps its location.
    bool importFile(const QString &path, const LoadOptions &options = {}, QString *error = nullptr);
    /// The reading half of importFile(): loads `path` with OrgLoader and touches
    /// no document, so it may run on a worker thread. nullopt with the errors
    /// (one a line) in `error` on failure.
    static std::optional<LoadedOrg> readImport(const QString &path, const LoadOptions &options,
                                               QString *error = nullptr);
    /// The other half: the imported org becomes a new unsaved plan with one
    /// scenario (Plan::fromImport), marked modified. Clears the undo stack.
    void setImported(LoadedOrg loaded);
    /// Replaces the whole plan (e.g. a new document). Clears the undo stack.
    void setPlan(Plan plan, const QString &location = {});
    /// Saves to location() (transaction; optimistic check for shared plans).
    bool save(QString *error = nullptr);
    /// Saves to a new file atomically and makes it the location.
    bool saveAs(const QString &path, QString *error = nullptr);
    /// File path or database URL; empty for a new plan.
    QString location() const { return m_location; }
    /// True when there are changes not saved yet.
    bool isModified() const;

    // --- autosave and recovery -------------------------------------------------
    /// The sidecar file autosaves go to: "<plan>.autosave" beside the plan.
    static QString autosavePathFor(const QString &planPath);
    /// True when `planPath` has an autosave newer than itself (offer recovery).
    static bool hasNewerAutosave(const QString &planPath);
    /// Autosave period in milliseconds (default 60 000; 0 switches it off).
    void setAutosaveInterval(int ms);
    int autosaveInterval() const;
    /// Writes the autosave now when there are unsaved changes (atomic replace).
    bool autosave(QString *error = nullptr);
    /// Replaces the open plan's content with its autosave; the document stays
    /// modified so the user decides whether to save. False when there is none.
    bool recoverAutosave(QString *error = nullptr);
    /// Deletes the autosave sidecar (after a save, or when the user declines recovery).
    void discardAutosave();

    // --- model (read only) -------------------------------------------------------
    const Plan &plan() const { return m_plan; }
    /// The org of the current scenario.
    const Org &org() const;
    const RoleCatalogue &roles() const { return m_plan.roles; }
    const RuleSettings &ruleSettings() const { return m_plan.settings; }
    /// Problems of the current scenario, as RuleEngine::check returns them
    /// (as of asOf() when a date is set: OrgAsOf::check).
    const std::vector<Problem> &problems() const { return m_asOf.isValid() ? m_asOfProblems : checker().problems(); }
    /// How edits keep the problems up to date. Live (the editor): each edit re-checks
    /// what it can change (IncrementalChecker), and problemsChanged() says what changed.
    /// Deferred (a batch job that changes a large org and then reads its problems once,
    /// such as the command line's apply, which checks the result beside the save):
    /// opening and editing check nothing, and the first question about problems
    /// afterwards checks the whole org; the answers are the same as Live's.
    enum class Validation { Live, Deferred };
    void setValidation(Validation validation);
    Validation validation() const { return m_validation; }
    /// The date the editor shows the org at (invalid: the whole plan). Not an
    /// edit and not saved: a view of the plan, like the zoom. Setting it
    /// re-checks the rules as of that day (problemsChanged) and emits asOfChanged.
    QDate asOf() const { return m_asOf; }
    void setAsOf(QDate date);
    /// Number of problems anchored at a position (for card badges).
    int problemCount(Org::Vertex v) const;
    /// Number of problems of each severity anchored at a position (a card's badge).
    std::array<int, 3> problemCountsAt(Org::Vertex v) const;
    /// The problems anchored at a position, in problems() order (a card's tooltip).
    std::vector<Problem> problemsAt(Org::Vertex v) const;
    /// problems()[row] without assembling the whole list (the problems panel
    /// shows 200,000 rows at 1,000,000 positions; IncrementalChecker::problemAt).
    const Problem &problemAt(std::size_t row) const;
    /// Where the problems of `severity` anchored at `v` start in problems().
    std::size_t problemRow(Severity severity, Org::Vertex v) const;
    /// What the last problemsChanged() changed: `all` (read everything again) or
    /// exactly the positions whose problems differ from the previous
    /// notification's, with how many of each severity they had then. An edit
    /// step (one command or a whole macro, its undo or redo) notifies once.
    const ProblemChanges &problemChanges() const { return m_problemChanges; }
    /// Number of problems() of each severity, indexed by Severity (Error, Warning,
    /// Info), kept up to date edit by edit (as of asOf() when a date is set):
    /// listeners of problemsChanged() that only show counts need not scan the list.
    const std::array<int, 3> &problemCounts() const
    {
        return m_asOf.isValid() ? m_asOfCounts : checker().severityCounts();
    }
    /// The history of edits, one for the whole plan. The editor undoes through
    /// undo()/redo(), which never change the scenario; the stack's own undo()
    /// switches to the scenario of the step (tests, the CLI).
    QUndoStack *undoStack() const { return m_undo; }
    /// Vertex of an id in the current scenario, or Org::npos.
    Org::Vertex find(const QString &id) const { return org().find(id); }
    /// A new id not used in the current scenario ("open-1", "open-2" …).
    QString uniqueId(const QString &prefix = QStringLiteral("open-")) const;

    /// Settings edits outside the undo stack (they mark the plan modified until
    /// the next save) and revalidate. The editor pushes RoleCatalogueCommand /
    /// RuleSettingsCommand instead, whose modified state follows the undo stack.
    void setRoles(RoleCatalogue roles);
    void setRuleSettings(RuleSettings settings);

    // --- undo across scenarios ---------------------------------------------------------
    /// The scenario a history entry belongs to: its index, or -1 for a step of
    /// the whole plan (role catalogue, rule settings, roles in every scenario).
    int stepScenario(int index) const;
    /// True when there is a step to undo and it belongs to the current scenario
    /// or the whole plan: undo never switches the scenario.
    bool canUndo() const;
    bool canRedo() const;
    /// The name of the scenario whose step undo (redo) would change when it is
    /// not the current one (then canUndo() is false), else an empty string.
    QString undoBlockedBy() const;
    QString redoBlockedBy() const;
    /// Undoes / redoes one step when canUndo() / canRedo(); false otherwise.
    bool undo();
    bool redo();
    /// True when the history can go to `index` (QUndoStack::setIndex) without
    /// undoing or redoing a step of another scenario.
    bool canReachIndex(int index) const;
    /// Writes every history entry again in the current UI language (after a
    /// language switch); emits undoStateChanged().
    void retranslateHistory();

    // --- preferences of the editor (not saved in the plan) -------------------------------
    /// Whether move()/moveAll() carry team and product line along (default true):
    /// a position that shared its team with its old manager takes the new
    /// manager's team and product line, with the part of its subtree that
    /// shared them (MovePositionCommand::carried).
    void setMovesCarryTeam(bool carry) { m_movesCarryTeam = carry; }
    bool movesCarryTeam() const { return m_movesCarryTeam; }

    // --- scenarios -------------------------------------------------------------------
    QStringList scenarioNames() const { return m_plan.scenarioNames(); }
    int currentScenario() const { return m_current; }
    QString currentScenarioName() const;
    /// Makes another scenario current (orgReset + problemsChanged). Undo history is kept.
    bool switchScenario(const QString &name, QString *error = nullptr);
    /// Adds a scenario copied from `source` (empty: the current one).
    bool duplicateScenario(const QString &source, const QString &newName, QString *error = nullptr);
    /// Adds a scenario with an empty org.
    bool createScenario(const QString &name, QString *error = nullptr);
    bool renameScenario(const QString &oldName, const QString &newName, QString *error = nullptr);
    /// Deletes a scenario (never the last one). Clears the undo stack.
    bool deleteScenario(const QString &name, QString *error = nullptr);

    // --- edits: validate, then push the matching command -------------------------
    // Each edit below is one undo step; nothing is changed when it fails.
    bool move(const QString &id, const QString &newManager, QString *error = nullptr);
    /// Moves several positions under one manager (empty: roots), one undo step.
    /// Ids already reporting to it and the manager itself are skipped; refuses
    /// all when any one move is impossible (MovePositionCommand::refusal).
    bool moveAll(const QStringList &ids, const QString &newManager, QString *error = nullptr);
    bool changeRole(const QString &id, const QString &roleKey, QString *error = nullptr);
    /// Adds a position (p.id empty: uniqueId()); an open position has an empty name.
    bool addPosition(Position p, const QString &manager, QString *error = nullptr);
    /// Adds a person under `manager` (empty: a root) with a name, a role (empty:
    /// RoleCatalogue::roleBelow() the manager's role, or below "cto" for a root)
    /// and a title; team and product line come from the manager. Id "p-N".
    bool addReport(const QString &manager, const QString &name, const QString &roleKey = {},
                   const QString &title = {}, QString *newId = nullptr, QString *error = nullptr);
    /// Adds an open position under `manager`; an empty role picks one as addReport() does.
    bool addOpenPosition(const QString &manager, const QString &roleKey, QString *newId = nullptr,
                         QString *error = nullptr);
    bool removePosition(const QString &id, bool withSubtree, QString *error = nullptr);
    /// Removes several positions, one undo step. Ids inside a subtree removed
    /// before them are skipped; refuses all when an id is unknown.
    bool removePositions(const QStringList &ids, bool withSubtree, QString *error = nullptr);
    bool rename(const QString &id, const QString &name, QString *error = nullptr);
    /// field: "title", "team", "product_line", "email", "salary" ("" clears) or a custom field.
    bool setField(const QString &id, const QString &field, const QString &value, QString *error = nullptr);
    bool addDottedLine(const QString &report, const QString &manager, QString *error = nullptr);
    bool removeDottedLine(const QString &report, const QString &manager, QString *error = nullptr);
    bool setAssistant(const QString &id, bool assistant, QString *error = nullptr);
    /// Replaces the role catalogue; in every scenario, positions whose role is a
    /// key of `replacements` get the role it maps to (a key of `roles`). One
    /// undo step ("Edit roles"); undo restores every scenario and the catalogue.
    bool changeRoles(const RoleCatalogue &roles, const QHash<QString, QString> &replacements = {},
                     QString *error = nullptr);
    /// Replaces the rule settings as an undoable step (no step when equal).
    void changeRuleSettings(const RuleSettings &settings);
    /// Applies the rows of a change file (io/changelist.h) in file order as one
    /// undo step: a row whose id is new adds a position (it needs a role); an
    /// existing position gets exactly the columns the row has: an empty
    /// manager makes it a root, a move keeps its team and product line, an
    /// empty role cell keeps the role. All or nothing: an unknown manager or
    /// role, or a move that would form a reporting cycle, changes nothing and
    /// sets `error` (and `errorLine`, the row's file line). Each edit is
    /// re-validated incrementally.
    bool applyChanges(const std::vector<PositionChange> &changes, QString *error = nullptr,
                      int *errorLine = nullptr);
    /// Bulk edit of a selection, one undo step: every given value (nullopt: leave
    /// as is) is set on every id whose value differs. Refuses all when an id or
    /// the role is unknown. No step when nothing changes.
    bool editPositions(const QStringList &ids, const std::optional<QString> &team,
                       const std::optional<QString> &productLine, const std::optional<QString> &roleKey,
                       QString *error = nullptr);
    /// Applies a fix (FixEngine) as one undo step named after it; nothing changes
    /// when one of its edits cannot apply.
    bool applyFix(const Fix &fix, QString *error = nullptr);
    /// Applies fixes one after another (as FixEngine::fixAllErrors returned them
    /// for a copy of this org) as ONE undo step named `name`; nothing changes
    /// when one of their edits cannot apply.
    bool applyFixes(const std::vector<Fix> &fixes, const QString &name, QString *error = nullptr);
    /// Inserts an open position between `id` and its manager (above a root: a new
    /// root), one undo step. An empty role takes RoleCatalogue::roleAbove() of
    /// `id`'s role; team and product line come from `id`.
    bool insertManagerAbove(const QString &id, const QString &roleKey = {}, QString *newId = nullptr,
                            QString *error = nullptr);
    /// Splits the direct reports of `id` (assistants stay) into two groups in
    /// report order: the second, (n + 1) / 2 of them, moves under a new open
    /// position of RoleCatalogue::roleBelow() `id`'s role reporting to `id`, as
    /// a new team ("<team> 2", the first free number) that those of its
    /// subtree sharing `id`'s team join. One undo step; needs two reports.
    bool splitTeam(const QString &id, QString *newId = nullptr, QString *error = nullptr);

Q_SIGNALS:
    // Signals of an edit come once the step is done (after the command, or after
    // the last command of a macro, its undo or redo), problemsChanged() last.
    // A step of several commands (apply changes, fix all, bulk edit, a move of
    // several positions, their undo and redo) emits positionsChanged() once
    // instead of the per-position signals below (orgReset() when it restored
    // the whole org).
    void positionChanged(const QString &id);
    void managerChanged(const QString &id, const QString &oldManager, const QString &newManager);
    void positionAdded(const QString &id);
    void positionRemoved(const QString &id);
    void dottedLinesChanged(const QString &id);
    /// The whole org changed (open, scenario switch, subtree restore): rebuild views.
    void orgReset();
    /// Several positions were changed, moved, added or removed by one step of
    /// several commands: `ids` lists each once (those removed too), in the order
    /// they were first touched. Views refresh once instead of once per position.
    void positionsChanged(const QStringList &ids);
    void problemsChanged();
    void scenariosChanged();
    void currentScenarioChanged(int index);
    void settingsChanged();
    void modifiedChanged(bool modified);
    /// canUndo()/canRedo() or the texts of the next steps may have changed.
    void undoStateChanged();
    void locationChanged(const QString &location);
    /// The as-of date changed (setAsOf); problems were re-checked before.
    void asOfChanged(QDate date);

private:
    friend class PlanCommand;
    friend class RuleSettingsCommand;
    friend class RoleCatalogueCommand;
    /// Makes scenario `index` current for a command's redo/undo (no-op when it is).
    void activate(int index);
    Org &mutableOrg(int scenario);
    /// Full pass (new org, roles or settings, renumbered positions); problemsChanged() at the next flush.
    void revalidate();
    /// A full pass outside the undo stack (plan, roles, settings, date or scenario
    /// changed): the views hear of it at once.
    void revalidateNow();
    /// Incremental: only the position `id` changed (data, role, manager) or was added.
    void revalidate(const QString &id);
    /// What a command changed, told to the views when its step is done (flushNotifications).
    enum class Event : std::uint8_t { Changed, Manager, Added, Removed, DottedLines, Reset };
    void record(Event event, const QString &id = {}, const QString &from = {}, const QString &to = {});
    /// A command is done (PlanCommand::finish): its step notifies when the undo
    /// stack moves (indexChanged), or at the latest from the event loop.
    void commandDone();
    /// Emits what the step changed: per-position signals for one command,
    /// positionsChanged() or orgReset() for several, then problemsChanged().
    void flushNotifications();
    /// Replace the roles / rule settings for a command: the undo stack's clean
    /// state alone tells whether the plan differs from the saved one.
    void applyRoles(RoleCatalogue roles);
    void applyRuleSettings(RuleSettings settings);
    void setModifiedExtra(bool modified);
    bool findOrFail(const QString &id, Org::Vertex &v, QString *error) const;
    /// applyFix() and the operations built on it: FixEdits as one undo step named `name`.
    bool applyEdits(const QString &name, const std::vector<FixEdit> &edits, QString *error);
    /// addReport()/addOpenPosition(): an empty role becomes the rung below the
    /// manager's; team and product line come from the manager.
    bool addNewPosition(Position p, const QString &manager, QString *newId, QString *error);
    /// Opens a macro step whose text `text` writes in the current UI language
    /// (now, and again after a language switch: a StepLabelCommand holds it).
    void beginStep(std::function<QString()> text);
    /// "unknown role …; valid roles: …" and "there is no scenario …" messages.
    static QString unknownRole(const RoleCatalogue &roles, const QString &key);
    QString noScenario(const QString &name) const;
    /// Sets *error (when given) and returns false.
    static bool fail(QString *error, const QString &message);

    Plan m_plan;
    int m_current = 0;
    QString m_location;
    QUndoStack *m_undo = nullptr;
    QTimer m_autosaveTimer;
    /// The checker of the current scenario, brought up to date first when validation is
    /// deferred and the org changed since it last was.
    const IncrementalChecker &checker() const;
    /// A checker of the current scenario's org as it is now (a full pass).
    void resetChecker() const;
    /// Built or reset lazily by checker() while validation is deferred.
    mutable std::unique_ptr<IncrementalChecker> m_checker;
    mutable bool m_checkerStale = false; ///< Deferred: the org changed since m_checker saw it
    Validation m_validation = Validation::Live;
    std::vector<Problem> m_asOfProblems; ///< problems() while an as-of date is set
    std::array<int, 3> m_asOfCounts{};   ///< problemCounts() while an as-of date is set
    QDate m_asOf;                   ///< invalid: the whole plan
    bool m_extraModified = false;   ///< changes outside the undo stack (scenarios, settings)
    struct PendingEvent
    {
        Event event;
        QString id, from, to;
    };
    std::vector<PendingEvent> m_events; ///< of the step being done
    int m_commandsDone = 0;
    bool m_problemsPending = false;
    bool m_flushQueued = false;
    ProblemChanges m_problemChanges;
    bool m_movesCarryTeam = true;
};

} // namespace org
