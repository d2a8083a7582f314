<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionResultsDialog</name>
    <message>
        <source>%1: results</source>
        <translation>%1：结果</translation>
    </message>
    <message>
        <source>Action results</source>
        <translation>操作结果</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed.</source>
        <translation>“%1”：%2 个成功，%3 个失败。</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客户机</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Results per guest</source>
        <translation>各客户机的结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>完成。%1</translation>
    </message>
    <message>
        <source>Select a guest to see the details.</source>
        <translation>选择一个客户机以查看详细信息。</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation>结果详细信息</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n guest(s).</source>
        <translation>
            <numerusform>“%1”：已对全部 %n 个客户机完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation>QEMU/KVM（系统）</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation>LXC（Linux 容器）</translation>
    </message>
    <message>
        <source>Test driver (demo guests)</source>
        <translation>测试驱动（演示客户机）</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟化管理程序</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SSH (libssh)</source>
        <translation>SSH (libssh)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation>TCP（未加密）</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <source>e.g. root</source>
        <translation>例如 root</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Connect automatically when VirtDeck starts</source>
        <translation>VirtDeck 启动时自动连接</translation>
    </message>
    <message>
        <source>Use a custom address (URI)</source>
        <translation>使用自定义地址（URI）</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自定义 URI</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虚拟化管理程序(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>传输方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Will connect to:</source>
        <translation>将连接到：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the remote machine.</source>
        <translation>请输入远程计算机的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>用户名只能包含字母、数字以及“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>This connection is already in the list.</source>
        <translation>此连接已在列表中。</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>CPU above %1 % for %2 s</source>
        <translation>CPU 超过 %1% 已持续 %2 秒</translation>
    </message>
    <message>
        <source>memory %1 % full</source>
        <translation>内存已用 %1%</translation>
    </message>
</context>
<context>
    <name>AlertRulesEdit</name>
    <message>
        <source>CPU above</source>
        <translation>CPU 超过</translation>
    </message>
    <message>
        <source>Memory above</source>
        <translation>内存超过</translation>
    </message>
    <message>
        <source>CPU threshold</source>
        <translation>CPU 阈值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>CPU duration</source>
        <translation>CPU 持续时间</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>内存阈值</translation>
    </message>
    <message>
        <source>for</source>
        <translation>持续</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage virtual machines and containers on libvirt.</source>
        <translation>管理基于 libvirt 的虚拟机和容器。</translation>
    </message>
    <message>
        <source>Open this libvirt connection (for example qemu:///system or qemu+ssh://root@host/system) instead of the saved ones.</source>
        <translation>打开此 libvirt 连接（例如 qemu:///system 或 qemu+ssh://root@host/system），而不是已保存的连接。</translation>
    </message>
    <message>
        <source>Do not open the demo connection when no local daemon answers.</source>
        <translation>本地守护进程无响应时，不打开演示连接。</translation>
    </message>
    <message>
        <source>User interface language, e.g. ru or zh_CN.</source>
        <translation>用户界面语言，例如 ru 或 zh_CN。</translation>
    </message>
    <message>
        <source>Invalid --connect address: %1</source>
        <translation>无效的 --connect 地址：%1</translation>
    </message>
    <message>
        <source>Open the console of the guest with this name, as soon as it appears in the list.</source>
        <translation>具有此名称的客户机一出现在列表中，就打开其控制台。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>Reconnect and try again.</source>
        <translation>请重新连接后重试。</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>The connection address is not valid.</source>
        <translation>连接地址无效。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <source>A connection address looks like &quot;qemu:///system&quot; or &quot;qemu+ssh://user@host/system&quot;; &quot;%1&quot; has no &quot;://&quot;.</source>
        <translation>连接地址的格式类似“qemu:///system”或“qemu+ssh://user@host/system”；“%1”中没有“://”。</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;. Use ssh, libssh, tls, tcp or unix.</source>
        <translation>未知的传输方式“%1”。请使用 ssh、libssh、tls、tcp 或 unix。</translation>
    </message>
    <message>
        <source>The user name before &quot;@&quot; is empty.</source>
        <translation>“@”前的用户名为空。</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing &quot;]&quot;.</source>
        <translation>IPv6 地址缺少右方括号“]”。</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host name.</source>
        <translation>主机名后出现意外的文本“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>A user name or port needs a host name as well.</source>
        <translation>指定用户名或端口时，还必须指定主机名。</translation>
    </message>
    <message>
        <source>A parameter after &quot;?&quot; has no name.</source>
        <translation>“?”后的某个参数没有名称。</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>LXC containers</source>
        <translation>LXC 容器</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>测试驱动</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hypervisor name libvirt recognizes.</source>
        <translation>“%1”不是 libvirt 能识别的虚拟化管理程序名称。</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <source>Authentication cancelled</source>
        <translation>身份验证已取消</translation>
    </message>
    <message>
        <source>Listing guests</source>
        <translation>正在列出客户机</translation>
    </message>
    <message>
        <source>Refreshing a guest</source>
        <translation>正在刷新客户机</translation>
    </message>
    <message>
        <source>The host stopped answering</source>
        <translation>主机已停止响应</translation>
    </message>
    <message>
        <source>VirtDeck keeps trying to reconnect.</source>
        <translation>VirtDeck 会持续尝试重新连接。</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>Reading statistics</source>
        <translation>正在读取统计信息</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The connection to the host is not open.</source>
        <translation>与主机的连接未打开。</translation>
    </message>
    <message>
        <source>Reconnect and try again.</source>
        <translation>请重新连接后重试。</translation>
    </message>
    <message>
        <source>Disk kept</source>
        <translation>磁盘已保留</translation>
    </message>
    <message>
        <source>The guest was deleted, but %1 is not part of a storage pool, so it was left in place.</source>
        <translation>客户机已删除，但 %1 不属于任何存储池，因此已保留在原处。</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer need it.</source>
        <translation>如果不再需要该文件，请手动删除。</translation>
    </message>
    <message>
        <source>Deleting disk %1</source>
        <translation>正在删除磁盘 %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Preparing to delete a guest</source>
        <translation>正在准备删除客户机</translation>
    </message>
    <message>
        <source>The libvirt service did not answer for several seconds; it may be hung.</source>
        <translation>libvirt 服务已有数秒没有响应，可能已卡死。</translation>
    </message>
    <message>
        <source>The host %1 did not answer for several seconds; its libvirt service may be hung or the network is down.</source>
        <translation>主机 %1 已有数秒没有响应；其 libvirt 服务可能已卡死，或者网络已断开。</translation>
    </message>
    <message>
        <source>The connection to the libvirt service was closed.</source>
        <translation>与 libvirt 服务的连接已关闭。</translation>
    </message>
    <message>
        <source>Opening the console</source>
        <translation>正在打开控制台</translation>
    </message>
    <message>
        <source>Opening the graphical console</source>
        <translation>正在打开图形控制台</translation>
    </message>
    <message>
        <source>Opening the text console</source>
        <translation>正在打开文本控制台</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>控制台密码</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Original size (1:1)</source>
        <translation>原始大小（1:1）</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>按窗口调整客户机分辨率</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <source>Show the console in a window of its own</source>
        <translation>在单独的窗口中显示控制台</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB 设备</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Redirect a USB device of this computer to the guest</source>
        <translation>将本机的 USB 设备重定向到客户机</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press %1 to release it</source>
        <translation>键盘已被捕获：按 %1 释放</translation>
    </message>
    <message>
        <source>Click the console to send keyboard and mouse to the guest</source>
        <translation>点击控制台，即可将键盘和鼠标输入发送到客户机</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The host of this guest is not connected.</source>
        <translation>此客户机所在的主机未连接。</translation>
    </message>
    <message>
        <source>“%1” is not running</source>
        <translation>“%1”未运行</translation>
    </message>
    <message>
        <source>Start the guest to see its console.</source>
        <translation>请启动客户机以查看其控制台。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Opening the console of “%1”.</source>
        <translation>正在打开“%1”的控制台。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No console</source>
        <translation>无控制台</translation>
    </message>
    <message>
        <source>“%1” has neither a graphical display nor a text console.</source>
        <translation>“%1”既没有图形显示，也没有文本控制台。</translation>
    </message>
    <message>
        <source>Console not reachable</source>
        <translation>无法访问控制台</translation>
    </message>
    <message>
        <source>The display of “%1” listens only on a local socket of its host, which cannot be reached from here.</source>
        <translation>“%1”的显示仅在其主机的本地套接字上监听，无法从此处访问。</translation>
    </message>
    <message>
        <source>The display of “%1” listens only on its host&apos;s loopback address. Connect to the host over SSH to reach it, or make the display listen on the network.</source>
        <translation>“%1”的显示仅在其主机的环回地址上监听。请通过 SSH 连接到该主机以访问它，或让显示在网络地址上监听。</translation>
    </message>
    <message>
        <source>Console closed</source>
        <translation>控制台已关闭</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>The password was not accepted by the console of “%1”. Try again.</source>
        <translation>“%1”的控制台未接受该密码。请重试。</translation>
    </message>
    <message>
        <source>The console of “%1” is protected by a password.</source>
        <translation>“%1”的控制台受密码保护。</translation>
    </message>
    <message>
        <source>Console disconnected</source>
        <translation>控制台已断开连接</translation>
    </message>
    <message>
        <source>The connection to the console was closed.</source>
        <translation>与控制台的连接已关闭。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>The console of “%1” went away; reconnecting.</source>
        <translation>“%1”的控制台已断开，正在重新连接。</translation>
    </message>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — 控制台</translation>
    </message>
    <message>
        <source>Console detached</source>
        <translation>控制台已分离</translation>
    </message>
    <message>
        <source>The console is shown in a window of its own.</source>
        <translation>控制台正显示在单独的窗口中。</translation>
    </message>
    <message>
        <source>Attach here</source>
        <translation>还原到此处</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>无法保存密码：%1</translation>
    </message>
    <message>
        <source>USB redirection is not available</source>
        <translation>USB 重定向不可用</translation>
    </message>
    <message>
        <source>No USB devices found</source>
        <translation>未找到 USB 设备</translation>
    </message>
    <message>
        <source>Release keys</source>
        <translation>释放键</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Guest console</source>
        <translation>客户机控制台</translation>
    </message>
    <message>
        <source>Click to send keyboard and mouse to the guest</source>
        <translation>点击即可将键盘和鼠标输入发送到客户机</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>Super</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>域（Realm）：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to host</source>
        <translation>登录到主机</translation>
    </message>
    <message>
        <source>%1 asks you to log in.</source>
        <translation>%1 要求您登录。</translation>
    </message>
