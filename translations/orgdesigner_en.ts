<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddPositionCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>AsOfMark</name>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
</context>
<context>
    <name>CardPainter</name>
    <message>
        <source>Open position</source>
        <translation>Open position</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>column &quot;%1&quot; cannot be applied; a change file has an id column and any of manager_id, role, team, product_line, name</source>
        <translation>column &quot;%1&quot; cannot be applied; a change file has an id column and any of manager_id, role, team, product_line, name</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>column &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing &quot;)</source>
        <translation>a quoted field starts here and never ends (missing closing &quot;)</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row such as &quot;id,manager_id&quot;</source>
        <translation>the file is empty: expected a header row such as &quot;id,manager_id&quot;</translation>
    </message>
    <message>
        <source>the header has no id column (expected &quot;id&quot; or &quot;工号&quot;)</source>
        <translation>the header has no id column (expected &quot;id&quot; or &quot;工号&quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>the id is empty</translation>
    </message>
</context>
<context>
    <name>ChangeRoleCommand</name>
    <message>
        <source>Change role of %1 to %2</source>
        <translation>Change role of %1 to %2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>continued on page %1</source>
        <translation>continued on page %1</translation>
    </message>
    <message>
        <source>problems (error)</source>
        <translation>problems (error)</translation>
    </message>
    <message>
        <source>problems (warning)</source>
        <translation>problems (warning)</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (use .png, .svg or .pdf)</source>
        <translation>unknown export format &quot;%1&quot; (use .png, .svg or .pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n open position</numerusform>
            <numerusform>%n open positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>the chart is %1 × %2 px at 100 %, too large for a PNG at scale %3 (limit: %4 px per side, %5 megapixels); use --compact, --root, --depth or a smaller --scale, or export SVG or PDF</source>
        <translation>the chart is %1 × %2 px at 100 %, too large for a PNG at scale %3 (limit: %4 px per side, %5 megapixels); use --compact, --root, --depth or a smaller --scale, or export SVG or PDF</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 px image</source>
        <translation>not enough memory for a %1 × %2 px image</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>↑ reports to %1 (page %2)</source>
        <translation>↑ reports to %1 (page %2)</translation>
    </message>
    <message>
        <source>the chart has %1 cards, too many for one SVG (limit: %2); export a part of it with --root ID or --depth N, or a PDF split over pages with --page A4</source>
        <translation>the chart has %1 cards, too many for one SVG (limit: %2); export a part of it with --root ID or --depth N, or a PDF split over pages with --page A4</translation>
    </message>
    <message>
        <source>the chart is %1 × %2 px, too large for one PDF page (at most %3 px per side, at half size); split it over pages with --page A4 or --page A3, or export a part of it with --root ID or --depth N</source>
        <translation>the chart is %1 × %2 px, too large for one PDF page (at most %3 px per side, at half size); split it over pages with --page A4 or --page A3, or export a part of it with --root ID or --depth N</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Output format: %1.</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation>Language of messages: en or zh_CN.</translation>
    </message>
    <message>
        <source>Derive roles from job titles where the role column is missing or unknown.</source>
        <translation>Derive roles from job titles where the role column is missing or unknown.</translation>
    </message>
    <message>
        <source>Plans: the scenario to use (default: the first).</source>
        <translation>Plans: the scenario to use (default: the first).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use en or zh_CN)</source>
        <translation>unknown language &quot;%1&quot; (use en or zh_CN)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>unknown format &quot;%1&quot; (use %2)</translation>
    </message>
    <message>
        <source>missing input file (see %1 --help)</source>
        <translation>missing input file (see %1 --help)</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>too many arguments: %1</translation>
    </message>
    <message>
        <source> (%1 open)</source>
        <translation> (%1 open)</translation>
    </message>
    <message>
        <source>  cost %1</source>
        <translation>  cost %1</translation>
    </message>
    <message>
        <source>Headcount, span of control and monthly cost per team, role and product line.</source>
        <translation>Headcount, span of control and monthly cost per team, role and product line.</translation>
    </message>
    <message>
        <source>CSV, XLSX or .orgplan file(s).</source>
        <translation>CSV, XLSX or .orgplan file(s).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>positions: %1 (%2 filled, %3 open)
</source>
        <translation>positions: %1 (%2 filled, %3 open)
</translation>
    </message>
    <message>
        <source>technical headcount: %1
</source>
        <translation>technical headcount: %1
</translation>
    </message>
    <message>
        <source>roots: %1, ladder depth: %2 levels
</source>
        <translation>roots: %1, ladder depth: %2 levels
</translation>
    </message>
    <message>
        <source>span of control: %1 managers, min %2, median %3, max %4
</source>
        <translation>span of control: %1 managers, min %2, median %3, max %4
</translation>
    </message>
    <message>
        <source>monthly cost: %1
</source>
        <translation>monthly cost: %1
</translation>
    </message>
    <message>
        <source>headcount by role:
</source>
        <translation>headcount by role:
</translation>
    </message>
    <message>
        <source>headcount by team:
</source>
        <translation>headcount by team:
</translation>
    </message>
    <message>
        <source>headcount by product line:
</source>
        <translation>headcount by product line:
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Checks an org against the rules (DESIGN §4). Exit code 0: no errors (warnings allowed); 1: at least one error; 2: unreadable input.</source>
        <translation>Checks an org against the rules (DESIGN §4). Exit code 0: no errors (warnings allowed); 1: at least one error; 2: unreadable input.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s)</source>
        <translation>
            <numerusform>%1: %n position</numerusform>
            <numerusform>%1: %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n open</numerusform>
            <numerusform>, %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an org against the team-size and ladder rules.</source>
        <translation>Check an org against the team-size and ladder rules.</translation>
    </message>
    <message>
        <source>Headcount, span of control and cost per team and role.</source>
        <translation>Headcount, span of control and cost per team and role.</translation>
    </message>
    <message>
        <source>Usage: orgdesigner-cli COMMAND FILE [options]
FILE is a CSV file, an Excel workbook (.xlsx) or a plan (.orgplan).

Commands:
</source>
        <translation>Usage: orgdesigner-cli COMMAND FILE [options]
FILE is a CSV file, an Excel workbook (.xlsx) or a plan (.orgplan).

Commands:
</translation>
    </message>
    <message>
        <source>
Run orgdesigner-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.
</source>
        <translation>
