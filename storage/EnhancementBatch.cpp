#include "EnhancementBatch.h"

#include "core/importers/ImportFormatRegistry.h"

#include <QCoreApplication>

namespace athanor {

namespace {
// A batch file is read whole: the same limit as an import's.
constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;
} // namespace

EnhancementBatch::EnhancementBatch(std::shared_ptr<Database> database, std::shared_ptr<const Enhancer> enhancer,
                                   EnhancementOptions options, QString source)
    : m_database(std::move(database)), m_enhancer(std::move(enhancer)), m_options(std::move(options)),
      m_source(std::move(source))
{
}

EnhancementBatch::Report EnhancementBatch::run(const QList<Item>& items, const Progress& progress,
                                               const std::atomic_bool* cancel) const
{
    Report report;
    EnhancementRepository repository(m_database);
    for (int i = 0; i < items.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const Item& item = items.at(i);
        auto enhancement = m_enhancer->enhance(item.content, m_options);
        if (!enhancement) {
            report.failed.append({i, item.line, enhancement.error().what});
            if (progress)
                progress(i + 1, int(items.size()), nullptr);
            continue;
        }
        auto recorded = repository.record(*enhancement, m_source);
        if (!recorded) {
            report.failed.append({i, item.line, recorded.error().what});
            if (recorded.error().kind == Error::Kind::Storage) {
                report.stopped = recorded.error();
                break;
            }
            if (progress)
                progress(i + 1, int(items.size()), nullptr);
            continue;
        }
        report.done.append({i, *recorded, *enhancement});
        if (progress)
            progress(i + 1, int(items.size()), &report.done.last());
    }
    return report;
}

Result<QList<EnhancementBatch::Item>> EnhancementBatch::readFile(const QString& path)
{
    auto prompts = ImportFormatRegistry::instance().readFile(path, kMaxFileBytes);
    if (!prompts) {
        const int line = prompts.error().where.toInt();
        return Error::data(prompts.error().what, line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path);
    }
    QList<Item> items;
    for (const ImportedPrompt& prompt : *prompts)
        if (!prompt.content.trimmed().isEmpty())
            items.append({prompt.content, prompt.line});
    if (items.isEmpty())
        return Error::data(QCoreApplication::translate("athanor::EnhancementBatch", "the file holds no prompts"), path);
    return items;
}

} // namespace athanor
