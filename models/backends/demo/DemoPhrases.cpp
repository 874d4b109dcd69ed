// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPhrases.h"

#include "DemoMedia.h"

namespace AgentDesk {

namespace {

bool isChinese(const Customer &c)
{
    return c.language.startsWith(QLatin1String("zh"));
}

template<size_t N>
QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

QString fill(QString text, const Customer &c, const Product &p)
{
    const QString first = c.name.section(QLatin1Char(' '), 0, 0);
    return text.replace(QLatin1String("{product}"), p.model)
        .replace(QLatin1String("{serial}"), p.serialNumber)
        .replace(QLatin1String("{site}"), c.siteId)
        .replace(QLatin1String("{name}"), first);
}

// Lines by product family ('*': any product), so a customer never prints from a router, nor a
// router reports a failing disk.
struct FamilyLine
{
    const char *family;
    const char *text;
};
const FamilyLine openingsEn[] = {
    {"*", "Hi, my {product} shows a red status light since this morning."},
    {"*", "Hello, the {product} at our site {site} keeps rebooting every 20 minutes. Serial is {serial}."},
    {"*", "Our {product} is beeping loudly and the display says E-042. What does that mean?"},
    {"*",
     "Good morning. After last night's firmware update the {product} no longer shows up on the network."},
    {"*", "We had a power cut and now the {product} won't turn on at all. Serial {serial}."},
    {"*", "Hi, is the {product} still under warranty? The fan is very loud since last week."},
    {"*", "Hello, I cannot log in to the admin page of my {product}, it says the certificate is invalid."},
    {"*", "I need to move the {product} to another building, how do I shut it down safely?"},
    {"storage", "Hi, my {product} shows a red light and nobody can reach the shared drive."},
    {"storage",
     "Hi there, one of the disks in the {product} is making a clicking noise. Should I be worried?"},
    {"storage", "The {product} is very slow today, copying a 1 GB file takes more than ten minutes."},
    {"storage",
     "The {product} reports 'RAID degraded' after a disk replacement. How long does the rebuild take?"},
    {"network", "My {product} lost its configuration after a reboot, all VLANs are gone."},
    {"network", "Wi-Fi from the {product} drops every evening around 7 pm, the whole office is offline."},
    {"power",
     "Hello, the battery warning on the {product} has been on for two days. Do I need a new battery?"},
    {"power", "The {product} switched to battery during a short outage and never switched back."},
    {"kiosk", "The touch screen of the {product} in our lobby stopped responding to customers."},
    {"kiosk", "The card reader of the {product} rejects every card since this morning."},
    {"printer", "Printing from the {product} comes out with grey stripes on every page."},
    {"printer", "The {product} says paper jam but there is no paper stuck anywhere."},
    {"camera", "The camera feed from the {product} freezes every few minutes during the night."},
};
const FamilyLine openingsZh[] = {
    {"*", "您好，我们站点{site}的{product}每隔二十分钟就自动重启一次，序列号是{serial}。"},
    {"*", "{product}一直在报警，屏幕上显示 E-042，这是什么意思？"},
    {"*", "昨晚固件升级之后，{product}在网络里找不到了。"},
    {"*", "停电之后{product}完全开不了机了，序列号{serial}。"},
    {"*", "请问{product}还在保修期内吗？风扇声音很大。"},
    {"storage", "你好，我的{product}从今天早上开始亮红灯，大家都访问不了共享盘。"},
    {"storage", "{product}里有一块硬盘发出咔哒咔哒的声音，需要担心吗？"},
    {"storage", "今天{product}特别慢，拷贝一个1GB的文件要十多分钟。"},
    {"network", "{product}重启以后配置全部丢失了，怎么恢复？"},
    {"power", "{product}的电池告警已经亮了两天了，需要换电池吗？"},
    {"kiosk", "大厅里的{product}触摸屏没有反应了，客户没法用。"},
    {"printer", "{product}打印出来每一页都有灰色条纹。"},
    {"camera", "{product}的监控画面晚上每隔几分钟就卡住。"},
};

} // namespace

QString DemoPhrases::family(const Product &p)
{
    const QString m = p.model;
    if (m.contains(QLatin1String("NAS")) || m.contains(QLatin1String("Server")))
        return QStringLiteral("storage");
    if (m.contains(QLatin1String("Router")))
        return QStringLiteral("network");
    if (m.contains(QLatin1String("UPS")))
        return QStringLiteral("power");
    if (m.contains(QLatin1String("Kiosk")))
        return QStringLiteral("kiosk");
    if (m.contains(QLatin1String("Printer")))
        return QStringLiteral("printer");
    if (m.contains(QLatin1String("Camera")))
        return QStringLiteral("camera");
    return QStringLiteral("*");
}

namespace {

template<size_t N>
QString pickFitting(QRandomGenerator &rng, const FamilyLine (&list)[N], const Product &p)
{
    const QString f = DemoPhrases::family(p);
    QList<const char *> fitting;
    for (const FamilyLine &o : list)
        if (qstrcmp(o.family, "*") == 0 || f == QLatin1String(o.family))
            fitting.append(o.text);
    return QString::fromUtf8(fitting[rng.bounded(int(fitting.size()))]);
}

const char *const followUpsEn[] = {
    "I also noticed the second LED is blinking amber.",
    "We already tried unplugging it for a minute, no change.",
    "This is affecting the whole office, about 40 people.",
    "The event log shows a warning just before it happened.",
    "I can send you a photo of the front panel if that helps.",
    "It started right after we replaced the network switch.",
};
const char *const followUpsZh[] = {
    "另外第二个指示灯在闪黄灯。",     "我们已经拔掉电源试过了，没有用。",   "整个办公室四十多个人都受影响。",
    "日志里在出问题之前有一条警告。", "需要的话我可以拍一张前面板的照片。",
};
const char *const impatientEn[] = {
    "Hello? Is anyone there?",
    "Any update please? This is urgent.",
    "I have been waiting for 15 minutes now.",
    "Could someone please answer, our business is down.",
};
const char *const impatientZh[] = {"你好？有人在吗？", "请问有进展吗？很着急。", "已经等了十五分钟了。",
                                   "麻烦尽快回复，我们业务停了。"};
const char *const agentRepliesEn[] = {
    "Thanks {name}, I'm looking into this now. Could you confirm the serial number on the back label?",
    "Sorry for the trouble. Please restart the unit once while holding the reset button for 5 seconds.",
    "I can see the unit on our side. I'm checking the logs, one moment please.",
};
const char *const agentRepliesZh[] = {
    "谢谢，我正在查看。请确认一下机身背面的序列号。",
    "抱歉给您带来不便。请按住复位键五秒钟重启一次设备。",
    "我这边能看到设备，正在检查日志，请稍等。",
};
// What each kind of product reports about itself.
const FamilyLine alertLines[] = {
    {"storage", "Disk 3 SMART pre-failure warning"},
    {"storage", "RAID array degraded"},
    {"storage", "Volume 1 is 95% full"},
    {"network", "WAN link down for 5 minutes"},
    {"network", "Firmware update available (security)"},
    {"network", "CPU load above 90% for 10 minutes"},
    {"power", "Battery capacity below 40%"},
    {"power", "Self-test failed: replace the battery"},
    {"power", "Running on battery for 12 minutes"},
    {"kiosk", "Touch screen not responding"},
    {"kiosk", "Card reader offline"},
    {"printer", "Toner below 10%"},
    {"printer", "Paper jam in tray 2"},
    {"camera", "Video signal lost"},
    {"camera", "SD card write errors"},
    {"*", "Temperature above threshold"},
    {"*", "Fan speed irregular"},
};

} // namespace

QString DemoPhrases::opening(QRandomGenerator &rng, const Customer &c, const Product &p)
{
    return fill(isChinese(c) ? pickFitting(rng, openingsZh, p) : pickFitting(rng, openingsEn, p), c, p);
}

QString DemoPhrases::followUp(QRandomGenerator &rng, const Customer &c, const Product &p)
{
    return fill(isChinese(c) ? pick(rng, followUpsZh) : pick(rng, followUpsEn), c, p);
}

QString DemoPhrases::impatient(QRandomGenerator &rng, const Customer &c)
{
    return isChinese(c) ? pick(rng, impatientZh) : pick(rng, impatientEn);
}

QString DemoPhrases::agentReply(QRandomGenerator &rng, const Customer &c, const Product &p)
{
    return fill(isChinese(c) ? pick(rng, agentRepliesZh) : pick(rng, agentRepliesEn), c, p);
}

QString DemoPhrases::answer(QRandomGenerator &rng, const Customer &c, const Product &p,
                            const QString &agentText)
{
    const QString t = agentText.toLower();
    const bool zh = isChinese(c);
    const auto has = [&](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (t.contains(QString::fromUtf8(w)))
                return true;
        return false;
    };
    if (has({"serial", "序列号", "label"}))
        return fill(zh ? QStringLiteral("序列号是 {serial}，站点编号 {site}。")
                       : QStringLiteral("Sure, the serial is {serial} and our site ID is {site}."),
                    c, p);
    if (has({"restart", "reboot", "reset", "重启", "复位"}))
        return zh ? QStringLiteral("重启了，现在指示灯变绿了，我再观察一下。")
                  : QStringLiteral("Done, it restarted and the light is green now. I'll keep an eye on it.");
    if (has({"photo", "picture", "照片", "图片"})) {
        if (DemoMedia::fitting(DemoMedia::Kind::Picture, p).isEmpty()) // nothing to show of it
            return zh ? QStringLiteral("设备在机房里，我现在拍不了照。指示灯是红色的。")
                      : QStringLiteral(
                            "The unit is in a locked room, I can't take a photo now. Its light is red.");
        return zh ? QStringLiteral("好的，我这就拍照发给您。")
                  : QStringLiteral("OK, taking a photo of the front panel now.");
    }
    if (has({"resolved", "fixed", "anything else", "解决", "还有其他"}))
        return zh ? QStringLiteral("没有了，谢谢您的帮助！")
                  : QStringLiteral("No, that's all. Thanks a lot for your help!");
    if (rng.bounded(3) == 0)
        return followUp(rng, c, p);
    return zh ? QStringLiteral("好的，谢谢。请问接下来我需要做什么？")
              : QStringLiteral("OK, thank you. What should I do next?");
}

QString DemoPhrases::subject(const Customer &c, const Product &p)
{
    return isChinese(c) ? p.model + QStringLiteral(" 故障") : p.model + QStringLiteral(" issue");
}

QString DemoPhrases::alertTitle(QRandomGenerator &rng, const Product &p)
{
    return p.model + QStringLiteral(": ") + pickFitting(rng, alertLines, p);
}

} // namespace AgentDesk
