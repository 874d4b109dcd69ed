<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentDesk</name>
    <message>
        <source>%1 without an id</source>
        <translation>%1 没有 ID</translation>
    </message>
    <message>
        <source>%1 id is too long</source>
        <translation>%1 的 ID 过长</translation>
    </message>
    <message>
        <source>%1 has a field longer than %2 characters</source>
        <translation>%1 有字段超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1 has an unknown %2 value %3</source>
        <translation>%1 的 %2 值 %3 无法识别</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 没有名称</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>%1 has no creation time</source>
        <translation>%1 没有创建时间</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>message without an id</source>
        <translation>没有 ID 的消息</translation>
    </message>
    <message>
        <source>%1 has an attachment without a name or with a negative size</source>
        <translation>%1 的某个附件没有名称或大小为负数</translation>
    </message>
    <message>
        <source>conversation of %1</source>
        <translation>%1 的会话</translation>
    </message>
    <message>
        <source>%1 has no time</source>
        <translation>%1 没有时间</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>delivery state without a message id</source>
        <translation>没有消息 ID 的送达状态</translation>
    </message>
    <message>
        <source>delivery state</source>
        <translation>送达状态</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>告警 %1</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1 没有标题</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 过长</translation>
    </message>
    <message>
        <source>service request %1</source>
        <translation>服务请求 %1</translation>
    </message>
    <message>
        <source>service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>%1 has no subject</source>
        <translation>%1 没有主题</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>正在输入</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>一张图片</translation>
    </message>
    <message>
        <source>a sound recording</source>
        <translation>一段录音</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>一段视频</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>一份文档</translation>
    </message>
    <message>
        <source>The file is damaged or not a format AgentDesk can play.</source>
        <translation>文件已损坏，或者不是 AgentDesk 能播放的格式。</translation>
    </message>
    <message>
        <source>The file is damaged: its streams cannot be read.</source>
        <translation>文件已损坏：无法读取其中的数据流。</translation>
    </message>
    <message>
        <source>The file has no picture to show.</source>
        <translation>文件中没有可显示的画面。</translation>
    </message>
    <message>
        <source>The file has no sound to play.</source>
        <translation>文件中没有可播放的声音。</translation>
    </message>
    <message>
        <source>The file uses a format AgentDesk cannot play (%1).</source>
        <translation>文件使用了 AgentDesk 无法播放的格式（%1）。</translation>
    </message>
    <message>
        <source>The file is damaged: its picture has no size.</source>
        <translation>文件已损坏：画面没有尺寸。</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>the delivery state of message %1</source>
        <translation>消息 %1 的投递状态</translation>
    </message>
    <message>
        <source>the presence of %1</source>
        <translation>%1 的在线状态</translation>
    </message>
    <message>
        <source>typing in conversation %1</source>
        <translation>会话 %1 中的输入状态</translation>
    </message>
    <message>
        <source>AgentDesk&apos;s media checker could not be loaded, so the file is not played (%1).</source>
        <translation>无法加载 AgentDesk 的媒体检查组件，因此不播放该文件（%1）。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::AccountsController</name>
    <message>
        <source>No backend of kind &quot;%1&quot; is available for %2.</source>
        <translation>没有可用于 %2 的“%1”类后端。</translation>
    </message>
    <message>
        <source>The %1 backend could not be created.</source>
        <translation>无法创建 %1 后端。</translation>
    </message>
    <message>
        <source>The secret of %1 could not be read: %2</source>
        <translation>无法读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>No backend of kind &quot;%1&quot; is available.</source>
        <translation>没有可用的“%1”类后端。</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>The secret could not be removed: %1</source>
        <translation>无法删除密钥：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::AccountsDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Session (fastest)</source>
        <translation>会话（最快）</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>基本认证</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>认证令牌</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
    <message>
        <source>The system&apos;s trusted authorities</source>
        <translation>系统信任的证书颁发机构</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>密码或令牌：</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>信任的 CA 文件：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>信任的 CA 文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Saved. %1 is connecting.</source>
        <translation>已保存。%1 正在连接。</translation>
    </message>
    <message>
        <source>Stored; type to change</source>
        <translation>已保存；输入以更改</translation>
    </message>
    <message>
        <source>Request Tracker 5 (tickets, KB)</source>
        <translation>Request Tracker 5（工单、知识库）</translation>
    </message>
    <message>
        <source>XMPP chat server</source>
        <translation>XMPP 聊天服务器</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Application</name>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>无法创建配置目录 %1。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>No backend plugin of kind &quot;%1&quot; was found in %2.</source>
        <translation>在 %2 中找不到类型为“%1”的后端插件。</translation>
    </message>
    <message>
        <source>The %1 plugin could not create a backend.</source>
        <translation>%1 插件无法创建后端。</translation>
    </message>
    <message>
        <source>%1 sent something AgentDesk could not use: %2</source>
        <translation>%1 发送了 AgentDesk 无法使用的内容：%2</translation>
    </message>
    <message>
        <source>Could not save to the store: %1</source>
        <translation>无法保存到本地存储：%1</translation>
    </message>
    <message>
        <source>built without QtKeychain</source>
        <translation>构建时未包含 QtKeychain</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>存储已损坏</translation>
    </message>
