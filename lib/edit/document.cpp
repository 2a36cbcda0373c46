// SPDX-License-Identifier: MIT
#include "document.h"

#include "rules/incrementalchecker.h"
#include "rules/orgasof.h"
#include "rules/ruleengine.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

namespace org {

Document::Document(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)),
      m_checker(std::make_unique<IncrementalChecker>(m_plan.roles, m_plan.settings))
{
    m_plan.scenarios.push_back({defaultScenarioName(), Org(), 0});
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
    // A step is done (push, endMacro, undo, redo, setIndex): tell the views, before anything else hears of it.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { flushNotifications(); });
    connect(m_undo, &QUndoStack::indexChanged, this, &Document::undoStateChanged);
    connect(this, &Document::currentScenarioChanged, this, &Document::undoStateChanged);
    m_autosaveTimer.setInterval(60000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] { autosave(); });
    m_autosaveTimer.start();
}

Document::~Document() = default;

bool Document::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const Org &Document::org() const
{
    return m_plan.scenarios[std::size_t(m_current)].org;
}

bool Document::isModified() const
{
    return m_extraModified || !m_undo->isClean();
}

void Document::setModifiedExtra(bool modified)
{
    const bool before = isModified();
    m_extraModified = modified;
    if (before != isModified())
        Q_EMIT modifiedChanged(isModified());
}

// --- files --------------------------------------------------------------------

void Document::setPlan(Plan plan, const QString &location)
{
    if (plan.scenarios.empty())
        plan.scenarios.push_back({defaultScenarioName(), Org(), 0});
    m_undo->clear();
    m_plan = std::move(plan);
    m_current = 0;
    m_location = location;
    m_extraModified = false;
    m_undo->setClean();
    revalidateNow();
    Q_EMIT scenariosChanged();
    Q_EMIT currentScenarioChanged(m_current);
    Q_EMIT settingsChanged();
    Q_EMIT orgReset();
    Q_EMIT locationChanged(m_location);
    Q_EMIT modifiedChanged(false);
}

bool Document::open(const QString &location, QString *error)
{
    Plan plan;
    const StoreStatus st = PlanStore::load(location, plan);
    if (!st)
        return fail(error, st.error);
    setPlan(std::move(plan), location);
    return true;
}

bool Document::importFile(const QString &path, const LoadOptions &options, QString *error)
{
    if (OrgLoader::detect(path) == OrgLoader::Kind::Plan)
        return open(path, error);
    std::optional<LoadedOrg> loaded = readImport(path, options, error);
    if (!loaded)
        return false;
    setImported(std::move(*loaded));
    return true;
}

std::optional<LoadedOrg> Document::readImport(const QString &path, const LoadOptions &options, QString *error)
{
    LoadResult r = OrgLoader::load(path, options);
    if (!r.ok()) {
        QStringList lines;
        for (const ImportError &e : r.errors)
            lines << e.toString();
        fail(error, lines.join(QLatin1Char('\n')));
    }
    return std::move(r.loaded);
}

void Document::setImported(LoadedOrg loaded)
{
    setPlan(Plan::fromImport(std::move(loaded.org), std::move(loaded.roles), std::move(loaded.settings)));
    setModifiedExtra(true);
}

bool Document::save(QString *error)
{
    if (m_location.isEmpty())
        return fail(error, tr("the plan has no file yet; use Save As"));
    const StoreStatus st = PlanStore::save(m_plan, m_location);
    if (!st)
        return fail(error, st.error);
    m_undo->setClean();
    setModifiedExtra(false);
    discardAutosave();
    return true;
}

bool Document::saveAs(const QString &path, QString *error)
{
    const StoreStatus st = PlanStore::replace(m_plan, path);
    if (!st)
        return fail(error, st.error);
    discardAutosave();
    m_location = path;
    m_undo->setClean();
    setModifiedExtra(false);
    Q_EMIT locationChanged(m_location);
    return true;
}

// --- autosave -------------------------------------------------------------------

QString Document::autosavePathFor(const QString &planPath)
{
    return planPath + QStringLiteral(".autosave");
}

