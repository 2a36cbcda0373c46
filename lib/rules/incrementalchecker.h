// SPDX-License-Identifier: MIT
#pragma once

#include "model/problem.h"
#include "model/rolecatalogue.h"
#include "rulesettings.h"
#include "vertexrules.h"

#include <QHash>

#include <array>
#include <set>
#include <vector>

namespace org {

/// Where the problems of an org changed between two looks
/// (IncrementalChecker::takeChanges, Document::problemChanges).
struct ProblemChanges
{
    /// Where, and how many problems of each severity (indexed by Severity) were anchored there before.
    struct At
    {
        Org::Vertex position = Org::npos;
        std::array<int, 3> before{};
    };
    /// Everything may have changed (a full pass, other vertex numbers): read everything again.
    bool all = true;
    /// When not `all`: exactly the positions whose problems (anchored there) differ, ascending.
    std::vector<At> positions;
};

/// Keeps the rule problems of one org up to date edit by edit (DESIGN.md §4:
/// "a drag re-checks only the ancestor chains it touched"). It holds the
/// per-position sums RuleEngine::check computes (coverage, depth, uncovered
/// headcount, product-line sets, report counts), one bucket of problems per
/// position and one per product line. update() re-derives what one changed
/// position can affect: its subtree when its coverage or depth changes, the
/// ancestor chains of its old and new manager (stopping where nothing
/// changes), its reports when its rank changes, the product lines it leaves
/// or joins, and the CTOs. problems() then equals RuleEngine::check() on the
/// same org, problem for problem and in the same order.
///
/// Usage: `IncrementalChecker c(roles, settings); c.reset(org);` then after
/// each edit of position v `c.update(org, v)` (v new: appended). Removing a
/// position renumbers the ones after it, and a new catalogue or new settings
/// change every position: call reset() (a full pass) for those.
class IncrementalChecker final
{
public:
    IncrementalChecker(RoleCatalogue roles, RuleSettings settings);

    /// Full pass over `org`.
    void reset(const Org &org);
    /// The role, product line or manager of `v` may have changed (or `v` was
    /// appended); everything else is as at the last reset()/update().
    void update(const Org &org, Org::Vertex v);
    /// Problems in RuleEngine::check order (assembled from the buckets on demand).
    const std::vector<Problem> &problems() const;
    /// Number of problems anchored at `v`.
    int problemCount(Org::Vertex v) const;
    /// Number of problems of each severity anchored at `v`.
    std::array<int, 3> problemCounts(Org::Vertex v) const;
    /// The problems anchored at `v`, in problems() order.
    std::vector<Problem> problemsAt(Org::Vertex v) const;
    /// problems()[row] without assembling the list (O(log n)): rows are counted
    /// per severity and position, so an editor can show 200,000 problems and
    /// follow an edit without copying them.
    const Problem &problemAt(std::size_t row) const;
    /// The row in problems() of the first problem of `severity` anchored at `v`
    /// (where it would be when there is none).
    std::size_t problemRow(Severity severity, Org::Vertex v) const;
    /// The positions whose problems changed since the last takeChanges() (or
    /// `all` after a reset()), exactly: a position re-checked to the same
    /// problems is not listed. Starts the next round.
    ProblemChanges takeChanges();
    /// Number of problems of each severity (indexed by Severity), kept up to date
    /// edit by edit: no need to assemble or scan problems() for a count.
    const std::array<int, 3> &severityCounts() const { return m_counts; }

    const RoleCatalogue &roles() const { return m_roles; }
    const RuleSettings &settings() const { return m_settings; }

private:
    using V = Org::Vertex;
    /// What a position passes up to its manager.
    struct Contribution
    {
        int uncovered = 0;
        bool overLimit = false;
        bool manyLines = false;
        std::vector<int> lines; ///< lines(v) cells plus its own line as an uncovered tech manager
        bool operator==(const Contribution &) const = default;
    };
    struct Line
    {
        QString name;
        std::vector<V> members;
        int managers = 0;
        int architects = 0;
        V first = Org::npos;  ///< lowest member vertex (line ids follow it)
        V anchor = Org::npos; ///< member nearest a root, ties: lowest vertex
        std::vector<Problem> problems;
    };

    void grow(std::size_t n);
    void readFacts(const Org &org, V v);
    int internLine(const QString &name);
    void joinLine(V v, int line);
    void leaveLine(V v, int line);
    int ownLine(V v) const;
    Contribution contribution(V v) const;
    void recomputeBottom(const Org &org, V v);
    void propagate(const Org &org, V a, Contribution before, Contribution after);
    void markEval(V v);
    void evaluate(const Org &org, V v);
    void count(const std::vector<Problem> &problems, int sign);
    /// Remembers the problems at `v` before they first change in this round (takeChanges).
    void touch(V v);
    /// Binary indexed tree over the positions (one per severity): problem rows by prefix sums.
    void rowAdd(int severity, V v, int delta);
    std::size_t rowsBefore(int severity, V v) const;
    void rebuildRows();
    /// Member v of `line` joined, left, or changed depth (`worse`: left or deeper).
    void touchLine(int line, V v, bool worse);
    /// Rescans a line's members for its first vertex and anchor.
    void scanLine(int line);
    void checkLines(const Org &org, bool &orderBroken);
    bool lineOrderHolds() const;
    QStringList ctoIds(const Org &org) const;

    RoleCatalogue m_roles;
    RuleSettings m_settings;
    int m_cap = 2;
    QHash<QString, int> m_roleIndex;
    QHash<QString, int> m_lineIds;
    std::vector<Line> m_lines;

    std::vector<V> m_parent;
    std::vector<std::int8_t> m_tech, m_director, m_manager, m_architect, m_covered;
    std::vector<int> m_rank, m_lineOf, m_depth, m_uncovered, m_overCount, m_manyCount, m_reports;
    std::vector<std::uint32_t> m_slot; ///< index of v in its line's members
    LineSets m_sets;
    std::set<V> m_ctos;

    std::vector<std::vector<Problem>> m_buckets;
    std::vector<V> m_eval;
    std::vector<char> m_evalMark;
    struct LineEvent { int line; V v; bool worse; };
    std::vector<LineEvent> m_lineEvents;
    bool m_ctosDirty = false;
    std::array<int, 3> m_counts{};
    std::array<std::vector<int>, 3> m_countAt;  ///< problems per severity and anchor
    std::array<std::vector<int>, 3> m_rowTree;  ///< Fenwick trees over m_countAt (1-based)
    std::vector<V> m_lineAnchor;                ///< where each line's problems are (npos: none)
    std::vector<std::pair<V, int>> m_linesAt;   ///< (anchor, line) of lines with problems, sorted

    bool m_changedAll = true;
    bool m_resetting = false;
    std::vector<char> m_touchMark;
    std::vector<std::pair<V, std::vector<Problem>>> m_before;

    mutable std::vector<Problem> m_problems;
    mutable bool m_assembled = false;
};

} // namespace org
