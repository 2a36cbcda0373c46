// SPDX-License-Identifier: MIT
// PositionCache (the status bar's counts, the "As of" quarters): an edit of a position
// changed in place or appended updates its entry alone; anything that shifted the
// vertices asks for a refill.
#include "positioncache.h"

#include <gtest/gtest.h>

using namespace org;
using namespace org::ui;

namespace {

Position position(const QString &id)
{
    Position p;
    p.id = id;
    p.name = id;
    return p;
}

Org threePositions()
{
    Org org;
    for (const char *id : {"a", "b", "c"})
        org.addPosition(position(QString::fromLatin1(id)));
    return org;
}

TEST(PositionCache, APositionChangedInPlaceIsFollowedAlone)
{
    const Org org = threePositions();
    PositionCache<int> cache;
    cache.assign(3, 7);
    EXPECT_EQ(cache.follow(org, QStringLiteral("b")), org.find(QStringLiteral("b")));
    EXPECT_EQ(cache.size(), 3u);
    EXPECT_EQ(cache[org.find(QStringLiteral("b"))], 7); // kept: the caller updates it
}

TEST(PositionCache, TheLastAppendedPositionGetsAFreshEntry)
{
    Org org = threePositions();
    PositionCache<int> cache;
    cache.assign(3, 7);
    org.addPosition(position(QStringLiteral("d")));
    const Org::Vertex d = cache.follow(org, QStringLiteral("d"));
    ASSERT_EQ(d, org.find(QStringLiteral("d")));
    EXPECT_EQ(cache.size(), 4u);
    EXPECT_EQ(cache[d], 0);
    EXPECT_EQ(cache[0], 7);
}

TEST(PositionCache, ShiftedVerticesAskForARefill)
{
    Org org = threePositions();
    PositionCache<int> cache;
    cache.assign(3, 7);
    // Two appended before the cache heard of the first: the first is not the last one.
    org.addPosition(position(QStringLiteral("d")));
    org.addPosition(position(QStringLiteral("e")));
    EXPECT_EQ(cache.follow(org, QStringLiteral("d")), Org::npos);
    // A removal renumbers: even a position that is still there cannot be followed.
    Org removed = threePositions();
    PositionCache<int> other;
    other.assign(3, 7);
    removed.removePosition(removed.find(QStringLiteral("a")));
    EXPECT_EQ(other.follow(removed, QStringLiteral("c")), Org::npos);
    // A position that is gone.
    EXPECT_EQ(other.follow(removed, QStringLiteral("a")), Org::npos);
    EXPECT_EQ(other.size(), 3u); // untouched until assign()
}

} // namespace
