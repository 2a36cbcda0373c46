// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace org::layoutimpl {

/// The breadth that a manager's assistants add to its node: they sit left and right
/// of the manager in turn, and the same room is kept on both sides so that the
/// manager stays centred over its reports. TreeLayout and IncrementalLayout share it
/// (their results must agree to the last bit of this sum).
template <class Vertex, class BreadthOf>
double assistantRoom(const std::vector<Vertex> &helpers, double gap, BreadthOf &&breadthOf)
{
    double side[2] = {0, 0};
    for (std::size_t i = 0; i < helpers.size(); ++i)
        side[i % 2] += gap + breadthOf(helpers[i]);
    return 2 * std::max(side[0], side[1]);
}

/// Centre, across the generation axis, of a leaf of breadth `breadth` in a compact
/// stack of `columns` columns (1 or 2) under a manager: a single column hangs right of
/// the trunk, which starts at `left`; two columns sit either side of the trunk at
/// `trunk`. TreeLayout and IncrementalLayout share it (their results must agree to the bit).
inline double stackedLeafCentre(int columns, int column, double left, double trunk, double gap, double breadth)
{
    if (columns == 1)
        return left + gap / 2 + breadth / 2;
    return column == 0 ? trunk - gap / 2 - breadth / 2 : trunk + gap / 2 + breadth / 2;
}

} // namespace org::layoutimpl