</context>
<context>
    <name>AgentDesk::AttachmentTile</name>
    <message>
        <source>%1 · click to download</source>
        <translation>%1 · 点击下载</translation>
    </message>
    <message>
        <source>Sending %1% of %2</source>
        <translation>正在发送 %2 中的 %1%</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Downloading %1% of %2 · click to cancel</source>
        <translation>正在下载 %2 中的 %1% · 点击取消</translation>
    </message>
    <message>
        <source>Downloading %1 · click to cancel</source>
        <translation>已下载 %1 · 点击取消</translation>
    </message>
    <message>
        <source>%1 · click to try again</source>
        <translation>%1 · 点击重试</translation>
    </message>
    <message>
        <source>%1 · click to play</source>
        <translation>%1 · 点击播放</translation>
    </message>
    <message>
        <source>%1 · click to view</source>
        <translation>%1 · 点击查看</translation>
    </message>
    <message>
        <source>%1 · click to open</source>
        <translation>%1 · 点击打开</translation>
    </message>
    <message>
        <source>Loading picture…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>%1 / %2 · click to pause</source>
        <translation>%1 / %2 · 点击暂停</translation>
    </message>
    <message>
        <source>%1 / %2 · click to play</source>
        <translation>%1 / %2 · 点击播放</translation>
    </message>
    <message>
        <source>%1 from %2 · click to download</source>
        <translation>%1，来自 %2 · 点击下载</translation>
    </message>
</context>
<context>
    <name>AgentDesk::BackendAccounts</name>
    <message>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <source>The address must be a web address such as https://rt.example.com.</source>
        <translation>地址必须是网址，例如 https://rt.example.com。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the auth token.</source>
        <translation>请输入认证令牌。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The address must be a WebSocket address such as wss://chat.example.com/xmpp-websocket.</source>
        <translation>地址必须是 WebSocket 地址，例如 wss://chat.example.com/xmpp-websocket。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s address (JID), such as agent@chat.example.com.</source>
        <translation>请输入坐席的地址（JID），例如 agent@chat.example.com。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::BackendRegistry</name>
    <message>
        <source>A backend needs an id.</source>
        <translation>后端需要一个 ID。</translation>
    </message>
    <message>
        <source>A backend named &quot;%1&quot; is already registered.</source>
        <translation>名为“%1”的后端已注册。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::CannedResponses</name>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Hello {first_name}, this is {agent}. Thank you for contacting us, I am looking into it now.</source>
        <translation>{first_name}您好，我是{agent}。感谢您联系我们，我正在为您查看。</translation>
    </message>
    <message>
        <source>Ask for the serial number</source>
        <translation>询问序列号</translation>
    </message>
    <message>
        <source>Could you send me the serial number of the unit? It is on the label on the back, starting with SN-.</source>
        <translation>请提供设备的序列号好吗？它在设备背面的标签上，以 SN- 开头。</translation>
    </message>
    <message>
        <source>Restart the unit</source>
        <translation>重启设备</translation>
    </message>
    <message>
        <source>Please hold the reset button for 5 seconds, wait until the light turns green, and tell me what you see.</source>
        <translation>请按住复位键 5 秒，等指示灯变绿后告诉我您看到的情况。</translation>
    </message>
    <message>
        <source>Service request created</source>
        <translation>已创建服务请求</translation>
    </message>
    <message>
        <source>I have opened a service request for &quot;{subject}&quot;; you will get updates on it by e-mail.</source>
        <translation>我已为“{subject}”创建服务请求，后续进展会通过电子邮件通知您。</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Is there anything else I can help you with, {first_name}? Have a good day.</source>
        <translation>{first_name}，还有什么可以帮您的吗？祝您愉快。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::CommandPalette</name>
    <message>
        <source>Type an action or a customer…</source>
        <translation>输入操作或客户…</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ComposerWidget</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Visible to your team only, never sent to the customer</source>
        <translation>仅团队可见，不会发送给客户</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>为团队写一条内部备注…</translation>
    </message>
    <message>
        <source>Reply to the customer… (Ctrl+Enter to send)</source>
        <translation>回复客户…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Insert a ready-made answer, filled in for this customer (Alt+R)</source>
        <translation>插入为该客户填好的现成回复（Alt+R）</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <source>Send pictures, recordings or documents with the reply; you can also drop files here or paste a screenshot</source>
        <translation>随回复发送图片、录音或文档；也可以把文件拖到这里，或粘贴截图</translation>
    </message>
    <message>
        <source>%1 does not take files with replies.</source>
        <translation>%1 不接受随回复发送的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is %2; %3 takes files up to %4.</source>
        <translation>%1 大小为 %2；%3 接受的文件最大为 %4。</translation>
    </message>
    <message>
        <source>Take %1 off the reply</source>
        <translation>从回复中移除 %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved.</source>
        <translation>无法保存粘贴的图片。</translation>
    </message>
    <message>
        <source>Files go with replies to the customer, not with internal notes.</source>
        <translation>文件只能随发给客户的回复发送，不能随内部备注发送。</translation>
    </message>
    <message>
        <source>%1 is a program or script (%2), whatever its name says: it is not sent.</source>
        <translation>%1 是程序或脚本（%2），无论其名称如何：不会发送。</translation>
    </message>
    <message>
        <source>The files are still being checked; send again in a moment.</source>
        <translation>文件仍在检查中；请稍后再发送。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>What you write to the customer, or to your team as an internal note; Ctrl+Enter sends</source>
        <translation>写给客户的回复，或写给团队的内部备注；Ctrl+Enter 发送</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ConversationActions</name>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后处理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Mark as pending (waiting for the customer)</source>
        <translation>标记为待定（等待客户）</translation>
    </message>
    <message>
        <source>Mark as open</source>
        <translation>标记为打开</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>Assign to %1 (%2)</source>
        <translation>分配给 %1（%2）</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Wake up now</source>
        <translation>立即唤醒</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>稍后 1 小时</translation>
    </message>
    <message>
        <source>Snooze for 4 hours</source>
        <translation>稍后 4 小时</translation>
    </message>
    <message>
        <source>Snooze until tomorrow 9:00</source>
        <translation>推迟到明天 9:00</translation>
    </message>
    <message>
        <source>Snooze until Monday 9:00</source>
        <translation>推迟到周一 9:00</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>此处无可执行操作</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Move to team %1</source>
        <translation>转到团队 %1</translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Label (at most %1 characters):</source>
        <translation>标签（最多 %1 个字符）：</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ConversationController</name>
    <message>
        <source>No conversation is selected.</source>
        <translation>未选择会话。</translation>
    </message>
    <message>
        <source>Type a reply before sending.</source>
        <translation>请先输入回复内容。</translation>
    </message>
    <message>
        <source>Type a note before adding it.</source>
        <translation>请先输入备注内容。</translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
        <translation>请选择将来的时间。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ConversationMedia</name>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ConversationPanel</name>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>Pick a conversation in the inbox.</source>
        <translation>请在收件箱中选择一个会话。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>%1 does not take replies; use its own tools to answer.</source>
        <translation>%1 不接受回复；请使用其自身的工具回答。</translation>
    </message>
    <message>
        <source>Create SR…</source>
        <translation>创建服务请求…</translation>
    </message>
    <message>
        <source>Create a service request with this conversation attached</source>
        <translation>创建附带此会话的服务请求</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Priority and snooze</source>
        <translation>优先级和稍后处理</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <source>back %1</source>
        <translation>%1 返回</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Assign to yourself, a teammate or a team</source>
        <translation>分配给自己、同事或团队</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label the conversation</source>
        <translation>为会话添加标签</translation>
    </message>
    <message>
        <source>Pop out</source>
        <translation>弹出</translation>
    </message>
    <message>
        <source>Open this conversation in a window of its own (Ctrl+Shift+O)</source>
        <translation>在单独的窗口中打开此会话（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Getting the conversation&apos;s files for the service request…</source>
        <translation>正在为服务请求获取会话中的文件…</translation>
    </message>
    <message>
        <source>Service request queued with the conversation&apos;s files.</source>
        <translation>服务请求已连同会话中的文件排队等待发送。</translation>
    </message>
    <message>
        <source>Service request queued; these files could not be attached: %1</source>
        <translation>服务请求已排队；以下文件无法附加：%1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <source>not in the view “%1”</source>
        <translation>不在视图“%1”中</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The conversation, oldest first; Ctrl+F finds in it</source>
        <translation>会话内容，最早的在前；Ctrl+F 在其中查找</translation>
    </message>
    <message>
        <source>Service requests of this conversation</source>
        <translation>此会话的服务请求</translation>
    </message>
    <message>
        <source>Open one to see it in its tracker</source>
        <translation>打开一个即可在其工单系统中查看</translation>
    </message>
    <message>
        <source>Open the conversation again (Ctrl+Shift+R)</source>
        <translation>重新打开会话（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Mark the conversation resolved (Ctrl+Shift+R)</source>
        <translation>将会话标记为已解决（Ctrl+Shift+R）</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ConversationWindow</name>
    <message>
        <source>Conversation — AgentDesk</source>
        <translation>会话 — AgentDesk</translation>
    </message>
    <message>
        <source>%1 — AgentDesk</source>
        <translation>%1 — AgentDesk</translation>
    </message>
    <message>
        <source>%1: %2 — AgentDesk</source>
        <translation>%1：%2 — AgentDesk</translation>
    </message>
