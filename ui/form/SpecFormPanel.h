#pragma once

#include "FormFields.h"
#include "RemoteError.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class PropertyListEditor;
class QPushButton;
class SchemaTreeEditor;
class SpecEditor;

/// The Form panel: the current spec's fields as controls (a check box for a boolean, a
/// read-only box for what the server sets) beside its text. Each control shows what the text
/// holds, and a change is one splice of the text and one undo step (FormFields).
class SpecFormPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpecFormPanel(QWidget* parent = nullptr);
    ~SpecFormPanel() override;

    void setEditor(SpecEditor* editor);
    /// The control of the field at `path`, or nullptr (tests).
    QWidget* control(const QString& path) const { return m_controls.value(path); }
    QString note() const;
    /// A DataFramer spec's list of properties; nullptr for other kinds.
    PropertyListEditor* properties() const { return m_properties; }
    /// An Adobe flow spec's tree of nested JSON Schemas; nullptr for other kinds.
    SchemaTreeEditor* schemas() const { return m_schemas; }
    /// What the field's check says about what is typed in it now; empty when it is fine.
    QString fieldProblem(const QString& path) const;
    /// What the server said about fields of this spec when it refused it (a 422): shown under
    /// each field, until the user changes that field or the server takes the spec. Fields the
    /// form has no control for are named in the note at the top.
    void setRejectedFields(const QList<FieldError>& fields);
    /// The server's words shown under the field at `path`; empty when none (tests).
    QString rejection(const QString& path) const;

Q_SIGNALS:
    /// The Restore button of an archived Scale GP spec.
    void restoreRequested(qint64 specId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Makes the controls of the spec's kind, when it changed.
    void build(std::optional<SpecKind> kind);
    /// Shows what the text holds now in every control the user is not typing into.
    void refresh();
    void commit(const FormField& field, const QString& value);
    /// Shows m_rejected under the fields, and in the note the ones without a field.
    void showRejected();
    /// Draws the problem and refusal texts in the palette's error colour.
    void colourProblems();

    QPointer<SpecEditor> m_editor;
    QList<QMetaObject::Connection> m_editorConnections;
    std::optional<SpecKind> m_builtFor;
    QList<FormField> m_fields;
    QHash<QString, QWidget*> m_controls;
    /// Under each list of IDs: what is wrong with what is typed there.
    QHash<QString, QLabel*> m_problems;
    /// Under each field: what the server said about it.
    QHash<QString, QLabel*> m_rejectionLabels;
    QList<FieldError> m_rejected;
    QString m_noteText;
    QPushButton* m_restoreButton = nullptr;
    PropertyListEditor* m_properties = nullptr;
    SchemaTreeEditor* m_schemas = nullptr;
    QLabel* m_note;
    QWidget* m_form;
    QFormLayout* m_layout;
    bool m_refreshing = false;
};
