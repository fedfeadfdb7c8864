#pragma once

#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace athanor {

class Database;

// Shown when the database cannot be opened: says what and where, and offers to open another
// file, start a new one, or quit.
class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { OpenAnother, CreateNew, Quit };

    DatabaseErrorDialog(const Error& error, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Quit;
};

// Opens `path`; while that fails, shows the error and lets the user pick another file or a new
// one. Returns null when the user quits.
std::shared_ptr<Database> openDatabaseWithRecovery(QString path, QWidget* parent = nullptr);

} // namespace athanor
