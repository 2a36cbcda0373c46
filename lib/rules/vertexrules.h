// SPDX-License-Identifier: MIT
#pragma once

#include "model/problem.h"
#include "rulesettings.h"

#include <QStringList>

#include <vector>

namespace org {

/// The role keys the rules look for (RuleEngine::check and IncrementalChecker alike).
namespace rolekeys {
inline const QString kDirector = QStringLiteral("tech_director");
inline const QString kManager = QStringLiteral("tech_manager");
inline const QString kArchitect = QStringLiteral("architect");
inline const QString kCto = QStringLiteral("cto");
} // namespace rolekeys

/// Product-line sets of at most `cap` interned line ids, stored flat: cells
/// [v*cap, v*cap+cap) belong to vertex v, ascending, -1 marks a free slot.
/// A set keeps the `cap` smallest ids it was given (ids follow the first
/// appearance of the line in input order), so a union does not depend on the
/// order it was built in: RuleEngine::check and IncrementalChecker agree.
struct LineSets
{
    std::vector<int> cells;
    std::size_t cap = 1;

    LineSets() = default;
    LineSets(std::size_t n, std::size_t capacity) : cells(n * capacity, -1), cap(capacity) {}
    void resize(std::size_t n) { cells.resize(n * cap, -1); }
    int count(std::size_t v) const
    {
        std::size_t k = 0;
        while (k < cap && cells[v * cap + k] >= 0)
            ++k;
        return int(k);
    }
    int at(std::size_t v, std::size_t k) const { return cells[v * cap + k]; }
    void clear(std::size_t v) { std::fill_n(cells.begin() + std::ptrdiff_t(v * cap), cap, -1); }
    void add(std::size_t v, int line)
    {
        int *slot = cells.data() + v * cap;
        for (std::size_t k = 0; k < cap; ++k) {
            if (slot[k] == line)
                return;
            if (slot[k] < 0 || line < slot[k]) {
                // Insert here, shifting larger ids right (the largest falls off).
                for (std::size_t j = cap - 1; j > k; --j)
                    slot[j] = slot[j - 1];
                slot[k] = line;
                return;
            }
        }
    }
    void addAll(std::size_t to, std::size_t from)
    {
        for (std::size_t k = 0; k < cap && cells[from * cap + k] >= 0; ++k)
            add(to, cells[from * cap + k]);
    }
    /// The names of v's lines, ascending by id: `name(id)` for each.
    template <typename Name>
    QStringList names(std::size_t v, Name &&name) const
    {
        QStringList out;
        for (std::size_t k = 0; k < cap && cells[v * cap + k] >= 0; ++k)
            out << name(cells[v * cap + k]);
        return out;
    }
    bool same(std::size_t v, const int *other) const
    {
        return std::equal(cells.begin() + std::ptrdiff_t(v * cap), cells.begin() + std::ptrdiff_t(v * cap + cap), other);
    }
};

/// What the rules local to one position need to know about it: its own role
/// facts, its manager's, and the sums over its subtree. Filled by
/// RuleEngine::check and IncrementalChecker alike.
struct VertexFacts
{
    bool tech = false;
    bool director = false;
    int rank = -1;
    int uncovered = 0;          ///< uncovered technical headcount of the subtree
    bool childOverLimit = false;///< a direct report's uncovered headcount is over the limit
    int lineCount = 0;          ///< |lines(v)|, capped at directorProductLines
    bool childManyLines = false;///< a direct report has lineCount at the cap
    int reportCount = 0;        ///< direct reports
    Org::Vertex manager = Org::npos;
    bool managerTech = false;
    int managerRank = -1;
};

/// The facts of `v` from per-vertex arrays (RuleEngine::check's locals,
/// IncrementalChecker's members): its role facts and its manager's from `tech`,
/// `director`, `rank` and `parent`, and the sums over its subtree as given.
template <typename Flags>
VertexFacts vertexFacts(Org::Vertex v, const std::vector<Org::Vertex> &parent, const Flags &tech, const Flags &director,
                        const std::vector<int> &rank, int uncovered, bool childOverLimit, int lineCount,
                        bool childManyLines, int reportCount)
{
    VertexFacts f;
    f.tech = tech[v];
    f.director = director[v];
    f.rank = rank[v];
    f.uncovered = uncovered;
    f.childOverLimit = childOverLimit;
    f.lineCount = lineCount;
    f.childManyLines = childManyLines;
    f.reportCount = reportCount;
    f.manager = parent[v];
    if (f.manager != Org::npos) {
        f.managerTech = tech[f.manager];
        f.managerRank = rank[f.manager];
    }
    return f;
}

/// The rules whose result at a position depends only on VertexFacts, in
/// DESIGN.md §4 order. They are listed in one place so that a full pass and an
/// incremental one stay identical: a new per-manager rule (as narrow-span)
/// is one more block in checkVertex(); IncrementalChecker
/// re-checks a manager whenever its report count or subtree sums change.
/// `lineNames()` gives the names of lines(v), ascending by line id, and is
/// only called when director-recommended fires.
template <typename LineNames>
void checkVertex(const VertexFacts &f, Org::Vertex v, const RuleSettings &s, LineNames &&lineNames,
                 std::vector<Problem> &out)
{
    static const QStringList ids = RuleSettings::ruleIds(); // shared id strings: no allocation per problem
    auto make = [&](int rule, Severity severity) {
        Problem p;
        p.rule = ids.at(rule);
        p.severity = severity;
        p.anchor = v;
        return p;
    };
    auto enabled = [&](int rule) { return s.isEnabled(ids.at(rule)); };
    const int cap = std::max(1, s.directorProductLines);
    bool required = false;
    if (f.tech && !f.director && f.uncovered > s.directorHeadcount && !f.childOverLimit && enabled(0)) {
        Problem p = make(0, Severity::Error);
        p.headcount = f.uncovered;
        p.limit = s.directorHeadcount;
        out.push_back(std::move(p));
        required = true;
    }
    if (f.tech && !f.director && !required && f.lineCount >= cap && !f.childManyLines && enabled(1)) {
        Problem p = make(1, Severity::Warning);
        p.productLines = lineNames();
        p.headcount = f.lineCount;
        p.limit = cap;
        out.push_back(std::move(p));
    }
    if (f.reportCount > s.spanOfControl && enabled(2)) {
        Problem p = make(2, Severity::Warning);
        p.headcount = f.reportCount;
        p.limit = s.spanOfControl;
        out.push_back(std::move(p));
    }
    if (f.reportCount > 0 && f.reportCount < s.narrowSpan && enabled(8)) { // narrow-span
        Problem p = make(8, Severity::Info);
        p.headcount = f.reportCount;
        p.limit = s.narrowSpan;
        out.push_back(std::move(p));
    }
    if (f.manager != Org::npos && f.tech && f.managerTech && f.rank >= 0 && f.managerRank >= 0) {
        if (f.managerRank < f.rank && enabled(3)) {
            Problem p = make(3, Severity::Error);
            p.other = f.manager;
            out.push_back(std::move(p));
        } else if (f.managerRank == f.rank && enabled(4)) {
            Problem p = make(4, Severity::Warning);
            p.other = f.manager;
            out.push_back(std::move(p));
        }
    }
}

/// single-cto at one CTO, given every CTO's id in vertex order.
inline Problem singleCtoProblem(Org::Vertex cto, const QStringList &ctoIds)
{
    static const QStringList ids = RuleSettings::ruleIds();
    Problem p;
    p.rule = ids.at(5);
    p.severity = Severity::Error;
    p.anchor = cto;
    p.headcount = int(ctoIds.size());
    p.limit = 1;
    p.ids = ctoIds;
    return p;
}

/// product-line-manager / product-line-architect for one line (appended in that order).
inline void checkLine(const QString &name, int positions, bool manager, bool architect, Org::Vertex anchor,
                      const RuleSettings &s, std::vector<Problem> &out)
{
    static const QStringList ids = RuleSettings::ruleIds();
    auto make = [&](int rule, Severity severity) {
        Problem p;
        p.rule = ids.at(rule);
        p.severity = severity;
        p.anchor = anchor;
        p.productLine = name;
        p.headcount = positions;
        return p;
    };
    if (!manager && s.isEnabled(ids.at(6)))
        out.push_back(make(6, Severity::Warning));
    if (!architect && positions >= s.architectMinPositions && s.isEnabled(ids.at(7))) {
        Problem p = make(7, Severity::Info);
        p.limit = s.architectMinPositions;
        out.push_back(std::move(p));
    }
}

} // namespace org
