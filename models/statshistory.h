// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>

#include <array>
#include <cmath>

// A fixed-size ring of recent samples (NaN = no sample). Fixed size, so pushing and
// painting never allocate, whatever the number of guests.
class StatsHistory {
public:
    static constexpr int Capacity = 60;

    void push(float value) {
        m_values[size_t(m_head)] = value;
        m_head = (m_head + 1) % Capacity;
        if (m_count < Capacity)
            ++m_count;
    }
    void clear() { m_count = 0; }
    int size() const { return m_count; }
    // i = 0 is the oldest sample still held.
    float at(int i) const { return m_values[size_t((m_head - m_count + i + Capacity) % Capacity)]; }
    float latest() const { return m_count ? at(m_count - 1) : std::nanf(""); }

private:
    std::array<float, Capacity> m_values{};
    int m_head = 0;
    int m_count = 0;
};

Q_DECLARE_METATYPE(const StatsHistory *)
