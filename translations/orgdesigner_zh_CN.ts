<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPositionCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>AsOfMark</name>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>已于 %1 离职</translation>
    </message>
</context>
<context>
    <name>CardPainter</name>
    <message>
        <source>Open position</source>
        <translation>空缺职位</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>column &quot;%1&quot; cannot be applied; a change file has an id column and any of manager_id, role, team, product_line, name</source>
        <translation>无法应用列“%1”；变更文件须有 id 列，并可含 manager_id、role、team、product_line、name 中任意几列</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing &quot;)</source>
        <translation>此处开始的带引号字段没有结束（缺少右引号 &quot;）</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row such as &quot;id,manager_id&quot;</source>
        <translation>文件为空：应有表头行，例如“id,manager_id”</translation>
    </message>
    <message>
        <source>the header has no id column (expected &quot;id&quot; or &quot;工号&quot;)</source>
        <translation>表头中没有 id 列（应为“id”或“工号”）</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>id 为空</translation>
    </message>
</context>
<context>
    <name>ChangeRoleCommand</name>
    <message>
        <source>Change role of %1 to %2</source>
        <translation>将 %1 的角色改为 %2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>continued on page %1</source>
        <translation>续见第 %1 页</translation>
    </message>
    <message>
        <source>problems (error)</source>
        <translation>问题（错误）</translation>
    </message>
    <message>
        <source>problems (warning)</source>
        <translation>问题（警告）</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (use .png, .svg or .pdf)</source>
        <translation>未知的导出格式“%1”（请使用 .png、.svg 或 .pdf）</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n 个空缺职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>the chart is %1 × %2 px at 100 %, too large for a PNG at scale %3 (limit: %4 px per side, %5 megapixels); use --compact, --root, --depth or a smaller --scale, or export SVG or PDF</source>
        <translation>图表在 100% 时为 %1 × %2 像素，按 %3 倍导出 PNG 过大（上限：每边 %4 像素，%5 百万像素）；请使用 --compact、--root、--depth 或更小的 --scale，或导出 SVG 或 PDF</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 px image</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图像</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>↑ reports to %1 (page %2)</source>
        <translation>↑ 汇报给 %1（第 %2 页）</translation>
    </message>
    <message>
        <source>the chart has %1 cards, too many for one SVG (limit: %2); export a part of it with --root ID or --depth N, or a PDF split over pages with --page A4</source>
        <translation>组织图有 %1 张卡片，超出单个 SVG 的上限（%2）；请用 --root 编号 或 --depth N 导出其中一部分，或用 --page A4 导出分页的 PDF</translation>
    </message>
    <message>
        <source>the chart is %1 × %2 px, too large for one PDF page (at most %3 px per side, at half size); split it over pages with --page A4 or --page A3, or export a part of it with --root ID or --depth N</source>
        <translation>组织图为 %1 × %2 像素，无法放入一个 PDF 页面（按一半大小每边最多 %3 像素）；请用 --page A4 或 --page A3 分页导出，或用 --root 编号 或 --depth N 导出其中一部分</translation>
    </message>
</context>
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
        <source>unknown language &quot;%1&quot; (use en or zh_CN)</source>
        <translation>未知语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
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
        <translation>
            <numerusform>%1：%n 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>，%n 个空缺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n 个提示</numerusform>
        </translation>
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
Run orgdesigner-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.
</source>
        <translation>
