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
    <name>AddHardwareDialog</name>
    <message>
        <source>Add hardware</source>
        <translation>添加硬件</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Graphics (display)</source>
        <translation>图形（显示）</translation>
    </message>
    <message>
        <source>Video card</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Sound card</source>
        <translation>声卡</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>USB or PCI host device</source>
        <translation>USB 或 PCI 主机设备</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>Nothing was added: correct the marked fields.</source>
        <translation>未添加任何设备：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在添加…</translation>
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
    <name>BootPage</name>
    <message>
        <source>Boot settings of the running guest</source>
        <translation>运行中客户机的启动设置</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>By device &amp;type</source>
        <translation>按设备类型(&amp;T)</translation>
    </message>
    <message>
        <source>Boot order by device type</source>
        <translation>按设备类型的启动顺序</translation>
    </message>
    <message>
        <source>By individual &amp;device</source>
        <translation>按单个设备(&amp;D)</translation>
    </message>
    <message>
        <source>Boot order by individual device</source>
        <translation>按单个设备的启动顺序</translation>
    </message>
    <message>
        <source>Device types to boot from, in order</source>
        <translation>按顺序排列的启动设备类型</translation>
    </message>
    <message>
        <source>Devices to boot from, in order</source>
        <translation>按顺序排列的启动设备</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move up in the boot order</source>
        <translation>在启动顺序中上移</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move down in the boot order</source>
        <translation>在启动顺序中下移</translation>
    </message>
    <message>
        <source>Ticked entries are tried from the top. libvirt takes one of the two forms: choosing individual devices replaces the device types, and the other way round.</source>
        <translation>勾选的项目从上到下依次尝试。libvirt 只接受两种形式之一：选择单个设备会替代设备类型，反之亦然。</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>启动菜单</translation>
    </message>
    <message>
        <source>Show the firmware&apos;s boot &amp;menu</source>
        <translation>显示固件的启动菜单(&amp;M)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Firmware default</source>
        <translation>固件默认</translation>
    </message>
    <message>
        <source>Boot menu timeout in milliseconds</source>
        <translation>启动菜单等待时间（毫秒）</translation>
    </message>
    <message>
        <source>&amp;Wait for a choice:</source>
        <translation>等待选择(&amp;W)：</translation>
    </message>
    <message>
        <source>Boot menu timeout</source>
        <translation>启动菜单等待时间</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>直接内核启动</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>内核(&amp;K)：</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>内核路径</translation>
    </message>
    <message>
        <source>&amp;Initial ramdisk:</source>
        <translation>初始内存盘(&amp;I)：</translation>
    </message>
    <message>
        <source>Initial ramdisk path</source>
        <translation>初始内存盘路径</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>内核命令行</translation>
    </message>
    <message>
        <source>e.g. console=ttyS0 root=/dev/vda1</source>
        <translation>例如 console=ttyS0 root=/dev/vda1</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>命令行(&amp;C)：</translation>
    </message>
    <message>
        <source>De&amp;vice tree:</source>
        <translation>设备树(&amp;V)：</translation>
    </message>
    <message>
        <source>Device tree path</source>
        <translation>设备树路径</translation>
    </message>
    <message>
        <source>Paths on the guest&apos;s host. Leave the kernel empty to boot from the devices above.</source>
        <translation>客户机所在主机上的路径。内核留空则从上面的设备启动。</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>Chosen when the guest was created; the XML page can change it.</source>
        <translation>在创建客户机时选定；可在 XML 页面更改。</translation>
    </message>
    <message>
        <source>Some changes apply at the next start of the guest.</source>
        <translation>部分更改将在客户机下次启动时生效。</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待生效的更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply boot settings</source>
        <translation>应用启动设置</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert boot settings</source>
        <translation>还原启动设置</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>%1 applies after restart</source>
        <translation>%1 重启后生效</translation>
    </message>
    <message>
        <source>/absolute/path on the host</source>
        <translation>/主机上的/绝对路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>A container starts its init program; it has no boot settings.</source>
        <translation>容器启动其 init 程序；没有启动设置。</translation>
    </message>
    <message>
        <source>The guest is running: changes here are saved and apply the next time it starts.</source>
        <translation>客户机正在运行：此处的更改会保存，并在下次启动时生效。</translation>
    </message>
    <message>
        <source>The guest is not running: changes apply when it starts.</source>
        <translation>客户机未运行：更改将在启动时生效。</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>未做任何更改：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>Saved; the marked settings apply after a restart.</source>
        <translation>已保存；标记的设置将在重启后生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>QEMU 客户机代理</translation>
    </message>
    <message>
        <source>SPICE agent (clipboard, display size)</source>
        <translation>SPICE 代理（剪贴板、显示大小）</translation>
    </message>
    <message>
        <source>Another virtio port</source>
        <translation>其他 virtio 端口</translation>
    </message>
    <message>
        <source>Port &amp;name:</source>
        <translation>端口名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host side:</source>
        <translation>主机端(&amp;H)：</translation>
    </message>
    <message>
        <source>A Unix socket (path chosen by libvirt)</source>
        <translation>Unix 套接字（路径由 libvirt 选择）</translation>
    </message>
    <message>
        <source>A pseudo terminal</source>
        <translation>伪终端</translation>
    </message>
    <message>
        <source>Enter the port&apos;s name, as the program in the guest expects it (for example org.example.port.0).</source>
        <translation>输入端口名称，与客户机中程序期望的一致（例如 org.example.port.0）。</translation>
    </message>
    <message>
        <source>Use only letters, digits, dots, dashes and underscores in the port&apos;s name.</source>
        <translation>端口名称只能使用字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>The guest needs qemu-guest-agent installed and running.</source>
        <translation>客户机需要安装并运行 qemu-guest-agent。</translation>
    </message>
    <message>
        <source>Works only while the guest&apos;s display is SPICE; the guest needs spice-vdagent.</source>
        <translation>仅在客户机显示为 SPICE 时有效；客户机需要 spice-vdagent。</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone “%1”</source>
        <translation>克隆“%1”</translation>
    </message>
    <message>
        <source>Makes a new guest with the configuration of “%1” and its own disks. The clone gets a new UUID and new network card addresses, so both can run side by side.</source>
        <translation>以“%1”的配置创建一个拥有独立磁盘的新客户机。克隆会获得新的 UUID 和新的网卡地址，因此两者可以同时运行。</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>克隆的名称</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>名称有问题</translation>
    </message>
    <message>
        <source>&amp;Full copy: every disk is copied; the clone does not depend on “%1”</source>
        <translation>完整副本：复制每个磁盘；克隆不依赖于“%1”(&amp;F)</translation>
    </message>
    <message>
        <source>Full copy</source>
        <translation>完整副本</translation>
    </message>
    <message>
        <source>&amp;Linked clone (qcow2 backing file, fast, needs the source kept)</source>
        <translation>链接克隆（qcow2 后备文件，速度快，需要保留源客户机）(&amp;L)</translation>
    </message>
    <message>
        <source>Linked clone</source>
        <translation>链接克隆</translation>
    </message>
    <message>
        <source>State of the source</source>
        <translation>源客户机的状态</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>In the clone</source>
        <translation>克隆中</translation>
    </message>
    <message>
        <source>Disks of %1</source>
        <translation>%1 的磁盘</translation>
    </message>
    <message>
        <source>Why Clone is disabled</source>
        <translation>为何无法克隆</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>磁盘：</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Clone log</source>
        <translation>克隆日志</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the options</source>
        <translation>返回选项</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>克隆(&amp;C)</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
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
        <translation>请重新连接后再试。</translation>
    </message>
    <message>
        <source>Enter a name for the clone.</source>
        <translation>请输入克隆的名称。</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>Checking %1 and the host&apos;s guests…</source>
        <translation>正在检查 %1 及主机上的客户机…</translation>
    </message>
    <message>
        <source>Clone is disabled: %1</source>
        <translation>无法克隆：%1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1 is shut off. It must stay shut off and unchanged for as long as the linked clone exists: the clone reads %1&apos;s disks as its base, and any change to them breaks the clone.</source>
        <translation>%1 已关闭。只要链接克隆存在，它就必须保持关闭且不作更改：克隆以 %1 的磁盘为基础，对这些磁盘的任何更改都会破坏克隆。</translation>
    </message>
    <message>
        <source>%1 is shut off, as it must be while its disks are copied: disks in use would be copied half-written. Afterwards both guests are independent.</source>
        <translation>%1 已关闭，复制其磁盘时必须如此：正在使用的磁盘会被复制成写了一半的状态。完成后，两个客户机相互独立。</translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation>正在读取磁盘…</translation>
    </message>
    <message>
        <source>The disks could not be read</source>
        <translation>无法读取磁盘</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>无磁盘</translation>
    </message>
    <message>
        <source>Nothing to copy</source>
        <translation>没有可复制的内容</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>floppy</source>
        <translation>软驱</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Empty drive; stays empty</source>
        <translation>空驱动器；保持为空</translation>
    </message>
    <message>
        <source>Shared: the same medium as in %1</source>
        <translation>共享：与 %1 中的介质相同</translation>
    </message>
    <message>
        <source>Shared: read-only, used by both guests</source>
        <translation>共享：只读，两个客户机共用</translation>
    </message>
    <message>
        <source>Linked: a new qcow2 file on top of this one</source>
        <translation>链接：在此文件之上新建一个 qcow2 文件</translation>
    </message>
    <message>
        <source>Copied to a new volume in the same pool</source>
        <translation>复制到同一存储池中的新卷</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Cancelling; removing what was made…</source>
        <translation>正在取消；正在移除已创建的内容…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 was created as a linked clone of %2. Keep %2 shut off and unchanged: the clone&apos;s disks are built on its disks.</source>
        <translation>%1 已创建为 %2 的链接克隆。请保持 %2 关闭且不作更改：克隆的磁盘建立在它的磁盘之上。</translation>
    </message>
    <message>
        <source>%1 was created: a full copy of %2 with disks of its own.</source>
        <translation>%1 已创建：它是 %2 的完整副本，拥有自己的磁盘。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Nothing was left behind: everything made for the clone was removed.</source>
        <translation>未留下任何内容：为克隆创建的所有内容均已移除。</translation>
    </message>
    <message>
        <source>Shared: marked shareable, used by both guests</source>
        <translation>共享：已标记为可共享，两个客户机共用</translation>
    </message>
</context>
<context>
    <name>CloudInitSeed</name>
    <message>
        <source>The cloud-init seed could not be made</source>
        <translation>无法创建 cloud-init 种子</translation>
    </message>
    <message>
        <source>VirtDeck writes cloud-init seed images with xorriso, which is not installed on this computer.</source>
        <translation>VirtDeck 使用 xorriso 写入 cloud-init 种子镜像，但本机未安装 xorriso。</translation>
    </message>
    <message>
        <source>Install the “xorriso” package (apt install xorriso), or turn cloud-init off.</source>
        <translation>请安装“xorriso”软件包（apt install xorriso），或关闭 cloud-init。</translation>
    </message>
    <message>
        <source>“%1” has no prefix length; write it as 192.168.122.50/24.</source>
        <translation>“%1”缺少前缀长度；请写成 192.168.122.50/24 的形式。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>The prefix length in “%1” must be between 1 and 32.</source>
        <translation>“%1”中的前缀长度必须介于 1 到 32 之间。</translation>
    </message>
    <message>
        <source>The guest number cannot be negative.</source>
        <translation>客户机编号不能为负数。</translation>
    </message>
    <message>
        <source>%1 is the network or broadcast address of its subnet; start at a host address.</source>
        <translation>%1 是其子网的网络地址或广播地址；请从主机地址开始。</translation>
    </message>
    <message>
        <source>Starting at %1, the subnet has room for %2 guests; guest %3 would fall outside it.</source>
        <translation>从 %1 开始，该子网只能容纳 %2 个客户机；第 %3 个客户机将超出子网范围。</translation>
    </message>
    <message>
        <source>A cloud-init seed needs a host name and an instance id.</source>
        <translation>cloud-init 种子需要主机名和实例 ID。</translation>
    </message>
    <message>
        <source>The gateway “%1” is not an IPv4 address.</source>
        <translation>网关“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>The DNS server “%1” is not an IPv4 address.</source>
        <translation>DNS 服务器“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>No temporary folder could be made: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The seed files could not be written in %1.</source>
        <translation>无法在 %1 中写入种子文件。</translation>
    </message>
    <message>
        <source>xorriso could not be started: %1</source>
        <translation>无法启动 xorriso：%1</translation>
    </message>
    <message>
        <source>Check that the “xorriso” package is installed correctly.</source>
        <translation>请检查“xorriso”软件包是否已正确安装。</translation>
    </message>
    <message>
        <source>xorriso did not finish within a minute.</source>
        <translation>xorriso 未在一分钟内完成。</translation>
    </message>
    <message>
        <source>xorriso failed (exit code %1): %2</source>
        <translation>xorriso 运行失败（退出代码 %1）：%2</translation>
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
    <name>ContainerCreator</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Creating %1 was cancelled.</source>
        <translation>创建 %1 已取消。</translation>
    </message>
    <message>
        <source>Undoing what was made…</source>
        <translation>正在撤销已完成的操作…</translation>
    </message>
    <message>
        <source>The name cannot be used</source>
        <translation>无法使用该名称</translation>
    </message>
    <message>
        <source>Too little memory</source>
        <translation>内存过少</translation>
    </message>
    <message>
        <source>A container needs a memory limit of at least %1 MiB.</source>
        <translation>容器的内存限制至少需要 %1 MiB。</translation>
    </message>
    <message>
        <source>The command cannot be used</source>
        <translation>无法使用该命令</translation>
    </message>
    <message>
        <source>The command must be a full path, such as /bin/sh.</source>
        <translation>命令必须是完整路径，例如 /bin/sh。</translation>
    </message>
    <message>
        <source>The root file system cannot be used</source>
        <translation>无法使用该根文件系统</translation>
    </message>
    <message>
        <source>The root file system must be a full path, such as /var/lib/lxc/web/rootfs.</source>
        <translation>根文件系统必须是完整路径，例如 /var/lib/lxc/web/rootfs。</translation>
    </message>
    <message>
        <source>The name is taken</source>
        <translation>名称已被占用</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请选择其他名称。</translation>
    </message>
    <message>
        <source>Cannot make a root file system there</source>
        <translation>无法在此处创建根文件系统</translation>
    </message>
    <message>
        <source>debootstrap runs on this computer, but the container&apos;s host is another one.</source>
        <translation>debootstrap 在本机上运行，但容器所在的主机是另一台计算机。</translation>
    </message>
    <message>
        <source>Make the root file system on that host and choose its folder.</source>
        <translation>请在该主机上创建根文件系统，然后选择其文件夹。</translation>
    </message>
    <message>
        <source>Making a Debian %1 root file system in %2 from %3</source>
        <translation>正在使用 %3 在 %2 中创建 Debian %1 根文件系统</translation>
    </message>
    <message>
        <source>Defining %1…</source>
        <translation>正在定义 %1…</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>定义 %1</translation>
    </message>
    <message>
        <source>Defined %1</source>
        <translation>已定义 %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>已启动 %1</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>%1 was created but could not be started: %2</source>
        <translation>%1 已创建，但无法启动：%2</translation>
    </message>
</context>
<context>
    <name>ContainerXmlBuilder</name>
    <message>
        <source>Enter a name for the container.</source>
        <translation>请输入容器名称。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most 64 are allowed.</source>
        <translation>名称长度为 %1 个字符；最多允许 64 个。</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;.</source>
        <translation>名称只能包含字母、数字以及“.”、“_”、“+”和“-”。</translation>
    </message>
    <message>
        <source>The name cannot start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>名称不能以“.”或“-”开头。</translation>
    </message>
</context>
<context>
    <name>CpuFeaturesTable</name>
    <message>
        <source>Feature</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU 特性</translation>
    </message>
    <message>
        <source>Feature name</source>
        <translation>特性名称</translation>
    </message>
    <message>
        <source>Feature policy</source>
        <translation>特性策略</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Optional (if the host has it)</source>
        <translation>可选（主机有则用）</translation>
    </message>
    <message>
        <source>Force (even if the host lacks it)</source>
        <translation>强制（即使主机没有）</translation>
    </message>
    <message>
        <source>Forbid (refuse to start if the host has it)</source>
        <translation>禁止（主机有则拒绝启动）</translation>
    </message>
