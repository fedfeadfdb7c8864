#pragma once

#include "core/phases/GenerationTypes.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTreeView;

namespace athanor {

class RatingPanel;

class Database;
class PhaseRunner;
class ProviderClient;
class VariantTreeModel;

// The Playground's three-phase run: options, the chain of phases with each variant's scores,
// and the selected variant's text. Every variant is stored in the library with its lineage.
class RefineView : public QWidget
{
    Q_OBJECT
public:
    RefineView(std::shared_ptr<Database> database, std::function<QString()> input, QWidget* parent = nullptr);
    ~RefineView() override;

    void start();
    void stop();
    bool isRunning() const;
    VariantTreeModel* model() const { return m_model; }

signals:
    void promptsChanged();
    void openInLibrary(const QString& promptId);
    void useAsInput(const QString& text);

private:
    GenerateOptions options() const;
    void onFinished();
    void showSelected();
    void setRunning(bool running);

    std::shared_ptr<Database> m_database;
    RatingPanel* m_rating = nullptr; // rates the selected variant
    std::function<QString()> m_input;
    QComboBox* m_provider;
    QLineEdit* m_modelName;
    QList<QCheckBox*> m_phases;
    QSpinBox* m_variants;
    QComboBox* m_persona;
    QLineEdit* m_targetModel;
    QCheckBox* m_judge;
    QPushButton* m_run;
    QPushButton* m_stop;
    QLabel* m_status;
    QTreeView* m_tree;
    QTextBrowser* m_content;
    QPushButton* m_useAsInput;
    QPushButton* m_open;
    VariantTreeModel* m_model;
    ProviderClient* m_client = nullptr;
    PhaseRunner* m_runner = nullptr;
};

} // namespace athanor
