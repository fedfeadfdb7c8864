#include "PlaceholderPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace athanor {

PlaceholderPane::PlaceholderPane(const QString& title, const QString& summary, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);

    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* body = new QLabel(summary, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    // Centred through stretches: an aligned label loses its height-for-width and gets clipped.
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(body, 4);
    bodyRow->addStretch(1);

    auto* status = new QLabel(tr("This pane is not built yet."), this);
    status->setObjectName(QStringLiteral("placeholderStatus"));
    status->setAlignment(Qt::AlignCenter);
    status->setEnabled(false);

    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addLayout(bodyRow);
    layout->addSpacing(12);
    layout->addWidget(status);
    layout->addStretch(2);
    setAccessibleName(title);
}

} // namespace athanor