Run orgdesigner-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Draws the org chart as PNG, SVG or vector PDF (by the output&apos;s suffix). Exit code 1 when the org breaks an error rule (the chart is still written).</source>
        <translation>Draws the org chart as PNG, SVG or vector PDF (by the output&apos;s suffix). Exit code 1 when the org breaks an error rule (the chart is still written).</translation>
    </message>
    <message>
        <source>CSV, XLSX or .orgplan file.</source>
        <translation>CSV, XLSX or .orgplan file.</translation>
    </message>
    <message>
        <source>Export only the subtree of this position id.</source>
        <translation>Export only the subtree of this position id.</translation>
    </message>
    <message>
        <source>Show at most N levels below the root(s).</source>
        <translation>Show at most N levels below the root(s).</translation>
    </message>
    <message>
        <source>PNG: pixels per px at 100 % (default 2, less for huge charts).</source>
        <translation>PNG: pixels per px at 100 % (default 2, less for huge charts).</translation>
    </message>
    <message>
        <source>PDF: fit (one page sized to the chart), A4 or A3 (split by subtree).</source>
        <translation>PDF: fit (one page sized to the chart), A4 or A3 (split by subtree).</translation>
    </message>
    <message>
        <source>PDF: landscape A4/A3 pages.</source>
        <translation>PDF: landscape A4/A3 pages.</translation>
    </message>
    <message>
        <source>Title of the chart (default: the file name).</source>
        <translation>Title of the chart (default: the file name).</translation>
    </message>
    <message>
        <source>missing output file: -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>missing output file: -o OUT.png, OUT.svg or OUT.pdf</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>cannot tell the format of &quot;%1&quot;: use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>--depth wants a whole number of levels (0 or more)</source>
        <translation>--depth wants a whole number of levels (0 or more)</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (use fit, A4 or A3)</source>
        <translation>unknown page size &quot;%1&quot; (use fit, A4 or A3)</translation>
    </message>
    <message>
        <source>no position with id &quot;%1&quot;</source>
        <translation>no position with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: the chart is %1 px wide; using the compact layout</source>
        <translation>note: the chart is %1 px wide; using the compact layout</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack a manager&apos;s leaf reports in columns (narrower charts).</source>
        <translation>Stack a manager&apos;s leaf reports in columns (narrower charts).</translation>
    </message>
    <message>
        <source>tb (top-down, default) or lr (left to right).</source>
        <translation>tb (top-down, default) or lr (left to right).</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot; (use tb or lr)</source>
        <translation>unknown orientation &quot;%1&quot; (use tb or lr)</translation>
    </message>
    <message>
        <source>Lays out the org chart and writes each card&apos;s rectangle (px at 100 %, top-left) as JSON. The last line printed is layout_ms=&lt;ms&gt; nodes=&lt;n&gt;.</source>
        <translation>Lays out the org chart and writes each card&apos;s rectangle (px at 100 %, top-left) as JSON. The last line printed is layout_ms=&lt;ms&gt; nodes=&lt;n&gt;.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>A plan in a shared PostgreSQL database: postgresql://user@host:port/dbname.</source>
        <translation>A plan in a shared PostgreSQL database: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The scenario to use (default: the first).</source>
        <translation>The scenario to use (default: the first).</translation>
    </message>
    <message>
        <source>missing plan (an .orgplan file or --db URL)</source>
        <translation>missing plan (an .orgplan file or --db URL)</translation>
    </message>
    <message>
        <source>the plan was not saved: %1</source>
        <translation>the plan was not saved: %1</translation>
    </message>
    <message>
        <source>Imports a CSV file or an Excel workbook into a new plan.</source>
        <translation>Imports a CSV file or an Excel workbook into a new plan.</translation>
    </message>
    <message>
        <source>CSV or XLSX file.</source>
        <translation>CSV or XLSX file.</translation>
    </message>
    <message>
        <source>The plan to write (.orgplan).</source>
        <translation>The plan to write (.orgplan).</translation>
    </message>
    <message>
        <source>Name of the scenario (default: Current).</source>
        <translation>Name of the scenario (default: Current).</translation>
    </message>
    <message>
        <source>Replace an existing plan.</source>
        <translation>Replace an existing plan.</translation>
    </message>
    <message>
        <source>missing output plan: -o PLAN.orgplan or --db URL</source>
        <translation>missing output plan: -o PLAN.orgplan or --db URL</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 already exists; use --force to replace it</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) imported into scenario &quot;%2&quot;</source>
        <translation>
            <numerusform>%1: %n position imported into scenario &quot;%2&quot;</numerusform>
            <numerusform>%1: %n positions imported into scenario &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists, copies, renames or deletes the scenarios of a plan.</source>
        <translation>Lists, copies, renames or deletes the scenarios of a plan.</translation>
    </message>
    <message>
        <source>An .orgplan file (or use --db).</source>
        <translation>An .orgplan file (or use --db).</translation>
    </message>
    <message>
        <source>Output format: text, json.</source>
        <translation>Output format: text, json.</translation>
    </message>
    <message>
        <source>Copy this scenario (with --as NEW).</source>
        <translation>Copy this scenario (with --as NEW).</translation>
    </message>
    <message>
        <source>Rename this scenario (with --as NEW).</source>
        <translation>Rename this scenario (with --as NEW).</translation>
    </message>
    <message>
        <source>Delete this scenario.</source>
        <translation>Delete this scenario.</translation>
    </message>
    <message>
        <source>The new name for --copy and --rename.</source>
        <translation>The new name for --copy and --rename.</translation>
    </message>
    <message>
        <source>use only one of --copy, --rename and --delete</source>
        <translation>use only one of --copy, --rename and --delete</translation>
    </message>
    <message>
        <source>--copy and --rename need --as NEW</source>
        <translation>--copy and --rename need --as NEW</translation>
    </message>
    <message>
        <source>Makes a position report to another manager and saves the plan.</source>
        <translation>Makes a position report to another manager and saves the plan.</translation>
    </message>
    <message>
        <source>The position to move.</source>
        <translation>The position to move.</translation>
    </message>
    <message>
        <source>The new manager&apos;s id (empty: no manager).</source>
        <translation>The new manager&apos;s id (empty: no manager).</translation>
    </message>
    <message>
        <source>missing position id (see %1 --help)</source>
        <translation>missing position id (see %1 --help)</translation>
    </message>
    <message>
        <source>missing --to MANAGER_ID</source>
        <translation>missing --to MANAGER_ID</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): %3 moved from %4 to %5</source>
        <translation>%1 (scenario &quot;%2&quot;): %3 moved from %4 to %5</translation>
    </message>
    <message>
        <source>Gives a position another role and saves the plan.</source>
        <translation>Gives a position another role and saves the plan.</translation>
    </message>
    <message>
        <source>The position.</source>
        <translation>The position.</translation>
    </message>
    <message>
        <source>The role (key or any spelling).</source>
        <translation>The role (key or any spelling).</translation>
    </message>
    <message>
        <source>expected a position id and a role (see %1 --help)</source>
        <translation>expected a position id and a role (see %1 --help)</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): %3 is now %4</source>
        <translation>%1 (scenario &quot;%2&quot;): %3 is now %4</translation>
    </message>
    <message>
        <source>Compares two scenarios of a plan (default: the first with the last): moved, added, removed, role and team changes, headcount and monthly cost per team and role.</source>
        <translation>Compares two scenarios of a plan (default: the first with the last): moved, added, removed, role and team changes, headcount and monthly cost per team and role.</translation>
    </message>
    <message>
        <source>The scenarios to compare.</source>
        <translation>The scenarios to compare.</translation>
    </message>
    <message>
        <source>give two scenarios to compare, or none (see %1 --help)</source>
        <translation>give two scenarios to compare, or none (see %1 --help)</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>there is no scenario &quot;%1&quot; (scenarios: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot; → &quot;%2&quot;: %n change(s)</source>
        <translation>
            <numerusform>Scenario &quot;%1&quot; → &quot;%2&quot;: %n change</numerusform>
            <numerusform>Scenario &quot;%1&quot; → &quot;%2&quot;: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>  moved        %1: %2 → %3</source>
        <translation>  moved        %1: %2 → %3</translation>
    </message>
    <message>
        <source>  added        %1 (manager %2)</source>
        <translation>  added        %1 (manager %2)</translation>
    </message>
    <message>
        <source>  removed      %1 (manager %2)</source>
        <translation>  removed      %1 (manager %2)</translation>
    </message>
    <message>
        <source>  role changed %1: %2 → %3</source>
        <translation>  role changed %1: %2 → %3</translation>
    </message>
    <message>
        <source>  team changed %1: %2 → %3</source>
        <translation>  team changed %1: %2 → %3</translation>
    </message>
    <message>
        <source>Headcount %1 → %2 (%3), monthly cost %4</source>
        <translation>Headcount %1 → %2 (%3), monthly cost %4</translation>
    </message>
    <message>
        <source>  team %1: %2 (%3), monthly cost %4</source>
        <translation>  team %1: %2 (%3), monthly cost %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>  role %1: %2 (%3), monthly cost %4</source>
        <translation>  role %1: %2 (%3), monthly cost %4</translation>
    </message>
    <message>
        <source>Writes one scenario of a plan as CSV (UTF-8) that imports back to the same org.</source>
        <translation>Writes one scenario of a plan as CSV (UTF-8) that imports back to the same org.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>missing output file: -o OUT.csv</source>
        <translation>missing output file: -o OUT.csv</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) of scenario &quot;%2&quot; written</source>
        <translation>
            <numerusform>%1: %n position of scenario &quot;%2&quot; written</numerusform>
            <numerusform>%1: %n positions of scenario &quot;%2&quot; written</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay out the org chart and write card positions as JSON.</source>
        <translation>Lay out the org chart and write card positions as JSON.</translation>
    </message>
    <message>
        <source>Draw the org chart as PNG, SVG or PDF.</source>
        <translation>Draw the org chart as PNG, SVG or PDF.</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook into a plan (.orgplan).</source>
        <translation>Import a CSV file or an Excel workbook into a plan (.orgplan).</translation>
    </message>
    <message>
        <source>List, copy, rename or delete the scenarios of a plan.</source>
        <translation>List, copy, rename or delete the scenarios of a plan.</translation>
    </message>
    <message>
        <source>Make a position report to another manager in a plan.</source>
        <translation>Make a position report to another manager in a plan.</translation>
    </message>
    <message>
        <source>Give a position another role in a plan.</source>
        <translation>Give a position another role in a plan.</translation>
    </message>
    <message>
        <source>Compare two scenarios of a plan.</source>
        <translation>Compare two scenarios of a plan.</translation>
    </message>
    <message>
        <source>Write a scenario of a plan as CSV.</source>
        <translation>Write a scenario of a plan as CSV.</translation>
    </message>
    <message numerus="yes">
        <source>note: the whole chart is too large for one PNG; showing the top %n level(s) below the root (use --depth or --root, or export PDF or SVG for everything)</source>
        <translation>
            <numerusform>note: the whole chart is too large for one PNG; showing the top %n level below the root (use --depth or --root, or export PDF or SVG for everything)</numerusform>
            <numerusform>note: the whole chart is too large for one PNG; showing the top %n levels below the root (use --depth or --root, or export PDF or SVG for everything)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV: the text encoding (%1; default: detected).</source>
        <translation>CSV: the text encoding (%1; default: detected).</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use %2)</source>
        <translation>unknown encoding &quot;%1&quot; (use %2)</translation>
    </message>
    <message>
        <source>--scale wants a number above 0 and at most 16, not &quot;%1&quot;</source>
        <translation>--scale wants a number above 0 and at most 16, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>fix</translation>
    </message>
    <message>
        <source>Lists the fixes of an org&apos;s problems and what each would change. With --all, --rule or --position, applies the first fix of each chosen problem (of a plan: saved unless --dry-run). Exit code 0: no error left; 1: errors left; 2: unreadable input.</source>
        <translation>Lists the fixes of an org&apos;s problems and what each would change. With --all, --rule or --position, applies the first fix of each chosen problem (of a plan: saved unless --dry-run). Exit code 0: no error left; 1: errors left; 2: unreadable input.</translation>
    </message>
    <message>
        <source>A CSV file, an Excel workbook or a plan.</source>
        <translation>A CSV file, an Excel workbook or a plan.</translation>
    </message>
    <message>
        <source>Only problems of this rule.</source>
        <translation>Only problems of this rule.</translation>
    </message>
    <message>
        <source>Only problems shown at this position.</source>
        <translation>Only problems shown at this position.</translation>
    </message>
    <message>
        <source>Fix every error that has a fix.</source>
        <translation>Fix every error that has a fix.</translation>
    </message>
    <message>
        <source>Show what would be applied; write nothing.</source>
        <translation>Show what would be applied; write nothing.</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (rules: %2)</source>
        <translation>unknown rule &quot;%1&quot; (rules: %2)</translation>
    </message>
    <message>
        <source>no position has the id &quot;%1&quot;</source>
        <translation>no position has the id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no fix applies to the chosen problems
</source>
        <translation>no fix applies to the chosen problems
</translation>
    </message>
    <message>
        <source>no problem has a fix
</source>
        <translation>no problem has a fix
</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): saved
</source>
        <translation>%1 (scenario &quot;%2&quot;): saved
</translation>
    </message>
    <message>
        <source>nothing was written
</source>
        <translation>nothing was written