</context>
<context>
    <name>AgentDesk::CreateServiceRequestDialog</name>
    <message>
        <source>Create service request</source>
        <translation>创建服务请求</translation>
    </message>
    <message>
        <source>The server&apos;s default queue</source>
        <translation>服务器的默认队列</translation>
    </message>
    <message>
        <source>Create in:</source>
        <translation>创建于：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>The conversation&apos;s messages and attachments are attached; internal notes are not.</source>
        <translation>会话的消息和附件将一并附上；内部备注不会附上。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>No ticket system is connected. Add one under Settings, Servers.</source>
        <translation>未连接工单系统。请在“设置 › 服务器”中添加。</translation>
    </message>
    <message>
        <source>Give the service request a subject.</source>
        <translation>请为服务请求填写主题。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::CurlWorker</name>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>无法将下载内容写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 for the upload.</source>
        <translation>无法读取要上传的 %1。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 未及时响应（%2）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If this is your organisation&apos;s own server, add its CA certificate file in the backend&apos;s settings.</source>
        <translation>与 %1 的安全连接失败：%2。如果这是贵单位自己的服务器，请在后端设置中添加其 CA 证书文件。</translation>
    </message>
    <message>
        <source>The server %1 was not found: check the address.</source>
        <translation>找不到服务器 %1：请检查地址。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the download to %1.</source>
        <translation>无法将下载内容移动到 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1 for the upload: %2</source>
        <translation>无法读取要上传的 %1：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::CustomerModel</name>
    <message>
        <source>Type the serial number or site ID the customer gives.</source>
        <translation>请输入客户提供的序列号或站点 ID。</translation>
    </message>
    <message>
        <source>There is no record of this customer to check against.</source>
        <translation>没有此客户的记录可供核对。</translation>
    </message>
    <message>
        <source>Matches the serial number of their %1.</source>
        <translation>与其 %1 的序列号相符。</translation>
    </message>
    <message>
        <source>Matches their site ID.</source>
        <translation>与其站点 ID 相符。</translation>
    </message>
    <message>
        <source>Matches the site of their %1.</source>
        <translation>与其 %1 的站点相符。</translation>
    </message>
    <message>
        <source>No product or site of this customer has &quot;%1&quot;.</source>
        <translation>此客户没有任何产品或站点为“%1”。</translation>
    </message>
    <message>
        <source>warranty until %1</source>
        <translation>保修至 %1</translation>
    </message>
    <message>
        <source>warranty ended %1</source>
        <translation>保修已于 %1 到期</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>安装日期：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::CustomerPanel</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>其他会话</translation>
    </message>
    <message>
        <source>Serial number or site ID they give</source>
        <translation>客户提供的序列号或站点 ID</translation>
    </message>
    <message>
        <source>Press Enter to check it against this customer&apos;s records</source>
        <translation>按 Enter 与此客户的记录核对</translation>
    </message>
    <message>
        <source>Other conversations (%1)</source>
        <translation>其他会话（%1）</translation>
    </message>
    <message>
        <source>No other conversations</source>
        <translation>没有其他会话</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>无客户</translation>
    </message>
    <message>
        <source>no customer record</source>
        <translation>无客户记录</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>verified · site %1</source>
        <translation>已验证 · 站点 %1</translation>
    </message>
    <message>
        <source>not verified: ask for a serial number or site ID</source>
        <translation>未验证：请询问序列号或站点 ID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No registered products</source>
        <translation>没有登记的产品</translation>
    </message>
    <message>
        <source>Serial number or site ID</source>
        <translation>序列号或站点 ID</translation>
    </message>
    <message>
        <source>The customer&apos;s products, with their serial numbers and warranty</source>
        <translation>客户的产品，及其序列号和保修</translation>
    </message>
    <message>
        <source>The customer&apos;s other conversations</source>
        <translation>客户的其他会话</translation>
    </message>
    <message>
        <source>Open one with Enter or a double click</source>
        <translation>按 Enter 或双击打开</translation>
    </message>
