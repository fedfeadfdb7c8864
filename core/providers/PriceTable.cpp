#include "PriceTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <yaml-cpp/yaml.h>

namespace athanor {

Result<PriceTable> PriceTable::load(const QString& userFile)
{
    PriceTable table;
    if (Status shipped = table.read(shippedFile()); !shipped)
        return shipped.error();
    if (!userFile.isEmpty() && QFile::exists(userFile))
        if (Status user = table.read(userFile); !user)
            return user.error();
    return table;
}

Status PriceTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::data(
            QCoreApplication::translate("athanor::PriceTable", "cannot read the price table: %1")
                .arg(file.errorString()),
            path);
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        for (const auto& entry : root["models"]) {
            const QString model = QString::fromStdString(entry.first.as<std::string>());
            const YAML::Node value = entry.second;
            if (!value.IsMap() || !value["input"] || !value["output"])
                return Error::data(QCoreApplication::translate("athanor::PriceTable",
                                                               "the price of %1 needs input and output")
                                       .arg(model),
                                   QStringLiteral("%1:%2").arg(path).arg(entry.first.Mark().line + 1));
            const double input = value["input"].as<double>();
            const double output = value["output"].as<double>();
            if (input < 0 || output < 0)
                return Error::data(
                    QCoreApplication::translate("athanor::PriceTable", "the price of %1 is negative")
                        .arg(model),
                    QStringLiteral("%1:%2").arg(path).arg(entry.first.Mark().line + 1));
            m_prices.insert(model, {input, output});
        }
        for (const auto& provider : root["free_providers"])
            m_freeProviders.append(QString::fromStdString(provider.as<std::string>()));
    } catch (const YAML::Exception& e) {
        return Error::data(
            QCoreApplication::translate("athanor::PriceTable", "the price table is malformed: %1")
                .arg(QString::fromStdString(e.msg)),
            QStringLiteral("%1:%2").arg(path).arg(e.mark.line + 1));
    }
    return {};
}

std::optional<PriceTable::Price> PriceTable::price(const QString& model) const
{
    if (const auto exact = m_prices.constFind(model); exact != m_prices.constEnd())
        return *exact;
    const QString bare = model.section(QLatin1Char('/'), -1);
    QString best;
    for (auto it = m_prices.constBegin(); it != m_prices.constEnd(); ++it)
        if ((model.startsWith(it.key()) || bare.startsWith(it.key())) && it.key().size() > best.size())
            best = it.key();
    if (best.isEmpty())
        return std::nullopt;
    return m_prices.value(best);
}

std::optional<double> PriceTable::cost(ProviderKind provider, const QString& model,
                                       const TokenUsage& usage) const
{
    if (m_freeProviders.contains(providerName(provider)))
        return 0.0;
    const std::optional<Price> known = price(model);
    if (!known)
        return std::nullopt;
    return (usage.input * known->inputPerMillion + usage.output * known->outputPerMillion) / 1e6;
}

Status PriceTable::saveUserFile(const QString& path, const PriceTable& shipped) const
{
    YAML::Emitter out;
    out << YAML::Comment("Athanor: your prices in US dollars per million tokens (over the shipped table)");
    out << YAML::BeginMap << YAML::Key << "models" << YAML::Value << YAML::BeginMap;
    QStringList names = m_prices.keys();
    names.sort();
    for (const QString& name : names) {
        if (!isCustom(name, shipped))
            continue;
        const Price mine = m_prices.value(name);
        out << YAML::Key << name.toStdString() << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key
            << "input" << YAML::Value << mine.inputPerMillion << YAML::Key << "output" << YAML::Value
            << mine.outputPerMillion << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.c_str()) < 0 || !file.commit())
        return Error::data(
            QCoreApplication::translate("athanor::PriceTable", "cannot save the price table: %1")
                .arg(file.errorString()),
            path);
    return {};
}

std::optional<PriceTable::Price> PriceTable::entry(const QString& model) const
{
    if (const auto it = m_prices.constFind(model); it != m_prices.constEnd())
        return *it;
    return std::nullopt;
}

void PriceTable::reset(const QString& model, const PriceTable& shipped)
{
    if (const std::optional<Price> theirs = shipped.entry(model))
        m_prices.insert(model, *theirs);
    else
        m_prices.remove(model);
}

bool PriceTable::isCustom(const QString& model, const PriceTable& shipped) const
{
    const std::optional<Price> mine = entry(model);
    const std::optional<Price> theirs = shipped.entry(model);
    if (!mine)
        return false;
    return !theirs || theirs->inputPerMillion != mine->inputPerMillion ||
           theirs->outputPerMillion != mine->outputPerMillion;
}

QStringList PriceTable::models() const
{
    QStringList names = m_prices.keys();
    names.sort();
    return names;
}

} // namespace athanor
