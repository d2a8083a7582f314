// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainstatsparser.h"

#include <cstdlib>
#include <cstring>

namespace {

quint64 unsignedValue(const virTypedParameter &p) {
    switch (p.type) {
    case VIR_TYPED_PARAM_INT:
        return p.value.i < 0 ? 0 : quint64(p.value.i);
    case VIR_TYPED_PARAM_UINT:
        return p.value.ui;
    case VIR_TYPED_PARAM_LLONG:
        return p.value.l < 0 ? 0 : quint64(p.value.l);
    case VIR_TYPED_PARAM_ULLONG:
        return p.value.ul;
    default:
        return 0;
    }
}

bool startsWith(const char *s, const char *prefix, size_t length) {
    return std::strncmp(s, prefix, length) == 0;
}

// "block.3.rd.bytes" -> index 3, rest "rd.bytes". Returns false if there is no index.
bool indexed(const char *field, size_t prefixLength, int *index, const char **rest) {
    char *end = nullptr;
    const long n = std::strtol(field + prefixLength, &end, 10);
    if (end == field + prefixLength || *end != '.')
        return false;
    *index = int(n);
    *rest = end + 1;
    return true;
}

} // namespace

void DomainStatsParser::parseParameters(const virTypedParameter *params, int count,
                                        RawGuestSample *s) {
    for (int i = 0; i < count; ++i) {
        const virTypedParameter &p = params[i];
        const char *f = p.field;
        int index = 0;
        const char *rest = nullptr;
        switch (f[0]) {
        case 's':
            if (std::strcmp(f, "state.state") == 0)
                s->state = int(unsignedValue(p));
            break;
        case 'c':
            if (std::strcmp(f, "cpu.time") == 0) {
                s->cpuTimeNs = unsignedValue(p);
                s->hasCpuTime = true;
            }
            break;
        case 'v':
            if (std::strcmp(f, "vcpu.current") == 0) {
                s->vcpus = unsigned(unsignedValue(p));
            } else if (startsWith(f, "vcpu.", 5) && indexed(f, 5, &index, &rest) &&
                       std::strcmp(rest, "time") == 0 && index >= 0 && index < 4096) {
                if (s->vcpuTimeNs.size() <= index)
                    s->vcpuTimeNs.resize(index + 1);
                s->vcpuTimeNs[index] = unsignedValue(p);
            }
            break;
        case 'b':
            if (startsWith(f, "balloon.", 8)) {
                const char *what = f + 8;
                if (std::strcmp(what, "current") == 0)
                    s->balloonCurrentKiB = unsignedValue(p);
                else if (std::strcmp(what, "maximum") == 0)
                    s->balloonMaximumKiB = unsignedValue(p);
                else if (std::strcmp(what, "rss") == 0)
                    s->balloonRssKiB = unsignedValue(p);
                else if (std::strcmp(what, "available") == 0)
                    s->balloonAvailableKiB = unsignedValue(p);
                else if (std::strcmp(what, "unused") == 0)
                    s->balloonUnusedKiB = unsignedValue(p);
            } else if (startsWith(f, "block.", 6) && indexed(f, 6, &index, &rest)) {
                s->hasBlock = true;
                if (std::strcmp(rest, "rd.bytes") == 0)
                    s->readBytes += unsignedValue(p);
                else if (std::strcmp(rest, "wr.bytes") == 0)
                    s->writeBytes += unsignedValue(p);
                else if (std::strcmp(rest, "rd.reqs") == 0)
                    s->readRequests += unsignedValue(p);
                else if (std::strcmp(rest, "wr.reqs") == 0)
                    s->writeRequests += unsignedValue(p);
            }
            break;
        case 'n':
            if (startsWith(f, "net.", 4) && indexed(f, 4, &index, &rest)) {
                s->hasNet = true;
                if (std::strcmp(rest, "rx.bytes") == 0)
                    s->rxBytes += unsignedValue(p);
                else if (std::strcmp(rest, "tx.bytes") == 0)
                    s->txBytes += unsignedValue(p);
            }
            break;
        default:
            break;
        }
    }
}

QVector<RawGuestSample> DomainStatsParser::parse(virDomainStatsRecordPtr *records, int count) {
    QVector<RawGuestSample> samples;
    samples.reserve(count);
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < count; ++i) {
        if (virDomainGetUUIDString(records[i]->dom, uuid) < 0)
            continue;
        RawGuestSample s;
        s.uuid = QString::fromLatin1(uuid);
        parseParameters(records[i]->params, records[i]->nparams, &s);
        samples.append(std::move(s));
    }
    return samples;
}
