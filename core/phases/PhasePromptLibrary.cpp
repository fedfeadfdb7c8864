#include "PhasePromptLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace athanor {
namespace {

// Thrown inside this file only, turned into an Error where a file is read.
struct ParseFailure
{
    int line;
    QString reason;
};

[[noreturn]] void fail(const YAML::Node& node, const QString& reason)
{
    throw ParseFailure{node.Mark().line + 1, reason};
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    return pattern;
}

// Anything in double braces, so that "{{target-model}}" is reported rather than sent as it is.
const QRegularExpression& anyPlaceholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

QString placeholder(const QString& name)
{
    return QStringLiteral("{{%1}}").arg(name);
}

// What one kind of file may hold: its entries (dotted paths to texts), the maps leading to them,
// the placeholders its texts may use, and which entries must be present after merging.
struct Schema
{
    QString baseName; // "phases" -> phases.yaml, phases.de.yaml
    QString prefix;   // where its entries live in the library ("judge.")
    QSet<QString> leaves;
    QSet<QString> branches;
    QStringList placeholders;
    QStringList required;

    void addLeaf(const QString& path)
    {
        leaves.insert(path);
        for (qsizetype dot = path.indexOf(QLatin1Char('.')); dot >= 0;
             dot = path.indexOf(QLatin1Char('.'), dot + 1))
            branches.insert(path.left(dot));
    }

    // Placeholders a text must contain, or the input never reaches the model.
    QStringList mandatoryPlaceholders(const QString& path) const
    {
        if (baseName == QLatin1String("judge"))
            return path == QLatin1String("user")
                       ? QStringList{QStringLiteral("original"), QStringLiteral("candidate")}
                       : QStringList{};
        return path.endsWith(QLatin1String(".user")) ? QStringList{QStringLiteral("input")} : QStringList{};
    }

    QStringList childrenOf(const QString& path) const
    {
        QStringList keys;
        const QString start = path.isEmpty() ? QString() : path + QLatin1Char('.');
        for (const QSet<QString>* set : {&leaves, &branches})
            for (const QString& candidate : *set) {
                if (!candidate.startsWith(start))
                    continue;
                const QString rest = candidate.mid(start.size());
                if (!rest.contains(QLatin1Char('.')) && !keys.contains(rest))
                    keys << rest;
            }
        keys.sort();
        return keys;
    }
};

Schema phasesSchema()
{
    Schema schema;
    schema.baseName = QStringLiteral("phases");
    schema.placeholders = {QStringLiteral("input"), QStringLiteral("persona"),
                           QStringLiteral("target_model")};
    schema.addLeaf(QStringLiteral("output_rules"));
    schema.addLeaf(QStringLiteral("labels.unknown_target_model"));
    schema.required << QStringLiteral("labels.unknown_target_model");
    for (const QString& persona : personaNames()) {
        schema.addLeaf(QStringLiteral("labels.personas.") + persona);
        schema.required << QStringLiteral("labels.personas.") + persona;
    }
    for (Phase phase : allPhases()) {
        const QString base = QStringLiteral("phases.") + phaseName(phase);
        for (const QString& persona : personaNames())
            for (const char* role : {"system", "user"})
                schema.addLeaf(QStringLiteral("%1.personas.%2.%3").arg(base, persona, QLatin1String(role)));
        for (const QString& family : modelFamilyNames())
            schema.addLeaf(QStringLiteral("%1.families.%2").arg(base, family));
        schema.required << base + QStringLiteral(".personas.generic.system")
                        << base + QStringLiteral(".personas.generic.user");
    }
    return schema;
}

Schema judgeSchema()
{
    Schema schema;
    schema.baseName = QStringLiteral("judge");
    schema.prefix = QStringLiteral("judge.");
    schema.placeholders = {QStringLiteral("original"), QStringLiteral("candidate"),
                           QStringLiteral("target_model")};
    schema.addLeaf(QStringLiteral("system"));
    schema.addLeaf(QStringLiteral("user"));
    schema.required << QStringLiteral("system") << QStringLiteral("user");
    return schema;
}

// A block scalar's text keeps its inner layout; the blank lines around it go.
QString blockText(const YAML::Node& node)
{
    QString text = QString::fromStdString(node.Scalar());
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    while (text.startsWith(QLatin1Char('\n')))
        text.remove(0, 1);
    return text;
}

void checkPlaceholders(const YAML::Node& node, const QString& path, const QString& text, const Schema& schema)
{
    for (auto it = anyPlaceholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!schema.placeholders.contains(name)) {
            QStringList known;
            for (const QString& p : schema.placeholders)
                known << placeholder(p);
            fail(node, QCoreApplication::translate("athanor::PhasePromptLibrary",
                                                   "unknown placeholder %1 in '%2'; known: %3")
                           .arg(placeholder(name), path, known.join(QStringLiteral(", "))));
        }
    }
    for (const QString& name : schema.mandatoryPlaceholders(path)) {
        bool found = false;
        for (auto it = placeholderPattern().globalMatch(text); it.hasNext() && !found;)
            found = it.next().captured(1) == name;
        if (!found)
            fail(node, QCoreApplication::translate("athanor::PhasePromptLibrary", "'%1' must contain %2")
                           .arg(path, placeholder(name)));
    }
}

