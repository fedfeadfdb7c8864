#include "DatabaseErrorDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace athanor {

DatabaseErrorDialog::DatabaseErrorDialog(const Error& error, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Cannot open the database"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("errorText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(error.what.toHtmlEscaped());
    if (!error.where.isEmpty())
        html += tr("<p>File: <code>%1</code></p>").arg(error.where.toHtmlEscaped());
    if (!error.hint.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(error.hint.toHtmlEscaped());
    text->setText(html);
    header->addWidget(text, 1);
    layout->addLayout(header);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* openAnother = buttons->addButton(tr("Open Another…"), QDialogButtonBox::AcceptRole);
    openAnother->setObjectName(QStringLiteral("openAnotherButton"));
    QPushButton* createNew = buttons->addButton(tr("Create New…"), QDialogButtonBox::AcceptRole);
    createNew->setObjectName(QStringLiteral("createNewButton"));
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(openAnother, &QPushButton::clicked, this, [this] { m_choice = Choice::OpenAnother; accept(); });
    connect(createNew, &QPushButton::clicked, this, [this] { m_choice = Choice::CreateNew; accept(); });
    connect(quit, &QPushButton::clicked, this, [this] { m_choice = Choice::Quit; reject(); });
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

std::shared_ptr<Database> openDatabaseWithRecovery(QString path, QWidget* parent)
{
    const QString filter = DatabaseErrorDialog::tr("Athanor databases (*.db *.sqlite);;All files (*)");
    for (;;) {
        auto opened = Database::open(path);
        if (opened)
            return *opened;
        DatabaseErrorDialog dialog(opened.error(), parent);
        dialog.exec();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString next;
        switch (dialog.choice()) {
        case DatabaseErrorDialog::Choice::OpenAnother:
            next = QFileDialog::getOpenFileName(parent, DatabaseErrorDialog::tr("Open Database"), folder, filter);
            break;
        case DatabaseErrorDialog::Choice::CreateNew:
            next = QFileDialog::getSaveFileName(parent, DatabaseErrorDialog::tr("New Database"),
                                                folder + QStringLiteral("/athanor.db"), filter);
            break;
        case DatabaseErrorDialog::Choice::Quit:
            return nullptr;
        }
        if (!next.isEmpty())
            path = next;
    }
}

} // namespace athanor