bool Document::hasNewerAutosave(const QString &planPath)
{
    if (PlanStore::isDatabaseUrl(planPath))
        return false;
    const QFileInfo autosaved(autosavePathFor(planPath));
    if (!autosaved.exists())
        return false;
    QDateTime planTime;
    for (const QString &part : QStringList{planPath, planPath + QStringLiteral("-wal")}) {
        const QFileInfo fi(part);
        if (fi.exists() && (!planTime.isValid() || fi.lastModified() > planTime))
            planTime = fi.lastModified();
    }
    return !planTime.isValid() || autosaved.lastModified() > planTime;
}

void Document::setAutosaveInterval(int ms)
{
    if (ms <= 0) {
        m_autosaveTimer.stop();
        m_autosaveTimer.setInterval(0);
        return;
    }
    m_autosaveTimer.start(ms);
}

int Document::autosaveInterval() const
{
    return m_autosaveTimer.isActive() ? m_autosaveTimer.interval() : 0;
}

bool Document::autosave(QString *error)
{
    if (!isModified() || m_location.isEmpty() || PlanStore::isDatabaseUrl(m_location))
        return true;
    Plan copy = m_plan;
    copy.baseline.reset();
    for (Scenario &s : copy.scenarios)
        s.storeId = 0;
    const StoreStatus st = PlanStore::replace(copy, autosavePathFor(m_location));
    return st ? true : fail(error, st.error);
}

bool Document::recoverAutosave(QString *error)
{
    if (m_location.isEmpty() || !QFileInfo::exists(autosavePathFor(m_location)))
        return fail(error, tr("there is no autosave for this plan"));
    Plan recovered;
    const StoreStatus st = PlanStore::load(autosavePathFor(m_location), recovered);
    if (!st)
        return fail(error, st.error);
    // Keep the identity of the plan on disk so that the next save updates it.
    for (Scenario &s : recovered.scenarios) {
        const int i = m_plan.indexOf(s.name);
        s.storeId = i >= 0 ? m_plan.scenarios[std::size_t(i)].storeId : 0;
    }
    recovered.baseline = m_plan.baseline;
    const QString location = m_location;
    setPlan(std::move(recovered), location);
    setModifiedExtra(true);
    return true;
}

void Document::discardAutosave()
{
    if (m_location.isEmpty() || PlanStore::isDatabaseUrl(m_location))
        return;
    QFile::remove(autosavePathFor(m_location));
}

// --- model --------------------------------------------------------------------------

int Document::problemCount(Org::Vertex v) const
{
    if (m_asOf.isValid())
        return int(std::count_if(m_asOfProblems.begin(), m_asOfProblems.end(),
                                 [v](const Problem &p) { return p.anchor == v; }));
    return checker().problemCount(v);
}

std::array<int, 3> Document::problemCountsAt(Org::Vertex v) const
{
    if (!m_asOf.isValid())
        return checker().problemCounts(v);
    std::array<int, 3> counts{};
    for (const Problem &p : m_asOfProblems)
        counts[std::size_t(p.severity)] += p.anchor == v;
    return counts;
}

std::vector<Problem> Document::problemsAt(Org::Vertex v) const
{
    if (!m_asOf.isValid())
        return checker().problemsAt(v);
    std::vector<Problem> out;
    std::copy_if(m_asOfProblems.begin(), m_asOfProblems.end(), std::back_inserter(out),
                 [v](const Problem &p) { return p.anchor == v; });
    return out;
}

const Problem &Document::problemAt(std::size_t row) const
{
    return m_asOf.isValid() ? m_asOfProblems.at(row) : checker().problemAt(row);
}

std::size_t Document::problemRow(Severity severity, Org::Vertex v) const
{
    if (!m_asOf.isValid())
        return checker().problemRow(severity, v);
    // As of a date the list is a full pass's (problemChanges() is always `all`): count.
    return std::size_t(std::count_if(m_asOfProblems.begin(), m_asOfProblems.end(), [&](const Problem &p) {
        return p.severity < severity || (p.severity == severity && p.anchor < v);
    }));
}

QString Document::uniqueId(const QString &prefix) const
{
    for (int i = 1;; ++i) {
        const QString id = prefix + QString::number(i);
        if (org().find(id) == Org::npos)
            return id;
    }
}

