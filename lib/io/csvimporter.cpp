// SPDX-License-Identifier: MIT
#include "csvimporter.h"

#include "csvreader.h"
#include "inputfile.h"
#include "model/plandate.h"
#include "roleinference.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory_resource>

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
    Alias{"startdate", Column::StartDate}, Alias{"入职日期", Column::StartDate},
    Alias{"enddate", Column::EndDate}, Alias{"离职日期", Column::EndDate},
    Alias{"status", Column::Status}, Alias{"招聘状态", Column::Status},
    Alias{"budget", Column::Budget}, Alias{"预算", Column::Budget},
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

std::optional<QString> CsvImporter::decodeText(const QByteArray &bytes, const QString &displayName,
                                               std::optional<TextDecoder::Encoding> encoding,
                                               TextDecoder::Encoding &used, std::vector<ImportError> &errors)
{
    TextDecoder::Result decoded = TextDecoder::decode(bytes, encoding);
    used = decoded.encoding;
    const QString hex = QString::number(uint(decoded.culprit), 16).toUpper();
    switch (decoded.failure) {
    case TextDecoder::Failure::None:
        return std::move(decoded.text);
    case TextDecoder::Failure::ControlCharacter:
        errors.push_back({displayName, decoded.line,
                          tr("column %1: control character U+%2 in the text (a binary file, or text in "
                             "another encoding?)")
                              .arg(QString::number(decoded.column), hex.rightJustified(4, QLatin1Char('0')))});
        break;
    case TextDecoder::Failure::InvalidEncoding:
        errors.push_back({displayName, decoded.line,
                          decoded.column > 0
                              ? tr("column %1: byte 0x%2 is not valid %3")
                                    .arg(QString::number(decoded.column), hex.rightJustified(2, QLatin1Char('0')),
                                         TextDecoder::encodingName(decoded.encoding))
                              : tr("the text is not valid %1").arg(TextDecoder::encodingName(decoded.encoding))});
        break;
    case TextDecoder::Failure::UnknownEncoding: {
        QStringList names;
        for (TextDecoder::Encoding e : TextDecoder::encodings())
            if (e != TextDecoder::Encoding::Utf8)
                names << TextDecoder::encodingName(e);
        errors.push_back({displayName, decoded.line,
                          tr("column %1: byte 0x%2 is not UTF-8, and the text looks like none of %3 "
                             "(detected: %4); name the encoding explicitly")
                              .arg(QString::number(decoded.column), hex.rightJustified(2, QLatin1Char('0')),
                                   names.join(QStringLiteral(", ")),
                                   decoded.detected.isEmpty() ? tr("nothing") : decoded.detected)});
        break;
    }
    }
    return std::nullopt;
}

namespace {

/// Texts of a column that repeat across rows (team, product line, title):
/// equal cells share one QString, so a million rows in a few hundred teams
/// allocate a few hundred strings. A column whose texts hardly repeat (the
/// first 4,096 distinct texts seen fewer than twice each on average) stops
/// looking them up, since the lookups would cost more than they save.
class SharedTexts
{
public:
    QString get(QStringView text)
    {
        if (text.isEmpty())
            return {};
        if (!m_enabled)
            return text.toString();
        const auto it = m_seen.constFind(QString::fromRawData(text.data(), text.size()));
        if (it != m_seen.cend()) {
            ++m_hits;
            return *it;
        }
        QString copy = text.toString();
        m_seen.insert(copy, copy);
        if (m_seen.size() >= kProbe && m_hits < m_seen.size())
            m_enabled = false;
        return copy;
    }

private:
    static constexpr qsizetype kProbe = 4096;
    QHash<QString, QString> m_seen;
    qsizetype m_hits = 0;
    bool m_enabled = true;
};

/// Builds an org row by row with the checks of DESIGN.md §3. Fields are views
/// that need to live only during add(): what is needed later (the manager and
/// dotted-line ids, linked in finish()) is copied, so the text may be read and
/// let go piece by piece.
class TableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    TableBuilder(const RoleCatalogue &roles, const ImportOptions &options, QString displayName,
                 ImportResult &result)
        : m_roles(roles), m_options(options), m_file(std::move(displayName)), m_r(result),
          m_validRoles(roles.keys().join(QStringLiteral(", ")))
    {
    }