运行 orgdesigner-cli 命令 --help 查看该命令的选项。
退出码：0 无错误，1 违反规则（错误），2 输入无法读取或命令行有误。
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Draws the org chart as PNG, SVG or vector PDF (by the output&apos;s suffix). Exit code 1 when the org breaks an error rule (the chart is still written).</source>
        <translation>按输出文件后缀将组织图导出为 PNG、SVG 或矢量 PDF。组织违反错误级规则时退出码为 1（图表仍会写出）。</translation>
    </message>
    <message>
        <source>CSV, XLSX or .orgplan file.</source>
        <translation>CSV、XLSX 或 .orgplan 文件。</translation>
    </message>
    <message>
        <source>Export only the subtree of this position id.</source>
        <translation>仅导出该岗位编号下的子树。</translation>
    </message>
    <message>
        <source>Show at most N levels below the root(s).</source>
        <translation>最多显示根节点以下 N 层。</translation>
    </message>
    <message>
        <source>PNG: pixels per px at 100 % (default 2, less for huge charts).</source>
        <translation>PNG：100% 时每像素对应的像素数（默认 2，超大图表自动减小）。</translation>
    </message>
    <message>
        <source>PDF: fit (one page sized to the chart), A4 or A3 (split by subtree).</source>
        <translation>PDF：fit（单页，按图表大小）、A4 或 A3（按子树分页）。</translation>
    </message>
    <message>
        <source>PDF: landscape A4/A3 pages.</source>
        <translation>PDF：A4/A3 横向页面。</translation>
    </message>
    <message>
        <source>Title of the chart (default: the file name).</source>
        <translation>图表标题（默认：文件名）。</translation>
    </message>
    <message>
        <source>missing output file: -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>缺少输出文件：-o OUT.png、OUT.svg 或 OUT.pdf</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>无法识别“%1”的格式：请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>--depth wants a whole number of levels (0 or more)</source>
        <translation>--depth 需要一个整数层数（0 或以上）</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (use fit, A4 or A3)</source>
        <translation>未知页面尺寸“%1”（请使用 fit、A4 或 A3）</translation>
    </message>
    <message>
        <source>no position with id &quot;%1&quot;</source>
        <translation>没有编号为“%1”的岗位</translation>
    </message>
    <message>
        <source>note: the chart is %1 px wide; using the compact layout</source>
        <translation>提示：图表宽 %1 像素，已改用紧凑布局</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack a manager&apos;s leaf reports in columns (narrower charts).</source>
        <translation>将上级的末级下属按列堆叠（紧凑布局）。</translation>
    </message>
    <message>
        <source>tb (top-down, default) or lr (left to right).</source>
        <translation>tb（自上而下，默认）或 lr（从左到右）。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot; (use tb or lr)</source>
        <translation>未知方向“%1”（请使用 tb 或 lr）</translation>
    </message>
    <message>
        <source>Lays out the org chart and writes each card&apos;s rectangle (px at 100 %, top-left) as JSON. The last line printed is layout_ms=&lt;ms&gt; nodes=&lt;n&gt;.</source>
        <translation>排布组织图，并以 JSON 输出每张卡片的矩形（100% 像素，左上角）。最后一行输出 layout_ms=&lt;毫秒&gt; nodes=&lt;数量&gt;。</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>A plan in a shared PostgreSQL database: postgresql://user@host:port/dbname.</source>
        <translation>共享 PostgreSQL 数据库中的规划：postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <source>The scenario to use (default: the first).</source>
        <translation>要使用的方案（默认：第一个）。</translation>
    </message>
    <message>
        <source>missing plan (an .orgplan file or --db URL)</source>
        <translation>缺少规划（.orgplan 文件或 --db 地址）</translation>
    </message>
    <message>
        <source>the plan was not saved: %1</source>
        <translation>规划未保存：%1</translation>
    </message>
    <message>
        <source>Imports a CSV file or an Excel workbook into a new plan.</source>
        <translation>将 CSV 文件或 Excel 工作簿导入新规划。</translation>
    </message>
    <message>
        <source>CSV or XLSX file.</source>
        <translation>CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>The plan to write (.orgplan).</source>
        <translation>要写入的规划（.orgplan）。</translation>
    </message>
    <message>
        <source>Name of the scenario (default: Current).</source>
        <translation>方案名称（默认：Current）。</translation>
    </message>
    <message>
        <source>Replace an existing plan.</source>
        <translation>替换已有规划。</translation>
    </message>
    <message>
        <source>missing output plan: -o PLAN.orgplan or --db URL</source>
        <translation>缺少输出规划：-o PLAN.orgplan 或 --db 地址</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 已存在；使用 --force 替换</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) imported into scenario &quot;%2&quot;</source>
        <translation>
            <numerusform>%1：已导入 %n 个岗位到方案“%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists, copies, renames or deletes the scenarios of a plan.</source>
        <translation>列出、复制、重命名或删除规划中的方案。</translation>
    </message>
    <message>
        <source>An .orgplan file (or use --db).</source>
        <translation>.orgplan 文件（或使用 --db）。</translation>
    </message>
    <message>
        <source>Output format: text, json.</source>
        <translation>输出格式：text、json。</translation>
    </message>
    <message>
        <source>Copy this scenario (with --as NEW).</source>
        <translation>复制此方案（配合 --as NEW）。</translation>
    </message>
    <message>
        <source>Rename this scenario (with --as NEW).</source>
        <translation>重命名此方案（配合 --as NEW）。</translation>
    </message>
    <message>
        <source>Delete this scenario.</source>
        <translation>删除此方案。</translation>
    </message>
    <message>
        <source>The new name for --copy and --rename.</source>
        <translation>--copy 和 --rename 的新名称。</translation>
    </message>
    <message>
        <source>use only one of --copy, --rename and --delete</source>
        <translation>--copy、--rename、--delete 只能使用其一</translation>
    </message>
    <message>
        <source>--copy and --rename need --as NEW</source>
        <translation>--copy 和 --rename 需要 --as NEW</translation>
    </message>
    <message>
        <source>Makes a position report to another manager and saves the plan.</source>
        <translation>让岗位向另一位上级汇报并保存规划。</translation>
    </message>
    <message>
        <source>The position to move.</source>
        <translation>要移动的岗位。</translation>
    </message>
    <message>
        <source>The new manager&apos;s id (empty: no manager).</source>
        <translation>新上级的编号（留空：无上级）。</translation>
    </message>
    <message>
        <source>missing position id (see %1 --help)</source>
        <translation>缺少岗位编号（参见 %1 --help）</translation>
    </message>
    <message>
        <source>missing --to MANAGER_ID</source>
        <translation>缺少 --to MANAGER_ID</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): %3 moved from %4 to %5</source>
        <translation>%1（方案“%2”）：%3 已从 %4 移到 %5</translation>
    </message>
    <message>
        <source>Gives a position another role and saves the plan.</source>
        <translation>更改岗位的角色并保存规划。</translation>
    </message>
    <message>
        <source>The position.</source>
        <translation>岗位。</translation>
    </message>
    <message>
        <source>The role (key or any spelling).</source>
        <translation>角色（键或任意写法）。</translation>
    </message>
    <message>
        <source>expected a position id and a role (see %1 --help)</source>
        <translation>需要岗位编号和角色（参见 %1 --help）</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): %3 is now %4</source>
        <translation>%1（方案“%2”）：%3 现为 %4</translation>
    </message>
    <message>
        <source>Compares two scenarios of a plan (default: the first with the last): moved, added, removed, role and team changes, headcount and monthly cost per team and role.</source>
        <translation>对比规划中的两个方案（默认：第一个与最后一个）：移动、新增、删除、角色与团队变化，以及按团队和角色的编制人数与月度成本。</translation>
    </message>
    <message>
        <source>The scenarios to compare.</source>
        <translation>要对比的方案。</translation>
    </message>
    <message>
        <source>give two scenarios to compare, or none (see %1 --help)</source>
        <translation>请给出两个要对比的方案，或不给（参见 %1 --help）</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>没有方案“%1”（方案：%2）</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot; → &quot;%2&quot;: %n change(s)</source>
        <translation>
            <numerusform>方案“%1”→“%2”：%n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>  moved        %1: %2 → %3</source>
        <translation>  移动      %1：%2 → %3</translation>
    </message>
    <message>
        <source>  added        %1 (manager %2)</source>
        <translation>  新增      %1（上级 %2）</translation>
    </message>
    <message>
        <source>  removed      %1 (manager %2)</source>
        <translation>  删除      %1（上级 %2）</translation>
    </message>
    <message>
        <source>  role changed %1: %2 → %3</source>
        <translation>  角色变更  %1：%2 → %3</translation>
    </message>
    <message>
        <source>  team changed %1: %2 → %3</source>
        <translation>  团队变更  %1：%2 → %3</translation>
    </message>
    <message>
        <source>Headcount %1 → %2 (%3), monthly cost %4</source>
        <translation>编制人数 %1 → %2（%3），月度成本 %4</translation>
    </message>
    <message>
        <source>  team %1: %2 (%3), monthly cost %4</source>
        <translation>  团队 %1：%2（%3），月度成本 %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>  role %1: %2 (%3), monthly cost %4</source>
        <translation>  角色 %1：%2（%3），月度成本 %4</translation>
    </message>
    <message>
        <source>Writes one scenario of a plan as CSV (UTF-8) that imports back to the same org.</source>
        <translation>将规划中的一个方案写为 CSV（UTF-8），可重新导入为相同的组织。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>missing output file: -o OUT.csv</source>
        <translation>缺少输出文件：-o OUT.csv</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) of scenario &quot;%2&quot; written</source>
        <translation>
            <numerusform>%1：已写入方案“%2”的 %n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay out the org chart and write card positions as JSON.</source>
        <translation>排布组织图并以 JSON 输出卡片位置。</translation>
    </message>
    <message>
        <source>Draw the org chart as PNG, SVG or PDF.</source>
        <translation>将组织图导出为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook into a plan (.orgplan).</source>
        <translation>将 CSV 文件或 Excel 工作簿导入规划（.orgplan）。</translation>
    </message>
    <message>
        <source>List, copy, rename or delete the scenarios of a plan.</source>
        <translation>列出、复制、重命名或删除规划中的方案。</translation>
    </message>
    <message>
        <source>Make a position report to another manager in a plan.</source>
        <translation>在规划中让岗位向另一位上级汇报。</translation>
    </message>
    <message>
        <source>Give a position another role in a plan.</source>
        <translation>在规划中更改岗位的角色。</translation>
    </message>
    <message>
        <source>Compare two scenarios of a plan.</source>
        <translation>对比规划中的两个方案。</translation>
    </message>
    <message>
        <source>Write a scenario of a plan as CSV.</source>
        <translation>将规划中的方案导出为 CSV。</translation>
    </message>
    <message numerus="yes">
        <source>note: the whole chart is too large for one PNG; showing the top %n level(s) below the root (use --depth or --root, or export PDF or SVG for everything)</source>
        <translation>
            <numerusform>注意：整张组织图太大，无法放入一张 PNG；仅显示根节点以下前 %n 层（使用 --depth 或 --root，或导出 PDF 或 SVG 以获得全部内容）</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV: the text encoding (%1; default: detected).</source>
        <translation>CSV：文本编码（%1；默认：自动检测）。</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use %2)</source>
        <translation>未知编码“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>--scale wants a number above 0 and at most 16, not &quot;%1&quot;</source>
        <translation>--scale 需要大于 0 且不超过 16 的数，而不是“%1”</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Lists the fixes of an org&apos;s problems and what each would change. With --all, --rule or --position, applies the first fix of each chosen problem (of a plan: saved unless --dry-run). Exit code 0: no error left; 1: errors left; 2: unreadable input.</source>
        <translation>列出组织问题的修复方案及各自的影响。使用 --all、--rule 或 --position 时，对每个选中的问题应用其第一个修复方案（规划文件会被保存，除非使用 --dry-run）。退出码 0：没有剩余错误；1：仍有错误；2：输入无法读取。</translation>
    </message>
    <message>
        <source>A CSV file, an Excel workbook or a plan.</source>
        <translation>CSV 文件、Excel 工作簿或规划文件。</translation>
    </message>
    <message>
        <source>Only problems of this rule.</source>
        <translation>只处理此规则的问题。</translation>
    </message>
    <message>
        <source>Only problems shown at this position.</source>
        <translation>只处理显示在此职位上的问题。</translation>
    </message>
    <message>
        <source>Fix every error that has a fix.</source>
        <translation>修复所有有修复方案的错误。</translation>
    </message>
    <message>
        <source>Show what would be applied; write nothing.</source>
        <translation>只显示将要应用的修复，不写入任何内容。</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (rules: %2)</source>
        <translation>未知规则“%1”（可用规则：%2）</translation>
    </message>
    <message>
        <source>no position has the id &quot;%1&quot;</source>
        <translation>没有编号为“%1”的职位</translation>
    </message>
    <message>
        <source>no fix applies to the chosen problems
</source>
        <translation>选中的问题没有可用的修复方案
</translation>
    </message>
    <message>
        <source>no problem has a fix
</source>
        <translation>没有问题有修复方案
</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): saved
</source>
        <translation>%1（方案“%2”）：已保存
</translation>
    </message>
    <message>
        <source>nothing was written
</source>
        <translation>未写入任何内容
</translation>
    </message>
    <message>
        <source>List one-click fixes of an org&apos;s problems; apply them to a plan.</source>
        <translation>列出组织问题的一键修复方案，并可应用到规划文件。</translation>
    </message>
    <message>
        <source>Applies the rows of a change file to a plan in file order, all or nothing, and saves it (not with --dry-run); then prints the problems as validate does. CHANGES.csv has an id column and any of manager_id, role, team, product_line, name: a new id adds a position, an empty manager_id makes a root, and only the columns the file has change. Exit code 0: no errors; 1: the org breaks an error rule; 2: unreadable input or a rejected change.</source>
        <translation>按文件顺序将变更文件的各行应用到规划，要么全部成功，要么不做任何更改，并保存规划（--dry-run 时不保存）；然后按 validate 的格式列出问题。CHANGES.csv 含 id 列，以及 manager_id、role、team、product_line、name 中任意几列：新的 id 会添加职位，manager_id 为空表示没有上级，只更改文件中有的列。退出码 0：无错误；1：组织违反了错误级规则；2：输入无法读取或变更被拒绝。</translation>
    </message>
    <message>
        <source>The change file (CSV).</source>
        <translation>变更文件（CSV）。</translation>
    </message>
    <message>
        <source>Check and show the outcome; write nothing.</source>
        <translation>检查并显示结果，不写入任何内容。</translation>
    </message>
    <message>
        <source>missing change file (see %1 --help)</source>
        <translation>缺少变更文件（见 %1 --help）</translation>
    </message>
    <message>
        <source>no change was applied
</source>
        <translation>未应用任何变更
</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): rows checked: %3; nothing was written
</source>
        <translation>%1（方案“%2”）：已检查 %3 行；未写入任何内容
</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): rows applied: %3
</source>
        <translation>%1（方案“%2”）：已应用 %3 行
