/**
 * Picks one member out of a zip with fflate, bounded: fflate inflates into a
 * buffer of the size the zip declares and never grows it, so refusing a
 * declared size over the limit bounds the memory a zip bomb can take.
 */
import { unzipSync } from 'fflate';
import { DrillbitError } from '../../core/errors.js';
import { mib } from './limits.js';

/** The member names and declared sizes, without unpacking anything. */
export function zipListing(bytes: Uint8Array, file: string): Map<string, number> {
  const names = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.set(f.name, f.originalSize);
        return false;
      },
    });
  } catch {
    throw new DrillbitError(`${file} is not a readable zip file (damaged or cut short); export it from Anki again`);
  }
  return names;
}

/** The unpacked bytes of `name`, refused when it declares more than `maxBytes`. */
export function unzipMember(bytes: Uint8Array, name: string, declared: number, maxBytes: number, file: string): Uint8Array {
  if (declared > maxBytes) {
    throw new DrillbitError(`${file}: ${name} unpacks to ${mib(declared)}, more than the ${mib(maxBytes)} drillbit allows (a damaged package or a zip bomb); nothing was imported`);
  }
  let out: Uint8Array | undefined;
  try {
    out = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  } catch {
    throw new DrillbitError(`${file}: ${name} inside the zip is damaged; export it from Anki again`);
  }
  if (!out) throw new DrillbitError(`${file}: ${name} is missing from the zip; export it from Anki again`);
  return out;
}
