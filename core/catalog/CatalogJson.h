#pragma once

#include "CatalogTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::catalogjson {

// The JSON forms used both for storage columns and for the CLI's --json output.
QJsonArray fromStrings(const QStringList& values);
QStringList toStrings(const QJsonArray& array);

QJsonObject fromVariable(const TemplateVariable& variable);
QJsonArray fromVariables(const QList<TemplateVariable>& variables);
QList<TemplateVariable> toVariables(const QJsonArray& array);

QJsonArray fromSources(const QList<TechniqueSource>& sources);
QList<TechniqueSource> toSources(const QJsonArray& array);

// {"code","name","category",...,"templates":[{"template","variables"}],"examples":[{"before","after"}],"sources"}
QJsonObject fromTechnique(const Technique& technique);
// The inverse of fromTechnique (the technique's id is not part of it).
Technique toTechnique(const QJsonObject& object);
// {"path","name","keywords","examples"} and the rest of the node
QJsonObject fromIntent(const Intent& intent);
QJsonObject fromTemplate(const PromptTemplate& promptTemplate);
// The inverse of fromTemplate (the family is not part of it).
PromptTemplate toTemplate(const QJsonObject& object);

// Compact JSON text of an array or object, for TEXT columns.
QString compact(const QJsonArray& array);
QString compact(const QJsonObject& object);
QJsonArray parseArray(const QString& text);

} // namespace athanor::catalogjson
