// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace org {

/// Maps a free-text job title to a role key by keyword, for HR exports that have
/// no role column (`--infer-roles`). The table, first match wins:
///
/// | role | title contains (case-insensitive, whole words) |
/// |---|---|
/// | cto | CTO, Chief Technology/Technical Officer, 首席技术官, 技术副总裁 |
/// | tech_director | VP/Vice President/Head/Director of Engineering/Technology/R&D/IT/Software; Engineering/Technical/R&D/IT Director; 技术总监, 研发总监 |
/// | ceo | CEO, Chief Executive Officer, President (not Vice President), 首席执行官, 总裁 |
/// | tech_manager | Engineering/Technical/Tech/Development/Software/IT/R&D/Research and Development/Information Services/Network/Database/QA Engineering/Platform/DevOps Manager; Tech(nical) Lead, Engineering Lead; System Analyst; 技术经理, 研发经理, 开发经理, 系统分析师 |
/// | architect | Architect, 架构师 |
/// | engineer | Engineer, Senior/Lead/Staff/Principal Developer, Designer (tool, design, software), Database/Network/System Administrator, DBA, Application Specialist, SRE, DevOps, Data Scientist, 工程师 |
/// | programmer | Programmer, Developer, Coder, 程序员, 开发 |
/// | staff | anything else (sales, finance, production, HR…) |
class RoleInference final
{
public:
    /// The role key for a title; "staff" when no keyword matches.
    static QString infer(const QString &title);
};

} // namespace org