</translation>
    </message>
    <message>
        <source>List one-click fixes of an org&apos;s problems; apply them to a plan.</source>
        <translation>List one-click fixes of an org&apos;s problems; apply them to a plan.</translation>
    </message>
    <message>
        <source>Applies the rows of a change file to a plan in file order, all or nothing, and saves it (not with --dry-run); then prints the problems as validate does. CHANGES.csv has an id column and any of manager_id, role, team, product_line, name: a new id adds a position, an empty manager_id makes a root, and only the columns the file has change. Exit code 0: no errors; 1: the org breaks an error rule; 2: unreadable input or a rejected change.</source>
        <translation>Applies the rows of a change file to a plan in file order, all or nothing, and saves it (not with --dry-run); then prints the problems as validate does. CHANGES.csv has an id column and any of manager_id, role, team, product_line, name: a new id adds a position, an empty manager_id makes a root, and only the columns the file has change. Exit code 0: no errors; 1: the org breaks an error rule; 2: unreadable input or a rejected change.</translation>
    </message>
    <message>
        <source>The change file (CSV).</source>
        <translation>The change file (CSV).</translation>
    </message>
    <message>
        <source>Check and show the outcome; write nothing.</source>
        <translation>Check and show the outcome; write nothing.</translation>
    </message>
    <message>
        <source>missing change file (see %1 --help)</source>
        <translation>missing change file (see %1 --help)</translation>
    </message>
    <message>
        <source>no change was applied
</source>
        <translation>no change was applied
</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): rows checked: %3; nothing was written
</source>
        <translation>%1 (scenario &quot;%2&quot;): rows checked: %3; nothing was written
</translation>
    </message>
    <message>
        <source>%1 (scenario &quot;%2&quot;): rows applied: %3
</source>
        <translation>%1 (scenario &quot;%2&quot;): rows applied: %3
</translation>
    </message>
    <message>
        <source>Keep team and product line. By default a position that shared its team with its old manager takes the new manager&apos;s team and product line, and so does the part of its subtree that shared them.</source>
        <translation>Keep team and product line. By default a position that shared its team with its old manager takes the new manager&apos;s team and product line, and so does the part of its subtree that shared them.</translation>
    </message>
    <message>
        <source>Apply a change file (moves, roles, new positions) to a plan, all or nothing.</source>
        <translation>Apply a change file (moves, roles, new positions) to a plan, all or nothing.</translation>
    </message>
    <message>
        <source>The org as of DATE (YYYY-MM-DD, or a quarter such as 2027Q3 = its first day): positions not started yet or already left do not count.</source>
        <translation>The org as of DATE (YYYY-MM-DD, or a quarter such as 2027Q3 = its first day): positions not started yet or already left do not count.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</source>
        <translation>%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</translation>
    </message>
    <message>
        <source>The plan quarter by quarter: headcount (filled, open), monthly cost, and the problems that start or stop, each quarter as of its first day. Exit code 1 when an error rule fires in any quarter of the range.</source>
        <translation>The plan quarter by quarter: headcount (filled, open), monthly cost, and the problems that start or stop, each quarter as of its first day. Exit code 1 when an error rule fires in any quarter of the range.</translation>
    </message>
    <message>
        <source>First quarter (2027Q1 or a date in it; default: this quarter).</source>
        <translation>First quarter (2027Q1 or a date in it; default: this quarter).</translation>
    </message>
    <message>
        <source>Last quarter (default: two years on, or the last date of the plan).</source>
        <translation>Last quarter (default: two years on, or the last date of the plan).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 is before --from %2</translation>
    </message>
    <message>
        <source>%1: forecast %2 – %3 (monthly cost in %4)
</source>
        <translation>%1: forecast %2 – %3 (monthly cost in %4)
</translation>
    </message>
    <message>
        <source>%1  headcount %2, open %3, monthly cost %4
</source>
        <translation>%1  headcount %2, open %3, monthly cost %4
</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation> as of %1</translation>
    </message>
    <message>
        <source>layers: %1 (positions per layer: %2)
</source>
        <translation>layers: %1 (positions per layer: %2)
</translation>
    </message>
    <message>
        <source>span distribution (reports×managers): %1
</source>
        <translation>span distribution (reports×managers): %1
</translation>
    </message>
    <message>
        <source>managers with one report: %1, with two reports: %2
</source>
        <translation>managers with one report: %1, with two reports: %2
</translation>
    </message>
    <message>
        <source>individual contributors per manager by team:
</source>
        <translation>individual contributors per manager by team:
</translation>
    </message>
    <message>
        <source>%1 ICs / %2 managers = %3</source>
        <translation>%1 ICs / %2 managers = %3</translation>
    </message>
    <message>
        <source>%1 ICs, no manager</source>
        <translation>%1 ICs, no manager</translation>
    </message>
    <message>
        <source>Headcount, cost and the problems that start or stop, quarter by quarter.</source>
        <translation>Headcount, cost and the problems that start or stop, quarter by quarter.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the file is empty: expected a header row such as &quot;id,name,manager_id,role&quot;</source>
        <translation>the file is empty: expected a header row such as &quot;id,name,manager_id,role&quot;</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing &quot;)</source>
        <translation>a quoted field starts here and never ends (missing closing &quot;)</translation>
    </message>
    <message>
        <source>the header has no id column (expected &quot;id&quot; or &quot;工号&quot;; found: %1)</source>
        <translation>the header has no id column (expected &quot;id&quot; or &quot;工号&quot;; found: %1)</translation>
    </message>
    <message>
        <source>the header has no role column (expected &quot;role&quot; or &quot;角色&quot;); use --infer-roles to derive roles from job titles</source>
        <translation>the header has no role column (expected &quot;role&quot; or &quot;角色&quot;); use --infer-roles to derive roles from job titles</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2: &quot;%3&quot;</source>
        <translation>this row has %1 fields but the header has %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>the id is empty</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used on line %2)</source>
        <translation>duplicate id &quot;%1&quot; (already used on line %2)</translation>
    </message>
    <message>
        <source>the role is empty; valid roles: %1</source>
        <translation>the role is empty; valid roles: %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; valid roles: %2</source>
        <translation>unknown role &quot;%1&quot;; valid roles: %2</translation>
    </message>
    <message>
        <source>the salary &quot;%1&quot; is not a number</source>
        <translation>the salary &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>line %1: manager id &quot;%2&quot; of &quot;%3&quot; does not exist (no row has this id)</source>
        <translation>line %1: manager id &quot;%2&quot; of &quot;%3&quot; does not exist (no row has this id)</translation>
    </message>
    <message>
        <source>line %1: dotted-line manager id &quot;%2&quot; does not exist</source>
        <translation>line %1: dotted-line manager id &quot;%2&quot; does not exist</translation>
    </message>
    <message>
        <source>reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle</source>
        <translation>reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle</translation>
    </message>
    <message>
        <source>column %1: control character U+%2 in the text (a binary file, or text in another encoding?)</source>
        <translation>column %1: control character U+%2 in the text (a binary file, or text in another encoding?)</translation>
    </message>
    <message>
        <source>column %1: byte 0x%2 is not valid %3</source>
        <translation>column %1: byte 0x%2 is not valid %3</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>the text is not valid %1</translation>
    </message>
    <message>
        <source>column %1: byte 0x%2 is not UTF-8, and the text looks like none of %3 (detected: %4); name the encoding explicitly</source>
        <translation>column %1: byte 0x%2 is not UTF-8, and the text looks like none of %3 (detected: %4); name the encoding explicitly</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>the import was cancelled</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</source>
        <translation>the date &quot;%1&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>the end date %1 is before the start date %2</translation>
    </message>
    <message>
        <source>unknown hiring status &quot;%1&quot;; valid statuses: planned, approved, interviewing, offer</source>
        <translation>unknown hiring status &quot;%1&quot;; valid statuses: planned, approved, interviewing, offer</translation>
    </message>
    <message>
        <source>the hiring status &quot;%1&quot; is for open positions only, but this position is filled by %2</source>
        <translation>the hiring status &quot;%1&quot; is for open positions only, but this position is filled by %2</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number</source>
        <translation>the budget &quot;%1&quot; is not a number</translation>
    </message>
</context>
<context>
    <name>DottedLineCommand</name>
    <message>
        <source>Add dotted line from %1 to %2</source>
        <translation>Add dotted line from %1 to %2</translation>
    </message>
    <message>
        <source>Remove dotted line from %1 to %2</source>
        <translation>Remove dotted line from %1 to %2</translation>
    </message>
