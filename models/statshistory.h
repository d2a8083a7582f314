// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>

#include <cmath>
#include <memory>

// A ring of recent samples (NaN = no sample). Its capacity is set once (the history length
// the user chose); pushing and reading never allocate, whatever the number of guests.
class StatsHistory {
public:
    static constexpr int DefaultCapacity = 60;

    explicit StatsHistory(int capacity = DefaultCapacity)
        : m_capacity(capacity > 1 ? capacity : 2)
        , m_values(std::make_unique<float[]>(size_t(m_capacity))) {}
    StatsHistory(const StatsHistory &other)
        : StatsHistory(other.m_capacity) {
        for (int i = 0; i < other.size(); ++i)
            push(other.at(i));
    }
    StatsHistory &operator=(const StatsHistory &other) {
        if (this != &other) {
            StatsHistory copy(other);
            std::swap(m_capacity, copy.m_capacity);
            std::swap(m_values, copy.m_values);
            std::swap(m_head, copy.m_head);
            std::swap(m_count, copy.m_count);
        }
        return *this;
    }
    StatsHistory(StatsHistory &&) = default;
    StatsHistory &operator=(StatsHistory &&) = default;

    void push(float value) {
        m_values[size_t(m_head)] = value;
        m_head = (m_head + 1) % m_capacity;
        if (m_count < m_capacity)
            ++m_count;
    }
    void clear() { m_count = 0; }
    int capacity() const { return m_capacity; }
    int size() const { return m_count; }
    // i = 0 is the oldest sample still held.
    float at(int i) const {
        return m_values[size_t((m_head - m_count + i + m_capacity) % m_capacity)];
    }
    float latest() const { return m_count ? at(m_count - 1) : std::nanf(""); }
    // Largest known sample, or NaN.
    float maximum() const {
        float best = std::nanf("");
        for (int i = 0; i < m_count; ++i) {
            const float v = at(i);
            if (!std::isnan(v) && (std::isnan(best) || v > best))
                best = v;
        }
        return best;
    }

private:
    int m_capacity;
    std::unique_ptr<float[]> m_values;
    int m_head = 0;
    int m_count = 0;
};

// What the manager list keeps per guest: the recent past of the four figures it can draw.
struct GuestHistory {
    explicit GuestHistory(int capacity = StatsHistory::DefaultCapacity)
        : cpu(capacity)
        , memory(capacity)
        , disk(capacity)
        , network(capacity) {}
    StatsHistory cpu;     // % of the guest's vCPUs
    StatsHistory memory;  // % of assigned memory in use
    StatsHistory disk;    // bytes/s read + written
    StatsHistory network; // bytes/s received + sent
    quint64 memoryUsedKiB = 0;
    qint64 lastSampleMs = 0; // steady clock of the newest sample
    int intervalMs = 1000;

    void clear() {
        cpu.clear();
        memory.clear();
        disk.clear();
        network.clear();
    }
};

Q_DECLARE_METATYPE(const StatsHistory *)
Q_DECLARE_METATYPE(const GuestHistory *)