    bool begin(const QStringList &header, int headerLine);
    /// Rows come from a spreadsheet: a date cell may hold Excel's day number.
    void setSpreadsheet(bool on) { m_spreadsheet = on; }
    void reserve(std::size_t rows);
    void add(int line, const std::vector<QStringView> &fields);
    /// A hint that the row of `fields` will be added next (fetches what its id needs).
    void prefetch(const std::vector<QStringView> &fields) const
    {
        const int c = column(Column::Id);
        if (c >= 0 && std::size_t(c) < fields.size())
            m_org.prefetch(fields[std::size_t(c)].trimmed());
    }
    void finish();

private:
    void addError(int line, const QString &message)
    {
        if (int(m_r.errors.size()) < m_options.maxErrors)
            m_r.errors.push_back({m_file, line, message});
    }
    int column(Column c) const { return m_col[std::size_t(c)]; }
    int roleIndex(QStringView text);
    /// A copy of `text` that lives as long as the builder.
    QStringView keep(QStringView text);
    /// Start and end date, hiring status and budget of a row (strict); false, with
    /// the error added, when a cell is not valid.
    bool readPlanFields(int line, const std::vector<QStringView> &row, Position &p);

    const RoleCatalogue &m_roles;
    const ImportOptions &m_options;
    QString m_file;
    ImportResult &m_r;
    QString m_validRoles;

    std::array<int, std::size_t(Column::Custom)> m_col{};
    std::vector<int> m_customCols;
    int m_nameA = -1, m_nameB = -1;
    int m_width = 0;
    bool m_inferRoles = false;
    bool m_spreadsheet = false;
    Org m_org;
    std::vector<int> m_lineOf;
    std::vector<QStringView> m_managerOf; ///< into m_kept
    std::vector<QStringView> m_dottedOf;  ///< into m_kept
    /// The ids of m_managerOf and m_dottedOf, packed: one allocation per few
    /// thousand rows instead of one per row.
    std::pmr::monotonic_buffer_resource m_kept{std::size_t(64) << 10};
    QHash<QString, int> m_roleCache; ///< raw role text → catalogue index (-1 unknown)
    SharedTexts m_teams, m_productLines, m_titles;
};

bool TableBuilder::begin(const QStringList &header, int headerLine)
{
    m_r.header = header;
    m_width = int(header.size());
    m_col.fill(-1);
    QStringList customNames;
    std::vector<int> custom;
    for (int i = 0; i < header.size(); ++i) {
        const Column c = CsvImporter::classifyHeader(header[i]);
        if (c != Column::Custom && m_col[std::size_t(c)] < 0)
            m_col[std::size_t(c)] = i;
        else
            custom.push_back(i);
    }
    if (column(Column::Id) < 0) {
        addError(headerLine, tr("the header has no id column (expected \"id\" or \"工号\"; found: %1)")
                                 .arg(header.join(QStringLiteral(", "))));
        return false;
    }
    m_inferRoles = m_options.inferRoles || (column(Column::Role) < 0 && m_options.inferRolesWithoutRoleColumn);
    if (column(Column::Role) < 0 && !m_inferRoles) {
        addError(headerLine, tr("the header has no role column (expected \"role\" or \"角色\"); "
                                "use --infer-roles to derive roles from job titles"));
        return false;
    }
    // Name parts: first + last, or name + lastName; a part left over stays custom.
    m_nameA = column(Column::Name);
    if (column(Column::FirstName) >= 0 && column(Column::LastName) >= 0) {
        if (m_nameA >= 0)
            custom.push_back(m_nameA);
        m_nameA = column(Column::FirstName);
        m_nameB = column(Column::LastName);
    } else if (m_nameA >= 0 && column(Column::LastName) >= 0) {
        m_nameB = column(Column::LastName);
    } else {
        for (Column c : {Column::FirstName, Column::LastName}) {
            if (column(c) < 0)
                continue;
            if (m_nameA < 0)
                m_nameA = column(c);
            else
                custom.push_back(column(c));
        }
    }
    std::sort(custom.begin(), custom.end());
    m_customCols = custom;
    for (int c : custom)
        customNames << header[c];
    m_org.setCustomFields(customNames);
    return true;
}

