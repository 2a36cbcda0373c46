// SPDX-License-Identifier: MIT
#include "rolecatalogue.h"

namespace org {

namespace {

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

Role makeRole(const char *key, const char *en, const char *zh, std::optional<int> rank,
              bool technical, QRgb color, QStringList dutiesEn, QStringList dutiesZh,
              QStringList aliases)
{
    Role r;
    r.key = QString::fromLatin1(key);
    r.nameEn = QString::fromUtf8(en);
    r.nameZh = QString::fromUtf8(zh);
    r.rank = rank;
    r.technical = technical;
    r.color = QColor::fromRgb(color);
    r.dutiesEn = dutiesEn.join(QLatin1Char('\n'));
    r.dutiesZh = dutiesZh.join(QLatin1Char('\n'));
    r.aliases = std::move(aliases);
    return r;
}

} // namespace

QString foldSpelling(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        out.append(c.toLower());
    }
    return out;
}

RoleCatalogue RoleCatalogue::defaults()
{
    // Colours: Okabe–Ito, a palette that stays distinct for colour-blind readers.
    RoleCatalogue c;
    c.m_roles = {
        makeRole("ceo", "Chief Executive Officer", "首席执行官", 7, false, 0x000000,
                 lines({"Company direction"}), lines({"公司方向"}),
                 lines({"CEO", "President", "总裁", "Chief Executive"})),
        makeRole("cto", "Chief Technology Officer", "首席技术官", 6, true, 0xD55E00,
                 lines({"Technology vision that drives business and product strategy",
                        "Technical architecture and standards of the core business",
                        "Process: an effective team, project management and career development",
                        "Knowledge base, tech talks and engineering culture",
                        "Business support with HR, marketing, BD, finance and support",
                        "Influence inside and outside the company; foresight and execution"}),
                 lines({"技术愿景：识别、利用、整合新技术，驱动商业与产品战略",
                        "技术架构：主营业务的技术架构与技术体系标准",
                        "流程制度：高效的技术团队、项目管理与员工成长体系",
                        "知识培训：知识库、技术分享与工程师文化",
                        "业务支撑：与 HR、市场、BD、财务、客服协作",
                        "影响力与视野：公司内外的影响力，技术前瞻与战略落地"}),
                 lines({"CTO", "Chief Technical Officer", "技术副总裁"})),
        makeRole("tech_director", "Technical Director", "技术总监", 5, true, 0xE69F00,
                 lines({"Build the platform R&D department and the shared platform with the architects",
                        "Coordinate departments and product lines; every product line has a capable manager and programmers",
                        "Bring in tools and methods that raise the team's efficiency"}),
                 lines({"组建平台研发部，与架构师共建公共平台，服务各产品线",
                        "管理和协调各部门与各产品线，确保每条产品线有合格的技术经理和程序员",
                        "引入工具和方法，提升团队效率"}),
                 lines({"Tech Director", "Director of Engineering", "Engineering Director",
                        "VP Engineering", "VP of Engineering", "研发总监", "Director"})),
        makeRole("tech_manager", "Technical Manager", "技术经理", 4, true, 0x0072B2,
                 lines({"Task management: estimates, process, assignment and tracking",
                        "Quality: code review, risk reporting and resolution",
                        "Efficiency: training, best practices, build and deployment automation",
                        "Team growth: hiring, onboarding, retrospectives"}),
                 lines({"任务管理：工作量评估、开发流程、分配与追踪任务",
                        "质量管理：代码评审、风险判断与协调解决",
                        "效率提升：底层研发与培训、最佳实践、自动化构建与部署工具",
                        "能力提升：招聘面试、新人指导、项目复盘"}),
                 lines({"Tech Manager", "Engineering Manager", "Tech Lead", "Technical Lead",
                        "Team Lead", "Development Manager", "System Analyst", "研发经理",
                        "系统分析师"})),
        makeRole("architect", "Architect", "架构师", 3, true, 0xCC79A7,
                 lines({"Requirement analysis: key requirements, technical options, risk and schedule",
                        "Architecture: layered design for scalability, availability, performance, security and operability",
                        "Core classes, interfaces and their changes"}),
                 lines({"需求分析：确立关键需求，提供技术选项、风险预判与工期方案",
                        "架构设计：从功能中抽取非功能需求，分层设计，达成高扩展、高可用、高性能、高安全、易运维、易部署、易接入",
                        "功能设计与实现：公共核心类、接口、规则与接口变更"}),
                 lines({"Software Architect", "Solution Architect", "System Architect"})),
        makeRole("engineer", "Engineer", "工程师", 2, true, 0x009E73,
                 lines({"Design and implement the core, complex features",
                        "Diagnose and fix the hardest bugs",
                        "Industrial-quality code; module-level design",
                        "Help others troubleshoot quickly"}),
                 lines({"负责核心复杂功能的方案设计与编码实现",
                        "负责疑难 BUG 的分析诊断与攻关",
                        "注重代码质量，写出工业级代码；能胜任模块级设计",
                        "帮助他人快速排查问题"}),
                 lines({"Software Engineer", "Senior Engineer", "Developer Engineer", "开发工程师",
                        "软件工程师"})),
        makeRole("programmer", "Programmer", "程序员", 1, true, 0x56B4E9,
                 lines({"Turn requirements into working software",
                        "Design and build the operations systems",
                        "Process and analyse operational data"}),
                 lines({"把需求或产品实现为可用的软件", "负责运营系统的设计与开发",
                        "运营数据处理和分析"}),
                 lines({"Developer", "Coder", "Junior Developer", "开发", "开发人员"})),
        makeRole("staff", "Staff (non-technical)", "员工", 0, false, 0x999999,
                 lines({"Any non-technical position"}), lines({"任何非技术岗位"}),
                 lines({"Staff", "Employee", "Non-technical", "非技术"})),
        makeRole("tech_partner", "Technical Partner", "技术合伙人", std::nullopt, true, 0xF0E442,
                 lines({"External technical partner, linked by a dotted line; not in headcount",
                        "Kinds: technology resources, full-service support, product, technical strategy, "
                        "data science, DevOps, testing, service provider (cloud, IoT, hardware)"}),
                 lines({"外部技术合伙人，以虚线汇报关联，不计入编制",
                        "类型：技术资源、全方位支持、产品、技术战略、数据科学、DevOps、测试、服务商（云、物联网、硬件）"}),
                 lines({"Technical Partner", "Tech Partner", "Partner"})),
    };
    // Monthly cost bands in CNY (base pay plus employer's social charges, the
    // range of tier-1 Chinese tech companies). A technical partner (ROLES.md):
    // base 5,000–7,000 plus a bonus of 1,500–3,000. The CEO and non-technical
    // staff start without a band.
    const std::pair<const char *, std::pair<double, double>> bands[] = {
        {"cto", {70000, 110000}},         {"tech_director", {50000, 75000}},
        {"tech_manager", {32000, 48000}}, {"architect", {35000, 55000}},
        {"engineer", {20000, 32000}},     {"programmer", {10000, 18000}},
        {"tech_partner", {6500, 10000}},
    };
    for (Role &r : c.m_roles)
        for (const auto &[key, band] : bands)
            if (r.key == QLatin1String(key)) {
                r.costMin = band.first;
                r.costMax = band.second;
            }
    c.reindex();
    return c;
}