</context>
<context>
    <name>AgentDesk::DemoBackend</name>
    <message>
        <source>The demo backend is stopped.</source>
        <translation>演示后端已停止。</translation>
    </message>
    <message>
        <source>The alert %1 is not known to the demo.</source>
        <translation>演示后端不认识告警 %1。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo backend keeps no service requests.</source>
        <translation>演示后端不保存服务请求。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::DemoMedia</name>
    <message>
        <source>The demo has no file %1.</source>
        <translation>演示后端没有文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the download: %1</source>
        <translation>无法写入下载的文件：%1</translation>
    </message>
    <message>
        <source>Cannot move the download to %1.</source>
        <translation>无法把下载的文件移动到 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::FileSecretStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No system keychain is running: secrets are stored unencrypted in %1, readable only by your user account.</source>
        <translation>没有运行系统钥匙串：密钥以未加密方式保存在 %1 中，仅您的用户帐户可读。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (%2); AgentDesk leaves it as it is. Move it away to enter the passwords again.</source>
        <translation>密钥文件 %1 已损坏（%2）；AgentDesk 保持其原样不动。将其移走后可重新输入密码。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>AgentDesk::FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在会话中查找</translation>
    </message>
    <message>
        <source>Newer hit (Shift+F3)</source>
        <translation>较新的结果（Shift+F3）</translation>
    </message>
    <message>
        <source>Older hit (F3)</source>
        <translation>较早的结果（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>AgentDesk::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InboxDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>我：%1</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>正在输入…</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InboxModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 conversation, %2, the customer is typing</source>
        <translation>%1 会话，%2，客户正在输入</translation>
    </message>
    <message>
        <source>%1 conversation, %2, last message: %3</source>
        <translation>%1 会话，%2，最后一条消息：%3</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InboxPanel</name>
    <message>
        <source>Filter by customer, subject or message</source>
        <translation>按客户、主题或消息筛选</translation>
    </message>
    <message>
        <source>Which conversations the inbox shows</source>
        <translation>收件箱显示哪些会话</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save or delete views</source>
        <translation>保存或删除视图</translation>
    </message>
    <message>
        <source>Save current view as…</source>
        <translation>将当前视图另存为…</translation>
    </message>
    <message>
        <source>Delete this saved view</source>
        <translation>删除此已保存的视图</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view (it keeps the current view and filter text):</source>
        <translation>视图名称（保存当前视图和筛选文字）：</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>Shows only the conversations whose customer, subject or message has these words (Ctrl+L)</source>
        <translation>只显示客户、主题或消息中包含这些词的会话（Ctrl+L）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>The inbox, most urgent first; Alt+Down and Alt+Up move through it from anywhere</source>
        <translation>收件箱，最紧急的在前；在任何位置都可用 Alt+Down 和 Alt+Up 浏览</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InboxView</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部打开</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>稍后处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InlineVideo</name>
    <message>
        <source>Click to pause or go on; double-click to open it large</source>
        <translation>单击暂停或继续；双击放大打开</translation>
    </message>
