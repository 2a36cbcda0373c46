// SPDX-License-Identifier: MIT
#include "incrementalchecker.h"

#include <algorithm>

namespace org {

using namespace rolekeys;

namespace {

/// The reports of v straight from the graph (Org::reports() allocates).
template <typename F>
void forEachReport(const Org &org, Org::Vertex v, F &&f)
{
    for (auto [it, end] = boost::out_edges(v, org.graph()); it != end; ++it)
        f(boost::target(*it, org.graph()));
}

} // namespace

IncrementalChecker::IncrementalChecker(RoleCatalogue roles, RuleSettings settings)
    : m_roles(std::move(roles)), m_settings(std::move(settings))
{
    for (int i = 0; i < m_roles.size(); ++i)
        m_roleIndex.insert(m_roles.at(i).key, i);
    m_cap = std::max(1, m_settings.directorProductLines);
    m_sets = LineSets(0, std::size_t(m_cap));
}

void IncrementalChecker::grow(std::size_t n)
{
    m_parent.resize(n, Org::npos);
    for (auto *a : {&m_tech, &m_director, &m_manager, &m_architect, &m_covered})
        a->resize(n, 0);
    m_rank.resize(n, -1);
    m_lineOf.resize(n, -1);
    for (auto *a : {&m_depth, &m_uncovered, &m_overCount, &m_manyCount, &m_reports})
        a->resize(n, 0);
    m_slot.resize(n, 0);
    m_sets.resize(n);
    m_buckets.resize(n);
    m_evalMark.resize(n, 0);
    m_touchMark.resize(n, 0);
    for (int s = 0; s < 3; ++s) {
        m_countAt[std::size_t(s)].resize(n, 0);
        if (m_resetting) // rebuildRows() at the end
            continue;
        // Appended positions have no problems yet: each new tree node sums the
        // positions it covers, all of them older ones (prefix sums).
        std::vector<int> &t = m_rowTree[std::size_t(s)];
        const std::size_t old = t.empty() ? 0 : t.size() - 1;
        if (t.empty())
            t.push_back(0);
        t.resize(n + 1, 0);
        for (std::size_t i = old + 1; i <= n; ++i)
            t[i] = int(rowsBefore(s, V(i - 1)) - rowsBefore(s, V(i - (i & (~i + 1)))));
    }
}

void IncrementalChecker::readFacts(const Org &org, V v)
{
    const QString &key = org.position(v).role;
    const int r = m_roleIndex.value(key, -1);
    m_tech[v] = r >= 0 && m_roles.at(r).countsAsTechnical();
    m_rank[v] = r >= 0 ? m_roles.at(r).rank.value_or(-1) : -1;
    m_director[v] = key == kDirector;
    m_manager[v] = key == kManager;
    m_architect[v] = key == kArchitect;
    const bool cto = key == kCto;
    if (cto != m_ctos.contains(v)) {
        if (cto)
            m_ctos.insert(v);
        else
            m_ctos.erase(v);
        m_ctosDirty = true;
    }
}

int IncrementalChecker::internLine(const QString &name)
{
    auto it = m_lineIds.constFind(name);
    if (it != m_lineIds.cend())
        return *it;
    const int id = int(m_lines.size());
    m_lineIds.insert(name, id);
    m_lines.push_back({});
    m_lineAnchor.push_back(Org::npos);
    m_lines.back().name = name;
    return id;
}

void IncrementalChecker::joinLine(V v, int line)
{
    Line &l = m_lines[std::size_t(line)];
    m_slot[v] = std::uint32_t(l.members.size());
    l.members.push_back(v);
    l.managers += m_manager[v];
    l.architects += m_architect[v];
    m_lineOf[v] = line;
}

void IncrementalChecker::leaveLine(V v, int line)
{
    Line &l = m_lines[std::size_t(line)];
    const std::uint32_t at = m_slot[v];
    l.members[at] = l.members.back();
    m_slot[l.members[at]] = at;
    l.members.pop_back();
    l.managers -= m_manager[v];
    l.architects -= m_architect[v];
    m_lineOf[v] = -1;
}

int IncrementalChecker::ownLine(V v) const
{
    return m_manager[v] && !m_covered[v] && m_lineOf[v] >= 0 ? m_lineOf[v] : -1;
}

IncrementalChecker::Contribution IncrementalChecker::contribution(V v) const
{
    Contribution c;
    c.uncovered = m_uncovered[v];
    c.overLimit = c.uncovered > m_settings.directorHeadcount;
    c.manyLines = m_sets.count(v) >= m_cap;
    c.lines.assign(m_sets.cells.begin() + std::ptrdiff_t(v * std::size_t(m_cap)),
                   m_sets.cells.begin() + std::ptrdiff_t((v + 1) * std::size_t(m_cap)));
    c.lines.push_back(ownLine(v));
    return c;
}

void IncrementalChecker::recomputeBottom(const Org &org, V v)
{
    int uncovered = m_tech[v] && !m_covered[v] ? 1 : 0;
    int over = 0, many = 0, reports = 0;
    m_sets.clear(v);
    forEachReport(org, v, [&](V c) {
        ++reports;
        uncovered += m_uncovered[c];
        over += m_uncovered[c] > m_settings.directorHeadcount;
        many += m_sets.count(c) >= m_cap;
        m_sets.addAll(v, c);
        if (const int l = ownLine(c); l >= 0)
            m_sets.add(v, l);
    });
    m_uncovered[v] = uncovered;
    m_overCount[v] = over;
    m_manyCount[v] = many;
    m_reports[v] = reports;
}

void IncrementalChecker::propagate(const Org &org, V a, Contribution before, Contribution after)
{
    for (; a != Org::npos && !(before == after); a = m_parent[a]) {
        markEval(a);
        Contribution aBefore = contribution(a);
        m_uncovered[a] += after.uncovered - before.uncovered;
        m_overCount[a] += int(after.overLimit) - int(before.overLimit);
        m_manyCount[a] += int(after.manyLines) - int(before.manyLines);
        if (before.lines != after.lines) {
            // Sets cannot be subtracted from: rebuild this one from the reports.
            m_sets.clear(a);
            forEachReport(org, a, [&](V c) {
                m_sets.addAll(a, c);
                if (const int l = ownLine(c); l >= 0)
                    m_sets.add(a, l);
            });
        }
        before = std::move(aBefore);
        after = contribution(a);
    }
}

void IncrementalChecker::markEval(V v)
{
    if (!m_evalMark[v]) {
        m_evalMark[v] = 1;
        m_eval.push_back(v);
    }
}

QStringList IncrementalChecker::ctoIds(const Org &org) const
{
    QStringList ids;
    for (V c : m_ctos)
        ids << org.position(c).id;
    return ids;
}

void IncrementalChecker::evaluate(const Org &org, V v)
{
    touch(v);
    std::vector<Problem> &bucket = m_buckets[v];
    count(bucket, -1);
    bucket.clear();
    const VertexFacts f = vertexFacts(v, m_parent, m_tech, m_director, m_rank, m_uncovered[v], m_overCount[v] > 0,
                                      m_sets.count(v), m_manyCount[v] > 0, m_reports[v]);
    checkVertex(f, v, m_settings, [&] { return m_sets.names(v, [&](int l) { return m_lines[std::size_t(l)].name; }); },
                bucket);
    if (m_ctos.size() > 1 && m_ctos.contains(v) && m_settings.isEnabled(QStringLiteral("single-cto")))
        bucket.push_back(singleCtoProblem(v, ctoIds(org)));
    count(bucket, 1);
}

void IncrementalChecker::count(const std::vector<Problem> &problems, int sign)
{
    for (const Problem &p : problems) {
        const int s = int(p.severity);
        m_counts[std::size_t(s)] += sign;
        if (p.anchor >= m_countAt[0].size())
            continue;
        m_countAt[std::size_t(s)][p.anchor] += sign;
        if (!m_resetting) // a reset builds the trees once at its end
            rowAdd(s, p.anchor, sign);
    }
}

void IncrementalChecker::touch(V v)
{
    if (m_changedAll || v >= m_touchMark.size() || m_touchMark[v])
        return;
    m_touchMark[v] = 1;
    m_before.emplace_back(v, problemsAt(v));
}

void IncrementalChecker::rowAdd(int severity, V v, int delta)
{
    std::vector<int> &t = m_rowTree[std::size_t(severity)];
    for (std::size_t i = std::size_t(v) + 1; i < t.size(); i += i & (~i + 1))
        t[i] += delta;
}

std::size_t IncrementalChecker::rowsBefore(int severity, V v) const
{
    const std::vector<int> &t = m_rowTree[std::size_t(severity)];
    std::size_t sum = 0;
    for (std::size_t i = std::min(std::size_t(v), t.empty() ? 0 : t.size() - 1); i > 0; i -= i & (~i + 1))
        sum += std::size_t(t[i]);
    return sum;
}

void IncrementalChecker::rebuildRows()
{
    for (int s = 0; s < 3; ++s) {
        const std::vector<int> &c = m_countAt[std::size_t(s)];
        std::vector<int> &t = m_rowTree[std::size_t(s)];
        t.assign(c.size() + 1, 0);
        for (std::size_t i = 1; i < t.size(); ++i) {
            t[i] += c[i - 1];
            if (const std::size_t up = i + (i & (~i + 1)); up < t.size())
                t[up] += t[i];
        }
    }
}

void IncrementalChecker::scanLine(int line)
{
    Line &l = m_lines[std::size_t(line)];
    l.first = Org::npos;
    l.anchor = Org::npos;
    for (V v : l.members) {
        l.first = std::min(l.first == Org::npos ? v : l.first, v);
        if (l.anchor == Org::npos || m_depth[v] < m_depth[l.anchor] || (m_depth[v] == m_depth[l.anchor] && v < l.anchor))
            l.anchor = v;
    }
}

void IncrementalChecker::touchLine(int line, V v, bool worse)
{
    if (line >= 0)
        m_lineEvents.push_back({line, v, worse});
}

void IncrementalChecker::checkLines(const Org &, bool &orderBroken)
{
    // Most events only offer a better anchor or first vertex; a rescan is
    // needed only when the anchor or the first vertex itself left or went deeper.
    std::vector<int> changed;
    std::vector<V> firstBefore;
    for (const LineEvent &e : m_lineEvents) {
        Line &l = m_lines[std::size_t(e.line)];
        if (std::find(changed.begin(), changed.end(), e.line) == changed.end()) {
            changed.push_back(e.line);
            firstBefore.push_back(l.first);
        }
        if (e.worse && (e.v == l.anchor || e.v == l.first)) {
            l.anchor = l.first = Org::npos - 1; // marks a rescan
            continue;
        }
        if (l.anchor == Org::npos - 1 || m_lineOf[e.v] != e.line)
            continue;
        if (l.first == Org::npos || e.v < l.first)
            l.first = e.v;
        if (l.anchor == Org::npos || m_depth[e.v] < m_depth[l.anchor]
            || (m_depth[e.v] == m_depth[l.anchor] && e.v < l.anchor))
            l.anchor = e.v;
    }
    m_lineEvents.clear();
    for (std::size_t i = 0; i < changed.size(); ++i) {
        Line &l = m_lines[std::size_t(changed[i])];
        if (l.anchor == Org::npos - 1 || l.members.empty())
            scanLine(changed[i]);
        const V was = m_lineAnchor[std::size_t(changed[i])];
        if (was != Org::npos)
            touch(was);
        if (!l.members.empty())
            touch(l.anchor);
        count(l.problems, -1);
        l.problems.clear();
        if (!l.members.empty())
            checkLine(l.name, int(l.members.size()), l.managers > 0, l.architects > 0, l.anchor, m_settings,
                      l.problems);
        count(l.problems, 1);
        const V now = l.problems.empty() ? Org::npos : l.problems.front().anchor;
        if (now != was) {
            const std::pair<V, int> oldKey{was, changed[i]}, newKey{now, changed[i]};
            if (was != Org::npos)
                m_linesAt.erase(std::lower_bound(m_linesAt.begin(), m_linesAt.end(), oldKey));
            if (now != Org::npos)
                m_linesAt.insert(std::lower_bound(m_linesAt.begin(), m_linesAt.end(), newKey), newKey);
            m_lineAnchor[std::size_t(changed[i])] = now;
        }
        orderBroken = orderBroken || l.first != firstBefore[i];
    }
}

bool IncrementalChecker::lineOrderHolds() const
{
    V last = 0;
    bool any = false;
    for (const Line &l : m_lines) {
        if (l.members.empty())
            continue;
        if (any && l.first < last)
            return false;
        last = l.first;
        any = true;
    }
    return true;
}

void IncrementalChecker::reset(const Org &org)
{
    const std::size_t n = std::size_t(org.size());
    m_parent.clear();
    for (auto *a : {&m_tech, &m_director, &m_manager, &m_architect, &m_covered})
        a->clear();
    for (auto *a : {&m_rank, &m_lineOf, &m_depth, &m_uncovered, &m_overCount, &m_manyCount, &m_reports})
        a->clear();
    m_sets = LineSets(0, std::size_t(m_cap));
    m_buckets.clear();
    m_counts = {};
    for (int s = 0; s < 3; ++s) {
        m_countAt[std::size_t(s)].clear();
        m_rowTree[std::size_t(s)].clear();
    }
    m_lineAnchor.clear();
    m_linesAt.clear();
    m_changedAll = true; // listeners read everything again
    m_resetting = true;
    m_touchMark.clear();
    m_before.clear();
    m_evalMark.clear();
    m_slot.clear();
    m_lines.clear();
    m_lineIds.clear();
    m_ctos.clear();
    m_eval.clear();
    m_lineEvents.clear();
    grow(n);

    for (V v = 0; v < n; ++v) {
        m_parent[v] = org.manager(v);
        readFacts(org, v);
        if (const QString &pl = org.position(v).productLine; !pl.isEmpty())
            joinLine(v, internLine(pl));
    }
    const std::vector<V> order = org.preorder();
    for (V v : order) {
        const V p = m_parent[v];
        m_covered[v] = m_director[v] || (p != Org::npos && m_covered[p]);
        m_depth[v] = p == Org::npos ? 0 : m_depth[p] + 1;
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        recomputeBottom(org, *it);
    m_lineEvents.clear();
    for (int l = 0; l < int(m_lines.size()); ++l) {
        scanLine(l);
        touchLine(l, m_lines[std::size_t(l)].first, false);
    }
    bool unused = false;
    checkLines(org, unused);
    for (V v = 0; v < n; ++v)
        evaluate(org, v);
    rebuildRows();
    m_resetting = false;
    m_ctosDirty = false;
    m_assembled = false;
}

void IncrementalChecker::update(const Org &org, V v)
{
    const std::size_t n = std::size_t(org.size());
    if (n < m_parent.size() || v >= n) { // a removal renumbered the positions
        reset(org);
        return;
    }
    grow(n);

    const V oldP = m_parent[v];
    const V newP = org.manager(v);
    const Contribution before = oldP == Org::npos ? Contribution() : contribution(v);
    const std::int8_t wasTech = m_tech[v];
    const int wasRank = m_rank[v];
    const bool wasCto = m_ctos.contains(v);

    // Own facts and product line.
    const int oldLine = m_lineOf[v];
    const std::int8_t wasManager = m_manager[v], wasArchitect = m_architect[v];
    const QString &pl = org.position(v).productLine;
    const int newLine = pl.isEmpty() ? -1 : internLine(pl);
    if (oldLine >= 0 && oldLine != newLine) {
        leaveLine(v, oldLine);
        touchLine(oldLine, v, true);
    }
    readFacts(org, v);
    if (newLine >= 0 && oldLine != newLine) {
        joinLine(v, newLine);
        touchLine(newLine, v, false);
    } else if (newLine >= 0 && (wasManager != m_manager[v] || wasArchitect != m_architect[v])) {
        Line &l = m_lines[std::size_t(newLine)];
        l.managers += m_manager[v] - wasManager;
        l.architects += m_architect[v] - wasArchitect;
        touchLine(newLine, v, false);
    }
    markEval(v);
    if (wasTech != m_tech[v] || wasRank != m_rank[v])
        forEachReport(org, v, [this](V c) { markEval(c); }); // their ladder checks
    if (m_ctosDirty || wasCto) {
        for (V c : m_ctos)
            markEval(c);
        m_ctosDirty = false;
    }

    // The reporting line.
    if (oldP != newP) {
        m_parent[v] = newP;
        if (oldP != Org::npos) {
            --m_reports[oldP];
            markEval(oldP);
        }
        if (newP != Org::npos) {
            ++m_reports[newP];
            markEval(newP);
        }
    }
    std::vector<V> stack;
    const int depth = newP == Org::npos ? 0 : m_depth[newP] + 1;
    if (depth != m_depth[v]) { // the whole subtree shifts: product-line anchors may change
        const bool deeper = depth > m_depth[v];
        m_depth[v] = depth;
        stack.push_back(v);
        while (!stack.empty()) {
            const V u = stack.back();
            stack.pop_back();
            touchLine(m_lineOf[u], u, deeper);
            forEachReport(org, u, [&](V c) {
                m_depth[c] = m_depth[u] + 1;
                stack.push_back(c);
            });
        }
    }
    const std::int8_t covered = m_director[v] || (newP != Org::npos && m_covered[newP]);
    if (covered != m_covered[v]) {
        // Coverage flips down to the next tech directors; their subtrees stay as they are.
        m_covered[v] = covered;
        std::vector<V> region{v};
        stack.push_back(v);
        while (!stack.empty()) {
            const V u = stack.back();
            stack.pop_back();
            forEachReport(org, u, [&](V c) {
                if (m_director[c])
                    return;
                m_covered[c] = covered;
                region.push_back(c);
                stack.push_back(c);
            });
        }
        for (auto it = region.rbegin(); it != region.rend(); ++it) {
            recomputeBottom(org, *it);
            markEval(*it);
        }
    } else {
        recomputeBottom(org, v);
    }

    const Contribution after = contribution(v);
    if (oldP == newP) {
        propagate(org, oldP, before, after);
    } else {
        propagate(org, oldP, before, Contribution());
        propagate(org, newP, Contribution(), after);
    }

    bool firstMoved = false;
    checkLines(org, firstMoved);
    if (firstMoved && !lineOrderHolds()) {
        // Line ids must follow first appearance (they order the sets): start over.
        reset(org);
        return;
    }
    for (V u : m_eval) {
        evaluate(org, u);
        m_evalMark[u] = 0;
    }
    m_eval.clear();
    m_assembled = false;
}

const std::vector<Problem> &IncrementalChecker::problems() const
{
    if (m_assembled)
        return m_problems;
    struct LineRef { Severity severity; V anchor; int line; int index; };
    std::vector<LineRef> lineRefs;
    std::size_t total = 0;
    for (int l = 0; l < int(m_lines.size()); ++l) {
        const std::vector<Problem> &ps = m_lines[std::size_t(l)].problems;
        for (int i = 0; i < int(ps.size()); ++i)
            lineRefs.push_back({ps[std::size_t(i)].severity, ps[std::size_t(i)].anchor, l, i});
    }
    std::sort(lineRefs.begin(), lineRefs.end(), [](const LineRef &a, const LineRef &b) {
        return std::tie(a.severity, a.anchor, a.line, a.index) < std::tie(b.severity, b.anchor, b.line, b.index);
    });
    std::vector<V> busy; // positions with problems, in vertex order
    for (V v = 0; v < m_buckets.size(); ++v)
        if (!m_buckets[v].empty()) {
            busy.push_back(v);
            total += m_buckets[v].size();
        }
    m_problems.clear();
    m_problems.reserve(total + lineRefs.size());
    auto li = lineRefs.cbegin();
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto flushLines = [&](V upTo) { // line problems anchored before or at upTo
            while (li != lineRefs.cend() && li->severity == s && (upTo == Org::npos || li->anchor <= upTo)) {
                m_problems.push_back(m_lines[std::size_t(li->line)].problems[std::size_t(li->index)]);
                ++li;
            }
        };
        for (V v : busy) {
            // Line problems at positions before v, then v's own, then v's line problems.
            while (li != lineRefs.cend() && li->severity == s && li->anchor < v) {
                m_problems.push_back(m_lines[std::size_t(li->line)].problems[std::size_t(li->index)]);
                ++li;
            }
            for (const Problem &p : m_buckets[v])
                if (p.severity == s)
                    m_problems.push_back(p);
            flushLines(v);
        }
        flushLines(Org::npos);
    }
    m_assembled = true;
    return m_problems;
}

int IncrementalChecker::problemCount(V v) const
{
    const std::array<int, 3> c = problemCounts(v);
    return c[0] + c[1] + c[2];
}

std::array<int, 3> IncrementalChecker::problemCounts(V v) const
{
    if (v >= m_countAt[0].size())
        return {};
    return {m_countAt[0][v], m_countAt[1][v], m_countAt[2][v]};
}

std::vector<Problem> IncrementalChecker::problemsAt(V v) const
{
    std::vector<Problem> out;
    if (v >= m_buckets.size())
        return out;
    const auto lines = std::equal_range(m_linesAt.begin(), m_linesAt.end(), std::pair<V, int>{v, 0},
                                        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (const Problem &p : m_buckets[v])
            if (p.severity == s)
                out.push_back(p);
        for (auto it = lines.first; it != lines.second; ++it)
            for (const Problem &p : m_lines[std::size_t(it->second)].problems)
                if (p.severity == s)
                    out.push_back(p);
    }
    return out;
}

std::size_t IncrementalChecker::problemRow(Severity severity, V v) const
{
    std::size_t row = 0;
    for (int s = 0; s < int(severity); ++s)
        row += std::size_t(m_counts[std::size_t(s)]);
    return row + rowsBefore(int(severity), v);
}

const Problem &IncrementalChecker::problemAt(std::size_t row) const
{
    int s = 0;
    while (s < 2 && row >= std::size_t(m_counts[std::size_t(s)]))
        row -= std::size_t(m_counts[std::size_t(s++)]);
    // Descend the tree to the position whose problems of severity s hold the row.
    static const Problem none; // only for a row past the end
    const std::vector<int> &t = m_rowTree[std::size_t(s)];
    if (t.empty())
        return none;
    const std::size_t n = t.size() - 1;
    std::size_t at = 0;
    std::size_t step = 1;
    while (step * 2 <= n)
        step *= 2;
    for (; step > 0; step /= 2)
        if (at + step <= n && std::size_t(t[at + step]) <= row) {
            at += step;
            row -= std::size_t(t[at]);
        }
    const V v = V(at);
    const auto severity = Severity(s);
    for (const Problem &p : m_buckets[v])
        if (p.severity == severity && row-- == 0)
            return p;
    const auto lines = std::equal_range(m_linesAt.begin(), m_linesAt.end(), std::pair<V, int>{v, 0},
                                        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto it = lines.first; it != lines.second; ++it)
        for (const Problem &p : m_lines[std::size_t(it->second)].problems)
            if (p.severity == severity && row-- == 0)
                return p;
    return none;
}

ProblemChanges IncrementalChecker::takeChanges()
{
    ProblemChanges out;
    out.all = m_changedAll;
    for (auto &[v, before] : m_before) {
        m_touchMark[v] = 0;
        if (out.all || problemsAt(v) == before)
            continue;
        ProblemChanges::At at{v, {}};
        for (const Problem &p : before)
            ++at.before[std::size_t(p.severity)];
        out.positions.push_back(at);
    }
    std::sort(out.positions.begin(), out.positions.end(),
              [](const ProblemChanges::At &a, const ProblemChanges::At &b) { return a.position < b.position; });
    m_before.clear();
    m_changedAll = false;
    return out;
}

} // namespace org
