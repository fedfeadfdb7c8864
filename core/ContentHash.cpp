#include "ContentHash.h"

#include <QCryptographicHash>
#include <QStringList>

namespace athanor {

QString normalizedContent(const QString& content)
{
    QString text = content.normalized(QString::NormalizationForm_C);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString contentHash(const QString& content)
{
    const QByteArray utf8 = normalizedContent(content).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
}

} // namespace athanor