</context>
<context>
    <name>AgentDesk::KeychainSecretStore</name>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串未响应。</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>系统钥匙串拒绝：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Your availability, as your team and the routing see it</source>
        <translation>您的在线状态（团队和分配规则可见）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>关于 AgentDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>关于 AgentDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;p&gt;The desktop for customer-support agents: every contact of every backend in one inbox.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;p&gt;客服坐席的桌面工作台：所有后端的每一次联系，都在同一个收件箱中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Servers…</source>
        <translation>服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>勿扰(&amp;D)</translation>
    </message>
    <message>
        <source>No desktop notifications or sounds; the unread count still shows</source>
        <translation>不显示桌面通知、不播放声音；仍显示未读数</translation>
    </message>
    <message>
        <source>Notification &amp;sound</source>
        <translation>通知声音(&amp;S)</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已更改</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>分配已更改</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>优先级已更改</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>搜索全部会话</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>在此会话中查找</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>下一个会话</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <source>Go to the inbox list</source>
        <translation>转到收件箱列表</translation>
    </message>
    <message>
        <source>Go to the inbox filter</source>
        <translation>转到收件箱筛选</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <source>Resolve or reopen the conversation</source>
        <translation>解决或重新打开会话</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Open %1 — %2</source>
        <translation>打开 %1 — %2</translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>发送回复或备注（在编辑框中）</translation>
    </message>
    <message>
        <source>Canned responses (in the composer)</source>
        <translation>常用回复（在编辑框中）</translation>
    </message>
    <message>
        <source>Next hit (in Find)</source>
        <translation>下一个结果（查找中）</translation>
    </message>
    <message>
        <source>Previous hit (in Find)</source>
        <translation>上一个结果（查找中）</translation>
    </message>
    <message>
        <source>Undo the last status, assignment or priority change</source>
        <translation>撤销上一次状态、分配或优先级更改</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>团队已更改</translation>
    </message>
    <message>
        <source>Labels changed</source>
        <translation>标签已更改</translation>
    </message>
    <message>
        <source>Pop the conversation out into its own window</source>
        <translation>将会话弹出到单独的窗口</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>Every conversation to work on, most urgent first (Ctrl+1)</source>
        <translation>所有待处理的会话，最紧急的在前（Ctrl+1）</translation>
    </message>
    <message>
        <source>Every message of every server, searched as you type (Ctrl+Shift+F)</source>
        <translation>所有服务器的所有消息，边输入边搜索（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MediaCache</name>
    <message>
        <source>Cannot read the downloaded file: %1</source>
        <translation>无法读取下载的文件：%1</translation>
    </message>
    <message>
        <source>Cannot create the media cache %1.</source>
        <translation>无法创建媒体缓存 %1。</translation>
    </message>
    <message>
        <source>Cannot store the file in the media cache %1.</source>
        <translation>无法把文件存入媒体缓存 %1。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MediaController</name>
    <message>
        <source>The account this file came from is not connected.</source>
        <translation>该文件所属的账户未连接。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MediaInspector</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>A program or script (%1): AgentDesk never opens it. Save it only if you trust the sender.</source>
        <translation>这是程序或脚本（%1）：AgentDesk 绝不会打开它。只有在信任发送者时才保存。</translation>
    </message>
    <message>
        <source>It says it is %1 but it is %2 (%3).</source>
        <translation>它声称是%1，实际上是%2（%3）。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MediaViewer</name>
    <message>
        <source>Previous (Left)</source>
        <translation>上一个（左方向键）</translation>
    </message>
    <message>
        <source>Next (Right)</source>
        <translation>下一个（右方向键）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>This cannot be played: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>没有可显示的内容。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>Loading picture…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>Sound recording
%1</source>
        <translation>录音
%1</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MessageModel</name>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>%1 的内部备注</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>（%n 个文件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentDesk::NotificationController</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>已分配给你：%1</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>新会话：%1</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 提到了你</translation>
    </message>
    <message>
        <source>VIP · %1</source>
        <translation>VIP · %1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::OutboxDispatcher</name>
    <message>
        <source>Waiting for backend &quot;%1&quot;, which is not connected.</source>
        <translation>正在等待未连接的后端“%1”。</translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation>服务器未连接。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::OutboxTable</name>
    <message>
        <source>An action without an idempotency key cannot be queued.</source>
        <translation>没有幂等键的操作无法加入队列。</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>不能发送空消息。</translation>
    </message>
    <message>
        <source>A field change needs the name of the field.</source>
        <translation>修改字段需要字段名称。</translation>
    </message>
    <message>
        <source>This conversation has no service request whose fields could be changed.</source>
        <translation>此会话没有可修改字段的服务请求。</translation>
    </message>
    <message>
        <source>Choose the system the service request is created in.</source>
        <translation>请选择在哪个系统中创建服务请求。</translation>
    </message>
    <message>
        <source>A service request needs a subject.</source>
        <translation>服务请求需要主题。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>    [attachment: %1, %2, %3 bytes]</source>
        <translation>    [附件：%1，%2，%3 字节]</translation>
    </message>
    <message>
        <source>Conversation with %1 (%2 messages):</source>
        <translation>与 %1 的会话（%2 条消息）：</translation>
    </message>
    <message>
        <source>Cannot attach %1: there is no readable file there.</source>
        <translation>无法附加 %1：该位置没有可读取的文件。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 for sending in %2.</source>
        <translation>无法在 %2 中保留 %1 的副本以便发送。</translation>
    </message>
    <message>
        <source>Choose the team that is to work the conversation.</source>
        <translation>请选择处理此会话的团队。</translation>
    </message>
    <message>
        <source>A label is at most %1 characters long: &quot;%2&quot; is longer.</source>
        <translation>标签最多 %1 个字符：“%2”太长。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::PendingSecretStore</name>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>正在查找系统钥匙串…</translation>
    </message>
</context>
<context>
    <name>AgentDesk::PluginLoader</name>
    <message>
        <source>%1 was built for backend interface version %2, but this AgentDesk needs version %3; it was not loaded. Install a %1 built for this AgentDesk.</source>
        <translation>%1 是为后端接口版本 %2 构建的，而此 AgentDesk 需要版本 %3，因此未加载。请安装为此 AgentDesk 构建的 %1。</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::PosterLoader</name>
    <message>
        <source>The video gave no picture.</source>
        <translation>该视频没有画面。</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>无法播放该视频：%1</translation>
    </message>
    <message>
        <source>The poster could not be saved.</source>
        <translation>无法保存视频封面。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Preferences</name>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Canned response %1 has no title.</source>
        <translation>快捷回复 %1 没有标题。</translation>
    </message>
    <message>
        <source>The canned response “%1” has no text.</source>
        <translation>快捷回复“%1”没有内容。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>AgentDesk::PreferencesDialog</name>
    <message>
        <source>&amp;Do not disturb: no desktop notifications or sounds</source>
        <translation>勿扰(&amp;D)：不显示桌面通知，不播放声音</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new conversations and messages</source>
        <translation>新会话和新消息时播放声音(&amp;S)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>The language of AgentDesk; it changes as soon as you apply it</source>
        <translation>AgentDesk 的界面语言；应用后立即切换</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>The name you sign replies and greetings with on each server. Left empty, the name the server has for you is used.</source>
        <translation>您在每个服务器上回复和问候时使用的署名。留空则使用服务器上登记的您的名字。</translation>
    </message>
    <message>
        <source>Your name on %1</source>
        <translation>您在 %1 上的名字</translation>
    </message>
    <message>
        <source>No server is set up.</source>
        <translation>尚未设置服务器。</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>按标题筛选</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Filled in for each conversation: {first_name}, {customer}, {agent}, {subject}, {channel}.</source>
        <translation>按会话自动填写：{first_name}、{customer}、{agent}、{subject}、{channel}。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>内容(&amp;X)：</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>新回复</translation>
    </message>
