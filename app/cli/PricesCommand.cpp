#include "PricesCommand.h"

#include "core/phases/GenerationSetup.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void PricesCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("set"),
                      QStringLiteral("Set the price of this model (with --input and --output)."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("input"), QStringLiteral("US dollars per million input tokens."),
                      QStringLiteral("USD")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("US dollars per million output tokens."),
                      QStringLiteral("USD")});
    parser.addOption(
        {QStringLiteral("reset"),
         QStringLiteral(
             "Back to the shipped price of this model (a model the shipped table lacks is removed)."),
         QStringLiteral("MODEL")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print {\"file\",\"prices\":[{\"model\",\"input\",\"output\",\"custom\"}]}.")});
}

int PricesCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli prices");
    const bool setting = parser.isSet(QStringLiteral("set"));
    const bool resetting = parser.isSet(QStringLiteral("reset"));
    if (setting && resetting)
        return context.usage(QStringLiteral("use --set or --reset, not both"), where);
    if (!setting && (parser.isSet(QStringLiteral("input")) || parser.isSet(QStringLiteral("output"))))
        return context.usage(QStringLiteral("--input and --output go with --set MODEL"), where);
    PriceTable::Price price;
    if (setting) {
        bool okIn = false;
        bool okOut = false;
        price.inputPerMillion = parser.value(QStringLiteral("input")).toDouble(&okIn);
        price.outputPerMillion = parser.value(QStringLiteral("output")).toDouble(&okOut);
        if (!okIn || !okOut || price.inputPerMillion < 0 || price.outputPerMillion < 0)
            return context.usage(
                QStringLiteral("--set needs --input and --output, each a price of 0 or more"), where);
        if (parser.value(QStringLiteral("set")).trimmed().isEmpty())
            return context.usage(QStringLiteral("--set needs a model name"), where);
    }

    auto shipped = PriceTable::load();
    if (!shipped)
        return context.fail(shipped.error());
    auto table = loadPriceTable();
    if (!table)
        return context.fail(table.error());
    if (setting || resetting) {
        if (setting)
            table->set(parser.value(QStringLiteral("set")).trimmed(), price);
        else
            table->reset(parser.value(QStringLiteral("reset")).trimmed(), *shipped);
        if (Status saved = table->saveUserFile(userPriceFile(), *shipped); !saved)
            return context.fail(saved.error());
    }

    const QStringList models =
        (setting || resetting)
            ? QStringList{parser.value(setting ? QStringLiteral("set") : QStringLiteral("reset")).trimmed()}
            : table->models();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const QString& model : models) {
            const std::optional<PriceTable::Price> entry = table->entry(model);
            if (!entry)
                continue;
            rows.append(QJsonObject{{QStringLiteral("model"), model},
                                    {QStringLiteral("input"), entry->inputPerMillion},
                                    {QStringLiteral("output"), entry->outputPerMillion},
                                    {QStringLiteral("custom"), table->isCustom(model, *shipped)}});
        }
        context.printJson(
            QJsonObject{{QStringLiteral("file"), userPriceFile()}, {QStringLiteral("prices"), rows}});
        return 0;
    }
    for (const QString& model : models) {
        const std::optional<PriceTable::Price> entry = table->entry(model);
        if (!entry) {
            context.out() << model << ": no price (costs unknown)\n";
            continue;
        }
        context.out() << QStringLiteral("%1  in $%2  out $%3 per million tokens%4\n")
                             .arg(model, -28)
                             .arg(entry->inputPerMillion, 0, 'f', 3)
                             .arg(entry->outputPerMillion, 0, 'f', 3)
                             .arg(table->isCustom(model, *shipped) ? QStringLiteral("  (yours)") : QString());
    }
    if (setting || resetting)
        context.err() << "saved to " << userPriceFile() << '\n';
    return 0;
}

} // namespace athanor::cli
