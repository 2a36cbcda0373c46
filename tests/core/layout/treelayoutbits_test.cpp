// SPDX-License-Identifier: MIT
// TreeLayout's results to the last bit: a digest of every rectangle, connector,
// mark and the bounds of layouts of random orgs under every option, against the
// digests the layout gave before its arrays were slimmed (main at 8057087). Any
// change of a coordinate, of the order of the shown cards or of the connectors
// changes a digest; `orgdesigner-cli layout` output must stay byte-identical.
#include "layout/treelayout.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>

using namespace org;
using Vertex = Org::Vertex;

namespace {

/// FNV-1a over the bytes of values.
struct Digest
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    void bytes(const void *p, std::size_t n)
    {
        const auto *b = static_cast<const unsigned char *>(p);
        for (std::size_t i = 0; i < n; ++i)
            h = (h ^ b[i]) * 0x100000001b3ull;
    }
    void num(double d) { bytes(&d, sizeof d); }
    void num(std::uint64_t u) { bytes(&u, sizeof u); }
    void rect(const QRectF &r)
    {
        num(r.x());
        num(r.y());
        num(r.width());
        num(r.height());
    }
};

std::uint64_t digest(const LayoutResult &r)
{
    Digest d;
    d.num(std::uint64_t(r.rects.size()));
    for (const QRectF &rc : r.rects)
        d.rect(rc);
    d.num(std::uint64_t(r.shownRects.size()));
    for (const QRectF &rc : r.shownRects)
        d.rect(rc);
    d.num(std::uint64_t(r.shown.size()));
    for (Vertex v : r.shown)
        d.num(std::uint64_t(v));
    d.num(std::uint64_t(r.truncated.size()));
    for (Vertex v : r.truncated)
        d.num(std::uint64_t(v));
    d.num(std::uint64_t(r.connectors.size()));
    for (const Connector &c : r.connectors) {
        d.num(std::uint64_t(c.from));
        d.num(std::uint64_t(c.to));
        d.num(std::uint64_t(c.kind));
        d.num(std::uint64_t(c.points.size()));
        for (const QPointF &p : c.points) {
            d.num(p.x());
            d.num(p.y());
        }
    }
    d.rect(r.bounds);
    return d.h;
}

struct Case
{
    Org org;
    std::vector<QSizeF> sizes;
    std::vector<char> collapsed;
};

/// A random forest from the raw output of mt19937 (the same numbers on every
/// standard library, unlike the distributions): `roots` trees, bushy or long
/// chains by `chains` (0–4), a few very wide managers, assistants, dotted lines,
/// cards of fractional widths.
Case randomCase(std::uint32_t seed, int n, int roots, std::uint32_t chains)
{
    std::mt19937 rng(seed);
    Case c;
    const int wide = int(rng() % 3);
    for (int i = 0; i < n; ++i) {
        Position p;
        p.id = QString::number(i);
        p.name = QStringLiteral("P%1").arg(i);
        p.assistant = i >= roots && rng() % 100 < 6;
        const Vertex v = c.org.addPosition(p);
        // One draw after the other (as arguments of one call their order is the compiler's:
        // the digests were recorded with GCC, which drew the height first).
        const double height = rng() % 10 < 3 ? 70.5 : 90;
        const double width = 160 + double(rng() % 1200) / 10;
        c.sizes.emplace_back(width, height);
        if (i >= roots) {
            int m;
            if (wide > 0 && rng() % 10 < 3)
                m = int(rng() % std::uint32_t(std::min(i, wide + roots)));
            else if (rng() % 4 < chains)
                m = std::max(0, i - 1 - int(rng() % 3));
            else
                m = int(rng() % std::uint32_t(i));
            c.org.setManager(v, Vertex(m));
        }
    }
    c.collapsed.assign(std::size_t(n), 0);
    for (int k = 0; k < n / 15; ++k)
        c.collapsed[rng() % std::uint32_t(n)] = 1;
    for (int k = 0; k < n / 25; ++k) {
        const auto a = Vertex(rng() % std::uint32_t(n)), b = Vertex(rng() % std::uint32_t(n));
        if (a != b)
            c.org.addDottedLine(a, b);
    }
    return c;
}

/// Digests of every layout of one case (whole layouts and parts), in a fixed order.
std::vector<std::uint64_t> digests(const Case &c)
{
    std::vector<std::uint64_t> out;
    for (int variant = 0; variant < 16; ++variant) {
        LayoutOptions o;
        o.orientation = variant & 1 ? Orientation::LeftRight : Orientation::TopDown;
        o.compact = variant & 2;
        if (variant & 4)
            o.collapsed = c.collapsed;
        if (variant & 8)
            o.maxDepth = 3;
        o.routeConnectors = variant != 5;
        const TreeLayout layout(o);
        out.push_back(digest(layout.layout(c.org, c.sizes)));
        if (variant == 6) {
            out.push_back(digest(layout.layout(c.org))); // default card size
            LayoutOptions one = o;
            one.root = Vertex(c.org.size() / 3);
            out.push_back(digest(TreeLayout(one).layout(c.org, c.sizes)));
        }
        if (variant == 3 || variant == 8) {
            const LayoutIndex ix = layout.index(c.org, c.sizes);
            for (Vertex root : {Vertex(0), Vertex(c.org.size() / 2)})
                out.push_back(digest(layout.layoutPart(c.org, c.sizes, ix, root, variant == 8 ? 2 : -1, variant == 3)));
        }
    }
    return out;
}

