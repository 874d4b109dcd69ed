// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace AgentDesk {

// The client side of SASL SCRAM-SHA-1 (RFC 5802), without channel binding: the password never
// crosses the wire, and the server proves it knows it too.
class ScramSha1 final
{
public:
    // nonce: random printable ASCII without commas; tests pass the RFC's.
    ScramSha1(const QString &user, const QString &password, const QByteArray &nonce = {});

    // The most iterations a server may ask for. Servers use 4,096 to 10,000; more only costs the
    // client time (100,000 is about 50 ms here), and a hostile server could ask for millions.
    static constexpr int maxIterations = 100000;

    QByteArray clientFirst() const;
    // The answer to the server's challenge; empty with *error set when the challenge is unusable.
    // Runs the key derivation (PBKDF2): call it off the GUI thread.
    QByteArray clientFinal(const QByteArray &serverFirst, QString *error);
    // Whether the server's final message proves it knows the password.
    bool verifyServerFinal(const QByteArray &serverFinal) const;

private:
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_nonce;
    QByteArray m_serverSignature;
};

} // namespace AgentDesk