void Document::setRoles(RoleCatalogue roles)
{
    setModifiedExtra(true);
    applyRoles(std::move(roles));
}

void Document::setRuleSettings(RuleSettings settings)
{
    setModifiedExtra(true);
    applyRuleSettings(std::move(settings));
}

void Document::applyRoles(RoleCatalogue roles)
{
    m_plan.roles = std::move(roles);
    revalidateNow();
    Q_EMIT settingsChanged();
}

void Document::applyRuleSettings(RuleSettings settings)
{
    m_plan.settings = std::move(settings);
    revalidateNow();
    Q_EMIT settingsChanged();
}

void Document::setAsOf(QDate date)
{
    if (date == m_asOf || (!date.isValid() && !m_asOf.isValid()))
        return;
    m_asOf = date;
    revalidateNow();
    Q_EMIT asOfChanged(date);
}

void Document::setValidation(Validation validation)
{
    m_validation = validation;
    if (validation == Validation::Live && m_checkerStale)
        revalidateNow();
}

const IncrementalChecker &Document::checker() const
{
    if (m_checkerStale)
        resetChecker();
    return *m_checker;
}

void Document::resetChecker() const
{
    m_checker = std::make_unique<IncrementalChecker>(m_plan.roles, m_plan.settings);
    m_checker->reset(org());
    m_checkerStale = false;
}

void Document::revalidate()
{
    if (m_validation == Validation::Deferred && !m_asOf.isValid()) {
        m_checkerStale = true;
        m_problemsPending = true;
        return;
    }
    if (m_asOf.isValid()) {
        // As of a date: the org seen that day is another org; a full pass each time.
        const RuleEngine engine(m_plan.roles, m_plan.settings);
        m_asOfProblems = OrgAsOf::check(engine, org(), m_asOf);
        m_asOfCounts = {};
        for (const Problem &p : m_asOfProblems)
            ++m_asOfCounts[std::size_t(p.severity)];
        m_problemsPending = true;
        return;
    }
    resetChecker();
    m_problemsPending = true;
}

void Document::revalidateNow()
{
    revalidate();
    flushNotifications();
}

void Document::revalidate(const QString &id)
{
    const Org::Vertex v = org().find(id);
    if (v == Org::npos || m_asOf.isValid() || m_validation == Validation::Deferred) {
        revalidate();
        return;
    }
    m_checker->update(org(), v);
    m_problemsPending = true;
}

void Document::record(Event event, const QString &id, const QString &from, const QString &to)
{
    m_events.push_back({event, id, from, to});
}

void Document::commandDone()
{
    ++m_commandsDone;
    if (m_flushQueued)
        return;
    // The undo stack flushes when its index moves; this catches a command run by hand.
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_flushQueued = false;
        flushNotifications();
    }, Qt::QueuedConnection);
}

void Document::flushNotifications()
{
    std::vector<PendingEvent> events = std::exchange(m_events, {});
    const int commands = std::exchange(m_commandsDone, 0);
    const bool problems = std::exchange(m_problemsPending, false);
    if (commands > 1 && !events.empty()) {
        // One step of several commands: one notification (views refresh once).
        const bool reset = std::any_of(events.begin(), events.end(),
                                       [](const PendingEvent &e) { return e.event == Event::Reset; });
        if (reset) {
            Q_EMIT orgReset();
        } else {
            QStringList ids;
            QSet<QString> seen;
            for (const PendingEvent &e : events)
                if (!seen.contains(e.id)) {
                    seen.insert(e.id);
                    ids << e.id;
                }
            Q_EMIT positionsChanged(ids);
        }
    } else {
        for (const PendingEvent &e : events) {
            switch (e.event) {
            case Event::Changed: Q_EMIT positionChanged(e.id); break;
            case Event::Manager: Q_EMIT managerChanged(e.id, e.from, e.to); break;
            case Event::Added: Q_EMIT positionAdded(e.id); break;
            case Event::Removed: Q_EMIT positionRemoved(e.id); break;
            case Event::DottedLines: Q_EMIT dottedLinesChanged(e.id); break;
            case Event::Reset: Q_EMIT orgReset(); break;
            }
        }
    }
    if (problems) {
        // (Deferred and not checked yet: everything may have changed, as ProblemChanges() says.)
        m_problemChanges = m_asOf.isValid() || m_checkerStale ? ProblemChanges() : m_checker->takeChanges();
        Q_EMIT problemsChanged();
    }
}

