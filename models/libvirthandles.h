// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>

// RAII owners for libvirt handles: no manual virXxxFree anywhere else.
struct ConnectCloser {
    void operator()(virConnectPtr c) const { virConnectClose(c); }
};
struct DomainFreer {
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
struct StorageVolFreer {
    void operator()(virStorageVolPtr v) const { virStorageVolFree(v); }
};
struct StoragePoolFreer {
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
};
struct StreamFreer {
    void operator()(virStreamPtr s) const { virStreamFree(s); }
};
struct CStringFreer {
    void operator()(char *s) const { std::free(s); }
};
struct DomainStatsListFreer {
    void operator()(virDomainStatsRecordPtr *list) const { virDomainStatsRecordListFree(list); }
};

using ConnectHandle = std::unique_ptr<virConnect, ConnectCloser>;
using DomainHandle = std::unique_ptr<virDomain, DomainFreer>;
using StorageVolHandle = std::unique_ptr<virStorageVol, StorageVolFreer>;
using StreamHandle = std::unique_ptr<virStream, StreamFreer>;
using StoragePoolHandle = std::unique_ptr<virStoragePool, StoragePoolFreer>;
using CString = std::unique_ptr<char, CStringFreer>;
using DomainStatsList = std::unique_ptr<virDomainStatsRecordPtr, DomainStatsListFreer>;

// An array of domains as returned by virConnectListAllDomains, freed as a whole.
class DomainArray {
public:
    DomainArray() = default;
    DomainArray(const DomainArray &) = delete;
    DomainArray &operator=(const DomainArray &) = delete;
    ~DomainArray() { reset(); }

    virDomainPtr **out() {
        reset();
        return &m_domains;
    }
    void setCount(int count) { m_count = count < 0 ? 0 : count; }
    int count() const { return m_count; }
    virDomainPtr operator[](int i) const { return m_domains[i]; }

private:
    void reset() {
        for (int i = 0; i < m_count; ++i)
            virDomainFree(m_domains[i]);
        std::free(m_domains);
        m_domains = nullptr;
        m_count = 0;
    }
    virDomainPtr *m_domains = nullptr;
    int m_count = 0;
};