</translation>
    </message>
    <message>
        <source>Keep team and product line. By default a position that shared its team with its old manager takes the new manager&apos;s team and product line, and so does the part of its subtree that shared them.</source>
        <translation>保留团队和产品线。默认情况下，与原经理同属一个团队的职位会采用新经理的团队和产品线，其下属中与之相同的部分也一样。</translation>
    </message>
    <message>
        <source>Apply a change file (moves, roles, new positions) to a plan, all or nothing.</source>
        <translation>将变更文件（调动、角色、新职位）应用到规划，要么全部成功，要么不做任何更改。</translation>
    </message>
    <message>
        <source>The org as of DATE (YYYY-MM-DD, or a quarter such as 2027Q3 = its first day): positions not started yet or already left do not count.</source>
        <translation>按日期 DATE（YYYY-MM-DD，或季度如 2027Q3，即该季度首日）查看组织：尚未入职或已离职的职位不计入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</source>
        <translation>%1：“%2”不是日期（应为 YYYY-MM-DD 或季度，如 2027Q3）</translation>
    </message>
    <message>
        <source>The plan quarter by quarter: headcount (filled, open), monthly cost, and the problems that start or stop, each quarter as of its first day. Exit code 1 when an error rule fires in any quarter of the range.</source>
        <translation>按季度查看规划：编制（在岗、空缺）、月度成本，以及开始或结束的问题，每季度按其首日计算。范围内任一季度触发错误规则时退出码为 1。</translation>
    </message>
    <message>
        <source>First quarter (2027Q1 or a date in it; default: this quarter).</source>
        <translation>起始季度（2027Q1 或其中某日；默认：本季度）。</translation>
    </message>
    <message>
        <source>Last quarter (default: two years on, or the last date of the plan).</source>
        <translation>结束季度（默认：两年后，或规划中的最后日期）。</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <source>%1: forecast %2 – %3 (monthly cost in %4)
</source>
        <translation>%1：预测 %2 – %3（月度成本，单位 %4）
</translation>
    </message>
    <message>
        <source>%1  headcount %2, open %3, monthly cost %4
</source>
        <translation>%1  编制 %2，空缺 %3，月度成本 %4
</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation>（截至 %1）</translation>
    </message>
    <message>
        <source>layers: %1 (positions per layer: %2)
</source>
        <translation>层级：%1（每层职位数：%2）
</translation>
    </message>
    <message>
        <source>span distribution (reports×managers): %1
</source>
        <translation>管理幅度分布（下属数×经理数）：%1
</translation>
    </message>
    <message>
        <source>managers with one report: %1, with two reports: %2
</source>
        <translation>仅一名下属的经理：%1，两名下属的经理：%2
</translation>
    </message>
    <message>
        <source>individual contributors per manager by team:
</source>
        <translation>各团队每位经理对应的个人贡献者：
</translation>
    </message>
    <message>
        <source>%1 ICs / %2 managers = %3</source>
        <translation>%1 名个人贡献者 / %2 名经理 = %3</translation>
    </message>
    <message>
        <source>%1 ICs, no manager</source>
        <translation>%1 名个人贡献者，无经理</translation>
    </message>
    <message>
        <source>Headcount, cost and the problems that start or stop, quarter by quarter.</source>
        <translation>按季度列出编制、成本及开始或结束的问题。</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the file is empty: expected a header row such as &quot;id,name,manager_id,role&quot;</source>
        <translation>文件为空：缺少表头行，例如“id,name,manager_id,role”</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing &quot;)</source>
        <translation>此处开始的带引号字段没有结束（缺少右引号 &quot;）</translation>
    </message>
    <message>
        <source>the header has no id column (expected &quot;id&quot; or &quot;工号&quot;; found: %1)</source>
        <translation>表头缺少工号列（应为“id”或“工号”；实际为：%1）</translation>
    </message>
    <message>
        <source>the header has no role column (expected &quot;role&quot; or &quot;角色&quot;); use --infer-roles to derive roles from job titles</source>
        <translation>表头缺少角色列（应为“role”或“角色”）；可使用 --infer-roles 根据职位名称推断角色</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2: &quot;%3&quot;</source>
        <translation>此行有 %1 个字段，但表头只有 %2 个：“%3”</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>工号为空</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used on line %2)</source>
        <translation>工号“%1”重复（已在第 %2 行使用）</translation>
    </message>
    <message>
        <source>the role is empty; valid roles: %1</source>
        <translation>角色为空；有效角色：%1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; valid roles: %2</source>
        <translation>未知角色“%1”；有效角色：%2</translation>
    </message>
    <message>
        <source>the salary &quot;%1&quot; is not a number</source>
        <translation>月薪“%1”不是数字</translation>
    </message>
    <message>
        <source>line %1: manager id &quot;%2&quot; of &quot;%3&quot; does not exist (no row has this id)</source>
        <translation>第 %1 行：“%3”的上级工号“%2”不存在（没有任何一行使用此工号）</translation>
    </message>
    <message>
        <source>line %1: dotted-line manager id &quot;%2&quot; does not exist</source>
        <translation>第 %1 行：虚线上级工号“%2”不存在</translation>
    </message>
    <message>
        <source>reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle</source>
        <translation>汇报关系成环：%1 → %2（第 %3 行）；环中至少一人必须改为向环外汇报</translation>
    </message>
    <message>
        <source>column %1: control character U+%2 in the text (a binary file, or text in another encoding?)</source>
        <translation>第 %1 列：文本中有控制字符 U+%2（是二进制文件，或其他编码的文本？）</translation>
    </message>
    <message>
        <source>column %1: byte 0x%2 is not valid %3</source>
        <translation>第 %1 列：字节 0x%2 不是有效的 %3</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1</translation>
    </message>
    <message>
        <source>column %1: byte 0x%2 is not UTF-8, and the text looks like none of %3 (detected: %4); name the encoding explicitly</source>
        <translation>第 %1 列：字节 0x%2 不是 UTF-8，且文本不像 %3 中的任何一种（检测结果：%4）；请明确指定编码</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</source>
        <translation>日期“%1”无效（应为 YYYY-MM-DD 或季度，如 2027Q3）</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>离职日期 %1 早于入职日期 %2</translation>
    </message>
    <message>
        <source>unknown hiring status &quot;%1&quot;; valid statuses: planned, approved, interviewing, offer</source>
        <translation>未知招聘状态“%1”；有效状态：planned、approved、interviewing、offer</translation>
    </message>
    <message>
        <source>the hiring status &quot;%1&quot; is for open positions only, but this position is filled by %2</source>
        <translation>招聘状态“%1”仅适用于空缺职位，但该职位已由 %2 担任</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number</source>
        <translation>预算“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>DottedLineCommand</name>
    <message>
        <source>Add dotted line from %1 to %2</source>
        <translation>添加 %1 到 %2 的虚线汇报</translation>
    </message>
    <message>
        <source>Remove dotted line from %1 to %2</source>
        <translation>删除 %1 到 %2 的虚线汇报</translation>
    </message>
</context>
<context>
    <name>FixEngine</name>
    <message>
        <source>Insert an open %1 above %2</source>
        <translation>在 %2 之上增设一个空缺的%1职位</translation>
    </message>
    <message>
        <source>Insert an open %1 between %2 and its technical reports</source>
        <translation>在 %2 与其技术下属之间增设一个空缺的%1职位</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>将 %1 改为%2</translation>
    </message>
    <message>
        <source>Split the team of %1 into %2 teams under new open %3 positions</source>
        <translation>将 %1 的团队拆分为 %2 个团队，由新增的空缺%3职位带领</translation>
    </message>
    <message>
        <source>Insert an open %1 under %2 over the managers of its product lines</source>
        <translation>在 %2 之下增设一个空缺的%1职位，统管其各产品线的经理</translation>
    </message>
    <message>
        <source>Group the reports of %1 into %2 teams under new open %3 positions</source>
        <translation>将 %1 的下属分为 %2 个团队，由新增的空缺%3职位带领</translation>
    </message>
    <message>
        <source>Make %1 report to %2</source>
        <translation>让 %1 向 %2 汇报</translation>
    </message>
    <message>
        <source>Add an open %1 for the product line %2</source>
        <translation>为产品线 %2 增设一个空缺的%1职位</translation>
    </message>
    <message>
        <source>Add an open %1 for the product line %2 under %3</source>
        <translation>在 %3 之下为产品线 %2 增设一个空缺的%1职位</translation>
    </message>
    <message>
        <source>Make %1 the manager of %2</source>
        <translation>让 %1 担任 %2 的上级</translation>
    </message>
    <message>
        <source>Keep %1 as %2 and make the other %3 positions %4</source>
        <translation>保留 %1 为%2，其余%3改为%4</translation>
    </message>
    <message>
        <source>no position has the id %1</source>
        <translation>没有编号为 %1 的职位</translation>
    </message>
    <message>
        <source>the id %1 is taken</source>
        <translation>编号 %1 已被占用</translation>
    </message>
    <message>
        <source>%1 cannot report to %2: that would form a reporting cycle</source>
        <translation>%1 不能向 %2 汇报：这会形成汇报环</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n 个空缺职位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <source>no change in errors, warnings or cost</source>
        <translation>错误、警告和成本均无变化</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>%1 passes %2 technical people in %3 → a %4 is needed by then</source>
        <translation>%1 将于 %3 超过 %2 名技术人员 → 届时需要一名%4</translation>
    </message>
    <message>
        <source>%1 leads %2 product lines in %3 → a %4 is recommended by then</source>
        <translation>%1 将于 %3 负责 %2 条产品线 → 届时建议设一名%4</translation>
    </message>
    <message>
        <source>%1 has more than %2 direct reports in %3 → add a manager by then</source>
        <translation>%1 将于 %3 拥有超过 %2 名直接下属 → 届时应增设经理</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 direct reports in %3</source>
        <translation>%1 将于 %3 直接下属少于 %2 名</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (%2) stops in %3</source>
        <translation>%1（%2）将于 %3 消除</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>this is a plan, not a table: open it with File ▸ Open</source>
        <translation>这是规划文件而不是表格：请用 文件 ▸ 打开</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row such as &quot;id,name,manager_id,role&quot;</source>
        <translation>文件为空：缺少表头行，例如“id,name,manager_id,role”</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing &quot;)</source>
        <translation>此处开始的带引号字段没有结束（缺少右引号 &quot;）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Manager id (reports to)</source>
        <translation>上级工号（汇报给）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>Dotted-line manager id</source>
        <translation>虚线上级工号</translation>
    </message>
    <message>
        <source>Custom field (kept)</source>
        <translation>自定义字段（保留）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Hiring status</source>
        <translation>招聘状态</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>月度预算</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a directory, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket): refusing to read it</source>
        <translation>不是普通文件（设备、FIFO 或套接字）：拒绝读取</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the %2 an import reads</source>
        <translation>文件有 %1 字节，超过导入可读取的 %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file has more than the %1 an import reads</source>
        <translation>文件超过导入可读取的 %1</translation>
    </message>
