// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "statssampler.h"

#include <libvirt/libvirt.h>

#include <QVector>

// Reads the statistics groups VirtDeck uses (state, cpu, vcpu, balloon, block, interface)
// from the typed parameters of virConnectGetAllDomainStats records.
class DomainStatsParser {
public:
    static QVector<RawGuestSample> parse(virDomainStatsRecordPtr *records, int count);
    // One guest's parameters; the UUID is filled in by the caller.
    static void parseParameters(const virTypedParameter *params, int count, RawGuestSample *out);
};
