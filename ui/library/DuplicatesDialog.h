#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace athanor {

class Database;
class DuplicateGroupModel;
class EmbeddingRepository;

// Finds groups of near-identical prompts (off the GUI thread, with progress and Cancel) and lets
// the user open them or delete all but the oldest of each group; deletes go through the pane,
// so they are undoable.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(std::shared_ptr<Database> database, std::shared_ptr<EmbeddingRepository> embeddings,
                     QWidget* parent = nullptr);
    ~DuplicatesDialog() override;

    DuplicateGroupModel* model() const { return m_model; }
    bool isSearching() const { return m_searching; }

public slots:
    void find();
    void cancel();
    // Prompts deleted elsewhere leave the groups.
    void removeIds(const QStringList& ids);

signals:
    void deleteRequested(const QStringList& ids);
    void openPromptRequested(const QString& id);
    void searchFinished();

private:
    void setSearching(bool searching);
    QStringList selectedMembers() const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<EmbeddingRepository> m_embeddings;
    DuplicateGroupModel* m_model = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_deleteSelected = nullptr;
    QPushButton* m_deleteAllButOldest = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_searching = false;
};

} // namespace athanor