</context>
<context>
    <name>FixEngine</name>
    <message>
        <source>Insert an open %1 above %2</source>
        <translation>Insert an open %1 above %2</translation>
    </message>
    <message>
        <source>Insert an open %1 between %2 and its technical reports</source>
        <translation>Insert an open %1 between %2 and its technical reports</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>Make %1 a %2</translation>
    </message>
    <message>
        <source>Split the team of %1 into %2 teams under new open %3 positions</source>
        <translation>Split the team of %1 into %2 teams under new open %3 positions</translation>
    </message>
    <message>
        <source>Insert an open %1 under %2 over the managers of its product lines</source>
        <translation>Insert an open %1 under %2 over the managers of its product lines</translation>
    </message>
    <message>
        <source>Group the reports of %1 into %2 teams under new open %3 positions</source>
        <translation>Group the reports of %1 into %2 teams under new open %3 positions</translation>
    </message>
    <message>
        <source>Make %1 report to %2</source>
        <translation>Make %1 report to %2</translation>
    </message>
    <message>
        <source>Add an open %1 for the product line %2</source>
        <translation>Add an open %1 for the product line %2</translation>
    </message>
    <message>
        <source>Add an open %1 for the product line %2 under %3</source>
        <translation>Add an open %1 for the product line %2 under %3</translation>
    </message>
    <message>
        <source>Make %1 the manager of %2</source>
        <translation>Make %1 the manager of %2</translation>
    </message>
    <message>
        <source>Keep %1 as %2 and make the other %3 positions %4</source>
        <translation>Keep %1 as %2 and make the other %3 positions %4</translation>
    </message>
    <message>
        <source>no position has the id %1</source>
        <translation>no position has the id %1</translation>
    </message>
    <message>
        <source>the id %1 is taken</source>
        <translation>the id %1 is taken</translation>
    </message>
    <message>
        <source>%1 cannot report to %2: that would form a reporting cycle</source>
        <translation>%1 cannot report to %2: that would form a reporting cycle</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n open position</numerusform>
            <numerusform>%n open positions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/month</translation>
    </message>
    <message>
        <source>no change in errors, warnings or cost</source>
        <translation>no change in errors, warnings or cost</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>%1 passes %2 technical people in %3 → a %4 is needed by then</source>
        <translation>%1 passes %2 technical people in %3 → a %4 is needed by then</translation>
    </message>
    <message>
        <source>%1 leads %2 product lines in %3 → a %4 is recommended by then</source>
        <translation>%1 leads %2 product lines in %3 → a %4 is recommended by then</translation>
    </message>
    <message>
        <source>%1 has more than %2 direct reports in %3 → add a manager by then</source>
        <translation>%1 has more than %2 direct reports in %3 → add a manager by then</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 direct reports in %3</source>
        <translation>%1 has fewer than %2 direct reports in %3</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2) stops in %3</source>
        <translation>%1 (%2) stops in %3</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>this is a plan, not a table: open it with File ▸ Open</source>
        <translation>this is a plan, not a table: open it with File ▸ Open</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row such as &quot;id,name,manager_id,role&quot;</source>
        <translation>the file is empty: expected a header row such as &quot;id,name,manager_id,role&quot;</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing &quot;)</source>
        <translation>a quoted field starts here and never ends (missing closing &quot;)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Manager id (reports to)</source>
        <translation>Manager id (reports to)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>Monthly salary</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Dotted-line manager id</source>
        <translation>Dotted-line manager id</translation>
    </message>
    <message>
        <source>Custom field (kept)</source>
        <translation>Custom field (kept)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Hiring status</source>
        <translation>Hiring status</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monthly budget</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>this is a directory, not a file</source>
        <translation>this is a directory, not a file</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket): refusing to read it</source>
        <translation>not a regular file (a device, FIFO or socket): refusing to read it</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the %2 an import reads</source>
        <translation>the file has %1 bytes, more than the %2 an import reads</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file has more than the %1 an import reads</source>
        <translation>the file has more than the %1 an import reads</translation>
    </message>
</context>
<context>
    <name>MarkAssistantCommand</name>
    <message>
        <source>Mark %1 as assistant</source>
        <translation>Mark %1 as assistant</translation>
    </message>
    <message>
        <source>Unmark %1 as assistant</source>
        <translation>Unmark %1 as assistant</translation>
    </message>
</context>
<context>
    <name>MovePositionCommand</name>
    <message>
        <source>there is no position &quot;%1&quot;</source>
        <translation>there is no position &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot report to itself</source>
        <translation>%1 cannot report to itself</translation>
    </message>
    <message>
        <source>cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle</source>
        <translation>cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle</translation>
    </message>
    <message>
        <source>Move %1 to the top</source>
        <translation>Move %1 to the top</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
</context>
<context>
    <name>OrgLoader</name>
    <message>
        <source>the plan has no scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>the plan has no scenario &quot;%1&quot; (scenarios: %2)</translation>
    </message>
