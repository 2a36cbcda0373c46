// SPDX-License-Identifier: MIT
#include "csvimporter.h"

#include "csvreader.h"
#include "roleinference.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <array>

namespace org {

namespace {

struct Alias
{
    const char *spelling; // UTF-8, folded form is compared
    Column column;
};

constexpr std::array kAliases{
    Alias{"id", Column::Id}, Alias{"工号", Column::Id}, Alias{"employeeid", Column::Id},
    Alias{"name", Column::Name}, Alias{"姓名", Column::Name}, Alias{"fullname", Column::Name},
    Alias{"displayname", Column::Name}, Alias{"login", Column::Name},
    Alias{"firstname", Column::FirstName}, Alias{"名", Column::FirstName},
    Alias{"lastname", Column::LastName}, Alias{"姓", Column::LastName},
    Alias{"managerid", Column::Manager}, Alias{"上级工号", Column::Manager},
    Alias{"parentid", Column::Manager}, Alias{"manager", Column::Manager},
    Alias{"reportsto", Column::Manager}, Alias{"上级", Column::Manager},
    Alias{"role", Column::Role}, Alias{"角色", Column::Role},
    Alias{"team", Column::Team}, Alias{"团队", Column::Team}, Alias{"department", Column::Team},
    Alias{"departmentname", Column::Team}, Alias{"部门", Column::Team},
    Alias{"productline", Column::ProductLine}, Alias{"产品线", Column::ProductLine},
    Alias{"title", Column::Title}, Alias{"职位", Column::Title}, Alias{"职位名称", Column::Title},
    Alias{"position", Column::Title}, Alias{"positionname", Column::Title},
    Alias{"jobtitle", Column::Title},
    Alias{"salary", Column::Salary}, Alias{"月薪", Column::Salary},
    Alias{"monthlysalary", Column::Salary},
    Alias{"email", Column::Email}, Alias{"邮箱", Column::Email},
    Alias{"assistant", Column::Assistant}, Alias{"助理", Column::Assistant},
    Alias{"dottedline", Column::DottedLine}, Alias{"虚线上级", Column::DottedLine},
    Alias{"dottedlinemanager", Column::DottedLine},
};

bool isTrue(const QString &value)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                 QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("是")};
    return yes.contains(value.trimmed(), Qt::CaseInsensitive);
}

/// "12,000", " 9000 ", "¥8000" → number; nullopt when it is not one.
std::optional<double> parseMoney(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A5)).remove(QLatin1Char('$'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
}

} // namespace

CsvImporter::CsvImporter(RoleCatalogue roles, ImportOptions options)
    : m_roles(std::move(roles)), m_options(options)
{
}

Column CsvImporter::classifyHeader(const QString &cell)
{
    static const QHash<QString, Column> table = [] {
        QHash<QString, Column> t;
        for (const Alias &a : kAliases)
            t.insert(foldSpelling(QString::fromUtf8(a.spelling)), a.column);
        return t;
    }();
    return table.value(foldSpelling(cell.trimmed()), Column::Custom);
}

ImportResult CsvImporter::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.errors.push_back({path, 0, QFileInfo(path).exists()
                                         ? tr("cannot read the file: %1").arg(file.errorString())
                                         : tr("no such file")});
        return r;
    }
    return importBytes(file.readAll(), path);
}

ImportResult CsvImporter::importBytes(const QByteArray &bytes, const QString &displayName) const
{
    ImportResult r;
    auto fail = [&](int line, const QString &message) {
        r.errors.push_back({displayName, line, message});
        return r;
    };
    if (bytes.trimmed().isEmpty())
        return fail(0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\""));
    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    r.encoding = decoded.encoding;
    if (decoded.failure == TextDecoder::Failure::Binary)
        return fail(0, tr("not a CSV file: it contains binary data"));
    if (decoded.failure == TextDecoder::Failure::InvalidEncoding)
        return fail(0, tr("invalid encoding: the text is neither UTF-8, UTF-16 nor GB18030"));

    const QString &text = decoded.text;
    r.delimiter = CsvReader::sniffDelimiter(text);
    CsvReader reader(text, r.delimiter);
    CsvReader::Record rec;
    // The header is the first non-blank record.
    QStringList header;
    int headerLine = 0;
    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        for (QString &cell : rec.fields)
            header << cell.trimmed();
        headerLine = rec.line;
        break;
    }
    if (reader.failed())
        return fail(reader.errorLine(), tr("a quoted field starts here and never ends (missing closing \")"));
    if (header.isEmpty())
        return fail(0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\""));

    std::vector<Row> rows;
    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        rows.push_back(Row{rec.line, std::move(rec.fields)});
    }
    if (reader.failed())
        return fail(reader.errorLine(), tr("a quoted field starts here and never ends (missing closing \")"));

    ImportResult table = importTable(header, std::move(rows), displayName, headerLine);
    table.encoding = r.encoding;
    table.delimiter = r.delimiter;
    return table;
}

