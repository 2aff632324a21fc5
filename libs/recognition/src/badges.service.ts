import { Injectable } from '@nestjs/common';
import { AppConfig, derivedKey, InjectConfig } from '@ouvroir/core';
import { calculateJwkThumbprint, exportJWK, JWK, SignJWT } from 'jose';
import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { AttestationEntity } from './attestation.entity';

/** The DER prefix that makes a 32-byte Ed25519 seed a PKCS #8 private key. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Where the published key is, relative to the platform's address. */
export const JWKS_PATH = '/.well-known/jwks.json';

/** The achievement every attestation stands for. */
const ACHIEVEMENT = {
  name: 'Contribution reconnue',
  description:
    'Un animateur ou une animatrice d’un groupe de travail du programme « libre en éducation » atteste la contribution de cette personne au groupe.',
};

/**
 * Open Badges 3.0: an attestation as a Verifiable Credential (OpenBadgeCredential) signed as a
 * VC-JWT with the platform's Ed25519 key. The key is derived from SESSION_SECRET (or the secret
 * kept in DATA_DIR without it), so every instance signs with the same key and none is in the repository;
 * changing SESSION_SECRET changes the key, and credentials signed before no longer verify.
 */
@Injectable()
export class BadgesService {
  private keys?: { privateKey: KeyObject; jwk: JWK & { kid: string } };

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** The public key set, for GET /.well-known/jwks.json. */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [(await this.platformKeys()).jwk] };
  }

  /** The credential (unsigned), as the JWT's `vc` claim carries it. */
  credential(attestation: AttestationEntity, subjectName: string, groupName: string) {
    const base = this.config.publicUrl;
    return {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: `urn:uuid:${attestation.id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: ACHIEVEMENT.name,
      issuer: { id: base, type: ['Profile'], name: 'Ouvroir', url: base },
      validFrom: attestation.createdAt.toISOString(),
      credentialSubject: {
        id: `${base}/contributeurs/${attestation.subjectId}`,
        type: ['AchievementSubject'],
        name: subjectName,
        achievement: {
          id: `${base}/badges/contribution-reconnue`,
          type: ['Achievement'],
          name: ACHIEVEMENT.name,
          description: ACHIEVEMENT.description,
          criteria: { narrative: `Groupe « ${groupName} » : ${attestation.reason}` },
        },
      },
    };
  }

  /** The credential signed as a VC-JWT (Open Badges 3.0, section « VC-JWT »). */
  async sign(attestation: AttestationEntity, subjectName: string, groupName: string): Promise<string> {
    const { privateKey, jwk } = await this.platformKeys();
    const vc = this.credential(attestation, subjectName, groupName);
    return new SignJWT({ vc })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: jwk.kid })
      .setIssuer(vc.issuer.id)
      .setJti(vc.id)
      .setSubject(vc.credentialSubject.id)
      .setNotBefore(Math.floor(attestation.createdAt.getTime() / 1000))
      .setIssuedAt()
      .sign(privateKey);
  }

  private async platformKeys() {
    if (!this.keys) {
      const seed = derivedKey(this.config, 'recognition:open-badges');
      const privateKey = createPrivateKey({
        key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
        format: 'der',
        type: 'pkcs8',
      });
      const publicJwk = await exportJWK(createPublicKey(privateKey));
      const kid = await calculateJwkThumbprint(publicJwk);
      this.keys = { privateKey, jwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' } };
    }
    return this.keys;
  }
}