</context>
<context>
    <name>DeleteGuestDialog</name>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guests</source>
        <translation>
            <numerusform>删除 %n 个客户机</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete guests</source>
        <translation>删除客户机</translation>
    </message>
    <message>
        <source>The configuration of “%1” will be removed from its host. Its disks are kept unless you tick them below.</source>
        <translation>“%1”的配置将从其主机上移除。除非在下方勾选，否则其磁盘将被保留。</translation>
    </message>
    <message numerus="yes">
        <source>The configurations of %n guests will be removed from their hosts. Their disks are kept unless you tick them below.</source>
        <translation>
            <numerusform>%n 个客户机的配置将从其所在主机上移除。除非在下方勾选，否则其磁盘将被保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Disks to delete</source>
        <translation>要删除的磁盘</translation>
    </message>
    <message>
        <source>Reading disks…</source>
        <translation>正在读取磁盘…</translation>
    </message>
    <message>
        <source>Host no longer connected</source>
        <translation>主机已断开连接</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Running: it will be forced off first</source>
        <translation>运行中：将先强制关机</translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation>（无磁盘）</translation>
    </message>
    <message>
        <source>(empty drive)</source>
        <translation>（空驱动器）</translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>无可删除内容</translation>
    </message>
    <message>
        <source>not in a storage pool: always kept</source>
        <translation>不在存储池中：始终保留</translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation>同时被 %1 使用</translation>
    </message>
    <message>
        <source>installation or driver media</source>
        <translation>安装介质或驱动程序介质</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Delete, keep disks</source>
        <translation>删除并保留磁盘</translation>
    </message>
    <message>
        <source>Reading the guests&apos; disks…</source>
        <translation>正在读取客户机的磁盘…</translation>
    </message>
    <message>
        <source>No disk will be erased.</source>
        <translation>不会擦除任何磁盘。</translation>
    </message>
    <message numerus="yes">
        <source>Delete and erase %n disk(s)</source>
        <translation>
            <numerusform>删除并擦除 %n 个磁盘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked disk(s) will be erased permanently.</source>
        <translation>
            <numerusform>已勾选的 %n 个磁盘将被永久擦除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase disks?</source>
        <translation>擦除磁盘？</translation>
    </message>
    <message>
        <source>These disks will be erased permanently. This cannot be undone:

