<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionResultsDialog</name>
    <message>
        <source>%1: results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded for all %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a guest to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver (demo guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (libssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect automatically when VirtDeck starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a custom address (URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will connect to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the remote machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage virtual machines and containers on libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this libvirt connection (for example qemu:///system or qemu+ssh://root@host/system) instead of the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the demo connection when no local daemon answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. ru or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --connect address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>The connection address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection address looks like &quot;qemu:///system&quot; or &quot;qemu+ssh://user@host/system&quot;; &quot;%1&quot; has no &quot;://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hypervisor name libvirt knows how to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;. Use ssh, libssh, tls, tcp or unix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name before &quot;@&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name or port needs a host name as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter after &quot;?&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LXC containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer for several seconds; its libvirt daemon may be hung or the network is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtDeck keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the host is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest was deleted, but %1 is not part of a storage pool, so it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to delete a guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteGuestDialog</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration of “%1” will be removed from its host. Its disks are kept unless you tick them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The configurations of %n guests will be removed from their hosts. Their disks are kept unless you tick them below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: it will be forced off first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a storage pool: always kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installation or driver media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, keep disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the guests&apos; disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disk will be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete and erase %n disk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked disk(s) will be erased permanently.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erase disks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These disks will be erased permanently. This cannot be undone:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase disks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, loading guests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, %1 of %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient: disappears when shut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestActions</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t start with host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forcing “%1” off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the state of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding the saved state of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing autostart of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestStates</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Started %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n guest(s) to shut down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n guest(s) to reboot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced %n guest(s) off.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the state of %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded the saved state of %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed autostart of %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VirtDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtDeck manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its guests stay on the host untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VirtDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VirtDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;VirtDeck %1&lt;/b&gt;&lt;br&gt;Virtual machines and containers on libvirt.&lt;br&gt;Licensed under the GNU GPL, version 2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, title or UUID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs and containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo connection.&lt;/b&gt; No libvirt daemon answered on this computer, so VirtDeck opened libvirt&apos;s built-in test driver: its guests are examples and nothing really runs. Start libvirtd (or add a remote host) to manage real guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo connection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Force %1 off? This is like pulling the power plug: whatever the guest has not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the saved state of %1? The guest will start from scratch next time; whatever was open in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the SSH login: the user name, key or password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name, and that your public key is in that user&apos;s ~/.ssh/authorized_keys on the host (or try logging in with &quot;ssh&quot; in a terminal first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s identity could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key presented by %1 is not in your list of known hosts, or it has changed since you last connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect once with &quot;ssh&quot; in a terminal to check and accept the host key, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; could not be found on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or use its IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: nothing answered on the network port, or the network path to it is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is switched on and reachable, that the port is right, and that SSH (or the libvirt TLS/TCP listener) runs on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to use libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libvirt daemon on %1 is running, but your user may not open its socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your user to the &quot;libvirt&quot; group (then log out and in again), or connect to the QEMU/KVM user session instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt on %1 asks for an administrator&apos;s permission, and no authentication agent is available to ask you for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your user to the &quot;libvirt&quot; group (then log out and in again), or run a polkit authentication agent in your desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libvirt service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on libvirt&apos;s socket on %1, so its virtual machines cannot be managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service (&quot;systemctl start libvirtd&quot;, or &quot;libvirtd -d&quot; on systems without systemd) and reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not opened because the login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again when you have the credentials at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware virtualization is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest needs KVM, but KVM cannot be used on %1: the CPU lacks virtualization support, it is disabled in the firmware, or /dev/kvm is not accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable VT-x/AMD-V in the firmware settings and load the kvm module, or change the guest to plain emulation (QEMU/TCG), which is slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with this name already exists on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a guest that is shut off, but it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the guest down first, or refresh the list if it looks stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can only be done while the guest is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the guest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor driver on %1 cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a limit of the driver or its version, not a mistake on your side; the details name the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor type not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt on %1 has no driver for this kind of connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the matching libvirt daemon driver package, or check the connection address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest no longer exists; it may have been deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list updates by itself; nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value it names; the current configuration was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time; the daemon may be hung or the network down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtDeck reconnects by itself when the host answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtDeck reconnects by itself; if it keeps failing, check the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on %1 is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the host&apos;s administrator for access, or use an account that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt rejected a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details below hold libvirt&apos;s own report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt error %1 (domain %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused guest can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list if the guest looks paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
