/**
 * The ballot secret (docs/votes.md): made here, never by the server, from which the server derives
 * the receipt and the change key. It is kept in this browser per vote, person and ballot (one's own,
 * or that of whoever gave a proxy) before the ballot is sent, so that a retry after a lost answer
 * sends the same one and gets the same receipt, and so that the voter can change the ballot later.
 */

/** Whose ballot: the viewer's own, or the proxy giver's id. */
type Whose = { voteId: string; userId: string; giverId?: string };

export type KeptBallot = { secret: string; receipt?: string };

const keyOf = ({ voteId, userId, giverId }: Whose) => `ouvroir.ballot.${voteId}.${userId}.${giverId ?? 'own'}`;

/** 128 random bits in base64url. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function keptBallot(whose: Whose): KeptBallot | null {
  try {
    const stored = localStorage.getItem(keyOf(whose));
    return stored ? (JSON.parse(stored) as KeptBallot) : null;
  } catch {
    return null;
  }
}

function keep(whose: Whose, kept: KeptBallot): void {
  try {
    localStorage.setItem(keyOf(whose), JSON.stringify(kept));
  } catch {
    // Storage refused (private browsing, full): the secret is still shown to be noted.
  }
}

/** The secret to send with this ballot: the one already kept (a retry), or a new one, kept first. */
export function secretFor(whose: Whose): string {
  const kept = keptBallot(whose);
  if (kept) return kept.secret;
  const secret = newSecret();
  keep(whose, { secret });
  return secret;
}

export const keepReceipt = (whose: Whose, secret: string, receipt: string) => keep(whose, { secret, receipt });