void collect(const YAML::Node& node, const QString& path, const Schema& schema, const QString& file,
             QHash<QString, PhasePromptLibrary::Entry>& out)
{
    if (node.IsNull())
        return; // "code:" with nothing under it sets nothing
    if (schema.leaves.contains(path)) {
        if (!node.IsScalar())
            fail(node,
                 QCoreApplication::translate("athanor::PhasePromptLibrary", "'%1' must be text").arg(path));
        const QString text = blockText(node);
        if (text.isEmpty())
            fail(node, QCoreApplication::translate("athanor::PhasePromptLibrary", "'%1' is empty").arg(path));
        checkPlaceholders(node, path, text, schema);
        out.insert(schema.prefix + path, {text, file, node.Mark().line + 1});
        return;
    }
    if (!node.IsMap())
        fail(
            node,
            path.isEmpty()
                ? QCoreApplication::translate("athanor::PhasePromptLibrary", "the file must hold a YAML map")
                : QCoreApplication::translate("athanor::PhasePromptLibrary", "'%1' must be a map").arg(path));
    for (const auto& pair : node) {
        if (!pair.first.IsScalar())
            fail(pair.first, QCoreApplication::translate("athanor::PhasePromptLibrary", "keys must be text"));
        const QString key = QString::fromStdString(pair.first.Scalar());
        const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        // A typo in an edited file must not silently leave the shipped prompt in place.
        if (!schema.leaves.contains(child) && !schema.branches.contains(child))
            fail(pair.first, QCoreApplication::translate("athanor::PhasePromptLibrary",
                                                         "unknown entry '%1'; expected one of: %2")
                                 .arg(child, schema.childrenOf(path).join(QStringLiteral(", "))));
        collect(pair.second, child, schema, file, out);
    }
}

// Reads one file's entries into `out`, replacing what lower layers set. A missing optional file is
// nothing to do.
Status mergeFile(const QString& path, bool required, const Schema& schema,
                 QHash<QString, PhasePromptLibrary::Entry>& out, QStringList& files)
{
    QFile file(path);
    if (!file.exists() && !required)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::data(
            QCoreApplication::translate("athanor::PhasePromptLibrary", "cannot read the phase prompts file"),
            path, file.errorString());
    const std::string bytes = file.readAll().toStdString();
    QHash<QString, PhasePromptLibrary::Entry> entries;
    try {
        collect(YAML::Load(bytes), QString(), schema, path, entries);
    } catch (const ParseFailure& failure) {
        return Error::data(failure.reason, QStringLiteral("%1:%2").arg(path).arg(failure.line));
    } catch (const YAML::Exception& e) {
        return Error::data(QCoreApplication::translate("athanor::PhasePromptLibrary", "invalid YAML: %1")
                               .arg(QString::fromStdString(e.msg)),
                           QStringLiteral("%1:%2").arg(path).arg(e.mark.line + 1));
    }
    out.insert(entries);
    files << path;
    return {};
}

