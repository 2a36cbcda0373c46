// SPDX-License-Identifier: MIT
// orgdesigner-cli validate FILE… [--format text|json] [--lang en|zh_CN] [--infer-roles]
#include "cliutil.h"

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
                                             QJsonObject &out) {
        const Org &org = input.org;
        const RuleEngine engine(input.roles, input.settings);
        const std::vector<Problem> problems = engine.check(org);
        int open = 0;
        for (const Position &p : org.positions())
            open += p.isOpen();
        int counts[3] = {0, 0, 0};
        for (const Problem &p : problems)
            ++counts[int(p.severity)];
        if (json) {
            QJsonArray list;
            out = validationJson(org, problems, engine);
        } else {
            QString text = Cli::tr("%1: %n position(s)", nullptr, org.size()).arg(file);
            text += Cli::tr(", %n open", nullptr, open) + QLatin1Char('\n');
            text += problemLines(org, problems, engine);
            printOut(text);
        }
        return counts[0] > 0 ? RuleErrors : Ok;
    });
}

} // namespace org::cli
