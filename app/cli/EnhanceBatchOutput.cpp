#include "EnhanceBatchOutput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

int runEnhanceBatch(const QString& file, bool json, const EnhancementBatch& batch, CliContext& context)
{
    auto items = EnhancementBatch::readFile(file);
    if (!items)
        return context.fail(items.error());
    QJsonArray enhanced;
    const auto progress = [&](int, int, const EnhancementBatch::Done* done) {
        if (!done)
            return;
        const int line = items->at(done->index).line;
        if (json) {
            QJsonArray techniques;
            for (const AppliedTechnique& t : done->enhancement.techniques)
                techniques.append(t.code);
            enhanced.append(QJsonObject{{QStringLiteral("line"), line},
                                        {QStringLiteral("id"), done->recorded.enhancedId},
                                        {QStringLiteral("parent_id"), done->recorded.originalId},
                                        {QStringLiteral("intent"), done->enhancement.intent},
                                        {QStringLiteral("techniques"), techniques}});
            return;
        }
        context.out() << line << '\t' << done->recorded.enhancedId << '\t' << done->recorded.originalId << '\t'
                      << done->enhancement.intent << '\n';
        context.out().flush(); // printed means saved
    };
    const EnhancementBatch::Report report = batch.run(*items, progress);

    if (json) {
        QJsonArray failed;
        for (const EnhancementBatch::Failure& f : report.failed)
            failed.append(QJsonObject{{QStringLiteral("line"), f.line}, {QStringLiteral("reason"), f.reason}});
        QJsonObject out{{QStringLiteral("enhanced"), enhanced}, {QStringLiteral("failed"), failed}};
        if (report.stopped)
            out.insert(QStringLiteral("stopped"), QJsonObject{{QStringLiteral("reason"), report.stopped->what},
                                                              {QStringLiteral("where"), report.stopped->where},
                                                              {QStringLiteral("hint"), report.stopped->hint}});
        context.printJson(out);
    } else {
        for (const EnhancementBatch::Failure& f : report.failed)
            context.err() << file << ':' << f.line << ": " << f.reason << '\n';
        context.err() << "enhanced " << report.done.size() << " of " << items->size() << " prompts\n";
        context.err().flush();
    }
    if (report.stopped)
        return json ? report.stopped->exitCode() : context.fail(*report.stopped);
    return report.failed.isEmpty() ? 0 : 2;
}

} // namespace athanor::cli
