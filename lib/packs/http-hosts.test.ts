import { describe, expect, it } from 'vitest';
import { fetchPack, packAddressProblem } from './fetch-pack';
import { HTTP_PACK_HOSTS } from './http-hosts';

describe('plain http for packs', () => {
  it('is allowed for no host outside the e2e build', () => {
    expect(import.meta.env.MODE).not.toBe('e2e');
    expect(HTTP_PACK_HOSTS).toEqual([]);
    expect(packAddressProblem('http://127.0.0.1:8080/pack.json', HTTP_PACK_HOSTS)).toContain('not an https address');
  });

  it('is refused by fetchPack unless hosts are named', async () => {
    const fetch = () => Promise.reject(new Error('no request may be made'));
    expect(await fetchPack('http://127.0.0.1:8080/pack.json', { fetch })).toMatchObject({ reason: 'not-https' });
    expect(packAddressProblem('https://training.example/pack.json', HTTP_PACK_HOSTS)).toBeNull();
  });
});