void TableBuilder::reserve(std::size_t rows)
{
    m_org.reserve(rows);
    m_lineOf.reserve(rows);
    m_managerOf.reserve(rows);
    if (column(Column::DottedLine) >= 0)
        m_dottedOf.reserve(rows);
}

QStringView TableBuilder::keep(QStringView text)
{
    if (text.isEmpty())
        return {};
    const std::size_t n = std::size_t(text.size());
    auto *copy = static_cast<char16_t *>(m_kept.allocate(n * sizeof(char16_t), alignof(char16_t)));
    std::copy_n(text.utf16(), n, copy);
    return QStringView(copy, qsizetype(n));
}

int TableBuilder::roleIndex(QStringView text)
{
    const QString key = QString::fromRawData(text.data(), text.size());
    auto it = m_roleCache.constFind(key);
    if (it == m_roleCache.cend())
        it = m_roleCache.insert(text.toString(), m_roles.match(key));
    return *it;
}

bool TableBuilder::readPlanFields(int line, const std::vector<QStringView> &row, Position &p)
{
    auto field = [this, &row](Column c) -> QStringView {
        const int i = column(c);
        return i >= 0 && std::size_t(i) < row.size() ? row[std::size_t(i)].trimmed() : QStringView();
    };
    for (auto [c, setDate] : {std::pair{Column::StartDate, &Position::setStartDate}, std::pair{Column::EndDate, &Position::setEndDate}}) {
        const QStringView text = field(c);
        if (text.isEmpty())
            continue;
        std::optional<QDate> d = PlanDate::parse(text);
        bool whole = false;
        const int serial = text.toInt(&whole);
        if (!d && m_spreadsheet && whole && serial > 0 && serial < 2958466)
            d = QDate(1899, 12, 30).addDays(serial); // Excel's day number (a cell formatted as a date)
        if (!d) {
            addError(line, tr("the date \"%1\" is not a date (expected YYYY-MM-DD or a quarter such as 2027Q3)")
                               .arg(text.toString()));
            return false;
        }
        (p.*setDate)(*d);
    }
    if (p.startDate().isValid() && p.endDate().isValid() && p.endDate() < p.startDate()) {
        addError(line, tr("the end date %1 is before the start date %2")
                           .arg(PlanDate::toIso(p.endDate()), PlanDate::toIso(p.startDate())));
        return false;
    }
    const QStringView status = field(Column::Status);
    const std::optional<HiringStatus> s = PlanDate::parseStatus(status);
    if (!s) {
        addError(line, tr("unknown hiring status \"%1\"; valid statuses: planned, approved, interviewing, offer")
                           .arg(status.toString()));
        return false;
    }
    if (*s != HiringStatus::None && !p.isOpen()) {
        addError(line, tr("the hiring status \"%1\" is for open positions only, but this position is filled by %2")
                           .arg(status.toString(), p.name));
        return false;
    }
    p.setStatus(*s);
    const QStringView budget = field(Column::Budget);
    if (!budget.isEmpty()) {
        p.setBudget(parseMoney(budget.toString()));
        if (!p.budget()) {
            addError(line, tr("the budget \"%1\" is not a number").arg(budget.toString()));
            return false;
        }
    }
    return true;
}