void Document::activate(int index)
{
    if (index == m_current || index < 0 || index >= int(m_plan.scenarios.size()))
        return;
    m_current = index;
    revalidateNow();
    Q_EMIT currentScenarioChanged(m_current);
    Q_EMIT orgReset();
}

Org &Document::mutableOrg(int scenario)
{
    activate(scenario);
    return m_plan.scenarios[std::size_t(m_current)].org;
}

QString Document::noScenario(const QString &name) const
{
    return tr("there is no scenario \"%1\" (scenarios: %2)").arg(name, scenarioNames().join(QStringLiteral(", ")));
}

// --- scenarios ----------------------------------------------------------------------

QString Document::currentScenarioName() const
{
    return m_plan.scenarios[std::size_t(m_current)].name;
}

bool Document::switchScenario(const QString &name, QString *error)
{
    const int i = m_plan.indexOf(name);
    if (i < 0)
        return fail(error, noScenario(name));
    activate(i);
    return true;
}

bool Document::duplicateScenario(const QString &source, const QString &newName, QString *error)
{
    const int from = source.isEmpty() ? m_current : m_plan.indexOf(source);
    if (from < 0)
        return fail(error, noScenario(source));
    if (newName.trimmed().isEmpty())
        return fail(error, tr("a scenario needs a name"));
    if (m_plan.indexOf(newName.trimmed()) >= 0)
        return fail(error, tr("a scenario named \"%1\" already exists").arg(newName.trimmed()));
    Scenario copy{newName.trimmed(), m_plan.scenarios[std::size_t(from)].org, 0};
    m_plan.scenarios.push_back(std::move(copy));
    setModifiedExtra(true);
    Q_EMIT scenariosChanged();
    return true;
}

bool Document::createScenario(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty())
        return fail(error, tr("a scenario needs a name"));
    if (m_plan.indexOf(name.trimmed()) >= 0)
        return fail(error, tr("a scenario named \"%1\" already exists").arg(name.trimmed()));
    Scenario s{name.trimmed(), Org(), 0};
    s.org.setCustomFields(org().customFields());
    m_plan.scenarios.push_back(std::move(s));
    setModifiedExtra(true);
    Q_EMIT scenariosChanged();
    return true;
}

bool Document::renameScenario(const QString &oldName, const QString &newName, QString *error)
{
    const int i = m_plan.indexOf(oldName);
    if (i < 0)
        return fail(error, noScenario(oldName));
    if (newName.trimmed().isEmpty())
        return fail(error, tr("a scenario needs a name"));
    if (newName.trimmed() == oldName)
        return true;
    if (m_plan.indexOf(newName.trimmed()) >= 0)
        return fail(error, tr("a scenario named \"%1\" already exists").arg(newName.trimmed()));
    m_plan.scenarios[std::size_t(i)].name = newName.trimmed();
    setModifiedExtra(true);
    Q_EMIT scenariosChanged();
    return true;
}

bool Document::deleteScenario(const QString &name, QString *error)
{
    const int i = m_plan.indexOf(name);
    if (i < 0)
        return fail(error, noScenario(name));
    if (m_plan.scenarios.size() == 1)
        return fail(error, tr("cannot delete \"%1\": a plan keeps at least one scenario").arg(name));
    m_undo->clear(); // commands refer to scenarios by index
    const bool wasCurrent = i == m_current;
    m_plan.scenarios.erase(m_plan.scenarios.begin() + i);
    if (m_current > i || m_current >= int(m_plan.scenarios.size()))
        --m_current;
    setModifiedExtra(true);
    Q_EMIT scenariosChanged();
    if (wasCurrent) {
        revalidateNow();
        Q_EMIT currentScenarioChanged(m_current);
        Q_EMIT orgReset();
    } else {
        Q_EMIT currentScenarioChanged(m_current);
    }
    return true;
}

} // namespace org