std::string hex(const std::vector<std::uint64_t> &values)
{
    std::string s;
    char buf[24];
    for (std::uint64_t v : values) {
        std::snprintf(buf, sizeof buf, "%016llx ", static_cast<unsigned long long>(v));
        s += buf;
    }
    return s;
}

} // namespace

TEST(TreeLayoutBits, SameResultsToTheBitAsBefore)
{
    struct Expected
    {
        std::uint32_t seed;
        int n, roots;
        std::uint32_t chains;
        const char *digests;
    };
    // Printed by this test (the `got` line) with TreeLayout at 8057087.
    const Expected cases[] = {
        {1, 1, 1, 0,
         "cbfb997c69042ae5 cbfb997c69042ae5 cbfb997c69042ae5 cbfb997c69042ae5 "
         "7450fc5ef8bc3a85 7450fc5ef8bc3a85 cbfb997c69042ae5 cbfb997c69042ae5 "
         "cbfb997c69042ae5 85b3aff264960485 cbfb997c69042ae5 cbfb997c69042ae5 "
         "cbfb997c69042ae5 7450fc5ef8bc3a85 7450fc5ef8bc3a85 cbfb997c69042ae5 "
         "cbfb997c69042ae5 cbfb997c69042ae5 cbfb997c69042ae5 cbfb997c69042ae5 "
         "cbfb997c69042ae5 cbfb997c69042ae5 "},
        {2, 40, 1, 0,
         "d7d2661fa1f18f59 d1e3c148a7fd5187 6eee09c8ddfc1556 1d3f33037ecf1b7f "
         "73f596425cc772db cc1199dc003eaab1 e3f06744e78b3933 5f7ebdfdf579be7a "
         "4b1599335239606b 16be5d5a0bbdb9e9 c6655830db14dc9f 3a7ac059c546da5e "
         "1a53a297a93c88f1 e5a45f97c761e134 cc1199dc003eaab1 aa1368d69a3b7180 "
         "b7d436d88343a08d aae11740f42992d7 1a53a297a93c88f1 aa1368d69a3b7180 "
         "b7d436d88343a08d aae11740f42992d7 "},
        {3, 700, 1, 1,
         "3e730a02eb639147 b95099506f9213e2 53c1ebea0369db4b 8370c92b707ba70c "
         "6748ff2c9e3d4ae0 4ce4faeb3cffbd70 ead1245cd47832c7 d455ffe55aa29079 "
         "f494d7d9d7b41507 4dbf4c26a6bfd26e 6ddc05bc720746f2 29861e887779601c "
         "c9709dcd5227d7ea d297ac5d1263977e 4ce4faeb3cffbd70 e7c31b0988a04bd0 "
         "1818544ae39ff631 7a474f29d4f22066 b0c7ffe6565a01e4 8a41db83bb6aaedc "
         "6dd551018ec6ed38 67f2f7bfff86590f "},
        {4, 2500, 3, 2,
         "ebd737d31cd2376f 89e2969de22c9665 e514e6e9b8e13310 7b2acd2144a6cd30 "
         "cdbfac5030e3733b a26d6c51a8931c12 e7f0279f74ef2936 73afd8cf1eb9a3f3 "
         "5433a4c2006d8b4a f3cc69a490d0906c 8a5ce2e37136f2b9 fa8ef17d69caafc7 "
         "169fc0e116f1cbfe 1744ab10b4c76134 339340404e7fe287 e76c1601d232c398 "
         "3f01e03a0c7f4ca5 f490edeb7d363cfc c43ab9d0e4bc9dd5 a4238f2c5b5cfd9c "
         "8af4ff69e9b6dd13 ad32d9dc523da190 "},
        {5, 2500, 1, 4,
         "a13ec05198cfc8c7 3eb1fd1e46fa94ec 92e450428a269f3b 85fe2f365d93225c "
         "64ba2022e85d7984 5df698049cf48996 afc9d3dd56493b79 ce746526442b5697 "
         "a283f0c3d50e66fe 83c3928cfca2f0b8 9504e8c67a8c6474 bf97f5f4bca105e1 "
         "04a16e8814949c8d 5a1f1696a633d5b6 62c16957533f278a b5a4f8d6a7d2432f "
         "0d447e8c8dbb6efb 79c2f12aa70f5ece 17507943021b6c22 0132da7e07396d1d "
         "76ce0befe4d5b64c 2ff6acb2febe505d "},
        {6, 4000, 1, 0,
         "85ecfbf661d02cd3 8f5d7ee142d9b9b2 a795f3732e1026f8 b5ae273bedab36bd "
         "491350135f3b2929 3c3114c76f2c0eef da35f50ef846e972 29b4e5dc6cbe79be "
         "0253117225e75e6f cfc9fc3c9b5443e9 67c7abdb99123030 382bd1e8d7f1f8a8 "
         "a20306fed33e122f 28eb497f3d89d25f 0e71453a2a4b091b be05f88f158818a1 "
         "ea4e33de712cf57a 08ba6086701b94f9 f074bae4908ba1c1 451db7d1a5bf511f "
         "49f1b0e3715e01da 2cd02a3519af92d1 "},
    };
    for (const Expected &e : cases) {
        const Case c = randomCase(e.seed, e.n, e.roots, e.chains);
        const std::string got = hex(digests(c));
        EXPECT_EQ(got, e.digests) << "seed " << e.seed << " n " << e.n << "\ngot " << got;
    }
}
