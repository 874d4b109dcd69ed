// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScramSha1.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace AgentDesk {

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::ScramSha1", text);
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

QByteArray randomNonce()
{
    QByteArray raw(18, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

} // namespace

ScramSha1::ScramSha1(const QString &user, const QString &password, const QByteArray &nonce)
    : m_user(user.toUtf8().replace("=", "=3D").replace(",", "=2C"))
    , m_password(password.toUtf8())
    , m_nonce(nonce.isEmpty() ? randomNonce() : nonce)
{}

QByteArray ScramSha1::clientFirst() const
{
    return "n,,n=" + m_user + ",r=" + m_nonce;
}

QByteArray ScramSha1::clientFinal(const QByteArray &serverFirst, QString *error)
{
    QByteArray nonce, salt;
    int iterations = 0;
    for (const QByteArray &part : serverFirst.split(',')) {
        if (part.startsWith("r="))
            nonce = part.mid(2);
        else if (part.startsWith("s="))
            salt = QByteArray::fromBase64(part.mid(2));
        else if (part.startsWith("i="))
            iterations = part.mid(2).toInt();
        else if (part.startsWith("m="))
            *error = tr("The server asks for a SCRAM extension this client does not know.");
    }
    if (!error->isEmpty())
        return {};
    if (!nonce.startsWith(m_nonce) || nonce.size() == m_nonce.size() || salt.isEmpty() || iterations < 1) {
        *error = tr("The server's SCRAM challenge is not valid.");
        return {};
    }
    if (iterations > maxIterations) {
        *error = tr("The server asks for %1 SCRAM iterations; AgentDesk accepts at most %2.")
                     .arg(iterations)
                     .arg(maxIterations);
        return {};
    }
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, m_password, salt, iterations, 20);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha1);
    const QByteArray withoutProof = "c=biws,r=" + nonce;
    const QByteArray authMessage = clientFirst().mid(3) + ',' + serverFirst + ',' + withoutProof;
    const QByteArray signature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (int i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ signature[i]);
    m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    return withoutProof + ",p=" + proof.toBase64();
}

bool ScramSha1::verifyServerFinal(const QByteArray &serverFinal) const
{
    return !m_serverSignature.isEmpty() && serverFinal == "v=" + m_serverSignature.toBase64();
}

} // namespace AgentDesk
