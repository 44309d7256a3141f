#pragma once

#include "FormFields.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class SpecEditor;

/// The Form panel: the current spec's fields as controls (a check box for a boolean, a
/// read-only box for what the server sets) beside its text. Each control shows what the text
/// holds, and a change is one splice of the text and one undo step (FormFields).
class SpecFormPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpecFormPanel(QWidget* parent = nullptr);

    void setEditor(SpecEditor* editor);
    /// The control of the field at `path`, or nullptr (tests).
    QWidget* control(const QString& path) const { return m_controls.value(path); }
    QString note() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Makes the controls of the spec's kind, when it changed.
    void build(std::optional<SpecKind> kind);
    /// Shows what the text holds now in every control the user is not typing into.
    void refresh();
    void commit(const FormField& field, const QString& value);
    QString shownValue(const FormField& field) const;

    QPointer<SpecEditor> m_editor;
    QList<QMetaObject::Connection> m_editorConnections;
    std::optional<SpecKind> m_builtFor;
    QList<FormField> m_fields;
    QHash<QString, QWidget*> m_controls;
    QLabel* m_note;
    QWidget* m_form;
    QFormLayout* m_layout;
    bool m_refreshing = false;
};