// "de_DE" -> {"de", "de_DE"}, least specific first, so the more specific file wins.
QStringList languageCodes(const QString& language)
{
    QString code = language.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (code.isEmpty() || code == QLatin1String("C"))
        return {};
    const QString base = code.section(QLatin1Char('_'), 0, 0).toLower();
    return base == code ? QStringList{code} : QStringList{base, code};
}

QString join(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts)
        if (!part.isEmpty())
            present << part;
    return present.join(QStringLiteral("\n\n"));
}

// One pass over the template: a placeholder inside a filled-in value (a draft that itself is a
// template with {{input}}) is left as the user wrote it.
QString fill(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            continue;
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += *value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace

Result<PhasePromptLibrary> PhasePromptLibrary::load(const QString& overrideDir, const QString& language)
{
    PhasePromptLibrary library;
    for (const Schema& schema : {phasesSchema(), judgeSchema()}) {
        QStringList dirs{shippedDir()};
        if (!overrideDir.isEmpty())
            dirs << overrideDir;
        for (const QString& dir : dirs) {
            const bool shipped = dir == shippedDir();
            QStringList names{schema.baseName + QStringLiteral(".yaml")};
            for (const QString& code : languageCodes(language))
                names << QStringLiteral("%1.%2.yaml").arg(schema.baseName, code);
            for (const QString& name : names) {
                const bool required = shipped && name == names.first();
                Status merged =
                    mergeFile(QDir(dir).filePath(name), required, schema, library.m_entries, library.m_files);
                if (!merged)
                    return merged.error();
            }
        }
        for (const QString& path : schema.required)
            if (!library.m_entries.contains(schema.prefix + path))
                return Error::data(
                    QCoreApplication::translate("athanor::PhasePromptLibrary", "the phase prompts lack '%1'")
                        .arg(path),
                    QDir(shippedDir()).filePath(schema.baseName + QStringLiteral(".yaml")));
    }
    return library;
}

QString PhasePromptLibrary::origin(const QString& path) const
{
    const auto it = m_entries.constFind(path);
    return it == m_entries.cend() ? QString() : QStringLiteral("%1:%2").arg(it->file).arg(it->line);
}

QString PhasePromptLibrary::personaKey(const QString& persona)
{
    const QString key = persona.trimmed().toLower();
    return personaNames().contains(key) ? key : QStringLiteral("generic");
}

QString PhasePromptLibrary::targetModelText(const QString& model) const
{
    const QString name = model.trimmed();
    return name.isEmpty() ? entry(QStringLiteral("labels.unknown_target_model")) : name;
}

PhaseMessages PhasePromptLibrary::build(Phase phase, const QString& persona, const QString& targetModel,
                                        const QString& input) const
{
    const QString key = personaKey(persona);
    const QString base = QStringLiteral("phases.") + phaseName(phase);
    // A persona without its own text uses the generic one; a family without an addendum, the generic
    // addendum.
    const auto personaText = [&](const char* role) {
        const QString own = entry(QStringLiteral("%1.personas.%2.%3").arg(base, key, QLatin1String(role)));
        return own.isEmpty() ? entry(QStringLiteral("%1.personas.generic.%2").arg(base, QLatin1String(role)))
                             : own;
    };
    QString addendum = entry(QStringLiteral("%1.families.%2").arg(base, modelFamily(targetModel)));
    if (addendum.isEmpty())
        addendum = entry(base + QStringLiteral(".families.generic"));

    const QHash<QString, QString> values{
        {QStringLiteral("input"), input},
        {QStringLiteral("persona"), entry(QStringLiteral("labels.personas.") + key)},
        {QStringLiteral("target_model"), targetModelText(targetModel)},
    };
    return {fill(join({personaText("system"), addendum, entry(QStringLiteral("output_rules"))}), values),
            fill(personaText("user"), values)};
}

PhaseMessages PhasePromptLibrary::judge(const QString& original, const QString& candidate,
                                        const QString& targetModel) const
{
    const QHash<QString, QString> values{
        {QStringLiteral("original"), original},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("target_model"), targetModelText(targetModel)},
    };
    return {fill(entry(QStringLiteral("judge.system")), values),
            fill(entry(QStringLiteral("judge.user")), values)};
}

} // namespace athanor
