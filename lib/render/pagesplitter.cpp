// SPDX-License-Identifier: MIT
#include "pagesplitter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace org {

PageSplitter::PageSplitter(const Org &org, std::span<const QSizeF> sizes, LayoutOptions options)
    : m_org(org), m_sizes(sizes), m_options(std::move(options))
{
}

double PageSplitter::blockHeight(const PageBlock &block) const
{
    return block.layout.bounds.height() + (m_options.orientation == Orientation::TopDown ? 40 : 8);
}

PageSplit PageSplitter::whole() const
{
    std::vector<PageBlock> one(1);
    one.front().layout = TreeLayout(m_options).layout(m_org, m_sizes);
    return pack(std::move(one), std::numeric_limits<double>::max());
}

PageSplit PageSplitter::split(const Room &room) const
{
    return pack(blocks(room), room.sheetHeight);
}

std::vector<PageBlock> PageSplitter::blocks(const Room &room) const
{
    const bool td = m_options.orientation == Orientation::TopDown;
    const double roomW = room.width;
    const double roomH = room.height;
    auto fits = [&](const LayoutResult &r) {
        return r.bounds.width() + (td ? 0 : 170) <= roomW && r.bounds.height() <= roomH;
    };
    PageSplit split;
    const TreeLayout layout(m_options);
    const LayoutIndex index = layout.index(m_org, m_sizes);
    const std::vector<char> &collapsed = m_options.collapsed;
    const int limit = m_options.maxDepth;
    // A block to lay out: the subtree of `root` from `depth` below the top, or
    // (reports non-empty) these reports of root's manager in a grid.
    struct Job
    {
        Org::Vertex root;
        int depth;
        int from;                        ///< the block that shows root's manager
        std::span<const std::uint32_t> reports;
    };
    // An org with one top position pages from that position (the same
    // pages), so that even its reports can be shared out when too many.
    Org::Vertex top = m_options.root;
    if (top == Org::npos) {
        const std::vector<Org::Vertex> &managers = m_org.managerArray();
        if (std::count(managers.begin(), managers.end(), Org::npos) == 1)
            top = Org::Vertex(std::find(managers.begin(), managers.end(), Org::npos) - managers.begin());
    }
    std::vector<Job> jobs{{top, 0, -1, {}}};
    // Cut vertices of a block become blocks of their own (unless collapsed or at the depth limit).
    auto cut = [&](PageBlock &page, std::size_t j, Org::Vertex t, bool underRoot) {
        if (t < collapsed.size() && collapsed[t])
            return;
        int rel = 0;
        if (underRoot) {
            for (Org::Vertex u = t; u != jobs[j].root && u != Org::npos; u = m_org.manager(u))
                ++rel;
            if (jobs[j].root == Org::npos)
                --rel; // the forest's roots are at depth 0
        }
        const int depth = jobs[j].depth + rel;
        if (limit >= 0 && depth >= limit)
            return;
        jobs.push_back({t, depth, int(j), {}});
        page.continuedOn.insert(t, int(jobs.size()));
    };
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        PageBlock page;
        page.root = jobs[j].root;
        page.from = jobs[j].from;
        page.manager = page.root != Org::npos ? m_org.manager(page.root) : Org::npos;
        if (!jobs[j].reports.empty()) {
            // A share of a huge team: a grid of cards, each cut one continuing elsewhere.
            const std::span<const std::uint32_t> share = jobs[j].reports;
            const QSizeF card = index.largestCard;
            const double pitchB = card.width() + m_options.siblingGap + (td ? 0 : 170);
            const double pitchD = card.height() + m_options.stackGap + (td ? 40 : 0);
            const auto cols = std::size_t(std::max(1.0, std::floor((roomW + m_options.siblingGap) / pitchB)));
            page.layout.orientation = m_options.orientation;
            page.share = true;
            for (std::size_t k = 0; k < share.size(); ++k) {
                const auto v = Org::Vertex(share[k]);
                const QSizeF size = m_sizes[v];
                const QRectF r(double(k % cols) * pitchB, double(k / cols) * pitchD, size.width(),
                               size.height());
                page.layout.shown.push_back(v);
                page.layout.shownRects.push_back(r);
                page.layout.bounds |= r;
                if (index.children.count(v) > 0) {
                    page.layout.truncated.push_back(v);
                    cut(page, j, v, false);
                }
            }
            split.blocks.push_back(std::move(page));
            continue;
        }
        const int remaining = limit < 0 ? std::numeric_limits<int>::max() : limit - jobs[j].depth;
        LayoutResult best;
        bool found = false;
        for (int d = 1; d <= remaining; ++d) {
            LayoutResult r = layout.layoutPart(m_org, m_sizes, index, jobs[j].root, d, m_options.compact);
            if (!fits(r))
                break;
            const bool whole = r.truncated.empty() || d == remaining;
            best = std::move(r);
            found = true;
            if (whole)
                break;
        }
        if (!found) {
            // Even the manager and its direct reports are too wide: stack them.
            best = layout.layoutPart(m_org, m_sizes, index, jobs[j].root, std::min(1, remaining), true);
            const Org::Vertex m = jobs[j].root;
            if (!fits(best) && m != Org::npos && remaining > 0) {
                // Still too large: the manager alone here, its reports in shares
                // on the pages that follow (a grid of as many as fit a page).
                best = layout.layoutPart(m_org, m_sizes, index, m, 0, m_options.compact);
                const QSizeF card = index.largestCard;
                const double pitchB = card.width() + m_options.siblingGap + (td ? 0 : 170);
                const double pitchD = card.height() + m_options.stackGap + (td ? 40 : 0);
                const auto cols = std::max(1.0, std::floor((roomW + m_options.siblingGap) / pitchB));
                const auto rows = std::max(1.0, std::floor((roomH + m_options.stackGap) / pitchD));
                const auto per = std::size_t(cols * rows);
                const std::span<const std::uint32_t> all(index.children.children.data() + index.children.start[m],
                                                         index.children.count(m));
                page.continuedOn.insert(m, int(jobs.size()) + 1);
                for (std::size_t k = 0; k < all.size(); k += per)
                    jobs.push_back({Org::Vertex(all[k]), jobs[j].depth + 1, int(j),
                                    all.subspan(k, std::min(per, all.size() - k))});
                page.layout = std::move(best);
                split.blocks.push_back(std::move(page));
                continue;
            }
        }
        for (Org::Vertex t : best.truncated)
            cut(page, j, t, true);
        page.layout = std::move(best);
        split.blocks.push_back(std::move(page));
    }
    return std::move(split.blocks);
}

PageSplit PageSplitter::pack(std::vector<PageBlock> blocks, double sheetHeight) const
{
    // Several small subtrees share a page, one under the other, instead of one
    // half-empty page each.
    PageSplit split;
    split.blocks = std::move(blocks);
    split.sheetOfBlock.assign(split.blocks.size(), 0);
    std::vector<PageSheet> &sheets = split.sheets;
    for (std::size_t j = 0; j < split.blocks.size(); ++j) {
        const double h = blockHeight(split.blocks[j]) + (j > 0 ? kCaptionHeight : 0);
        if (sheets.empty() || sheets.back().height + kBlockGap + h > sheetHeight || j == 0 || j == 1) {
            // The top of the chart keeps the first page to itself.
            sheets.push_back({});
        } else {
            sheets.back().height += kBlockGap;
        }
        sheets.back().blocks.push_back(j);
        sheets.back().height += h;
        split.sheetOfBlock[j] = int(sheets.size());
    }
    for (PageBlock &b : split.blocks)
        for (auto it = b.continuedOn.begin(); it != b.continuedOn.end(); ++it)
            it.value() = split.sheetOfBlock[std::size_t(it.value() - 1)];
    return split;
}

} // namespace org
