#include "ContentHash.h"

#include <QCryptographicHash>

namespace athanor {

QString normalizedContent(const QString& content)
{
    // One pass (an import normalises every prompt): CR LF and CR become LF, each line loses its
    // trailing white space, and the text its trailing empty lines.
    const QString text = content.normalized(QString::NormalizationForm_C);
    const QChar* in = text.constData();
    const qsizetype size = text.size();
    // Most texts need nothing more: no CR, no white space before a line break or at the end.
    bool clean = size == 0 || !in[size - 1].isSpace();
    for (qsizetype i = 0; clean && i < size; ++i)
        clean = in[i] != QLatin1Char('\r') && !(in[i] == QLatin1Char('\n') && i > 0 && in[i - 1].isSpace());
    if (clean)
        return text;
    QString out(size, Qt::Uninitialized);
    QChar* written = out.data();
    qsizetype length = 0;
    qsizetype kept = 0; // the output up to the last character that stays
    for (qsizetype i = 0; i < size; ++i) {
        QChar c = in[i];
        if (c == QLatin1Char('\r')) {
            if (i + 1 < size && in[i + 1] == QLatin1Char('\n'))
                ++i;
            c = QLatin1Char('\n');
        }
        if (c == QLatin1Char('\n'))
            length = kept;
        written[length++] = c;
        if (c == QLatin1Char('\n') || !c.isSpace())
            kept = length;
    }
    length = kept;
    while (length > 0 && written[length - 1] == QLatin1Char('\n'))
        --length;
    out.truncate(length);
    return out;
}

QString hashOfNormalized(const QString& normalized)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString contentHash(const QString& content)
{
    return hashOfNormalized(normalizedContent(content));
}

} // namespace athanor
