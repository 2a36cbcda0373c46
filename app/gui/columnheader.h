// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <cstddef>

namespace org::ui {

/// headerData() of a table model whose horizontal header shows `titles[section]`:
/// source texts marked with QT_TR_NOOP in the model's class, translated with the
/// model's tr() when asked (so the header follows the UI language). Other
/// orientations and roles are QAbstractTableModel's; a section out of range has none.
template <typename Model, std::size_t N>
QVariant columnHeader(const Model &model, const char *const (&titles)[N], int section, Qt::Orientation orientation,
                      int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return model.QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= int(N))
        return {};
    return Model::tr(titles[section]);
}

} // namespace org::ui