int RoleCatalogue::indexOfKey(const QString &key) const
{
    for (std::size_t i = 0; i < m_roles.size(); ++i)
        if (m_roles[i].key == key)
            return int(i);
    return -1;
}

int RoleCatalogue::match(const QString &value) const
{
    return m_bySpelling.value(foldSpelling(value), -1);
}

const Role *RoleCatalogue::find(const QString &key) const
{
    const int i = indexOfKey(key);
    return i < 0 ? nullptr : &m_roles[std::size_t(i)];
}

void RoleCatalogue::upsert(const Role &role)
{
    const int i = indexOfKey(role.key);
    if (i < 0)
        m_roles.push_back(role);
    else
        m_roles[std::size_t(i)] = role;
    reindex();
}

bool RoleCatalogue::remove(const QString &key)
{
    const int i = indexOfKey(key);
    if (i < 0)
        return false;
    m_roles.erase(m_roles.begin() + i);
    reindex();
    return true;
}

QStringList RoleCatalogue::keys() const
{
    QStringList out;
    for (const Role &r : m_roles)
        out << r.key;
    return out;
}

void RoleCatalogue::reindex()
{
    m_bySpelling.clear();
    // Aliases first, so that keys and names (inserted after) win a clash.
    for (std::size_t i = 0; i < m_roles.size(); ++i)
        for (const QString &alias : m_roles[i].aliases)
            m_bySpelling.insert(foldSpelling(alias), int(i));
    for (std::size_t i = 0; i < m_roles.size(); ++i) {
        const Role &r = m_roles[i];
        m_bySpelling.insert(foldSpelling(r.nameEn), int(i));
        m_bySpelling.insert(foldSpelling(r.nameZh), int(i));
        m_bySpelling.insert(foldSpelling(r.key), int(i));
    }
}

QString RoleCatalogue::roleBelow(const QString &managerRole) const
{
    const Role *m = find(managerRole);
    const Role *best = nullptr;
    if (m && m->rank) {
        for (const Role &r : m_roles)
            if (r.countsAsTechnical() && r.rank && *r.rank < *m->rank && (!best || *r.rank > *best->rank))
                best = &r;
    }
    if (best)
        return best->key;
    if (find(QStringLiteral("engineer")))
        return QStringLiteral("engineer");
    return m_roles.empty() ? QString() : m_roles.front().key;
}

QString RoleCatalogue::roleAbove(const QString &role) const
{
    const Role *m = find(role);
    if (!m || !m->rank)
        return {};
    const Role *best = nullptr;
    for (const Role &r : m_roles)
        if (r.countsAsTechnical() && r.rank && *r.rank > *m->rank && (!best || *r.rank < *best->rank))
            best = &r;
    return best ? best->key : QString();
}

} // namespace org