</context>
<context>
    <name>MarkAssistantCommand</name>
    <message>
        <source>Mark %1 as assistant</source>
        <translation>将 %1 标记为助理</translation>
    </message>
    <message>
        <source>Unmark %1 as assistant</source>
        <translation>取消 %1 的助理标记</translation>
    </message>
</context>
<context>
    <name>MovePositionCommand</name>
    <message>
        <source>there is no position &quot;%1&quot;</source>
        <translation>没有岗位“%1”</translation>
    </message>
    <message>
        <source>%1 cannot report to itself</source>
        <translation>%1 不能向自己汇报</translation>
    </message>
    <message>
        <source>cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle</source>
        <translation>无法将 %1 移到 %2 之下：%2 已向 %1 汇报，这会形成汇报循环</translation>
    </message>
    <message>
        <source>Move %1 to the top</source>
        <translation>将 %1 移至最上层</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
</context>
<context>
    <name>OrgLoader</name>
    <message>
        <source>the plan has no scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>规划中没有方案“%1”（方案：%2）</translation>
    </message>
</context>
<context>
    <name>PlanDate</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>面试中</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>已发 offer</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database URL (postgresql://user@host:port/dbname)</source>
        <translation>“%1”不是有效的数据库地址（postgresql://user@host:port/dbname）</translation>
    </message>
    <message>
        <source>the database URL &quot;%1&quot; names no database</source>
        <translation>数据库地址“%1”未指定数据库</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a plan (not an SQLite database)</source>
        <translation>%1 不是规划文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 is truncated or corrupted</source>
        <translation>%1 已被截断或损坏</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>%1 is corrupted (%2)</source>
        <translation>%1 已损坏（%2）</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 Qt PostgreSQL 驱动（QPSQL）（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an OrgDesigner plan (no plan tables)</source>
        <translation>%1 不是组织设计器规划（缺少规划表）</translation>
    </message>
    <message>
        <source>%1 is not an OrgDesigner plan (no schema version)</source>
        <translation>%1 不是组织设计器规划（缺少结构版本）</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of OrgDesigner (plan schema %2; this version reads up to %3); update OrgDesigner to open it</source>
        <translation>%1 由更新版本的组织设计器写入（规划结构 %2；本版本最高可读 %3）；请升级组织设计器后再打开</translation>
    </message>
    <message>
        <source>%1 has an unknown plan schema %2</source>
        <translation>%1 的规划结构 %2 未知</translation>
    </message>
    <message>
        <source>the database %1 holds no plan</source>
        <translation>数据库 %1 中没有规划</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>the plan has no scenario</source>
        <translation>规划中没有方案</translation>
    </message>
    <message>
        <source>the plan is corrupted: empty or duplicate position id &quot;%1&quot;</source>
        <translation>规划已损坏：岗位编号“%1”为空或重复</translation>
    </message>
    <message>
        <source>the plan is corrupted: a line between &quot;%1&quot; and &quot;%2&quot; has an unknown end</source>
        <translation>规划已损坏：“%1”与“%2”之间的汇报线有未知端点</translation>
    </message>
    <message>
        <source>the plan is corrupted: reporting cycle %1</source>
        <translation>规划已损坏：汇报关系成环 %1</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was removed by another user since the plan was loaded</source>
        <translation>自规划载入后，岗位“%1”已被其他用户删除</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source> (their manager: %1)</source>
        <translation>（对方的上级：%1）</translation>
    </message>
    <message>
        <source> (their role: %1)</source>
        <translation>（对方的角色：%1）</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was changed by %2 since the plan was loaded (version %3)</source>
        <translation>自规划载入后，岗位“%1”已被 %2 修改（版本 %3）</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was changed by %2 since the plan was loaded (version %3): %4</source>
        <translation>自规划载入后，岗位“%1”已被 %2 修改（版本 %3）：%4</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; was deleted by another user since the plan was loaded</source>
        <translation>自规划载入后，方案“%1”已被其他用户删除</translation>
    </message>
    <message>
        <source>cannot add scenario &quot;%1&quot;: %2</source>
        <translation>无法添加方案“%1”：%2</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was added by another user since the plan was loaded</source>
        <translation>自规划载入后，岗位“%1”已被其他用户添加</translation>
    </message>
    <message>
        <source>the plan was not saved because another user changed it meanwhile:</source>
        <translation>规划未保存，因为其他用户在此期间修改了它：</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a plan needs at least one scenario</source>
        <translation>规划至少需要一个方案</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a plan (an SQLite database of another application)</source>
        <translation>%1 不是规划文件（是其他应用程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was written by an older version of OrgDesigner (plan schema %2) and must be upgraded, but it cannot be written; copy it to a writable folder to open it</source>
        <translation>%1 由旧版组织设计器写入（规划结构版本 %2），需要升级，但该文件不可写；请将其复制到可写的文件夹后再打开</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; belongs to a scenario that no longer exists</source>
        <translation>职位“%1”所属的方案已不存在</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: empty or duplicate position id &quot;%2&quot;</source>
        <translation>方案“%1”：职位编号“%2”为空或重复</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: position &quot;%2&quot; has the unknown role &quot;%3&quot;</source>
        <translation>方案“%1”：职位“%2”的角色“%3”未知</translation>
    </message>
    <message>
        <source>a line from &quot;%1&quot; belongs to a scenario that no longer exists</source>
        <translation>从“%1”出发的汇报线所属的方案已不存在</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: the line from &quot;%2&quot; to &quot;%3&quot; has an unknown end</source>
        <translation>方案“%1”：从“%2”到“%3”的汇报线有一端不存在</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: position &quot;%2&quot; has more than one manager</source>
        <translation>方案“%1”：职位“%2”有多个上级</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: reporting cycle %2</source>
        <translation>方案“%1”：汇报关系成环 %2</translation>
    </message>
    <message>
        <source>with the changes another user saved meanwhile, the org would no longer be valid; nothing was saved:</source>
        <translation>加上其他用户在此期间保存的更改后，组织将不再有效；未保存任何内容：</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; try again</source>
        <translation>读取期间 %1 被修改；请重试</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (or the file size limit is reached); the plan was not changed</source>
        <translation>无法保存 %1：磁盘已满（或已达到文件大小上限）；规划未被修改</translation>
    </message>
    <message>
        <source>cannot read %1: the disk is full</source>
        <translation>无法读取 %1：磁盘已满</translation>
    </message>
    <message>
        <source>cannot save %1: no permission to write in the folder %2</source>
        <translation>无法保存 %1：没有写入文件夹 %2 的权限</translation>
    </message>
    <message>
        <source>cannot read %1: no permission for the folder %2</source>
        <translation>无法读取 %1：没有访问文件夹 %2 的权限</translation>
    </message>
    <message>
        <source>cannot save %1: permission denied (%2)</source>
        <translation>无法保存 %1：权限不足（%2）</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied (%2)</source>
        <translation>无法读取 %1：权限不足（%2）</translation>
    </message>
    <message>
        <source>cannot save %1: it is on a read-only file system</source>
        <translation>无法保存 %1：它位于只读文件系统上</translation>
    </message>
    <message>
        <source>cannot save %1: the file is read-only</source>
        <translation>无法保存 %1：文件为只读</translation>
    </message>
    <message>
        <source>cannot save %1: the folder %2 is read-only</source>
        <translation>无法保存 %1：文件夹 %2 为只读</translation>
    </message>
    <message>
        <source>cannot save %1: it is read-only (%2)</source>
        <translation>无法保存 %1：只读（%2）</translation>
    </message>
    <message>
        <source>cannot save %1: it is locked by another program; try again (%2)</source>
        <translation>无法保存 %1：已被其他程序锁定；请重试（%2）</translation>
    </message>
    <message>
        <source>cannot read %1: it is locked by another program; try again (%2)</source>
        <translation>无法读取 %1：已被其他程序锁定；请重试（%2）</translation>
    </message>
    <message>
        <source>the plan was not saved because another user changed it meanwhile: %1</source>
        <translation>规划未保存，因为其他用户在此期间修改了它：%1</translation>
    </message>
    <message>
        <source>cannot save %1: input/output error (%2)</source>
        <translation>无法保存 %1：输入/输出错误（%2）</translation>
    </message>
    <message>
        <source>cannot read %1: input/output error (%2)</source>
        <translation>无法读取 %1：输入/输出错误（%2）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: the folder %2 does not exist</source>
        <translation>无法保存 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has a reporting cycle %2; nothing was saved</source>
        <translation>方案“%1”中汇报关系成环 %2；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RemovePositionCommand</name>
    <message>
        <source>Remove %1 and its team</source>
        <translation>删除 %1 及其团队</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>RenamePositionCommand</name>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Fill %1 with %2</source>
        <translation>由 %2 填补 %1</translation>
    </message>
</context>
<context>
    <name>RoleCatalogueCommand</name>
    <message>
        <source>Change roles</source>
        <translation>修改角色</translation>
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
        <source>The team of %1 technical positions under %2 has no tech director (limit %3): insert a tech director between %4 and its technical reports.</source>
        <translation>%2 下的 %1 人技术团队没有技术总监（上限 %3 人）：请在 %4 与其技术下属之间设立技术总监。</translation>
    </message>
    <message>
        <source>The team of %1 technical positions under %2 has no tech director (limit %3): make %4 a tech director, or insert a tech director above %4 (under the CTO), or split the team into teams of at most %3.</source>
        <translation>%2 下的 %1 人技术团队没有技术总监（上限 %3 人）：请将 %4 提升为技术总监，或在 %4 之上（首席技术官之下）设立技术总监，或将团队拆分为每个不超过 %3 人。</translation>
    </message>
    <message>
        <source>%1 leads %2 product lines (%3) without a tech director: insert a tech director under %4 over the tech managers of these lines, or make %4 a tech director.</source>
        <translation>%1 负责 %2 条产品线（%3），但没有技术总监：请在 %4 之下设立技术总监统管这些产品线的技术经理，或将 %4 提升为技术总监。</translation>
    </message>
    <message>
        <source>%1 has %2 direct reports (limit %3): group them by team under new managers of the rung below, or move some reports to another manager.</source>
        <translation>%1 有 %2 名直接下属（上限 %3）：请按团队将其分组，由低一级的新经理带领，或将部分下属调给其他上级。</translation>
    </message>
    <message>
        <source>%1 reports to %2, a lower rung of the ladder: move %3 under the nearest manager of a higher rank, or give %3 the rung below %4.</source>
        <translation>%1 向职级更低的 %2 汇报：请将 %3 调到最近的更高职级上级之下，或将 %3 改为比 %4 低一级的角色。</translation>
    </message>
    <message>
        <source>%1 reports to %2, who holds the same rung: move %3 under the nearest manager of a higher rank, or give %3 the rung below %4.</source>
        <translation>%1 向同级的 %2 汇报：请将 %3 调到最近的更高职级上级之下，或将 %3 改为比 %4 低一级的角色。</translation>
    </message>
    <message>
        <source>%1 is one of %2 CTOs (%3): keep the CTO nearest the top and make the others tech directors.</source>
        <translation>%1 是 %2 名首席技术官之一（%3）：请保留层级最高的首席技术官，其余改为技术总监。</translation>
    </message>
    <message>
        <source>Product line &quot;%1&quot; (%2 positions) has no tech manager: add an open tech manager for it under the nearest tech director or CTO.</source>
        <translation>产品线“%1”（%2 个岗位）没有技术经理：请在最近的技术总监或首席技术官之下为其增设空缺的技术经理职位。</translation>
    </message>
    <message>
        <source>Product line &quot;%1&quot; has %2 positions (%3 or more) but no architect: add an open architect for it under its tech manager.</source>
        <translation>产品线“%1”有 %2 个岗位（达到 %3 个），但没有架构师：请在其技术经理之下增设空缺的架构师职位。</translation>
    </message>
    <message>
        <source>Too few direct reports</source>
        <translation>直接下属过少</translation>
    </message>
    <message numerus="yes">
        <source>%1 manages only %n direct report(s) (fewer than %2): a manager with so few reports adds a layer; merge the team into a neighbouring one, or let %3 lead as an individual contributor.</source>
        <translation>
            <numerusform>%1 仅管理 %n 名直接下属（少于 %2）：下属如此少的经理会多出一个层级；请将团队并入相邻团队，或让 %3 以个人贡献者身份带队。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSettingsCommand</name>
    <message>
        <source>Change rule settings</source>
        <translation>修改规则设置</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation>未知字段“%1”（字段：%2）</translation>
    </message>
    <message>
        <source>the salary &quot;%1&quot; is not a number</source>
        <translation>月薪“%1”不是数字</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number</source>
        <translation>预算“%1”不是数字</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</source>
        <translation>日期“%1”无效（应为 YYYY-MM-DD 或季度，如 2027Q3）</translation>
    </message>
    <message>
        <source>unknown hiring status &quot;%1&quot;; valid statuses: planned, approved, interviewing, offer</source>
        <translation>未知招聘状态“%1”；有效状态：planned、approved、interviewing、offer</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not an Excel workbook (.xlsx): the file is not a readable zip archive</source>
        <translation>不是 Excel 工作簿（.xlsx）：文件不是可读的 zip 压缩包</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): xl/workbook.xml is missing</source>
        <translation>不是 Excel 工作簿（.xlsx）：缺少 xl/workbook.xml</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1</source>
        <translation>工作簿已损坏：%1</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (sheets: %2)</source>
        <translation>工作簿中没有名为“%1”的工作表（工作表：%2）</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 is missing</source>
        <translation>工作簿已损坏：缺少 %1</translation>
    </message>
    <message>
        <source>the sheet is empty: no header row</source>
        <translation>工作表为空：没有表头行</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot read the entry of %1</source>
        <translation>工作簿已损坏：无法读取 %1 的条目</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes, more than the %3 an import reads</source>
        <translation>%1 解压后有 %2 字节，超过导入可读取的 %3</translation>
    </message>
    <message>
        <source>%1 inflates from %2 to %3 bytes, more than %4 times: refused as a likely zip bomb</source>
        <translation>%1 从 %2 字节解压为 %3 字节，超过 %4 倍：疑似压缩炸弹，拒绝读取</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot open %1</source>
        <translation>工作簿已损坏：无法打开 %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot inflate %1</source>
        <translation>工作簿已损坏：无法解压 %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 inflates to more than the %2 bytes its entry declares</source>
        <translation>工作簿已损坏：%1 解压后超过其条目声明的 %2 字节</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 fails its checksum</source>
        <translation>工作簿已损坏：%1 校验和不符</translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is outside the sheet (Excel has rows 1 to %2)</source>
        <translation>行号“%1”超出工作表范围（Excel 的行号为 1 到 %2）</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation>工作表超过 %1 行</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is outside the sheet or not a reference (Excel has columns A to XFD and rows 1 to %2)</source>
        <translation>单元格引用“%1”超出工作表范围或不是引用（Excel 的列为 A 到 XFD，行为 1 到 %2）</translation>
    </message>
    <message>
        <source>row %1 has more than %2 cells (Excel has columns A to XFD)</source>
        <translation>第 %1 行超过 %2 个单元格（Excel 的列为 A 到 XFD）</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string &quot;%2&quot;, but the workbook has %3 shared strings (numbered from 0): the file is damaged</source>
        <translation>单元格 %1 引用共享字符串“%2”，但工作簿只有 %3 个共享字符串（从 0 编号）：文件已损坏</translation>
    </message>
    <message>
        <source>cell %1 (&quot;%2&quot;) is right of the last header column %3</source>
        <translation>单元格 %1（“%2”）位于最后一个表头列 %3 的右侧</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design technical organisations.</source>
        <translation>设计技术组织。</translation>
    </message>
    <message>
        <source>User interface language (en or zh_CN).</source>
        <translation>界面语言（en 或 zh_CN）。</translation>
    </message>
    <message>
        <source>A plan (.orgplan), CSV or Excel file to open.</source>
        <translation>要打开的规划（.orgplan）、CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>orgdesigner: unknown language &quot;%1&quot; (use en or zh_CN)</source>
        <translation>orgdesigner：未知语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
