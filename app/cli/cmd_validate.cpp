// SPDX-License-Identifier: MIT
// orgdesigner-cli validate FILE… [--format text|json] [--lang en|zh_CN] [--infer-roles]
#include "cliutil.h"

#include "rules/orgasof.h"
#include "rules/ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace org::cli {


int runValidate(const QStringList &args)
{
    const QString description =
        Cli::tr("Checks an org against the rules (DESIGN §4). Exit code 0: no errors "
                "(warnings allowed); 1: at least one error; 2: unreadable input.");
    return runPerFile(args, description, [](const QString &file, const LoadedOrg &input, bool json,
                                             QJsonObject &out, QDate asOf) {
        const Org &org = input.org;
        const RuleEngine engine(input.roles, input.settings);
        // --as-of: the rules on that day; anchors stay ids of the whole plan.
        const std::vector<Problem> problems = OrgAsOf::check(engine, org, asOf);
        int open = 0, positions = 0;
        for (const Position &p : org.positions()) {
            const bool counts = p.isActiveOn(asOf);
            open += counts && p.isOpen();
            positions += counts;
        }
        int counts[3] = {0, 0, 0};
        for (const Problem &p : problems)
            ++counts[int(p.severity)];
        if (json) {
            QJsonArray list;
            out = validationJson(org, problems, engine);
            if (asOf.isValid()) {
                out.insert(QStringLiteral("positions"), positions);
                out.insert(QStringLiteral("open_positions"), open);
                out.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
            }
        } else {
            QString text = positionsLine(file, positions, open);
            if (asOf.isValid())
                text += Cli::tr(" as of %1").arg(asOf.toString(Qt::ISODate));
            text += QLatin1Char('\n');
            printOut(text);
            printProblemLines(org, problems, engine);
        }
        return counts[0] > 0 ? RuleErrors : Ok;
    });
}

} // namespace org::cli
