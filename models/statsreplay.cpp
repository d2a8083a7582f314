// SPDX-License-Identifier: GPL-2.0-or-later
#include "statsreplay.h"

#include "domainstatsparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace {

// How much a counter grows per tick, for a guest that is moderately busy.
quint64 stepFor(const QByteArray &name) {
    if (name == "cpu.time")
        return 250000000; // a quarter of a CPU second
    if (name.startsWith("vcpu.") && name.endsWith(".time"))
        return 120000000;
    if (name.endsWith("rd.bytes"))
        return 200 * 1024;
    if (name.endsWith("wr.bytes"))
        return 80 * 1024;
    if (name.endsWith("rd.reqs"))
        return 40;
    if (name.endsWith("wr.reqs"))
        return 15;
    if (name.endsWith("rx.bytes"))
        return 64 * 1024;
    if (name.endsWith("tx.bytes"))
        return 16 * 1024;
    return 0;
}

const char *typeName(int type) {
    switch (type) {
    case VIR_TYPED_PARAM_INT:
        return "int";
    case VIR_TYPED_PARAM_UINT:
        return "uint";
    case VIR_TYPED_PARAM_LLONG:
        return "llong";
    case VIR_TYPED_PARAM_ULLONG:
        return "ullong";
    case VIR_TYPED_PARAM_DOUBLE:
        return "double";
    case VIR_TYPED_PARAM_BOOLEAN:
        return "boolean";
    default:
        return "string";
    }
}

int typeFromName(const QString &name) {
    if (name == QLatin1String("int"))
        return VIR_TYPED_PARAM_INT;
    if (name == QLatin1String("uint"))
        return VIR_TYPED_PARAM_UINT;
    if (name == QLatin1String("llong"))
        return VIR_TYPED_PARAM_LLONG;
    if (name == QLatin1String("double"))
        return VIR_TYPED_PARAM_DOUBLE;
    if (name == QLatin1String("boolean"))
        return VIR_TYPED_PARAM_BOOLEAN;
    if (name == QLatin1String("ullong"))
        return VIR_TYPED_PARAM_ULLONG;
    return -1;
}

} // namespace

std::shared_ptr<StatsReplay> StatsReplay::fromEnvironment() {
    const QString path = qEnvironmentVariable("VIRTDECK_STATS_REPLAY");
    if (path.isEmpty())
        return nullptr;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return fromJson(f.readAll(), nullptr);
}

std::shared_ptr<StatsReplay> StatsReplay::fromJson(const QByteArray &json, QString *error) {
    const QJsonArray fields = QJsonDocument::fromJson(json).array();
    if (fields.isEmpty()) {
        if (error)
            *error = QStringLiteral("no parameters in the recording");
        return nullptr;
    }
    auto replay = std::make_shared<StatsReplay>();
    for (const QJsonValue &v : fields) {
        const QJsonObject o = v.toObject();
        const int type = typeFromName(o.value(QStringLiteral("type")).toString());
        if (type < 0)
            continue; // strings carry nothing VirtDeck reads
        Field field;
        field.name = o.value(QStringLiteral("field")).toString().toLatin1();
        field.type = type;
        field.value = quint64(o.value(QStringLiteral("value")).toDouble());
        field.stepPerTick = stepFor(field.name);
        replay->m_fields.push_back(field);
    }
    replay->m_params.resize(replay->m_fields.size());
    for (size_t i = 0; i < replay->m_fields.size(); ++i) {
        virTypedParameter &p = replay->m_params[i];
        std::memset(&p, 0, sizeof(p));
        std::strncpy(p.field, replay->m_fields[i].name.constData(),
                     VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        p.type = replay->m_fields[i].type;
    }
    return replay;
}

QByteArray StatsReplay::toJson(const virTypedParameter *params, int count) {
    QJsonArray fields;
    for (int i = 0; i < count; ++i) {
        const virTypedParameter &p = params[i];
        QJsonObject o;
        o.insert(QStringLiteral("field"), QString::fromLatin1(p.field));
        o.insert(QStringLiteral("type"), QString::fromLatin1(typeName(p.type)));
        switch (p.type) {
        case VIR_TYPED_PARAM_INT:
            o.insert(QStringLiteral("value"), p.value.i);
            break;
        case VIR_TYPED_PARAM_UINT:
            o.insert(QStringLiteral("value"), double(p.value.ui));
            break;
        case VIR_TYPED_PARAM_LLONG:
            o.insert(QStringLiteral("value"), double(p.value.l));
            break;
        case VIR_TYPED_PARAM_ULLONG:
            o.insert(QStringLiteral("value"), double(p.value.ul));
            break;
        case VIR_TYPED_PARAM_DOUBLE:
            o.insert(QStringLiteral("value"), p.value.d);
            break;
        case VIR_TYPED_PARAM_BOOLEAN:
            o.insert(QStringLiteral("value"), p.value.b != 0);
            break;
        default:
            o.insert(QStringLiteral("value"), QString::fromUtf8(p.value.s ? p.value.s : ""));
            break;
        }
        fields.append(o);
    }
    return QJsonDocument(fields).toJson(QJsonDocument::Indented);
}

QVector<RawGuestSample> StatsReplay::sample(const QSet<QString> &uuids) {
    ++m_tick;
    QVector<RawGuestSample> samples;
    samples.reserve(uuids.size());
    int guest = 0;
    for (const QString &uuid : uuids) {
        // Guests differ a little, so the list is not one flat line.
        const quint64 factor = 1 + quint64(guest++ % 7);
        for (size_t i = 0; i < m_fields.size(); ++i) {
            const Field &f = m_fields[i];
            const quint64 value = f.value + f.stepPerTick * m_tick * factor;
            virTypedParameter &p = m_params[i];
            switch (f.type) {
            case VIR_TYPED_PARAM_INT:
                p.value.i = int(value);
                break;
            case VIR_TYPED_PARAM_UINT:
                p.value.ui = unsigned(value);
                break;
            case VIR_TYPED_PARAM_LLONG:
                p.value.l = qint64(value);
                break;
            case VIR_TYPED_PARAM_DOUBLE:
                p.value.d = double(value);
                break;
            case VIR_TYPED_PARAM_BOOLEAN:
                p.value.b = value != 0;
                break;
            default:
                p.value.ul = value;
                break;
            }
        }
        RawGuestSample s;
        s.uuid = uuid;
        DomainStatsParser::parseParameters(m_params.data(), int(m_params.size()), &s);
        samples.append(std::move(s));
    }
    return samples;
}