</context>
<context>
    <name>org::CommandSubject</name>
    <message>
        <source>Open position (%1)</source>
        <translation>空缺职位（%1）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>月薪</translation>
    </message>
</context>
<context>
    <name>org::Document</name>
    <message>
        <source>the plan has no file yet; use Save As</source>
        <translation>规划尚无文件；请使用“另存为”</translation>
    </message>
    <message>
        <source>there is no autosave for this plan</source>
        <translation>此规划没有自动保存</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>没有方案“%1”（方案：%2）</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>方案需要名称</translation>
    </message>
    <message>
        <source>a scenario named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的方案已存在</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: a plan keeps at least one scenario</source>
        <translation>无法删除“%1”：规划至少保留一个方案</translation>
    </message>
    <message>
        <source>there is no position &quot;%1&quot;</source>
        <translation>没有岗位“%1”</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; valid roles: %2</source>
        <translation>未知角色“%1”；有效角色：%2</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>工号“%1”重复</translation>
    </message>
    <message>
        <source>%1 cannot report to itself</source>
        <translation>%1 不能向自己汇报</translation>
    </message>
    <message>
        <source>%1 has no dotted line to %2</source>
        <translation>%1 与 %2 之间没有虚线汇报</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n positions</source>
        <translation>
            <numerusform>删除 %n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>the new position &quot;%1&quot; needs a role</source>
        <translation>新职位“%1”需要指定角色</translation>
    </message>
    <message>
        <source>cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle</source>
        <translation>无法将 %1 调到 %2 之下：%2 已向 %1 汇报，这会形成汇报环</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n changes</source>
        <translation>
            <numerusform>应用 %n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n positions</source>
        <translation>
            <numerusform>编辑 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n positions to the top</source>
        <translation>
            <numerusform>将 %n 个职位移至最上层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n positions to %1</source>
        <translation>
            <numerusform>将 %n 个职位移至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no fix to apply</source>
        <translation>没有可应用的修复</translation>
    </message>
    <message>
        <source>no role ranks above %1&apos;s role &quot;%2&quot;; choose the role of the new manager</source>
        <translation>没有比 %1 的角色“%2”更高的角色；请选择新经理的角色</translation>
    </message>
    <message>
        <source>Insert a manager above %1</source>
        <translation>在 %1 之上增设经理</translation>
    </message>
    <message>
        <source>%1 has fewer than two direct reports: there is no team to split</source>
        <translation>%1 的直接下属少于两人：没有可拆分的团队</translation>
    </message>
    <message>
        <source>Split the team of %1</source>
        <translation>拆分 %1 的团队</translation>
    </message>