</context>
<context>
    <name>PlanDate</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Interviewing</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database URL (postgresql://user@host:port/dbname)</source>
        <translation>&quot;%1&quot; is not a valid database URL (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>the database URL &quot;%1&quot; names no database</source>
        <translation>the database URL &quot;%1&quot; names no database</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan (not an SQLite database)</source>
        <translation>%1 is not a plan (not an SQLite database)</translation>
    </message>
    <message>
        <source>%1 is truncated or corrupted</source>
        <translation>%1 is truncated or corrupted</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>the Qt SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <source>%1 is corrupted (%2)</source>
        <translation>%1 is corrupted (%2)</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>the Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an OrgDesigner plan (no plan tables)</source>
        <translation>%1 is not an OrgDesigner plan (no plan tables)</translation>
    </message>
    <message>
        <source>%1 is not an OrgDesigner plan (no schema version)</source>
        <translation>%1 is not an OrgDesigner plan (no schema version)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of OrgDesigner (plan schema %2; this version reads up to %3); update OrgDesigner to open it</source>
        <translation>%1 was written by a newer version of OrgDesigner (plan schema %2; this version reads up to %3); update OrgDesigner to open it</translation>
    </message>
    <message>
        <source>%1 has an unknown plan schema %2</source>
        <translation>%1 has an unknown plan schema %2</translation>
    </message>
    <message>
        <source>the database %1 holds no plan</source>
        <translation>the database %1 holds no plan</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>the plan has no scenario</source>
        <translation>the plan has no scenario</translation>
    </message>
    <message>
        <source>the plan is corrupted: empty or duplicate position id &quot;%1&quot;</source>
        <translation>the plan is corrupted: empty or duplicate position id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the plan is corrupted: a line between &quot;%1&quot; and &quot;%2&quot; has an unknown end</source>
        <translation>the plan is corrupted: a line between &quot;%1&quot; and &quot;%2&quot; has an unknown end</translation>
    </message>
    <message>
        <source>the plan is corrupted: reporting cycle %1</source>
        <translation>the plan is corrupted: reporting cycle %1</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was removed by another user since the plan was loaded</source>
        <translation>position &quot;%1&quot; was removed by another user since the plan was loaded</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source> (their manager: %1)</source>
        <translation> (their manager: %1)</translation>
    </message>
    <message>
        <source> (their role: %1)</source>
        <translation> (their role: %1)</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was changed by %2 since the plan was loaded (version %3)</source>
        <translation>position &quot;%1&quot; was changed by %2 since the plan was loaded (version %3)</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was changed by %2 since the plan was loaded (version %3): %4</source>
        <translation>position &quot;%1&quot; was changed by %2 since the plan was loaded (version %3): %4</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; was deleted by another user since the plan was loaded</source>
        <translation>scenario &quot;%1&quot; was deleted by another user since the plan was loaded</translation>
    </message>
    <message>
        <source>cannot add scenario &quot;%1&quot;: %2</source>
        <translation>cannot add scenario &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; was added by another user since the plan was loaded</source>
        <translation>position &quot;%1&quot; was added by another user since the plan was loaded</translation>
    </message>
    <message>
        <source>the plan was not saved because another user changed it meanwhile:</source>
        <translation>the plan was not saved because another user changed it meanwhile:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>a plan needs at least one scenario</source>
        <translation>a plan needs at least one scenario</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>cannot save %1: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>cannot replace %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan (an SQLite database of another application)</source>
        <translation>%1 is not a plan (an SQLite database of another application)</translation>
    </message>
    <message>
        <source>%1 was written by an older version of OrgDesigner (plan schema %2) and must be upgraded, but it cannot be written; copy it to a writable folder to open it</source>
        <translation>%1 was written by an older version of OrgDesigner (plan schema %2) and must be upgraded, but it cannot be written; copy it to a writable folder to open it</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; belongs to a scenario that no longer exists</source>
        <translation>position &quot;%1&quot; belongs to a scenario that no longer exists</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: empty or duplicate position id &quot;%2&quot;</source>
        <translation>scenario &quot;%1&quot;: empty or duplicate position id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: position &quot;%2&quot; has the unknown role &quot;%3&quot;</source>
        <translation>scenario &quot;%1&quot;: position &quot;%2&quot; has the unknown role &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a line from &quot;%1&quot; belongs to a scenario that no longer exists</source>
        <translation>a line from &quot;%1&quot; belongs to a scenario that no longer exists</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: the line from &quot;%2&quot; to &quot;%3&quot; has an unknown end</source>
        <translation>scenario &quot;%1&quot;: the line from &quot;%2&quot; to &quot;%3&quot; has an unknown end</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: position &quot;%2&quot; has more than one manager</source>
        <translation>scenario &quot;%1&quot;: position &quot;%2&quot; has more than one manager</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: reporting cycle %2</source>
        <translation>scenario &quot;%1&quot;: reporting cycle %2</translation>
    </message>
    <message>
        <source>with the changes another user saved meanwhile, the org would no longer be valid; nothing was saved:</source>
        <translation>with the changes another user saved meanwhile, the org would no longer be valid; nothing was saved:</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; try again</source>
        <translation>%1 changed while it was being read; try again</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (or the file size limit is reached); the plan was not changed</source>
        <translation>cannot save %1: the disk is full (or the file size limit is reached); the plan was not changed</translation>
    </message>
    <message>
        <source>cannot read %1: the disk is full</source>
        <translation>cannot read %1: the disk is full</translation>
    </message>
    <message>
        <source>cannot save %1: no permission to write in the folder %2</source>
        <translation>cannot save %1: no permission to write in the folder %2</translation>
    </message>
    <message>
        <source>cannot read %1: no permission for the folder %2</source>
        <translation>cannot read %1: no permission for the folder %2</translation>
    </message>
    <message>
        <source>cannot save %1: permission denied (%2)</source>
        <translation>cannot save %1: permission denied (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied (%2)</source>
        <translation>cannot read %1: permission denied (%2)</translation>
    </message>
    <message>
        <source>cannot save %1: it is on a read-only file system</source>
        <translation>cannot save %1: it is on a read-only file system</translation>
    </message>
    <message>
        <source>cannot save %1: the file is read-only</source>
        <translation>cannot save %1: the file is read-only</translation>
    </message>
    <message>
        <source>cannot save %1: the folder %2 is read-only</source>
        <translation>cannot save %1: the folder %2 is read-only</translation>
    </message>
    <message>
        <source>cannot save %1: it is read-only (%2)</source>
        <translation>cannot save %1: it is read-only (%2)</translation>
    </message>
    <message>
        <source>cannot save %1: it is locked by another program; try again (%2)</source>
        <translation>cannot save %1: it is locked by another program; try again (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: it is locked by another program; try again (%2)</source>
        <translation>cannot read %1: it is locked by another program; try again (%2)</translation>
    </message>
    <message>
        <source>the plan was not saved because another user changed it meanwhile: %1</source>
        <translation>the plan was not saved because another user changed it meanwhile: %1</translation>
    </message>
    <message>
        <source>cannot save %1: input/output error (%2)</source>
        <translation>cannot save %1: input/output error (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: input/output error (%2)</source>
        <translation>cannot read %1: input/output error (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: the folder %2 does not exist</source>
        <translation>cannot save %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has a reporting cycle %2; nothing was saved</source>
        <translation>scenario &quot;%1&quot; has a reporting cycle %2; nothing was saved</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RemovePositionCommand</name>
    <message>
        <source>Remove %1 and its team</source>
        <translation>Remove %1 and its team</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>RenamePositionCommand</name>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Fill %1 with %2</source>
        <translation>Fill %1 with %2</translation>
    </message>
</context>
<context>
    <name>RoleCatalogueCommand</name>
    <message>
        <source>Change roles</source>
        <translation>Change roles</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>open %1 position %2</source>
        <translation>open %1 position %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Tech director required</source>
        <translation>Tech director required</translation>
    </message>
    <message>
        <source>Tech director recommended</source>
        <translation>Tech director recommended</translation>
    </message>
    <message>
        <source>Too many direct reports</source>
        <translation>Too many direct reports</translation>
    </message>
    <message>
        <source>Reports to a lower rung</source>
        <translation>Reports to a lower rung</translation>
    </message>
    <message>
        <source>Reports to a peer</source>
        <translation>Reports to a peer</translation>
    </message>
    <message>
        <source>More than one CTO</source>
        <translation>More than one CTO</translation>
    </message>
    <message>
        <source>Product line without a tech manager</source>
        <translation>Product line without a tech manager</translation>
    </message>
    <message>
        <source>Product line without an architect</source>
        <translation>Product line without an architect</translation>
    </message>
    <message>
        <source>The team of %1 technical positions under %2 has no tech director (limit %3): insert a tech director between %4 and its technical reports.</source>
        <translation>The team of %1 technical positions under %2 has no tech director (limit %3): insert a tech director between %4 and its technical reports.</translation>
    </message>
    <message>
        <source>The team of %1 technical positions under %2 has no tech director (limit %3): make %4 a tech director, or insert a tech director above %4 (under the CTO), or split the team into teams of at most %3.</source>
        <translation>The team of %1 technical positions under %2 has no tech director (limit %3): make %4 a tech director, or insert a tech director above %4 (under the CTO), or split the team into teams of at most %3.</translation>
    </message>
    <message>
        <source>%1 leads %2 product lines (%3) without a tech director: insert a tech director under %4 over the tech managers of these lines, or make %4 a tech director.</source>
        <translation>%1 leads %2 product lines (%3) without a tech director: insert a tech director under %4 over the tech managers of these lines, or make %4 a tech director.</translation>
    </message>
    <message>
        <source>%1 has %2 direct reports (limit %3): group them by team under new managers of the rung below, or move some reports to another manager.</source>
        <translation>%1 has %2 direct reports (limit %3): group them by team under new managers of the rung below, or move some reports to another manager.</translation>
    </message>
    <message>
        <source>%1 reports to %2, a lower rung of the ladder: move %3 under the nearest manager of a higher rank, or give %3 the rung below %4.</source>
        <translation>%1 reports to %2, a lower rung of the ladder: move %3 under the nearest manager of a higher rank, or give %3 the rung below %4.</translation>
    </message>
    <message>
        <source>%1 reports to %2, who holds the same rung: move %3 under the nearest manager of a higher rank, or give %3 the rung below %4.</source>
        <translation>%1 reports to %2, who holds the same rung: move %3 under the nearest manager of a higher rank, or give %3 the rung below %4.</translation>
    </message>
    <message>
        <source>%1 is one of %2 CTOs (%3): keep the CTO nearest the top and make the others tech directors.</source>
        <translation>%1 is one of %2 CTOs (%3): keep the CTO nearest the top and make the others tech directors.</translation>
    </message>
    <message>
        <source>Product line &quot;%1&quot; (%2 positions) has no tech manager: add an open tech manager for it under the nearest tech director or CTO.</source>
        <translation>Product line &quot;%1&quot; (%2 positions) has no tech manager: add an open tech manager for it under the nearest tech director or CTO.</translation>
    </message>
    <message>
        <source>Product line &quot;%1&quot; has %2 positions (%3 or more) but no architect: add an open architect for it under its tech manager.</source>
        <translation>Product line &quot;%1&quot; has %2 positions (%3 or more) but no architect: add an open architect for it under its tech manager.</translation>
    </message>
    <message>
        <source>Too few direct reports</source>
        <translation>Too few direct reports</translation>
    </message>
    <message numerus="yes">
        <source>%1 manages only %n direct report(s) (fewer than %2): a manager with so few reports adds a layer; merge the team into a neighbouring one, or let %3 lead as an individual contributor.</source>
        <translation>
            <numerusform>%1 manages only %n direct report (fewer than %2): a manager with so few reports adds a layer; merge the team into a neighbouring one, or let %3 lead as an individual contributor.</numerusform>
            <numerusform>%1 manages only %n direct reports (fewer than %2): a manager with so few reports adds a layer; merge the team into a neighbouring one, or let %3 lead as an individual contributor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSettingsCommand</name>
    <message>
        <source>Change rule settings</source>
        <translation>Change rule settings</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation>unknown field &quot;%1&quot; (fields: %2)</translation>
    </message>
    <message>
        <source>the salary &quot;%1&quot; is not a number</source>
        <translation>the salary &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Set %1 of %2</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number</source>
        <translation>the budget &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</source>
        <translation>the date &quot;%1&quot; is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)</translation>
    </message>
    <message>
        <source>unknown hiring status &quot;%1&quot;; valid statuses: planned, approved, interviewing, offer</source>
        <translation>unknown hiring status &quot;%1&quot;; valid statuses: planned, approved, interviewing, offer</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not an Excel workbook (.xlsx): the file is not a readable zip archive</source>
        <translation>not an Excel workbook (.xlsx): the file is not a readable zip archive</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): xl/workbook.xml is missing</source>
        <translation>not an Excel workbook (.xlsx): xl/workbook.xml is missing</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1</source>
        <translation>the workbook is damaged: %1</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>the workbook has no sheet</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (sheets: %2)</source>
        <translation>the workbook has no sheet named &quot;%1&quot; (sheets: %2)</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 is missing</source>
        <translation>the workbook is damaged: %1 is missing</translation>
    </message>
    <message>
        <source>the sheet is empty: no header row</source>
        <translation>the sheet is empty: no header row</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot read the entry of %1</source>
        <translation>the workbook is damaged: cannot read the entry of %1</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes, more than the %3 an import reads</source>
        <translation>%1 inflates to %2 bytes, more than the %3 an import reads</translation>
    </message>
    <message>
        <source>%1 inflates from %2 to %3 bytes, more than %4 times: refused as a likely zip bomb</source>
        <translation>%1 inflates from %2 to %3 bytes, more than %4 times: refused as a likely zip bomb</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot open %1</source>
        <translation>the workbook is damaged: cannot open %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot inflate %1</source>
        <translation>the workbook is damaged: cannot inflate %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 inflates to more than the %2 bytes its entry declares</source>
        <translation>the workbook is damaged: %1 inflates to more than the %2 bytes its entry declares</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 fails its checksum</source>
        <translation>the workbook is damaged: %1 fails its checksum</translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is outside the sheet (Excel has rows 1 to %2)</source>
        <translation>row number &quot;%1&quot; is outside the sheet (Excel has rows 1 to %2)</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation>the sheet has more than %1 rows</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is outside the sheet or not a reference (Excel has columns A to XFD and rows 1 to %2)</source>
        <translation>cell reference &quot;%1&quot; is outside the sheet or not a reference (Excel has columns A to XFD and rows 1 to %2)</translation>
    </message>
    <message>
        <source>row %1 has more than %2 cells (Excel has columns A to XFD)</source>
        <translation>row %1 has more than %2 cells (Excel has columns A to XFD)</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string &quot;%2&quot;, but the workbook has %3 shared strings (numbered from 0): the file is damaged</source>
        <translation>cell %1 refers to shared string &quot;%2&quot;, but the workbook has %3 shared strings (numbered from 0): the file is damaged</translation>
    </message>
    <message>
        <source>cell %1 (&quot;%2&quot;) is right of the last header column %3</source>
        <translation>cell %1 (&quot;%2&quot;) is right of the last header column %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design technical organisations.</source>
        <translation>Design technical organisations.</translation>
    </message>
    <message>
        <source>User interface language (en or zh_CN).</source>
        <translation>User interface language (en or zh_CN).</translation>
    </message>
    <message>
        <source>A plan (.orgplan), CSV or Excel file to open.</source>
        <translation>A plan (.orgplan), CSV or Excel file to open.</translation>
    </message>
    <message>
        <source>orgdesigner: unknown language &quot;%1&quot; (use en or zh_CN)</source>
        <translation>orgdesigner: unknown language &quot;%1&quot; (use en or zh_CN)</translation>
    </message>
</context>
<context>
    <name>org::CommandSubject</name>
    <message>
        <source>Open position (%1)</source>
        <translation>Open position (%1)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>product line</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>salary</translation>
    </message>
</context>
<context>
    <name>org::Document</name>
    <message>
        <source>the plan has no file yet; use Save As</source>
        <translation>the plan has no file yet; use Save As</translation>
    </message>
    <message>
        <source>there is no autosave for this plan</source>
        <translation>there is no autosave for this plan</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (scenarios: %2)</source>
        <translation>there is no scenario &quot;%1&quot; (scenarios: %2)</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>a scenario needs a name</translation>
    </message>
    <message>
        <source>a scenario named &quot;%1&quot; already exists</source>
        <translation>a scenario named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: a plan keeps at least one scenario</source>
        <translation>cannot delete &quot;%1&quot;: a plan keeps at least one scenario</translation>
    </message>
    <message>
        <source>there is no position &quot;%1&quot;</source>
        <translation>there is no position &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; valid roles: %2</source>
        <translation>unknown role &quot;%1&quot;; valid roles: %2</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>duplicate id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot report to itself</source>
        <translation>%1 cannot report to itself</translation>
    </message>
    <message>
        <source>%1 has no dotted line to %2</source>
        <translation>%1 has no dotted line to %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n positions</source>
        <translation>
            <numerusform>Delete %n positions</numerusform>
            <numerusform>Delete %n positions</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>Edit roles</translation>
    </message>
    <message>
        <source>the new position &quot;%1&quot; needs a role</source>
        <translation>the new position &quot;%1&quot; needs a role</translation>
    </message>
    <message>
        <source>cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle</source>
        <translation>cannot move %1 under %2: %2 already reports to %1, so this would form a reporting cycle</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n positions</source>
        <translation>
            <numerusform>Edit %n position</numerusform>
            <numerusform>Edit %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n positions to the top</source>
        <translation>
            <numerusform>Move %n position to the top</numerusform>
            <numerusform>Move %n positions to the top</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n positions to %1</source>
        <translation>
            <numerusform>Move %n position to %1</numerusform>
            <numerusform>Move %n positions to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no fix to apply</source>
        <translation>there is no fix to apply</translation>
    </message>
    <message>
        <source>no role ranks above %1&apos;s role &quot;%2&quot;; choose the role of the new manager</source>
        <translation>no role ranks above %1&apos;s role &quot;%2&quot;; choose the role of the new manager</translation>
    </message>
    <message>
        <source>Insert a manager above %1</source>
        <translation>Insert a manager above %1</translation>
    </message>
    <message>
        <source>%1 has fewer than two direct reports: there is no team to split</source>
        <translation>%1 has fewer than two direct reports: there is no team to split</translation>
    </message>
    <message>
        <source>Split the team of %1</source>
        <translation>Split the team of %1</translation>
    </message>
</context>
<context>
    <name>org::Plan</name>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
</context>
<context>
    <name>org::ui::AddReportDialog</name>
    <message>
        <source>Add Report</source>
        <translation>Add Report</translation>
    </message>
    <message>
        <source>Empty: an open position</source>
        <translation>Empty: an open position</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>A new position at the top of the chart.</source>
        <translation>A new position at the top of the chart.</translation>
    </message>
    <message>
        <source>A new position reporting to %1.</source>
        <translation>A new position reporting to %1.</translation>
    </message>
</context>
<context>
    <name>org::ui::ApplyChangesDialog</name>
    <message>
        <source>Apply Changes</source>
        <translation>Apply Changes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>%1 cannot be applied; nothing was changed.</source>
        <translation>%1 cannot be applied; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s); %2 moved, %3 new, %4 removed, %5 with another role, %6 in another team. Apply them as one step (Undo takes them back)?</source>
        <translation>
            <numerusform>%1: %n row; %2 moved, %3 new, %4 removed, %5 with another role, %6 in another team. Apply them as one step (Undo takes them back)?</numerusform>
            <numerusform>%1: %n rows; %2 moved, %3 new, %4 removed, %5 with another role, %6 in another team. Apply them as one step (Undo takes them back)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>org::ui::AsOfControl</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Show the org, its problems and the dashboard as of the first day of a quarter: positions not started yet are drawn faded and dashed, departures faded</source>
        <translation>Show the org, its problems and the dashboard as of the first day of a quarter: positions not started yet are drawn faded and dashed, departures faded</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Previous quarter</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Next quarter</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>org::ui::ChartScene</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Team changed</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
</context>
<context>
    <name>org::ui::ChartView</name>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Name (empty: open position)</source>
        <translation>Name (empty: open position)</translation>
    </message>
</context>
<context>
    <name>org::ui::CompareChart</name>
    <message>
        <source>New position</source>
        <translation>New position</translation>
    </message>
    <message>
        <source>Removed: ghost card under its old manager</source>
        <translation>Removed: ghost card under its old manager</translation>
    </message>
    <message>
        <source>Moved: arrow from the old manager</source>
        <translation>Moved: arrow from the old manager</translation>
    </message>
    <message>
        <source>Role changed: old role → new role</source>
        <translation>Role changed: old role → new role</translation>
    </message>
    <message>
        <source>Team changed: old team → new team</source>
        <translation>Team changed: old team → new team</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
</context>
<context>
    <name>org::ui::Dashboard</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Save Chart as PNG…</translation>
    </message>
    <message>
        <source>Headcount by role</source>
        <translation>Headcount by role</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>Headcount by team</source>
        <translation>Headcount by team</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Open positions</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Direct reports</source>
        <translation>Direct reports</translation>
    </message>
    <message>
        <source>Monthly cost by team (total %L1)</source>
        <translation>Monthly cost by team (total %L1)</translation>
    </message>
    <message>
        <source>Monthly cost by team: no salaries or role costs</source>
        <translation>Monthly cost by team: no salaries or role costs</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monthly cost</translation>
    </message>
    <message>
        <source>Problems by rule</source>
        <translation>Problems by rule</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Save Chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;.</source>
        <translation>Could not write &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Headcount by scenario</source>
        <translation>Headcount by scenario</translation>
    </message>
    <message>
        <source>Save Charts as PNG</source>
        <translation>Save Charts as PNG</translation>
    </message>
    <message>
        <source>Could not write every chart to &quot;%1&quot;.</source>
        <translation>Could not write every chart to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Save Charts as PNG…</source>
        <translation>Save Charts as PNG…</translation>
    </message>
    <message>
        <source>Write every chart as a PNG image into a folder (right-click a chart to save only that one)</source>
        <translation>Write every chart as a PNG image into a folder (right-click a chart to save only that one)</translation>
    </message>
    <message>
        <source>Headcount by product line: no product lines set</source>
        <translation>Headcount by product line: no product lines set</translation>
    </message>
    <message>
        <source>Headcount by product line</source>
        <translation>Headcount by product line</translation>
    </message>
    <message>
        <source>Managers by span of control (limit %1)</source>
        <translation>Managers by span of control (limit %1)</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Within the limit</translation>
    </message>
    <message>
        <source>Above the limit</source>
        <translation>Above the limit</translation>
    </message>
    <message>
        <source>Monthly cost by role</source>
        <translation>Monthly cost by role</translation>
    </message>
    <message>
        <source>Monthly cost by role: no salaries or role costs</source>
        <translation>Monthly cost by role: no salaries or role costs</translation>
    </message>
    <message>
        <source>The %L1 costliest of %L2 teams; the other teams: %L3</source>
        <translation>The %L1 costliest of %L2 teams; the other teams: %L3</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 teams; the other teams: %L3 positions</source>
        <translation>The %L1 largest of %L2 teams; the other teams: %L3 positions</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 product lines; the others: %L3 positions</source>
        <translation>The %L1 largest of %L2 product lines; the others: %L3 positions</translation>
    </message>
</context>
<context>
    <name>org::ui::EditSelectionDialog</name>
    <message>
        <source>Edit Selection</source>
        <translation>Edit Selection</translation>
    </message>
    <message>
        <source>(different values: leave as they are)</source>
        <translation>(different values: leave as they are)</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(leave as it is)</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>Product line:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected position(s). Empty or unchanged fields stay as they are.</source>
        <translation>
            <numerusform>%n selected position. Empty or unchanged fields stay as they are.</numerusform>
            <numerusform>%n selected positions. Empty or unchanged fields stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>org::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Levels:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG scale:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translation>Whole chart</translation>
    </message>
    <message>
        <source>Selection&apos;s subtree</source>
        <translation>Selection&apos;s subtree</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Fit to chart (one page)</source>
        <translation>Fit to chart (one page)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Optional title line</source>
        <translation>Optional title line</translation>
    </message>
    <message>
        <source>Show the role legend</source>
        <translation>Show the role legend</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Exporting the chart…</translation>
    </message>
</context>
<context>
    <name>org::ui::FixActions</name>
    <message>
        <source>No fix repairs this problem without a new error</source>
        <translation>No fix repairs this problem without a new error</translation>
    </message>
    <message>
        <source>Select a problem to see its fixes</source>
        <translation>Select a problem to see its fixes</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Apply Fix</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Undo takes the whole fix back in one step.</source>
        <translation>Undo takes the whole fix back in one step.</translation>
    </message>
    <message>
        <source>The fix could not be applied: %1</source>
        <translation>The fix could not be applied: %1</translation>
    </message>
    <message>
        <source>Fixed: %1 (%2)</source>
        <translation>Fixed: %1 (%2)</translation>
    </message>
    <message>
        <source>There is no error to fix.</source>
        <translation>There is no error to fix.</translation>
    </message>
    <message>
        <source>No fix repairs the errors left without a new error.</source>
        <translation>No fix repairs the errors left without a new error.</translation>
    </message>
    <message numerus="yes">
        <source>Fix all errors (%n fix(es))</source>
        <translation>
            <numerusform>Fix all errors (%n fix)</numerusform>
            <numerusform>Fix all errors (%n fixes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The fixes could not be applied: %1</source>
        <translation>The fixes could not be applied: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n fix(es): %1</source>
        <translation>
            <numerusform>Applied %n fix: %1</numerusform>
            <numerusform>Applied %n fixes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Manager Above</source>
        <translation>Insert Manager Above</translation>
    </message>
    <message>
        <source>An open position is inserted between %1 and its manager. Its role:</source>
        <translation>An open position is inserted between %1 and its manager. Its role:</translation>
    </message>
    <message>
        <source>Split Team</source>
        <translation>Split Team</translation>
    </message>
    <message>
        <source>Split the team of %1?</source>
        <translation>Split the team of %1?</translation>
    </message>
    <message>
        <source>%1 of its %2 direct reports move under a new open %3 position reporting to %4, as a team of their own. Undo takes it back in one step.</source>
        <translation>%1 of its %2 direct reports move under a new open %3 position reporting to %4, as a team of their own. Undo takes it back in one step.</translation>
    </message>
</context>
<context>
    <name>org::ui::FixAllDialog</name>
    <message>
        <source>Fix All Errors</source>
        <translation>Fix All Errors</translation>
    </message>
    <message>
        <source>These fixes will be applied, in this order, as one step that Undo takes back:</source>
        <translation>These fixes will be applied, in this order, as one step that Undo takes back:</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) will remain: no fix repairs them without a new error.</source>
        <translation>
            <numerusform>%n error will remain: no fix repairs them without a new error.</numerusform>
            <numerusform>%n errors will remain: no fix repairs them without a new error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n fix(es)</source>
        <translation>
            <numerusform>Apply %n fix</numerusform>
            <numerusform>Apply %n fixes</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>org::ui::FixPreview</name>
    <message>
        <source>Preview: %1 — %2</source>
        <translation>Preview: %1 — %2</translation>
    </message>
</context>
<context>
    <name>org::ui::ForecastDock</name>
    <message>
        <source>Quarter and problems</source>
        <translation>Quarter and problems</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>%1 — headcount %2, open %3, monthly cost %4 %5</source>
        <translation>%1 — headcount %2, open %3, monthly cost %4 %5</translation>
    </message>
    <message>
        <source>No quarters to forecast.</source>
        <translation>No quarters to forecast.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n problem(s) start in these quarters. Double-click a row to see the org as of its quarter.</source>
        <translation>
            <numerusform>%1 – %2: %n problem start in these quarters. Double-click a row to see the org as of its quarter.</numerusform>
            <numerusform>%1 – %2: %n problems start in these quarters. Double-click a row to see the org as of its quarter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>org::ui::ImportDialog</name>
    <message>
        <source>Import CSV or Excel</source>
        <translation>Import CSV or Excel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Infer roles from job titles (for HR exports without a role column)</source>
        <translation>Infer roles from job titles (for HR exports without a role column)</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Errors:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file.</source>
        <translation>Choose a CSV or Excel file.</translation>
    </message>
    <message numerus="yes">
        <source>Format: Excel workbook (first sheet) · %n data row(s)</source>
        <translation>
            <numerusform>Format: Excel workbook (first sheet) · %n data row</numerusform>
            <numerusform>Format: Excel workbook (first sheet) · %n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Format: CSV · encoding: %1 · delimiter: %2 · %n data row(s)</source>
        <translation>
            <numerusform>Format: CSV · encoding: %1 · delimiter: %2 · %n data row</numerusform>
            <numerusform>Format: CSV · encoding: %1 · delimiter: %2 · %n data rows</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n position(s)</source>
        <translation>
            <numerusform>Ready to import %n position</numerusform>
            <numerusform>Ready to import %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n open position</numerusform>
            <numerusform>%n open positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing will change: fix the %n error(s) listed above first.</source>
        <translation>
            <numerusform>Nothing will change: fix the %n error listed above first.</numerusform>
            <numerusform>Nothing will change: fix the %n errors listed above first.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file: detected, or the one chosen here</source>
        <translation>The text encoding of a CSV file: detected, or the one chosen here</translation>
    </message>
</context>
<context>
    <name>org::ui::MainWindow</name>
    <message>
        <source>About OrgDesigner</source>
        <translation>About OrgDesigner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Design technical organisations: reporting lines, roles, open positions and the rules of a healthy engineering ladder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Design technical organisations: reporting lines, roles, open positions and the rules of a healthy engineering ladder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No position matches &quot;%1&quot;.</source>
        <translation>No position matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Start an empty plan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a plan, CSV or Excel file</source>
        <translation>Open a plan, CSV or Excel file</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Save the plan under a new name</translation>
    </message>
    <message>
        <source>&amp;Import CSV or Excel…</source>
        <translation>&amp;Import CSV or Excel…</translation>
    </message>
    <message>
        <source>Import an org with a preview of columns and errors</source>
        <translation>Import an org with a preview of columns and errors</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the positions as CSV</source>
        <translation>Write the positions as CSV</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation>Export the chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Add &amp;Open Position</source>
        <translation>Add &amp;Open Position</translation>
    </message>
    <message>
        <source>Add an open position under the selected position</source>
        <translation>Add an open position under the selected position</translation>
    </message>
    <message>
        <source>&amp;Fill Open Position…</source>
        <translation>&amp;Fill Open Position…</translation>
    </message>
    <message>
        <source>Give the open position a person&apos;s name</source>
        <translation>Give the open position a person&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected positions; their reports move up</source>
        <translation>Delete the selected positions; their reports move up</translation>
    </message>
    <message>
        <source>Delete with &amp;Reports</source>
        <translation>Delete with &amp;Reports</translation>
    </message>
    <message>
        <source>Delete the selected positions and everyone below them</source>
        <translation>Delete the selected positions and everyone below them</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Edit the name on the card</source>
        <translation>Edit the name on the card</translation>
    </message>
    <message>
        <source>Add Dotted-Line &amp;Report…</source>
        <translation>Add Dotted-Line &amp;Report…</translation>
    </message>
    <message>
        <source>Add a dotted-line report (matrix or technical partner)</source>
        <translation>Add a dotted-line report (matrix or technical partner)</translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report…</source>
        <translation>Remove Dotted-Line Report…</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>&amp;Assistant</translation>
    </message>
    <message>
        <source>Mark the position as its manager&apos;s assistant</source>
        <translation>Mark the position as its manager&apos;s assistant</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Left to Right</source>
        <translation>&amp;Left to Right</translation>
    </message>
    <message>
        <source>Managers left of their reports instead of above</source>
        <translation>Managers left of their reports instead of above</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translation>&amp;Compact Layout</translation>
    </message>
    <message>
        <source>Stack leaf reports in columns</source>
        <translation>Stack leaf reports in columns</translation>
    </message>
    <message>
        <source>C&amp;ollapse / Expand</source>
        <translation>C&amp;ollapse / Expand</translation>
    </message>
    <message>
        <source>Hide or show the reports of the selected position</source>
        <translation>Hide or show the reports of the selected position</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>E&amp;xpand All</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimap</translation>
    </message>
    <message>
        <source>&amp;About OrgDesigner</source>
        <translation>&amp;About OrgDesigner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Search people (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name, role, team…</source>
        <translation>Filter by name, role, team…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>All problems</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Headcount: %1</source>
        <translation>Headcount: %1</translation>
    </message>
    <message>
        <source>Open positions: %1</source>
        <translation>Open positions: %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errors: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnings: %1</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Untitled plan</translation>
    </message>
    <message>
        <source>OrgDesigner</source>
        <translation>OrgDesigner</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>The plan has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Plans and spreadsheets (*.orgplan *.csv *.xlsx);;Plans (*.orgplan);;All files (*)</source>
        <translation>Plans and spreadsheets (*.orgplan *.csv *.xlsx);;Plans (*.orgplan);;All files (*)</translation>
    </message>
    <message>
        <source>Recover changes</source>
        <translation>Recover changes</translation>
    </message>
    <message>
        <source>OrgDesigner found changes to &quot;%1&quot; that were not saved (autosave). Recover them?</source>
        <translation>OrgDesigner found changes to &quot;%1&quot; that were not saved (autosave). Recover them?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Import CSV or Excel</source>
        <translation>Import CSV or Excel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Save Plan As</translation>
    </message>
    <message>
        <source>Plans (*.orgplan)</source>
        <translation>Plans (*.orgplan)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>Fill Open Position</source>
        <translation>Fill Open Position</translation>
    </message>
    <message>
        <source>Name of the person:</source>
        <translation>Name of the person:</translation>
    </message>
    <message>
        <source>Add Dotted-Line Report</source>
        <translation>Add Dotted-Line Report</translation>
    </message>
    <message>
        <source>%1 also reports (dotted line) to:</source>
        <translation>%1 also reports (dotted line) to:</translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report</source>
        <translation>Remove Dotted-Line Report</translation>
    </message>
    <message>
        <source>Remove the dotted line to:</source>
        <translation>Remove the dotted line to:</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;New Scenario…</translation>
    </message>
    <message>
        <source>Add a scenario with an empty org</source>
        <translation>Add a scenario with an empty org</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario…</source>
        <translation>&amp;Duplicate Scenario…</translation>
    </message>
    <message>
        <source>Copy the current scenario under a new name</source>
        <translation>Copy the current scenario under a new name</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Rename Scenario…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>De&amp;lete Scenario</translation>
    </message>
    <message>
        <source>Delete the current scenario (clears the undo history)</source>
        <translation>Delete the current scenario (clears the undo history)</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Compare Scenarios…</translation>
    </message>
    <message>
        <source>List what changed between two scenarios</source>
        <translation>List what changed between two scenarios</translation>
    </message>
    <message>
        <source>R&amp;ole Designer…</source>
        <translation>R&amp;ole Designer…</translation>
    </message>
    <message>
        <source>Add and edit roles: names, rank, colour, cost and duties</source>
        <translation>Add and edit roles: names, rank, colour, cost and duties</translation>
    </message>
    <message>
        <source>R&amp;ule Settings…</source>
        <translation>R&amp;ule Settings…</translation>
    </message>
    <message>
        <source>Switch rules on or off and change their thresholds</source>
        <translation>Switch rules on or off and change their thresholds</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Switch to another scenario of the plan</source>
        <translation>Switch to another scenario of the plan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Duplicate Scenario</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>New Scenario</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Name of the new scenario:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Rename Scenario</translation>
    </message>
    <message>
        <source>New name of the scenario:</source>
        <translation>New name of the scenario:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Delete Scenario</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot;? This cannot be undone and clears the undo history.</source>
        <translation>Delete the scenario &quot;%1&quot;? This cannot be undone and clears the undo history.</translation>
    </message>
    <message>
        <source>Add &amp;Report…</source>
        <translation>Add &amp;Report…</translation>
    </message>
    <message>
        <source>Add a position reporting to the selected one: role, title and name</source>
        <translation>Add a position reporting to the selected one: role, title and name</translation>
    </message>
    <message>
        <source>&amp;Edit Selection…</source>
        <translation>&amp;Edit Selection…</translation>
    </message>
    <message>
        <source>Set team, product line or role of the selected positions</source>
        <translation>Set team, product line or role of the selected positions</translation>
    </message>
    <message>
        <source>&amp;Moves Carry Team and Product Line</source>
        <translation>&amp;Moves Carry Team and Product Line</translation>
    </message>
    <message>
        <source>A moved position that shared its manager&apos;s team takes the new manager&apos;s team and product line</source>
        <translation>A moved position that shared its manager&apos;s team takes the new manager&apos;s team and product line</translation>
    </message>
    <message>
        <source>&amp;Insert Manager Above…</source>
        <translation>&amp;Insert Manager Above…</translation>
    </message>
    <message>
        <source>Insert an open position between the selected position and its manager</source>
        <translation>Insert an open position between the selected position and its manager</translation>
    </message>
    <message>
        <source>S&amp;plit Team…</source>
        <translation>S&amp;plit Team…</translation>
    </message>
    <message>
        <source>Move half of the direct reports under a new open manager, as a team of their own</source>
        <translation>Move half of the direct reports under a new open manager, as a team of their own</translation>
    </message>
    <message>
        <source>Fi&amp;x All Errors…</source>
        <translation>Fi&amp;x All Errors…</translation>
    </message>
    <message>
        <source>List every fix that repairs an error, then apply them as one step</source>
        <translation>List every fix that repairs an error, then apply them as one step</translation>
    </message>
    <message>
        <source>The fixes of the selected problem, each with its outcome; hover one to preview it</source>
        <translation>The fixes of the selected problem, each with its outcome; hover one to preview it</translation>
    </message>
    <message>
        <source>Every fix that repairs an error, listed before anything changes</source>
        <translation>Every fix that repairs an error, listed before anything changes</translation>
    </message>
    <message>
        <source>Fi&amp;x…</source>
        <translation>Fi&amp;x…</translation>
    </message>
    <message>
        <source>Fix &amp;All Errors…</source>
        <translation>Fix &amp;All Errors…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Appl&amp;y Changes…</source>
        <translation>Appl&amp;y Changes…</translation>
    </message>
    <message>
        <source>Apply a change file (CSV: id, manager_id, role, team, product_line, name) with a preview</source>
        <translation>Apply a change file (CSV: id, manager_id, role, team, product_line, name) with a preview</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Apply Changes</translation>
    </message>
    <message>
        <source>Change files (*.csv *.txt);;All files (*)</source>
        <translation>Change files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>org::ui::PeopleModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>org::ui::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Message and fix hint</source>
        <translation>Message and fix hint</translation>
    </message>
</context>
<context>
    <name>org::ui::PropertyPanel</name>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>Product line:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Monthly salary:</source>
        <translation>Monthly salary:</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>Reports to:</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Assistant:</translation>
    </message>
    <message>
        <source>Dotted-line reports to:</source>
        <translation>Dotted-line reports to:</translation>
    </message>
    <message>
        <source>Empty: open position</source>
        <translation>Empty: open position</translation>
    </message>
    <message>
        <source>Drawn beside the manager</source>
        <translation>Drawn beside the manager</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Select a card to see and edit its fields.</source>
        <translation>Select a card to see and edit its fields.</translation>
    </message>
    <message numerus="yes">
        <source>%n positions selected; showing the current one.</source>
        <translation>
            <numerusform>%n positions selected; showing the current one.</numerusform>
            <numerusform>%n positions selected; showing the current one.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody: top of a tree)</source>
        <translation>(nobody: top of a tree)</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <source>Hiring status:</source>
        <translation>Hiring status:</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>Monthly budget:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 2027Q3; empty: none</source>
        <translation>YYYY-MM-DD or 2027Q3; empty: none</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a quarter such as 2027Q3 (its first day)</source>
        <translation>A date (YYYY-MM-DD) or a quarter such as 2027Q3 (its first day)</translation>
    </message>
    <message>
        <source>Empty: the middle of the role&apos;s cost band</source>
        <translation>Empty: the middle of the role&apos;s cost band</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>org::ui::RoleDesigner</name>
    <message>
        <source>Role Designer</source>
        <translation>Role Designer</translation>
    </message>
    <message>
        <source>Roles in ladder order. Double-click a cell to edit it, the colour to pick another one. Higher rank means a higher rung; leave the rank empty for roles off the ladder.</source>
        <translation>Roles in ladder order. Double-click a cell to edit it, the colour to pick another one. Higher rank means a higher rung; leave the rank empty for roles off the ladder.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Duties (English)</source>
        <translation>Duties (English)</translation>
    </message>
    <message>
        <source>Duties (Chinese)</source>
        <translation>Duties (Chinese)</translation>
    </message>
    <message>
        <source>&amp;Add Role</source>
        <translation>&amp;Add Role</translation>
    </message>
    <message>
        <source>&amp;Delete Role…</source>
        <translation>&amp;Delete Role…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Role Colour</source>
        <translation>Role Colour</translation>
    </message>
    <message>
        <source>Replacement Role</source>
        <translation>Replacement Role</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) have the role &quot;%1&quot;. Which role should they get instead?</source>
        <translation>
            <numerusform>%n position has the role &quot;%1&quot;. Which role should it get instead?</numerusform>
            <numerusform>%n positions have the role &quot;%1&quot;. Which role should they get instead?</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>the key must be lower-case letters, digits or &quot;_&quot;.</source>
        <translation>the key must be lower-case letters, digits or &quot;_&quot;.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice.</source>
        <translation>the key &quot;%1&quot; is used twice.</translation>
    </message>
    <message>
        <source>the English name is empty.</source>
        <translation>the English name is empty.</translation>
    </message>
    <message>
        <source>the rank must be a whole number or empty.</source>
        <translation>the rank must be a whole number or empty.</translation>
    </message>
    <message>
        <source>the monthly cost must be a number of at least 0.</source>
        <translation>the monthly cost must be a number of at least 0.</translation>
    </message>
    <message>
        <source>Keep at least one role.</source>
        <translation>Keep at least one role.</translation>
    </message>
    <message>
        <source>Monthly cost from</source>
        <translation>Monthly cost from</translation>
    </message>
    <message>
        <source>Monthly cost to</source>
        <translation>Monthly cost to</translation>
    </message>
    <message>
        <source>Currency of the cost bands, salaries and budgets of the plan, e.g. CNY, USD, EUR</source>
        <translation>Currency of the cost bands, salaries and budgets of the plan, e.g. CNY, USD, EUR</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>Plan &amp;currency:</translation>
    </message>
    <message>
        <source>the cost band ends (%1) below where it starts (%2).</source>
        <translation>the cost band ends (%1) below where it starts (%2).</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY, USD or EUR.</source>
        <translation>The currency must be a three-letter code such as CNY, USD or EUR.</translation>
    </message>
</context>
<context>
    <name>org::ui::RolePalette</name>
    <message>
        <source>Drag onto a card to change its role</source>
        <translation>Drag onto a card to change its role</translation>
    </message>
</context>
<context>
    <name>org::ui::RuleSettingsDialog</name>
    <message>
        <source>Rule Settings</source>
        <translation>Rule Settings</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Tech director required above this technical headcount:</source>
        <translation>Tech director required above this technical headcount:</translation>
    </message>
    <message>
        <source>Tech director recommended from this many product lines:</source>
        <translation>Tech director recommended from this many product lines:</translation>
    </message>
    <message>
        <source>Most direct reports (span of control):</source>
        <translation>Most direct reports (span of control):</translation>
    </message>
    <message>
        <source>Architect needed from this many positions in a product line:</source>
        <translation>Architect needed from this many positions in a product line:</translation>
    </message>
    <message>
        <source>Fewest direct reports of a manager (narrow span):</source>
        <translation>Fewest direct reports of a manager (narrow span):</translation>
    </message>
</context>
<context>
    <name>org::ui::ScenarioCompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Compare Scenarios</translation>
    </message>
    <message>
        <source>From scenario:</source>
        <translation>From scenario:</translation>
    </message>
    <message>
        <source>to scenario:</source>
        <translation>to scenario:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Headcount before</source>
        <translation>Headcount before</translation>
    </message>
    <message>
        <source>Headcount after</source>
        <translation>Headcount after</translation>
    </message>
    <message>
        <source>Headcount change</source>
        <translation>Headcount change</translation>
    </message>
    <message>
        <source>Monthly cost change</source>
        <translation>Monthly cost change</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Team changed</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s). Headcount %1 → %2 (%3); monthly cost %4 → %5 (%6).</source>
        <translation>
            <numerusform>%n change. Headcount %1 → %2 (%3); monthly cost %4 → %5 (%6).</numerusform>
            <numerusform>%n changes. Headcount %1 → %2 (%3); monthly cost %4 → %5 (%6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>By team</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>By role</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>Other teams</translation>
    </message>
    <message>
        <source>Monthly cost change per team</source>
        <translation>Monthly cost change per team</translation>
    </message>
    <message>
        <source>Headcount change per team</source>
        <translation>Headcount change per team</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Decrease</translation>
    </message>
</context>
<context>
    <name>org::ui::TimeCharts</name>
    <message>
        <source>Monthly cost per quarter by role (%1)</source>
        <translation>Monthly cost per quarter by role (%1)</translation>
    </message>
    <message>
        <source>Headcount per quarter by role</source>
        <translation>Headcount per quarter by role</translation>
    </message>
    <message>
        <source>Hiring pipeline: open positions by status</source>
        <translation>Hiring pipeline: open positions by status</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Open positions</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>No status</translation>
    </message>
    <message numerus="yes">
        <source>Positions per layer (%n layer(s))</source>
        <translation>
            <numerusform>Positions per layer (%n layer)</numerusform>
            <numerusform>Positions per layer (%n layers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
</context>
<context>
    <name>org::ui::UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>Undo %1 (in scenario &quot;%2&quot;)</source>
        <translation>Undo %1 (in scenario &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Redo %1 (in scenario &quot;%2&quot;)</source>
        <translation>Redo %1 (in scenario &quot;%2&quot;)</translation>
    </message>
</context>
</TS>
