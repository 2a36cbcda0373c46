<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Derive roles from job titles where the role column is missing or unknown.</source>
        <translation>角色列缺失或无法识别时，根据职位名称推断角色。</translation>
    </message>
    <message>
        <source>Plans: the scenario to use (default: the first).</source>
        <translation>规划文件：使用的方案（默认：第一个）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>unknown language "%1" (use en or zh_CN)</source>
        <translation>未知语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>unknown format "%1" (use %2)</source>
        <translation>未知格式“%1”（请使用 %2）</translation>
    </message>
    <message>
        <source>missing input file (see %1 --help)</source>
        <translation>缺少输入文件（参见 %1 --help）</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>参数过多：%1</translation>
    </message>
    <message>
        <source> (%1 open)</source>
        <translation>（%1 个空缺）</translation>
    </message>
    <message>
        <source>  cost %1</source>
        <translation>  成本 %1</translation>
    </message>
    <message>
        <source>Headcount, span of control and monthly cost per team, role and product line.</source>
        <translation>按团队、角色和产品线统计编制人数、管理幅度与月度成本。</translation>
    </message>
    <message>
        <source>CSV, XLSX or .orgplan file(s).</source>
        <translation>CSV、XLSX 或 .orgplan 文件。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>positions: %1 (%2 filled, %3 open)
</source>
        <translation>岗位：%1（在岗 %2，空缺 %3）
</translation>
    </message>
    <message>
        <source>technical headcount: %1
</source>
        <translation>技术编制人数：%1
</translation>
    </message>
    <message>
        <source>roots: %1, ladder depth: %2 levels
</source>
        <translation>顶层岗位：%1，职级层数：%2 层
</translation>
    </message>
    <message>
        <source>span of control: %1 managers, min %2, median %3, max %4
</source>
        <translation>管理幅度：%1 名管理者，最小 %2，中位数 %3，最大 %4
</translation>
    </message>
    <message>
        <source>monthly cost: %1
</source>
        <translation>月度成本：%1
</translation>
    </message>
    <message>
        <source>headcount by role:
</source>
        <translation>按角色的编制人数：
</translation>
    </message>
    <message>
        <source>headcount by team:
</source>
        <translation>按团队的编制人数：
</translation>
    </message>
    <message>
        <source>headcount by product line:
</source>
        <translation>按产品线的编制人数：
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Checks an org against the rules (DESIGN §4). Exit code 0: no errors (warnings allowed); 1: at least one error; 2: unreadable input.</source>
        <translation>按规则检查组织（DESIGN 第 4 节）。退出码 0：无错误（允许警告）；1：至少一个错误；2：输入无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s)</source>
        <translation><numerusform>%1：%n 个岗位</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation><numerusform>，%n 个空缺</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation><numerusform>%n 个提示</numerusform></translation>
    </message>
    <message>
        <source>Check an org against the team-size and ladder rules.</source>
        <translation>按团队规模与职级规则检查组织。</translation>
    </message>
    <message>
        <source>Headcount, span of control and cost per team and role.</source>
        <translation>按团队和角色统计编制人数、管理幅度与成本。</translation>
    </message>
    <message>
        <source>Usage: orgdesigner-cli COMMAND FILE [options]
FILE is a CSV file, an Excel workbook (.xlsx) or a plan (.orgplan).

Commands:
</source>
        <translation>用法：orgdesigner-cli 命令 文件 [选项]
文件可以是 CSV 文件、Excel 工作簿（.xlsx）或规划文件（.orgplan）。

命令：
</translation>
    </message>
    <message>
        <source>
Run orgdesigner-cli COMMAND --help for a command's options.
Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.
</source>
        <translation>