</context>
<context>
    <name>org::Plan</name>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
</context>
<context>
    <name>org::ui::AddReportDialog</name>
    <message>
        <source>Add Report</source>
        <translation>添加下属</translation>
    </message>
    <message>
        <source>Empty: an open position</source>
        <translation>留空：空缺职位</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职位名称：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>A new position at the top of the chart.</source>
        <translation>在图表最上层新增职位。</translation>
    </message>
    <message>
        <source>A new position reporting to %1.</source>
        <translation>新增向 %1 汇报的职位。</translation>
    </message>
</context>
<context>
    <name>org::ui::ApplyChangesDialog</name>
    <message>
        <source>Apply Changes</source>
        <translation>应用变更</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>%1 cannot be applied; nothing was changed.</source>
        <translation>%1 无法应用；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s); %2 moved, %3 new, %4 removed, %5 with another role, %6 in another team. Apply them as one step (Undo takes them back)?</source>
        <translation>
            <numerusform>%1：%n 行；调动 %2 个，新增 %3 个，删除 %4 个，角色变更 %5 个，团队变更 %6 个。作为一步应用（可撤销）？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>org::ui::AsOfControl</name>
    <message>
        <source>&amp;As of:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Show the org, its problems and the dashboard as of the first day of a quarter: positions not started yet are drawn faded and dashed, departures faded</source>
        <translation>按季度首日显示组织、问题和仪表盘：尚未入职的职位以淡色虚线显示，离职者淡色显示</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>上一季度</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>下一季度</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>org::ui::ChartScene</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>团队变更</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
</context>
<context>
    <name>org::ui::ChartView</name>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Name (empty: open position)</source>
        <translation>姓名（留空：空缺职位）</translation>
    </message>
</context>
<context>
    <name>org::ui::CompareChart</name>
    <message>
        <source>New position</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <source>Removed: ghost card under its old manager</source>
        <translation>删除：以虚影卡片显示在原上级下</translation>
    </message>
    <message>
        <source>Moved: arrow from the old manager</source>
        <translation>调动：箭头从原上级指向该岗位</translation>
    </message>
    <message>
        <source>Role changed: old role → new role</source>
        <translation>角色变更：原角色 → 新角色</translation>
    </message>
    <message>
        <source>Team changed: old team → new team</source>
        <translation>团队变更：原团队 → 新团队</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
</context>
<context>
    <name>org::ui::Dashboard</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Headcount by role</source>
        <translation>按角色统计编制人数</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>Headcount by team</source>
        <translation>按团队统计编制人数</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>空缺职位</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>Direct reports</source>
        <translation>直接下属</translation>
    </message>
    <message>
        <source>Monthly cost by team (total %L1)</source>
        <translation>按团队统计月度成本（合计 %L1）</translation>
    </message>
    <message>
        <source>Monthly cost by team: no salaries or role costs</source>
        <translation>按团队统计月度成本：没有薪资或角色成本数据</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <source>Problems by rule</source>
        <translation>按规则统计问题</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Headcount by scenario</source>
        <translation>按方案统计编制人数</translation>
    </message>
    <message>
        <source>Save Charts as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Could not write every chart to &quot;%1&quot;.</source>
        <translation>无法将全部图表写入“%1”。</translation>
    </message>
    <message>
        <source>Save Charts as PNG…</source>
        <translation>将全部图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Write every chart as a PNG image into a folder (right-click a chart to save only that one)</source>
        <translation>将每个图表作为 PNG 图片写入一个文件夹（右键单击图表可只保存该图表）</translation>
    </message>
    <message>
        <source>Headcount by product line: no product lines set</source>
        <translation>按产品线统计编制人数：未设置产品线</translation>
    </message>
    <message>
        <source>Headcount by product line</source>
        <translation>按产品线统计编制人数</translation>
    </message>
    <message>
        <source>Managers by span of control (limit %1)</source>
        <translation>按管理幅度统计上级人数（上限 %1）</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>未超上限</translation>
    </message>
    <message>
        <source>Above the limit</source>
        <translation>超过上限</translation>
    </message>
    <message>
        <source>Monthly cost by role</source>
        <translation>按角色统计月度成本</translation>
    </message>
    <message>
        <source>Monthly cost by role: no salaries or role costs</source>
        <translation>按角色统计月度成本：没有薪资或角色成本数据</translation>
    </message>
    <message>
        <source>The %L1 costliest of %L2 teams; the other teams: %L3</source>
        <translation>成本最高的 %L1 个团队（共 %L2 个）；其他团队：%L3</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 teams; the other teams: %L3 positions</source>
        <translation>最大的 %L1 个团队（共 %L2 个）；其他团队：%L3 个职位</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 product lines; the others: %L3 positions</source>
        <translation>最大的 %L1 条产品线（共 %L2 条）；其他：%L3 个职位</translation>
    </message>
</context>
<context>
    <name>org::ui::EditSelectionDialog</name>
    <message>
        <source>Edit Selection</source>
        <translation>编辑所选</translation>
    </message>
    <message>
        <source>(different values: leave as they are)</source>
        <translation>（值各不相同：保持不变）</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message numerus="yes">
        <source>%n selected position(s). Empty or unchanged fields stay as they are.</source>
        <translation>
            <numerusform>已选 %n 个职位。留空或未修改的字段保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>org::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出组织图</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>组织图：</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职位名称：</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG 缩放：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translation>整个组织图</translation>
    </message>
    <message>
        <source>Selection&apos;s subtree</source>
        <translation>所选岗位的子树</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Fit to chart (one page)</source>
        <translation>适应组织图（单页）</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Optional title line</source>
        <translation>可选标题行</translation>
    </message>
    <message>
        <source>Show the role legend</source>
        <translation>显示角色图例</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择导出文件。</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>正在导出组织图…</translation>
    </message>
</context>
<context>
    <name>org::ui::FixActions</name>
    <message>
        <source>No fix repairs this problem without a new error</source>
        <translation>没有不引入新错误的修复</translation>
    </message>
    <message>
        <source>Select a problem to see its fixes</source>
        <translation>选择一个问题以查看其修复</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Undo takes the whole fix back in one step.</source>
        <translation>撤销可一步撤回整个修复。</translation>
    </message>
    <message>
        <source>The fix could not be applied: %1</source>
        <translation>无法应用修复：%1</translation>
    </message>
    <message>
        <source>Fixed: %1 (%2)</source>
        <translation>已修复：%1（%2）</translation>
    </message>
    <message>
        <source>There is no error to fix.</source>
        <translation>没有需要修复的错误。</translation>
    </message>
    <message>
        <source>No fix repairs the errors left without a new error.</source>
        <translation>剩余的错误没有不引入新错误的修复。</translation>
    </message>
    <message numerus="yes">
        <source>Fix all errors (%n fix(es))</source>
        <translation>
            <numerusform>修复所有错误（%n 项修复）</numerusform>
        </translation>
    </message>
    <message>
        <source>The fixes could not be applied: %1</source>
        <translation>无法应用这些修复：%1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n fix(es): %1</source>
        <translation>
            <numerusform>已应用 %n 项修复：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Manager Above</source>
        <translation>在上方增设经理</translation>
    </message>
    <message>
        <source>An open position is inserted between %1 and its manager. Its role:</source>
        <translation>将在 %1 与其经理之间插入一个空缺职位。其角色：</translation>
    </message>
    <message>
        <source>Split Team</source>
        <translation>拆分团队</translation>
    </message>
    <message>
        <source>Split the team of %1?</source>
        <translation>拆分 %1 的团队？</translation>
    </message>
    <message>
        <source>%1 of its %2 direct reports move under a new open %3 position reporting to %4, as a team of their own. Undo takes it back in one step.</source>
        <translation>其 %2 名直接下属中的 %1 名将调到一个新的空缺%3职位之下（该职位向 %4 汇报），组成独立团队。撤销可一步撤回。</translation>
    </message>
