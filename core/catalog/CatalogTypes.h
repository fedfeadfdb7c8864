#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace athanor {

// A declared variable of a template: what the {{name}} placeholder takes.
struct TemplateVariable
{
    enum class Type { Text, String, Integer, Number, Boolean, Enum, List };

    QString name;
    Type type = Type::Text;
    QString description;
    bool required = true;
    QString defaultValue; // as text; empty with hasDefault false when there is none
    bool hasDefault = false;
    QStringList choices; // for Enum

    static QString typeName(Type type);
    static bool typeFromName(const QString& name, Type* type);
};

struct TechniqueSource
{
    QString title;
    QString authors;
    int year = 0;
    QString url;
    QString kind; // paper | guide
};

struct TechniquePattern
{
    QString name;
    QString templateText;
    QList<TemplateVariable> variables;
    QStringList intentTypes;
};

struct TechniqueExample
{
    QString before;
    QString after;
    QString explanation;
    QStringList improvements;
    QString intent;
    int complexity = 3;
};

// How the offline enhancer applies a technique: a section of the enhanced prompt and the
// instruction it adds there.
struct TechniqueApplication
{
    QString section; // persona | context | task | reasoning | output | verification
    QString instruction;
    QList<TemplateVariable> variables;
};

struct Technique
{
    QString id; // UUID, set once stored
    QString code;
    QString name;
    QString category;
    QString subcategory;
    QString role;
    QString description;
    QString detailedExplanation;
    int complexity = 3;
    double baseEffectiveness = 0.7;
    double effectivenessVariance = 0.1;
    bool requiresExamples = false;
    bool experimental = false;
    bool active = true;
    bool userDefined = false; // made or edited by the user: never overwritten by a catalog upgrade
    QStringList whenToUse;
    QStringList whenNotToUse;
    QStringList prerequisites;
    QStringList conflictsWith;
    TechniqueApplication apply;
    QList<TechniqueSource> sources;
    QList<TechniquePattern> patterns;
    QList<TechniqueExample> examples;
};

struct Intent
{
    QString id;
    QString path; // the dotted code, e.g. creative.writing.fiction
    QString name;
    QString description;
    int typicalComplexity = 3;
    bool requiresCreativity = false;
    bool requiresAnalysis = false;
    bool requiresStructure = false;
    QStringList keywords;
    QStringList examples;

    QString parentPath() const;
    int level() const { return int(path.count(QLatin1Char('.'))) + 1; }
};

struct EffectivenessMapping
{
    QString intent; // path
    QString technique; // code
    double score = 0.7;
    double confidence = 0.8;
    QMap<int, double> complexityAdjustment;
    QMap<QString, double> domainAdjustments;
};

struct PromptTemplate
{
    QString id;
    QString familyId; // the same for every version of one template
    QString name;
    QString category;
    QString description;
    QStringList intents;
    QStringList techniques; // codes
    QString text;
    QList<TemplateVariable> variables;
    double qualityScore = 0.8;
    int difficulty = 2;
    QStringList tags;
    QString language = QStringLiteral("en");
    int usageCount = 0;
    std::optional<double> successRate;
    int version = 1;
    bool official = true;
    QString createdAt;
};

struct Catalog
{
    int version = 0;
    QList<Technique> techniques;
    QList<Intent> intents;
    QList<EffectivenessMapping> effectiveness; // as declared (not yet inherited down the tree)
    QList<PromptTemplate> templates;

    const Technique* technique(const QString& code) const;
    const Intent* intent(const QString& path) const;
    QStringList techniqueCodes() const;
};

} // namespace athanor
