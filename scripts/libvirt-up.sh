#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Brings up the local libvirt daemons (virtlogd, libvirtd) on machines without systemd, or
# through systemd where it runs. Idempotent; exits 0 only when qemu:///system answers.
set -u

answers() { virsh -q -c qemu:///system uri >/dev/null 2>&1; }

# QEMU runs as libvirt-qemu (group kvm); let it use KVM where the device exists.
if [ -c /dev/kvm ] && [ "$(id -u)" = 0 ]; then
    chgrp kvm /dev/kvm 2>/dev/null && chmod 660 /dev/kvm 2>/dev/null
fi

if answers; then
    echo "libvirt-up: libvirtd is running"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "libvirt-up: libvirtd is not running and starting it needs root (sudo $0)" >&2
    exit 1
fi

if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl start virtlogd.socket libvirtd.service >/dev/null 2>&1 || true
else
    mkdir -p /var/log/libvirt /run/libvirt /var/lib/libvirt/images
    # Started unconditionally: a second instance exits at once on the pid-file lock, and
    # matching process names would mistake a private test daemon for the system one.
    virtlogd -d 2>/dev/null || true
    libvirtd -d 2>/dev/null || true
fi

i=0
while [ $i -lt 100 ]; do
    if answers; then
        if [ -d /sys/module/kvm_pvm ]; then kvm="KVM is the software PVM kind: plain guests run faster with TCG"
        elif [ -r /dev/kvm ] && [ -w /dev/kvm ]; then kvm="KVM usable"
        else kvm="no KVM: guests use TCG"; fi
        echo "libvirt-up: libvirtd answers on qemu:///system ($kvm)"
        exit 0
    fi
    sleep 0.1
    i=$((i + 1))
done
echo "libvirt-up: libvirtd did not come up; see /var/log/libvirt/" >&2
exit 1