</context>
<context>
    <name>AgentDesk::RtBackend</name>
    <message>
        <source>Request Tracker (%1)</source>
        <translation>Request Tracker（%1）</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Request Tracker cannot do this.</source>
        <translation>Request Tracker 无法执行此操作。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Someone else changed the %1 of service request #%2 to &quot;%3&quot; after you saw it; your change to &quot;%4&quot; was not made.</source>
        <translation>在您查看之后，其他人已将服务请求 #%2 的 %1 改为“%3”；您改为“%4”的修改未执行。</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2 by %3</source>
        <translation>%3 将状态从 %1 改为 %2</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>状态从 %1 改为 %2</translation>
    </message>
    <message>
        <source>Owner changed from %1 to %2 by %3</source>
        <translation>%3 将负责人从 %1 改为 %2</translation>
    </message>
    <message>
        <source>Owner changed from %1 to %2</source>
        <translation>负责人从 %1 改为 %2</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3 by %4</source>
        <translation>%4 将 %1 从 %2 改为 %3</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 从 %2 改为 %3</translation>
    </message>
    <message>
        <source>A custom field changed from %1 to %2 by %3</source>
        <translation>%3 将一个自定义字段从 %1 改为 %2</translation>
    </message>
    <message>
        <source>A custom field changed from %1 to %2</source>
        <translation>一个自定义字段从 %1 改为 %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::RtClient</name>
    <message>
        <source>Request Tracker did not accept the user name or password of %1.</source>
        <translation>Request Tracker 不接受 %1 的用户名或密码。</translation>
    </message>
    <message>
        <source>Request Tracker refused: %1 lacks the right to do this (%2).</source>
        <translation>Request Tracker 拒绝了请求：%1 没有执行此操作的权限（%2）。</translation>
    </message>
    <message>
        <source>Not found on Request Tracker at %1 (%2). Check the server address.</source>
        <translation>在 %1 的 Request Tracker 上找不到（%2）。请检查服务器地址。</translation>
    </message>
    <message>
        <source>Someone else changed this service request since it was opened; nothing was overwritten. Reload it and make the change again.</source>
        <translation>自打开以来，其他人修改了此服务请求；没有覆盖任何内容。请重新加载后再修改。</translation>
    </message>
    <message>
        <source>Request Tracker answered %1: %2</source>
        <translation>Request Tracker 返回 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not look like Request Tracker (no session cookie).</source>
        <translation>%1 看起来不是 Request Tracker（没有会话 Cookie）。</translation>
    </message>
    <message>
        <source>Request Tracker sent no content for this file.</source>
        <translation>Request Tracker 没有发送这个文件的内容。</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>无法把下载的文件写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ScramSha1</name>
    <message>
        <source>The server asks for a SCRAM extension this client does not know.</source>
        <translation>服务器要求本客户端不认识的 SCRAM 扩展。</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM challenge is not valid.</source>
        <translation>服务器的 SCRAM 质询无效。</translation>
    </message>
    <message>
        <source>The server asks for %1 SCRAM iterations; AgentDesk accepts at most %2.</source>
        <translation>服务器要求 %1 次 SCRAM 迭代；AgentDesk 最多接受 %2 次。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::SearchIndex</name>
    <message>
        <source>%1 belongs to another application; AgentDesk will not change it. Message search is unavailable until it is moved away.</source>
        <translation>%1 属于其他应用程序，AgentDesk 不会修改它。在将其移走之前，无法搜索消息。</translation>
    </message>
    <message>
        <source>a new index could not be made</source>
        <translation>无法创建新的索引</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>无法打开搜索索引 %1：%2</translation>
    </message>
    <message>
        <source>its state is missing</source>
        <translation>其状态信息缺失</translation>
    </message>
