#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

/// Lets files dropped on a widget (a text/uri-list from a file manager) be opened like
/// File ▸ Open. Only local files are taken; other links are ignored with a message.
class FileDropTarget : public QObject
{
    Q_OBJECT

public:
    /// Watches `target`'s drag and drop events; the target accepts drops from now on.
    explicit FileDropTarget(QWidget* target);

    /// The local files a drop carries, in the order given.
    static QStringList localFiles(const QMimeData* mime);
    /// A text widget inside the window (an editor) would insert a dropped file's path as text.
    /// It lets drops of local files go on to the window instead, which opens them; text and web
    /// links dragged in stay its to insert.
    static void passLinksToWindow(QWidget* textWidget);

Q_SIGNALS:
    void filesDropped(const QStringList& filePaths);
    /// A sentence for the status bar: what was left out.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