%1</source>
        <translation>这些磁盘将被永久擦除。此操作无法撤消：

%1</translation>
    </message>
    <message>
        <source>Erase disks</source>
        <translation>擦除磁盘</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Connected, loading guests…</source>
        <translation>已连接，正在加载客户机…</translation>
    </message>
    <message>
        <source>Connected, %1 of %2 running</source>
        <translation>已连接，%1/%2 个正在运行</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Connection lost, retrying in %1 s</source>
        <translation>连接已断开，%1 秒后重试</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>Starts with the host</source>
        <translation>随主机启动</translation>
    </message>
    <message>
        <source>Transient: disappears when shut off</source>
        <translation>临时：关机后即消失</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>FullScreenConsole</name>
    <message>
        <source>Full-screen console</source>
        <translation>全屏控制台</translation>
    </message>
</context>
<context>
    <name>GuestActions</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard saved state</source>
        <translation>丢弃保存的状态</translation>
    </message>
    <message>
        <source>Start with host</source>
        <translation>随主机启动</translation>
    </message>
    <message>
        <source>Don&apos;t start with host</source>
        <translation>不随主机启动</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Starting “%1”</source>
        <translation>正在启动“%1”</translation>
    </message>
    <message>
        <source>Shutting down “%1”</source>
        <translation>正在关闭“%1”</translation>
    </message>
    <message>
        <source>Rebooting “%1”</source>
        <translation>正在重启“%1”</translation>
    </message>
    <message>
        <source>Forcing “%1” off</source>
        <translation>正在强制关闭“%1”</translation>
    </message>
    <message>
        <source>Pausing “%1”</source>
        <translation>正在暂停“%1”</translation>
    </message>
    <message>
        <source>Resuming “%1”</source>
        <translation>正在恢复“%1”</translation>
    </message>
    <message>
        <source>Saving the state of “%1”</source>
        <translation>正在保存“%1”的状态</translation>
    </message>
    <message>
        <source>Restoring “%1”</source>
        <translation>正在还原“%1”</translation>
    </message>
    <message>
        <source>Discarding the saved state of “%1”</source>
        <translation>正在丢弃“%1”保存的状态</translation>
    </message>
    <message>
        <source>Changing autostart of “%1”</source>
        <translation>正在更改“%1”的自动启动设置</translation>
    </message>
    <message>
        <source>Deleting “%1”</source>
        <translation>正在删除“%1”</translation>
    </message>