</context>
<context>
    <name>CpuPage</name>
    <message>
        <source>Virtual CPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
    <message>
        <source>Current vCPUs</source>
        <translation>当前 vCPU 数</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>当前(&amp;C)：</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>最大 vCPU 数</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>最大(&amp;X)：</translation>
    </message>
    <message>
        <source>vCPUs of the running guest</source>
        <translation>运行中客户机的 vCPU</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>CPU 模式</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟机管理程序默认</translation>
    </message>
    <message>
        <source>Host passthrough (fastest, not migratable)</source>
        <translation>主机直通（最快，不可迁移）</translation>
    </message>
    <message>
        <source>Host model (close to the host, migratable)</source>
        <translation>主机型号（接近主机，可迁移）</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>指定型号</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>CPU model name</source>
        <translation>CPU 型号名称</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>型号(&amp;O)：</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>插槽</translation>
    </message>
    <message>
        <source>Dies</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>All zero: the hypervisor decides. Otherwise the product must equal the maximum vCPUs.</source>
        <translation>全为零：由虚拟机管理程序决定。否则乘积必须等于最大 vCPU 数。</translation>
    </message>
    <message>
        <source>Some changes apply at the next start of the guest.</source>
        <translation>部分更改将在客户机下次启动时生效。</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待生效的更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply CPU settings</source>
        <translation>应用 CPU 设置</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert CPU settings</source>
        <translation>还原 CPU 设置</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>%1 applies after restart</source>
        <translation>%1 重启后生效</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message numerus="yes">
        <source>Running now with %n vCPU(s), at most %1 without a restart.</source>
        <translation>
            <numerusform>当前运行 %n 个 vCPU，不重启最多 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The guest is not running: changes apply when it starts.</source>
        <translation>客户机未运行：更改将在启动时生效。</translation>
    </message>
    <message>
        <source>Up to %1 (%2).</source>
        <translation>最多 %1（%2）。</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>未做任何更改：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>已保存，并已在运行中的客户机上更改。</translation>
    </message>
    <message>
        <source>Saved; the marked fields apply after a restart.</source>
        <translation>已保存；标记的字段将在重启后生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Add &amp;feature</source>
        <translation>添加特性(&amp;F)</translation>
    </message>
    <message>
        <source>Add a CPU feature</source>
        <translation>添加 CPU 特性</translation>
    </message>
    <message>
        <source>Remo&amp;ve feature</source>
        <translation>移除特性(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected CPU feature</source>
        <translation>移除所选 CPU 特性</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU 特性</translation>
    </message>
    <message>
        <source>Feat&amp;ures:</source>
        <translation>特性(&amp;U)：</translation>
    </message>
    <message>
        <source>Pinning</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Which host CPUs each vCPU and the emulator&apos;s own threads may run on. A running guest is re-pinned at once.</source>
        <translation>每个 vCPU 及模拟器自身线程可以运行在哪些主机 CPU 上。运行中的客户机会立即重新绑定。</translation>
    </message>
    <message>
        <source>vCPU pinning</source>
        <translation>vCPU 绑定</translation>
    </message>
    <message>
        <source>Emulator pinning</source>
        <translation>模拟器绑定</translation>
    </message>
    <message>
        <source>Offered are the features this host knows. “Require” and “Disable” are the usual policies.</source>
        <translation>列出的是此主机已知的特性。“要求”和“禁用”是常用策略。</translation>
    </message>
    <message numerus="yes">
        <source>The hypervisor&apos;s default CPU takes no features: the %n feature(s) below go with this mode.</source>
        <translation>
            <numerusform>虚拟机管理程序默认 CPU 不接受特性：下面的 %n 个特性属于此模式。</numerusform>
        </translation>
    </message>
    <message>
        <source>Features are chosen with the host model or a named model.</source>
        <translation>特性需配合主机型号或指定型号选择。</translation>
    </message>
    <message>
        <source>Features are chosen with the host model or a named model; these stay as they are.</source>
        <translation>特性需配合主机型号或指定型号选择；这些保持不变。</translation>
    </message>
</context>
<context>
    <name>CpuPinningGrid</name>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU pinning</source>
        <translation>CPU 绑定</translation>
    </message>
    <message>
        <source>Tick the host CPUs each vCPU may run on, or type them (for example 0-3,6). The last row is the emulator&apos;s own threads.</source>
        <translation>勾选每个 vCPU 可以运行的主机 CPU，或直接输入（例如 0-3,6）。最后一行是模拟器自身的线程。</translation>
    </message>
    <message>
        <source>Host CPU %1 (offline)</source>
        <translation>主机 CPU %1（离线）</translation>
    </message>
    <message>
        <source>Host CPU %1</source>
        <translation>主机 CPU %1</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>%1 runs on host CPUs</source>
        <translation>%1 运行在这些主机 CPU 上</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 on every host CPU</source>
        <translation>%1 使用所有主机 CPU</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Clear the CPUs of %1</source>
        <translation>清除 %1 的 CPU</translation>
    </message>
    <message>
        <source>%1 on host CPU %2</source>
        <translation>%1 在主机 CPU %2 上</translation>
    </message>
</context>
<context>
    <name>CpuSet</name>
    <message>
        <source>“%1” is not a list of numbers like 0-3,6 (each from 0 to %2).</source>
        <translation>“%1”不是形如 0-3,6 的数字列表（每个数字在 0 到 %2 之间）。</translation>
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
    <name>DevicesPage</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Serial ports and consoles</source>
        <translation>串口和控制台</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Shared folders</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>主机设备</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Add &amp;hardware…</source>
        <translation>添加硬件(&amp;H)…</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <translation>添加硬件</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Selected device</source>
        <translation>所选设备</translation>
    </message>
    <message>
        <source>Device state</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>弹出(&amp;E)</translation>
    </message>
    <message>
        <source>Eject the media</source>
        <translation>弹出介质</translation>
    </message>
    <message>
        <source>&amp;Insert…</source>
        <translation>插入(&amp;I)…</translation>
    </message>
    <message>
        <source>Insert media</source>
        <translation>插入介质</translation>
    </message>
    <message>
        <source>Connect or disconnect the network cable</source>
        <translation>连接或断开网线</translation>
    </message>
    <message>
        <source>Choose a device on the left.</source>
        <translation>请在左侧选择一个设备。</translation>
    </message>
    <message>
        <source>VirtDeck has no editor for this kind of device; its configuration is shown as it is. Change it on the XML page.</source>
        <translation>VirtDeck 没有此类设备的编辑器；其配置按原样显示。请在 XML 页面修改。</translation>
    </message>
    <message>
        <source>Device XML</source>
        <translation>设备 XML</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply device settings</source>
        <translation>应用设备设置</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert device settings</source>
        <translation>还原设备设置</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1 — applies after restart</source>
        <translation>%1 — 重启后生效</translation>
    </message>
    <message>
        <source>Waits for the next start: %1</source>
        <translation>等待下次启动：%1</translation>
    </message>
    <message>
        <source>No device chosen</source>
        <translation>未选择设备</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <source>The guest is off: changes apply when it starts.</source>
        <translation>客户机已关闭：更改将在启动时生效。</translation>
    </message>
    <message>
        <source>In the running guest.</source>
        <translation>在运行中的客户机中。</translation>
    </message>
    <message>
        <source>Not in the running guest yet.</source>
        <translation>尚未在运行中的客户机中。</translation>
    </message>
    <message>
        <source>Applies after restart: %1</source>
        <translation>重启后生效：%1</translation>
    </message>
    <message>
        <source>Resizing the disk…</source>
        <translation>正在调整磁盘大小…</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>未做任何更改：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>Another change is still being made; try again in a moment.</source>
        <translation>另一项更改仍在进行；请稍后再试。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The host is not connected; nothing was changed.</source>
        <translation>主机未连接；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>Saved, but: %1</source>
        <translation>已保存，但：%1</translation>
    </message>
    <message>
        <source>Saved; applies after the guest restarts. %1</source>
        <translation>已保存；将在客户机重启后生效。%1</translation>
    </message>
    <message>
        <source>Done, in the running guest too.</source>
        <translation>完成，运行中的客户机也已更改。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>Nothing is deleted from storage.</source>
        <translation>不会从存储中删除任何内容。</translation>
    </message>
    <message>
        <source>The image %1 is kept; nothing is deleted from storage.</source>
        <translation>映像 %1 会保留；不会从存储中删除任何内容。</translation>
    </message>
    <message>
        <source>The running guest lets go of it now if it can; otherwise it goes at the next start.</source>
        <translation>运行中的客户机若能释放则立即释放；否则在下次启动时移除。</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>从 %2 中移除 %1？</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在移除…</translation>
    </message>
    <message>
        <source>Image to insert into %1 (a path on the host):</source>
        <translation>要插入 %1 的映像（主机上的路径）：</translation>
    </message>
    <message>
        <source>Choose an image to insert.</source>
        <translation>请选择要插入的映像。</translation>
    </message>
    <message>
        <source>Inserting the media…</source>
        <translation>正在插入介质…</translation>
    </message>
    <message>
        <source>Ejecting the media…</source>
        <translation>正在弹出介质…</translation>
    </message>
    <message>
        <source>Connecting the cable…</source>
        <translation>正在连接网线…</translation>
    </message>
    <message>
        <source>Disconnecting the cable…</source>
        <translation>正在断开网线…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <source>Nothing was added: correct the marked fields.</source>
        <translation>未添加任何设备：请修正标记的字段。</translation>
    </message>
    <message>
        <source>&amp;Connect cable</source>
        <translation>连接网线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect cable</source>
        <translation>断开网线(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DiskEditor</name>
    <message>
        <source>Image source</source>
        <translation>映像来源</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>映像路径</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for an image</source>
        <translation>浏览映像</translation>
    </message>
    <message>
        <source>Pool of the new volume</source>
        <translation>新卷所在存储池</translation>
    </message>
    <message>
        <source>Name of the new volume</source>
        <translation>新卷名称</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Size of the new volume in GiB</source>
        <translation>新卷大小（GiB）</translation>
    </message>
    <message>
        <source>No media in the drive.</source>
        <translation>驱动器中没有介质。</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>VirtIO (fastest)</source>
        <translation>VirtIO（最快）</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>SCSI</source>
        <translation>SCSI</translation>
    </message>
    <message>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Floppy controller</source>
        <translation>软盘控制器</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B)：</translation>
    </message>
    <message>
        <source>Target name in the guest</source>
        <translation>客户机中的目标名称</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Cache mode</source>
        <translation>缓存模式</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟机管理程序默认</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>缓存(&amp;C)：</translation>
    </message>
    <message>
        <source>I/O mode</source>
        <translation>I/O 模式</translation>
    </message>
    <message>
        <source>&amp;I/O mode:</source>
        <translation>I/O 模式(&amp;I)：</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Pass to the image (unmap)</source>
        <translation>传递给映像（unmap）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>&amp;Discard:</source>
        <translation>丢弃(&amp;D)：</translation>
    </message>
    <message>
        <source>Read-&amp;only</source>
        <translation>只读(&amp;O)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Disk size in GiB</source>
        <translation>磁盘大小（GiB）</translation>
    </message>
    <message>
        <source>Re&amp;size</source>
        <translation>调整大小(&amp;S)</translation>
    </message>
    <message>
        <source>Resize the disk</source>
        <translation>调整磁盘大小</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Disks only grow: shrinking would cut off data. Resize acts at once, also in a running guest.</source>
        <translation>磁盘只能增大：缩小会截断数据。调整大小立即生效，运行中的客户机也一样。</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>新卷</translation>
    </message>
    <message>
        <source>Empty drive</source>
        <translation>空驱动器</translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation>现有卷</translation>
    </message>
    <message>
        <source>File or device path</source>
        <translation>文件或设备路径</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>选择磁盘映像</translation>
    </message>
    <message>
        <source>%1 GiB free</source>
        <translation>可用 %1 GiB</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>不变（%1）</translation>
    </message>
    <message>
        <source>This %1 disk&apos;s source is kept as it is; change it on the XML page.</source>
        <translation>此 %1 磁盘的来源保持不变；请在 XML 页面修改。</translation>
    </message>
    <message>
        <source>The size is not known; Resize needs it.</source>
        <translation>大小未知；调整大小需要它。</translation>
    </message>
</context>
<context>
    <name>DomainConfig</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>line 1, column 1: the root element is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>第 1 行，第 1 列：根元素是 &lt;%1&gt;，而不是 &lt;domain&gt;</translation>
    </message>
</context>
<context>
    <name>DomainDefinition</name>
    <message>
        <source>The configuration was not changed</source>
        <translation>配置未更改</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>正在读取配置</translation>
    </message>
    <message>
        <source>The XML is not well-formed at line %1, column %2: %3</source>
        <translation>XML 格式错误，位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>Fix the text, or press Revert to start again.</source>
        <translation>请修正文本，或按“还原”重新开始。</translation>
    </message>
    <message>
        <source>A guest&apos;s configuration starts with &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>客户机配置以 &lt;domain&gt; 开头，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>The UUID was changed to %1; this page edits the guest %2.</source>
        <translation>UUID 被改为 %1；此页面编辑的是客户机 %2。</translation>
    </message>
    <message>
        <source>Use Clone to make a new guest.</source>
        <translation>要创建新客户机，请使用克隆。</translation>
    </message>
    <message>
        <source>Saving the configuration</source>
        <translation>正在保存配置</translation>
    </message>
    <message>
        <source>The name cannot be changed here (from %1 to %2).</source>
        <translation>不能在此更改名称（从 %1 改为 %2）。</translation>
    </message>
    <message>
        <source>Rename the guest from the Overview page.</source>
        <translation>请在“概览”页面重命名客户机。</translation>
    </message>
</context>
<context>
    <name>DomainGroupProxy</name>
    <message>
        <source>Unknown OS</source>
        <translation>未知操作系统</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)</source>
        <translation>
            <numerusform>%1：%n 个客户机</numerusform>
        </translation>
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
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>操作系统：%1</translation>
    </message>
