// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentTile.h"
#include "ConversationPanel.h"
#include "DemoBackend.h"
#include "ImageView.h"
#include "InlinePlayer.h"
#include "InlineVideo.h"
#include "MainWindowRig.h"
#include "media/ThumbnailLoader.h"
#include "MediaViewer.h"
#include "MessageDelegate.h"
#include "MessageText.h"
#include "TextViewer.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;
using MainWindowRig::Rig;

// The conversation panel in the real window: what its messages' files do (the rest of it is
// driven through tst_MainWindow).
class tst_ConversationPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Rig> rig()
    {
        return MainWindowRig::rig(m_dir.filePath(QStringLiteral("p%1.sqlite3").arg(++m_n)));
    }

private Q_SLOTS:
    // A customer's photo: it comes by itself, shows as a thumbnail in the bubble, and a click
    // opens it in the viewer, the right way up; the voice note beside it is next.
    void aCustomersPictureShowsAndOpens()
    {
        auto r = rig();
        DemoOptions o;
        o.tickMs = 0;
        o.backlog = 0;
        r->registry.add(new DemoBackend(o));
        Message m =
            inbound(QStringLiteral("m1"), QStringLiteral("k1"), QStringLiteral("The front panel"), t0());
        for (const DemoMedia::Sample &s : DemoMedia::samples())
            if (s.resource == QLatin1String("nas-red-light.jpg") ||
                s.resource == QLatin1String("voice-note.ogg") ||
                s.resource == QLatin1String("disk-clicking.mp4"))
                m.attachments << DemoMedia::attachment(s);
        r->store.applyBatch({QStringLiteral("demo"),
                             {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                              conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0()), m},
                             {}});
        r->inbox.reload();
        r->window->resize(1300, 800);
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        ConversationPanel *panel = r->window->conversationPanel();
        QTRY_VERIFY(panel->conversationId() != 0);
        QListView *view = panel->findChild<QListView *>(QStringLiteral("messageView"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex index = view->model()->index(0, 0);
        const auto attachments = index.data(MessageModel::MessageRole).value<Message>().attachments;
        QCOMPARE(attachments.size(), 3);
        QTRY_COMPARE(r->media->status(attachments[0]).state, MediaController::State::Ready);
        QTRY_VERIFY(r->media->thumbnails()->memoryUsed() > 0); // painted, so asked for, and decoded
        QTRY_VERIFY_WITH_TIMEOUT(!r->media->status(attachments[2]).poster.isEmpty(), 10000); // the video's
        if (qEnvironmentVariableIsSet("AGENTDESK_SHOT"))
            r->window->grab().save(qEnvironmentVariable("AGENTDESK_SHOT"));

        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        const QRect tile = panel->messageDelegate()->layout(option, index).attachments.value(0);
        QVERIFY(!tile.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, tile.center());
        QTRY_VERIFY(panel->mediaViewer() && panel->mediaViewer()->isVisible());
        MediaViewer *viewer = panel->mediaViewer();
        QTRY_COMPARE(r->media->status(attachments[1]).state, MediaController::State::Ready);
        QCOMPARE(viewer->current(), 0);
        QTRY_VERIFY(!viewer->imageView()->image().isNull());
        QVERIFY(viewer->imageView()->image().width() > viewer->imageView()->image().height());
        viewer->close();

        // The voice note plays in its bubble: a click plays, another pauses, the bar seeks.
        const QRect voice = panel->messageDelegate()->layout(option, index).attachments.value(1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, voice.center());
        InlinePlayer *player = panel->inlinePlayer();
        QCOMPARE(player->current(), attachments[1].id);
        QTRY_VERIFY(player->isPlaying(attachments[1].id));
        QTRY_VERIFY(player->duration() > 5000);
        const QRect bar = AttachmentTile::barRect(voice, option);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(bar.left() + bar.width() / 2, bar.center().y()));
        QTRY_VERIFY(player->position() >= player->duration() / 2 - 500);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, voice.center());
        QTRY_VERIFY(!player->isPlaying(attachments[1].id));
        // The bubble shows it: paused, where it stopped (the bar filled past a quarter, not to the end).
        const QColor filled = view->palette().color(QPalette::Highlight);
        const auto barPixel = [&](double at) {
            QStyleOptionViewItem now = option;
            now.rect = view->visualRect(index); // where the row is painted now
            const QRect shown = AttachmentTile::barRect(
                panel->messageDelegate()->layout(now, index).attachments.value(1), now);
            const QImage image = view->viewport()->grab().toImage();
            return image.pixelColor(QPoint(shown.left() + int(shown.width() * at), shown.top() + 1) *
                                    image.devicePixelRatio());
        };
        QTRY_COMPARE(barPixel(0.25), filled);
        QVERIFY(barPixel(0.95) != filled);

        // The video plays over its frame, pauses with a click, and opens large with a double click.
        const QRect videoFrame = panel->messageDelegate()->layout(option, index).attachments.value(2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, videoFrame.center());
        InlineVideo *video = panel->inlineVideo();
        QCOMPARE(video->current(), attachments[2].id);
        QTRY_VERIFY(video->isVisible());
        QVERIFY(videoFrame.contains(video->geometry().center()));
        QTRY_VERIFY(video->isPlaying());
        QTest::mouseClick(video, Qt::LeftButton);
        QTRY_VERIFY(!video->isPlaying());
        QTest::mouseDClick(video, Qt::LeftButton);
        QCOMPARE(video->current(), 0);
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->current(), 2); // the photo, the voice note, the video
        viewer->close();

        // Another conversation: nothing goes on playing.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, videoFrame.center());
        QTRY_VERIFY(video->isPlaying());
        panel->showConversation(0);
        QCOMPARE(player->current(), 0);
        QCOMPARE(video->current(), 0);
        QVERIFY(!video->isVisible());
    }

    // A customer's name and a subject from a hostile server, in the header and the customer panel:
    // shown as written, as text, never as markup that loads an image of /dev/zero or of a file.
    void hostileNamesAndSubjectsShowAsText()
    {
        auto r = rig();
        const QString name = QStringLiteral("<img src=\"/dev/zero\">Mallory");
        const QString subject = QStringLiteral("<img src=\"file:///etc/passwd\"> <b>urgent</b>");
        Conversation c = conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0());
        c.subject = subject;
        r->store.applyBatch({QStringLiteral("demo"), {customer(QStringLiteral("c1"), name), c}, {}});
        r->inbox.reload();
        r->window->resize(1300, 800);
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        QTRY_VERIFY(r->window->conversationPanel()->conversationId() != 0);
        const auto *title = r->window->findChild<QLabel *>(QStringLiteral("conversationTitle"));
        const auto *details = r->window->findChild<QLabel *>(QStringLiteral("conversationDetails"));
        QVERIFY(title && details);
        QTRY_VERIFY(title->text().contains(QLatin1String("Mallory")));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QVERIFY(title->text().contains(name) || details->text().contains(subject));
        // Every label of the window that shows them is plain text.
        for (const QLabel *l : r->window->findChildren<QLabel *>())
            if (l->text().contains(QLatin1String("<img")))
                QVERIFY2(l->textFormat() == Qt::PlainText,
                         qPrintable(l->objectName() + QLatin1Char(' ') + l->text()));
    }

    // A megabyte on one line, and what follows it: the bubble is short, the rows after it do not
    // overlap it, and "Show all" opens the whole text in a window of its own.
    // A long conversation opens at its newest page and stays that way, however long it sits at the
    // bottom; older pages come only when the agent scrolls up to them, one at a time, and the
    // message under their eyes stays where it was.
    void olderHistoryLoadsOnlyWhenScrolledTo()
    {
        auto r = rig();
        r->messages.setPageSize(50);
        EventBatch batch{QStringLiteral("demo"),
                         {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                          conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0())},
                         {}};
        for (int i = 0; i < 400; ++i)
            batch.events.append(inbound(QStringLiteral("m%1").arg(i), QStringLiteral("k1"),
                                        QStringLiteral("message %1").arg(i), t0().addSecs(i)));
        r->store.applyBatch(batch);
        r->inbox.reload();
        r->window->resize(1300, 800);
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        ConversationPanel *panel = r->window->conversationPanel();
        QTRY_VERIFY(panel->conversationId() != 0);
        QListView *view = panel->findChild<QListView *>(QStringLiteral("messageView"));
        QTRY_COMPARE(view->model()->rowCount(), 50);
        QTest::qWait(1000); // idle at the bottom, as a chat view sits
        QCOMPARE(view->model()->rowCount(), 50);
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

        const QModelIndex top = view->model()->index(0, 0);
        const QString topText = top.data(MessageModel::TextRole).toString();
        view->verticalScrollBar()->setValue(0);
        QTRY_COMPARE(view->model()->rowCount(), 100);
        QTest::qWait(300);
        QCOMPARE(view->model()->rowCount(), 100); // one page, not the rest
        // The message that was at the top is still in sight.
        const QModelIndex same = view->model()->index(50, 0);
        QCOMPARE(same.data(MessageModel::TextRole).toString(), topText);
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(same)));
    }

    void aVeryLongMessageShowsShortAndOpensWhole()
    {
        QTranslator translation; // AGENTDESK_SHOT_QM: a catalogue to look at the screens in
        if (qEnvironmentVariableIsSet("AGENTDESK_SHOT_QM") &&
            translation.load(qEnvironmentVariable("AGENTDESK_SHOT_QM")))
            QCoreApplication::installTranslator(&translation);
        auto r = rig();
        const QString huge = QStringLiteral("log:") + QString(1 << 20, QLatin1Char('x'));
        r->store.applyBatch({QStringLiteral("demo"),
                             {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                              conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0()),
                              inbound(QStringLiteral("m1"), QStringLiteral("k1"), huge, t0()),
                              inbound(QStringLiteral("m2"), QStringLiteral("k1"), QStringLiteral("after it"),
                                      t0().addSecs(5))},
                             {}});
        r->inbox.reload();
        r->window->resize(1300, 800);
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        ConversationPanel *panel = r->window->conversationPanel();
        QTRY_VERIFY(panel->conversationId() != 0);
        QListView *view = panel->findChild<QListView *>(QStringLiteral("messageView"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        const QModelIndex first = view->model()->index(0, 0);
        const QModelIndex second = view->model()->index(1, 0);
        QVERIFY(view->visualRect(first).height() < 4000);
        QTRY_VERIFY2(view->visualRect(second).top() > view->visualRect(first).bottom(),
                     qPrintable(QStringLiteral("%1 %2")
                                    .arg(view->visualRect(first).bottom())
                                    .arg(view->visualRect(second).top())));
        view->scrollTo(first, QAbstractItemView::PositionAtTop);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(first);
        const MessageDelegate::Layout l = panel->messageDelegate()->layout(option, first);
        QVERIFY(l.body->shortened());
        const QFontMetrics fm(option.font);
        const QPoint showAll = l.text.topLeft() + QPoint(5, l.body->size().height() - fm.height() / 2);
        QCOMPARE(l.body->linkAt(showAll - l.text.topLeft()), MessageText::showAllUrl());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, showAll);
        TextViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = panel->findChild<TextViewer *>(QStringLiteral("messageTextViewer"))));
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->text(), huge);
        if (qEnvironmentVariableIsSet("AGENTDESK_SHOT")) {
            view->scrollToBottom();
            QTest::qWait(50);
            r->window->grab().save(qEnvironmentVariable("AGENTDESK_SHOT") + QStringLiteral("-window.png"));
            viewer->grab().save(qEnvironmentVariable("AGENTDESK_SHOT") + QStringLiteral("-viewer.png"));
        }
        viewer->close();
    }
};

QTEST_MAIN(tst_ConversationPanel)
#include "tst_ConversationPanel.moc"
