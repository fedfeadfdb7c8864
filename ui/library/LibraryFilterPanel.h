#pragma once

#include "storage/PromptQueries.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace athanor {

class Database;

// The Library's filters: tag, phase, provider, model, minimum rating and a creation date range.
// The choices offered come from the library, read off the GUI thread.
class LibraryFilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryFilterPanel(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    PromptQueries::Filter filter() const;
    bool isFiltering() const;

public slots:
    // Reads the tags and values in use again (after imports and edits).
    void refreshChoices();
    void clear();

signals:
    void filterChanged(const PromptQueries::Filter& filter);

private:
    QComboBox* addChoice(const QString& objectName);
    void emitChanged();

    std::shared_ptr<Database> m_database;
    QComboBox* m_tag = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_rating = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    PromptQueries::Filter m_emitted;
    bool m_updating = false;
};

} // namespace athanor
