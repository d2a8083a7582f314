// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlsummary.h"

#include <gtest/gtest.h>

namespace {
const char *kXml = R"(<domain type='kvm' id='3'>
  <name>web</name>
  <title>Web  server
  </title>
  <description>has <title>nested text</title></description>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/web.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><source file='/isos/debian.iso'/><target dev='sda'/><readonly/></disk>
    <disk type='volume' device='disk'><source pool='default' volume='data.img'/><target dev='vdb'/></disk>
    <disk type='block' device='disk'><source dev='/dev/vg0/web'/><target dev='vdc'/><shareable/></disk>
    <disk type='file' device='floppy'><target dev='fda'/></disk>
    <graphics type='spice' autoport='yes'/>
    <graphics type='vnc' port='-1'/>
  </devices>
</domain>)";
}

TEST(DomainXmlSummary, ReadsTitleTypeKindAndGraphics) {
    const DomainDetails d = DomainXmlSummary::details(QStringLiteral("u"), QString::fromUtf8(kXml));
    EXPECT_EQ(d.uuid, QStringLiteral("u"));
    EXPECT_EQ(d.title, QStringLiteral("Web server"));
    EXPECT_EQ(d.domainType, QStringLiteral("kvm"));
    EXPECT_EQ(d.kind, GuestKind::VirtualMachine);
    EXPECT_EQ(d.graphics, QStringList({QStringLiteral("spice"), QStringLiteral("vnc")}));
}

TEST(DomainXmlSummary, RecognisesContainers) {
    const auto exe = DomainXmlSummary::details(
        {}, QStringLiteral("<domain type='test'><os><type>exe</type></os></domain>"));
    EXPECT_EQ(exe.kind, GuestKind::Container);
    const auto lxc = DomainXmlSummary::details(
        {}, QStringLiteral("<domain type='lxc'><os><type>exe</type></os></domain>"));
    EXPECT_EQ(lxc.kind, GuestKind::Container);
}

TEST(DomainXmlSummary, ListsEveryStorageDeviceWithItsSource) {
    const auto disks = DomainXmlSummary::disks(QString::fromUtf8(kXml));
    ASSERT_EQ(disks.size(), 5);
    EXPECT_EQ(disks[0].path, QStringLiteral("/var/lib/libvirt/images/web.qcow2"));
    EXPECT_EQ(disks[0].target, QStringLiteral("vda"));
    EXPECT_EQ(disks[0].device, QStringLiteral("disk"));
    EXPECT_FALSE(disks[0].readOnly);
    EXPECT_EQ(disks[1].device, QStringLiteral("cdrom"));
    EXPECT_TRUE(disks[1].readOnly);
    EXPECT_EQ(disks[2].path, QStringLiteral("default/data.img"));
    EXPECT_EQ(disks[3].path, QStringLiteral("/dev/vg0/web"));
    EXPECT_TRUE(disks[3].shareable);
    EXPECT_FALSE(disks[0].shareable);
    EXPECT_TRUE(disks[4].path.isEmpty());
    EXPECT_EQ(disks[4].device, QStringLiteral("floppy"));
}

TEST(DomainXmlSummary, ToleratesBrokenXml) {
    EXPECT_TRUE(DomainXmlSummary::disks(QStringLiteral("<domain><devices><disk")).size() <= 1);
    EXPECT_TRUE(DomainXmlSummary::details({}, QStringLiteral("not xml")).title.isEmpty());
}