</context>
<context>
    <name>GuestStates</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
</context>
<context>
    <name>GuestWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Host overview</source>
        <translation>主机概览</translation>
    </message>
    <message>
        <source>Host CPU graph</source>
        <translation>主机 CPU 图表</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU（%）</translation>
    </message>
    <message>
        <source>Host memory graph</source>
        <translation>主机内存图表</translation>
    </message>
    <message>
        <source>This host does not report its own CPU and memory use.</source>
        <translation>此主机不报告其自身的 CPU 和内存使用情况。</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客户机</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Busiest guests by CPU</source>
        <translation>CPU 占用最高的客户机</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Of assigned</source>
        <translation>占已分配</translation>
    </message>
    <message>
        <source>Guests with the largest memory use</source>
        <translation>内存使用量最大的客户机</translation>
    </message>
    <message>
        <source>Busiest guests (CPU)</source>
        <translation>最繁忙的客户机（CPU）</translation>
    </message>
    <message>
        <source>Largest memory use</source>
        <translation>内存使用量最大</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>内存（GiB）</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存（MiB）</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU：%1</translation>
    </message>
    <message>
        <source>%1 (%2 CPUs)</source>
        <translation>%1（%2 个 CPU）</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 in use</source>
        <translation>内存：已使用 %1，共 %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 of %2 guests running</source>
        <translation>%1/%2 个客户机正在运行</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — host details</source>
        <translation>%1 — 主机详细信息</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Started %n guest(s).</source>
        <translation>
            <numerusform>已启动 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n guest(s) to shut down.</source>
        <translation>
            <numerusform>已请求 %n 个客户机关机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n guest(s) to reboot.</source>
        <translation>
            <numerusform>已请求 %n 个客户机重启。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced %n guest(s) off.</source>
        <translation>
            <numerusform>已强制关闭 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n guest(s).</source>
        <translation>
            <numerusform>已暂停 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n guest(s).</source>
        <translation>
            <numerusform>已恢复 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the state of %n guest(s).</source>
        <translation>
            <numerusform>已保存 %n 个客户机的状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n guest(s).</source>
        <translation>
            <numerusform>已还原 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded the saved state of %n guest(s).</source>
        <translation>
            <numerusform>已丢弃 %n 个客户机保存的状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed autostart of %n guest(s).</source>
        <translation>
            <numerusform>已更改 %n 个客户机的自动启动设置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n guest(s).</source>
        <translation>
            <numerusform>已删除 %n 个客户机。</numerusform>
        </translation>
    </message>
    <message>
        <source>VirtDeck</source>
        <translation>VirtDeck</translation>
    </message>
    <message>
        <source>VirtDeck manager</source>
        <translation>VirtDeck 管理器</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客户机</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Force off…</source>
        <translation>强制关机…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its guests stay on the host untouched.</source>
        <translation>要从列表中移除 %1 吗？其客户机将原样保留在主机上。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About VirtDeck</source>
        <translation>关于 VirtDeck(&amp;A)</translation>
    </message>
    <message>
        <source>About VirtDeck</source>
        <translation>关于 VirtDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;VirtDeck %1&lt;/b&gt;&lt;br&gt;Virtual machines and containers on libvirt.&lt;br&gt;Licensed under the GNU GPL, version 2 or later.</source>
        <translation>&lt;b&gt;VirtDeck %1&lt;/b&gt;&lt;br&gt;基于 libvirt 的虚拟机和容器管理工具。&lt;br&gt;依据 GNU GPL 第 2 版或更高版本授权。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>客户机(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Filter by name, title or UUID (Ctrl+F)</source>
        <translation>按名称、标题或 UUID 筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation>筛选客户机</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <source>VMs and containers</source>
        <translation>虚拟机和容器</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo connection.&lt;/b&gt; No libvirt daemon answered on this computer, so VirtDeck opened libvirt&apos;s built-in test driver: its guests are examples and nothing really runs. Start libvirtd (or add a remote host) to manage real guests.</source>
        <translation>&lt;b&gt;演示连接。&lt;/b&gt;本机上没有 libvirt 守护进程响应，因此 VirtDeck 打开了 libvirt 内置的测试驱动：其中的客户机只是示例，并没有真正运行。请启动 libvirtd（或添加远程主机）以管理真实的客户机。</translation>
    </message>
    <message>
        <source>Demo connection notice</source>
        <translation>演示连接提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n 个客户机</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)…</source>
        <translation>
            <numerusform>%1：%n 个客户机…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>添加连接…</translation>
    </message>
    <message>
        <source>Remove connection…</source>
        <translation>移除连接…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n guest(s) selected</source>
        <translation>
            <numerusform>已选择 %1 个客户机（共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Force “%1” off? This is like pulling the power plug: whatever the guest has not saved is lost.</source>
        <translation>要强制关闭“%1”吗？这相当于直接拔掉电源插头：客户机中所有未保存的内容都将丢失。</translation>
    </message>
    <message numerus="yes">
        <source>Force %n guest(s) off? This is like pulling the power plug: whatever they have not saved is lost.</source>
        <translation>
            <numerusform>要强制关闭 %n 个客户机吗？这相当于直接拔掉电源插头：它们中所有未保存的内容都将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Discard the saved state of “%1”? It will start from scratch next time; whatever was open in it is lost.</source>
        <translation>要丢弃“%1”保存的状态吗？下次启动时它将从头开始；其中打开的所有内容都将丢失。</translation>
    </message>
    <message numerus="yes">
        <source>Discard the saved state of %n guest(s)? They will start from scratch next time; whatever was open in them is lost.</source>
        <translation>
            <numerusform>要丢弃 %n 个客户机保存的状态吗？下次启动时它们将从头开始；其中打开的所有内容都将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <source>Open the guest&apos;s window with its console (Ctrl+O, Enter or double-click)</source>
        <translation>打开客户机窗口及其控制台（Ctrl+O、Enter 或双击）</translation>
    </message>
    <message>
        <source>Alert: %1: %2</source>
        <translation>告警：%1：%2</translation>
    </message>
    <message>
        <source>VirtDeck: %1</source>
        <translation>VirtDeck：%1</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Show the guest&apos;s CPU, memory, disk and network graphs (Ctrl+G)</source>
        <translation>显示客户机的 CPU、内存、磁盘和网络图表（Ctrl+G）</translation>
    </message>
    <message>
        <source>Host details</source>
        <translation>主机详细信息</translation>
    </message>
    <message>
        <source>Show the host&apos;s CPU and memory use and its busiest guests</source>
        <translation>显示主机的 CPU 和内存使用情况及其最繁忙的客户机</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Alert thresholds…</source>
        <translation>告警阈值…</translation>
    </message>
    <message>
        <source>Alerts for “%1”</source>
        <translation>“%1”的告警</translation>
    </message>
    <message>
        <source>Use the rules set in Preferences</source>
        <translation>使用首选项中设置的规则</translation>
    </message>
    <message>
        <source>Alerts are switched off in Preferences.</source>
        <translation>告警已在首选项中关闭。</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Hold the graphs still; samples are still recorded</source>
        <translation>冻结图表；样本仍会继续记录</translation>
    </message>
    <message>
        <source>Pause graphs</source>
        <translation>暂停图表</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the samples shown as a CSV file</source>
        <translation>将显示的样本保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>将样本导出为 CSV</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>导出图像…</translation>
    </message>
    <message>
        <source>Save the graphs as a PNG image</source>
        <translation>将图表保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export graphs as image</source>
        <translation>将图表导出为图像</translation>
    </message>
    <message>
        <source>Export graphs</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU（%）</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存（MiB）</translation>
    </message>
    <message>
        <source>Disk (%1)</source>
        <translation>磁盘（%1）</translation>
    </message>
    <message>
        <source>Network (%1)</source>
        <translation>网络（%1）</translation>
    </message>
    <message>
        <source>CPU graph</source>
        <translation>CPU 图表</translation>
    </message>
    <message>
        <source>Memory graph</source>
        <translation>内存图表</translation>
    </message>
    <message>
        <source>Disk graph</source>
        <translation>磁盘图表</translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation>网络图表</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Balloon</source>
        <translation>气球</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Read + write</source>
        <translation>读取 + 写入</translation>
    </message>
    <message>
        <source>Read IOPS</source>
        <translation>读取 IOPS</translation>
    </message>
    <message>
        <source>Write IOPS</source>
        <translation>写入 IOPS</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Received + sent</source>
        <translation>接收 + 发送</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>vCPU %1 %</source>
        <translation>vCPU %1 %</translation>
    </message>
    <message>
        <source>Memory used MiB</source>
        <translation>已用内存 MiB</translation>
    </message>
    <message>
        <source>Memory balloon MiB</source>
        <translation>内存气球 MiB</translation>
    </message>
    <message>
        <source>Memory assigned MiB</source>
        <translation>已分配内存 MiB</translation>
    </message>
    <message>
        <source>Disk read B/s</source>
        <translation>磁盘读取 B/s</translation>
    </message>
    <message>
        <source>Disk write B/s</source>
        <translation>磁盘写入 B/s</translation>
    </message>
    <message>
        <source>Disk read IOPS</source>
        <translation>磁盘读取 IOPS</translation>
    </message>
    <message>
        <source>Disk write IOPS</source>
        <translation>磁盘写入 IOPS</translation>
    </message>
    <message>
        <source>Network received B/s</source>
        <translation>网络接收 B/s</translation>
    </message>
    <message>
        <source>Network sent B/s</source>
        <translation>网络发送 B/s</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <source>TiB/s</source>
        <translation>TiB/s</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>On hosts with more than 200 guests, sample only the guests on screen and in open windows</source>
        <translation>在客户机超过 200 个的主机上，仅对屏幕上和已打开窗口中的客户机采样</translation>
    </message>
    <message>
        <source>Alert when a guest needs attention</source>
        <translation>客户机需要关注时发出告警</translation>
    </message>
    <message>
        <source>Show a desktop notification</source>
        <translation>显示桌面通知</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Statistics interval</source>
        <translation>统计采样间隔</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <source>History length</source>
        <translation>历史记录长度</translation>
    </message>
    <message>
        <source>Sample only visible guests</source>
        <translation>仅对可见客户机采样</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>Sample every:</source>
        <translation>采样间隔：</translation>
    </message>
    <message>
        <source>Keep in the list:</source>
        <translation>列表中保留：</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Guests in alert show a red mark in the list. Rules for a single guest are set from its context menu.</source>
        <translation>处于告警状态的客户机会在列表中显示红色标记。单个客户机的规则可在其上下文菜单中设置。</translation>
    </message>
