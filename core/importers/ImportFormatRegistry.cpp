#include "ImportFormatRegistry.h"

#include "AthanorExportFormat.h"
#include "CsvFormat.h"
#include "DotpromptFormat.h"
#include "GithubPromptFormat.h"
#include "JsonFormat.h"
#include "JsonlFormat.h"
#include "LangfuseFormat.h"
#include "MarkdownFrontMatterFormat.h"
#include "PlainTextFormat.h"
#include "PromptfooYamlFormat.h"
#include "PromptyFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace athanor {
namespace {

// The offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF), or -1. Written out because QStringDecoder does not say where it failed.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

int lineOfByte(const QByteArray& bytes, qsizetype offset)
{
    // CR-only files count their lines by CR.
    const QByteArrayView before = QByteArrayView(bytes).first(offset);
    const qsizetype lf = before.count('\n');
    return int(lf > 0 ? lf : before.count('\r')) + 1;
}

Error decodeError(const QString& fileName, int line, const QString& what, const QString& hint)
{
    return Error::data(
        QCoreApplication::translate("athanor::ImportFormatRegistry", "line %1: %2").arg(line).arg(what),
        QStringLiteral("%1:%2").arg(fileName).arg(line), hint);
}

} // namespace

const ImportFormatRegistry& ImportFormatRegistry::instance()
{
    static const ImportFormatRegistry registry;
    return registry;
}

ImportFormatRegistry::ImportFormatRegistry()
{
    // On equal confidence the earlier format wins: the specific ones come first.
    m_formats.push_back(std::make_unique<AthanorExportFormat>());
    m_formats.push_back(std::make_unique<LangfuseFormat>());
    m_formats.push_back(std::make_unique<GithubPromptFormat>());
    m_formats.push_back(std::make_unique<PromptyFormat>());
    m_formats.push_back(std::make_unique<DotpromptFormat>());
    m_formats.push_back(std::make_unique<PromptfooYamlFormat>());
    m_formats.push_back(std::make_unique<CsvFormat>());
    m_formats.push_back(std::make_unique<JsonlFormat>());
    m_formats.push_back(std::make_unique<JsonFormat>());
    m_formats.push_back(std::make_unique<MarkdownFrontMatterFormat>());
    m_formats.push_back(std::make_unique<PlainTextFormat>());
}

const ImportFormat* ImportFormatRegistry::find(const QString& name) const
{
    for (const auto& format : m_formats) {
        if (format->name() == name)
            return format.get();
    }
    return nullptr;
}

const ImportFormat* ImportFormatRegistry::detect(const QString& fileName, const QString& head) const
{
    const QString start = head.left(kHeadChars);
    const ImportFormat* best = nullptr;
    int bestScore = kMinConfidence - 1;
    for (const auto& format : m_formats) {
        const int score = format->detect(fileName, start);
        if (score > bestScore) {
            best = format.get();
            bestScore = score;
        }
    }
    return best;
}

Result<QList<ImportedPrompt>> ImportFormatRegistry::readFile(const QString& path, qint64 maxBytes) const
{
    const auto wholeFile = [](const QString& reason) { return Error::data(reason, QStringLiteral("0")); };
    QFile file(path);
    if (file.size() > maxBytes)
        return wholeFile(QCoreApplication::translate("athanor::ImportJob", "the file is larger than the %1 MB limit")
                             .arg(maxBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return wholeFile(
            QCoreApplication::translate("athanor::ImportJob", "cannot read the file: %1").arg(file.errorString()));
    const QString fileName = QFileInfo(path).fileName();
    auto text = decode(file.readAll(), path);
    if (!text)
        return Error::data(text.error().what, QString::number(text.error().where.section(QLatin1Char(':'), -1).toInt()));
    const ImportFormat* format = detect(fileName, text->left(kHeadChars));
    if (!format)
        return wholeFile(
            QCoreApplication::translate("athanor::ImportJob", "not a prompt file format Athanor reads"));
    ParseResult parsed = format->parse(*text, fileName);
    if (parsed.error)
        return Error::data(parsed.error->reason, QString::number(parsed.error->line));
    return std::move(parsed.prompts);
}

Result<QString> ImportFormatRegistry::decode(const QByteArray& bytes, const QString& fileName)
{
    QString text;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0)
            return decodeError(
                fileName, 1,
                QCoreApplication::translate("athanor::ImportFormatRegistry",
                                            "the UTF-16 file ends in the middle of a character"),
                QCoreApplication::translate("athanor::ImportFormatRegistry",
                                            "the file is truncated; export it again"));
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError()) {
            // An unpaired surrogate decodes to U+FFFD: the first one is the likely culprit.
            const qsizetype bad = qMax<qsizetype>(0, text.indexOf(QChar(QChar::ReplacementCharacter)));
            return decodeError(
                fileName, int(QStringView(text).left(bad).count(QLatin1Char('\n'))) + 1,
                QCoreApplication::translate("athanor::ImportFormatRegistry",
                                            "the file is not valid UTF-16 (an unpaired surrogate)"),
                QCoreApplication::translate("athanor::ImportFormatRegistry", "save the file as UTF-8"));
        }
    } else {
        const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        const qsizetype bad = firstInvalidUtf8(bytes, start);
        if (bad >= 0) {
            return decodeError(
                fileName, lineOfByte(bytes, bad),
                QCoreApplication::translate(
                    "athanor::ImportFormatRegistry",
                    "invalid UTF-8 (byte 0x%1); the file is binary or in another encoding")
                    .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0')),
                QCoreApplication::translate("athanor::ImportFormatRegistry", "save the file as UTF-8"));
        }
        text = QString::fromUtf8(QByteArrayView(bytes).sliced(start));
    }
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0) {
        const int line = int(QStringView(text).left(nul).count(QLatin1Char('\n'))) + 1;
        return decodeError(
            fileName, line,
            QCoreApplication::translate("athanor::ImportFormatRegistry",
                                        "the file holds a NUL character: it is binary, not text"),
            QCoreApplication::translate("athanor::ImportFormatRegistry",
                                        "import text files (UTF-8 or UTF-16 with a BOM)"));
    }
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

} // namespace athanor
