#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QMap>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace athanor {

class Database;
class TemplateForm;
class TemplateListModel;

// The Templates tab of the Techniques pane: the templates with search and an intent filter; the
// chosen one's description, a form for its variables with a live preview, editing (which adds a
// version) and its version history with a word diff against the current text.
class TemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesView(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~TemplatesView() override;

    // Reads the templates and intents again; the chosen template and typed values stay.
    void reload();
    // Whether a Composer listens to useTemplate(); without one the button is disabled and says why.
    void setComposerAvailable(bool available);
    // Chooses the template of this family; false when it is not listed (unknown or filtered out).
    bool selectTemplate(const QString& familyId);
    // The family of the chosen template, empty when none is chosen.
    QString currentFamilyId() const;

signals:
    // "Use in Composer": the chosen template with the values filled in so far.
    void useTemplate(const PromptTemplate& t, const QMap<QString, QString>& values);

private:
    QWidget* createList();
    QWidget* createDetail();
    void applyFilters();
    void showCurrent();
    void renderPreview();
    void loadHistory();
    void showDiff();
    void editTemplate();
    void restoreVersion();
    void copyPrompt();
    void showError(const QString& text);

    std::shared_ptr<Database> m_database;
    TemplateListModel* m_model = nullptr;
    QSortFilterProxyModel* m_intentProxy = nullptr;
    QSortFilterProxyModel* m_searchProxy = nullptr;
    std::optional<PromptTemplate> m_current;
    QList<PromptTemplate> m_versions; // of the current template, oldest first

    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_intentFilter = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_noVariables = nullptr;
    TemplateForm* m_form = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_edit = nullptr;
    QListWidget* m_versionList = nullptr;
    QLabel* m_diffCaption = nullptr;
    QTextBrowser* m_diff = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace athanor
