// SPDX-License-Identifier: MIT
#include "roleinference.h"

#include <QRegularExpression>

#include <vector>

namespace org {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString role;
};

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> table = [] {
        const auto opts = QRegularExpression::CaseInsensitiveOption
                          | QRegularExpression::UseUnicodePropertiesOption;
        auto rule = [&](const char *re, const char *role) {
            return Rule{QRegularExpression(QString::fromUtf8(re), opts), QString::fromLatin1(role)};
        };
        const char *techArea = "(engineering|technology|technical|tech|r\\s*&\\s*d|research and development|"
                               "it|information technology|software|(?<!business )development|platform)";
        std::vector<Rule> t;
        t.push_back(rule("\\bcto\\b|chief\\s+(technology|technical)\\s+officer|首席技术官|技术副总裁", "cto"));
        t.push_back(rule(QByteArray(QByteArray("\\b(vice\\s+president|svp|evp|vp|head|director)\\b.*\\b") + techArea + "\\b")
                             .constData(), "tech_director"));
        t.push_back(rule(QByteArray(QByteArray("\\b") + techArea + "\\s+director\\b|技术总监|研发总监").constData(),
                         "tech_director"));
        t.push_back(rule("\\bceo\\b|chief\\s+executive|^\\s*president\\b|首席执行官|总裁", "ceo"));
        t.push_back(rule("\\b(engineering|technical|tech|(?<!business )development|software|it|r\\s*&\\s*d|"
                         "research\\s+and\\s+development|information\\s+services|network|database|"
                         "qa\\s+engineering|platform|devops)\\s+manager\\b|"
                         "\\b(tech|technical|engineering|development)\\s+lead\\b|"
                         "\\bsystems?\\s+analyst\\b|技术经理|研发经理|开发经理|系统分析师", "tech_manager"));
        t.push_back(rule("architect|架构师", "architect"));
        t.push_back(rule("engineer|\\b(senior|lead|staff|principal)\\s+(\\w+\\s+)?developer\\b|"
                         "\\b(tool|software|design|hardware|system|chip)\\s+designer\\b|"
                         "\\b(database|network|system|systems)\\s+administrator\\b|\\bdba\\b|"
                         "\\bapplication\\s+specialist\\b|\\bsre\\b|\\bdevops\\b|data\\s+scientist|工程师",
                         "engineer"));
        t.push_back(rule("programmer|developer|\\bcoder\\b|程序员|开发", "programmer"));
        return t;
    }();
    return table;
}

} // namespace

QString RoleInference::infer(const QString &title)
{
    const QString t = title.simplified();
    if (!t.isEmpty())
        for (const Rule &r : rules())
            if (r.pattern.match(t).hasMatch())
                return r.role;
    return QStringLiteral("staff");
}

} // namespace org
