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

    mutable std::vector<Problem> m_problems;
    mutable bool m_assembled = false;
};

} // namespace org