ImportResult CsvImporter::importTable(const QStringList &header, std::vector<Row> rows,
                                      const QString &displayName, int headerLine) const
{
    ImportResult r;
    r.header = header;
    auto addError = [&](int line, const QString &message) {
        if (int(r.errors.size()) < m_options.maxErrors)
            r.errors.push_back({displayName, line, message});
    };

    // Map columns; a second column of the same meaning is kept as a custom field.
    std::array<int, std::size_t(Column::Custom)> col;
    col.fill(-1);
    std::vector<int> customCols;
    QStringList customNames;
    for (int i = 0; i < header.size(); ++i) {
        const Column c = classifyHeader(header[i]);
        if (c != Column::Custom && col[std::size_t(c)] < 0) {
            col[std::size_t(c)] = i;
        } else {
            customCols.push_back(i);
            customNames << header[i];
        }
    }
    auto idx = [&](Column c) { return col[std::size_t(c)]; };
    if (idx(Column::Id) < 0) {
        addError(headerLine, tr("the header has no id column (expected \"id\" or \"工号\"; found: %1)")
                                 .arg(header.join(QStringLiteral(", "))));
        return r;
    }
    if (idx(Column::Role) < 0 && !m_options.inferRoles) {
        addError(headerLine, tr("the header has no role column (expected \"role\" or \"角色\"); "
                                "use --infer-roles to derive roles from job titles"));
        return r;
    }
    // Name parts: first + last, or name + lastName.
    int nameA = idx(Column::Name), nameB = -1;
    if (idx(Column::FirstName) >= 0 && idx(Column::LastName) >= 0) {
        if (nameA >= 0) { // the plain name column stays a custom field
            customCols.push_back(nameA);
            customNames << header[nameA];
        }
        nameA = idx(Column::FirstName);
        nameB = idx(Column::LastName);
    } else if (nameA >= 0 && idx(Column::LastName) >= 0) {
        nameB = idx(Column::LastName);
    } else {
        for (Column c : {Column::FirstName, Column::LastName}) {
            if (idx(c) >= 0) {
                if (nameA < 0) {
                    nameA = idx(c);
                } else {
                    customCols.push_back(idx(c));
                    customNames << header[idx(c)];
                }
            }
        }
    }
    // Keep custom columns in file order.
    {
        std::vector<std::pair<int, QString>> sorted;
        for (std::size_t i = 0; i < customCols.size(); ++i)
            sorted.emplace_back(customCols[i], customNames[qsizetype(i)]);
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        customCols.clear();
        customNames.clear();
        for (auto &[c, n] : sorted) {
            customCols.push_back(c);
            customNames << n;
        }
    }

    const QString validRoles = m_roles.keys().join(QStringLiteral(", "));
    Org org;
    org.setCustomFields(customNames);
    std::vector<int> lineOf;
    std::vector<QString> managerOf;
    std::vector<QString> dottedOf;
    lineOf.reserve(rows.size());
    managerOf.reserve(rows.size());
    const int width = int(header.size());
    auto field = [](const Row &row, int c) -> QString {
        return c >= 0 && std::size_t(c) < row.fields.size() ? row.fields[std::size_t(c)] : QString();
    };

    for (Row &row : rows) {
        // Extra cells are tolerated only when empty (spreadsheets pad rows).
        for (std::size_t i = std::size_t(width); i < row.fields.size(); ++i) {
            if (!row.fields[i].trimmed().isEmpty()) {
                addError(row.line, tr("this row has %1 fields but the header has %2: \"%3\"")
                                       .arg(row.fields.size()).arg(width).arg(row.fields[i]));
                break;
            }
        }
        Position p;
        p.id = field(row, idx(Column::Id)).trimmed();
        if (p.id.isEmpty()) {
            addError(row.line, tr("the id is empty"));
            continue;
        }
        if (const Org::Vertex other = org.find(p.id); other != Org::npos) {
            addError(row.line, tr("duplicate id \"%1\" (already used on line %2)")
                                   .arg(p.id).arg(lineOf[other]));
            continue;
        }
        p.name = field(row, nameA).trimmed();
        if (nameB >= 0) {
            const QString last = field(row, nameB).trimmed();
            if (!last.isEmpty())
                p.name = p.name.isEmpty() ? last : p.name + QLatin1Char(' ') + last;
        }
        p.title = field(row, idx(Column::Title)).trimmed();
        p.team = field(row, idx(Column::Team)).trimmed();
        p.productLine = field(row, idx(Column::ProductLine)).trimmed();
        p.email = field(row, idx(Column::Email)).trimmed();
        p.assistant = isTrue(field(row, idx(Column::Assistant)));

        const QString roleText = field(row, idx(Column::Role)).trimmed();
        const int roleIndex = roleText.isEmpty() ? -1 : m_roles.match(roleText);
        if (roleIndex >= 0) {
            p.role = m_roles.at(roleIndex).key;
        } else if (m_options.inferRoles) {
            const QString fromRole = roleText.isEmpty() ? QString() : RoleInference::infer(roleText);
            p.role = !fromRole.isEmpty() && fromRole != QLatin1String("staff")
                         ? fromRole
                         : RoleInference::infer(p.title);
        } else {
            addError(row.line, roleText.isEmpty()
                                   ? tr("the role is empty; valid roles: %1").arg(validRoles)
                                   : tr("unknown role \"%1\"; valid roles: %2").arg(roleText, validRoles));
            continue;
        }

        const QString salary = field(row, idx(Column::Salary)).trimmed();
        if (!salary.isEmpty()) {
            p.salary = parseMoney(salary);
            if (!p.salary) {
                addError(row.line, tr("the salary \"%1\" is not a number").arg(salary));
                continue;
            }
        }
        p.custom.reserve(qsizetype(customCols.size()));
        for (int c : customCols)
            p.custom << field(row, c);

        managerOf.push_back(field(row, idx(Column::Manager)).trimmed());
        dottedOf.push_back(field(row, idx(Column::DottedLine)).trimmed());
        lineOf.push_back(row.line);
        org.addPosition(std::move(p));
    }
    if (!r.errors.empty())
        return r;

    // Managers may come after their reports, so link once every id is known.
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const QString &m = managerOf[v];
        if (!m.isEmpty()) {
            const Org::Vertex mv = org.find(m);
            if (mv == Org::npos)
                addError(lineOf[v], tr("line %1: manager id \"%2\" of \"%3\" does not exist (no row has this id)")
                                        .arg(lineOf[v]).arg(m, org.position(v).id));
            else
                org.setManager(v, mv);
        }
        const QString &d = dottedOf[v];
        if (!d.isEmpty()) {
            for (const QString &part : d.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                const Org::Vertex dv = org.find(part.trimmed());
                if (dv == Org::npos)
                    addError(lineOf[v], tr("line %1: dotted-line manager id \"%2\" does not exist")
                                            .arg(lineOf[v]).arg(part.trimmed()));
                else if (dv != v)
                    org.addDottedLine(v, dv);
            }
        }
    }
    if (!r.errors.empty())
        return r;

    const QStringList cycle = org.findCycle();
    if (!cycle.isEmpty()) {
        QStringList lines;
        int first = 0;
        for (const QString &id : cycle) {
            const int l = lineOf[org.find(id)];
            lines << QString::number(l);
            first = first == 0 ? l : std::min(first, l);
        }
        addError(first, tr("reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle")
                            .arg(cycle.join(QStringLiteral(" → ")), cycle.first(),
                                 lines.join(QStringLiteral(", "))));
        return r;
    }
    r.org = std::move(org);
    return r;
}

} // namespace org
