#pragma once

#include <QString>
#include <QStringList>

namespace athanor {

// The GUI's languages: English as written, and the translations built in under :/i18n
// (translations/athanor_<code>.ts). The language follows the system unless one is chosen in
// Settings ("ui/language"; it applies at the next start).
namespace Translations {

// The codes of the built-in translations ("de", "es", "fr"), sorted; English is not listed.
QStringList available();
// The language's name in that language ("Deutsch"), for the settings list.
QString nativeName(const QString& code);
// The chosen language, empty for the system's.
QString chosen();
void choose(const QString& code);
// Installs the translators of `code` (empty: the system's language) into the application: the
// app's own and Qt's (its dialogs' buttons). Returns the code installed, empty for English.
QString install(const QString& code);

} // namespace Translations

} // namespace athanor