</context>
<context>
    <name>org::ui::FixAllDialog</name>
    <message>
        <source>Fix All Errors</source>
        <translation>修复所有错误</translation>
    </message>
    <message>
        <source>These fixes will be applied, in this order, as one step that Undo takes back:</source>
        <translation>将按此顺序应用以下修复，作为可一步撤销的操作：</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) will remain: no fix repairs them without a new error.</source>
        <translation>
            <numerusform>将剩余 %n 个错误：没有不引入新错误的修复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n fix(es)</source>
        <translation>
            <numerusform>应用 %n 项修复</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>org::ui::FixPreview</name>
    <message>
        <source>Preview: %1 — %2</source>
        <translation>预览：%1 — %2</translation>
    </message>
</context>
<context>
    <name>org::ui::ForecastDock</name>
    <message>
        <source>Quarter and problems</source>
        <translation>季度与问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>%1 — headcount %2, open %3, monthly cost %4 %5</source>
        <translation>%1 — 编制 %2，空缺 %3，月度成本 %4 %5</translation>
    </message>
    <message>
        <source>No quarters to forecast.</source>
        <translation>没有可预测的季度。</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n problem(s) start in these quarters. Double-click a row to see the org as of its quarter.</source>
        <translation>
            <numerusform>%1 – %2：这些季度中将出现 %n 个问题。双击一行可查看该季度的组织。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>org::ui::ImportDialog</name>
    <message>
        <source>Import CSV or Excel</source>
        <translation>导入 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Infer roles from job titles (for HR exports without a role column)</source>
        <translation>根据职位名称推断角色（适用于没有角色列的 HR 导出）</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>列映射：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file.</source>
        <translation>请选择 CSV 或 Excel 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Format: Excel workbook (first sheet) · %n data row(s)</source>
        <translation>
            <numerusform>格式：Excel 工作簿（第一个工作表）· %n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Format: CSV · encoding: %1 · delimiter: %2 · %n data row(s)</source>
        <translation>
            <numerusform>格式：CSV · 编码：%1 · 分隔符：%2 · %n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n position(s)</source>
        <translation>
            <numerusform>可导入 %n 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n 个空缺职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing will change: fix the %n error(s) listed above first.</source>
        <translation>
            <numerusform>不会做任何更改：请先修正上面列出的 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file: detected, or the one chosen here</source>
        <translation>CSV 文件的文本编码：自动检测，或在此选择</translation>
    </message>
