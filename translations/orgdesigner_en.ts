<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>unknown language "%1" (use en or zh_CN)</source>
        <translation>unknown language "%1" (use en or zh_CN)</translation>
    </message>
    <message>
        <source>unknown format "%1" (use %2)</source>
        <translation>unknown format "%1" (use %2)</translation>
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
        <translation><numerusform>%1: %n position</numerusform><numerusform>%1: %n positions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation><numerusform>, %n open</numerusform><numerusform>, %n open</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation><numerusform>%n info</numerusform><numerusform>%n infos</numerusform></translation>
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
Run orgdesigner-cli COMMAND --help for a command's options.
Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.
</source>
        <translation>
Run orgdesigner-cli COMMAND --help for a command's options.
Exit codes: 0 no errors, 1 rule errors, 2 unreadable input or wrong command line.
</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row such as "id,name,manager_id,role"</source>
        <translation>the file is empty: expected a header row such as "id,name,manager_id,role"</translation>
    </message>
    <message>
        <source>not a CSV file: it contains binary data</source>
        <translation>not a CSV file: it contains binary data</translation>
    </message>
    <message>
        <source>invalid encoding: the text is neither UTF-8, UTF-16 nor GB18030</source>
        <translation>invalid encoding: the text is neither UTF-8, UTF-16 nor GB18030</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (missing closing ")</source>
        <translation>a quoted field starts here and never ends (missing closing ")</translation>
    </message>
    <message>
        <source>the header has no id column (expected "id" or "工号"; found: %1)</source>
        <translation>the header has no id column (expected "id" or "工号"; found: %1)</translation>
    </message>
    <message>
        <source>the header has no role column (expected "role" or "角色"); use --infer-roles to derive roles from job titles</source>
        <translation>the header has no role column (expected "role" or "角色"); use --infer-roles to derive roles from job titles</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2: "%3"</source>
        <translation>this row has %1 fields but the header has %2: "%3"</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>the id is empty</translation>
    </message>
    <message>
        <source>duplicate id "%1" (already used on line %2)</source>
        <translation>duplicate id "%1" (already used on line %2)</translation>
    </message>
    <message>
        <source>the role is empty; valid roles: %1</source>
        <translation>the role is empty; valid roles: %1</translation>
    </message>
    <message>
        <source>unknown role "%1"; valid roles: %2</source>
        <translation>unknown role "%1"; valid roles: %2</translation>
    </message>
    <message>
        <source>the salary "%1" is not a number</source>
        <translation>the salary "%1" is not a number</translation>
    </message>
    <message>
        <source>line %1: manager id "%2" of "%3" does not exist (no row has this id)</source>
        <translation>line %1: manager id "%2" of "%3" does not exist (no row has this id)</translation>
    </message>
    <message>
        <source>line %1: dotted-line manager id "%2" does not exist</source>
        <translation>line %1: dotted-line manager id "%2" does not exist</translation>
    </message>
    <message>
        <source>reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle</source>
        <translation>reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrgDesigner</source>
        <translation>OrgDesigner</translation>
    </message>
</context>
<context>
    <name>OrgLoader</name>
    <message>
        <source>this kind of file is not supported yet</source>
        <translation>this kind of file is not supported yet</translation>
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
        <source>The team of %1 technical positions under %2 has no tech director (limit %3): add a tech director between %4 and the team, or split it into teams of at most %3.</source>
        <translation>The team of %1 technical positions under %2 has no tech director (limit %3): add a tech director between %4 and the team, or split it into teams of at most %3.</translation>
    </message>
    <message>
        <source>%1 leads %2 product lines (%3) without a tech director: add a tech director to coordinate their tech managers.</source>
        <translation>%1 leads %2 product lines (%3) without a tech director: add a tech director to coordinate their tech managers.</translation>
    </message>
    <message>
        <source>%1 has %2 direct reports (limit %3): add a management level or move some reports to another manager.</source>
        <translation>%1 has %2 direct reports (limit %3): add a management level or move some reports to another manager.</translation>
    </message>
    <message>
        <source>%1 reports to %2, a lower rung of the ladder: move %3 under a manager of a higher rank, or swap their roles.</source>
        <translation>%1 reports to %2, a lower rung of the ladder: move %3 under a manager of a higher rank, or swap their roles.</translation>
    </message>
    <message>
        <source>%1 reports to %2, who holds the same rung: move %3 under a higher rung, or promote %4.</source>
        <translation>%1 reports to %2, who holds the same rung: move %3 under a higher rung, or promote %4.</translation>
    </message>
    <message>
        <source>%1 is one of %2 CTOs (%3): keep one CTO and make the others tech directors.</source>
        <translation>%1 is one of %2 CTOs (%3): keep one CTO and make the others tech directors.</translation>
    </message>
    <message>
        <source>Product line "%1" (%2 positions) has no tech manager: add a tech manager to it, or move it under one.</source>
        <translation>Product line "%1" (%2 positions) has no tech manager: add a tech manager to it, or move it under one.</translation>
    </message>
    <message>
        <source>Product line "%1" has %2 positions (%3 or more) but no architect: add an architect to it.</source>
        <translation>Product line "%1" has %2 positions (%3 or more) but no architect: add an architect to it.</translation>
    </message>
</context>
</TS>