#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace athanor::Translations {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

QStringList available()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("athanor_*.qm")});
    for (const QString& file : files)
        codes << file.mid(8, file.size() - 8 - 3);
    codes.sort();
    return codes;
}

QString nativeName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString chosen()
{
    return QSettings().value(kLanguageKey).toString();
}

void choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString install(const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    // Tries the locale's UI languages in order (de-AT, then de, ...).
    if (!own->load(locale, QStringLiteral("athanor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace athanor::Translations