void TableBuilder::add(int line, const std::vector<QStringView> &row)
{
    auto field = [&row](int c) -> QStringView {
        return c >= 0 && std::size_t(c) < row.size() ? row[std::size_t(c)].trimmed() : QStringView();
    };
    auto text = [&field](int c) { // no allocation for empty cells
        const QStringView v = field(c);
        return v.isEmpty() ? QString() : v.toString();
    };
    // Extra cells are tolerated only when empty (spreadsheets pad rows).
    for (std::size_t i = std::size_t(m_width); i < row.size(); ++i) {
        if (!row[i].trimmed().isEmpty()) {
            addError(line, tr("this row has %1 fields but the header has %2: \"%3\"")
                               .arg(QString::number(row.size()), QString::number(m_width), row[i].toString()));
            return;
        }
    }
    Position p;
    p.id = text(column(Column::Id));
    if (p.id.isEmpty()) {
        addError(line, tr("the id is empty"));
        return;
    }

    p.name = text(m_nameA);
    if (m_nameB >= 0) {
        const QStringView last = field(m_nameB);
        if (!last.isEmpty())
            p.name = p.name.isEmpty() ? last.toString() : p.name + QLatin1Char(' ') + last;
    }
    p.title = m_titles.get(field(column(Column::Title)));
    p.team = m_teams.get(field(column(Column::Team)));
    p.productLine = m_productLines.get(field(column(Column::ProductLine)));
    p.setEmail(text(column(Column::Email)));
    p.assistant = isTrue(text(column(Column::Assistant)));

    const QStringView roleText = field(column(Column::Role));
    const int role = roleText.isEmpty() ? -1 : roleIndex(roleText);
    if (role >= 0) {
        p.role = m_roles.at(role).key;
    } else if (m_inferRoles) {
        const QString fromRole = roleText.isEmpty() ? QString() : RoleInference::infer(roleText.toString());
        p.role = !fromRole.isEmpty() && fromRole != QLatin1String("staff") ? fromRole
                                                                            : RoleInference::infer(p.title);
    } else {
        addError(line, roleText.isEmpty()
                           ? tr("the role is empty; valid roles: %1").arg(m_validRoles)
                           : tr("unknown role \"%1\"; valid roles: %2").arg(roleText.toString(), m_validRoles));
        return;
    }

    const QStringView salary = field(column(Column::Salary));
    if (!salary.isEmpty()) {
        p.setSalary(parseMoney(salary.toString()));
        if (!p.salary()) {
            addError(line, tr("the salary \"%1\" is not a number").arg(salary.toString()));
            return;
        }
    }
    if (!readPlanFields(line, row, p))
        return;
    if (!m_customCols.empty()) {
        QStringList custom;
        custom.reserve(qsizetype(m_customCols.size()));
        for (int c : m_customCols)
            custom << (c < int(row.size()) ? row[std::size_t(c)].toString() : QString());
        p.setCustom(std::move(custom));
    }
    const QString id = p.id;
    if (m_org.addPositionIfNew(std::move(p)) == Org::npos) {
        addError(line, tr("duplicate id \"%1\" (already used on line %2)")
                           .arg(id, QString::number(m_lineOf[m_org.find(id)])));
        return;
    }
    m_managerOf.push_back(keep(field(column(Column::Manager))));
    if (column(Column::DottedLine) >= 0) // most files have no such column: no 16 bytes per row
        m_dottedOf.push_back(keep(field(column(Column::DottedLine))));
    m_lineOf.push_back(line);
}

void TableBuilder::finish()
{
    if (!m_r.errors.empty())
        return;
    Org &org = m_org;
    // Managers may come after their reports, so link once every id is known.
    const std::vector<Org::Vertex> managers = org.findAll(m_managerOf);
    for (Org::Vertex v = 0; v < Org::Vertex(org.size()); ++v) {
        const QStringView m = m_managerOf[v];
        if (!m.isEmpty()) {
            if (managers[v] == Org::npos)
                addError(m_lineOf[v], tr("line %1: manager id \"%2\" of \"%3\" does not exist (no row has this id)")
                                          .arg(QString::number(m_lineOf[v]), m.toString(), org.position(v).id));
        }
        const QStringView d = m_dottedOf.empty() ? QStringView() : m_dottedOf[v];
        if (d.isEmpty())
            continue;
        for (QStringView part : d.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const Org::Vertex dv = org.find(part.trimmed());
            if (dv == Org::npos)
                addError(m_lineOf[v], tr("line %1: dotted-line manager id \"%2\" does not exist")
                                          .arg(QString::number(m_lineOf[v]), part.trimmed().toString()));
            else if (dv != v)
                org.addDottedLine(v, dv);
        }
    }
    if (!m_r.errors.empty())
        return;
    // The ids are linked: their memory goes to the reports-to lines.
    m_managerOf = {};
    m_dottedOf = {};
    m_kept.release();
    org.setManagers(managers);

    const QStringList cycle = org.findCycle();
    if (!cycle.isEmpty()) {
        QStringList lines;
        int first = 0;
        for (const QString &id : cycle) {
            const int l = m_lineOf[org.find(id)];
            lines << QString::number(l);
            first = first == 0 ? l : std::min(first, l);
        }
        addError(first, tr("reporting cycle: %1 → %2 (lines %3); someone in it must report outside the cycle")
                            .arg(cycle.join(QStringLiteral(" → ")), cycle.first(), lines.join(QStringLiteral(", "))));
        return;
    }
    m_r.org = std::move(m_org);
}

} // namespace

