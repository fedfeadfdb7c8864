#pragma once

#include "ChatTypes.h"
#include "core/Result.h"

#include <QHash>
#include <optional>

namespace athanor {

// US dollars per million tokens per model (resources/providers/prices.yaml), with the user's
// own file replacing entries one by one. Cost is unknown (nullopt), never guessed as zero, for
// a model the table does not know.
class PriceTable
{
public:
    struct Price
    {
        double inputPerMillion = 0;
        double outputPerMillion = 0;
    };

    static QString shippedFile() { return QStringLiteral(":/providers/prices.yaml"); }
    // The shipped table, then `userFile` over it when it exists.
    static Result<PriceTable> load(const QString& userFile = {});

    // Exact name first, then the longest entry the name starts with; a provider prefix
    // ("openai/gpt-4o" on OpenRouter) is ignored when the full name is not known.
    std::optional<Price> price(const QString& model) const;
    std::optional<double> cost(ProviderKind provider, const QString& model, const TokenUsage& usage) const;

    void set(const QString& model, Price price) { m_prices.insert(model, price); }
    // The entry exactly as named, without prefix matching.
    std::optional<Price> entry(const QString& model) const;
    // Back to the shipped price, or gone when the shipped table does not know the model.
    void reset(const QString& model, const PriceTable& shipped);
    // Whether the entry is the user's own (absent from the shipped table or different there).
    bool isCustom(const QString& model, const PriceTable& shipped) const;
    // The user's file: the entries that differ from the shipped table.
    Status saveUserFile(const QString& path, const PriceTable& shipped) const;
    QStringList models() const;

private:
    Status read(const QString& path);
    QHash<QString, Price> m_prices;
    QStringList m_freeProviders;
};

} // namespace athanor
