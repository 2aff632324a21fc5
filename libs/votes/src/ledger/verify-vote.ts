import { readFileSync } from 'node:fs';
import { verifyLedger } from './ledger';

/** `npm run verify:vote -- <ledger.json>`: exits 0 when the ledger verifies, 1 otherwise. */
const path = process.argv[2];
if (!path) {
  console.error('Usage : npm run verify:vote -- <ledger.json>');
  process.exit(2);
}
const verification = verifyLedger(readFileSync(path, 'utf8'));
if (verification.ok) {
  console.log(`Registre vérifié : ${verification.ballots} bulletin(s), empreinte finale ${verification.finalHash}.`);
  console.log(`Résultat : ${JSON.stringify(verification.result)}`);
} else {
  console.error('Registre NON vérifié :');
  for (const problem of verification.problems) console.error(`- ${problem}`);
  process.exit(1);
}