bool CsvImporter::cancelled(ImportResult &r, const QString &displayName) const
{
    if (!m_options.cancel || !m_options.cancel->load(std::memory_order_relaxed))
        return false;
    r.errors.push_back({displayName, 0, tr("the import was cancelled")});
    return true;
}

bool CsvImporter::goOn(ImportResult &r, const QString &displayName, std::size_t n, std::size_t total) const
{
    if (n % kCancelChunk != 0)
        return true;
    if (cancelled(r, displayName))
        return false;
    if (m_options.progress)
        m_options.progress->store(int(std::min<std::size_t>(100, n * 100 / total)), std::memory_order_relaxed);
    return true;
}

namespace {

bool isBlankByte(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// Reads the header, the first non-blank record, into `header` (its cells trimmed)
/// and its line into `line`; `header` stays empty if the reader has none.
void readHeader(CsvReader &reader, QStringList &header, int &line)
{
    CsvReader::Record rec;
    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        for (QStringView cell : rec.fields)
            header << cell.trimmed().toString();
        line = rec.line;
        return;
    }
}

/// Adds the reader's records to `builder`, one record read ahead: its id's slot of
/// the org's index is fetched while this one is added (the fields of both stay
/// valid: views into the text or the reader). `n` counts the records (across
/// calls); `goOn(n)` may stop the import (false: the records stop there).
template<class GoOn>
bool addRecords(CsvReader &reader, TableBuilder &builder, std::size_t &n, GoOn goOn)
{
    CsvReader::Record rec, ahead;
    bool have = reader.next(rec);
    while (have) {
        const bool more = reader.next(ahead);
        if (more)
            builder.prefetch(ahead.fields);
        if (!goOn(++n))
            return false;
        if (!rec.isBlank())
            builder.add(rec.line, rec.fields);
        std::swap(rec, ahead);
        have = more;
    }
    return true;
}

} // namespace

bool CsvImporter::mayReadUtf8() const
{
    return m_options.pieceBytes > 0
        && (!m_options.encoding || *m_options.encoding == TextDecoder::Encoding::Utf8
            || *m_options.encoding == TextDecoder::Encoding::Utf8Bom);
}

ImportResult CsvImporter::importFile(const QString &path) const
{
    if (mayReadUtf8()) {
        // A first pass counts the lines, so the org is allocated once, and keeps
        // the first bytes (a BOM); it reads from the page cache, into one piece.
        ImportResult r;
        InputFile::Pieces counting(path, InputFile::kMaxCsvBytes, m_options.pieceBytes);
        std::size_t newlines = 0;
        QByteArray head;
        bool blank = true;
        while (const std::optional<QByteArrayView> piece = counting.next()) {
            if (piece->isEmpty())
                break;
            if (head.size() < 8)
                head.append(piece->first(std::min<qsizetype>(piece->size(), 8 - head.size())));
            newlines += std::size_t(piece->count('\n'));
            blank = blank && std::all_of(piece->begin(), piece->end(), isBlankByte);
        }
        if (!counting.error().isEmpty()) {
            r.errors.push_back({path, 0, counting.error()});
            return r;
        }
        if (blank) // as importWhole() says it
            return importWhole(QByteArray(), path);
        InputFile::Pieces file(path, InputFile::kMaxCsvBytes, m_options.pieceBytes);
        std::optional<ImportResult> read = importUtf8([&file] { return file.next(); }, head, newlines + 1, path);
        if (read)
            return std::move(*read);
        if (!file.error().isEmpty()) {
            r.errors.push_back({path, 0, file.error()});
            return r;
        }
    }
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::kMaxCsvBytes, bytes, &error)) {
        ImportResult r;
        r.errors.push_back({path, 0, error});
        return r;
    }
    return importWhole(std::move(bytes), path);
}

