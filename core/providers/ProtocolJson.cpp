#include "ProtocolJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace athanor::protocol_json {

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::data(
            QCoreApplication::translate("athanor::ProtocolJson", "invalid JSON at offset %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!doc.isObject())
        return Error::data(QCoreApplication::translate("athanor::ProtocolJson", "expected a JSON object"));
    return doc.object();
}

Result<QStringList> modelNames(const QByteArray& body, const QString& list, const QString& field,
                               const QString& prefix)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    if (!object->value(list).isArray())
        return Error::data(
            QCoreApplication::translate("athanor::ProtocolJson", "the answer has no \"%1\" list").arg(list));
    QStringList names;
    for (const QJsonValue& model : object->value(list).toArray()) {
        QString name = model.toObject().value(field).toString();
        if (!prefix.isEmpty() && name.startsWith(prefix))
            name = name.mid(prefix.size());
        if (!name.isEmpty())
            names.append(name);
    }
    names.sort();
    return names;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::vector<float> floats(const QJsonValue& value)
{
    std::vector<float> out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    out.reserve(size_t(array.size()));
    for (const QJsonValue& v : array) {
        if (!v.isDouble())
            return {};
        out.push_back(float(v.toDouble()));
    }
    return out;
}

QString errorMessage(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject object = doc.isArray() ? doc.array().first().toObject() : doc.object();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString())
        return error.toString();
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString();
    if (object.value(QLatin1String("message")).isString())
        return object.value(QLatin1String("message")).toString();
    return {};
}

} // namespace athanor::protocol_json
