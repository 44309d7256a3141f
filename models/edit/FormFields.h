#pragma once

#include "SpecKind.h"
#include "SpecTree.h"
#include "TextSplice.h"

#include <QList>
#include <QString>

#include <optional>

/// One field of a spec's form view: where it lives in the text and how it is edited.
struct FormField
{
    enum class Type {
        Text, ///< one line
        MultiLine,
        Boolean, ///< a check box; true or false in the text
        ReadOnly, ///< set by the server; shown, never written
        IdList, ///< a JSON array of UUID strings, edited one per line
    };
    QString path; ///< as SpecTree::path() writes it
    QString label;
    Type type = Type::Text;
    QString help; ///< what the field is for, for tooltips and assistive tools
};

/// The form view's fields of each spec kind, and the edits that set them. The text stays the
/// one source of truth: a field shows what the text holds, and setting one is a single splice
/// made by SpecEdits, so comments, order and quoting around it survive.
namespace FormFields {

QList<FormField> forKind(SpecKind kind);

/// What the field shows: the scalar's value; std::nullopt when the text lacks the field or
/// holds something else there (a list, a mapping), which the form cannot show.
std::optional<QString> valueOf(const SpecTree& tree, const QString& path);

/// What an IdList field shows: its items one per line; std::nullopt when the text lacks it or
/// holds something else than a list of strings there.
std::optional<QString> linesOf(const SpecTree& tree, const QString& path);

/// What `field`'s control shows: linesOf() for a list of IDs, valueOf() otherwise.
std::optional<QString> shownIn(const SpecTree& tree, const FormField& field);

/// Why the lines of an IdList field cannot be written ("Line 2: …"), or empty when each
/// non-empty line is a UUID.
QString whyNotIds(const QString& lines);

/// The splice that gives the field `value`: the scalar replaced where it is, or the entry added
/// at the end of its mapping when the text lacks it. A text field is written as a string
/// (quoted when it would read otherwise), a boolean as true or false.
std::optional<TextSplice> set(const QByteArray& text,
                              const SpecTree& tree,
                              SpecFormat format,
                              const FormField& field,
                              const QString& value,
                              QString* error);

} // namespace FormFields
