#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <vector>

// Small JSON helpers the wire protocols share.
namespace athanor::protocol_json {

// The body as a JSON object, or a Data error saying why not.
Result<QJsonObject> parseObject(const QByteArray& body);
QByteArray compact(const QJsonObject& object);
// The model list of a "list models" answer: `field` of every object in the array `list`, without
// `prefix`, empty ones dropped, sorted.
Result<QStringList> modelNames(const QByteArray& body, const QString& list, const QString& field,
                               const QString& prefix = {});
// A number array as floats; empty when the value is not an array of numbers.
std::vector<float> floats(const QJsonValue& value);
// {"error":{"message":..}}, {"error":"..."}, {"message":..}, [{"error":{...}}] (Gemini), or empty.
QString errorMessage(const QByteArray& body);

} // namespace athanor::protocol_json
