// SPDX-License-Identifier: MIT
#pragma once

#include "positiondatacommand.h"

namespace org {

/// Sets one field of a position: "title", "team", "product_line", "email",
/// "salary" (a number, or empty for none), "start_date" / "end_date" (ISO date
/// or quarter such as 2027Q3, empty for none), "status" (planned, approved,
/// interviewing, offer or empty), "budget" (a number or empty) or a custom field.
class SetFieldCommand final : public PositionDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFieldCommand)
public:
    SetFieldCommand(Document *doc, const QString &id, const QString &field, const QString &value,
                    QUndoCommand *parent = nullptr);
    QString describe() const override;
    /// Why the field cannot be set to the value, or an empty string.
    static QString refusal(const Org &org, const QString &field, const QString &value);

private:
    QString m_field;
};

} // namespace org
