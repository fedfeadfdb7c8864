#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QMap>
#include <QWidget>

class QFormLayout;

namespace athanor {

// A form generated from a template's typed variables: one editor per variable (objectName
// "var_<name>"), required ones marked with '*'. Its values feed TemplateRenderer::render.
class TemplateForm : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateForm(QWidget* parent = nullptr);

    // Replaces the editors; each starts at the variable's default, or unset.
    void setVariables(const QList<TemplateVariable>& variables);
    const QList<TemplateVariable>& variables() const { return m_variables; }

    // The values to render with. An optional variable left empty is absent, so that its default
    // applies; a required one left empty is present and empty, so that the renderer names it.
    QMap<QString, QString> values() const;
    // Fills the editors of the variables named in `values` (e.g. what was typed before a reload).
    void setValues(const QMap<QString, QString>& values);

signals:
    void changed();

private:
    QWidget* createEditor(const TemplateVariable& variable);
    // The value of the editor at `index` as text, or a null QString when it is unset.
    QString valueOf(qsizetype index) const;

    QFormLayout* m_layout = nullptr;
    QList<TemplateVariable> m_variables;
    QList<QWidget*> m_editors; // parallel to m_variables
};

} // namespace athanor
