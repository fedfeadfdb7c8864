#pragma once

#include <QString>
#include <QStringList>

namespace athanor {

// The look of the app: the system's (its style and colours), or Fusion in light or dark colours.
// Chosen in Settings ("ui/theme") and applied at once.
namespace Theme {

QStringList names(); // "system", "light", "dark"
QString chosen();
void choose(const QString& name);
// Applies `name` to the running application (unknown names mean "system").
void apply(const QString& name);

} // namespace Theme

} // namespace athanor
