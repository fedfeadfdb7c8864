#include "TemplateListModel.h"

namespace athanor {

TemplateListModel::TemplateListModel(QObject* parent) : QAbstractTableModel(parent) {}

void TemplateListModel::setTemplates(QList<PromptTemplate> templates)
{
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

int TemplateListModel::rowOfFamily(const QString& familyId) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).familyId == familyId)
            return int(i);
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::display(const PromptTemplate& t, int column) const
{
    switch (column) {
    case NameColumn:
        return t.name;
    case IntentColumn:
        return t.intents.value(0);
    case QualityColumn:
        return QString::number(t.qualityScore, 'f', 2);
    case UsesColumn:
        return t.usageCount;
    case VersionColumn:
        return t.official ? tr("v%1").arg(t.version) : tr("v%1 (edited)").arg(t.version);
    default:
        return {};
    }
}

QVariant TemplateListModel::sortValue(const PromptTemplate& t, int column) const
{
    switch (column) {
    case QualityColumn:
        return t.qualityScore;
    case UsesColumn:
        return t.usageCount;
    case VersionColumn:
        return t.version;
    default:
        return display(t, column);
    }
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromptTemplate& t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == VersionColumn)
            return t.official ? tr("The catalog's version")
                              : tr("Edited by you: catalog upgrades leave it as it is");
        if (index.column() == IntentColumn)
            return t.intents.join(QStringLiteral(", "));
        return t.description;
    case Qt::TextAlignmentRole:
        if (index.column() >= QualityColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return t.id;
    case FamilyIdRole:
        return t.familyId;
    case IntentsRole:
        return t.intents.join(QLatin1Char(' '));
    case SortRole:
        return sortValue(t, index.column());
    case SearchTextRole:
        return QStringList{t.name, t.description, t.tags.join(QLatin1Char(' ')),
                           t.intents.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IntentColumn:
        return tr("Intent");
    case QualityColumn:
        return tr("Quality");
    case UsesColumn:
        return tr("Uses");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "templateId");
    names.insert(FamilyIdRole, "familyId");
    names.insert(IntentsRole, "intents");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace athanor