ImportResult CsvImporter::importBytes(QByteArray bytes, const QString &displayName) const
{
    if (mayReadUtf8() && !std::all_of(bytes.cbegin(), bytes.cend(), isBlankByte)) {
        const QByteArrayView all(bytes);
        const qsizetype pieceBytes = m_options.pieceBytes;
        qsizetype at = 0;
        auto next = [&]() -> std::optional<QByteArrayView> {
            const QByteArrayView piece = all.sliced(at, std::min(pieceBytes, all.size() - at));
            at += piece.size();
            return piece;
        };
        std::optional<ImportResult> read = importUtf8(next, all.first(std::min<qsizetype>(all.size(), 8)),
                                                      std::size_t(all.count('\n')) + 1, displayName);
        if (read)
            return std::move(*read);
    }
    return importWhole(std::move(bytes), displayName);
}

std::optional<ImportResult> CsvImporter::importUtf8(const std::function<std::optional<QByteArrayView>()> &next,
                                                    QByteArrayView head, std::size_t lines,
                                                    const QString &displayName) const
{
    ImportResult r;
    const QByteArrayView bom("\xEF\xBB\xBF");
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return std::nullopt; // UTF-16
    qsizetype skip = 0;
    if (head.startsWith(bom)) {
        if (head.sliced(bom.size()).startsWith(bom))
            return std::nullopt; // two BOMs: rare enough to leave to decode()
        r.encoding = TextDecoder::Encoding::Utf8Bom;
        skip = bom.size();
    }
    auto unclosed = [&](int line) {
        r.errors.push_back({displayName, line, tr("a quoted field starts here and never ends (missing closing \")")});
    };

    TextDecoder::Utf8Pieces decoder;
    // Text decoded and not read yet: the record cut by the end of the last
    // piece, then the text of the next piece.
    std::vector<char16_t> text;
    qsizetype used = 0;
    // A record (or a first line) longer than a piece is read again only once
    // the text has doubled since, so reading stays linear.
    qsizetype retryAt = 0;
    int line = 1;
    bool last = false;
    bool delimiterKnown = false;
    bool stopped = false; // after an error: the rest is only decoded (an encoding error wins)
    std::optional<TableBuilder> builder;
    std::size_t n = 0;
    while (!last) {
        std::optional<QByteArrayView> piece = next();
        if (!piece)
            return std::nullopt;
        last = piece->isEmpty();
        const qsizetype cut = std::min(skip, piece->size());
        skip -= cut;
        *piece = piece->sliced(cut);
        const qsizetype need = used + decoder.requiredSpace(piece->size());
        if (qsizetype(text.size()) < need)
            text.resize(std::size_t(need));
        QChar *const base = reinterpret_cast<QChar *>(text.data());
        QChar *const end = decoder.append(base + used, *piece);
        if (!end || (last && !decoder.finish()))
            return std::nullopt;
        used = stopped ? 0 : end - base;
        if (stopped || (!last && used < retryAt))
            continue;
        const QStringView view(text.data(), used);
        if (!delimiterKnown) {
            bool complete = false;
            r.delimiter = CsvReader::sniffDelimiter(view, &complete);
            delimiterKnown = complete || last;
            if (!delimiterKnown) {
                retryAt = 2 * used;
                continue;
            }
        }
        CsvReader reader(view, r.delimiter, line, last);
        if (!builder) { // the header is the first non-blank record
            QStringList header;
            int headerLine = 0;
            readHeader(reader, header, headerLine);
            if (reader.failed()) {
                unclosed(reader.errorLine());
                stopped = true;
            } else if (header.isEmpty() && last) {
                r.errors.push_back({displayName, 0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\"")});
                stopped = true;
            } else if (!header.isEmpty()) {
                builder.emplace(m_roles, m_options, displayName, r);
                stopped = !builder->begin(header, headerLine);
                if (!stopped)
                    builder->reserve(lines);
            }
        }
        if (builder && !stopped) {
            if (!addRecords(reader, *builder, n, [&](std::size_t k) { return goOn(r, displayName, k, lines); }))
                return r;
            if (reader.failed()) {
                unclosed(reader.errorLine());
                stopped = true;
            }
        }
        // Carry the cut record over to the front.
        line = reader.line();
        const qsizetype done = reader.consumed();
        if (done > 0) // (std::copy may not copy a range onto its own start)
            std::copy(text.begin() + done, text.begin() + used, text.begin());
        used -= done;
        retryAt = 2 * used;
    }
    if (builder && !stopped)
        builder->finish();
    return r;
}