</context>
<context>
    <name>AgentDesk::SearchPanel</name>
    <message>
        <source>Search all conversations</source>
        <translation>搜索全部会话</translation>
    </message>
    <message>
        <source>Words, names, order numbers: every message of every server is searched.</source>
        <translation>词语、姓名、订单号：搜索所有服务器的全部消息。</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>没有消息包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 hits; scroll down for older ones</source>
        <translation>最新的 %1 条结果；向下滚动查看更早的结果</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ServiceRequestModel</name>
    <message>
        <source>SR not created: %1</source>
        <translation>服务请求未创建：%1</translation>
    </message>
    <message>
        <source>Creating SR: %1…</source>
        <translation>正在创建服务请求：%1…</translation>
    </message>
    <message>
        <source>SR #%1 · %2 · %3</source>
        <translation>服务请求 #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 in %2, queue %3</source>
        <translation>%1，位于 %2，队列 %3</translation>
    </message>
    <message>
        <source>SR #%1 · %2</source>
        <translation>SR #%1 · %2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>AgentDesk::SingleInstance</name>
    <message>
        <source>Cannot lock the profile %1 (is the directory writable?).</source>
        <translation>无法锁定配置 %1（该目录可写吗？）。</translation>
    </message>
    <message>
        <source>AgentDesk is running for the profile %1 (process %2); close it first.</source>
        <translation>AgentDesk 正在使用配置 %1 运行（进程 %2）；请先关闭它。</translation>
    </message>
    <message>
        <source>AgentDesk is already running for the profile %1 (process %2) but does not answer.</source>
        <translation>AgentDesk 已在使用配置 %1 运行（进程 %2），但没有响应。</translation>
    </message>
    <message>
        <source>Cannot listen for later launches: %1</source>
        <translation>无法监听之后的启动请求：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::SlaPolicy</name>
    <message>
        <source>First reply %1 over</source>
        <translation>首次回复超时 %1</translation>
    </message>
    <message>
        <source>First reply in %1</source>
        <translation>%1 内首次回复</translation>
    </message>
    <message>
        <source>Reply %1 over</source>
        <translation>回复超时 %1</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>%1 内回复</translation>
    </message>
    <message>
        <source>Resolve %1 over</source>
        <translation>解决超时 %1</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>%1 内解决</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>AgentDesk::Store</name>
    <message>
        <source>The store is not open.</source>
        <translation>数据存储未打开。</translation>
    </message>
    <message>
        <source>Could not save it to the store: %1</source>
        <translation>无法保存到存储：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::StoreSchema</name>
    <message>
        <source>The file is not an AgentDesk store or is damaged: %1</source>
        <translation>该文件不是 AgentDesk 数据存储，或已损坏：%1</translation>
    </message>
    <message>
        <source>The file is an SQLite database of another application; AgentDesk will not change it.</source>
        <translation>该文件是其他应用程序的 SQLite 数据库；AgentDesk 不会修改它。</translation>
    </message>
    <message>
        <source>The store was written by a newer AgentDesk (schema %1; this version reads up to %2). Update AgentDesk or choose another profile.</source>
        <translation>该数据存储由更新版本的 AgentDesk 写入（架构 %1；此版本最高可读 %2）。请更新 AgentDesk 或选择其他配置。</translation>
    </message>
    <message>
        <source>Could not upgrade the store to schema %1: %2</source>
        <translation>无法将数据存储升级到架构 %1：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::SyncEngine</name>
    <message>
        <source>a batch without a backend id was dropped</source>
        <translation>已丢弃一批没有后端 ID 的事件</translation>
    </message>
</context>
<context>
    <name>AgentDesk::ThumbnailLoader</name>
    <message>
        <source>The picture is missing from the cache.</source>
        <translation>缓存中找不到这张图片。</translation>
    </message>
    <message>
        <source>This is not a picture AgentDesk can show.</source>
        <translation>这不是 AgentDesk 能显示的图片。</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file ends before the picture does.</source>
        <translation>图片不完整：文件在图片结束前就结束了。</translation>
    </message>
    <message>
        <source>The picture is damaged: it has no valid size.</source>
        <translation>图片已损坏：没有有效的尺寸。</translation>
    </message>
    <message>
        <source>The picture claims to be %1 × %2 pixels: too large to open safely.</source>
        <translation>图片声称有 %1 × %2 像素：太大，无法安全打开。</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete: %1</source>
        <translation>图片已损坏或不完整：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::TrayNotifier</name>
    <message>
        <source>Show AgentDesk</source>
        <translation>显示 AgentDesk</translation>
    </message>
    <message numerus="yes">
        <source>AgentDesk — %n unread message(s)</source>
        <translation>
            <numerusform>AgentDesk — %n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk — all read</source>
        <translation>AgentDesk — 全部已读</translation>
    </message>
    <message>
        <source>(%1) AgentDesk</source>
        <translation>(%1) AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