运行 orgdesigner-cli 命令 --help 查看该命令的选项。
退出码：0 无错误，1 违反规则（错误），2 输入无法读取或命令行有误。
</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row such as "id,name,manager_id,role"</source>
        <translation>文件为空：缺少表头行，例如“id,name,manager_id,role”</translation>
    </message>
    <message>
        <source>not a CSV file: it contains binary data</source>
        <translation>不是 CSV 文件：包含二进制数据</translation>
    </message>
    <message>
        <source>invalid encoding: the text is neither UTF-8, UTF-16 nor GB18030</source>
        <translation>编码无效：文本既不是 UTF-8、UTF-16，也不是 GB18030</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing ")</source>
        <translation>此处开始的带引号字段没有结束（缺少右引号 "）</translation>
    </message>
    <message>
        <source>the header has no id column (expected "id" or "工号"; found: %1)</source>
        <translation>表头缺少工号列（应为“id”或“工号”；实际为：%1）</translation>
    </message>
    <message>
        <source>the header has no role column (expected "role" or "角色"); use --infer-roles to derive roles from job titles</source>
        <translation>表头缺少角色列（应为“role”或“角色”）；可使用 --infer-roles 根据职位名称推断角色</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2: "%3"</source>
        <translation>此行有 %1 个字段，但表头只有 %2 个：“%3”</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>工号为空</translation>
    </message>
    <message>
        <source>duplicate id "%1" (already used on line %2)</source>
        <translation>工号“%1”重复（已在第 %2 行使用）</translation>
    </message>
    <message>
        <source>the role is empty; valid roles: %1</source>
        <translation>角色为空；有效角色：%1</translation>
    </message>
    <message>
        <source>unknown role "%1"; valid roles: %2</source>
        <translation>未知角色“%1”；有效角色：%2</translation>
    </message>
    <message>
        <source>the salary "%1" is not a number</source>
        <translation>月薪“%1”不是数字</translation>
    </message>
    <message>
        <source>line %1: manager id "%2" of "%3" does not exist (no row has this id)</source>
        <translation>第 %1 行：“%3”的上级工号“%2”不存在（没有任何一行使用此工号）</translation>
    </message>
    <message>
        <source>line %1: dotted-line manager id "%2" does not exist</source>
        <translation>第 %1 行：虚线上级工号“%2”不存在</translation>
    </message>
    <message>
        <source>reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle</source>
        <translation>汇报关系成环：%1 → %2（第 %3 行）；环中至少一人必须改为向环外汇报</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrgDesigner</source>
        <translation>组织设计器</translation>
    </message>
</context>
<context>
    <name>OrgLoader</name>
    <message>
        <source>this kind of file is not supported yet</source>
        <translation>暂不支持此类文件</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>open %1 position %2</source>
        <translation>%1空缺职位 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Tech director required</source>
        <translation>需要技术总监</translation>
    </message>
    <message>
        <source>Tech director recommended</source>
        <translation>建议设立技术总监</translation>
    </message>
    <message>
        <source>Too many direct reports</source>
        <translation>直接下属过多</translation>
    </message>
    <message>
        <source>Reports to a lower rung</source>
        <translation>上级职级低于下属</translation>
    </message>
    <message>
        <source>Reports to a peer</source>
        <translation>向同级汇报</translation>
    </message>
    <message>
        <source>More than one CTO</source>
        <translation>存在多名首席技术官</translation>
    </message>
    <message>
        <source>Product line without a tech manager</source>
        <translation>产品线缺少技术经理</translation>
    </message>
    <message>
        <source>Product line without an architect</source>
        <translation>产品线缺少架构师</translation>
    </message>
    <message>
        <source>The team of %1 technical positions under %2 has no tech director (limit %3): add a tech director between %4 and the team, or split it into teams of at most %3.</source>
        <translation>%2 下的 %1 人技术团队没有技术总监（上限 %3 人）：请在 %4 与团队之间设立技术总监，或将团队拆分为每个不超过 %3 人。</translation>
    </message>
    <message>
        <source>%1 leads %2 product lines (%3) without a tech director: add a tech director to coordinate their tech managers.</source>
        <translation>%1 负责 %2 条产品线（%3），但没有技术总监：请设立技术总监来协调各产品线的技术经理。</translation>
    </message>
    <message>
        <source>%1 has %2 direct reports (limit %3): add a management level or move some reports to another manager.</source>
        <translation>%1 有 %2 名直接下属（上限 %3）：请增加一个管理层级，或将部分下属调给其他上级。</translation>
    </message>
    <message>
        <source>%1 reports to %2, a lower rung of the ladder: move %3 under a manager of a higher rank, or swap their roles.</source>
        <translation>%1 向职级更低的 %2 汇报：请将 %3 调到职级更高的上级之下，或互换二人的角色。</translation>
    </message>
    <message>
        <source>%1 reports to %2, who holds the same rung: move %3 under a higher rung, or promote %4.</source>
        <translation>%1 向同级的 %2 汇报：请将 %3 调到更高职级之下，或提升 %4 的职级。</translation>
    </message>
    <message>
        <source>%1 is one of %2 CTOs (%3): keep one CTO and make the others tech directors.</source>
        <translation>%1 是 %2 名首席技术官之一（%3）：请只保留一名首席技术官，其余改为技术总监。</translation>
    </message>
    <message>
        <source>Product line "%1" (%2 positions) has no tech manager: add a tech manager to it, or move it under one.</source>
        <translation>产品线“%1”（%2 个岗位）没有技术经理：请为其增设技术经理，或将其划归某位技术经理。</translation>
    </message>
    <message>
        <source>Product line "%1" has %2 positions (%3 or more) but no architect: add an architect to it.</source>
        <translation>产品线“%1”有 %2 个岗位（达到 %3 个），但没有架构师：请为其增设架构师。</translation>
    </message>
</context>
</TS>