</context>
<context>
    <name>SendKeyMenu</name>
    <message>
        <source>Send key</source>
        <translation>发送按键</translation>
    </message>
</context>
<context>
    <name>SendKeys</name>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>PrintScreen</translation>
    </message>
    <message>
        <source>Alt+SysRq</source>
        <translation>Alt+SysRq</translation>
    </message>
</context>
<context>
    <name>SpiceConsoleSession</name>
    <message>
        <source>The console refused the password.</source>
        <translation>控制台拒绝了该密码。</translation>
    </message>
    <message>
        <source>Could not connect to the SPICE server.</source>
        <translation>无法连接到 SPICE 服务器。</translation>
    </message>
    <message>
        <source>The SPICE connection was closed.</source>
        <translation>SPICE 连接已关闭。</translation>
    </message>
    <message>
        <source>Could not open the SPICE session.</source>
        <translation>无法打开 SPICE 会话。</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>Could not create a socket pair for the SSH tunnel.</source>
        <translation>无法为 SSH 隧道创建套接字对。</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <source>Text console</source>
        <translation>文本控制台</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>清除回滚缓冲区(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset Terminal</source>
        <translation>重置终端(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TextConsoleChannel</name>
    <message>
        <source>Console closed</source>
        <translation>控制台已关闭</translation>
    </message>
    <message>
        <source>The guest&apos;s console was closed; the guest may have stopped or another client took the console over.</source>
        <translation>客户机的控制台已关闭；客户机可能已停止，或者其他客户端接管了该控制台。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>SSH login refused</source>
        <translation>SSH 登录被拒绝</translation>
    </message>
    <message>
        <source>Check the user name, and that your public key is in that user&apos;s ~/.ssh/authorized_keys on the host (or try logging in with &quot;ssh&quot; in a terminal first).</source>
        <translation>请检查用户名，并确认您的公钥已添加到主机上该用户的 ~/.ssh/authorized_keys 中（或先尝试在终端中用“ssh”登录）。</translation>
    </message>
    <message>
        <source>The host&apos;s identity could not be verified</source>
        <translation>无法验证主机的身份</translation>
    </message>
    <message>
        <source>The SSH key presented by %1 is not in your list of known hosts, or it has changed since you last connected.</source>
        <translation>%1 提供的 SSH 密钥不在您的已知主机列表中，或者自上次连接以来已发生变化。</translation>
    </message>
    <message>
        <source>Connect once with &quot;ssh&quot; in a terminal to check and accept the host key, then try again.</source>
        <translation>请先在终端中用“ssh”连接一次，检查并接受主机密钥，然后重试。</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>找不到主机名</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or use its IP address.</source>
        <translation>请检查主机名的拼写，或改用其 IP 地址。</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>主机不可达</translation>
    </message>
    <message>
        <source>Check that the host is switched on and reachable, that the port is right, and that SSH (or the libvirt TLS/TCP listener) runs on it.</source>
        <translation>请检查主机是否已开机且可以访问、端口是否正确，以及主机上是否运行着 SSH（或 libvirt 的 TLS/TCP 监听服务）。</translation>
    </message>
    <message>
        <source>Not allowed to use libvirt</source>
        <translation>无权使用 libvirt</translation>
    </message>
    <message>
        <source>Add your user to the &quot;libvirt&quot; group (then log out and in again), or connect to the QEMU/KVM user session instead.</source>
        <translation>请将您的用户加入“libvirt”组（然后注销并重新登录），或改为连接到 QEMU/KVM 用户会话。</translation>
    </message>
    <message>
        <source>libvirt on %1 asks for an administrator&apos;s permission, and no authentication agent is available to ask you for it.</source>
        <translation>%1 上的 libvirt 需要管理员授权，但没有可用的身份验证代理来向您请求授权。</translation>
    </message>
    <message>
        <source>Add your user to the &quot;libvirt&quot; group (then log out and in again), or run a polkit authentication agent in your desktop session.</source>
        <translation>请将您的用户加入“libvirt”组（然后注销并重新登录），或在桌面会话中运行 polkit 身份验证代理。</translation>
    </message>
    <message>
        <source>The libvirt service is not running</source>
        <translation>libvirt 服务未运行</translation>
    </message>
    <message>
        <source>Nothing answers on libvirt&apos;s socket on %1, so its virtual machines cannot be managed.</source>
        <translation>%1 上的 libvirt 套接字没有响应，因此无法管理其虚拟机。</translation>
    </message>
    <message>
        <source>Start the service (&quot;systemctl start libvirtd&quot;, or &quot;libvirtd -d&quot; on systems without systemd) and reconnect.</source>
        <translation>请启动该服务（“systemctl start libvirtd”，在没有 systemd 的系统上使用“libvirtd -d”），然后重新连接。</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>登录已取消</translation>
    </message>
    <message>
        <source>The connection was not opened because the login was cancelled.</source>
        <translation>由于登录已取消，连接未打开。</translation>
    </message>
    <message>
        <source>Connect again when you have the credentials at hand.</source>
        <translation>请在准备好凭据后重新连接。</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Check the credentials and try again.</source>
        <translation>请检查凭据后重试。</translation>
    </message>
    <message>
        <source>Hardware virtualization is not available</source>
        <translation>硬件虚拟化不可用</translation>
    </message>
    <message>
        <source>This guest needs KVM, but KVM cannot be used on %1: the CPU lacks virtualization support, it is disabled in the firmware, or /dev/kvm is not accessible.</source>
        <translation>此客户机需要 KVM，但 %1 上无法使用 KVM：CPU 不支持虚拟化、固件中已禁用虚拟化，或者无法访问 /dev/kvm。</translation>
    </message>
    <message>
        <source>Enable VT-x/AMD-V in the firmware settings and load the kvm module, or change the guest to plain emulation (QEMU/TCG), which is slower.</source>
        <translation>请在固件设置中启用 VT-x/AMD-V 并加载 kvm 模块，或将客户机改为速度较慢的纯模拟模式（QEMU/TCG）。</translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation>名称已被占用</translation>
    </message>
    <message>
        <source>Something with this name already exists on %1.</source>
        <translation>%1 上已存在同名对象。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请选择其他名称。</translation>
    </message>
    <message>
        <source>The guest is already running</source>
        <translation>客户机已在运行</translation>
    </message>
    <message>
        <source>This needs a guest that is shut off, but it is running.</source>
        <translation>此操作要求客户机处于关机状态，但它正在运行。</translation>
    </message>
    <message>
        <source>Shut the guest down first, or refresh the list if it looks stopped.</source>
        <translation>请先关闭客户机；如果它看起来已停止，请刷新列表。</translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation>客户机未运行</translation>
    </message>
    <message>
        <source>This can only be done while the guest is running.</source>
        <translation>只有在客户机运行时才能执行此操作。</translation>
    </message>
    <message>
        <source>Start the guest first.</source>
        <translation>请先启动客户机。</translation>
    </message>
    <message>
        <source>Not supported here</source>
        <translation>此处不支持</translation>
    </message>
    <message>
        <source>The hypervisor driver on %1 cannot do this.</source>
        <translation>%1 上的虚拟化管理程序驱动不支持此操作。</translation>
    </message>
    <message>
        <source>This is a limit of the driver or its version, not a mistake on your side; the details name the operation.</source>
        <translation>这是驱动程序或其版本的限制，并非您的操作有误；详细信息中列出了相关操作。</translation>
    </message>
    <message>
        <source>Hypervisor type not available</source>
        <translation>虚拟化管理程序类型不可用</translation>
    </message>
    <message>
        <source>libvirt on %1 has no driver for this kind of connection.</source>
        <translation>%1 上的 libvirt 没有适用于此类连接的驱动程序。</translation>
    </message>
    <message>
        <source>Install the matching libvirt daemon driver package, or check the connection address.</source>
        <translation>请安装相应的 libvirt 守护进程驱动程序包，或检查连接地址。</translation>
    </message>
    <message>
        <source>Guest not found</source>
        <translation>找不到客户机</translation>
    </message>
    <message>
        <source>The guest no longer exists; it may have been deleted elsewhere.</source>
        <translation>该客户机已不存在；它可能已在别处被删除。</translation>
    </message>
    <message>
        <source>The list updates by itself; nothing needs to be done.</source>
        <translation>列表会自动更新，无需任何操作。</translation>
    </message>
    <message>
        <source>Configuration not accepted</source>
        <translation>配置未被接受</translation>
    </message>
    <message>
        <source>libvirt refused the configuration: %1</source>
        <translation>libvirt 拒绝了该配置：%1</translation>
    </message>
    <message>
        <source>Correct the value it names; the current configuration was not changed.</source>
        <translation>请更正其中指出的值；当前配置未作更改。</translation>
    </message>
    <message>
        <source>The host stopped answering</source>
        <translation>主机已停止响应</translation>
    </message>
    <message>
        <source>VirtDeck reconnects by itself when the host answers again.</source>
        <translation>主机恢复响应后，VirtDeck 会自动重新连接。</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>与 %1 的连接已中断。</translation>
    </message>
    <message>
        <source>VirtDeck reconnects by itself; if it keeps failing, check the host.</source>
        <translation>VirtDeck 会自动重新连接；如果持续失败，请检查主机。</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>无权执行此操作</translation>
    </message>
    <message>
        <source>Your account on %1 is not allowed to do this.</source>
        <translation>您在 %1 上的帐户无权执行此操作。</translation>
    </message>
    <message>
        <source>Ask the host&apos;s administrator for access, or use an account that has it.</source>
        <translation>请向主机管理员申请权限，或使用具有该权限的帐户。</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>无效的值</translation>
    </message>
    <message>
        <source>libvirt rejected a value: %1</source>
        <translation>libvirt 拒绝了某个值：%1</translation>
    </message>
    <message>
        <source>Correct the value and try again; nothing was changed.</source>
        <translation>请更正该值后重试；未作任何更改。</translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>libvirt reported an error without a message.</source>
        <translation>libvirt 报告了错误，但未提供错误消息。</translation>
    </message>
    <message>
        <source>The details below hold libvirt&apos;s own report.</source>
        <translation>下方的详细信息包含 libvirt 自身的报告。</translation>
    </message>
    <message>
        <source>libvirt error %1 (domain %2): %3</source>
        <translation>libvirt 错误 %1（域 %2）：%3</translation>
    </message>
    <message>
        <source>The guest is not paused</source>
        <translation>客户机未暂停</translation>
    </message>
    <message>
        <source>Only a paused guest can be resumed.</source>
        <translation>只能恢复已暂停的客户机。</translation>
    </message>
    <message>
        <source>Refresh the list if the guest looks paused.</source>
        <translation>如果客户机看起来已暂停，请刷新列表。</translation>
    </message>
    <message>
        <source>The SSH server on %1 refused the login: the user name, key or password was not accepted.</source>
        <translation>%1 上的 SSH 服务器拒绝了登录：用户名、密钥或密码未被接受。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be found on the network.</source>
        <translation>在网络上找不到主机名“%1”。</translation>
    </message>
    <message>
        <source>The host %1 could not be reached: nothing answered on the network port, or the network path to it is down.</source>
        <translation>无法访问主机 %1：网络端口没有响应，或者到该主机的网络路径已断开。</translation>
    </message>
    <message>
        <source>The libvirt service on this computer is running, but your user may not open its socket.</source>
        <translation>本机上的 libvirt 服务正在运行，但您的用户无权打开其套接字。</translation>
    </message>
    <message>
        <source>The libvirt service on %1 is running, but the account you log in with may not open its socket.</source>
        <translation>%1 上的 libvirt 服务正在运行，但您登录所用的帐户无权打开其套接字。</translation>
    </message>
    <message>
        <source>libvirt on this computer asks for an administrator&apos;s permission, and no authentication agent is available to ask you for it.</source>
        <translation>本机上的 libvirt 需要管理员授权，但没有可用的身份验证代理来向您请求授权。</translation>
    </message>
    <message>
        <source>Nothing answers on libvirt&apos;s socket on this computer, so its virtual machines cannot be managed.</source>
        <translation>本机上的 libvirt 套接字没有响应，因此无法管理本机的虚拟机。</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>用户名或密码未被接受。</translation>
    </message>
    <message>
        <source>The host %1 did not accept the user name or password.</source>
        <translation>主机 %1 未接受该用户名或密码。</translation>
    </message>
    <message>
        <source>This guest needs KVM, but KVM cannot be used on this computer: the CPU lacks virtualization support, it is disabled in the firmware, or /dev/kvm is not accessible.</source>
        <translation>此客户机需要 KVM，但本机上无法使用 KVM：CPU 不支持虚拟化、固件中已禁用虚拟化，或者无法访问 /dev/kvm。</translation>
    </message>
    <message>
        <source>Something with this name already exists on this computer.</source>
        <translation>本机上已存在同名对象。</translation>
    </message>
    <message>
        <source>The hypervisor driver on this computer cannot do this.</source>
        <translation>本机上的虚拟化管理程序驱动不支持此操作。</translation>
    </message>
    <message>
        <source>libvirt on this computer has no driver for this kind of connection.</source>
        <translation>本机上的 libvirt 没有适用于此类连接的驱动程序。</translation>
    </message>
    <message>
        <source>The libvirt service did not answer in time; it may be hung.</source>
        <translation>libvirt 服务未及时响应，可能已卡死。</translation>
    </message>
    <message>
        <source>The host %1 did not answer in time; its libvirt service may be hung or the network down.</source>
        <translation>主机 %1 未及时响应；其 libvirt 服务可能已卡死，或者网络已断开。</translation>
    </message>
    <message>
        <source>The connection to the libvirt service was interrupted.</source>
        <translation>与 libvirt 服务的连接已中断。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>您的帐户无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>VncSession</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The console could not be reopened.</source>
        <translation>无法重新打开控制台。</translation>
    </message>
</context>
</TS>
