#include "DemoHistory.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace athanor {

Status generateDemoHistory(const std::shared_ptr<Database>& database, int days, quint32 seed)
{
    if (auto installed = CatalogRepository(database).ensureCurrent(); !installed)
        return installed.error();
    auto catalog = CatalogRepository(database).load();
    if (!catalog)
        return catalog.error();
    QStringList intents;
    for (const Intent& intent : catalog->intents)
        if (!intent.examples.isEmpty())
            intents << intent.path;
    QList<QPair<QString, QString>> techniques; // id, code
    QSqlDatabase db = database->connection();
    auto rows =
        runSql(db, QStringLiteral("SELECT id, code FROM techniques WHERE is_active = 1 ORDER BY code"));
    if (!rows)
        return rows.error();
    while (rows->next())
        techniques.append({rows->value(0).toString(), rows->value(1).toString()});
    if (intents.isEmpty() || techniques.size() < 3)
        return Error::data(
            QCoreApplication::translate("athanor::DemoHistory", "the technique catalog is not installed"),
            database->path());

    QRandomGenerator random(seed);
    // Each technique has a quality that drifts over the period: some get better, some worse.
    QList<double> start;
    QList<double> drift;
    for (qsizetype i = 0; i < techniques.size(); ++i) {
        start << 2.6 + random.generateDouble() * 1.8;
        drift << (random.generateDouble() - 0.5) * 1.6;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    // Rated enhancements get their prompt and a rating row, so that the ratings list has them too.
    QSqlQuery prompt(db);
    prompt.prepare(
        QStringLiteral("INSERT INTO prompts (id, content, content_hash, source, created_at, updated_at) "
                       "VALUES (?, ?, ?, 'demo', ?, ?)"));
    QSqlQuery feedback(db);
    feedback.prepare(QStringLiteral(
        "INSERT INTO learning_feedback (id, prompt_id, rating, was_helpful, context, created_at) "
        "VALUES (?, ?, ?, ?, '{\"source\":\"demo\"}', ?)"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO prompt_history (id, user_id, session_id, original_prompt, "
        "original_length, detected_intent_path, "
        "detected_complexity, enhanced_prompt, enhanced_length, "
        "techniques_applied, model_confidence, user_rating, client_type, "
        "enhanced_prompt_id, created_at) VALUES (?, (SELECT id FROM users WHERE is_local = 1), ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)"));
    // A handful of popular techniques, as in real use, and a long tail.
    const int popular = int(std::min<qsizetype>(8, techniques.size()));
    for (int d = days - 1; d >= 0; --d) {
        const QDate day = today.addDays(-d);
        const double progress = 1.0 - double(d) / std::max(1, days - 1);
        const int count = 3 + int(random.bounded(10));
        for (int n = 0; n < count; ++n) {
            QJsonArray applied;
            QList<int> chosen;
            const int size = 2 + int(random.bounded(2));
            while (chosen.size() < size) {
                const int pick = random.bounded(4) ? int(random.bounded(popular))
                                                   : int(random.bounded(int(techniques.size())));
                if (!chosen.contains(pick))
                    chosen << pick;
            }
            double quality = 0;
            for (int pick : chosen) {
                applied.append(techniques[pick].first);
                quality += start[pick] + drift[pick] * progress;
            }
            quality /= chosen.size();
            QVariant rating;
            if (random.bounded(10) < 7) // most are rated
                rating = std::clamp(int(std::lround(quality + (random.generateDouble() - 0.5) * 2.2)), 1, 5);
            const QString text = QCoreApplication::translate("athanor::DemoHistory", "Demo prompt %1 of %2")
                                     .arg(n + 1)
                                     .arg(day.toString(Qt::ISODate));
            // Never later than now: today's demo runs are spread over the hours gone by.
            const QDateTime when =
                std::min(QDateTime(day, QTime(8 + int(random.bounded(12)), int(random.bounded(60))), Qt::UTC),
                         QDateTime::currentDateTimeUtc().addSecs(-60 * (1 + n)));
            const QString stamp = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            QVariant promptId;
            if (rating.isValid()) {
                promptId = newUuid();
                for (const QVariant& value : QVariantList{promptId, text, contentHash(text), stamp, stamp})
                    prompt.addBindValue(value);
                if (!prompt.exec())
                    return Error::data(QCoreApplication::translate("athanor::DemoHistory",
                                                                   "cannot write the demo history: %1")
                                           .arg(prompt.lastError().text()),
                                       database->path());
                for (const QVariant& value :
                     QVariantList{newUuid(), promptId, rating, rating.toInt() >= 3 ? 1 : 0, stamp})
                    feedback.addBindValue(value);
                if (!feedback.exec())
                    return Error::data(QCoreApplication::translate("athanor::DemoHistory",
                                                                   "cannot write the demo history: %1")
                                           .arg(feedback.lastError().text()),
                                       database->path());
            }
            insert.addBindValue(newUuid());
            insert.addBindValue(QStringLiteral("demo-") + day.toString(Qt::ISODate));
            insert.addBindValue(text);
            insert.addBindValue(int(text.size()));
            insert.addBindValue(intents[int(random.bounded(int(intents.size())))]);
            insert.addBindValue(1 + int(random.bounded(5)));
            insert.addBindValue(text);
            insert.addBindValue(int(text.size()));
            insert.addBindValue(QString::fromUtf8(QJsonDocument(applied).toJson(QJsonDocument::Compact)));
            insert.addBindValue(0.5 + random.generateDouble() * 0.5);
            insert.addBindValue(rating);
            insert.addBindValue(promptId);
            insert.addBindValue(stamp);
            if (!insert.exec())
                return Error::data(
                    QCoreApplication::translate("athanor::DemoHistory", "cannot write the demo history: %1")
                        .arg(insert.lastError().text()),
                    database->path());
        }
    }
    return transaction.commit();
}

} // namespace athanor
