// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org::ui {

/// Drag-and-drop payloads inside the editor (UTF-8 text).
/// Position ids, one per line: dragged from the people list or the chart.
inline QString positionMimeType() { return QStringLiteral("application/x-orgdesigner-positions"); }
/// A role key: dragged from the role palette.
inline QString roleMimeType() { return QStringLiteral("application/x-orgdesigner-role"); }

} // namespace org::ui