ImportResult CsvImporter::importWhole(QByteArray bytes, const QString &displayName) const
{
    ImportResult r;
    auto fail = [&](int line, const QString &message) {
        r.errors.push_back({displayName, line, message});
        return r;
    };
    if (std::all_of(bytes.cbegin(), bytes.cend(), isBlankByte)) // stops at the first character
        return fail(0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\""));
    std::optional<QString> decoded = decodeText(bytes, displayName, m_options.encoding, r.encoding, r.errors);
    // Rows to reserve for: in every encoding but UTF-16 a '\n' byte is a line end and
    // nothing else, and memchr finds them faster than a count over the decoded text.
    const bool wide = r.encoding == TextDecoder::Encoding::Utf16LE || r.encoding == TextDecoder::Encoding::Utf16BE;
    std::size_t newlines = 0;
    if (decoded && !wide) {
        const char *at = bytes.constBegin();
        const char *const end = bytes.constEnd();
        while ((at = static_cast<const char *>(std::memchr(at, '\n', std::size_t(end - at))))) {
            ++newlines;
            ++at;
        }
    }
    bytes = QByteArray(); // the text is all we need now (a large file's bytes go back at once)
    if (!decoded)
        return r;

    const QString &text = *decoded;
    r.delimiter = CsvReader::sniffDelimiter(text);
    CsvReader reader(text, r.delimiter);
    QStringList header;
    int headerLine = 0;
    readHeader(reader, header, headerLine);
    if (reader.failed())
        return fail(reader.errorLine(), tr("a quoted field starts here and never ends (missing closing \")"));
    if (header.isEmpty())
        return fail(0, tr("the file is empty: expected a header row such as \"id,name,manager_id,role\""));

    TableBuilder builder(m_roles, m_options, displayName, r);
    if (!builder.begin(header, headerLine))
        return r;
    const std::size_t lines = (wide ? std::size_t(text.count(QLatin1Char('\n'))) : newlines) + 1;
    builder.reserve(lines);
    std::size_t n = 0;
    if (!addRecords(reader, builder, n, [&](std::size_t k) { return goOn(r, displayName, k, lines); }))
        return r;
    if (reader.failed()) {
        r.errors.push_back({displayName, reader.errorLine(),
                            tr("a quoted field starts here and never ends (missing closing \")")});
        return r;
    }
    builder.finish();
    return r;
}

ImportResult CsvImporter::importTable(const QStringList &header, std::vector<Row> rows,
                                      const QString &displayName, int headerLine) const
{
    ImportResult r;
    TableBuilder builder(m_roles, m_options, displayName, r);
    builder.setSpreadsheet(true);
    if (!builder.begin(header, headerLine))
        return r;
    builder.reserve(rows.size());
    std::vector<QStringView> views;
    std::size_t n = 0;
    for (const Row &row : rows) {
        if (!goOn(r, displayName, ++n, rows.size()))
            return r;
        views.assign(row.fields.begin(), row.fields.end());
        builder.add(row.line, views);
    }
    builder.finish();
    return r;
}

} // namespace org
