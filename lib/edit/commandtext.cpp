// SPDX-License-Identifier: MIT
#include "commandtext.h"

#include "i18n/language.h"

namespace org {

CommandSubject CommandSubject::of(const Org &org, Org::Vertex v)
{
    if (v == Org::npos)
        return {};
    const Position &p = org.position(v);
    return {p.name, p.role, p.id};
}

QString CommandSubject::label(const RoleCatalogue &roles) const
{
    if (!name.isEmpty())
        return name;
    const Role *r = roles.find(role);
    return QCoreApplication::translate("org::CommandSubject", "Open position (%1)")
        .arg(r ? r->displayName(language()) : id);
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return QCoreApplication::translate("org::CommandSubject", "title");
    if (field == QLatin1String("team"))
        return QCoreApplication::translate("org::CommandSubject", "team");
    if (field == QLatin1String("product_line"))
        return QCoreApplication::translate("org::CommandSubject", "product line");
    if (field == QLatin1String("email"))
        return QCoreApplication::translate("org::CommandSubject", "email");
    if (field == QLatin1String("salary"))
        return QCoreApplication::translate("org::CommandSubject", "salary");
    return field;
}

} // namespace org