</context>
<context>
    <name>org::ui::MainWindow</name>
    <message>
        <source>About OrgDesigner</source>
        <translation>关于组织设计器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Design technical organisations: reporting lines, roles, open positions and the rules of a healthy engineering ladder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;组织设计器 %1&lt;/h3&gt;&lt;p&gt;设计技术组织：汇报关系、角色、空缺职位，以及健康职级阶梯的规则。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No position matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的岗位。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>新建空白规划</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan, CSV or Excel file</source>
        <translation>打开规划、CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存规划</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>以新名称保存规划</translation>
    </message>
    <message>
        <source>&amp;Import CSV or Excel…</source>
        <translation>导入 CSV 或 Excel(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an org with a preview of columns and errors</source>
        <translation>导入组织，并预览列与错误</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the positions as CSV</source>
        <translation>将岗位写入 CSV</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出组织图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation>将组织图导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Add &amp;Open Position</source>
        <translation>添加空缺职位(&amp;O)</translation>
    </message>
    <message>
        <source>Add an open position under the selected position</source>
        <translation>在所选岗位下添加空缺职位</translation>
    </message>
    <message>
        <source>&amp;Fill Open Position…</source>
        <translation>填补空缺职位(&amp;F)…</translation>
    </message>
    <message>
        <source>Give the open position a person&apos;s name</source>
        <translation>为空缺职位填入人员姓名</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected positions; their reports move up</source>
        <translation>删除所选岗位；其下属上移一级</translation>
    </message>
    <message>
        <source>Delete with &amp;Reports</source>
        <translation>连同下属删除(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected positions and everyone below them</source>
        <translation>删除所选岗位及其下属全部岗位</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Edit the name on the card</source>
        <translation>在卡片上编辑姓名</translation>
    </message>
    <message>
        <source>Add Dotted-Line &amp;Report…</source>
        <translation>添加虚线汇报(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a dotted-line report (matrix or technical partner)</source>
        <translation>添加虚线汇报（矩阵或技术合伙人）</translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report…</source>
        <translation>移除虚线汇报…</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>助理(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the position as its manager&apos;s assistant</source>
        <translation>将该岗位标记为其上级的助理</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Left to Right</source>
        <translation>从左到右(&amp;L)</translation>
    </message>
    <message>
        <source>Managers left of their reports instead of above</source>
        <translation>上级位于下属左侧而非上方</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translation>紧凑布局(&amp;C)</translation>
    </message>
    <message>
        <source>Stack leaf reports in columns</source>
        <translation>将末级下属按列堆叠</translation>
    </message>
    <message>
        <source>C&amp;ollapse / Expand</source>
        <translation>折叠 / 展开(&amp;O)</translation>
    </message>
    <message>
        <source>Hide or show the reports of the selected position</source>
        <translation>隐藏或显示所选岗位的下属</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>缩略图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About OrgDesigner</source>
        <translation>关于组织设计器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>搜索人员（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by name, role, team…</source>
        <translation>按姓名、角色、团队筛选…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Headcount: %1</source>
        <translation>编制人数：%1</translation>
    </message>
    <message>
        <source>Open positions: %1</source>
        <translation>空缺职位：%1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>缩放：%1 %</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>未命名规划</translation>
    </message>
    <message>
        <source>OrgDesigner</source>
        <translation>组织设计器</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>规划有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Plans and spreadsheets (*.orgplan *.csv *.xlsx);;Plans (*.orgplan);;All files (*)</source>
        <translation>规划和电子表格 (*.orgplan *.csv *.xlsx);;规划 (*.orgplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Recover changes</source>
        <translation>恢复更改</translation>
    </message>
    <message>
        <source>OrgDesigner found changes to &quot;%1&quot; that were not saved (autosave). Recover them?</source>
        <translation>组织设计器发现“%1”有未保存的更改（自动保存）。是否恢复？</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Import CSV or Excel</source>
        <translation>导入 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>规划另存为</translation>
    </message>
    <message>
        <source>Plans (*.orgplan)</source>
        <translation>规划 (*.orgplan)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Fill Open Position</source>
        <translation>填补空缺职位</translation>
    </message>
    <message>
        <source>Name of the person:</source>
        <translation>人员姓名：</translation>
    </message>
    <message>
        <source>Add Dotted-Line Report</source>
        <translation>添加虚线汇报</translation>
    </message>
    <message>
        <source>%1 also reports (dotted line) to:</source>
        <translation>%1 另外（虚线）汇报给：</translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report</source>
        <translation>移除虚线汇报</translation>
    </message>
    <message>
        <source>Remove the dotted line to:</source>
        <translation>移除指向以下岗位的虚线：</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a scenario with an empty org</source>
        <translation>添加一个空组织的方案</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario…</source>
        <translation>复制方案(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation>以新名称复制当前方案</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名方案(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>删除方案(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the current scenario (clears the undo history)</source>
        <translation>删除当前方案（会清空撤销历史）</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>方案对比(&amp;C)…</translation>
    </message>
    <message>
        <source>List what changed between two scenarios</source>
        <translation>列出两个方案之间的变化</translation>
    </message>
    <message>
        <source>R&amp;ole Designer…</source>
        <translation>角色设计器(&amp;O)…</translation>
    </message>
    <message>
        <source>Add and edit roles: names, rank, colour, cost and duties</source>
        <translation>添加和编辑角色：名称、职级、颜色、成本和职责</translation>
    </message>
    <message>
        <source>R&amp;ule Settings…</source>
        <translation>规则设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Switch rules on or off and change their thresholds</source>
        <translation>启用或停用规则并修改其阈值</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Switch to another scenario of the plan</source>
        <translation>切换到规划中的其他方案</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>新方案的名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name of the scenario:</source>
        <translation>方案的新名称：</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot;? This cannot be undone and clears the undo history.</source>
        <translation>删除方案“%1”？此操作无法撤销，并会清空撤销历史。</translation>
    </message>
    <message>
        <source>Add &amp;Report…</source>
        <translation>添加下属(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a position reporting to the selected one: role, title and name</source>
        <translation>在所选职位下添加下属：角色、职位名称和姓名</translation>
    </message>
    <message>
        <source>&amp;Edit Selection…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Set team, product line or role of the selected positions</source>
        <translation>设置所选职位的团队、产品线或角色</translation>
    </message>
    <message>
        <source>&amp;Moves Carry Team and Product Line</source>
        <translation>移动时带上团队和产品线(&amp;M)</translation>
    </message>
    <message>
        <source>A moved position that shared its manager&apos;s team takes the new manager&apos;s team and product line</source>
        <translation>与经理同属一个团队的职位被移动后，采用新经理的团队和产品线</translation>
    </message>
    <message>
        <source>&amp;Insert Manager Above…</source>
        <translation>在上方增设经理(&amp;I)…</translation>
    </message>
    <message>
        <source>Insert an open position between the selected position and its manager</source>
        <translation>在所选职位与其经理之间插入一个空缺职位</translation>
    </message>
    <message>
        <source>S&amp;plit Team…</source>
        <translation>拆分团队(&amp;P)…</translation>
    </message>
    <message>
        <source>Move half of the direct reports under a new open manager, as a team of their own</source>
        <translation>将一半直接下属调到一个新的空缺经理之下，组成独立团队</translation>
    </message>
    <message>
        <source>Fi&amp;x All Errors…</source>
        <translation>修复所有错误(&amp;X)…</translation>
    </message>
    <message>
        <source>List every fix that repairs an error, then apply them as one step</source>
        <translation>列出可修复错误的每项修复，然后作为一步应用</translation>
    </message>
    <message>
        <source>The fixes of the selected problem, each with its outcome; hover one to preview it</source>
        <translation>所选问题的修复及其结果；悬停可预览</translation>
    </message>
    <message>
        <source>Every fix that repairs an error, listed before anything changes</source>
        <translation>在做任何更改之前列出可修复错误的每项修复</translation>
    </message>
    <message>
        <source>Fi&amp;x…</source>
        <translation>修复(&amp;X)…</translation>
    </message>
    <message>
        <source>Fix &amp;All Errors…</source>
        <translation>修复所有错误(&amp;A)…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Appl&amp;y Changes…</source>
        <translation>应用变更(&amp;Y)…</translation>
    </message>
    <message>
        <source>Apply a change file (CSV: id, manager_id, role, team, product_line, name) with a preview</source>
        <translation>预览并应用变更文件（CSV：id、manager_id、role、team、product_line、name）</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>应用变更</translation>
    </message>
    <message>
        <source>Change files (*.csv *.txt);;All files (*)</source>
        <translation>变更文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>org::ui::PeopleModel</name>
    <message>
        <source>Open</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>org::ui::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Message and fix hint</source>
        <translation>说明与修改建议</translation>
    </message>
</context>
<context>
    <name>org::ui::PropertyPanel</name>
    <message>
        <source>Id:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职位名称：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Monthly salary:</source>
        <translation>月薪：</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>汇报给：</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>助理：</translation>
    </message>
    <message>
        <source>Dotted-line reports to:</source>
        <translation>虚线汇报给：</translation>
    </message>
    <message>
        <source>Empty: open position</source>
        <translation>留空：空缺职位</translation>
    </message>
    <message>
        <source>Drawn beside the manager</source>
        <translation>画在上级旁边</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Select a card to see and edit its fields.</source>
        <translation>选择一张卡片以查看和编辑其字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n positions selected; showing the current one.</source>
        <translation>
            <numerusform>已选择 %n 个岗位；显示当前岗位。</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody: top of a tree)</source>
        <translation>（无：位于树顶）</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>离职日期：</translation>
    </message>
    <message>
        <source>Hiring status:</source>
        <translation>招聘状态：</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>月度预算：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 2027Q3; empty: none</source>
        <translation>YYYY-MM-DD 或 2027Q3；留空：无</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a quarter such as 2027Q3 (its first day)</source>
        <translation>日期（YYYY-MM-DD）或季度，如 2027Q3（该季度首日）</translation>
    </message>
    <message>
        <source>Empty: the middle of the role&apos;s cost band</source>
        <translation>留空：取该角色成本区间的中值</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>org::ui::RoleDesigner</name>
    <message>
        <source>Role Designer</source>
        <translation>角色设计器</translation>
    </message>
    <message>
        <source>Roles in ladder order. Double-click a cell to edit it, the colour to pick another one. Higher rank means a higher rung; leave the rank empty for roles off the ladder.</source>
        <translation>角色按职级阶梯排列。双击单元格进行编辑，双击颜色可另选颜色。职级越高，在阶梯上的位置越高；不在职级阶梯上的角色请将职级留空。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术岗</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Duties (English)</source>
        <translation>职责（英文）</translation>
    </message>
    <message>
        <source>Duties (Chinese)</source>
        <translation>职责（中文）</translation>
    </message>
    <message>
        <source>&amp;Add Role</source>
        <translation>添加角色(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Role…</source>
        <translation>删除角色(&amp;D)…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Role Colour</source>
        <translation>角色颜色</translation>
    </message>
    <message>
        <source>Replacement Role</source>
        <translation>替代角色</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) have the role &quot;%1&quot;. Which role should they get instead?</source>
        <translation>
            <numerusform>有 %n 个岗位使用角色“%1”。它们应改为哪个角色？</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the key must be lower-case letters, digits or &quot;_&quot;.</source>
        <translation>键只能包含小写字母、数字或“_”。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice.</source>
        <translation>键“%1”重复使用。</translation>
    </message>
    <message>
        <source>the English name is empty.</source>
        <translation>英文名称为空。</translation>
    </message>
    <message>
        <source>the rank must be a whole number or empty.</source>
        <translation>职级必须是整数或留空。</translation>
    </message>
    <message>
        <source>the monthly cost must be a number of at least 0.</source>
        <translation>月度成本必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <source>Keep at least one role.</source>
        <translation>至少保留一个角色。</translation>
    </message>
    <message>
        <source>Monthly cost from</source>
        <translation>月度成本下限</translation>
    </message>
    <message>
        <source>Monthly cost to</source>
        <translation>月度成本上限</translation>
    </message>
    <message>
        <source>Currency of the cost bands, salaries and budgets of the plan, e.g. CNY, USD, EUR</source>
        <translation>规划中成本区间、薪资和预算所用的货币，如 CNY、USD、EUR</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>规划货币(&amp;C)：</translation>
    </message>
    <message>
        <source>the cost band ends (%1) below where it starts (%2).</source>
        <translation>成本区间上限（%1）低于下限（%2）。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY, USD or EUR.</source>
        <translation>货币必须是三个字母的代码，如 CNY、USD 或 EUR。</translation>
    </message>
</context>
<context>
    <name>org::ui::RolePalette</name>
    <message>
        <source>Drag onto a card to change its role</source>
        <translation>拖到卡片上即可更改其角色</translation>
    </message>
</context>
<context>
    <name>org::ui::RuleSettingsDialog</name>
    <message>
        <source>Rule Settings</source>
        <translation>规则设置</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Tech director required above this technical headcount:</source>
        <translation>技术编制人数超过此值时需要技术总监：</translation>
    </message>
    <message>
        <source>Tech director recommended from this many product lines:</source>
        <translation>产品线达到此数量时建议设立技术总监：</translation>
    </message>
    <message>
        <source>Most direct reports (span of control):</source>
        <translation>直接下属上限（管理幅度）：</translation>
    </message>
    <message>
        <source>Architect needed from this many positions in a product line:</source>
        <translation>产品线岗位达到此数量时需要架构师：</translation>
    </message>
    <message>
        <source>Fewest direct reports of a manager (narrow span):</source>
        <translation>经理最少直接下属数（管理幅度过窄）：</translation>
    </message>
</context>
<context>
    <name>org::ui::ScenarioCompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>From scenario:</source>
        <translation>从方案：</translation>
    </message>
    <message>
        <source>to scenario:</source>
        <translation>到方案：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Headcount before</source>
        <translation>之前编制人数</translation>
    </message>
    <message>
        <source>Headcount after</source>
        <translation>之后编制人数</translation>
    </message>
    <message>
        <source>Headcount change</source>
        <translation>编制人数变化</translation>
    </message>
    <message>
        <source>Monthly cost change</source>
        <translation>月度成本变化</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>团队变更</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s). Headcount %1 → %2 (%3); monthly cost %4 → %5 (%6).</source>
        <translation>
            <numerusform>%n 项变化。编制人数 %1 → %2（%3）；月度成本 %4 → %5（%6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>按角色</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>其他团队</translation>
    </message>
    <message>
        <source>Monthly cost change per team</source>
        <translation>各团队月度成本变化</translation>
    </message>
    <message>
        <source>Headcount change per team</source>
        <translation>各团队编制人数变化</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>减少</translation>
    </message>
</context>
<context>
    <name>org::ui::TimeCharts</name>
    <message>
        <source>Monthly cost per quarter by role (%1)</source>
        <translation>各季度按角色的月度成本（%1）</translation>
    </message>
    <message>
        <source>Headcount per quarter by role</source>
        <translation>各季度按角色的编制</translation>
    </message>
    <message>
        <source>Hiring pipeline: open positions by status</source>
        <translation>招聘进度：按状态统计空缺职位</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>空缺职位</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message numerus="yes">
        <source>Positions per layer (%n layer(s))</source>
        <translation>
            <numerusform>每层职位数（%n 层）</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>职位</translation>
    </message>
</context>
<context>
    <name>org::ui::UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>Undo %1 (in scenario &quot;%2&quot;)</source>
        <translation>撤销 %1（在方案“%2”中）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>Redo %1 (in scenario &quot;%2&quot;)</source>
        <translation>重做 %1（在方案“%2”中）</translation>
    </message>
</context>
</TS>
