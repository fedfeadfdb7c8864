#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace athanor {

class Database;
class TechniqueDetailView;
class TechniqueFilterProxy;
class TechniqueTreeModel;
class TemplatesView;

// The Techniques pane: the catalog as a category tree with search and a complexity filter, the
// chosen technique's details, and a favourite toggle.
class TechniquesPane : public QWidget
{
    Q_OBJECT
public:
    explicit TechniquesPane(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~TechniquesPane() override;

    // Reads the catalog and favourites again (after an install or an edit elsewhere).
    void reload();
    void selectTechnique(const QString& code);
    QString currentTechniqueCode() const;

    // Opens the technique editor on `technique` and saves what the user confirms.
    void editTechnique(const Technique& technique, bool isNew);
    // Whether a Composer listens to useTemplate(); enables the Templates tab's "Use in Composer".
    void setComposerAvailable(bool available);

signals:
    // The Templates tab's "Use in Composer": the chosen template with the values filled in so far.
    void useTemplate(const PromptTemplate& t, const QMap<QString, QString>& values);
    void favouritesChanged(const QSet<QString>& favourites);

private:
    void showCurrent();
    void newTechnique();
    void toggleActive();
    void useCurrentInComposer();
    void showError(const QString& message);
    void toggleFavourite(bool on);
    void applyComplexityFilter(int index);

    std::shared_ptr<Database> m_database;
    Catalog m_catalog;
    TechniqueTreeModel* m_model = nullptr;
    TechniqueFilterProxy* m_proxy = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_complexity = nullptr;
    QTreeView* m_tree = nullptr;
    QSplitter* m_splitter = nullptr;
    TechniqueDetailView* m_detail = nullptr;
    QToolButton* m_favourite = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_useInComposer = nullptr;
    bool m_composerAvailable = false;
    QLabel* m_error = nullptr;
    TemplatesView* m_templates = nullptr;
};

} // namespace athanor
