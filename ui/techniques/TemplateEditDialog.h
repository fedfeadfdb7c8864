#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace athanor {

class Database;

// Edits a template's name and text. Save checks that the text uses exactly the declared variables
// and stores the edit as a new version; on a problem it stays open and says what is wrong.
class TemplateEditDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateEditDialog(PromptTemplate current, std::shared_ptr<Database> database, QWidget* parent = nullptr);

private:
    void save();

    PromptTemplate m_current;
    std::shared_ptr<Database> m_database;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace athanor