</context>
<context>
    <name>DomainXmlBuilder</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most 64 are allowed.</source>
        <translation>名称长度为 %1 个字符；最多允许 64 个。</translation>
    </message>
    <message>
        <source>“%1” cannot be used in a name: use letters a–z, digits and . _ + -</source>
        <translation>名称中不能使用“%1”：请使用字母 a–z、数字和 . _ + -</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>The name cannot start with “%1”.</source>
        <translation>名称不能以“%1”开头。</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>Downloading %1: %2 of %3</source>
        <translation>正在下载 %1：%2 / %3</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>正在下载 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 does not exist on the server (404).</source>
        <translation>服务器上不存在 %1（404）。</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
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
    <name>FilesystemEditor</name>
    <message>
        <source>&amp;Driver:</source>
        <translation>驱动(&amp;D)：</translation>
    </message>
    <message>
        <source>virtiofs (fast; needs shared memory)</source>
        <translation>virtiofs（快速；需要共享内存）</translation>
    </message>
    <message>
        <source>9p (slower; works everywhere)</source>
        <translation>9p（较慢；到处可用）</translation>
    </message>
    <message>
        <source>&amp;Host folder:</source>
        <translation>主机文件夹(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation>挂载点(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Mount tag:</source>
        <translation>挂载标签(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the folder on the host to share.</source>
        <translation>请选择主机上要共享的文件夹。</translation>
    </message>
    <message>
        <source>Enter an absolute path, starting with “/”, such as /srv/share.</source>
        <translation>请输入以“/”开头的绝对路径，例如 /srv/share。</translation>
    </message>
    <message>
        <source>Enter where the folder appears inside the container, as an absolute path such as /mnt/share.</source>
        <translation>请输入文件夹在容器内出现的位置，使用绝对路径，例如 /mnt/share。</translation>
    </message>
    <message>
        <source>Enter a mount tag: the name the guest mounts the share by (mount -t virtiofs TAG /mnt).</source>
        <translation>请输入挂载标签：客户机挂载共享时使用的名称（mount -t virtiofs 标签 /mnt）。</translation>
    </message>
    <message>
        <source>The mount tag cannot contain spaces.</source>
        <translation>挂载标签不能包含空格。</translation>
    </message>
    <message>
        <source>The mount tag can be at most %1 characters long.</source>
        <translation>挂载标签最多 %1 个字符。</translation>
    </message>
    <message>
        <source>virtiofs needs the guest&apos;s memory to be shared with the host: turn on shared memory on the Memory page if it is not on yet, or the guest will not start.</source>
        <translation>virtiofs 需要客户机内存与主机共享：如果尚未开启，请在“内存”页面开启共享内存，否则客户机无法启动。</translation>
    </message>
    <message>
        <source>Many libvirt versions refuse read-only virtiofs shares. If saving fails, share read-write and mount it read-only in the guest.</source>
        <translation>许多 libvirt 版本拒绝只读的 virtiofs 共享。如果保存失败，请以读写方式共享，并在客户机中以只读方式挂载。</translation>
    </message>
</context>
<context>
    <name>FormDeviceEditor</name>
    <message>
        <source>%1: message</source>
        <translation>%1：消息</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
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
    <name>GraphicsEditor</name>
    <message>
        <source>&amp;Display protocol:</source>
        <translation>显示协议(&amp;D)：</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听(&amp;L)：</translation>
    </message>
    <message>
        <source>A network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>A local socket only</source>
        <translation>仅本地套接字</translation>
    </message>
    <message>
        <source>Nothing (no remote display)</source>
        <translation>无（不提供远程显示）</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>This host only</source>
        <translation>仅本主机</translation>
    </message>
    <message>
        <source>All addresses of this host</source>
        <translation>本主机的所有地址</translation>
    </message>
    <message>
        <source>Host default (usually 127.0.0.1)</source>
        <translation>主机默认（通常为 127.0.0.1）</translation>
    </message>
    <message>
        <source>Choose a free &amp;port automatically</source>
        <translation>自动选择空闲端口(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Image compression:</source>
        <translation>图像压缩(&amp;I)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Automatic (GLZ)</source>
        <translation>自动（GLZ）</translation>
    </message>
    <message>
        <source>Automatic (LZ)</source>
        <translation>自动（LZ）</translation>
    </message>
    <message>
        <source>QUIC</source>
        <translation>QUIC</translation>
    </message>
    <message>
        <source>GLZ</source>
        <translation>GLZ</translation>
    </message>
    <message>
        <source>LZ</source>
        <translation>LZ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Virtual network %1</source>
        <translation>虚拟网络 %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one such as 127.0.0.1 (this host only) or 0.0.0.0 (all addresses).</source>
        <translation>“%1”不是 IP 地址。请输入例如 127.0.0.1（仅本主机）或 0.0.0.0（所有地址）。</translation>
    </message>
    <message>
        <source>Choose a port from %1 to 65535, or let the host choose one.</source>
        <translation>请选择 %1 到 65535 之间的端口，或让主机选择。</translation>
    </message>
    <message>
        <source>VNC passwords can be at most %1 characters long: QEMU would ignore the rest.</source>
        <translation>VNC 密码最多 %1 个字符：其余部分会被 QEMU 忽略。</translation>
    </message>
    <message>
        <source>Anyone who can reach this host can see and control the guest. Set a password, or listen on 127.0.0.1 only.</source>
        <translation>任何能访问此主机的人都能看到并控制客户机。请设置密码，或仅监听 127.0.0.1。</translation>
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
    <name>GuestBoot</name>
    <message>
        <source>CD/DVD drive</source>
        <translation>CD/DVD 驱动器</translation>
    </message>
    <message>
        <source>Floppy drive</source>
        <translation>软盘驱动器</translation>
    </message>
    <message>
        <source>SCSI LUN</source>
        <translation>SCSI LUN</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Network card %1 — %2</source>
        <translation>网卡 %1 — %2</translation>
    </message>
    <message>
        <source>(no MAC yet)</source>
        <translation>（尚无 MAC）</translation>
    </message>
    <message>
        <source>Host PCI device %1</source>
        <translation>主机 PCI 设备 %1</translation>
    </message>
    <message>
        <source>Host USB device %1</source>
        <translation>主机 USB 设备 %1</translation>
    </message>
    <message>
        <source>Host device (%1)</source>
        <translation>主机设备（%1）</translation>
    </message>
    <message>
        <source>Redirected USB device (%1)</source>
        <translation>重定向的 USB 设备（%1）</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI (%1)</source>
        <translation>UEFI（%1）</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>BIOS (%1)</source>
        <translation>BIOS（%1）</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>无法读取配置</translation>
    </message>
    <message>
        <source>Reading the boot settings</source>
        <translation>正在读取启动设置</translation>
    </message>
    <message>
        <source>Reading the running guest&apos;s boot settings</source>
        <translation>正在读取运行中客户机的启动设置</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>启动菜单</translation>
    </message>
    <message>
        <source>Boot menu timeout</source>
        <translation>启动菜单等待时间</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Initial ramdisk</source>
        <translation>初始内存盘</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>内核命令行</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>设备树</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>网络（PXE）</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>软盘</translation>
    </message>
    <message>
        <source>Tick at least one kind of device to boot from.</source>
        <translation>请至少勾选一种启动设备类型。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of boot device.</source>
        <translation>“%1”不是启动设备类型。</translation>
    </message>
    <message>
        <source>Tick at least one device to boot from.</source>
        <translation>请至少勾选一个启动设备。</translation>
    </message>
    <message>
        <source>At most %1 ms (about a minute).</source>
        <translation>最多 %1 毫秒（约一分钟）。</translation>
    </message>
    <message>
        <source>Give the full path on the guest&apos;s host, starting with /.</source>
        <translation>请给出客户机所在主机上的完整路径，以 / 开头。</translation>
    </message>
    <message>
        <source>An initial ramdisk is only used together with a kernel: give the kernel too, or clear this field.</source>
        <translation>初始内存盘只能与内核一起使用：请同时给出内核，或清空此字段。</translation>
    </message>
    <message>
        <source>A command line is only used together with a kernel: give the kernel too, or clear this field.</source>
        <translation>命令行只能与内核一起使用：请同时给出内核，或清空此字段。</translation>
    </message>
    <message>
        <source>A device tree is only used together with a kernel: give the kernel too, or clear this field.</source>
        <translation>设备树只能与内核一起使用：请同时给出内核，或清空此字段。</translation>
    </message>
    <message>
        <source>There is no such file on this host.</source>
        <translation>此主机上没有这个文件。</translation>
    </message>
    <message>
        <source>This is a folder; give the file in it.</source>
        <translation>这是一个文件夹；请给出其中的文件。</translation>
    </message>
    <message>
        <source>This file cannot be read; check its permissions.</source>
        <translation>无法读取此文件；请检查其权限。</translation>
    </message>
    <message>
        <source>The configuration was not changed</source>
        <translation>配置未更改</translation>
    </message>
    <message>
        <source>A container starts its init program; it has no boot settings.</source>
        <translation>容器启动其 init 程序；没有启动设置。</translation>
    </message>
    <message>
        <source>A device in the list is no longer in the guest; press Revert and order again.</source>
        <translation>列表中的某个设备已不在客户机中；请按“还原”后重新排序。</translation>
    </message>
</context>
<context>
    <name>GuestCloner</name>
    <message>
        <source>%1 cannot be cloned</source>
        <translation>无法克隆 %1</translation>
    </message>
    <message>
        <source>Looking up the guest to clone</source>
        <translation>正在查找要克隆的客户机</translation>
    </message>
    <message>
        <source>The name cannot be used</source>
        <translation>无法使用该名称</translation>
    </message>
    <message>
        <source>The name is taken</source>
        <translation>名称已被占用</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 已暂停。</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message>
        <source>A linked clone reads %1&apos;s disks as its unchanging base, so they must not be in use while it is made, and must never change afterwards.</source>
        <translation>链接克隆以 %1 的磁盘作为不变的基础，因此在创建期间这些磁盘不得被使用，之后也绝不能更改。</translation>
    </message>
    <message>
        <source>A copy of disks that are in use would catch them half-written, so VirtDeck copies only guests that are shut off.</source>
        <translation>复制正在使用的磁盘会得到写了一半的数据，因此 VirtDeck 只复制已关机的客户机。</translation>
    </message>
    <message>
        <source>Shut down %1 first</source>
        <translation>请先关闭 %1</translation>
    </message>
    <message>
        <source>Shut %1 down, then clone it.</source>
        <translation>请先关闭 %1，然后再克隆。</translation>
    </message>
    <message>
        <source>%1 has a saved state: its disks belong to a memory image that the clone would not have, and the clone&apos;s file systems would be damaged.</source>
        <translation>%1 有保存的状态：其磁盘与一个内存映像相对应，而克隆不会拥有该映像，因此克隆的文件系统会损坏。</translation>
    </message>
    <message>
        <source>Start %1 and shut it down properly, or discard its saved state.</source>
        <translation>请启动 %1 并正常关机，或丢弃其保存的状态。</translation>
    </message>
    <message>
        <source>Reading the configuration of %1</source>
        <translation>正在读取 %1 的配置</translation>
    </message>
    <message>
        <source>Its configuration could not be read.</source>
        <translation>无法读取其配置。</translation>
    </message>
    <message>
        <source>Looking up the storage pool %1</source>
        <translation>正在查找存储池 %1</translation>
    </message>
    <message>
        <source>The storage pool is not active</source>
        <translation>存储池未处于活动状态</translation>
    </message>
    <message>
        <source>The storage pool %1 is not active, so no volume can be made in it.</source>
        <translation>存储池 %1 未处于活动状态，因此无法在其中创建卷。</translation>
    </message>
    <message>
        <source>Start the pool, or choose another one.</source>
        <translation>请启动该存储池，或选择其他存储池。</translation>
    </message>
    <message>
        <source>The clone uses the same media in %1 as %2.</source>
        <translation>克隆在 %1 中使用与 %2 相同的介质。</translation>
    </message>
    <message>
        <source>Disk %1 is read-only; the clone shares it with %2.</source>
        <translation>磁盘 %1 为只读；克隆与 %2 共用该磁盘。</translation>
    </message>
    <message>
        <source>Disk %1 is shareable; the clone shares it with %2.</source>
        <translation>磁盘 %1 可共享；克隆与 %2 共用该磁盘。</translation>
    </message>
    <message>
        <source>Disk %1 is a %2 disk; VirtDeck can copy only disks that are volumes in a storage pool.</source>
        <translation>磁盘 %1 是 %2 类型的磁盘；VirtDeck 只能复制作为存储池中的卷的磁盘。</translation>
    </message>
    <message>
        <source>Remove the disk from %1, or mark it shareable, then clone.</source>
        <translation>请从 %1 中移除该磁盘，或将其标记为可共享，然后再克隆。</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not in a storage pool, so libvirt cannot copy it.</source>
        <translation>磁盘 %1（%2）不在存储池中，因此 libvirt 无法复制它。</translation>
    </message>
    <message>
        <source>Add the disk&apos;s folder as a storage pool, or remove the disk from %1, then clone.</source>
        <translation>请将该磁盘所在的文件夹添加为存储池，或从 %1 中移除该磁盘，然后再克隆。</translation>
    </message>
    <message>
        <source>Finding the storage pool of %1</source>
        <translation>正在查找 %1 所在的存储池</translation>
    </message>
    <message>
        <source>A linked clone&apos;s disks are qcow2 files, and the storage pool %1 (%2) cannot hold files.</source>
        <translation>链接克隆的磁盘是 qcow2 文件，而存储池 %1（%2）无法存放文件。</translation>
    </message>
    <message>
        <source>Choose a folder pool for the clone, or make a full clone.</source>
        <translation>请为克隆选择基于文件夹的存储池，或创建完整副本。</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>可用空间不足</translation>
    </message>
    <message>
        <source>Copying the disks of %1 needs about %2, but the storage pool %3 has %4 free.</source>
        <translation>复制 %1 的磁盘大约需要 %2，但存储池 %3 只有 %4 可用空间。</translation>
    </message>
    <message>
        <source>Free some space, choose another pool, or make a linked clone.</source>
        <translation>请释放一些空间、选择其他存储池，或创建链接克隆。</translation>
    </message>
    <message>
        <source>Linked clones read %1&apos;s disks as their base: keep %1 shut off, or its clones&apos; disks break.</source>
        <translation>链接克隆以 %1 的磁盘为基础：请保持 %1 关闭，否则其克隆的磁盘将被破坏。</translation>
    </message>
    <message>
        <source>The clone starts with fresh UEFI variables made from the firmware&apos;s template; boot entries are recreated on its first boot.</source>
        <translation>克隆将使用根据固件模板新建的 UEFI 变量；启动项会在其首次启动时重新创建。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cloning %1 was cancelled.</source>
        <translation>克隆 %1 已取消。</translation>
    </message>
    <message>
        <source>Undoing what was made…</source>
        <translation>正在撤销已完成的操作…</translation>
    </message>
    <message>
        <source>Reading the path of the new disk</source>
        <translation>正在读取新磁盘的路径</translation>
    </message>
    <message>
        <source>Creating linked disk %1…</source>
        <translation>正在创建链接磁盘 %1…</translation>
    </message>
    <message>
        <source>Creating the linked disk %1</source>
        <translation>创建链接磁盘 %1</translation>
    </message>
    <message>
        <source>Created linked disk %1 on %2</source>
        <translation>已基于 %2 创建链接磁盘 %1</translation>
    </message>
    <message>
        <source>Copying disk %1 of %2</source>
        <translation>正在复制 %2 的磁盘 %1</translation>
    </message>
    <message>
        <source>Copying disk %1 to %2 (%3)…</source>
        <translation>正在将磁盘 %1 复制到 %2（%3）…</translation>
    </message>
    <message>
        <source>Cancelling: libvirt cannot interrupt the copy of %1; it is deleted as soon as it ends.</source>
        <translation>正在取消：libvirt 无法中断 %1 的复制；复制一结束就会将其删除。</translation>
    </message>
    <message>
        <source>Copying disk %1 to %2: %3 of %4</source>
        <translation>正在将磁盘 %1 复制到 %2：%3 / %4</translation>
    </message>
    <message>
        <source>Copied disk %1 to %2</source>
        <translation>已将磁盘 %1 复制到 %2</translation>
    </message>
    <message>
        <source>Defining %1…</source>
        <translation>正在定义 %1…</translation>
    </message>
    <message>
        <source>The configuration could not be copied</source>
        <translation>无法复制配置</translation>
    </message>
    <message>
        <source>The configuration of %1 could not be read as XML.</source>
        <translation>无法将 %1 的配置解析为 XML。</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>定义 %1</translation>
    </message>
    <message>
        <source>Defined %1</source>
        <translation>已定义 %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>已启动 %1</translation>
    </message>
</context>
<context>
    <name>GuestCpuPinning</name>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Emulator threads</source>
        <translation>模拟器线程</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>无法读取配置</translation>
    </message>
    <message>
        <source>Reading the CPU pinning</source>
        <translation>正在读取 CPU 绑定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 must be allowed at least one host CPU.</source>
        <translation>%1 必须至少允许一个主机 CPU。</translation>
    </message>
    <message>
        <source>%1: this host has no CPU %2 (it has CPUs 0–%3).</source>
        <translation>%1：此主机没有 CPU %2（它有 CPU 0–%3）。</translation>
    </message>
    <message>
        <source>Changing the CPU pinning</source>
        <translation>正在更改 CPU 绑定</translation>
    </message>
    <message>
        <source>Not changed in the running guest: %1</source>
        <translation>未在运行中的客户机上更改：%1</translation>
    </message>
</context>
<context>
    <name>GuestCreator</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Creating %1 was cancelled.</source>
        <translation>创建 %1 已取消。</translation>
    </message>
    <message>
        <source>Undoing what was made…</source>
        <translation>正在撤销已完成的操作…</translation>
    </message>
    <message>
        <source>The name cannot be used</source>
        <translation>无法使用该名称</translation>
    </message>
    <message>
        <source>The name is taken</source>
        <translation>名称已被占用</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请选择其他名称。</translation>
    </message>
    <message>
        <source>Creating the disk of %1</source>
        <translation>正在创建 %1 的磁盘</translation>
    </message>
    <message>
        <source>Creating disk %1 (%2)…</source>
        <translation>正在创建磁盘 %1（%2）…</translation>
    </message>
    <message>
        <source>The disk name is taken</source>
        <translation>磁盘名称已被占用</translation>
    </message>
    <message>
        <source>The storage pool %1 already holds a volume named %2; VirtDeck leaves it alone.</source>
        <translation>存储池 %1 中已有名为 %2 的卷；VirtDeck 不会改动它。</translation>
    </message>
    <message>
        <source>Choose another name for the guest or its disk.</source>
        <translation>请为客户机或其磁盘选择其他名称。</translation>
    </message>
    <message>
        <source>Created disk %1</source>
        <translation>已创建磁盘 %1</translation>
    </message>
    <message>
        <source>Fetching the installer of %1</source>
        <translation>正在获取 %1 的安装程序</translation>
    </message>
    <message>
        <source>The installer cannot be found</source>
        <translation>找不到安装程序</translation>
    </message>
    <message>
        <source>VirtDeck does not know where the installer&apos;s kernel is in this tree.</source>
        <translation>VirtDeck 不知道安装程序的内核位于此安装树中的何处。</translation>
    </message>
    <message>
        <source>Use the install disc (ISO) instead.</source>
        <translation>请改用安装光盘（ISO）。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>The installer could not be downloaded</source>
        <translation>无法下载安装程序</translation>
    </message>
    <message>
        <source>Check the address of the install tree.</source>
        <translation>请检查安装树的地址。</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2)</source>
        <translation>已下载 %1（%2）</translation>
    </message>
    <message>
        <source>Stored it as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>定义 %1</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel and initrd stay in the pool %1 until you delete them (%2, %3).</source>
        <translation>安装程序的内核和 initrd 会一直保留在存储池 %1 中，直到您将其删除（%2、%3）。</translation>
    </message>
    <message>
        <source>Creating the storage pool “default” in %1</source>
        <translation>正在 %1 中创建存储池“default”</translation>
    </message>
    <message>
        <source>Defining %1…</source>
        <translation>正在定义 %1…</translation>
    </message>
    <message>
        <source>Defined %1</source>
        <translation>已定义 %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>已启动 %1</translation>
    </message>
</context>
<context>
    <name>GuestDevices</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>media</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>image</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>target name</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>cache mode</source>
        <translation>缓存模式</translation>
    </message>
    <message>
        <source>I/O mode</source>
        <translation>I/O 模式</translation>
    </message>
    <message>
        <source>discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>link state</source>
        <translation>链路状态</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>无法读取配置</translation>
    </message>
    <message>
        <source>The device was changed elsewhere</source>
        <translation>设备已在别处被更改</translation>
    </message>
    <message>
        <source>The guest&apos;s configuration changed since the page was loaded; nothing was done.</source>
        <translation>页面加载后客户机配置已更改；未做任何操作。</translation>
    </message>
    <message>
        <source>Look at the device again and repeat the change.</source>
        <translation>请重新查看设备并再次更改。</translation>
    </message>
    <message>
        <source>The device is not valid</source>
        <translation>设备无效</translation>
    </message>
    <message>
        <source>The running guest cannot take it now (%1); it applies at the next start.</source>
        <translation>运行中的客户机现在无法接受（%1）；将在下次启动时生效。</translation>
    </message>
    <message>
        <source>A running guest cannot change the %1 of this device; it applies at the next start.</source>
        <translation>运行中的客户机无法更改此设备的%1；将在下次启动时生效。</translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation>CD-ROM %1</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>软盘 %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>LUN %1</source>
        <translation>LUN %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation>网桥 %1</translation>
    </message>
    <message>
        <source>direct %1</source>
        <translation>直连 %1</translation>
    </message>
    <message>
        <source>user networking</source>
        <translation>用户模式网络</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Audio backend</source>
        <translation>音频后端</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>数位板</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Parallel port %1</source>
        <translation>并口 %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Guest agent channel</source>
        <translation>客户机代理通道</translation>
    </message>
    <message>
        <source>SPICE agent channel</source>
        <translation>SPICE 代理通道</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Shared folder %1</source>
        <translation>共享文件夹 %1</translation>
    </message>
    <message>
        <source>PCI host device %1</source>
        <translation>PCI 主机设备 %1</translation>
    </message>
    <message>
        <source>USB host device %1</source>
        <translation>USB 主机设备 %1</translation>
    </message>
    <message>
        <source>USB host device</source>
        <translation>USB 主机设备</translation>
    </message>
    <message>
        <source>bus %1, device %2</source>
        <translation>总线 %1，设备 %2</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>主机设备</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>USB 重定向</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>Controller %1 %2</source>
        <translation>控制器 %1 %2</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>内存气球</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>智能卡</translation>
    </message>
    <message>
        <source>USB hub</source>
        <translation>USB 集线器</translation>
    </message>
    <message>
        <source>Panic notifier</source>
        <translation>崩溃通知器</translation>
    </message>
    <message>
        <source>Memory module</source>
        <translation>内存模块</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>VM socket (vsock)</source>
        <translation>虚拟机套接字（vsock）</translation>
    </message>
    <message>
        <source>Shared memory %1</source>
        <translation>共享内存 %1</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>租约 %1</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The configuration is not well-formed XML.</source>
        <translation>配置不是格式正确的 XML。</translation>
    </message>
    <message>
        <source>new device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: removal</source>
        <translation>%1：移除</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s devices</source>
        <translation>正在读取客户机的设备</translation>
    </message>
    <message>
        <source>Not a MAC address: six pairs of hexadecimal digits separated by colons, like 52:54:00:12:34:56.</source>
        <translation>不是 MAC 地址：应为用冒号分隔的六组十六进制数字，例如 52:54:00:12:34:56。</translation>
    </message>
    <message>
        <source>An address of zeros cannot identify a network card.</source>
        <translation>全零地址无法标识网卡。</translation>
    </message>
    <message>
        <source>This is a multicast address (the first pair is odd); a network card needs one whose first pair is even, like 52.</source>
        <translation>这是组播地址（第一组为奇数）；网卡需要第一组为偶数的地址，例如 52。</translation>
    </message>
    <message>
        <source>Another network card on this host already has this address; press Generate for a new one.</source>
        <translation>此主机上的另一块网卡已使用此地址；请按“生成”获取新地址。</translation>
    </message>
    <message>
        <source>Give the disk a target name, like vdb.</source>
        <translation>请为磁盘指定目标名称，例如 vdb。</translation>
    </message>
    <message>
        <source>Target names look like vda, sdb, hdc or fda.</source>
        <translation>目标名称形如 vda、sdb、hdc 或 fda。</translation>
    </message>
    <message>
        <source>%1 is already used by another disk of this guest.</source>
        <translation>%1 已被此客户机的另一块磁盘使用。</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>请给出以 / 开头的完整路径。</translation>
    </message>
    <message>
        <source>The storage pool %1 has no volume %2 (in %3).</source>
        <translation>存储池 %1 中没有卷 %2（在 %3 中）。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>A disk needs a size above 0.</source>
        <translation>磁盘大小必须大于 0。</translation>
    </message>
    <message>
        <source>Shrinking would cut off the data at the disk&apos;s end; VirtDeck only makes disks larger (now %1).</source>
        <translation>缩小会截断磁盘末尾的数据；VirtDeck 只会增大磁盘（当前 %1）。</translation>
    </message>
    <message>
        <source>The disk already has this size.</source>
        <translation>磁盘已经是这个大小。</translation>
    </message>
    <message>
        <source>Choose a storage pool for the new disk.</source>
        <translation>请为新磁盘选择存储池。</translation>
    </message>
    <message>
        <source>Give the new disk image a file name, like data.qcow2.</source>
        <translation>请为新磁盘映像指定文件名，例如 data.qcow2。</translation>
    </message>
    <message>
        <source>The pool %1 already has a volume %2; choose another name.</source>
        <translation>存储池 %1 已有卷 %2；请换一个名称。</translation>
    </message>
    <message>
        <source>Choose a disk, CD-ROM or floppy drive.</source>
        <translation>请选择磁盘、CD-ROM 或软盘驱动器。</translation>
    </message>
    <message>
        <source>Choose the bus the drive is attached to.</source>
        <translation>请选择驱动器所连接的总线。</translation>
    </message>
    <message>
        <source>This hypervisor does not offer the %1 bus here.</source>
        <translation>此虚拟机管理程序在这里不提供 %1 总线。</translation>
    </message>
    <message>
        <source>A floppy drive goes on the floppy controller (fdc).</source>
        <translation>软盘驱动器应接在软盘控制器（fdc）上。</translation>
    </message>
    <message>
        <source>Only floppy drives go on the floppy controller.</source>
        <translation>软盘控制器上只能接软盘驱动器。</translation>
    </message>
    <message>
        <source>A disk needs an image: choose a volume, a file or a device.</source>
        <translation>磁盘需要映像：请选择卷、文件或设备。</translation>
    </message>
    <message>
        <source>There is no active storage pool %1 on this host.</source>
        <translation>此主机上没有活动的存储池 %1。</translation>
    </message>
    <message>
        <source>The storage pool %1 has no volume %2.</source>
        <translation>存储池 %1 中没有卷 %2。</translation>
    </message>
    <message>
        <source>Native I/O needs the cache mode “none” or “directsync”.</source>
        <translation>原生 I/O 需要缓存模式为“none”或“directsync”。</translation>
    </message>
    <message>
        <source>Choose a virtual network.</source>
        <translation>请选择虚拟网络。</translation>
    </message>
    <message>
        <source>There is no virtual network %1 on this host.</source>
        <translation>此主机上没有虚拟网络 %1。</translation>
    </message>
    <message>
        <source>Give the name of a bridge on the host, like br0.</source>
        <translation>请给出主机上网桥的名称，例如 br0。</translation>
    </message>
    <message>
        <source>Choose the host&apos;s network device to attach to.</source>
        <translation>请选择要连接的主机网络设备。</translation>
    </message>
    <message>
        <source>A model name has only letters, digits, dots, dashes and underscores.</source>
        <translation>型号名称只能包含字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>Changing the device</source>
        <translation>正在更改设备</translation>
    </message>
    <message>
        <source>The device&apos;s XML is not a &lt;%1&gt; element.</source>
        <translation>设备的 XML 不是 &lt;%1&gt; 元素。</translation>
    </message>
    <message>
        <source>The running guest does not have this device yet; it applies at the next start.</source>
        <translation>运行中的客户机还没有此设备；将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Adding the device</source>
        <translation>正在添加设备</translation>
    </message>
    <message>
        <source>The device&apos;s XML is not well-formed.</source>
        <translation>设备的 XML 格式不正确。</translation>
    </message>
    <message>
        <source>Creating the disk image %1</source>
        <translation>正在创建磁盘映像 %1</translation>
    </message>
    <message>
        <source>Removing the device</source>
        <translation>正在移除设备</translation>
    </message>
    <message>
        <source>The guest has not released the device yet; it goes when the guest lets go of it, or at the next start.</source>
        <translation>客户机尚未释放该设备；待客户机释放或下次启动时移除。</translation>
    </message>
    <message>
        <source>Ejecting the media</source>
        <translation>正在弹出介质</translation>
    </message>
    <message>
        <source>Inserting the media</source>
        <translation>正在插入介质</translation>
    </message>
    <message>
        <source>Not a removable drive</source>
        <translation>不是可移动驱动器</translation>
    </message>
    <message>
        <source>Only CD-ROM and floppy drives take media.</source>
        <translation>只有 CD-ROM 和软盘驱动器可以插入介质。</translation>
    </message>
    <message>
        <source>Connecting the network cable</source>
        <translation>正在连接网线</translation>
    </message>
    <message>
        <source>Disconnecting the network cable</source>
        <translation>正在断开网线</translation>
    </message>
    <message>
        <source>Resizing the disk</source>
        <translation>正在调整磁盘大小</translation>
    </message>
    <message>
        <source>Not a disk</source>
        <translation>不是磁盘</translation>
    </message>
    <message>
        <source>Only hard disks can be resized.</source>
        <translation>只能调整硬盘的大小。</translation>
    </message>
    <message>
        <source>This disk cannot be resized here</source>
        <translation>无法在此调整此磁盘的大小</translation>
    </message>
    <message>
        <source>The disk&apos;s image is not a volume of a storage pool, so it can only be resized while the guest runs.</source>
        <translation>磁盘映像不是存储池中的卷，因此只能在客户机运行时调整大小。</translation>
    </message>
    <message>
        <source>Start the guest and resize the disk then, or resize the image with qemu-img.</source>
        <translation>请启动客户机后再调整磁盘大小，或使用 qemu-img 调整映像大小。</translation>
    </message>
</context>
<context>
    <name>GuestNumaPlacement</name>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>无法读取配置</translation>
    </message>
    <message>
        <source>NUMA memory mode</source>
        <translation>NUMA 内存模式</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA 节点</translation>
    </message>
    <message>
        <source>vCPU placement</source>
        <translation>vCPU 放置</translation>
    </message>
    <message>
        <source>Reading the NUMA placement</source>
        <translation>正在读取 NUMA 放置</translation>
    </message>
    <message>
        <source>Reading the running guest&apos;s placement</source>
        <translation>正在读取运行中客户机的放置</translation>
    </message>
    <message>
        <source>“%1” is not a memory mode; use one of %2.</source>
        <translation>“%1”不是内存模式；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a placement; use static or auto.</source>
        <translation>“%1”不是放置方式；请使用 static 或 auto。</translation>
    </message>
    <message>
        <source>This host has no NUMA node %1; it has node(s) %2.</source>
        <translation>此主机没有 NUMA 节点 %1；它有节点 %2。</translation>
    </message>
    <message>
        <source>Choose how the guest&apos;s memory is bound to the chosen nodes (a memory mode).</source>
        <translation>请选择客户机内存如何绑定到所选节点（内存模式）。</translation>
    </message>
    <message>
        <source>With automatic placement the host&apos;s numad chooses the nodes: clear the nodes, or place statically.</source>
        <translation>自动放置时由主机的 numad 选择节点：请清空节点，或使用静态放置。</translation>
    </message>
    <message>
        <source>Choose at least one host node for the “%1” mode, or set the mode to “Not set”.</source>
        <translation>请为“%1”模式至少选择一个主机节点，或将模式设为“未设置”。</translation>
    </message>
    <message>
        <source>A running guest keeps this until its next start.</source>
        <translation>运行中的客户机会保持此设置直到下次启动。</translation>
    </message>
    <message>
        <source>A running guest&apos;s memory mode cannot change; it applies at the next start.</source>
        <translation>运行中客户机的内存模式无法更改；将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Not changed in the running guest: %1</source>
        <translation>未在运行中的客户机上更改：%1</translation>
    </message>
</context>
<context>
    <name>GuestOverview</name>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI (Secure Boot)</source>
        <translation>UEFI（安全启动）</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>客户机代理</translation>
    </message>
    <message>
        <source>DHCP lease</source>
        <translation>DHCP 租约</translation>
    </message>
    <message>
        <source>Reading the guest</source>
        <translation>正在读取客户机</translation>
    </message>
    <message>
        <source>Saving the title and description</source>
        <translation>正在保存标题和描述</translation>
    </message>
    <message>
        <source>Changing whether the guest starts with the host</source>
        <translation>正在更改客户机是否随主机启动</translation>
    </message>
</context>
<context>
    <name>GuestResourceSettings</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>the hypervisor&apos;s limit for this machine type</source>
        <translation>此机器类型的虚拟机管理程序上限</translation>
    </message>
    <message>
        <source>the hypervisor&apos;s limit</source>
        <translation>虚拟机管理程序上限</translation>
    </message>
    <message>
        <source>%1 per host CPU</source>
        <translation>每个主机 CPU %1 个</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>无法读取配置</translation>
    </message>
    <message>
        <source>Reading processors and memory</source>
        <translation>正在读取处理器和内存</translation>
    </message>
    <message>
        <source>Reading the running guest&apos;s resources</source>
        <translation>正在读取运行中客户机的资源</translation>
    </message>
    <message>
        <source>A guest needs at least one vCPU.</source>
        <translation>客户机至少需要一个 vCPU。</translation>
    </message>
    <message>
        <source>At most %1 vCPUs (%2).</source>
        <translation>最多 %1 个 vCPU（%2）。</translation>
    </message>
    <message>
        <source>More than the maximum of %1; raise the maximum first.</source>
        <translation>超过了最大值 %1；请先提高最大值。</translation>
    </message>
    <message>
        <source>Choose a CPU model.</source>
        <translation>请选择 CPU 型号。</translation>
    </message>
    <message>
        <source>Sockets, cores and threads each need at least 1.</source>
        <translation>插槽、核心和线程都至少为 1。</translation>
    </message>
    <message>
        <source>Sockets × dies × cores × threads is %1, but the maximum is %2 vCPUs; they must be equal.</source>
        <translation>插槽 × 晶片 × 核心 × 线程为 %1，但最大值为 %2 个 vCPU；两者必须相等。</translation>
    </message>
    <message>
        <source>At least %1; no guest system starts with less.</source>
        <translation>至少 %1；少于此值任何客户机系统都无法启动。</translation>
    </message>
    <message>
        <source>The host has only %1.</source>
        <translation>主机只有 %1。</translation>
    </message>
    <message>
        <source>At least %1; no guest system runs with less.</source>
        <translation>至少 %1；少于此值任何客户机系统都无法运行。</translation>
    </message>
    <message>
        <source>Saved, but changing the running guest&apos;s vCPUs</source>
        <translation>已保存，但更改运行中客户机的 vCPU</translation>
    </message>
    <message>
        <source>Saved, but changing the running guest&apos;s memory</source>
        <translation>已保存，但更改运行中客户机的内存</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>The shared folder “%1”</source>
        <translation>共享文件夹“%1”</translation>
    </message>
    <message>
        <source>The vhost-user network card</source>
        <translation>vhost-user 网卡</translation>
    </message>
    <message>
        <source>Current vCPUs</source>
        <translation>当前 vCPU 数</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>最大 vCPU 数</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>CPU 模式</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <source>CPU topology</source>
        <translation>CPU 拓扑</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU 特性</translation>
    </message>
    <message>
        <source>Current memory</source>
        <translation>当前内存</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>最大内存</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>大页</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>CPU features can be chosen with the host model or a named model only.</source>
        <translation>CPU 特性只能配合主机型号或指定型号选择。</translation>
    </message>
    <message>
        <source>A feature needs a name.</source>
        <translation>特性需要名称。</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1”重复了。</translation>
    </message>
    <message>
        <source>“%1” cannot be checked: this host does not list the CPU features it knows.</source>
        <translation>无法检查“%1”：此主机未列出其已知的 CPU 特性。</translation>
    </message>
    <message>
        <source>“%1” is not a CPU feature this host knows; choose one from the list.</source>
        <translation>“%1”不是此主机已知的 CPU 特性；请从列表中选择。</translation>
    </message>
    <message>
        <source>“%1” has the policy “%2”; use one of %3.</source>
        <translation>“%1”的策略为“%2”；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>This host offers no huge pages.</source>
        <translation>此主机不提供大页。</translation>
    </message>
    <message>
        <source>This host has no %1 pages; it offers %2.</source>
        <translation>此主机没有 %1 的页；它提供 %2。</translation>
    </message>
    <message>
        <source>The maximum memory (%1) is not a whole number of %2 pages.</source>
        <translation>最大内存（%1）不是 %2 页的整数倍。</translation>
    </message>
    <message>
        <source>The guest needs %1 pages of %2 (%3), but the host has only %4 free. Set more aside on the host (vm.nr_hugepages) or give the guest less memory.</source>
        <translation>客户机需要 %1 个 %2 的页（%3），但主机只有 %4 个空闲。请在主机上预留更多（vm.nr_hugepages），或减少客户机内存。</translation>
    </message>
    <message>
        <source>%1 needs shared memory; remove it first.</source>
        <translation>%1 需要共享内存；请先移除它。</translation>
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
    <name>GuestTags</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>“%1” may only contain letters, digits, “-”, “_” and “.”.</source>
        <translation>“%1”只能包含字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>“%1”重复了。</translation>
    </message>
    <message>
        <source>A guest can have at most %1 tags; these are %2.</source>
        <translation>一个客户机最多 %1 个标签；这里有 %2 个。</translation>
    </message>
    <message>
        <source>Reading the tags and notes</source>
        <translation>正在读取标签和备注</translation>
    </message>
    <message>
        <source>Saving the tags and notes</source>
        <translation>正在保存标签和备注</translation>
    </message>
    <message>
        <source>Some tags are not valid</source>
        <translation>部分标签无效</translation>
    </message>
    <message>
        <source>Correct the tags and apply again.</source>
        <translation>请修正标签后重新应用。</translation>
    </message>
</context>
<context>
    <name>GuestTuning</name>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The %1 driver does not offer CPU weight or cap (%2).</source>
        <translation>%1 驱动不提供 CPU 权重或上限（%2）。</translation>
    </message>
    <message>
        <source>The %1 driver does not offer CPU weight or cap.</source>
        <translation>%1 驱动不提供 CPU 权重或上限。</translation>
    </message>
    <message>
        <source>The %1 driver does not offer a disk I/O weight (%2).</source>
        <translation>%1 驱动不提供磁盘 I/O 权重（%2）。</translation>
    </message>
    <message>
        <source>The %1 driver does not offer a disk I/O weight.</source>
        <translation>%1 驱动不提供磁盘 I/O 权重。</translation>
    </message>
    <message>
        <source>The %1 driver does not offer memory limits (%2).</source>
        <translation>%1 驱动不提供内存限制（%2）。</translation>
    </message>
    <message>
        <source>The %1 driver does not offer disk throttles (%2).</source>
        <translation>%1 驱动不提供磁盘限速（%2）。</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>下次启动时生效。</translation>
    </message>
    <message>
        <source>Not changed in the running guest: %1</source>
        <translation>未在运行中的客户机上更改：%1</translation>
    </message>
    <message>
        <source>The disk I/O weight was not changed</source>
        <translation>磁盘 I/O 权重未更改</translation>
    </message>
    <message>
        <source>This host does not accept the weight %1. libvirt said: %2</source>
        <translation>此主机不接受权重 %1。libvirt 返回：%2</translation>
    </message>
    <message>
        <source>Hosts with cgroup v1 and the CFQ scheduler accept 100 to 1000; with BFQ or cgroup v2, 10 to 1000. Try a value from 100 to 1000.</source>
        <translation>使用 cgroup v1 和 CFQ 调度器的主机接受 100 到 1000；使用 BFQ 或 cgroup v2 的接受 10 到 1000。请尝试 100 到 1000 之间的值。</translation>
    </message>
    <message>
        <source>Reading resource controls</source>
        <translation>正在读取资源控制</translation>
    </message>
    <message>
        <source>The CPU weight must be from %1 to %2 (the usual is 1024); %3 was entered.</source>
        <translation>CPU 权重必须在 %1 到 %2 之间（通常为 1024）；输入的是 %3。</translation>
    </message>
    <message>
        <source>The CPU cap must be from 1% to %1% (100% per vCPU, %2 vCPUs); %3% was entered.</source>
        <translation>CPU 上限必须在 1% 到 %1% 之间（每个 vCPU 100%，共 %2 个 vCPU）；输入的是 %3%。</translation>
    </message>
    <message>
        <source>The disk I/O weight must be from %1 to %2; %3 was entered.</source>
        <translation>磁盘 I/O 权重必须在 %1 到 %2 之间；输入的是 %3。</translation>
    </message>
    <message>
        <source>Disk %1: a throttle cannot be negative; use 0 for no limit.</source>
        <translation>磁盘 %1：限速不能为负数；0 表示不限制。</translation>
    </message>
    <message>
        <source>A memory limit must be above zero; tick “Unlimited” for no limit.</source>
        <translation>内存限制必须大于零；勾选“不限制”表示没有限制。</translation>
    </message>
    <message>
        <source>The soft limit (%1) must not be above the hard limit or the swap limit.</source>
        <translation>软限制（%1）不能高于硬限制或交换限制。</translation>
    </message>
    <message>
        <source>The hard limit (%1) must not be above the memory plus swap limit (%2).</source>
        <translation>硬限制（%1）不能高于内存加交换限制（%2）。</translation>
    </message>
    <message>
        <source>A memory plus swap limit needs a hard limit too.</source>
        <translation>内存加交换限制也需要设置硬限制。</translation>
    </message>
    <message>
        <source>Changing resource controls</source>
        <translation>正在更改资源控制</translation>
    </message>
    <message>
        <source>Changing the CPU weight and cap</source>
        <translation>正在更改 CPU 权重和上限</translation>
    </message>
    <message>
        <source>Changing the disk I/O weight</source>
        <translation>正在更改磁盘 I/O 权重</translation>
    </message>
    <message>
        <source>Changing the memory limits</source>
        <translation>正在更改内存限制</translation>
    </message>
    <message>
        <source>Changing the throttles of disk %1</source>
        <translation>正在更改磁盘 %1 的限速</translation>
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
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Changes waiting for a restart</source>
        <translation>等待重启的更改</translation>
    </message>
    <message>
        <source>Has changes that apply after a restart</source>
        <translation>有重启后生效的更改</translation>
    </message>
    <message>
        <source>%1, with changes that apply after a restart</source>
        <translation>%1，有重启后生效的更改</translation>
    </message>
    <message>
        <source>Changes wait for a restart: %1 — they apply the next time the guest starts. To apply them now, shut the guest down and start it again (a reboot from inside the guest is not enough).</source>
        <translation>更改等待重启：%1 — 它们将在客户机下次启动时生效。要立即应用，请关闭客户机后再启动（在客户机内部重启是不够的）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>HardwareProfile</name>
    <message>
        <source>This host&apos;s KVM (PVM) cannot run ordinary guests; the guest runs under software emulation (TCG), which is slower.</source>
        <translation>此主机的 KVM（PVM）无法运行普通客户机；客户机将以软件模拟（TCG）方式运行，速度较慢。</translation>
    </message>
    <message>
        <source>UEFI is off: no UEFI firmware (OVMF) is installed on this host.</source>
        <translation>UEFI 已关闭：此主机未安装 UEFI 固件（OVMF）。</translation>
    </message>
    <message>
        <source>%1 needs UEFI, but no UEFI firmware (OVMF) is installed on this host; its installer may refuse to start.</source>
        <translation>%1 需要 UEFI，但此主机未安装 UEFI 固件（OVMF）；其安装程序可能拒绝启动。</translation>
    </message>
    <message>
        <source>Secure Boot is off: this host&apos;s UEFI firmware cannot do it.</source>
        <translation>安全启动已关闭：此主机的 UEFI 固件不支持该功能。</translation>
    </message>
    <message>
        <source>No TPM: this host has no TPM emulator (swtpm). %1 may refuse to install without one.</source>
        <translation>无 TPM：此主机没有 TPM 模拟器（swtpm）。没有它，%1 可能会拒绝安装。</translation>
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
    <name>HostdevEditor</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB 设备</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI 设备</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>主机设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Detach from the host&apos;s driver while the guest runs (managed)</source>
        <translation>客户机运行时从主机驱动分离(&amp;D)（managed）</translation>
    </message>
    <message>
        <source>Choose a device</source>
        <translation>选择设备</translation>
    </message>
    <message>
        <source>USB %1 (not connected to the host now)</source>
        <translation>USB %1（当前未连接到主机）</translation>
    </message>
    <message>
        <source>USB bus %1, device %2</source>
        <translation>USB 总线 %1，设备 %2</translation>
    </message>
    <message>
        <source>PCI %1 (not listed by the host now)</source>
        <translation>PCI %1（主机当前未列出）</translation>
    </message>
    <message>
        <source>The device in the definition</source>
        <translation>定义中的设备</translation>
    </message>
    <message>
        <source>The host lists no PCI devices to give.</source>
        <translation>主机没有可提供的 PCI 设备。</translation>
    </message>
    <message>
        <source>The host lists no USB devices to give.</source>
        <translation>主机没有可提供的 USB 设备。</translation>
    </message>
    <message>
        <source>Choose the host device to give to the guest.</source>
        <translation>请选择要提供给客户机的主机设备。</translation>
    </message>
    <message>
        <source>The host does not list this device now; the guest cannot start until it is back.</source>
        <translation>主机当前未列出此设备；在它恢复之前客户机无法启动。</translation>
    </message>
    <message>
        <source>This device is not plugged into the host now; the guest may not start without it.</source>
        <translation>此设备当前未插入主机；没有它客户机可能无法启动。</translation>
    </message>
</context>
<context>
    <name>InputEditor</name>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Tablet (pointer follows the mouse exactly)</source>
        <translation>数位板（指针精确跟随鼠标）</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B)：</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Virtio</source>
        <translation>Virtio</translation>
    </message>
    <message>
        <source>PS/2</source>
        <translation>PS/2</translation>
    </message>
    <message>
        <source>A tablet cannot use the PS/2 bus: choose USB or virtio.</source>
        <translation>数位板不能使用 PS/2 总线：请选择 USB 或 virtio。</translation>
    </message>
</context>
<context>
    <name>InterfaceEditor</name>
    <message>
        <source>Connection type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>Host device (macvtap)</source>
        <translation>主机设备（macvtap）</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Network, bridge or host device</source>
        <translation>网络、网桥或主机设备</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>virtio is fastest; e1000e, e1000 and rtl8139 work in guests without virtio drivers.</source>
        <translation>virtio 最快；e1000e、e1000 和 rtl8139 适用于没有 virtio 驱动的客户机。</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>由 libvirt 选择</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>生成 MAC 地址</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 地址(&amp;C)：</translation>
    </message>
    <message>
        <source>Ca&amp;ble connected</source>
        <translation>网线已连接(&amp;B)</translation>
    </message>
    <message>
        <source>Cable connected</source>
        <translation>网线已连接</translation>
    </message>
    <message>
        <source>Unplugging the virtual cable is like pulling a real one: the guest sees its link go down.</source>
        <translation>拔出虚拟网线就像拔出真实网线：客户机会看到链路断开。</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
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
    <message>
        <source>New virtual machine…</source>
        <translation>新建虚拟机…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected host (Ctrl+N)</source>
        <translation>在所选主机上创建虚拟机（Ctrl+N）</translation>
    </message>
    <message>
        <source>New container…</source>
        <translation>新建容器…</translation>
    </message>
    <message>
        <source>Create a container on an LXC host (Ctrl+Alt+N)</source>
        <translation>在 LXC 主机上创建容器（Ctrl+Alt+N）</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>Make a copy of the selected virtual machine with its disks</source>
        <translation>复制所选虚拟机及其磁盘</translation>
    </message>
    <message>
        <source>Many from template…</source>
        <translation>从模板批量创建…</translation>
    </message>
    <message>
        <source>Make many virtual machines from the selected one (web-01, web-02, …)</source>
        <translation>基于所选虚拟机批量创建多个虚拟机（web-01、web-02、…）</translation>
    </message>
    <message>
        <source>Filter by name, title, tag or UUID (Ctrl+F)</source>
        <translation>按名称、标题、标签或 UUID 筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>标签筛选</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>List the guests under their host, state, operating system or tag</source>
        <translation>按主机、状态、操作系统或标签列出客户机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Current memory in MiB</source>
        <translation>当前内存（MiB）</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>当前(&amp;C)：</translation>
    </message>
    <message>
        <source>Maximum memory in MiB</source>
        <translation>最大内存（MiB）</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>最大(&amp;X)：</translation>
    </message>
    <message>
        <source>Memory of the running guest</source>
        <translation>运行中客户机的内存</translation>
    </message>
    <message>
        <source>A running guest gives memory back or takes more up to its maximum through its balloon driver; a new maximum needs a restart.</source>
        <translation>运行中的客户机通过气球驱动归还内存或占用更多内存，直到其最大值；新的最大值需要重启。</translation>
    </message>
    <message>
        <source>Some changes apply at the next start of the guest.</source>
        <translation>部分更改将在客户机下次启动时生效。</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待生效的更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply memory settings</source>
        <translation>应用内存设置</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert memory settings</source>
        <translation>还原内存设置</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>%1 applies after restart</source>
        <translation>%1 重启后生效</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Running now with %1 MiB, at most %2 MiB without a restart.</source>
        <translation>当前运行内存 %1 MiB，不重启最多 %2 MiB。</translation>
    </message>
    <message>
        <source>The guest is not running: changes apply when it starts.</source>
        <translation>客户机未运行：更改将在启动时生效。</translation>
    </message>
    <message>
        <source>The host has %1 MiB.</source>
        <translation>主机有 %1 MiB。</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>未做任何更改：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>已保存，并已在运行中的客户机上更改。</translation>
    </message>
    <message>
        <source>Saved; the marked fields apply after a restart.</source>
        <translation>已保存；标记的字段将在重启后生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Memory backing</source>
        <translation>内存后端</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>大页</translation>
    </message>
    <message>
        <source>&amp;Huge pages:</source>
        <translation>大页(&amp;H)：</translation>
    </message>
    <message>
        <source>Free huge pages on the host</source>
        <translation>主机上的空闲大页</translation>
    </message>
    <message>
        <source>&amp;Shared memory (memfd), needed by shared folders (virtiofs)</source>
        <translation>共享内存(&amp;S)（memfd），共享文件夹（virtiofs）需要</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>Off (normal pages)</source>
        <translation>关闭（普通页）</translation>
    </message>
    <message>
        <source>Host default size (%1)</source>
        <translation>主机默认大小（%1）</translation>
    </message>
    <message>
        <source>%1 pages: %2 free of %3 set aside</source>
        <translation>%1 页：预留 %3 个中空闲 %2 个</translation>
    </message>
    <message>
        <source>%1 (not on this host)</source>
        <translation>%1（此主机没有）</translation>
    </message>
    <message>
        <source>This host offers no huge pages.</source>
        <translation>此主机不提供大页。</translation>
    </message>
    <message>
        <source>Needed by: %1.</source>
        <translation>需要它的有：%1。</translation>
    </message>
</context>
<context>
    <name>NamePattern</name>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>“%1”超过了 %2 个字符。</translation>
    </message>
    <message>
        <source>“%1” starts with “%2”; names must start with a letter, a digit, “_” or “+”.</source>
        <translation>“%1”以“%2”开头；名称必须以字母、数字、“_”或“+”开头。</translation>
    </message>
    <message>
        <source>“%1” contains “%2”; use only letters, digits and “._+-”.</source>
        <translation>“%1”包含“%2”；只能使用字母、数字和“._+-”。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Enter a name or a pattern such as web-{01..20}.</source>
        <translation>请输入名称或模式，例如 web-{01..20}。</translation>
    </message>
    <message>
        <source>The number of guests must be between 1 and %1.</source>
        <translation>客户机数量必须介于 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The braces in “%1” do not match; write a range as {1..10}.</source>
        <translation>“%1”中的花括号不匹配；范围应写成 {1..10}。</translation>
    </message>
    <message>
        <source>“%1” has more than one range; use one, such as web-{01..20}.</source>
        <translation>“%1”包含多个范围；只能使用一个，例如 web-{01..20}。</translation>
    </message>
    <message>
        <source>“%1” is not a range; write it as {first..last}, for example {01..20}.</source>
        <translation>“%1”不是范围；请写成 {起始..结束}，例如 {01..20}。</translation>
    </message>
    <message>
        <source>The numbers in “%1” are too large.</source>
        <translation>“%1”中的数字过大。</translation>
    </message>
    <message>
        <source>The range {%1..%2} counts down; write the smaller number first.</source>
        <translation>范围 {%1..%2} 是递减的；请先写较小的数字。</translation>
    </message>
    <message>
        <source>{%1..%2} would make %3 guests; at most %4 can be made at once.</source>
        <translation>{%1..%2} 将生成 %3 个客户机；一次最多只能创建 %4 个。</translation>
    </message>
</context>
<context>
    <name>NewContainerWizard</name>
    <message>
        <source>New container on %1</source>
        <translation>在 %1 上新建容器</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>新建容器</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Kind of container</source>
        <translation>容器类型</translation>
    </message>
    <message>
        <source>What the container runs, and which files it sees.</source>
        <translation>容器运行什么，以及它能看到哪些文件。</translation>
    </message>
    <message>
        <source>&amp;Application container</source>
        <translation>应用程序容器(&amp;A)</translation>
    </message>
    <message>
        <source>Application container</source>
        <translation>应用程序容器</translation>
    </message>
    <message>
        <source>&amp;Operating system container</source>
        <translation>操作系统容器(&amp;O)</translation>
    </message>
    <message>
        <source>Operating system container</source>
        <translation>操作系统容器</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>e.g. -c &quot;sleep 600&quot;</source>
        <translation>例如 -c &quot;sleep 600&quot;</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;rguments:</source>
        <translation>参数(&amp;R)：</translation>
    </message>
    <message>
        <source>Use an &amp;existing root file system folder</source>
        <translation>使用现有的根文件系统文件夹(&amp;E)</translation>
    </message>
    <message>
        <source>Use an existing root file system folder</source>
        <translation>使用现有的根文件系统文件夹</translation>
    </message>
    <message>
        <source>Make a new Debian root file system with &amp;debootstrap</source>
        <translation>使用 debootstrap 创建新的 Debian 根文件系统(&amp;D)</translation>
    </message>
    <message>
        <source>Make a new Debian root file system with debootstrap</source>
        <translation>使用 debootstrap 创建新的 Debian 根文件系统</translation>
    </message>
    <message>
        <source>debootstrap can only make root file systems on this computer, and this host is another one.</source>
        <translation>debootstrap 只能在本机上创建根文件系统，而此主机是另一台计算机。</translation>
    </message>
    <message>
        <source>Root file system folder</source>
        <translation>根文件系统文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the root file system folder</source>
        <translation>浏览选择根文件系统文件夹</translation>
    </message>
    <message>
        <source>Debian release</source>
        <translation>Debian 版本</translation>
    </message>
    <message>
        <source>Debian mirror</source>
        <translation>Debian 镜像</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Re&amp;lease:</source>
        <translation>版本(&amp;L)：</translation>
    </message>
    <message>
        <source>M&amp;irror:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>Runs one program, such as a shell, in this host&apos;s own files with its own processes, memory limit and network.</source>
        <translation>在此主机自身的文件中运行一个程序（例如 shell），并拥有独立的进程、内存限制和网络。</translation>
    </message>
    <message>
        <source>Boots a whole Linux system (/sbin/init) from a root file system folder of its own.</source>
        <translation>从其自己的根文件系统文件夹引导一个完整的 Linux 系统（/sbin/init）。</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Limits the container cannot go beyond.</source>
        <translation>容器不能超出的限制。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory limit in MiB</source>
        <translation>内存限制（MiB）</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>CPU 权重</translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation>内存限制(&amp;M)：</translation>
    </message>
    <message>
        <source>When the container uses more, the kernel ends some of its processes.</source>
        <translation>容器使用的内存超出限制时，内核会终止其部分进程。</translation>
    </message>
    <message>
        <source>C&amp;PU weight:</source>
        <translation>CPU 权重(&amp;P)：</translation>
    </message>
    <message>
        <source>Its share of CPU time when the host is busy: 1024 is normal, 2048 twice as much, 512 half.</source>
        <translation>主机繁忙时它所占的 CPU 时间份额：1024 为正常，2048 为两倍，512 为一半。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>How the container reaches other machines.</source>
        <translation>容器如何访问其他计算机。</translation>
    </message>
    <message>
        <source>&amp;Virtual network</source>
        <translation>虚拟网络(&amp;V)</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Host &amp;bridge</source>
        <translation>主机网桥(&amp;B)</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>&amp;No network (only loopback inside)</source>
        <translation>无网络（内部仅有环回接口）(&amp;N)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>Virtual network name</source>
        <translation>虚拟网络名称</translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation>网桥名称</translation>
    </message>
    <message>
        <source>Name and summary</source>
        <translation>名称和摘要</translation>
    </message>
    <message>
        <source>Check what will be created.</source>
        <translation>请检查将要创建的内容。</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>&amp;Start the container when it is created</source>
        <translation>创建后启动容器(&amp;S)</translation>
    </message>
    <message>
        <source>Start the container when it is created</source>
        <translation>创建后启动容器</translation>
    </message>
    <message>
        <source>Configuration (XML)</source>
        <translation>配置（XML）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation>正在创建容器</translation>
    </message>
    <message>
        <source>Cancel stops it and removes what was made so far.</source>
        <translation>点击“取消”将停止创建并移除目前已创建的内容。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Creation log</source>
        <translation>创建日志</translation>
    </message>
    <message>
        <source>Change settings and &amp;try again</source>
        <translation>更改设置并重试(&amp;T)</translation>
    </message>
    <message>
        <source>Change settings and try again</source>
        <translation>更改设置并重试</translation>
    </message>
    <message>
        <source>Enter the program to run, e.g. /bin/sh.</source>
        <translation>请输入要运行的程序，例如 /bin/sh。</translation>
    </message>
    <message>
        <source>Enter the full path of the program, e.g. /bin/sh.</source>
        <translation>请输入程序的完整路径，例如 /bin/sh。</translation>
    </message>
    <message>
        <source>%1 does not exist on this host.</source>
        <translation>此主机上不存在 %1。</translation>
    </message>
    <message>
        <source>%1 is not a program that can be run.</source>
        <translation>%1 不是可运行的程序。</translation>
    </message>
    <message>
        <source>debootstrap is not installed on this computer (apt install debootstrap).</source>
        <translation>本机未安装 debootstrap（apt install debootstrap）。</translation>
    </message>
    <message>
        <source>Choose the folder that holds the container&apos;s root file system.</source>
        <translation>请选择存放容器根文件系统的文件夹。</translation>
    </message>
    <message>
        <source>Enter a full path starting with &quot;/&quot;.</source>
        <translation>请输入以“/”开头的完整路径。</translation>
    </message>
    <message>
        <source>That is the host&apos;s own root. To share the host&apos;s files, choose an application container.</source>
        <translation>这是主机自身的根目录。若要共享主机的文件，请选择应用程序容器。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 has no /sbin/init, which an operating system container starts first.</source>
        <translation>%1 中没有 /sbin/init，而操作系统容器首先要启动它。</translation>
    </message>
    <message>
        <source>Give the container at least %1 MiB.</source>
        <translation>请为容器分配至少 %1 MiB。</translation>
    </message>
    <message>
        <source>This host has only %1 of memory.</source>
        <translation>此主机只有 %1 内存。</translation>
    </message>
    <message>
        <source>The CPU weight must be at least %1.</source>
        <translation>CPU 权重必须至少为 %1。</translation>
    </message>
    <message>
        <source>Looking up this host&apos;s virtual networks…</source>
        <translation>正在查询此主机的虚拟网络…</translation>
    </message>
    <message>
        <source>The host&apos;s networks could not be listed (not connected). Choose a bridge or no network.</source>
        <translation>无法列出主机的网络（未连接）。请选择网桥或无网络。</translation>
    </message>
    <message>
        <source>This host has no virtual networks. Choose a bridge or no network.</source>
        <translation>此主机没有虚拟网络。请选择网桥或无网络。</translation>
    </message>
    <message>
        <source>Enter the name of a bridge on the host, e.g. br0.</source>
        <translation>请输入主机上的网桥名称，例如 br0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device name: at most 15 characters, without spaces, &quot;/&quot; or &quot;:&quot;.</source>
        <translation>“%1”不是有效的设备名称：最多 15 个字符，不能包含空格、“/”或“:”。</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>The network %1 is not running; the container cannot start until it is.</source>
        <translation>网络 %1 未运行；在其运行之前，容器无法启动。</translation>
    </message>
    <message>
        <source>The container gets a network of its own with only loopback in it.</source>
        <translation>容器将获得自己的网络，其中只有环回接口。</translation>
    </message>
    <message>
        <source>Some lists may be incomplete: %1</source>
        <translation>部分列表可能不完整：%1</translation>
    </message>
    <message>
        <source>Runs %1 in this host&apos;s files.</source>
        <translation>在此主机的文件中运行 %1。</translation>
    </message>
    <message>
        <source>Boots Debian %1, made with debootstrap in %2 (about 150 MB download).</source>
        <translation>引导 Debian %1，它由 debootstrap 在 %2 中创建（需下载约 150 MB）。</translation>
    </message>
    <message>
        <source>Boots the system in %1.</source>
        <translation>引导 %1 中的系统。</translation>
    </message>
    <message>
        <source>Memory limit %1, CPU weight %2.</source>
        <translation>内存限制 %1，CPU 权重 %2。</translation>
    </message>
    <message>
        <source>Network: virtual network %1.</source>
        <translation>网络：虚拟网络 %1。</translation>
    </message>
    <message>
        <source>Network: host bridge %1.</source>
        <translation>网络：主机网桥 %1。</translation>
    </message>
    <message>
        <source>Network: none.</source>
        <translation>网络：无。</translation>
    </message>
    <message>
        <source>Starts once created.</source>
        <translation>创建后即启动。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 已创建。</translation>
    </message>
    <message>
        <source>%1 was created, but it could not be started.
%2
%3</source>
        <translation>%1 已创建，但无法启动。
%2
%3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Creation was cancelled; what had been made was removed.</source>
        <translation>创建已取消；已创建的内容均已移除。</translation>
    </message>
    <message>
        <source>Cancelling and removing what was made…</source>
        <translation>正在取消并移除已创建的内容…</translation>
    </message>
</context>
<context>
    <name>NewVmFinishPage</name>
    <message>
        <source>Name and options</source>
        <translation>名称和选项</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>&amp;Secure Boot</source>
        <translation>安全启动(&amp;S)</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>安全启动</translation>
    </message>
    <message>
        <source>Emulated &amp;TPM 2.0</source>
        <translation>模拟 TPM 2.0(&amp;T)</translation>
    </message>
    <message>
        <source>Emulated TPM 2.0</source>
        <translation>模拟 TPM 2.0</translation>
    </message>
    <message>
        <source>&amp;Driver disc:</source>
        <translation>驱动光盘(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional: /path/to/virtio-win.iso (faster disk and network)</source>
        <translation>可选：/path/to/virtio-win.iso（更快的磁盘和网络）</translation>
    </message>
    <message>
        <source>virtio-win driver disc</source>
        <translation>virtio-win 驱动光盘</translation>
    </message>
    <message>
        <source>C&amp;ustomize the configuration before install</source>
        <translation>安装前自定义配置(&amp;U)</translation>
    </message>
    <message>
        <source>Customize the configuration before install</source>
        <translation>安装前自定义配置</translation>
    </message>
    <message>
        <source>Start the guest and open its console</source>
        <translation>启动客户机并打开其控制台</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>网络(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件(&amp;F)：</translation>
    </message>
    <message>
        <source>Virtual network “%1” (NAT)</source>
        <translation>虚拟网络“%1”（NAT）</translation>
    </message>
    <message>
        <source>Virtual network “%1” (not running; started with the guest)</source>
        <translation>虚拟网络“%1”（未运行；将随客户机一起启动）</translation>
    </message>
    <message>
        <source>Bridge %1 (guest on the host&apos;s LAN)</source>
        <translation>网桥 %1（客户机位于主机所在的局域网中）</translation>
    </message>
    <message>
        <source>Macvtap on %1 (host cannot reach the guest)</source>
        <translation>%1 上的 Macvtap（主机无法访问客户机）</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>Reading the host&apos;s guests…</source>
        <translation>正在读取主机上的客户机…</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>The pool %1 already holds a disk named %2.qcow2; VirtDeck will not overwrite it.</source>
        <translation>存储池 %1 中已有名为 %2.qcow2 的磁盘；VirtDeck 不会覆盖它。</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>请提供以 / 开头的完整路径。</translation>
    </message>
    <message>
        <source>UEFI needs OVMF on the host (Debian package “ovmf”).</source>
        <translation>UEFI 需要主机上装有 OVMF（Debian 软件包“ovmf”）。</translation>
    </message>
    <message>
        <source>%1 does not boot with BIOS; choose UEFI.</source>
        <translation>%1 无法通过 BIOS 引导；请选择 UEFI。</translation>
    </message>
    <message>
        <source>A TPM needs swtpm on the host (Debian package “swtpm”).</source>
        <translation>TPM 需要主机上装有 swtpm（Debian 软件包“swtpm”）。</translation>
    </message>
    <message>
        <source>Windows 11 refuses to install without a TPM.</source>
        <translation>没有 TPM，Windows 11 会拒绝安装。</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Memory: %1, CPUs: %2</source>
        <translation>内存：%1，CPU：%2</translation>
    </message>
    <message>
        <source>Disk: %1 (%2 bus)</source>
        <translation>磁盘：%1（%2 总线）</translation>
    </message>
    <message>
        <source>Disk: new %1 in pool %2 (%3 bus)</source>
        <translation>磁盘：存储池 %2 中的新磁盘 %1（%3 总线）</translation>
    </message>
    <message>
        <source>Disk: none</source>
        <translation>磁盘：无</translation>
    </message>
    <message>
        <source>Hardware: %1 machine, %2 network card, %3 video, clock in %4</source>
        <translation>硬件：%1 机器类型，%2 网卡，%3 显卡，时钟：%4</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
</context>
<context>
    <name>NewVmMethodPage</name>
    <message>
        <source>How will the system be installed?</source>
        <translation>将如何安装系统？</translation>
    </message>
    <message>
        <source>/path/to/install.iso or /dev/sr0</source>
        <translation>/path/to/install.iso 或 /dev/sr0</translation>
    </message>
    <message>
        <source>Install media path</source>
        <translation>安装介质路径</translation>
    </message>
    <message>
        <source>Browse for install media</source>
        <translation>浏览选择安装介质</translation>
    </message>
    <message>
        <source>https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</source>
        <translation>https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</translation>
    </message>
    <message>
        <source>Install tree URL</source>
        <translation>安装树 URL</translation>
    </message>
    <message>
        <source>/path/to/disk.qcow2</source>
        <translation>/path/to/disk.qcow2</translation>
    </message>
    <message>
        <source>Disk image path</source>
        <translation>磁盘镜像路径</translation>
    </message>
    <message>
        <source>Browse for disk image</source>
        <translation>浏览选择磁盘镜像</translation>
    </message>
    <message>
        <source>&amp;Local install media (ISO image or CD drive)</source>
        <translation>本地安装介质（ISO 镜像或光驱）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Network install (URL of an install tree)</source>
        <translation>网络安装（安装树 URL）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import an existing disk image</source>
        <translation>导入现有磁盘镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Network &amp;boot (PXE)</source>
        <translation>网络引导（PXE）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;No install media (set it up later)</source>
        <translation>无安装介质（稍后设置）(&amp;O)</translation>
    </message>
    <message>
        <source>Choose install media</source>
        <translation>选择安装介质</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img);;All files (*)</source>
        <translation>光盘镜像 (*.iso *.img);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>选择磁盘镜像</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.img *.raw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose an ISO image or a CD drive.</source>
        <translation>请选择 ISO 镜像或光驱。</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>请提供以 / 开头的完整路径。</translation>
    </message>
    <message>
        <source>Enter the address of the install tree.</source>
        <translation>请输入安装树的地址。</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>这不是有效的地址。</translation>
    </message>
    <message>
        <source>Use an http, https, ftp or nfs address.</source>
        <translation>请使用 http、https、ftp 或 nfs 地址。</translation>
    </message>
    <message>
        <source>Choose the disk image to import.</source>
        <translation>请选择要导入的磁盘镜像。</translation>
    </message>
    <message>
        <source>Paths are on the host %1, not on this computer.</source>
        <translation>路径位于主机 %1 上，而不是本机上。</translation>
    </message>
</context>
<context>
    <name>NewVmOsPage</name>
    <message>
        <source>Which operating system?</source>
        <translation>哪种操作系统？</translation>
    </message>
    <message>
        <source>The virtual hardware is chosen for it.</source>
        <translation>将据此选择虚拟硬件。</translation>
    </message>
    <message>
        <source>&amp;Detect from the install media</source>
        <translation>从安装介质检测(&amp;D)</translation>
    </message>
    <message>
        <source>Detect the operating system from the install media</source>
        <translation>从安装介质检测操作系统</translation>
    </message>
    <message>
        <source>Search: Windows XP, Debian 12, Ubuntu 24.04, FreeBSD…</source>
        <translation>搜索：Windows XP、Debian 12、Ubuntu 24.04、FreeBSD…</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>搜索操作系统</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>(no longer supported by its vendor since %1)</source>
        <translation>（供应商自 %1 起已停止支持）</translation>
    </message>
    <message>
        <source>(end of life)</source>
        <translation>（已停止支持）</translation>
    </message>
    <message>
        <source>Loading the operating system database…</source>
        <translation>正在加载操作系统数据库…</translation>
    </message>
    <message>
        <source>The install media is on %1, so it cannot be examined from here; choose the system below.</source>
        <translation>安装介质位于 %1 上，无法从这里检查；请在下方选择系统。</translation>
    </message>
    <message>
        <source>Examining %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <source>Not recognised: %1 Choose the system below.</source>
        <translation>无法识别：%1 请在下方选择系统。</translation>
    </message>
    <message>
        <source>The operating system database could not be loaded: %1</source>
        <translation>无法加载操作系统数据库：%1</translation>
    </message>
    <message>
        <source>Examining the install media…</source>
        <translation>正在检查安装介质…</translation>
    </message>
    <message>
        <source>Choose the operating system, or “Generic OS” when it is not listed.</source>
        <translation>请选择操作系统；如果未列出，请选择“通用操作系统”。</translation>
    </message>
    <message>
        <source>VirtDeck does not know where %1 keeps its installer in a network tree; use its install disc instead.</source>
        <translation>VirtDeck 不知道 %1 的安装程序位于网络安装树中的何处；请改用其安装光盘。</translation>
    </message>
</context>
<context>
    <name>NewVmPage</name>
    <message>
        <source>Next is disabled: %1</source>
        <translation>“下一步”不可用：%1</translation>
    </message>
</context>
<context>
    <name>NewVmProgressPage</name>
    <message>
        <source>Creating the virtual machine</source>
        <translation>正在创建虚拟机</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Creation log</source>
        <translation>创建日志</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>%1 的配置</translation>
    </message>
    <message>
        <source>Domain XML</source>
        <translation>域 XML</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Edit the configuration libvirt will get. Nothing has been created yet.</source>
        <translation>编辑将提交给 libvirt 的配置。目前尚未创建任何内容。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Cancelling; removing what was made…</source>
        <translation>正在取消；正在移除已创建的内容…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 was created and started.</source>
        <translation>%1 已创建并启动。</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 已创建。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left behind.</source>
        <translation>已取消。未留下任何内容。</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Everything made so far was removed.</source>
        <translation>目前已创建的内容均已移除。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>NewVmResourcesPage</name>
    <message>
        <source>Memory and processors</source>
        <translation>内存和处理器</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory in MiB</source>
        <translation>内存（MiB）</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>CPU(&amp;C)：</translation>
    </message>
    <message>
        <source>A guest needs at least 16 MiB of memory.</source>
        <translation>客户机至少需要 16 MiB 内存。</translation>
    </message>
    <message>
        <source>%1 is more memory than this host has (%2).</source>
        <translation>%1 超过了此主机的内存容量（%2）。</translation>
    </message>
    <message>
        <source>A guest needs at least one CPU.</source>
        <translation>客户机至少需要一个 CPU。</translation>
    </message>
    <message>
        <source>At most 512 CPUs.</source>
        <translation>最多 512 个 CPU。</translation>
    </message>
    <message>
        <source>%1 needs at least %2; it may not install or run.</source>
        <translation>%1 至少需要 %2；否则可能无法安装或运行。</translation>
    </message>
    <message>
        <source>This leaves little memory for the host and its other guests.</source>
        <translation>这样留给主机及其他客户机的内存将很少。</translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation>%1 的推荐值：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The host has only %n CPU(s); more virtual CPUs make the guest slower, not faster.</source>
        <translation>
            <numerusform>主机只有 %n 个 CPU；更多的虚拟 CPU 只会让客户机变慢，而不是变快。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n CPU(s).</source>
        <translation>
            <numerusform>%1 至少需要 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This host has %1 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>此主机有 %1 内存和 %n 个 CPU。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewVmStoragePage</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Disk size in GiB</source>
        <translation>磁盘大小（GiB）</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Existing disk path</source>
        <translation>现有磁盘路径</translation>
    </message>
    <message>
        <source>Browse for an existing disk</source>
        <translation>浏览选择现有磁盘</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Create a new disk (qcow2, grows as it fills)</source>
        <translation>创建新磁盘（qcow2，随写入增长）(&amp;C)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or file</source>
        <translation>使用现有卷或文件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;No disk</source>
        <translation>无磁盘(&amp;N)</translation>
    </message>
    <message>
        <source>Choose a disk</source>
        <translation>选择磁盘</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.img *.raw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — %2 free of %3</source>
        <translation>%1 — 可用 %2 / 共 %3</translation>
    </message>
    <message>
        <source>default — new pool in %1, made with the disk</source>
        <translation>default — %1 中的新存储池，随磁盘一起创建</translation>
    </message>
    <message>
        <source>Enter a disk size above zero.</source>
        <translation>请输入大于零的磁盘大小。</translation>
    </message>
    <message>
        <source>%1 is larger than the 64 TiB VirtDeck allows for one disk.</source>
        <translation>%1 超过了 VirtDeck 允许的单个磁盘上限 64 TiB。</translation>
    </message>
    <message>
        <source>Choose the disk to use.</source>
        <translation>请选择要使用的磁盘。</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>请提供以 / 开头的完整路径。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>正在读取主机的存储池…</translation>
    </message>
    <message>
        <source>This host has no active storage pool; start one or use an existing disk.</source>
        <translation>此主机没有活动的存储池；请启动一个存储池，或使用现有磁盘。</translation>
    </message>
    <message>
        <source>No active storage pool on this host.</source>
        <translation>此主机上没有活动的存储池。</translation>
    </message>
    <message>
        <source>The disk is made in %1 and named after the guest.</source>
        <translation>磁盘将在 %1 中创建，并以客户机名称命名。</translation>
    </message>
    <message>
        <source>The pool has only %1 free. The disk grows as it fills, so this works until the pool is full.</source>
        <translation>存储池只剩 %1 可用空间。磁盘会随写入增长，因此在存储池写满之前都能正常工作。</translation>
    </message>
    <message>
        <source>%1 needs at least %2.</source>
        <translation>%1 至少需要 %2。</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New Virtual Machine on %1</source>
        <translation>在 %1 上新建虚拟机</translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The operating system database (osinfo-db) could not be loaded.</source>
        <translation>无法加载操作系统数据库（osinfo-db）。</translation>
    </message>
    <message>
        <source>No install disc was chosen.</source>
        <translation>未选择安装光盘。</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a disc image.</source>
        <translation>无法读取 %1：它是文件夹，而不是光盘镜像。</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>无法读取 %1：权限被拒绝。</translation>
    </message>
    <message>
        <source>Not an install disc VirtDeck recognises: %1 is not a CD or DVD image (ISO 9660).</source>
        <translation>VirtDeck 无法识别此安装光盘：%1 不是 CD 或 DVD 镜像（ISO 9660）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not an install disc VirtDeck recognises (volume label “%1”).</source>
        <translation>VirtDeck 无法识别此安装光盘（卷标“%1”）。</translation>
    </message>
    <message>
        <source>The disc cannot boot a computer.</source>
        <translation>该光盘无法引导计算机。</translation>
    </message>
    <message>
        <source>Not an install disc VirtDeck recognises.</source>
        <translation>VirtDeck 无法识别此安装光盘。</translation>
    </message>
    <message>
        <source>No install tree address was given.</source>
        <translation>未提供安装树地址。</translation>
    </message>
    <message>
        <source>Cannot read %1: only http, https and local folders are supported.</source>
        <translation>无法读取 %1：仅支持 http、https 和本地文件夹。</translation>
    </message>
    <message>
        <source>The .treeinfo file at %1 cannot be understood: %2</source>
        <translation>无法解析位于 %1 的 .treeinfo 文件：%2</translation>
    </message>
    <message>
        <source>Not an install tree VirtDeck recognises (%1).</source>
        <translation>VirtDeck 无法识别此安装树（%1）。</translation>
    </message>
    <message>
        <source>Not an install tree VirtDeck recognises.</source>
        <translation>VirtDeck 无法识别此安装树。</translation>
    </message>
    <message>
        <source>Generic OS</source>
        <translation>通用操作系统</translation>
    </message>
    <message>
        <source>Cannot read %1: the folder does not exist.</source>
        <translation>无法读取 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>No install tree VirtDeck recognises at %1: it has no .treeinfo file.</source>
        <translation>VirtDeck 无法识别位于 %1 的安装树：其中没有 .treeinfo 文件。</translation>
    </message>
    <message>
        <source>No install tree VirtDeck recognises at %1: it has no .treeinfo file. Debian and Ubuntu trees cannot be recognised automatically; choose the system by hand.</source>
        <translation>VirtDeck 无法识别位于 %1 的安装树：其中没有 .treeinfo 文件。Debian 和 Ubuntu 的安装树无法自动识别；请手动选择系统。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
</context>
<context>
    <name>OtherDeviceEditors</name>
    <message>
        <source>Graphics</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>Host device (USB or PCI)</source>
        <translation>主机设备（USB 或 PCI）</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>随机数生成器</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>A short description shown in the list</source>
        <translation>列表中显示的简短描述</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>随主机启动(&amp;H)</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>随主机启动</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟机管理程序：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>模拟器：</translation>
    </message>
    <message>
        <source>Running system</source>
        <translation>运行中的系统</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply title and description</source>
        <translation>应用标题和描述</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert title and description</source>
        <translation>还原标题和描述</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>标签和备注</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported (no guest agent)</source>
        <translation>未报告（没有客户机代理）</translation>
    </message>
    <message>
        <source>the guest is not running</source>
        <translation>客户机未运行</translation>
    </message>
    <message>
        <source>from the %1</source>
        <translation>来自%1</translation>
    </message>
    <message>
        <source>The title is one line.</source>
        <translation>标题只能是一行。</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>已保存，并已在运行中的客户机上更改。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
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
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 是文件夹；请选择文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>无法读取 %1（权限不足）。</translation>
    </message>
    <message>
        <source>Not well-formed XML (line %1): %2</source>
        <translation>XML 格式不正确（第 %1 行）：%2</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>CPU 权重</translation>
    </message>
    <message>
        <source>The guest&apos;s share of CPU time when the host is busy, relative to other guests (usually 1024).</source>
        <translation>主机繁忙时客户机相对于其他客户机的 CPU 时间份额（通常为 1024）。</translation>
    </message>
    <message>
        <source>CPU &amp;weight:</source>
        <translation>CPU 权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Limit CPU use to</source>
        <translation>限制 CPU 使用为(&amp;L)</translation>
    </message>
    <message>
        <source>Limit CPU use</source>
        <translation>限制 CPU 使用</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>CPU cap in percent of one host CPU</source>
        <translation>CPU 上限，以一个主机 CPU 的百分比表示</translation>
    </message>
    <message>
        <source>CPU cap:</source>
        <translation>CPU 上限：</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Disk I/O weight</source>
        <translation>磁盘 I/O 权重</translation>
    </message>
    <message>
        <source>The guest&apos;s share of disk time when disks are busy (10 to 1000).</source>
        <translation>磁盘繁忙时客户机的磁盘时间份额（10 到 1000）。</translation>
    </message>
    <message>
        <source>Disk I/O w&amp;eight:</source>
        <translation>磁盘 I/O 权重(&amp;E)：</translation>
    </message>
    <message>
        <source>Disk throttles</source>
        <translation>磁盘限速</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Read MB/s</source>
        <translation>读取 MB/s</translation>
    </message>
    <message>
        <source>Write MB/s</source>
        <translation>写入 MB/s</translation>
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
        <source>Takes effect</source>
        <translation>生效方式</translation>
    </message>
    <message>
        <source>0 means no limit. 1 MB/s is 1,000,000 bytes per second.</source>
        <translation>0 表示不限制。1 MB/s 为每秒 1,000,000 字节。</translation>
    </message>
    <message>
        <source>Memory limits</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <source>&amp;Hard limit:</source>
        <translation>硬限制(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Soft limit:</source>
        <translation>软限制(&amp;S)：</translation>
    </message>
    <message>
        <source>Memory plus s&amp;wap:</source>
        <translation>内存加交换(&amp;W)：</translation>
    </message>
    <message>
        <source>Memory hard limit in MiB</source>
        <translation>内存硬限制（MiB）</translation>
    </message>
    <message>
        <source>Memory soft limit in MiB</source>
        <translation>内存软限制（MiB）</translation>
    </message>
    <message>
        <source>Memory plus swap limit in MiB</source>
        <translation>内存加交换限制（MiB）</translation>
    </message>
    <message>
        <source>Hard limit unlimited</source>
        <translation>硬限制不限制</translation>
    </message>
    <message>
        <source>Soft limit unlimited</source>
        <translation>软限制不限制</translation>
    </message>
    <message>
        <source>Memory plus swap unlimited</source>
        <translation>内存加交换不限制</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>The hard limit stops the guest from using more host memory (too low and the host kills it); the soft limit is what it is pushed back to when the host runs short.</source>
        <translation>硬限制阻止客户机使用更多主机内存（设得太低主机会终止它）；软限制是主机内存不足时客户机被压回的值。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply resource controls</source>
        <translation>应用资源控制</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert resource controls</source>
        <translation>还原资源控制</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message numerus="yes">
        <source>Percent of one host CPU, for the whole guest: 100% is one full host CPU. This guest has %n vCPU(s), so up to %1% can be given.</source>
        <translation>
            <numerusform>整个客户机占一个主机 CPU 的百分比：100% 即一个完整的主机 CPU。此客户机有 %n 个 vCPU，因此最多可给 %1%。</numerusform>
        </translation>
    </message>
    <message>
        <source>combined limit set elsewhere: %1 MB/s, %2 IOPS (a read or write limit replaces it)</source>
        <translation>在别处设置了合并限制：%1 MB/s，%2 IOPS（读或写限制会替代它）</translation>
    </message>
    <message>
        <source>This guest has no disks to throttle.</source>
        <translation>此客户机没有可限速的磁盘。</translation>
    </message>
    <message>
        <source>applied live</source>
        <translation>已即时应用</translation>
    </message>
    <message>
        <source>Disk %1: “%2” is not a number (%3).</source>
        <translation>磁盘 %1：“%2”不是数字（%3）。</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the values marked above.</source>
        <translation>未做任何更改：请修正上面标记的值。</translation>
    </message>
    <message>
        <source>Other changes before it were applied.</source>
        <translation>在它之前的其他更改已应用。</translation>
    </message>
    <message>
        <source>Saved. Changes marked “applies after restart” take effect when the guest next starts.</source>
        <translation>已保存。标记为“重启后生效”的更改将在客户机下次启动时生效。</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>已保存，并已在运行中的客户机上更改。</translation>
    </message>
    <message>
        <source>Node %1 — CPUs %2, %3 MiB</source>
        <translation>节点 %1 — CPU %2，%3 MiB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (%1 MiB free)</source>
        <translation>（空闲 %1 MiB）</translation>
    </message>
    <message>
        <source>NUMA placement</source>
        <translation>NUMA 放置</translation>
    </message>
    <message>
        <source>NUMA memory mode</source>
        <translation>NUMA 内存模式</translation>
    </message>
    <message>
        <source>Not set (the host decides)</source>
        <translation>未设置（由主机决定）</translation>
    </message>
    <message>
        <source>Strict: only the chosen nodes</source>
        <translation>严格：仅所选节点</translation>
    </message>
    <message>
        <source>Interleave: spread over the chosen nodes</source>
        <translation>交错：分布在所选节点上</translation>
    </message>
    <message>
        <source>Preferred: the chosen node first</source>
        <translation>首选：优先所选节点</translation>
    </message>
    <message>
        <source>Restrictive: the chosen nodes, the kernel&apos;s default policy</source>
        <translation>限制：所选节点，内核默认策略</translation>
    </message>
    <message>
        <source>Memory &amp;mode:</source>
        <translation>内存模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Host NUMA nodes for the guest&apos;s memory</source>
        <translation>客户机内存使用的主机 NUMA 节点</translation>
    </message>
    <message>
        <source>Host &amp;nodes:</source>
        <translation>主机节点(&amp;N)：</translation>
    </message>
    <message>
        <source>vCPU placement</source>
        <translation>vCPU 放置</translation>
    </message>
    <message>
        <source>Static: as pinned on the CPU page</source>
        <translation>静态：按 CPU 页面的绑定</translation>
    </message>
    <message>
        <source>Automatic: the host&apos;s numad chooses</source>
        <translation>自动：由主机的 numad 选择</translation>
    </message>
    <message>
        <source>&amp;vCPU placement:</source>
        <translation>vCPU 放置(&amp;V)：</translation>
    </message>
    <message>
        <source>numad on the host chooses the nodes; without numad running there the guest does not start.</source>
        <translation>由主机上的 numad 选择节点；如果主机上没有运行 numad，客户机无法启动。</translation>
    </message>
    <message>
        <source>Node %1 — not on this host</source>
        <translation>节点 %1 — 此主机没有</translation>
    </message>
    <message>
        <source>This host does not describe its NUMA nodes.</source>
        <translation>此主机未描述其 NUMA 节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n NUMA node(s) on this host.</source>
        <translation>
            <numerusform>此主机有 %n 个 NUMA 节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU cap</source>
        <translation>CPU 上限</translation>
    </message>
    <message>
        <source>Throttles of disk %1</source>
        <translation>磁盘 %1 的限速</translation>
    </message>
    <message>
        <source>The other changes were applied.</source>
        <translation>其他更改已应用。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RngEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>Virtio</source>
        <translation>Virtio</translation>
    </message>
    <message>
        <source>Virtio (transitional)</source>
        <translation>Virtio（过渡）</translation>
    </message>
    <message>
        <source>Virtio (non-transitional)</source>
        <translation>Virtio（非过渡）</translation>
    </message>
    <message>
        <source>Entropy &amp;source:</source>
        <translation>熵源(&amp;S)：</translation>
    </message>
    <message>
        <source>A random device of the host</source>
        <translation>主机的随机设备</translation>
    </message>
    <message>
        <source>QEMU&apos;s own generator</source>
        <translation>QEMU 自带的生成器</translation>
    </message>
    <message>
        <source>An EGD daemon over TCP</source>
        <translation>通过 TCP 的 EGD 守护进程</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>主机设备(&amp;D)：</translation>
    </message>
    <message>
        <source>EGD &amp;host:</source>
        <translation>EGD 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>EGD p&amp;ort:</source>
        <translation>EGD 端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Limit the rate</source>
        <translation>限制速率(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Bytes per period:</source>
        <translation>每周期字节数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>QEMU default</source>
        <translation>QEMU 默认</translation>
    </message>
    <message>
        <source>Enter the host the EGD daemon runs on.</source>
        <translation>请输入运行 EGD 守护进程的主机。</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>请选择 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Allow at least one byte per period, or turn the limit off.</source>
        <translation>每个周期至少允许一个字节，或关闭限制。</translation>
    </message>
    <message>
        <source>QEMU reads /dev/urandom.</source>
        <translation>QEMU 读取 /dev/urandom。</translation>
    </message>
</context>
<context>
    <name>Rollback</name>
    <message>
        <source>Removed the definition of %1</source>
        <translation>已移除 %1 的定义</translation>
    </message>
    <message>
        <source>Could not remove the definition of %1: %2</source>
        <translation>无法移除 %1 的定义：%2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Removed the storage pool %1 (its folder is kept)</source>
        <translation>已移除存储池 %1（其文件夹已保留）</translation>
    </message>
    <message>
        <source>Could not remove the storage pool %1: %2</source>
        <translation>无法移除存储池 %1：%2</translation>
    </message>
</context>
<context>
    <name>RootfsBootstrap</name>
    <message>
        <source>Downloading packages…</source>
        <translation>正在下载软件包…</translation>
    </message>
    <message>
        <source>Extracting packages…</source>
        <translation>正在提取软件包…</translation>
    </message>
    <message>
        <source>Unpacking packages…</source>
        <translation>正在解包软件包…</translation>
    </message>
    <message>
        <source>Configuring packages…</source>
        <translation>正在配置软件包…</translation>
    </message>
    <message>
        <source>Choose the folder for the new root file system.</source>
        <translation>请选择新根文件系统的文件夹。</translation>
    </message>
    <message>
        <source>Enter a full path starting with &quot;/&quot;.</source>
        <translation>请输入以“/”开头的完整路径。</translation>
    </message>
    <message>
        <source>The host&apos;s own root folder cannot hold a container&apos;s files.</source>
        <translation>主机自身的根目录不能存放容器的文件。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>%1 already holds files. Choose an empty or new folder: VirtDeck never writes into (or deletes) files it did not make.</source>
        <translation>%1 中已有文件。请选择空文件夹或新文件夹：VirtDeck 从不写入（或删除）不是由它创建的文件。</translation>
    </message>
    <message>
        <source>%1 is not writable.</source>
        <translation>%1 不可写。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the new folder is made inside an existing one.</source>
        <translation>文件夹 %1 不存在；新文件夹只能在现有文件夹中创建。</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1 (not writable).</source>
        <translation>无法在 %1 中创建文件夹（不可写）。</translation>
    </message>
    <message>
        <source>Enter the address of a Debian mirror, e.g. %1.</source>
        <translation>请输入 Debian 镜像的地址，例如 %1。</translation>
    </message>
    <message>
        <source>The mirror must be an http:// or https:// address with a host name.</source>
        <translation>镜像必须是带有主机名的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The name %1 cannot be resolved (no DNS, or no network).</source>
        <translation>无法解析名称 %1（没有 DNS 或网络）。</translation>
    </message>
    <message>
        <source>%1 does not answer on port %2.</source>
        <translation>%1 在端口 %2 上没有响应。</translation>
    </message>
    <message>
        <source>Root file system ready</source>
        <translation>根文件系统已就绪</translation>
    </message>
    <message>
        <source>Making a Debian %1 root file system in %2</source>
        <translation>正在 %2 中创建 Debian %1 根文件系统</translation>
    </message>
    <message>
        <source>debootstrap is not installed</source>
        <translation>未安装 debootstrap</translation>
    </message>
    <message>
        <source>Making a Debian root file system needs the debootstrap program on this computer.</source>
        <translation>创建 Debian 根文件系统需要本机上装有 debootstrap 程序。</translation>
    </message>
    <message>
        <source>Install it (apt install debootstrap), or choose an existing root file system folder.</source>
        <translation>请安装它（apt install debootstrap），或选择现有的根文件系统文件夹。</translation>
    </message>
    <message>
        <source>The folder cannot be used</source>
        <translation>无法使用该文件夹</translation>
    </message>
    <message>
        <source>Checking the mirror…</source>
        <translation>正在检查镜像…</translation>
    </message>
    <message>
        <source>The Debian mirror cannot be reached</source>
        <translation>无法访问 Debian 镜像</translation>
    </message>
    <message>
        <source>%1 (mirror %2)</source>
        <translation>%1（镜像 %2）</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection and the mirror address, or set http_proxy for a proxy.</source>
        <translation>请检查本机的互联网连接和镜像地址；如需使用代理，请设置 http_proxy。</translation>
    </message>
    <message>
        <source>Cannot make the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>debootstrap did not start</source>
        <translation>debootstrap 未能启动</translation>
    </message>
    <message>
        <source>Starting debootstrap…</source>
        <translation>正在启动 debootstrap…</translation>
    </message>
    <message>
        <source>debootstrap stopped</source>
        <translation>debootstrap 已停止</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Making the root file system was cancelled.</source>
        <translation>根文件系统的创建已取消。</translation>
    </message>
    <message>
        <source>The Debian mirror could not be used</source>
        <translation>无法使用该 Debian 镜像</translation>
    </message>
    <message>
        <source>debootstrap could not download %1 from %2: %3</source>
        <translation>debootstrap 无法从 %2 下载 %1：%3</translation>
    </message>
    <message>
        <source>Check the mirror address, the release name and this computer&apos;s internet connection.</source>
        <translation>请检查镜像地址、版本名称以及本机的互联网连接。</translation>
    </message>
    <message>
        <source>debootstrap needs root</source>
        <translation>debootstrap 需要 root 权限</translation>
    </message>
    <message>
        <source>debootstrap must run as root to make a root file system: %1</source>
        <translation>debootstrap 必须以 root 身份运行才能创建根文件系统：%1</translation>
    </message>
    <message>
        <source>Run VirtDeck as root, or make the root file system with sudo debootstrap and choose that folder.</source>
        <translation>请以 root 身份运行 VirtDeck，或使用 sudo debootstrap 创建根文件系统后选择该文件夹。</translation>
    </message>
    <message>
        <source>Unknown Debian release</source>
        <translation>未知的 Debian 版本</translation>
    </message>
    <message>
        <source>This debootstrap does not know the release %1.</source>
        <translation>此版本的 debootstrap 不认识版本 %1。</translation>
    </message>
    <message>
        <source>Choose another release, or update debootstrap.</source>
        <translation>请选择其他版本，或更新 debootstrap。</translation>
    </message>
    <message>
        <source>debootstrap failed</source>
        <translation>debootstrap 失败</translation>
    </message>
    <message>
        <source>debootstrap ended with exit code %1; the log shows its output.</source>
        <translation>debootstrap 以退出代码 %1 结束；日志中显示了其输出。</translation>
    </message>
    <message>
        <source>Unmounted %1</source>
        <translation>已卸载 %1</translation>
    </message>
    <message>
        <source>Could not unmount %1: %2</source>
        <translation>无法卸载 %1：%2</translation>
    </message>
    <message>
        <source>Left %1 in place: file systems are still mounted inside it.</source>
        <translation>已保留 %1：其中仍挂载着文件系统。</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Could not delete all of %1</source>
        <translation>无法完全删除 %1</translation>
    </message>
    <message>
        <source>Emptied %1 again</source>
        <translation>已重新清空 %1</translation>
    </message>
    <message>
        <source>Could not empty all of %1</source>
        <translation>无法完全清空 %1</translation>
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
    <name>SerialEditor</name>
    <message>
        <source>&amp;Connected to:</source>
        <translation>连接到(&amp;C)：</translation>
    </message>
    <message>
        <source>A pseudo terminal (the text console)</source>
        <translation>伪终端（文本控制台）</translation>
    </message>
    <message>
        <source>A file (output only)</source>
        <translation>文件（仅输出）</translation>
    </message>
    <message>
        <source>A TCP socket</source>
        <translation>TCP 套接字</translation>
    </message>
    <message>
        <source>A Unix socket</source>
        <translation>Unix 套接字</translation>
    </message>
    <message>
        <source>Nothing (discard)</source>
        <translation>无（丢弃）</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Listen (server)</source>
        <translation>监听（服务器）</translation>
    </message>
    <message>
        <source>Connect (client)</source>
        <translation>连接（客户端）</translation>
    </message>
    <message>
        <source>&amp;Path on the host:</source>
        <translation>主机上的路径(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Telnet</source>
        <translation>Telnet</translation>
    </message>
    <message>
        <source>&amp;Guest device:</source>
        <translation>客户机设备(&amp;G)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Virtio console</source>
        <translation>Virtio 控制台</translation>
    </message>
    <message>
        <source>ISA serial port</source>
        <translation>ISA 串口</translation>
    </message>
    <message>
        <source>USB serial adapter</source>
        <translation>USB 串口适配器</translation>
    </message>
    <message>
        <source>PCI serial card</source>
        <translation>PCI 串口卡</translation>
    </message>
    <message>
        <source>Enter the path of the file or socket on the host.</source>
        <translation>请输入主机上文件或套接字的路径。</translation>
    </message>
    <message>
        <source>Enter an absolute path, starting with “/”, such as /var/log/guest-serial.log.</source>
        <translation>请输入以“/”开头的绝对路径，例如 /var/log/guest-serial.log。</translation>
    </message>
    <message>
        <source>Enter the host to connect to.</source>
        <translation>请输入要连接的主机。</translation>
    </message>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>请输入要监听的地址，例如 127.0.0.1 或 0.0.0.0。</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name.</source>
        <translation>“%1”既不是 IP 地址也不是主机名。</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>请选择 1 到 65535 之间的端口。</translation>
    </message>
</context>
<context>
    <name>SoundEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>Intel HD Audio (ICH9)</source>
        <translation>Intel HD Audio（ICH9）</translation>
    </message>
    <message>
        <source>Intel HD Audio (ICH6)</source>
        <translation>Intel HD Audio（ICH6）</translation>
    </message>
    <message>
        <source>AC97</source>
        <translation>AC97</translation>
    </message>
    <message>
        <source>Ensoniq ES1370</source>
        <translation>Ensoniq ES1370</translation>
    </message>
    <message>
        <source>Sound Blaster 16</source>
        <translation>Sound Blaster 16</translation>
    </message>
    <message>
        <source>USB audio</source>
        <translation>USB 音频</translation>
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
    <name>TagsEdit</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Comma-separated, for example: web, production</source>
        <translation>以逗号分隔，例如：web, production</translation>
    </message>
    <message>
        <source>Up to %1 tags of letters, digits, “-”, “_” and “.”; the guest list can be filtered by them.</source>
        <translation>最多 %1 个由字母、数字、“-”、“_”和“.”组成的标签；可以按标签筛选客户机列表。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything worth knowing about this guest</source>
        <translation>关于此客户机值得了解的任何信息</translation>
    </message>
    <message>
        <source>Apply tags and n&amp;otes</source>
        <translation>应用标签和备注(&amp;O)</translation>
    </message>
    <message>
        <source>Apply tags and notes</source>
        <translation>应用标签和备注</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Tags and notes saved.</source>
        <translation>标签和备注已保存。</translation>
    </message>
</context>
<context>
    <name>TemplateDeployer</name>
    <message>
        <source>No template is chosen.</source>
        <translation>未选择模板。</translation>
    </message>
    <message>
        <source>There are no names for the new guests.</source>
        <translation>没有新客户机的名称。</translation>
    </message>
    <message>
        <source>%1 guests were asked for; at most %2 can be made at once.</source>
        <translation>请求创建 %1 个客户机；一次最多只能创建 %2 个。</translation>
    </message>
    <message>
        <source>The name %1 appears twice.</source>
        <translation>名称 %1 出现了两次。</translation>
    </message>
    <message>
        <source>A fixed address reaches the guest through cloud-init, which is turned off.</source>
        <translation>固定地址需通过 cloud-init 传给客户机，但 cloud-init 已关闭。</translation>
    </message>
    <message>
        <source>Turn cloud-init on, or leave the address empty for DHCP.</source>
        <translation>请开启 cloud-init，或将地址留空以使用 DHCP。</translation>
    </message>
    <message>
        <source>Start lower in the subnet, or make fewer guests.</source>
        <translation>请从子网中更小的地址开始，或减少客户机数量。</translation>
    </message>
    <message>
        <source>The gateway “%1” is not an IPv4 address.</source>
        <translation>网关“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>The DNS server “%1” is not an IPv4 address.</source>
        <translation>DNS 服务器“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>linked clone</source>
        <translation>链接克隆</translation>
    </message>
    <message>
        <source>full copy</source>
        <translation>完整副本</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 was not made: the deployment was cancelled.</source>
        <translation>未创建 %1：部署已取消。</translation>
    </message>
    <message>
        <source>No network card for the address</source>
        <translation>没有可用于该地址的网卡</translation>
    </message>
    <message>
        <source>The template has no network card, so %1 cannot get the address %2.</source>
        <translation>模板没有网卡，因此 %1 无法获得地址 %2。</translation>
    </message>
    <message>
        <source>Add a network card to the template.</source>
        <translation>请为模板添加网卡。</translation>
    </message>
    <message>
        <source>No storage pool for the cloud-init seed</source>
        <translation>没有用于 cloud-init 种子的存储池</translation>
    </message>
    <message>
        <source>The template has no disk in a storage pool, so there is no pool to put %1&apos;s seed in.</source>
        <translation>模板没有位于存储池中的磁盘，因此没有可存放 %1 种子的存储池。</translation>
    </message>
    <message>
        <source>Choose a storage pool for the new guests.</source>
        <translation>请为新客户机选择存储池。</translation>
    </message>
    <message>
        <source>No free drive for the cloud-init seed</source>
        <translation>没有可用于 cloud-init 种子的空闲驱动器</translation>
    </message>
    <message>
        <source>Every IDE drive of the template is in use, so %1&apos;s seed CD-ROM cannot be attached.</source>
        <translation>模板的所有 IDE 驱动器均已占用，因此无法挂接 %1 的种子光盘。</translation>
    </message>
    <message>
        <source>Remove a drive from the template.</source>
        <translation>请从模板中移除一个驱动器。</translation>
    </message>
    <message>
        <source>%1: cloud-init seed %2</source>
        <translation>%1：cloud-init 种子 %2</translation>
    </message>
    <message>
        <source>Making %1 (%2 of %3)…</source>
        <translation>正在创建 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>, started</source>
        <translation>，已启动</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>Some guests could not be made</source>
        <translation>部分客户机未能创建</translation>
    </message>
    <message>
        <source>%1 of %2 guests could not be made; the others were kept.</source>
        <translation>%2 个客户机中有 %1 个未能创建；其余的已保留。</translation>
    </message>
    <message>
        <source>The list shows why for each guest.</source>
        <translation>列表中显示了每个客户机的原因。</translation>
    </message>
    <message>
        <source>%1 of %2 guests were made before the deployment was cancelled; they were kept.</source>
        <translation>部署取消前已创建 %2 个客户机中的 %1 个；它们已被保留。</translation>
    </message>
    <message>
        <source>Made %1 of %2 guests</source>
        <translation>已创建 %1 个客户机（共 %2 个）</translation>
    </message>
    <message>
        <source>created (%1)</source>
        <translation>已创建（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The guests cannot be made</source>
        <translation>无法创建客户机</translation>
    </message>
    <message>
        <source>Uploading the cloud-init seed of %1</source>
        <translation>正在上传 %1 的 cloud-init 种子</translation>
    </message>
    <message>
        <source>The cloud-init seed could not be read</source>
        <translation>无法读取 cloud-init 种子</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Many Guests from “%1”</source>
        <translation>从“%1”批量创建客户机</translation>
    </message>
    <message>
        <source>Makes several guests from the template “%1”: each is a clone with its own name, UUID and network card addresses. A guest that cannot be made is reported; the others are kept.</source>
        <translation>从模板“%1”创建多个客户机：每个都是拥有自己名称、UUID 和网卡地址的克隆。无法创建的客户机会被报告，其余的将保留。</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>名称模式</translation>
    </message>
    <message>
        <source>web-{01..20}</source>
        <translation>web-{01..20}</translation>
    </message>
    <message>
        <source>web-{01..20} makes web-01 … web-20; a name without a range makes name-1 … name-N with the count below.</source>
        <translation>web-{01..20} 会生成 web-01 … web-20；不带范围的名称会按下方的数量生成 名称-1 … 名称-N。</translation>
    </message>
    <message>
        <source>Number of guests</source>
        <translation>客户机数量</translation>
    </message>
    <message>
        <source>guests (for a name without a {first..last} range)</source>
        <translation>个客户机（用于不含 {起始..结束} 范围的名称）</translation>
    </message>
    <message>
        <source>Names that will be made</source>
        <translation>将要创建的名称</translation>
    </message>
    <message>
        <source>Problem with the names</source>
        <translation>名称有问题</translation>
    </message>
    <message>
        <source>&amp;Linked clones (qcow2 backing files, fast, need the template kept)</source>
        <translation>链接克隆（qcow2 后备文件，速度快，需要保留模板）(&amp;L)</translation>
    </message>
    <message>
        <source>Linked clones</source>
        <translation>链接克隆</translation>
    </message>
    <message>
        <source>&amp;Full copies: each guest gets copies of every disk</source>
        <translation>完整副本：每个客户机都获得所有磁盘的副本(&amp;F)</translation>
    </message>
    <message>
        <source>Full copies</source>
        <translation>完整副本</translation>
    </message>
    <message>
        <source>State of the template</source>
        <translation>模板的状态</translation>
    </message>
    <message>
        <source>Set &amp;hostname and static IP through cloud-init (for cloud images)</source>
        <translation>通过 cloud-init 设置主机名和静态 IP（适用于云镜像）(&amp;H)</translation>
    </message>
    <message>
        <source>Set hostname and static IP through cloud-init</source>
        <translation>通过 cloud-init 设置主机名和静态 IP</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>起始地址</translation>
    </message>
    <message>
        <source>192.168.122.50/24; empty: DHCP</source>
        <translation>192.168.122.50/24；留空则使用 DHCP</translation>
    </message>
    <message>
        <source>Problem with the start address</source>
        <translation>起始地址有问题</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>192.168.122.1</source>
        <translation>192.168.122.1</translation>
    </message>
    <message>
        <source>Problem with the gateway</source>
        <translation>网关有问题</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>192.168.122.1, 9.9.9.9</source>
        <translation>192.168.122.1, 9.9.9.9</translation>
    </message>
    <message>
        <source>Problem with the DNS servers</source>
        <translation>DNS 服务器有问题</translation>
    </message>
    <message>
        <source>&amp;Start address:</source>
        <translation>起始地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;DNS:</source>
        <translation>DNS(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;tart each guest once it is made</source>
        <translation>创建后启动每个客户机(&amp;T)</translation>
    </message>
    <message>
        <source>Start each guest</source>
        <translation>启动每个客户机</translation>
    </message>
    <message>
        <source>Why Create is disabled</source>
        <translation>为何无法创建</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>磁盘：</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客户机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Guests being made</source>
        <translation>正在创建的客户机</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>部署日志</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
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
        <translation>请重新连接后再试。</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>此主机上已存在名为 %1 的客户机。</translation>
    </message>
    <message>
        <source>Every one of these names is already used on this host.</source>
        <translation>这些名称在此主机上均已被使用。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>A gateway goes with a static address; enter the start address, or leave the gateway empty for DHCP.</source>
        <translation>网关需与静态地址一起使用；请输入起始地址，或将网关留空以使用 DHCP。</translation>
    </message>
    <message>
        <source>DNS servers go with a static address; enter the start address, or leave them empty for DHCP.</source>
        <translation>DNS 服务器需与静态地址一起使用；请输入起始地址，或将其留空以使用 DHCP。</translation>
    </message>
    <message>
        <source>Checking %1 and the host&apos;s guests…</source>
        <translation>正在检查 %1 及主机上的客户机…</translation>
    </message>
    <message>
        <source>1 guest: %1</source>
        <translation>1 个客户机：%1</translation>
    </message>
    <message>
        <source>%1 guests: %2</source>
        <translation>%1 个客户机：%2</translation>
    </message>
    <message>
        <source>%1 is already used on this host: that guest will fail; the others are made.</source>
        <translation>%1 已在此主机上使用：该客户机将创建失败，其余的会被创建。</translation>
    </message>
    <message>
        <source>%1 names are already used on this host (%2): those guests will fail; the others are made.</source>
        <translation>%1 个名称已在此主机上使用（%2）：这些客户机将创建失败，其余的会被创建。</translation>
    </message>
    <message>
        <source>Empty: the guests take their addresses from DHCP; cloud-init still sets their host names.</source>
        <translation>留空：客户机将通过 DHCP 获取地址；cloud-init 仍会设置其主机名。</translation>
    </message>
    <message>
        <source>%1 gets %2.</source>
        <translation>%1 将获得 %2。</translation>
    </message>
    <message>
        <source>%1 gets %2, … %3 gets %4.</source>
        <translation>%1 将获得 %2，… %3 将获得 %4。</translation>
    </message>
    <message>
        <source>Create is disabled: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1 is shut off. Keep it shut off and unchanged for as long as its linked clones exist: they read its disks as their base.</source>
        <translation>%1 已关闭。只要其链接克隆存在，就请保持它关闭且不作更改：这些克隆以它的磁盘为基础。</translation>
    </message>
    <message>
        <source>%1 is shut off, as it must be while its disks are copied.</source>
        <translation>%1 已关闭，复制其磁盘时必须如此。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopping after the guest being made…</source>
        <translation>正在创建的客户机完成后将停止…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The guest was made and started.</source>
        <translation>客户机已创建并启动。</translation>
    </message>
    <message>
        <source>The guest was made.</source>
        <translation>客户机已创建。</translation>
    </message>
    <message>
        <source>All %1 guests were made and started.</source>
        <translation>全部 %1 个客户机均已创建并启动。</translation>
    </message>
    <message>
        <source>All %1 guests were made.</source>
        <translation>全部 %1 个客户机均已创建。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>已完成，但有失败</translation>
    </message>
    <message>
        <source>No guest was made.</source>
        <translation>未创建任何客户机。</translation>
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
    <name>TpmEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>CRB (TPM 2.0 only)</source>
        <translation>CRB（仅 TPM 2.0）</translation>
    </message>
    <message>
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
    <message>
        <source>sPAPR (POWER)</source>
        <translation>sPAPR（POWER）</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>后端(&amp;B)：</translation>
    </message>
    <message>
        <source>Emulated TPM (swtpm)</source>
        <translation>模拟 TPM（swtpm）</translation>
    </message>
    <message>
        <source>The host&apos;s TPM (passthrough)</source>
        <translation>主机的 TPM（直通）</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>2.0</source>
        <translation>2.0</translation>
    </message>
    <message>
        <source>1.2</source>
        <translation>1.2</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>主机设备(&amp;D)：</translation>
    </message>
    <message>
        <source>The CRB model works only with TPM 2.0. Choose version 2.0, or the TIS model for TPM 1.2.</source>
        <translation>CRB 型号仅适用于 TPM 2.0。请选择 2.0 版本，或为 TPM 1.2 选择 TIS 型号。</translation>
    </message>
    <message>
        <source>Enter the host device&apos;s absolute path, such as /dev/tpm0.</source>
        <translation>请输入主机设备的绝对路径，例如 /dev/tpm0。</translation>
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
    <name>VideoEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>Virtio (recommended for modern guests)</source>
        <translation>Virtio（推荐用于现代客户机）</translation>
    </message>
    <message>
        <source>QXL (for SPICE)</source>
        <translation>QXL（用于 SPICE）</translation>
    </message>
    <message>
        <source>Standard VGA</source>
        <translation>标准 VGA</translation>
    </message>
    <message>
        <source>Bochs display</source>
        <translation>Bochs 显示</translation>
    </message>
    <message>
        <source>Cirrus (very old guests)</source>
        <translation>Cirrus（非常旧的客户机）</translation>
    </message>
    <message>
        <source>Ramfb (boot display)</source>
        <translation>Ramfb（启动显示）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Video &amp;memory:</source>
        <translation>显存(&amp;M)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Heads (monitors):</source>
        <translation>输出头（显示器）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;3D acceleration (virgl)</source>
        <translation>3D 加速（virgl）(&amp;3)</translation>
    </message>
    <message>
        <source>Video memory must be a power of two: 16, 32, 64, 128 MiB and so on.</source>
        <translation>显存必须是 2 的幂：16、32、64、128 MiB 等。</translation>
    </message>
    <message>
        <source>3D acceleration also needs OpenGL on the display: SPICE with OpenGL enabled, or an egl-headless display.</source>
        <translation>3D 加速还需要显示端支持 OpenGL：启用 OpenGL 的 SPICE，或 egl-headless 显示。</translation>
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
<context>
    <name>WatchdogEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>Intel 6300ESB (PCI)</source>
        <translation>Intel 6300ESB（PCI）</translation>
    </message>
    <message>
        <source>iBase IB700 (ISA)</source>
        <translation>iBase IB700（ISA）</translation>
    </message>
    <message>
        <source>Intel iTCO (built into Q35)</source>
        <translation>Intel iTCO（Q35 内置）</translation>
    </message>
    <message>
        <source>DIAG288 (s390x)</source>
        <translation>DIAG288（s390x）</translation>
    </message>
    <message>
        <source>When the guest &amp;hangs:</source>
        <translation>客户机挂起时(&amp;H)：</translation>
    </message>
    <message>
        <source>Reset the guest</source>
        <translation>重置客户机</translation>
    </message>
    <message>
        <source>Shut the guest down gracefully</source>
        <translation>正常关闭客户机</translation>
    </message>
    <message>
        <source>Power the guest off</source>
        <translation>关闭客户机电源</translation>
    </message>
    <message>
        <source>Pause the guest</source>
        <translation>暂停客户机</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>不做任何操作</translation>
    </message>
    <message>
        <source>Save a memory dump, then continue</source>
        <translation>保存内存转储后继续</translation>
    </message>
    <message>
        <source>Send the guest an NMI</source>
        <translation>向客户机发送 NMI</translation>
    </message>
    <message>
        <source>The iTCO watchdog exists only on Q35 machines: choose the Intel 6300ESB instead.</source>
        <translation>iTCO 看门狗仅存在于 Q35 机器上：请改选 Intel 6300ESB。</translation>
    </message>
    <message>
        <source>DIAG288 exists only on s390x guests: choose the Intel 6300ESB instead.</source>
        <translation>DIAG288 仅存在于 s390x 客户机上：请改选 Intel 6300ESB。</translation>
    </message>
    <message>
        <source>s390x guests have only the DIAG288 watchdog.</source>
        <translation>s390x 客户机只有 DIAG288 看门狗。</translation>
    </message>
</context>
<context>
    <name>XmlPage</name>
    <message>
        <source>Configuration XML</source>
        <translation>配置 XML</translation>
    </message>
    <message>
        <source>Changes against the current configuration</source>
        <translation>与当前配置的差异</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the configuration</source>
        <translation>应用配置</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert to the current configuration</source>
        <translation>还原为当前配置</translation>
    </message>
    <message>
        <source>The guest&apos;s configuration. libvirt checks it before anything is changed; changes apply at the next start.</source>
        <translation>客户机的配置。libvirt 会在任何更改之前检查它；更改将在下次启动时生效。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>Saved. Changes to a running guest apply at its next start.</source>
        <translation>已保存。运行中客户机的更改将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>已更改，尚未应用</translation>
    </message>
    <message>
        <source>Matches the current configuration</source>
        <translation>与当前配置一致</translation>
    </message>
</context>
</TS>
