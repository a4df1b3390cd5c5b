// `tactful pack keygen | sign | verify`: Ed25519 over the pack's exact bytes (node:crypto). The
// signed file carries the pack's text as it was signed (signedPackText), so no re-serialising can
// change the bytes; the extension verifies the same bytes with WebCrypto.

import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readPackFile } from '../../lib/packs/format';
import { checkPackSignature, fromBase64, signedPackText, toBase64 } from '../../lib/packs/signature';
import { quote } from '../format';
import { EXIT_FINDINGS, EXIT_OK, readInputFile, UsageError, write, type CliIO } from '../io';
import { emit, formatProblems, fromCwd, onePath, parsePackArgs, writeOutput, type PackCommand } from './command';

/** The raw 32-byte Ed25519 public key, base64: what agents and administrators trust. */
export function rawPublicKey(key: KeyObject): string {
  return toBase64(new Uint8Array(key.export({ format: 'der', type: 'spki' }).subarray(-32)));
}

export const keygenCommand: PackCommand = {
  name: 'keygen',
  summary: 'make an Ed25519 key pair for signing packs',
  usage: `Usage: tactful pack keygen [--out NAME] [--force]

Writes NAME.pem (the private key: keep it secret, sign with it) and NAME.pub (the public key,
base64), and prints the public key: agents add it to their trusted keys, or an administrator
puts it in the browser policy.

Options:
  --out NAME   file name without extension, from the current folder (default: pack-signing-key)
  --force      replace key files that are already there
  -h, --help   show this help
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, {
      out: { type: 'string', default: 'pack-signing-key' },
      force: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`keygen takes no file, only options (got ${positionals[0]})`);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const base = fromCwd(io, values.out);
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await writeOutput(`${base}.pem`, pem, { force: values.force, mode: 0o600 });
    await writeOutput(`${base}.pub`, `${rawPublicKey(publicKey)}\n`, { force: values.force });
    await write(io.stderr, `Wrote ${base}.pem (private: keep it secret) and ${base}.pub. Public key:\n`);
    await write(io.stdout, `${rawPublicKey(publicKey)}\n`);
    return EXIT_OK;
  },
};

async function readPrivateKey(io: CliIO, path: string): Promise<KeyObject> {
  const text = await readInputFile(fromCwd(io, path), 'private key');
  try {
    const key = createPrivateKey(text);
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // Reported below, as for a key of another type.
  }
  throw new UsageError(`${quote(path)} is not an Ed25519 private key in PEM (make one with "tactful pack keygen")`);
}

export const signCommand: PackCommand = {
  name: 'sign',
  summary: 'sign a pack with your private key',
  usage: `Usage: tactful pack sign FILE --key PRIVATE.pem [-o SIGNED.json] [--force]

Checks FILE, then writes the signed pack: the pack's exact text and an Ed25519 signature over its
UTF-8 bytes, with your public key. Publish the signed file; keep the key.

Options:
  --key FILE       the private key (from "tactful pack keygen")
  -o, --out FILE   where to write the signed pack (default: stdout)
  --force          replace the output file if it is there
  -h, --help       show this help
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, {
      key: { type: 'string' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
    });
    const file = onePath(positionals, 'pack FILE');
    if (!values.key) throw new UsageError('--key PRIVATE.pem is required');
    const text = await readInputFile(fromCwd(io, file), 'pack');
    const reading = readPackFile(text);
    if (!reading.ok) {
      await write(io.stderr, formatProblems(file, reading.problems));
      return EXIT_FINDINGS;
    }
    if (reading.signature) throw new UsageError(`${quote(file)} is signed already: sign the pack it came from`);
    const privateKey = await readPrivateKey(io, values.key);
    const value = toBase64(new Uint8Array(sign(null, Buffer.from(text, 'utf8'), privateKey)));
    const signed = signedPackText(text, { publicKey: rawPublicKey(createPublicKey(privateKey)), value });
    await emit(io, values.out, signed, values.force);
    return EXIT_OK;
  },
};

/** A public key as base64 (raw 32 bytes), or a file holding it (or a PEM public key). */
async function readPublicKey(io: CliIO, given: string): Promise<string> {
  const raw = fromBase64(given);
  if (raw?.length === 32) return given.trim();
  const text = await readInputFile(fromCwd(io, given), 'public key');
  const fromFile = fromBase64(text.trim());
  if (fromFile?.length === 32) return text.trim();
  try {
    const key = createPublicKey(text);
    if (key.asymmetricKeyType === 'ed25519') return rawPublicKey(key);
  } catch {
    // Reported below.
  }
  throw new UsageError(`${quote(given)} is not an Ed25519 public key (base64 of 32 bytes, or a PEM file)`);
}

const VERDICTS = {
  verified: 'signed by the trusted key, and unchanged since',
  'untrusted-key': 'the signature holds, but it is from another key',
  invalid: 'the signature does not hold: the pack was changed after signing, or the signature is not from its key',
  unsigned: 'the pack is not signed',
} as const;

export const verifyCommand: PackCommand = {
  name: 'verify',
  summary: 'check a signed pack against a public key',
  usage: `Usage: tactful pack verify FILE --key PUBLIC

Checks that FILE is a signed pack, signed by PUBLIC and unchanged since, as the extension does.

Options:
  --key PUBLIC   the public key: its base64, or a file with it (NAME.pub from keygen, or PEM)
  -h, --help     show this help

Exit status: 0 verified, 1 not (unsigned, another key, changed), 2 bad arguments or unreadable file.
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, { key: { type: 'string' } });
    const file = onePath(positionals, 'pack FILE');
    if (!values.key) throw new UsageError('--key PUBLIC is required');
    const reading = readPackFile(await readInputFile(fromCwd(io, file), 'pack'));
    if (!reading.ok) {
      await write(io.stderr, formatProblems(file, reading.problems));
      return EXIT_FINDINGS;
    }
    const key = await readPublicKey(io, values.key);
    const state = await checkPackSignature(reading.text, reading.signature, [key]);
    await write(state === 'verified' ? io.stdout : io.stderr, `${file}: ${VERDICTS[state]}.\n`);
    return state === 'verified' ? EXIT_OK : EXIT_FINDINGS;
  },
};