<context>
    <name>AgentDesk::XmppBackend</name>
    <message>
        <source>Chat (%1)</source>
        <translation>聊天（%1）</translation>
    </message>
    <message>
        <source>%1: connection resumed.</source>
        <translation>%1：连接已恢复。</translation>
    </message>
    <message>
        <source>The connection to the chat server dropped before it confirmed the message.</source>
        <translation>聊天服务器确认消息之前连接已断开。</translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation>与 %1 的聊天</translation>
    </message>
    <message>
        <source>A message from %1 was refused and not shown: %2</source>
        <translation>来自 %1 的一条消息被拒收，未显示：%2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The chat server is not connected.</source>
        <translation>聊天服务器未连接。</translation>
    </message>
    <message>
        <source>A chat server keeps no service requests.</source>
        <translation>聊天服务器不保存服务请求。</translation>
    </message>
    <message>
        <source>%1 has no web address to download it from.</source>
        <translation>%1 没有可供下载的网址。</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
    <message>
        <source>The connection to the chat server dropped.</source>
        <translation>与聊天服务器的连接已断开。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::XmppClient</name>
    <message>
        <source>The chat server confirmed %1 stanzas but only %2 were waiting.</source>
        <translation>聊天服务器确认了 %1 个节，但只有 %2 个在等待确认。</translation>
    </message>
    <message>
        <source>The chat server sent something unusable, which was dropped: %1</source>
        <translation>聊天服务器发送了无法使用的内容，已丢弃：%1</translation>
    </message>
    <message>
        <source>The chat server closed the connection.</source>
        <translation>聊天服务器关闭了连接。</translation>
    </message>
    <message>
        <source>%1 signed in somewhere else as %2, which ended this connection.</source>
        <translation>%1 以 %2 在别处登录，此连接已结束。</translation>
    </message>
    <message>
        <source>The chat server ended the stream: %1</source>
        <translation>聊天服务器结束了数据流：%1</translation>
    </message>
    <message>
        <source>The chat server refused the resource %1.</source>
        <translation>聊天服务器拒绝了资源 %1。</translation>
    </message>
    <message>
        <source>The chat server offers no sign-in this client trusts here (%1); PLAIN is used only over TLS.</source>
        <translation>聊天服务器没有提供本客户端在此可信任的登录方式（%1）；PLAIN 仅在 TLS 上使用。</translation>
    </message>
    <message>
        <source>The chat server could not prove it knows the password; the connection was closed.</source>
        <translation>聊天服务器无法证明其知道密码；连接已关闭。</translation>
    </message>
    <message>
        <source>The chat server did not accept the user name or password of %1.</source>
        <translation>聊天服务器不接受 %1 的用户名或密码。</translation>
    </message>
    <message>
        <source>The chat server refused the sign-in (%1).</source>
        <translation>聊天服务器拒绝登录（%1）。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>%1 的证书不受信任：%2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>CA 文件 %1 中没有证书。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::XmppHttpUpload</name>
    <message>
        <source>The chat server offers no file upload (XEP-0363), so %1 cannot be sent.</source>
        <translation>聊天服务器不提供文件上传（XEP-0363），因此无法发送 %1。</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than the %3 the chat server accepts.</source>
        <translation>%1（%2）超过了聊天服务器接受的 %3。</translation>
    </message>
    <message>
        <source>The connection dropped while asking where to upload %1.</source>
        <translation>请求 %1 的上传位置时连接已断开。</translation>
    </message>
    <message>
        <source>The chat server refused to take %1 (%2).</source>
        <translation>聊天服务器拒绝接收 %1（%2）。</translation>
    </message>
    <message>
        <source>no upload slot</source>
        <translation>没有上传位置</translation>
    </message>
    <message>
        <source>The chat server gave an unusable upload address for %1.</source>
        <translation>聊天服务器为 %1 提供的上传地址无法使用。</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>上传 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>AgentDesk::XmppStanzaParser</name>
    <message>
        <source>At %1 it is larger than the %2 accepted.</source>
        <translation>大小为 %1，超过了允许的 %2。</translation>
    </message>
    <message>
        <source>The message holds no element.</source>
        <translation>该消息不含任何元素。</translation>
    </message>
    <message>
        <source>The stanza declares a DTD or entities, which XMPP forbids.</source>
        <translation>该节声明了 DTD 或实体，XMPP 不允许这样做。</translation>
    </message>
    <message>
        <source>The message holds more than one element.</source>
        <translation>该消息包含多个元素。</translation>
    </message>
    <message>
        <source>The stanza is nested too deeply or has too many elements.</source>
        <translation>该节嵌套过深或元素过多。</translation>
    </message>
    <message>
        <source>Malformed XML at line %1, column %2: %3</source>
        <translation>XML 格式错误，第 %1 行第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>AgentDesk: the desktop for customer-support agents.</source>
        <translation>AgentDesk：客服坐席的桌面工作台。</translation>
    </message>
    <message>
        <source>Backends to use, comma separated: demo (default), the kind of an installed backend plugin, or none.</source>
        <translation>要使用的后端，以逗号分隔：demo（默认）、已安装后端插件的类型，或 none。</translation>
    </message>
    <message>
        <source>Profile directory (store, settings).</source>
        <translation>配置目录（数据存储、设置）。</translation>
    </message>
    <message>
        <source>New demo conversations per minute.</source>
        <translation>每分钟新的演示会话数。</translation>
    </message>
    <message>
        <source>Seed of the demo simulation.</source>
        <translation>演示模拟的随机种子。</translation>
    </message>
    <message>
        <source>Conversations a new demo profile starts with.</source>
        <translation>新演示配置初始的会话数。</translation>
    </message>
    <message>
        <source>Also load backend plugins from dir.</source>
        <translation>同时从 dir 加载后端插件。</translation>
    </message>
    <message>
        <source>Fill the profile&apos;s store with n generated conversations (10 messages each), then exit.</source>
        <translation>向配置的数据存储填入 n 个生成的会话（每个 10 条消息），然后退出。</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to file, then exit.</source>
        <translation>将窗口截图保存到 file，然后退出。</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>截图前等待的毫秒数。</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的数字，而不是“%4”。</translation>
    </message>
    <message>
        <source>Print the time until the inbox is interactive, then the memory in use after s seconds idle, and exit (for the benchmark).</source>
        <translation>打印收件箱可交互所需的时间，以及空闲 s 秒后的内存占用，然后退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>Search all conversations for text (a phone number, an order number); in the window already open for the profile, if there is one.</source>
        <translation>在所有会话中搜索文本（电话号码、订单号）；如果该配置已有打开的窗口，则在该窗口中搜索。</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Web chat</source>
        <translation>网页聊天</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kiosk video</source>
        <translation>自助终端视频</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Product alert</source>
        <translation>产品告警</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>message %1 refers to unknown conversation %2</source>
        <translation>消息 %1 指向未知会话 %2</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The server sent invalid JSON: %1 at byte %2</source>
        <translation>服务器发送了无效的 JSON：%1（第 %2 字节）</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>Show all (%1 characters)</source>
        <translation>显示全部（%1 个字符）</translation>
    </message>
</context>
<context>
    <name>MessagingService</name>
    <message>
        <source>%1 cannot be downloaded from this server.</source>
        <translation>无法从此服务器下载 %1。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk 无法启动</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开数据存储 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 is read-only: AgentDesk must be able to write %2. Check the permissions of the profile folder, or choose another profile.</source>
        <translation>存储 %1 为只读：AgentDesk 必须能够写入 %2。请检查配置文件夹的权限，或选择其他配置。</translation>
    </message>
    <message>
        <source>The store %1 is read-only: AgentDesk must be able to write it. Check its permissions, or choose another profile.</source>
        <translation>存储 %1 为只读：AgentDesk 必须能够写入它。请检查其权限，或选择其他配置。</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). AgentDesk shows what it can read and writes nothing more to it; restore it from a backup or move it away to start with an empty one.</source>
        <translation>存储 %1 已损坏（%2）。AgentDesk 显示能读取的内容，并不再向其写入；请从备份恢复，或将其移走以使用空存储重新开始。</translation>
    </message>
    <message>
        <source>The store could not keep %1: %2</source>
        <translation>存储无法保存 %1：%2</translation>
    </message>
</context>
</TS>
