<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentDesk</name>
    <message>
        <source>%1 without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a field longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown %2 value %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an attachment without a name or with a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery state without a message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDesk::Application</name>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend plugin of kind &quot;%1&quot; was found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 plugin could not create a backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent something AgentDesk could not use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the store: %1</source>
        <translation>无法保存到本地存储：%1</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>消息发送失败：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::BackendRegistry</name>
    <message>
        <source>A backend needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backend named &quot;%1&quot; is already registered.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDesk::DemoBackend</name>
    <message>
        <source>The demo backend is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert %1 is not known to the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InboxDelegate</name>
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
    <message>
        <source>SLA %1 over</source>
        <translation>SLA 超时 %1</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>我：%1</translation>
    </message>
</context>
<context>
    <name>AgentDesk::InboxPanel</name>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Filter by customer, subject or message</source>
        <translation>按客户、主题或消息筛选</translation>
    </message>
</context>
<context>
    <name>AgentDesk::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>AgentDesk::OutboxDispatcher</name>
    <message>
        <source>Waiting for backend &quot;%1&quot;, which is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDesk::OutboxTable</name>
    <message>
        <source>An action without an idempotency key cannot be queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>不能发送空消息。</translation>
    </message>
</context>
<context>
    <name>AgentDesk::PluginLoader</name>
    <message>
        <source>%1 was built for backend interface version %2, but this AgentDesk needs version %3; it was not loaded. Install a %1 built for this AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDesk::Store</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDesk::StoreSchema</name>
    <message>
        <source>The file is not an AgentDesk store or is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an SQLite database of another application; AgentDesk will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was written by a newer AgentDesk (schema %1; this version reads up to %2). Update AgentDesk or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the store to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDesk::SyncEngine</name>
    <message>
        <source>a batch without a backend id was dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>AgentDesk: the desktop for customer-support agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends to use, comma separated: demo (default), the kind of an installed backend plugin, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile directory (store, settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New demo conversations per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations a new demo profile starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load backend plugins from dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the profile&apos;s store with n generated conversations (10 messages each), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to file, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">已解决</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 refers to unknown conversation %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished">内部备注</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
